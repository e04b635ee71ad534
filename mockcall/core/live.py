"""Where a call is right now, read from its event log: what a trainer's floor view shows.

The log is the call's only truth, so the floor stores nothing of its own: :func:`fold` walks the
events recorded so far and returns the call's phase (ringing, talking, on hold, after-call work,
done), the customer's mood after the last ``mood_changed``, and the times the hold and the ACW
began. It is pure and cheap (one pass, no engine), so a floor can re-fold every seat each time
its log grows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Final, Literal

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
    for e in events:
        step = _STEPS.get(e.kind)
        if step is not None:
            s = step(s, e)
        last_t = s.last_t if e.kind == ev.OVERRIDE else max(s.last_t, e.t)
        s = replace(s, last_t=last_t, events=s.events + 1)
    return s


def _started(s: LiveCall, e: Event) -> LiveCall:
    return replace(s, phase="dialing" if e.data.get("direction") == "outbound" else "ringing")


def _mood(s: LiveCall, e: Event) -> LiveCall:
    """The mood after the change; the first change also tells where the mood started."""
    after, before = e.data.get("after"), e.data.get("before")
    mood = int(after) if isinstance(after, int | float) else s.mood
    start = s.mood_start
    if start is None and isinstance(before, int | float):
        start = int(before)
    return replace(s, mood=mood, mood_start=start)


def _ended(s: LiveCall, e: Event) -> LiveCall:
    ending = _text(e.data.get("ending"))
    return replace(
        s, phase="ended", ended_at=e.t, ending=ending, on_hold=False, hold_since=None, muted=False
    )


def _acw(s: LiveCall, e: Event) -> LiveCall:
    limit = e.data.get("limit")
    acw_limit = float(limit) if isinstance(limit, int | float) else None
    return replace(s, phase="acw", acw_since=e.t, acw_limit=acw_limit)


#: what each kind of event changes (kinds not here change only the count and the clock)
_STEPS: Final[dict[str, Callable[[LiveCall, Event], LiveCall]]] = {
    ev.CALL_STARTED: _started,
    ev.DIALED: lambda s, e: replace(s, phase="dialing"),
    ev.ANSWERED: lambda s, e: replace(s, phase="talking"),
    ev.CONNECTED: lambda s, e: replace(s, phase="talking"),
    ev.MOOD_CHANGED: _mood,
    ev.HOLD_STARTED: lambda s, e: replace(s, on_hold=True, hold_since=e.t),
    ev.HOLD_ENDED: lambda s, e: replace(s, on_hold=False, hold_since=None),
    ev.MUTE_STARTED: lambda s, e: replace(s, muted=True),
    ev.MUTE_ENDED: lambda s, e: replace(s, muted=False),
    ev.ESCALATION_DEMAND: lambda s, e: replace(s, escalation_demands=s.escalation_demands + 1),
    ev.CALL_ENDED: _ended,
    ev.ACW_STARTED: _acw,
    ev.ACW_ENDED: lambda s, e: replace(s, phase="done"),
}


def _text(value: object) -> str | None:
    return None if value is None else str(value)
