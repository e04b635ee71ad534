"""What mockcall understood of a typed reply, in the UI language.

Under every typed reply the conversation (and the review transcript) shows the acts the
recogniser heard in plain words ("heard: asks to hold · explains"), or says plainly that it could
not tell what the reply does. The words are read from the ``agent_said`` event itself (its
``acts``, ``option`` and ``free``), so a trainee, a resumed call, the score screen and a trainer
reviewing it later all see the same line. A trainee's "not what I meant" (a ``misheard`` event)
names the reply it flags by its ``seq``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from mockcall.core import events as ev
from mockcall.tui.i18n import STRINGS, t

if TYPE_CHECKING:
    from mockcall.core.events import Event

#: between two act names on a heard line
SEPARATOR = " · "


def act_label(act: str) -> str:
    """An SOP act in plain words (``request_hold`` -> "asks to hold"); an act without a label
    (none in the shipped vocabulary) shows as its name, spaced."""
    key = f"act.{act}"
    return t(key) if key in STRINGS else act.replace("_", " ")


def heard_text(data: Mapping[str, Any]) -> str | None:
    """The line under a trainee's line: what was heard in a typed reply; None for anything else
    (an option chosen by its key, a call control, a holding line)."""
    if not data.get("free"):
        return None
    acts = [str(a) for a in data.get("acts") or ()]
    if acts:
        return t("call.heard", acts=SEPARATOR.join(act_label(a) for a in acts))
    if data.get("option"):
        return t("call.heard.no_acts")
    return t("call.heard.none")


def understood(data: Mapping[str, Any]) -> bool:
    """Whether mockcall made anything of a typed reply (an act, or an option it counted as)."""
    return bool(data.get("acts")) or bool(data.get("option"))


def flagged(events: Iterable[Event]) -> set[int]:
    """The ``seq`` of every typed reply the trainee flagged as not what they meant."""
    return {int(e.data.get("said", -1)) for e in events if e.kind == ev.MISHEARD}
