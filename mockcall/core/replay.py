"""Live preview: re-apply a call's agent actions to a persona that was just edited.

A trainer editing a persona with ``mockcall play --watch`` wants the call on screen to follow the
file without starting over.  ``engine.restore`` cannot do that: it insists the replay reproduces
the stored log event for event, which an edited persona never does.  Here only the *agent's*
actions are kept (options by id, free text, holds, mutes, tools, KB, dials, call controls) and
played on a fresh session of the new persona at their recorded times; the customer's side is
whatever the new file says.  The first action that no longer fits (an option removed or not
offered any more, a tool gone) stops the replay, and the caller is told where and why, so the
screen can say "replayed 7 of 9 actions; '@offer.fix' is not offered here".

Consequences are not actions: an option or control that puts the customer on hold also logs
``hold_started`` at the same instant, and replaying both would hold twice.  Events at the time of
the agent line they follow are therefore taken as its consequences (recorded times are in
milliseconds, so a separate key press at the very same instant does not happen in practice).
After-call work is not replayed: a preview is about the conversation.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from mockcall.core import events as ev
from mockcall.core.engine import CallSession, Clock, ManualClock, Refusal
from mockcall.core.events import Event
from mockcall.core.model import Account, Persona, Rubric

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
]

#: Events an agent line can cause at the same instant (its option's action or ending).
_CONSEQUENCES = frozenset(
    {
        ev.HOLD_STARTED,
        ev.HOLD_ENDED,
        ev.MUTE_STARTED,
        ev.MUTE_ENDED,
        ev.ESCALATED,
        ev.TRANSFERRED,
        ev.CALL_ENDED,
    }
)


@dataclass(frozen=True)
class Action:
    """One thing the agent did: what, its argument (option id, tool, entry...), and when."""

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


class Replayed(NamedTuple):
    """The outcome of :func:`replay_report`: how far the actions got on the new persona."""

    session: CallSession
    fitted: bool
    applied: int
    stopped_at: Action | None
    reason: str


def _following(events: list[Event], i: int, kind: str) -> Event | None:
    return next((e for e in events[i + 1 :] if e.kind == kind), None)


def replay_actions(old_events: Iterable[Event]) -> list[Action]:
    """The agent's actions in a call's event log, in order, up to the after-call work."""
    log = [e for e in old_events if e.kind != ev.OVERRIDE]
    actions: list[Action] = []
    said_at: float | None = None  # time of the last agent line: its consequences share it
    for i, e in enumerate(log):
        d = e.data
        if e.kind == ev.ACW_STARTED:
            break
        if e.kind in _CONSEQUENCES and said_at is not None and abs(e.t - said_at) < 1e-9:
            continue
        said_at = None
        if e.kind == ev.ANSWERED:
            actions.append(Action("answer", t=e.t))
        elif e.kind == ev.DIALED:
            actions.append(Action("dial", str(d.get("entry", "")), e.t))
        elif e.kind == ev.AGENT_SAID:
            said_at = e.t
            actions.append(_said(log, i, e))
        elif e.kind == ev.HOLD_STARTED:
            actions.append(Action("hold", t=e.t))
        elif e.kind == ev.HOLD_ENDED:
            actions.append(Action("unhold", t=e.t))
        elif e.kind == ev.MUTE_STARTED:
            actions.append(Action("mute", t=e.t))
        elif e.kind == ev.MUTE_ENDED:
            actions.append(Action("unmute", t=e.t))
        elif e.kind == ev.TOOL_USED:
            actions.append(Action("tool", str(d.get("tool", "")), e.t))
        elif e.kind == ev.KB_OPENED:
            actions.append(Action("kb", str(d.get("doc", "")), e.t))
        elif e.kind == ev.ESCALATED:
            actions.append(Action("escalate", str(d.get("reason", "")), e.t))
        elif e.kind == ev.TRANSFERRED:
            brief = dict(d.get("briefing", {}))
            actions.append(Action("transfer", str(d.get("kind", "")), e.t, {"briefing": brief}))
        elif e.kind == ev.CALL_ENDED and d.get("by") == "agent":
            actions.append(Action("end", t=e.t))
    return actions


def _said(log: list[Event], i: int, e: Event) -> Action:
    d = e.data
    control = str(d.get("control", ""))
    if control in ("hold", "mute", "end"):
        return Action(control, t=e.t)  # type: ignore[arg-type]
    if control == "escalate":
        esc = _following(log, i, ev.ESCALATED)
        return Action("escalate", str(esc.data.get("reason", "")) if esc else "", e.t)
    if control in ("transfer_warm", "transfer_cold"):
        tr = _following(log, i, ev.TRANSFERRED)
        brief = dict(tr.data.get("briefing", {})) if tr else {}
        return Action("transfer", control.removeprefix("transfer_"), e.t, {"briefing": brief})
    if d.get("free"):
        data = {
            "acts": [str(a) for a in d.get("acts", [])],
            "confidence": float(d.get("confidence", 0.0)),
            "option": str(d.get("option", "")) or None,
        }
        return Action("free", str(d.get("text", "")), e.t, data)
    return Action("choose", str(d.get("option", "")), e.t)


def _apply(s: CallSession, a: Action) -> Refusal | None:
    if a.kind == "answer":
        return s.answer() if s.phase == "ringing" else None
    if a.kind == "dial":
        return s.dial(a.arg)
    if a.kind == "choose":
        return s.choose_id(a.arg)
    if a.kind == "free":
        acts = [str(x) for x in a.data.get("acts", [])]
        option = a.data.get("option")
        return s.say_free(a.arg, acts, float(a.data.get("confidence", 0.0)), option_id=option)
    if a.kind == "hold":
        return s.hold()
    if a.kind == "unhold":
        return s.unhold()
    if a.kind == "mute":
        return s.mute()
    if a.kind == "unmute":
        return s.unmute()
    if a.kind == "tool":
        return s.use_tool(a.arg)
    if a.kind == "kb":
        return s.open_kb(a.arg)
    if a.kind == "escalate":
        return s.escalate(a.arg)
    if a.kind == "transfer":
        return s.transfer(a.arg, dict(a.data.get("briefing", {})))
    return s.end_call()


def replay_report(
    persona: Persona,
    account: Account,
    actions: Iterable[Action],
    *,
    rubric: Rubric | None = None,
    seed: int = 0,
    trainee: str = "trainee",
    mode: str = "practice",
    clock: Clock | None = None,
    option_order: str | None = None,
) -> Replayed:
    """Play ``actions`` on a fresh session of ``persona`` at their recorded times.

    Time is simulated while replaying (polls between actions run the new persona's dead air and
    hold rules on the old timing); afterwards the session continues on ``clock`` (default: the
    real monotonic clock) from the last replayed time, as ``engine.restore`` does.
    """
    replay = ManualClock(0.0)
    session = CallSession(
        persona,
        account,
        rubric=rubric,
        seed=seed,
        clock=replay,
        trainee=trainee,
        agent_name=trainee,
        mode=mode,
        option_order=option_order,
    )
    session.start()
    applied = 0
    stopped: Action | None = None
    reason = ""
    for action in actions:
        replay.now = max(replay.now, action.t)
        if session.phase in ("ended", "acw", "done"):
            stopped, reason = action, "the call has already ended here"
            break
        refusal = _apply(session, action)
        if refusal is not None:
            stopped, reason = action, refusal.message
            break
        session.poll()
        applied += 1
    real: Clock = clock if clock is not None else time.monotonic
    # The same hand-over engine.restore does: continue on the real clock from here.
    session._clock = real
    session._t0 = real() - replay.now
    return Replayed(session, stopped is None, applied, stopped, reason)


def replay_onto(
    persona: Persona,
    account: Account,
    actions: Iterable[Action],
    **options: Any,
) -> tuple[CallSession, bool]:
    """The new session and whether every action still fitted (see :func:`replay_report`)."""
    result = replay_report(persona, account, actions, **options)
    return result.session, result.fitted
