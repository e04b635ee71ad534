"""Typed replies on a call, as the trainee sees them: taken, confirmed, or sent as typed.

The Indonesian fixture account (``tests/data/personas/match``) is the matcher's own test
account; the agent is Rina. Replies are typed into the reply box (``/`` on a voice call) key by
key, and the act lexicon loads in a thread while they are typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_helpers import SIZE, keys, lines, notices, options, submit_acw, text_of

from mockcall.core.engine import ManualClock
from mockcall.core.loader import Library, load_library
from mockcall.tui.app import MockcallApp
from mockcall.tui.i18n import set_language
from mockcall.tui.plan import CallPlan
from mockcall.tui.screens.confirm_reply import ConfirmReplyModal
from mockcall.tui.screens.score import ScoreScreen
from mockcall.tui.widgets.conversation import Line
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.scorecard_view import CriterionRow

MATCH = Path(__file__).resolve().parent.parent / "data" / "personas" / "match"


@pytest.fixture(scope="module")
def match_library() -> Library:
    return load_library([MATCH])


def sari(library: Library, mode: str = "practice") -> MockcallApp:
    persona = library.persona("match-sari-internet")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    plan = CallPlan(persona, bundle, 7, mode, "Rina", seed_fixed=True)
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
        assert lines(app)[-3:-1] == [
            "You: pagi bu, dgn rina dr matchnet, ada yg bs sy bantu?",
            "heard: greets · introduces self · offers help",
        ]
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
        assert lines(app)[-3:-1] == ["You: halo bu", "heard: greets"]
        assert lines(app)[-1].endswith("saya kerja dari rumah!")


async def test_unsure_reply_sent_as_typed_with_escape(match_library) -> None:  # type: ignore[no-untyped-def]
    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        await type_reply(pilot, "halo bu")
        await keys(pilot, "escape")
        assert lines(app)[-3:] == [
            "You: halo bu",
            "heard: greets",
            "Ibu Sari Wulandari: Maksudnya bagaimana, Mbak?",
        ]
        assert options(app)[0].startswith("1. Selamat pagi")  # still at the opening


async def test_rude_typed_reply_is_scored_as_rude(match_library) -> None:  # type: ignore[no-untyped-def]
    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1")
        await type_reply(pilot, "dasar pelanggan bodoh, diam aja deh")
        assert lines(app)[-3:] == [
            "You: dasar pelanggan bodoh, diam aja deh",
            "heard: is rude",
            "Ibu Sari Wulandari: Maksudnya bagaimana, Mbak?",
        ]
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


# --------------------------------------------------------------------------- what was heard


def heard_lines(app: MockcallApp) -> list[Line]:
    return list(app.screen.query_one("#conversation").query(".line.heard").results(Line))


def legend(app: MockcallApp) -> str:
    return str(app.screen.query_one(KeyLegend).render())


def logged(app: MockcallApp, kind: str) -> list[dict[str, object]]:
    events = app.screen.session.events  # type: ignore[attr-defined]
    return [{"seq": e.seq, **e.data} for e in events if e.kind == kind]


async def test_under_a_typed_reply_the_acts_heard_in_plain_words(match_library: Library) -> None:
    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1")  # an option by its key: nothing heard to show
        assert not heard_lines(app)
        await type_reply(pilot, "mohon tunggu sebentar ya bu, saya cek dulu")
        assert lines(app)[-3:-1] == [
            "You: mohon tunggu sebentar ya bu, saya cek dulu",
            "heard: asks to hold",
        ]
        [heard] = heard_lines(app)
        assert not heard.has_class("-unknown")
        said = app.screen.query_one("#conversation").query(".line.agent").results(Line)
        assert [line.has_class("-typed") for line in said] == [False, True]


async def test_heard_words_in_indonesian(match_library: Library) -> None:
    """``--lang id``: the act words, the could-not-tell line and the flag are Indonesian."""
    set_language("id")
    try:
        app = sari(match_library)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await keys(pilot, "a")
            await type_reply(pilot, "pagi bu, dgn rina dr matchnet, ada yg bs sy bantu?")
            assert lines(app)[-3:-1] == [
                "Anda: pagi bu, dgn rina dr matchnet, ada yg bs sy bantu?",
                "terbaca: menyapa · memperkenalkan diri · menawarkan bantuan",
            ]
            await type_reply(pilot, "xqzv blorp")
            assert lines(app)[-2] == (
                "mockcall tidak bisa menangkap maksud jawaban ini — tidak ada yang dinilai darinya"
            )
            await keys(pilot, "n")
            assert lines(app)[-1] == "— ditandai untuk trainer Anda: bukan yang Anda maksud —"
    finally:
        set_language("en")


async def test_gibberish_says_plainly_that_nothing_was_understood(match_library: Library) -> None:
    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        assert "n Misread" not in legend(app)
        await type_reply(pilot, "xqzv blorp")
        assert lines(app)[-3:] == [
            "You: xqzv blorp",
            "mockcall could not tell what this reply does — nothing was scored for it",
            "Ibu Sari Wulandari: Maksudnya bagaimana, Mbak?",
        ]
        [heard] = heard_lines(app)
        assert heard.has_class("-unknown")
        [said] = logged(app, "agent_said")
        assert (said["free"], said["acts"], said["option"]) == (True, [], "")


async def test_n_flags_the_typed_reply_for_the_trainer(match_library: Library) -> None:
    app = sari(match_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        await keys(pilot, "n")  # nothing typed yet: a notice, nothing logged
        assert notices(app) == ["There is no typed reply to flag yet."]
        assert logged(app, "misheard") == []
        await type_reply(pilot, "mohon tunggu sebentar ya bu, saya cek dulu")
        # right after a typed reply the legend offers n (in F1's place at 80 columns)
        shown = legend(app)
        assert shown.rstrip().endswith("k KB  n Misread") and "f1" not in shown
        assert len(shown) <= SIZE[0]
        await keys(pilot, "n")
        assert lines(app)[-1] == "— flagged for your trainer: not what you meant —"
        [said] = logged(app, "agent_said")
        [flag] = logged(app, "misheard")
        assert flag == {
            "seq": flag["seq"],
            "said": said["seq"],
            "text": "mohon tunggu sebentar ya bu, saya cek dulu",
            "acts": ["request_hold"],
            "option": "",
        }
        assert "n Misread" not in legend(app) and "f1 Keys" in legend(app)
        await keys(pilot, "n")  # once per reply
        assert "Your last typed reply is already flagged for your trainer." in notices(app)
        assert len(logged(app, "misheard")) == 1


async def test_no_flag_in_an_assessment(match_library: Library) -> None:
    app = sari(match_library, mode="assessment")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        await type_reply(pilot, "xqzv blorp")
        assert lines(app)[-2].startswith("mockcall could not tell")  # heard lines stay
        assert "Misread" not in legend(app) and "f1 Keys" in legend(app)
        assert app.screen.check_action("misheard", ()) is False
        shown = len(lines(app))
        await keys(pilot, "n")
        assert len(lines(app)) == shown and notices(app) == []
        assert logged(app, "misheard") == []


async def test_a_chat_reply_shows_what_was_heard_and_can_be_flagged(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-chat")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "reply"  # a chat types at once
        await pilot.press(*"hello, this is Rina from Tiny Telco, how can I help?", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert lines(app)[-3:-1] == [
            "You: hello, this is Rina from Tiny Telco, how can I help?",
            "heard: greets · introduces self · offers help",
        ]
        await keys(pilot, "escape", "n")  # the keys are the call's once the box is left
        assert lines(app)[-1] == "— flagged for your trainer: not what you meant —"


async def test_the_customers_own_name_is_heard_as_an_address() -> None:
    """The bundled outage call's customer is Darmawan: the act model never saw that name, and
    a name is otherwise found by its shape; the call knows who it is talking to."""
    library = load_library([Path(__file__).resolve().parents[2] / "personas"])
    persona = library.persona("telco-darmawan-repeat-outage")
    assert persona is not None and persona.customer.name == "Darmawan Saputra"
    bundle = library.bundle_for(persona)
    assert bundle is not None
    plan = CallPlan(persona, bundle, 7, "practice", "Rina", seed_fixed=True)
    app = MockcallApp(library, start=plan, trainee="Rina", clock=ManualClock(1000.0), seed=7)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a")
        await type_reply(pilot, "Baik, Pak Darmawan. Saya cek dulu ya.")
        said, heard = lines(app)[-3:-1]
        assert said == "You: Baik, Pak Darmawan. Saya cek dulu ya."
        assert heard.startswith("heard: ")
        assert "uses the customer's name" in heard.split(": ", 1)[1].split(" · ")
