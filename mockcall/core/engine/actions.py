"""A call's log read back as the agent's actions, and an action done again on a session.

Two readers need to know which action of the agent an event stands for: ``restore`` (a crashed
call rebuilt event for event) and the live preview (``core/replay.py``: the same actions on an
edited persona). The rules are written here once — an option by the key pressed or by its id,
a typed reply with what the recogniser heard, a call control said as an option, the hang-up that
first closes a line still on hold, the trainee's "not what I meant" on a typed reply — so the two
cannot read the same log differently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from mockcall.core import events as ev
from mockcall.core.events import Event

if TYPE_CHECKING:
    from mockcall.core.engine.session import CallSession
    from mockcall.core.engine.types import Refusal

ActionKind = Literal[
    "answer",
    "dial",
    "choose",
    "free",
    "hold",
    "unhold",
    "mute",
    "unmute",
    "tool",
    "kb",
    "escalate",
    "transfer",
    "end",
    "wait",
    "acw",
    "holding",
    "misheard",
]


@dataclass(frozen=True)
class Action:
    """One thing the agent did: what, its argument (option id, tool, entry...), and when.

    ``data`` keeps what the action needs beyond its argument: the key pressed and the option
    id for ``choose``, what the recogniser heard for ``free``, the briefing of a transfer, the
    disposition and follow-ups of after-call work.
    """

    kind: ActionKind
    arg: str = ""
    t: float = 0.0
    data: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        if self.kind == "choose":
            return f"@{self.arg}"
        if self.kind in ("dial", "tool", "kb"):
            return f"{self.kind}:{self.arg}"
        if self.kind == "free":
            return f"'{self.arg}'"
        return self.kind


def _following(log: Sequence[Event], n: int, kind: str) -> Event | None:
    return next((e for e in log[n + 1 :] if e.kind == kind), None)


def action_at(log: Sequence[Event], n: int) -> Action | None:
    """The action whose first event is ``log[n]``; None when no action of the agent begins
    there (a customer line, a consequence such as ``acw_started``)."""
    e = log[n]
    d, t = e.data, e.t
    simple: dict[str, ActionKind] = {
        ev.ANSWERED: "answer",
        ev.HOLD_STARTED: "hold",
        ev.MUTE_STARTED: "mute",
        ev.DEAD_AIR: "wait",
        ev.MISHEARD: "misheard",
    }
    if e.kind in simple:
        return Action(simple[e.kind], t=t)
    if e.kind == ev.DIALED:
        return Action("dial", str(d["entry"]), t)
    if e.kind == ev.AGENT_SAID:
        return _said(log, n)
    if e.kind in (ev.HOLD_ENDED, ev.MUTE_ENDED):
        return _line_back(log, n)
    if e.kind == ev.TOOL_USED:
        return Action("tool", str(d.get("tool", "")), t)
    if e.kind == ev.KB_OPENED:
        return Action("kb", str(d.get("doc", "")), t)
    if e.kind == ev.TRANSFERRED:
        return Action("transfer", str(d.get("kind", "")), t, {"briefing": d.get("briefing", {})})
    if e.kind == ev.ESCALATED:
        return Action("escalate", str(d.get("reason", "")), t)
    if e.kind == ev.CALL_ENDED:
        # ended by the customer as an action's first event: the wait that made them hang up
        return Action("end" if d.get("by") == "agent" else "wait", t=t)
    if e.kind == ev.ACW_NOTE:
        return _acw(log, n)
    return None


def _line_back(log: Sequence[Event], n: int) -> Action:
    """A hold or mute ended: by un-hold / un-mute — or by the call ending while the customer
    was still on hold or muted, which closes the line first: then the action is the hang-up
    that follows at the same moment (or, ended by the customer, the wait that led to it)."""
    at = log[n].t
    for e in log[n:]:
        if e.kind in (ev.HOLD_ENDED, ev.MUTE_ENDED) and e.t == at:
            continue
        if e.kind == ev.CALL_ENDED and e.t == at:
            return Action("end" if e.data.get("by") == "agent" else "wait", t=at)
        break
    return Action("unhold" if log[n].kind == ev.HOLD_ENDED else "unmute", t=at)


def _said(log: Sequence[Event], n: int) -> Action:
    """An ``agent_said``: a call control said as an option, a typed reply, or an option."""
    e = log[n]
    d, t = e.data, e.t
    control = str(d.get("control", ""))
    if control in ("hold", "mute", "end"):
        return Action(control, t=t)  # type: ignore[arg-type]
    if control == "holding":
        return Action("holding", str(d.get("text", "")), t)
    if control == "escalate":
        esc = _following(log, n, ev.ESCALATED)
        return Action("escalate", str(esc.data.get("reason", "")) if esc else "", t)
    if control in ("transfer_warm", "transfer_cold"):
        tr = _following(log, n, ev.TRANSFERRED)
        brief = dict(tr.data.get("briefing", {})) if tr else {}
        return Action("transfer", control.removeprefix("transfer_"), t, {"briefing": brief})
    if d.get("free"):
        heard = {
            "acts": [str(a) for a in d.get("acts", [])],
            "confidence": float(d.get("confidence", 0.0)),
            "option": str(d.get("option", "")) or None,
        }
        return Action("free", str(d.get("text", "")), t, heard)
    key = d.get("key")
    pressed = key if isinstance(key, int) else 0
    return Action("choose", str(d.get("option", "")), t, {"key": pressed})


def _acw(log: Sequence[Event], n: int) -> Action:
    disposition = _following(log, n, ev.DISPOSITION)
    followups = [str(x.data.get("code", "")) for x in log[n + 1 :] if x.kind == ev.FOLLOWUP]
    code = str(disposition.data.get("code", "")) if disposition else ""
    data = {"code": code, "followups": followups}
    return Action("acw", str(log[n].data.get("text", "")), log[n].t, data)


def apply(s: CallSession, a: Action, *, by_key: bool = False) -> Refusal | None:
    """Do ``a`` again on ``s``. ``by_key``: an option by the number pressed (on the order the
    log recorded: an exact rebuild); otherwise by its id (the same option on an edited file)."""
    if a.kind == "choose":
        key = int(a.data.get("key", 0) or 0)
        return s.choose(key) if by_key and key > 0 else s.choose_id(a.arg)
    if a.kind == "free":
        acts = [str(x) for x in a.data.get("acts", [])]
        return s.say_free(
            a.arg, acts, float(a.data.get("confidence", 0.0)), option_id=a.data.get("option")
        )
    if a.kind in ("dial", "tool", "kb", "escalate", "holding"):
        method = {
            "dial": s.dial,
            "tool": s.use_tool,
            "kb": s.open_kb,
            "escalate": s.escalate,
            "holding": s.say_holding,
        }
        return method[a.kind](a.arg)
    if a.kind == "transfer":
        return s.transfer(a.arg, dict(a.data.get("briefing", {})))
    if a.kind == "acw":
        return s.submit_acw(a.arg, str(a.data.get("code", "")), list(a.data.get("followups", [])))
    if a.kind == "wait":
        s.poll()
        return None
    plain = {
        "answer": s.answer,
        "hold": s.hold,
        "unhold": s.unhold,
        "mute": s.mute,
        "unmute": s.unmute,
        "end": s.end_call,
        "misheard": s.flag_misheard,
    }
    return plain[a.kind]()
