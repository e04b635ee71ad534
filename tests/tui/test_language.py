"""The score a trainee reads in Indonesian: reasons, titles and coaching in the UI language.

With ``--lang id`` the score screen shows each criterion's title and coaching from the rubric's
translations and its reason from the reason's code, never the English the card stores; the
reviewer's screens find the translations of the rubric that scored a stored call, also when the
store kept a copy of that rubric from before it was translated.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tui_helpers import SIZE, keys, screen_text, submit_acw

from mockcall.core.loader import Library
from mockcall.core.scoring import Scorecard
from mockcall.core.simulate import play_path
from mockcall.locations import ui_language
from mockcall.store.recorder import Recorder
from mockcall.store.sqlite import SQLiteStore
from mockcall.tui import i18n
from mockcall.tui.review_context import ReviewContext
from mockcall.tui.screens.score import ScoreScreen

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "personas" / "tui"


@pytest.fixture
def indonesian() -> Iterator[None]:
    """The UI language ``mockcall play --lang id`` sets, for this test only."""
    before = i18n.language()
    i18n.set_language(ui_language("id"))
    yield
    i18n.set_language(before)


@pytest.mark.usefixtures("indonesian")
async def test_the_score_screen_reads_in_indonesian(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "2", "2", "1")  # "What." first: no greeting, and rude
        await submit_acw(pilot, "Tagihan jatuh tempo tanggal 5.", "Selesai")
        assert isinstance(app.screen, ScoreScreen)
        shown = screen_text(app)
    assert "TIDAK LULUS" in shown
    # titles and coaching from the rubric's translations
    assert "Salam dan nama sendiri di awal" in shown
    assert "Tidak bersikap kasar [FATAL]" in shown
    assert "Saran: Tetap sopan." in shown
    assert "Pembukaan — 0%" in shown
    # reasons from their codes
    assert "Tidak ada salam dan perkenalan diri di giliran pertama." in shown
    assert "Ada hal yang dilarang: sikap kasar." in shown
    assert "N/A: hanya berlaku untuk panggilan outbound, sedangkan ini inbound." in shown
    for english in (
        "Greeting and own name first",
        "Stay polite",
        "Not said",
        "Did what",
        "N/A: no",
    ):
        assert english not in shown


async def test_the_same_call_in_english_is_as_it_was(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "2", "2", "1")
        await submit_acw(pilot, "Bill due on the 5th.", "Resolved")
        shown = screen_text(app)
    assert "Greeting and own name first" in shown
    assert "Not said in the first turn: greet, identify_self." in shown
    assert "Coaching: Stay polite." in shown
    assert "Salam" not in shown


def test_review_finds_translations_the_stored_rubric_lacks(
    library: Library, tmp_path: Path
) -> None:
    """A store keeps the first text of a rubric's hash: sessions stored before the rubric was
    translated hold an untranslated copy, and the library's rubric of that hash is used."""
    persona = library.persona("tui-inbound-basic")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None and bundle.rubric is not None
    rubric = bundle.rubric
    untranslated = "\n".join(
        line
        for line in Path(rubric.source).read_text(encoding="utf-8").splitlines()
        if "translations:" not in line
    )
    played = play_path(persona, bundle.account, rubric, "1,2,1")
    assert played.scorecard is not None
    store = SQLiteStore(tmp_path / "sessions.sqlite3")
    try:
        recorder = Recorder(store, rubric=rubric, rubric_text=untranslated)
        for event in played.events:
            recorder.on_event(event)
        session = recorder.finish(played.scorecard)
        raw = store.scorecard(session)
        assert raw is not None
        card = Scorecard.from_dict(raw)
        greet = card.criterion("greet")
        assert greet is not None

        alone = ReviewContext(store)
        assert alone.wording(card).criterion_title(greet, "id") == "Greeting and own name first"
        with_library = ReviewContext(store, rubrics=lambda: [rubric])
        wording = with_library.wording(card)
        assert wording.criterion_title(greet, "id") == "Salam dan nama sendiri di awal"
        assert wording.coaching(greet, "id") == "Buka dengan salam dan sebutkan nama Anda."
    finally:
        store.close()
