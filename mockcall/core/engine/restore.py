"""Crash recovery: a live session rebuilt from its stored event log.

The engine is deterministic (seeded RNG, one time stamp per action, time from the log), so
replaying the trainee's actions at their recorded times reproduces the log event for event. This
module maps each stored action back to the call it came from and checks what it regenerates.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence

from mockcall.core import events as ev
from mockcall.core.engine.actions import action_at, apply
from mockcall.core.engine.session import CallSession
from mockcall.core.engine.types import Clock, ManualClock, Refusal, RestoreError
from mockcall.core.events import Event
from mockcall.core.model import Account, Persona, Rubric


def restore(
    persona: Persona,
    account: Account,
    events: Iterable[Event],
    *,
    clock: Clock | None = None,
    on_event: Callable[[Event], None] | None = None,
    rubric: Rubric | None = None,
) -> CallSession:
    """Rebuild a live session from a stored log by replaying the agent's actions.

    The engine is deterministic (seeded RNG, time from the log), so replaying every action at
    its recorded time reproduces the log event for event; any difference means the persona
    changed or the log is damaged, and :class:`RestoreError` says where. ``call_started`` is
    taken from the log as written (the rubric frozen into it stays). After replay the session
    continues on ``clock`` from the last recorded time; ``on_event`` sees only new events.

    A process killed while it was writing one action's events leaves only the first of them.
    Replaying that last action regenerates the rest (one time stamp per action makes them
    exactly what they would have been); they are handed to ``on_event`` first, so the stored
    log is completed and the call resumes after the action the trainee took.
    """
    log = [e for e in events if e.kind != ev.OVERRIDE]
    if not log or log[0].kind != ev.CALL_STARTED:
        raise RestoreError(0, "the log does not begin with call_started")
    head = log[0].data
    replay = ManualClock(0.0)  # call_started is always at t = 0
    session = CallSession(
        persona,
        account,
        rubric=rubric,
        seed=int(head.get("seed", 0)),
        clock=replay,
        trainee=str(head.get("trainee", "")),
        agent_name=str(head.get("agent", "")),
        mode=str(head.get("mode", "practice")),
    )
    session._start(head)
    _check_prefix(session, log, 0)
    _replay(session, log, replay)
    last_t = session._log.events[-1].t
    real: Clock = clock if clock is not None else time.monotonic
    session._clock = real
    session._t0 = real() - last_t
    session._on_event = on_event
    if on_event is not None:
        for cut_off in session._log.events[len(log) :]:
            on_event(cut_off)
    return session


def _replay(session: CallSession, log: Sequence[Event], replay: ManualClock) -> None:
    """Replay every action after ``call_started``, each at its first event's time."""
    while len(session._log) < len(log):
        n = len(session._log)
        event = log[n]
        replay.now = event.t
        refusal = _replay_one(session, log, n)
        if refusal is not None:
            raise RestoreError(event.seq, f"{event.kind} was refused: {refusal.message}")
        if len(session._log) == n:
            raise RestoreError(event.seq, f"cannot replay a '{event.kind}' event here")
        _check_prefix(session, log, n)


def _check_prefix(session: CallSession, log: Sequence[Event], start: int) -> None:
    """The replayed events from ``start`` equal the stored ones.  More replayed than stored is
    an action the store holds only part of: the loop ends there (see :func:`restore`)."""
    mine = session._log.events
    for i in range(start, min(len(mine), len(log))):
        a, b = mine[i], log[i]
        if a.kind != b.kind or dict(a.data) != dict(b.data) or abs(a.t - b.t) > 1e-6:
            raise RestoreError(b.seq, f"replay produced {a.kind} {dict(a.data)}")


def _replay_one(s: CallSession, log: Sequence[Event], n: int) -> Refusal | None:
    """Re-apply the agent action that produced ``log[n]`` (the first event of an action), by
    the key pressed, so the rebuilt log is the stored one event for event."""
    action = action_at(log, n)
    return None if action is None else apply(s, action, by_key=True)
