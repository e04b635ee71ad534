"""The review TUI over a real store: calls played by the engine on the tiny ``tui`` persona,
recorded through the Recorder, then filtered, read, overridden and charted as a reviewer would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import DataTable, Input
from tui_helpers import SIZE, keys, notices

from mockcall.core.loader import Library
from mockcall.core.simulate import play_path
from mockcall.store.api import NewSession
from mockcall.store.recorder import Recorder
from mockcall.store.sqlite import SQLiteStore
from mockcall.tui.app import MockcallApp
from mockcall.tui.review_app import ReviewApp
from mockcall.tui.screens.progress import ProgressScreen
from mockcall.tui.screens.review_session import ReviewSessionScreen

GOOD, RUDE, HOLD = "1,2,1", "2,2,1", "1,1,wait:20,unhold,1,1"
CALLS = [  # trainee, path, started_at — newest last
    ("rina", GOOD, "2025-05-01T09:00:00Z"),
    ("rina", RUDE, "2025-05-02T09:00:00Z"),
    ("rina", HOLD, "2025-05-03T09:00:00Z"),
    ("budi", GOOD, "2025-05-04T09:00:00Z"),
]


@pytest.fixture
def store(tmp_path: Path, library: Library) -> Iterator[SQLiteStore]:
    persona = library.persona("tui-inbound-basic")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    db = SQLiteStore(tmp_path / "review.sqlite3")
    for trainee, path, at in CALLS:
        played = play_path(persona, bundle.account, bundle.rubric, path, trainee=trainee)
        assert played.completed, played.refusals
        meta = NewSession.from_call_started(played.events[0], started_at=at)
        recorder = Recorder(db, meta, rubric=bundle.rubric)
        for event in played.events:
            recorder.on_event(event)
        recorder.finish(played.scorecard)
    yield db
    db.close()


def rows(app: ReviewApp) -> list[list[str]]:
    """The sessions table as the reviewer reads it: (date, trainee, total, result, fatal, ✎)."""
    table = app.screen.query_one(DataTable)
    out = []
    for i in range(table.row_count):
        cells = [str(c) for c in table.get_row_at(i)]
        out.append([cells[0], cells[1], cells[3], cells[4], cells[5], cells[6]])
    return out


def text(app: App[Any], selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_list_shows_every_session_newest_first(store: SQLiteStore) -> None:
    app = ReviewApp(store, reviewer="qa-sari")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "All sessions — 4 sessions" in text(app, "#rv-list-title")
        assert rows(app) == [
            ["2025-05-04 09:00", "budi", "100.0", "PASS", "", ""],
            ["2025-05-03 09:00", "rina", "100.0", "PASS", "", ""],
            ["2025-05-02 09:00", "rina", "33.3", "FAIL", "1", ""],
            ["2025-05-01 09:00", "rina", "100.0", "PASS", "", ""],
        ]


async def test_fatal_only_and_filter_dialog(store: SQLiteStore) -> None:
    app = ReviewApp(store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "x")
        assert [r[1:4] for r in rows(app)] == [["rina", "33.3", "FAIL"]]
        assert "fatal errors only — 1 sessions" in text(app, "#rv-list-title")
        await keys(pilot, "c", "f")
        app.screen.query_one("#rvf-trainee", Input).value = "budi"
        await keys(pilot, "enter")
        assert [r[1] for r in rows(app)] == ["budi"]
        assert text(app, "#rv-list-title").startswith("Trainee budi — 1 sessions")
        await keys(pilot, "f")
        app.screen.query_one("#rvf-date_from", Input).value = "May 1"
        await keys(pilot, "ctrl+s")
        bad = "'May 1' is not a date: use YYYY-MM-DD or an ISO time (2026-12-01T09:30)."
        assert notices(app) == [bad]


async def test_filter_dialog_prefix_status_and_review(store: SQLiteStore) -> None:
    from textual.widgets import Select

    store.add_override(store.sessions()[2].id, "greet", "fail", "No name given", "qa-sari")
    app = ReviewApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f")
        app.screen.query_one("#rvf-trainee", Input).value = "RI"  # any case, from the start
        app.screen.query_one("#rvf-date_from", Input).value = "2025-05-02T16:00+07:00"
        app.screen.query_one("#rvf-status", Select).value = "finished"
        await keys(pilot, "ctrl+s")
        assert [r[0] for r in rows(app)] == ["2025-05-03 09:00", "2025-05-02 09:00"]
        title = text(app, "#rv-list-title")
        assert title.startswith("Trainee RI · 2025-05-02T16:00+07:00.. · finished — 2 sessions")
        await keys(pilot, "f")
        app.screen.query_one("#rvf-reviewed", Select).value = "yes"
        await keys(pilot, "ctrl+s")
        assert [r[5] for r in rows(app)] == ["✎"]
        assert "· reviewed —" in text(app, "#rv-list-title")
        await keys(pilot, "c")
        assert len(rows(app)) == 4


async def test_persona_ids_are_shown_in_full(store: SQLiteStore) -> None:
    app = ReviewApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert str(table.get_row_at(0)[7]) == "tui-inbound-basic"


async def test_read_only_store_shows_a_banner_and_refuses_overrides(
    store: SQLiteStore,
) -> None:
    viewer = SQLiteStore(store.path, read_only=True)
    app = ReviewApp(viewer, reviewer="qa-sari")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert text(app, "#rv-list-title").startswith("READ-ONLY: ")
        await open_rude_call(pilot)
        await keys(pilot, "o")
        assert isinstance(app.screen, ReviewSessionScreen)  # no dialog to type into
        assert notices(app)[-1].startswith("READ-ONLY: ")
    viewer.close()
    assert store.overrides(store.sessions()[2].id) == []


async def test_sort_by_total_ascending(store: SQLiteStore) -> None:
    app = ReviewApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "s", "s", "s", "s", "r")  # date -> total -> trainee -> account -> persona
        await pilot.pause()
        assert "by Persona" in text(app, "#rv-list-title")
        await keys(pilot, "s", "s", "r")  # -> date -> total, then ascending
        assert "by Total ↑" in text(app, "#rv-list-title")
        assert rows(app)[0][2] == "33.3"


async def open_rude_call(pilot) -> ReviewSessionScreen:  # type: ignore[no-untyped-def]
    await keys(pilot, "down", "down", "enter")
    screen = pilot.app.screen
    assert isinstance(screen, ReviewSessionScreen)
    return screen


async def test_session_shows_transcript_criteria_and_evidence(store: SQLiteStore) -> None:
    app = ReviewApp(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rude_call(pilot)
        assert text(app, "#rv-verdict").startswith("FAIL 33.3% FATAL  (pass mark 80%)")
        transcript = screen.query_one("#rv-transcript").texts()  # type: ignore[attr-defined]
        assert "00:06 Agent: What." in transcript
        assert "00:06 Customer: When is my bill due?" in transcript
        criteria = [str(o.prompt) for o in screen.query_one("#rv-criteria").options]  # type: ignore[attr-defined]
        assert criteria[0] == "Fatal errors"
        assert criteria[1].startswith("✗     0/1 No rudeness FATAL")
        # the cursor starts on the fatal failure: its evidence is lit up and explained
        assert "Why:" in text(app, "#rv-detail")
        assert screen.query_one("#rv-transcript").lit() == ["00:06 Agent: What."]  # type: ignore[attr-defined]
        await keys(pilot, "down")
        assert text(app, "#rv-detail").startswith("Greeting and own name first")


async def test_typed_replies_show_what_was_heard_and_the_trainees_flag(
    library: Library, tmp_path: Path
) -> None:
    """A practice call with typed replies, one flagged as not what the trainee meant: the
    reviewer reads what mockcall heard under each, and the flag on the reply and in time."""
    from mockcall.core.scoring import score
    from mockcall.core.simulate import start_session
    from mockcall.tui.widgets.review_transcript import TranscriptLine

    persona = library.persona("tui-inbound-basic")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None and bundle.rubric is not None
    session, clock = start_session(persona, bundle.account, bundle.rubric, trainee="rina")
    clock.advance(3)
    greet = session.offered()[0].id
    session.say_free("morning, Tiny Telco, Rina here", ["greet", "identify_self"], 0.8, greet)
    clock.advance(4)
    session.say_free("let me explain it", ["cold_transfer"], 0.2)
    clock.advance(5)
    assert session.flag_misheard() is None
    clock.advance(1)
    session.say_free("zzz", [], 0.0)
    session.end_call()
    session.submit_acw("notes", "resolved")
    with SQLiteStore(tmp_path / "typed.sqlite3") as db:
        meta = NewSession.from_call_started(session.events[0], started_at="2025-05-05T09:00:00Z")
        recorder = Recorder(db, meta, rubric=bundle.rubric)
        for event in session.events:
            recorder.on_event(event)
        recorder.finish(score(session.events, bundle.rubric))
        app = ReviewApp(db)
        async with app.run_test(size=SIZE) as pilot:
            await keys(pilot, "enter")
            view = app.screen.query_one("#rv-transcript")
            assert view.heard() == [  # type: ignore[attr-defined]
                "heard: greets · introduces self",
                "heard: transfers without a briefing  ≠ flagged by the trainee: not what they "
                "meant",
                "mockcall could not tell what this reply does — nothing was scored for it",
            ]
            texts = view.texts()  # type: ignore[attr-defined]
            assert "00:12 — the trainee flagged the typed reply at 00:07 as misread" in texts
            flagged = [
                line.text for line in view.query(TranscriptLine) if line.has_class("-misheard")
            ]
            assert flagged == ["00:07 Agent: let me explain it"]


async def test_override_needs_a_comment_then_rescores(store: SQLiteStore) -> None:
    app = ReviewApp(store, reviewer="qa-sari")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_rude_call(pilot)
        await keys(pilot, "o")
        assert app.screen.query_one("#ov-reviewer", Input).value == "qa-sari"
        await keys(pilot, "enter")
        assert notices(app) == ["An override needs a comment: say why."]
        app.screen.query_one("#ov-comment", Input).value = "Said in jest; customer laughed"
        await keys(pilot, "enter")
        assert app.screen is screen
        verdict = text(app, "#rv-verdict")
        assert verdict.startswith("FAIL 66.7%  (pass mark 80%)")
        assert "overridden ×1 — originally FAIL 33.3%" in verdict
        criteria = [str(o.prompt) for o in screen.query_one("#rv-criteria").options]  # type: ignore[attr-defined]
        assert any(c.startswith("✓     1/1 No rudeness ✎ (was ✗)") for c in criteria)
        detail = text(app, "#rv-detail")
        assert "Scorer said: ✗ fail" in detail
        assert "qa-sari: no_rudeness ✗ → ✓ “Said in jest; customer laughed”" in detail
        await keys(pilot, "y")
        assert "qa-sari: override no_rudeness ✗ → ✓" in text(app, "#rv-history")
        await keys(pilot, "escape")
        row = rows(app)[2]
        assert row[2:] == ["66.7", "FAIL", "", "✎"]


async def test_progress_shows_chart_and_weakest_criteria(store: SQLiteStore) -> None:
    app = ReviewApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "down", "p")
        assert isinstance(app.screen, ProgressScreen)
        head = text(app, "#rv-progress-head")
        assert head.startswith("Progress — rina (all accounts)")
        assert "3 scored calls · average 77.8% · pass rate 67% · fatal errors 1" in head
        caption = text(app, ".rv-chart-caption")
        assert caption == "tui — 3 calls, 2 passed · 100.0 → 100.0 · best 100.0"
        bars = text(app, ".rv-bars")
        # 100, 33.3, 100 on a 0..100 scale, four rows of eighths
        assert bars.splitlines() == ["100▕█   █ ", "   ▕█   █ ", "   ▕█ ▃ █ ", "  0▕█ █ █ "]
        weakest = text(app, "#rv-weakest")
        assert "No rudeness [FATAL] (tui-rubric): 1/3 (33%)" in weakest
        assert "Greeting and own name first (tui-rubric): 1/3 (33%)" in weakest
        assert "[FATAL] a fatal criterion" in weakest  # the legend explains the marks
        await keys(pilot, "a")
        assert text(app, "#rv-progress-head").startswith("Progress — rina (tui)")


async def test_home_screen_opens_the_review(
    store: SQLiteStore,
    make_app: Callable[..., MockcallApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MOCKCALL_DB", store.location)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f6")
        assert "All sessions — 4 sessions" in text(app, "#rv-list-title")
        await keys(pilot, "q")
        assert type(app.screen).__name__ == "HomeScreen"


def test_every_session_status_has_words_in_both_languages() -> None:
    from mockcall.store.api import SESSION_STATUSES
    from mockcall.tui.i18n import STRINGS

    for status in SESSION_STATUSES:
        english, indonesian = STRINGS[f"review.status.{status}"]
        assert english
        assert indonesian
