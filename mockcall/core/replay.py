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
from collections.abc import Iterable
from typing import Any, NamedTuple, get_args

from mockcall.core import events as ev
from mockcall.core.engine import CallSession, Clock, ManualClock, Refusal
from mockcall.core.engine.actions import Action, ActionKind, action_at, apply
from mockcall.core.events import Event
from mockcall.core.model import Account, Persona, Rubric

#: Events an action can cause at the same instant (an option's hold, a hang-up's ending).
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
#: What a preview replays: the conversation, not the wait for dead air or after-call work.
_PREVIEWED = frozenset(get_args(ActionKind)) - {"wait", "acw"}


class Replayed(NamedTuple):
    """The outcome of :func:`replay_report`: how far the actions got on the new persona.

    ``reason`` is English (for logs and tests); ``code`` the same refusal as a stable code,
    which the UI says in its own language.
    """

    session: CallSession
    fitted: bool
    applied: int
    stopped_at: Action | None
    reason: str
    code: str = ""


def replay_actions(old_events: Iterable[Event]) -> list[Action]:
    """The agent's actions in a call's event log, in order, up to the after-call work."""
    log = [e for e in old_events if e.kind != ev.OVERRIDE]
    actions: list[Action] = []
    began: float | None = None  # when the last action began: its consequences share the time
    for i, e in enumerate(log):
        if e.kind == ev.ACW_STARTED:
            break
        if e.kind in _CONSEQUENCES and began is not None and abs(e.t - began) < 1e-9:
            continue
        action = action_at(log, i)
        began = None
        if action is not None and action.kind in _PREVIEWED:
            began = e.t
            actions.append(action)
    return actions


def _apply(s: CallSession, a: Action) -> Refusal | None:
    """An action on the edited persona: options by id; an answer only while it rings."""
    if a.kind == "answer" and s.phase != "ringing":
        return None
    return apply(s, a)


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
    reason = code = ""
    for action in actions:
        replay.now = max(replay.now, action.t)
        if session.phase in ("ended", "acw", "done"):
            stopped, reason, code = action, "the call has already ended here", "call-ended"
            break
        refusal = _apply(session, action)
        if refusal is not None:
            stopped, reason, code = action, refusal.message, refusal.code
            break
        session.poll()
        applied += 1
    real: Clock = clock if clock is not None else time.monotonic
    # The same hand-over engine.restore does: continue on the real clock from here.
    session._clock = real
    session._t0 = real() - replay.now
    return Replayed(session, stopped is None, applied, stopped, reason, code)


def replay_onto(
    persona: Persona,
    account: Account,
    actions: Iterable[Action],
    **options: Any,
) -> tuple[CallSession, bool]:
    """The new session and whether every action still fitted (see :func:`replay_report`)."""
    result = replay_report(persona, account, actions, **options)
    return result.session, result.fitted
