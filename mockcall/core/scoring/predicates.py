"""Small pure predicates on words, events and acts, shared by the checks and the explorer.

Whatever a check decides about a piece of text or an event (does a line contain this phrase,
does an event match a ``where``) lives here, so the explorer's score key asks the very same
question instead of restating it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any, Final

from mockcall.core import events as ev
from mockcall.core.events import Event
from mockcall.core.model import EventMatch
from mockcall.core.scoring.call import Call
from mockcall.core.scoring.reason_words import secs as english_secs
from mockcall.core.scoring.reasons import Reason, reason


def secs(value: float) -> str:
    """A duration as an evidence note writes it (``45s``); reasons use ``{x:secs}``."""
    return english_secs(value)


def same(expected: object, actual: object) -> bool:
    """Equality that keeps booleans apart from numbers (YAML ``true`` is not ``1``)."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return isinstance(expected, bool) and isinstance(actual, bool) and expected == actual
    return expected == actual


def matching(match: EventMatch, call: Call) -> list[Event]:
    return matching_kind(match.kind, match.where, call)


def matching_kind(kind: str, where: Mapping[str, Any], call: Call) -> list[Event]:
    return [e for e in call.of_kind(kind) if event_matches(kind, where, e)]


def event_matches(kind: str, where: Mapping[str, Any], e: Event) -> bool:
    """``e`` is a ``kind`` event whose data has every ``where`` value."""
    return e.kind == kind and all(k in e.data and same(v, e.data[k]) for k, v in where.items())


def describe(match: EventMatch) -> Reason:
    return described(match.kind, match.where)


def described(kind: str, where: Mapping[str, Any]) -> Reason:
    """An event kind with the data it must have, as a reason names it: ``tool_used
    (tool=crm)``; the kind is a word of the reader's language, the data stays as written."""
    if not where:
        return reason("word.event", kind=kind)
    text = ", ".join(f"{k}={v}" for k, v in where.items())
    return reason("word.event_where", kind=kind, where=text)


_NON_WORD: Final = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Free text reduced to its words: case, accents of form, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.split(text)).strip()


def has_words(words: set[str], text: str, phrase: str, *, normalised: bool = False) -> bool:
    """``phrase`` occurs in ``text`` (already normalised, ``words`` its word set) as whole words."""
    wanted = phrase if normalised else normalise(phrase)
    if " " in wanted:
        return f" {wanted} " in f" {text} "
    return wanted in words


def line_key(said: Event) -> str | None:
    """What makes two agent lines "the same line": the option said, else the words."""
    option = str(said.data.get("option") or "")
    if option:
        return "option:" + option
    text = normalise(str(said.data.get("text", "")))
    return "text:" + text if text else None


def words_said(text: str, wanted: Sequence[tuple[str, str]]) -> list[str]:
    """Which ``(word, normalised word)`` pairs occur in the agent line ``text``, as words."""
    norm = normalise(text)
    words = set(norm.split())
    return [w for w, n in wanted if has_words(words, norm, n, normalised=True)]


def forbidden_words(words: Sequence[str]) -> list[tuple[str, str]]:
    """``forbids_words`` as ``(word, normalised word)`` pairs; words with no letters dropped."""
    return [(w, normalise(w)) for w in words if normalise(w)]


def alternatives(word: str) -> list[str]:
    return [a.strip().casefold() for a in str(word).split("|") if a.strip()]


def disposition_code(text: str) -> str:
    return text.strip().casefold().replace("-", "_")


def notes_of(call: Call) -> tuple[str, list[Event]]:
    notes = call.of_kind(ev.ACW_NOTE)
    return "\n".join(str(e.data.get("text", "")) for e in notes), notes
