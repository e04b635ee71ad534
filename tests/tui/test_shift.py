"""A nesting shift played through the real UI: auto-in calls, AUX between calls, summary."""

from __future__ import annotations

from textual.widgets import OptionList, RadioButton
from tui_helpers import SIZE, keys, text_of

from mockcall.tui.screens.acw import AcwScreen
from mockcall.tui.screens.call import CallScreen
from mockcall.tui.screens.score import ScoreScreen
from mockcall.tui.screens.shift import ShiftScreen


async def hang_up_and_wrap(pilot, seconds: float, clock) -> None:  # type: ignore[no-untyped-def]
    """The quickest way through any persona: end the call, then submit ACW."""
    assert isinstance(pilot.app.screen, CallScreen)
    clock.advance(seconds)
    await keys(pilot, "escape", "x")  # escape leaves a chat's reply box; harmless elsewhere
    assert isinstance(pilot.app.screen, AcwScreen)
    clock.advance(10)
    await pilot.click(pilot.app.screen.query(RadioButton).first())
    await keys(pilot, "ctrl+s")


async def test_nesting_shift_of_three_calls_with_auto_in(make_app, clock) -> None:  # type: ignore[no-untyped-def]
    app = make_app(shift=3, auto_in=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # auto-in: the first call is already connected (or dialling, for an outbound persona)
        assert isinstance(app.screen, CallScreen)
        assert "RINGING" not in text_of(app, "#status")
        await hang_up_and_wrap(pilot, 30, clock)
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)  # no breathing room: the next call is in
        await hang_up_and_wrap(pilot, 30, clock)
        await pilot.pause()
        await hang_up_and_wrap(pilot, 30, clock)
        await pilot.pause()
        assert isinstance(app.screen, ShiftScreen)
        summary = text_of(app, "#shift-summary")
        assert "Calls: 3" in summary
        assert "Average ACW time: 00:10" in summary
        assert "Fatal errors: " in summary
        assert text_of(app, "#shift-state") == "Shift summary"
        assert app.screen.query_one("#shift-results", OptionList).option_count == 3
        await keys(pilot, "enter")  # review the first call's scorecard
        assert isinstance(app.screen, ScoreScreen)
        await keys(pilot, "escape")
        assert isinstance(app.screen, ShiftScreen)


async def test_aux_holds_calls_until_avail(make_app, clock) -> None:  # type: ignore[no-untyped-def]
    app = make_app(shift=2, auto_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first = app.screen.plan.persona
        waiting = "RINGING" if first.direction == "inbound" else "DIALLING"
        assert waiting in text_of(app, "#status")
        await keys(pilot, "escape", "x")
        await keys(pilot, "f2")  # go AUX during ACW: no call may arrive after it
        assert "→ AUX" in text_of(app, "#status")
        await pilot.click(app.screen.query(RadioButton).first())
        await keys(pilot, "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ShiftScreen)
        assert "Press F2 to go available" in text_of(app, "#shift-state")
        assert "AUX" in text_of(app, "#status")
        await keys(pilot, "f2")
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)
