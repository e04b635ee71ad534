"""Typed replies on a call, as the trainee sees them: taken, confirmed, or sent as typed.

The Indonesian fixture account (``tests/data/personas/match``) is the matcher's own test
account; the agent is Rina. Replies are typed into the reply box (``/`` on a voice call) key by
key, and the act lexicon loads in a thread while they are typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_helpers import SIZE, keys, lines, options, submit_acw, text_of

from mockcall.core.engine import ManualClock
from mockcall.core.loader import Library, load_library
from mockcall.tui.app import MockcallApp
from mockcall.tui.plan import CallPlan
from mockcall.tui.screens.confirm_reply import ConfirmReplyModal
from mockcall.tui.screens.score import ScoreScreen
from mockcall.tui.widgets.scorecard_view import CriterionRow

MATCH = Path(__file__).resolve().parent.parent / "data" / "personas" / "match"


@pytest.fixture(scope="module")
def match_library() -> Library:
    return load_library([MATCH])


def sari(library: Library) -> MockcallApp:
    persona = library.persona("match-sari-internet")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    plan = CallPlan(persona, bundle, 7, "practice", "Rina", seed_fixed=True)
    return MockcallApp(library, start=plan, trainee="Rina", clock=ManualClock(1000.0), seed=7)


async def type_reply(pilot: Pilot[None], text: str) -> None:
    """``/``, the text key by key, Enter; then wait for the lexicon worker and the screen."""
    await keys(pilot, "slash")
    await pilot.press(*text, "enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_indonesian_chat_style_reply_is_taken_as_the_greeting(match_library) -> None:  # type: ignore[no-untyped-def]
    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        assert lines(app)[-1] == "Ibu Sari Wulandari: Halo, selamat pagi?"
        await type_reply(pilot, "pagi bu, dgn rina dr matchnet, ada yg bs sy bantu?")
        assert lines(app)[-2] == "You: pagi bu, dgn rina dr matchnet, ada yg bs sy bantu?"
        assert lines(app)[-1].endswith("saya kerja dari rumah!")  # the complaint state
        assert options(app)[0].startswith("1. Mohon maaf atas ketidaknyamanannya")


async def test_unsure_reply_asks_did_you_mean_and_the_pick_advances(match_library) -> None:  # type: ignore[no-untyped-def]
    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        await type_reply(pilot, "halo bu")
        assert isinstance(app.screen, ConfirmReplyModal)
        assert "Did you mean…?" in str(app.screen.query_one(".dialog-title").render())
        assert app.screen.choices() == [
            "1. Selamat pagi, dengan Rina dari MatchNet, ada yang bisa saya bantu?"
        ]
        await keys(pilot, "1")
        assert type(app.screen).__name__ == "CallScreen"
        assert lines(app)[-2] == "You: halo bu"
        assert lines(app)[-1].endswith("saya kerja dari rumah!")


async def test_unsure_reply_sent_as_typed_with_escape(match_library) -> None:  # type: ignore[no-untyped-def]
    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        await type_reply(pilot, "halo bu")
        await keys(pilot, "escape")
        assert lines(app)[-2:] == ["You: halo bu", "Ibu Sari Wulandari: Maksudnya bagaimana, Mbak?"]
        assert options(app)[0].startswith("1. Selamat pagi")  # still at the opening


async def test_rude_typed_reply_is_scored_as_rude(match_library) -> None:  # type: ignore[no-untyped-def]
    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1")
        await type_reply(pilot, "dasar pelanggan bodoh, diam aja deh")
        assert lines(app)[-2] == "You: dasar pelanggan bodoh, diam aja deh"
        assert lines(app)[-1] == "Ibu Sari Wulandari: Maksudnya bagaimana, Mbak?"
        await keys(pilot, "escape", "2", "1", "h", "3", "2")
        await submit_acw(pilot, "Gangguan fiber; tiket besok.", "Tiket dibuat / Ticket created")
        assert isinstance(app.screen, ScoreScreen)
        assert text_of(app, "#score-total").startswith("FAIL")
        row = next(r for r in app.screen.query(CriterionRow) if r.result.id == "no_rudeness")
        assert row.text.startswith("✗")


async def test_did_you_mean_numbers_as_the_box_and_the_focus_leaves_the_reply(
    match_library: Library,
) -> None:
    """The dialog lists each choice under the number the options box gives it, the legend
    names exactly those keys, the whole text wraps; after it the next / opens the box again."""
    from mockcall.tui.widgets.key_legend import KeyLegend

    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        box = options(app)
        await type_reply(pilot, "halo bu")
        assert isinstance(app.screen, ConfirmReplyModal)
        numbers = [c.split(".")[0] for c in app.screen.choices()]
        assert all(any(o.startswith(f"{n}. ") for o in box) for n in numbers)
        assert str(app.screen.query_one(KeyLegend).render()).startswith(
            f" {','.join(numbers)} Pick "
        )
        choice = app.screen.query_one(".candidate")
        assert choice.size.height >= 2  # the long reply wraps instead of being cut off
        await keys(pilot, "escape")
        assert app.focused is not None and app.focused.id == "options"
        await keys(pilot, "slash")
        assert app.focused is not None and app.focused.id == "reply"
