"""Where a call is right now, read from its event log: what a trainer's floor view shows.

The log is the call's only truth, so the floor stores nothing of its own: :func:`fold` walks the
events recorded so far and returns the call's phase (ringing, talking, on hold, after-call work,
done), the customer's mood after the last ``mood_changed``, and the times the hold and the ACW
began. It is pure and cheap (one pass, no engine), so a floor can re-fold every seat each time
its log grows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from mockcall.core import events as ev
from mockcall.core.events import Event

Phase = Literal["ringing", "dialing", "talking", "ended", "acw", "done"]


@dataclass(frozen=True, slots=True)
class LiveCall:
    """A call's state after the events folded so far (times are the log's call seconds)."""

    phase: Phase = "ringing"
    #: the customer's mood after the last change; None until one is recorded
    mood: int | None = None
    #: the mood the call started with, when a change has told it (its first ``before``)
    mood_start: int | None = None
    on_hold: bool = False
    hold_since: float | None = None
    muted: bool = False
    #: when the conversation ended (``call_ended``), and how
    ended_at: float | None = None
    ending: str | None = None
    acw_since: float | None = None
    acw_limit: float | None = None
    escalation_demands: int = 0
    #: the time of the last event folded
    last_t: float = 0.0
    events: int = 0

    def call_seconds(self, now: float) -> float:
        """How long the conversation has lasted at call time ``now`` (frozen once it ended)."""
        end = self.ended_at if self.ended_at is not None else max(now, self.last_t)
        return max(0.0, end)

    def hold_seconds(self, now: float) -> float | None:
        """How long the customer has been on hold at ``now``, or None when not on hold."""
        if not self.on_hold or self.hold_since is None:
            return None
        return max(0.0, max(now, self.last_t) - self.hold_since)

    def acw_seconds(self, now: float) -> float | None:
        """How long the after-call work has taken at ``now``, or None outside ACW."""
        if self.phase != "acw" or self.acw_since is None:
            return None
        return max(0.0, max(now, self.last_t) - self.acw_since)


def fold(events: Iterable[Event], state: LiveCall | None = None) -> LiveCall:
    """The state after ``events``, continuing from ``state`` (so a growing log is folded once
    per new event: ``fold(new_events, previous_state)``)."""
    s = state or LiveCall()
    phase = s.phase
    mood, mood_start = s.mood, s.mood_start
    on_hold, hold_since, muted = s.on_hold, s.hold_since, s.muted
    ended_at, ending = s.ended_at, s.ending
    acw_since, acw_limit = s.acw_since, s.acw_limit
    demands, last_t, count = s.escalation_demands, s.last_t, s.events
    for e in events:
        d = e.data
        kind = e.kind
        count += 1
        if kind != ev.OVERRIDE:
            last_t = max(last_t, e.t)
        if kind == ev.CALL_STARTED:
            phase = "dialing" if d.get("direction") == "outbound" else "ringing"
        elif kind == ev.DIALED:
            phase = "dialing"
        elif kind in (ev.ANSWERED, ev.CONNECTED):
            phase = "talking"
        elif kind == ev.MOOD_CHANGED:
            after = d.get("after")
            if isinstance(after, int | float):
                mood = int(after)
            before = d.get("before")
            if mood_start is None and isinstance(before, int | float):
                mood_start = int(before)
        elif kind == ev.HOLD_STARTED:
            on_hold, hold_since = True, e.t
        elif kind == ev.HOLD_ENDED:
            on_hold, hold_since = False, None
        elif kind == ev.MUTE_STARTED:
            muted = True
        elif kind == ev.MUTE_ENDED:
            muted = False
        elif kind == ev.ESCALATION_DEMAND:
            demands += 1
        elif kind == ev.CALL_ENDED:
            phase, ended_at, ending = "ended", e.t, _text(d.get("ending"))
            on_hold, hold_since, muted = False, None, False
        elif kind == ev.ACW_STARTED:
            phase, acw_since = "acw", e.t
            limit = d.get("limit")
            acw_limit = float(limit) if isinstance(limit, int | float) else None
        elif kind == ev.ACW_ENDED:
            phase = "done"
    return LiveCall(
        phase=phase,
        mood=mood,
        mood_start=mood_start,
        on_hold=on_hold,
        hold_since=hold_since,
        muted=muted,
        ended_at=ended_at,
        ending=ending,
        acw_since=acw_since,
        acw_limit=acw_limit,
        escalation_demands=demands,
        last_t=last_t,
        events=count,
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
