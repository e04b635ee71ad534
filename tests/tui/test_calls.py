"""Whole calls played through the real UI, asserting what the trainee sees.

Given a tiny persona, when the trainee presses the keys a real trainee would, the screen shows
the lines, the notices and finally the score the rubric gives.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from tui_helpers import (
    SIZE,
    key_of,
    keys,
    lines,
    notices,
    options,
    screen_text,
    submit_acw,
    text_of,
    tick,
)

from mockcall.tui.screens.acw import AcwScreen
from mockcall.tui.screens.score import ScoreScreen
from mockcall.tui.widgets.scorecard_view import CriterionRow


def criterion(app: App[Any], criterion_id: str) -> str:
    row = next(r for r in app.screen.query(CriterionRow) if r.result.id == criterion_id)
    return row.text


async def test_inbound_call_to_a_passing_score(make_app, clock) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert "RINGING" in text_of(app, "#status")
        await keys(pilot, "a")
        assert lines(app)[-1] == "Ms Ana Putri: Hello? I have a question about my bill."
        assert options(app)[0].startswith("1. Good morning, Tiny Telco, this is Rina.")
        await keys(pilot, "1", "2", "1")
        assert isinstance(app.screen, AcwScreen)
        await submit_acw(pilot, "Bill due on the 5th, explained.", "Resolved")
        assert isinstance(app.screen, ScoreScreen)
        total = text_of(app, "#score-total")
        assert total.startswith("PASS  100.0%")
        assert "Ending: resolved" in total
        assert criterion(app, "greet").startswith("✓")
        assert criterion(app, "right_disposition").startswith("✓")
        assert criterion(app, "hold_permission").startswith("–")


async def test_hold_while_ringing_shows_a_notice(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "h")
        assert notices(app) == ["The call is ringing: answer it first (a)."]
        assert "RINGING" in text_of(app, "#status")


async def test_hold_with_permission(make_app, clock) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1", "1")
        assert "ON HOLD" in text_of(app, "#status")
        assert "— customer on hold —" in lines(app)
        assert options(app)[0].startswith("The customer is on hold.\nTake the customer off hold: h")
        await tick(pilot, clock, 20)
        assert "hold 00:20" in text_of(app, "#status")
        await keys(pilot, "h")
        assert "— back from hold (20s) —" in lines(app)
        assert lines(app)[-1] == "Ms Ana Putri: Yes, I'm here."
        await keys(pilot, "1", "1")
        await submit_acw(pilot, "Bill due on the 5th; checked on hold.", "Resolved")
        assert criterion(app, "hold_permission").startswith("✓")
        assert criterion(app, "hold_thanks").startswith("✓")
        assert text_of(app, "#score-total").startswith("PASS")


async def test_soup_call_de_escalated(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-soup")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1", "1")
        assert lines(app)[-1] == "Mr Budi Santoso: I want your supervisor, now!"
        await keys(pilot, "1")
        assert lines(app)[-1] == "Mr Budi Santoso: I said: get me your supervisor!"
        await keys(pilot, "1")
        assert lines(app)[-1] == "Mr Budi Santoso: Fine. What will you do?"
        await keys(pilot, "1", "1")
        await submit_acw(pilot, "Technician booked for tomorrow.", "Resolved")
        assert text_of(app, "#score-total").startswith("PASS")
        assert criterion(app, "soup_call_handled").startswith("✓")


async def test_soup_call_escalated_with_a_reason(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-soup")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1", "1", "1")
        await keys(pilot, "e")
        await keys(pilot, "enter")  # an empty reason is refused and the form stays open
        assert notices(app)[-1] == "Escalation needs a reason."
        await pilot.press(*"customer insisted twice")
        await keys(pilot, "enter")
        assert isinstance(app.screen, AcwScreen)
        assert "— escalated to a supervisor: customer insisted twice —" in lines(app)
        await submit_acw(pilot, "Escalated after two supervisor requests.", "Escalated")
        assert "Ending: escalated" in text_of(app, "#score-total")
        assert criterion(app, "soup_call_handled").startswith("✓")
        assert criterion(app, "right_disposition").startswith("✓")


async def test_warm_transfer_needs_a_briefing(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1", "w")
        await keys(pilot, "ctrl+s")
        assert notices(app)[-1] == (
            "A warm transfer needs a briefing: fill in to, issue and what was tried."
        )
        assert type(app.screen).__name__ == "BriefingModal"
        for text in ("Billing team", "Asks for her bill due date", "Checked the KB"):
            await pilot.press(*text)
            await keys(pilot, "enter")
        assert isinstance(app.screen, AcwScreen)
        assert "— warm transfer —" in lines(app)
        await submit_acw(pilot, "Warm transfer to billing with briefing.", "Transferred")
        assert "Ending: transferred" in text_of(app, "#score-total")
        assert criterion(app, "warm_transfer").startswith("✓")


async def test_outbound_dnc_dial_fails_fatally(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-outbound")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert "DIALLING" in text_of(app, "#status")
        table = app.screen.query_one("#call-list")
        assert [str(c) for c in table.get_row("lead-1")][:4] == [
            "Dewi Lestari",
            "0811000009",
            "Mon 10:00",
            "DNC!",
        ]
        assert str(table.get_row("lead-3")[2]) == "Mon 12:00"  # +09:00
        await keys(pilot, "enter")  # the first row: the DNC number — confirmed on purpose
        assert "is on the Do-Not-Call list" in text_of(app, "#confirm-body")
        await keys(pilot, "y")
        assert lines(app)[-2:] == [
            "— dialled 0811000009 (Dewi Lestari) — on the Do-Not-Call list! —",
            "— no answer —",
        ]
        await keys(pilot, "down", "enter")
        assert lines(app)[-1] == "Ms Citra Dewi: Hello, who is this?"
        await keys(pilot, "1", "1", "1")
        await submit_acw(pilot, "Offered the faster plan, no sale.", "No sale")
        total = text_of(app, "#score-total")
        assert total.startswith("FAIL")
        rows = app.screen.query("CriterionRow")
        assert rows.first().result.id == "no_dnc_dial"  # fatal errors come first
        assert rows.first().text.startswith("✗") and "[FATAL]" in rows.first().text


async def test_acw_over_time_is_recorded_not_blocked(make_app, clock) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1", "2", "1")
        assert text_of(app, "#countdown") == "ACW time left 00:30"
        await tick(pilot, clock, 45)
        assert text_of(app, "#countdown") == "ACW over time by 00:15"
        assert app.screen.query_one("#countdown").has_class("-over")
        await submit_acw(pilot, "Bill due on the 5th, explained.", "Resolved")
        assert isinstance(app.screen, ScoreScreen)
        assert criterion(app, "acw_in_time").startswith("✗")


async def test_practice_shows_hints_and_assessment_does_not(make_app) -> None:  # type: ignore[no-untyped-def]
    practice = make_app("tui-inbound-basic")
    async with practice.run_test(size=SIZE) as pilot:
        await keys(pilot, "a")
        assert text_of(practice, "#hint") == "Hint: Greet, say your name and the company."
        assert practice.screen.query_one("#hint").display
    assessment = make_app("tui-inbound-basic", mode="assessment")
    async with assessment.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        assert "Assessment" in text_of(assessment, "#status")
        session = assessment.screen.session
        hints = [s.hint for s in session.persona.states.values()]
        for position in (1, 2, 1):  # the script's best replies, wherever the shuffle put them
            assert not assessment.screen.query_one("#hint").display
            shown = screen_text(assessment)
            assert "Hint" not in shown and not any(h in shown for h in hints), shown
            assert options(assessment) == [f"{o.number}. {o.text}" for o in session.offered()]
            await keys(pilot, key_of(assessment, position))
        said = [e.data for e in session.events if e.kind == "agent_said"]
        assert [d["option"] for d in said] == ["opening.1", "question.2", "closing.1"]
        assert all(d["shown"][d["key"] - 1] == d["option"] for d in said)
        await submit_acw(pilot, "Bill due on the 5th, explained.", "Resolved")
        await keys(pilot, "r")  # assessment results are final
        assert isinstance(assessment.screen, ScoreScreen)
        assert notices(assessment)[-1].startswith("Assessment results are final")


async def test_silence_becomes_dead_air(make_app, clock) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "a")
        await tick(pilot, clock, 16)
        assert lines(app)[-2:] == [
            "— dead air (16s of silence) —",
            "Ms Ana Putri: Hello? Are you there?",
        ]


async def test_chat_typed_number_picks_and_typed_words_are_matched(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-chat")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#conversation").has_class("-chat")
        assert lines(app)[-1] == "Eka: hi, I want a refund for last month"
        assert app.focused is app.screen.query_one("#reply")
        await pilot.press(*"Hi, this is Rina from Tiny Telco, I can help with that", "enter")
        await app.workers.wait_for_complete()  # the lexicon loads in a thread while typing
        await pilot.pause()
        assert lines(app)[-3:-1] == [
            "You: Hi, this is Rina from Tiny Telco, I can help with that",
            "heard: greets · introduces self · offers help",
        ]
        assert lines(app)[-1] == "Eka: ok, so?"  # taken as option 1: the chat moved on
        await pilot.press("1", "enter")
        await pilot.pause()
        assert lines(app)[-2].startswith("You: Your refund is requested")


async def test_tools_fill_the_card_and_kb_opens(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "a", "i")
        assert text_of(app, "#customer-card").startswith("No customer loaded.")
        await keys(pilot, "u", "enter")  # the first tool: Customer lookup (card: true)
        assert "Customer lookup: • plan: Home 20" in text_of(app, "#tool-result")
        assert "— tool: Customer lookup → plan: Home 20 —" in lines(app)
        await keys(pilot, "i")
        card = text_of(app, "#customer-card")
        assert "Name: Ms Ana Putri" in card and "Account no.: T-001" in card
        await keys(pilot, "k")
        await pilot.press(*"due")
        await keys(pilot, "enter", "enter")
        assert type(app.screen).__name__ == "KbDocScreen"
        await keys(pilot, "escape")
        assert "— knowledge base: Billing dates —" in lines(app)


async def test_retry_plays_the_same_persona_again(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "a", "1", "2", "1")
        await submit_acw(pilot, "Bill due on the 5th.", "Resolved")
        await keys(pilot, "t")
        assert app.screen.query_one("#transcript-view").texts()[2].startswith("Ms Ana Putri")
        await keys(pilot, "r")
        assert type(app.screen).__name__ == "CallScreen"
        assert "RINGING" in text_of(app, "#status")
        await keys(pilot, "escape")  # nothing to leave on a call: still ringing
        assert type(app.screen).__name__ == "CallScreen"


async def test_key_legend_shows_the_phase_keys_and_a_click_presses_one(make_app) -> None:  # type: ignore[no-untyped-def]
    from mockcall.tui.widgets.key_legend import KeyLegend

    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        legend = app.screen.query_one(KeyLegend)
        shown = str(legend.render())
        assert shown.startswith(" a Answer  x End ")
        await pilot.click(KeyLegend, offset=(shown.index(" a ") + 1, 0))
        await pilot.pause()
        assert "ON CALL" in text_of(app, "#status")
        assert " a Answer" not in str(legend.render())  # answered: the key is gone
