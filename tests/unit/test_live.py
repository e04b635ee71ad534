"""Where a call is now, folded from its log: the floor's only source for a seat's state."""

from __future__ import annotations

from store_helpers import FATAL, play

from mockcall.core import events as ev
from mockcall.core.live import LiveCall, fold


def test_a_whole_call_folds_to_done_with_its_ending_and_last_mood() -> None:
    events = play().events
    state = fold(events)
    assert state.phase == "done"
    assert state.ending == next(e.data["ending"] for e in events if e.kind == ev.CALL_ENDED)
    moods = [e.data["after"] for e in events if e.kind == ev.MOOD_CHANGED]
    assert state.mood == (moods[-1] if moods else None)
    assert not state.on_hold and state.acw_seconds(10_000) is None
    assert state.events == len(events) and state.last_t == max(e.t for e in events)


def test_every_prefix_reads_as_the_call_was_then() -> None:
    events = play().events
    on_hold = False
    phase = "ringing"
    for n in range(1, len(events) + 1):
        e = events[n - 1]
        if e.kind == ev.HOLD_STARTED:
            on_hold = True
        elif e.kind in (ev.HOLD_ENDED, ev.CALL_ENDED):
            on_hold = False
        phase = {
            ev.ANSWERED: "talking",
            ev.CALL_ENDED: "ended",
            ev.ACW_STARTED: "acw",
            ev.ACW_ENDED: "done",
        }.get(e.kind, phase)
        state = fold(events[:n])
        assert (state.on_hold, state.phase) == (on_hold, phase), e
        if on_hold:
            assert state.hold_seconds(state.last_t + 5) == state.last_t + 5 - state.hold_since  # type: ignore[operator]
        else:
            assert state.hold_seconds(state.last_t + 5) is None


def test_folding_a_growing_log_piece_by_piece_equals_folding_it_whole() -> None:
    events = play(FATAL).events
    state: LiveCall | None = None
    for start in range(0, len(events), 3):
        state = fold(events[start : start + 3], state)
    assert state == fold(events)


def test_call_time_stops_when_the_conversation_ends() -> None:
    events = play().events
    ended = next(e for e in events if e.kind == ev.CALL_ENDED)
    state = fold(events)
    assert state.call_seconds(ended.t + 500) == ended.t
    talking = fold(events[:5])
    assert talking.call_seconds(talking.last_t + 7) == talking.last_t + 7
    assert LiveCall().mood is None and fold([]).phase == "ringing"
