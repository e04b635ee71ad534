"""The trainee screens' rough edges, as the trainee meets them: what the options box says when
nothing can be said, the name asked once, the dialler's confirmations, one meaning per key,
the "Did you mean…?" dialog's numbers, tools by digit, the home screen for a first-timer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, RadioButton, TextArea
from tui_helpers import SIZE, keys, lines, notices, options, text_of

from mockcall.core import events as ev
from mockcall.core.engine import ManualClock
from mockcall.core.loader import Library, load_library
from mockcall.tui.app import MockcallApp
from mockcall.tui.plan import CallPlan
from mockcall.tui.profile import remembered_name
from mockcall.tui.screens.acw import AcwScreen
from mockcall.tui.screens.call import CallScreen
from mockcall.tui.widgets.key_legend import KeyLegend

BANK = Path(__file__).resolve().parents[2] / "personas" / "bank"


@pytest.fixture(scope="module")
def bank() -> Library:
    return load_library([BANK])


def plan_of(library: Library, persona_id: str, trainee: str = "Rina") -> CallPlan:
    persona = library.persona(persona_id)
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    return CallPlan(persona, bundle, 3, "practice", trainee, seed_fixed=True, option_order="file")


def legend(app: MockcallApp) -> str:
    return str(app.screen.query_one(KeyLegend).render())


def focused(app: MockcallApp) -> str:
    return app.focused.id or "" if app.focused is not None else ""


# ------------------------------------------------------------------ 1. never an empty box


async def test_on_hold_and_after_it_the_box_names_the_ways_forward(bank) -> None:  # type: ignore[no-untyped-def]
    plan = plan_of(bank, "bank-rizky-third-party")
    app = MockcallApp(bank, start=plan, trainee="Rina", clock=ManualClock())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        # greet, ask for the father, verify him, then hold without looking anything up
        await keys(pilot, "a", "1", "1", "1", "1")
        assert app.screen.session.phase == "on_hold"  # type: ignore[attr-defined]
        box = options(app)
        assert box[0].startswith("The customer is on hold.\nTake the customer off hold: h")
        assert "Look the account up: u (Tools)" in box[0]
        assert " h Unhold " in legend(app)
        await keys(pilot, "h")  # back from hold: every reply needs a tool first
        assert app.screen.session.offered() == []  # type: ignore[attr-defined]
        box = options(app)
        assert box[0].startswith("Nothing to say now. Ways forward:")
        assert "Look the account up: u (Tools)" in box[0]
        assert "End the call: x" in box[0]
        assert " h Hold " in legend(app)
        await keys(pilot, "u")
        tools = app.screen.query_one("#tool-list")
        assert tools.option_count == 6  # type: ignore[attr-defined]
        assert tools.region.height >= 6 + 2  # all six on screen at 80x24, one line each
        await keys(pilot, "2")  # tool 2: Card status, by its digit
        assert "— tool: Card status → card_state: diblokir" in lines(app)[-1]
        await keys(pilot, "escape")
        assert options(app)[0].startswith("1. Terima kasih sudah menunggu, Pak.")


# ------------------------------------------------------------------ 2. the trainee's name


async def test_first_start_asks_the_name_once_and_the_agent_uses_it(library) -> None:  # type: ignore[no-untyped-def]
    plan = plan_of(library, "tui-inbound-basic", trainee="")
    app = MockcallApp(library, start=plan, clock=ManualClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "NameModal"
        await keys(pilot, "enter")
        assert type(app.screen).__name__ == "NameModal"  # a name is required
        await pilot.press(*"Sari", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)
        await keys(pilot, "a", "1")
        assert lines(app)[-2] == "You: Good morning, Tiny Telco, this is Sari. How can I help?"
        assert "Agent" not in " ".join(lines(app))
    assert remembered_name() == "Sari"
    again = MockcallApp(library, start=plan, clock=ManualClock())
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, CallScreen)  # asked once: remembered
        assert again.screen.plan.trainee == "Sari"


# ------------------------------------------------------------------ 3. the dialler


async def test_dnc_asks_first_and_a_dialled_number_is_not_redialled(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-outbound")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert legend(app).startswith(" ↑↓ Move  d Dial ")
        await keys(pilot, "d")  # the first row is on the Do-Not-Call list
        assert "Dial anyway" in legend(app)
        await keys(pilot, "escape")
        assert not [e for e in app.screen.session.events if e.kind == ev.DIALED]
        await keys(pilot, "down", "down", "enter")  # Eko: no answer
        assert lines(app)[-1] == "— no answer —"
        await keys(pilot, "d")
        assert notices(app) == [
            "Eko Prasetyo was already dialled on this call: pick another number."
        ]
        assert len([e for e in app.screen.session.events if e.kind == ev.DIALED]) == 1


# ------------------------------------------------------------------ 4. one meaning per key


async def test_legend_fits_80_columns_in_every_phase(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        seen = []
        for key in ("", "a", "1", "1", "h"):  # ringing, connected, hold asked, on hold, back
            if key:
                await keys(pilot, key)
            seen.append(legend(app))
        assert all(
            len(shown.rstrip()) <= 80 and shown.rstrip().endswith("f1 Keys") for shown in seen
        ), seen


async def test_keys_after_the_call_ends_stay_out_of_the_notes(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1", "2")
        for key in ("1", "3", "3", "x"):  # the last reply ends the call; keys keep coming
            app.post_message(events.Key(key, key))
        await pilot.pause()
        assert isinstance(app.screen, AcwScreen)
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == ""
        assert focused(app) == "notes"  # once the form shows, typing goes in
        await pilot.press(*"ok")
        assert app.screen.query_one(TextArea).text == "ok"
        await keys(pilot, "ctrl+s", "ctrl+s", "ctrl+s")
        assert notices(app).count("Pick a disposition before submitting.") == 1


async def test_acw_choices_are_spelled_out(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "a", "1", "2", "1")
        assert text_of(app, "#disposition-state") == "Disposition: none chosen yet"
        assert text_of(app, "#followups-state") == "Follow-ups: none"
        button = next(b for b in app.screen.query(RadioButton) if str(b.label) == "Resolved")
        await pilot.click(button)
        await pilot.pause()
        assert text_of(app, "#disposition-state") == "Disposition: Resolved"
        app.screen.query_one("#followups").select("callback")
        await pilot.pause()
        assert text_of(app, "#followups-state") == "Follow-ups: Callback"


# ------------------------------------------------------------------ 5. typed replies


async def test_after_a_typed_reply_the_next_slash_opens_the_box(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "a", "slash")
        assert focused(app) == "reply"
        await pilot.press("1", "enter")  # a typed option number is that option
        await pilot.pause()
        assert lines(app)[-2].startswith("You: Good morning, Tiny Telco")
        assert focused(app) == "options"
        await keys(pilot, "slash")
        assert focused(app) == "reply"
        assert app.screen.query_one("#reply", Input).value == ""


async def test_chat_says_plainly_that_numbers_are_typed(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-chat")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        box = app.screen.query_one("#reply", Input)
        assert box.placeholder == "type your reply, or an option's number, then Enter"
        await pilot.press("1", "enter")
        await pilot.pause()
        assert lines(app)[-2].startswith("You: Hello, this is Rina")
        assert focused(app) == "reply"  # a chat goes on typing


# ------------------------------------------------------------------ 6. tools and the silence


async def test_one_moment_resets_the_silence(make_app, clock) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "a", "1")
        clock.advance(12)
        before = len(lines(app))
        await keys(pilot, "s")
        # said, and nothing else: the customer has nothing to answer, no "what do you mean?"
        assert lines(app)[before:] == ["You: One moment please, I'm checking that for you."]
        session = app.screen.session
        assert session.wasted_turns == 0
        clock.advance(12)  # 24 s since the last reply, 12 since "one moment": no dead air
        app.screen.tick()
        await pilot.pause()
        assert not [e for e in session.events if e.kind == ev.DEAD_AIR]
        await keys(pilot, "s")  # the next wording, not the same line again
        assert lines(app)[-1] == "You: Thank you for waiting, I'm still checking."
        assert session.wasted_turns == 0


# ------------------------------------------------------------------ 7. home for a first-timer


async def test_home_starts_in_the_name_field_and_enter_in_search_starts(library) -> None:  # type: ignore[no-untyped-def]
    app = MockcallApp(library, clock=ManualClock())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        assert focused(app) == "trainee"
        await keys(pilot, "ctrl+f")
        await pilot.press(*"soup", "enter")
        await pilot.pause()
        assert notices(app) == ["Type your name first."]
        assert focused(app) == "trainee"
        await pilot.press(*"Budi", "ctrl+f", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)
        assert app.screen.plan.persona.id == "tui-soup"
        assert app.screen.plan.trainee == "Budi"
    assert remembered_name() == "Budi"


async def test_persona_rows_show_id_and_whole_title_at_100_columns(library) -> None:  # type: ignore[no-untyped-def]
    from mockcall.tui.widgets.persona_picker import PersonaPicker

    app = MockcallApp(library, trainee="Rina", clock=ManualClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        picker = app.screen.query_one(PersonaPicker)
        rows = [str(picker.get_option_at_index(i).prompt) for i in range(picker.option_count)]
        for persona in library.personas():
            assert any(persona.title in row and persona.id in row for row in rows), persona.id
        shown = "\n".join(
            str(strip.text) for strip in picker.render_lines(picker.region.reset_offset)
        )
        assert "…" not in shown


# ------------------------------------------------------------------ 9. screens stay current


async def test_recent_scores_refresh_after_a_call(library) -> None:  # type: ignore[no-untyped-def]
    from mockcall.tui.hooks import RecentScore

    scores: list[RecentScore] = []
    app = MockcallApp(library, trainee="Rina", clock=ManualClock(), recent=lambda _: list(scores))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert text_of(app, "#recent") == "No scores yet."
        await keys(pilot, "ctrl+f")
        await pilot.press(*"basic", "enter")
        await pilot.pause()
        scores.append(RecentScore("today", "tui-inbound-basic", "practice", 100.0, True))
        await keys(pilot, "x")  # hang up while ringing
        await _finish_acw(pilot)
        await keys(pilot, "escape")
        assert "tui-inbound-basic  100% ✓" in text_of(app, "#recent")


async def _finish_acw(pilot: Pilot[None]) -> None:
    screen = pilot.app.screen
    assert isinstance(screen, AcwScreen)
    await pilot.click(next(iter(screen.query(RadioButton))))
    await keys(pilot, "ctrl+s")
