"""Forking a live call session: the search branches from every state, so a cheap, exact copy
of a session and its clock is what every pass stands on.
"""

from __future__ import annotations

from typing import Any, Final

from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.events import EventLog


def fork(session: CallSession, clock: ManualClock) -> tuple[CallSession, ManualClock]:
    """An independent copy of a running session with its own clock.

    The copy is not a model of the cached machines: the engine fires transitions through
    ``machine.events[...].trigger(session)``, which reads and writes the session's ``state`` /
    ``phase`` attributes without needing membership, so a copy costs a dict copy instead of an
    ``add_model`` (which binds every trigger). Containers are copied one level deep (events are
    immutable and shared); every attribute is copied, so a field added to the engine later is
    carried along. The line-variant RNG is *shared*: it only picks wording, which neither the
    behaviour nor the score reads, and sharing it halves the cost of a copy. (Transcripts are
    always produced by ``play_path``, never from explored sessions.)
    """
    new_clock = ManualClock(clock.now)
    new = object.__new__(CallSession)
    d = new.__dict__
    d.update(session.__dict__)
    for key, how in _fork_plan(d):
        if how == 0:
            d[key] = d[key].copy()
        elif how == 1:
            d[key] = EventLog(list(d[key].events))
        else:
            d[key] = new_clock
    d["_in_persona_machine"] = False
    d["_in_phase_machine"] = False
    return new, new_clock


_PLANS: dict[tuple[str, ...], tuple[tuple[str, int], ...]] = {}


_SHARED: Final = frozenset({"_placeholders"})  # built once per session, never written


def _fork_plan(d: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    """Which attributes a fork must copy (0: container, 1: event log, 2: the clock)."""
    names = tuple(d)
    plan = _PLANS.get(names)
    if plan is None:
        steps: list[tuple[str, int]] = []
        for key, value in d.items():
            if key in _SHARED:
                continue
            if isinstance(value, set | dict | list):
                steps.append((key, 0))
            elif isinstance(value, EventLog):
                steps.append((key, 1))
            elif isinstance(value, ManualClock):
                steps.append((key, 2))
        plan = _PLANS[names] = tuple(steps)
    return plan
