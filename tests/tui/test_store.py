"""Calls recorded in the session store, crash recovery at start-up, and a broken store.

Every test uses a temporary database passed in explicitly; nothing touches the user's data
folder (``MOCKCALL_DATA_DIR`` is pointed at a temp folder too, in case anything looks there).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tui_helpers import SIZE, keys, lines, notices, options, submit_acw, text_of

from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.loader import Library
from mockcall.store.recorder import Recorder
from mockcall.store.sqlite import SQLiteStore
from mockcall.tui.app import MockcallApp
from mockcall.tui.plan import CallPlan
from mockcall.tui.recording import StoreLink
from mockcall.tui.screens.resume import ResumeModal
from mockcall.tui.screens.score import ScoreScreen


@pytest.fixture(autouse=True)
def _no_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCKCALL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MOCKCALL_DB", raising=False)


def app_with(library: Library, db: Path, persona_id: str | None = None) -> MockcallApp:
    start = None
    if persona_id is not None:
        persona = library.persona(persona_id)
        assert persona is not None
        bundle = library.bundle_for(persona)
        assert bundle is not None
        start = CallPlan(persona, bundle, 7, "practice", "Rina", seed_fixed=True)
    link = StoreLink(str(db))
    return MockcallApp(
        library, start=start, trainee="Rina", clock=ManualClock(1000.0), seed=7, store=link
    )


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped): what a killed mockcall leaves."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def record_partial_call(
    library: Library, db: Path, monkeypatch: pytest.MonkeyPatch, *, typed: bool = False
) -> tuple[str, CallSession]:
    """Answer, greet: two actions recorded through the real Recorder by a process now gone
    (``typed``: then a typed reply nobody understood, flagged as not what the trainee meant)."""
    persona = library.persona("tui-inbound-basic")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    store = SQLiteStore(db)
    recorder = Recorder(store, rubric=bundle.rubric)
    clock = ManualClock(0.0)
    with monkeypatch.context() as m:
        m.setattr("mockcall.store.sqlite.os.getpid", lambda: dead_pid())
        session = CallSession(
            persona,
            bundle.account,
            rubric=bundle.rubric,
            seed=7,
            clock=clock,
            trainee="Rina",
            agent_name="Rina",
            on_event=recorder.on_event,
        )
        session.start()
        clock.advance(2)
        session.answer()
        clock.advance(3)
        session.choose(1)
        if typed:
            clock.advance(4)
            session.say_free("zzz", [], 0.0)
            clock.advance(2)
            session.flag_misheard()
    store.close()
    assert recorder.session_id is not None
    return recorder.session_id, session


async def test_a_played_call_is_stored_with_its_scorecard(library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "sessions.sqlite3"
    app = app_with(library, db, "tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()  # the store is opened and checked for unfinished calls: it rings
        assert app.screen.session.phase == "ringing"  # type: ignore[attr-defined]
        await keys(pilot, "a", "1", "2", "1")
        await submit_acw(pilot, "Bill due on the 5th, explained.", "Resolved")
        assert isinstance(app.screen, ScoreScreen)
        played = len(app.screen.result.events)
    store = SQLiteStore(db)
    [meta] = store.sessions()
    assert (meta.trainee, meta.account, meta.persona, meta.mode, meta.seed) == (
        "Rina",
        "tui",
        "tui-inbound-basic",
        "practice",
        7,
    )
    assert meta.status == "finished" and meta.total == 100.0 and meta.passed
    assert len(store.events(meta.id)) == played
    assert meta.rubric_hash and "tui-rubric" in (store.rubric_text(meta.rubric_hash) or "")
    store.close()


async def test_home_shows_recent_scores_from_the_store(library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "sessions.sqlite3"
    app = app_with(library, db, "tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await keys(pilot, "a", "1", "2", "1")
        await submit_acw(pilot, "Bill due on the 5th, explained.", "Resolved")
    home = app_with(library, db)
    async with home.run_test(size=SIZE) as pilot:
        await pilot.pause()
        recent = text_of(home, "#recent")
        assert "tui-inbound-basic  100% ✓" in recent


async def test_crashed_call_is_resumed_where_it_stopped(library, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "sessions.sqlite3"
    session_id, partial = record_partial_call(library, db, monkeypatch)
    expected = [f"{o.number}. {o.text}" for o in partial.offered()]
    app = app_with(library, db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeModal)
        body = text_of(app, "#resume-body")
        assert "tui-inbound-basic (tui) · trainee Rina · practice" in body
        await keys(pilot, "r")
        assert type(app.screen).__name__ == "CallScreen"
        shown = lines(app)
        assert "Ms Ana Putri: Hello? I have a question about my bill." in shown
        assert shown[-2].startswith("You: Good morning, Tiny Telco, this is Rina.")
        assert options(app) == expected
        assert "00:05" in text_of(app, "#status")  # the call clock continues from the log
        await keys(pilot, "2", "1")
        await submit_acw(pilot, "Bill due on the 5th, explained.", "Resolved")
        assert text_of(app, "#score-total").startswith("PASS")
    store = SQLiteStore(db)
    meta = store.session(session_id)
    assert meta is not None and meta.status == "finished" and meta.total == 100.0
    seqs = [e.seq for e in store.events(session_id)]
    assert seqs == list(range(len(seqs)))  # one log, continued without gaps
    store.close()


async def test_a_resumed_call_shows_what_was_heard_and_keeps_the_flag(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "sessions.sqlite3"
    session_id, _ = record_partial_call(library, db, monkeypatch, typed=True)
    app = app_with(library, db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await keys(pilot, "r")
        assert lines(app)[-4:] == [
            "You: zzz",
            "mockcall could not tell what this reply does — nothing was scored for it",
            "Ms Ana Putri: When is my bill due?",
            "— flagged for your trainer: not what you meant —",
        ]
        await keys(pilot, "n")  # the flag came back with the call: not twice
        assert "Your last typed reply is already flagged for your trainer." in notices(app)
    store = SQLiteStore(db)
    kinds = [e.kind for e in store.events(session_id)]
    assert kinds.count("misheard") == 1
    store.close()


async def test_new_call_rings_once_the_offer_is_answered(library, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "sessions.sqlite3"
    session_id, _ = record_partial_call(library, db, monkeypatch)
    app = app_with(library, db, "tui-inbound-basic")  # `mockcall play` with a crash behind it
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeModal)
        held = app.screen_stack[-2]
        assert held.session.phase == "idle"  # type: ignore[attr-defined]
        assert "RINGING" not in str(held.query_one("#status").render())
        await keys(pilot, "escape")  # decide later: the new call rings now, nothing else
        assert type(app.screen).__name__ == "CallScreen"
        assert app.screen.session.phase == "ringing"  # type: ignore[attr-defined]
        assert "RINGING" in text_of(app, "#status")
        assert notices(app) == []
    store = SQLiteStore(db)
    assert store.session(session_id).status == "interrupted"  # type: ignore[union-attr]
    store.close()


async def test_the_offer_lists_only_the_trainees_own_calls(library, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "sessions.sqlite3"
    record_partial_call(library, db, monkeypatch)  # Rina's call
    link = StoreLink(str(db))
    app = MockcallApp(library, trainee="Budi", clock=ManualClock(1000.0), seed=7, store=link)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        assert notices(app) == []


async def test_crashed_call_can_be_marked_abandoned(library, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "sessions.sqlite3"
    session_id, _ = record_partial_call(library, db, monkeypatch)
    app = app_with(library, db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeModal)
        await keys(pilot, "a")
        assert type(app.screen).__name__ == "HomeScreen"
        assert notices(app)[-1] == f"Call {session_id} marked abandoned."
    store = SQLiteStore(db)
    meta = store.session(session_id)
    assert meta is not None and meta.status == "abandoned"
    assert store.unfinished() == []
    store.close()


async def test_a_foreign_file_is_never_touched_and_the_call_goes_on(library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "notes.sqlite3"
    db.write_bytes(b"my shopping list, not a database\n")
    app = app_with(library, db, "tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        [notice] = notices(app)
        assert notice.startswith("This call is not being saved: ")
        await keys(pilot, "a", "1", "2", "1")
        await submit_acw(pilot, "Bill due on the 5th, explained.", "Resolved")
        assert text_of(app, "#score-total").startswith("PASS")
        assert len(notices(app)) == 1
    assert db.read_bytes() == b"my shopping list, not a database\n"


async def test_quitting_mid_call_marks_it_abandoned(library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "sessions.sqlite3"
    app = app_with(library, db, "tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "a", "1")
    assert app.store is not None
    app.store.close()  # what run_app does when the app exits
    store = SQLiteStore(db)
    [meta] = store.sessions()
    assert meta.status == "abandoned" and store.unfinished() == []
    store.close()


async def test_the_name_is_asked_before_the_offer_which_lists_that_trainees_calls(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``mockcall play`` with no name known: the name first, then only that trainee's calls."""
    db = tmp_path / "sessions.sqlite3"
    record_partial_call(library, db, monkeypatch)  # Rina's call
    persona = library.persona("tui-soup")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    for name, offered in (("Budi", False), ("Rina", True)):
        plan = CallPlan(persona, bundle, 7, "practice", "", seed_fixed=True)
        app = MockcallApp(
            library, start=plan, clock=ManualClock(1000.0), seed=7, store=StoreLink(str(db))
        )
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await pilot.pause()
            assert type(app.screen).__name__ == "NameModal"
            await pilot.press(*name, "enter")
            await pilot.pause()
            assert isinstance(app.screen, ResumeModal) is offered
            if offered:
                await pilot.press("escape")  # decide later
                await pilot.pause()
            assert type(app.screen).__name__ == "CallScreen"
            assert app.screen.plan.trainee == name  # type: ignore[attr-defined]
        monkeypatch.setenv("MOCKCALL_CONFIG_DIR", str(tmp_path / f"config-{name}"))


async def test_the_trainee_disputes_a_criterion_from_the_score_screen(
    library: Library, tmp_path: Path
) -> None:
    from mockcall.tui.screens.dispute import DisputeScreen

    db = tmp_path / "sessions.sqlite3"
    app = app_with(library, db, "tui-inbound-basic")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await keys(pilot, "a", "1", "2", "1")
        await submit_acw(pilot, "Bill due on the 5th, explained.", "Resolved")
        assert isinstance(app.screen, ScoreScreen)
        session_id = app.screen.result.session_id
        assert session_id is not None
        await keys(pilot, "d")
        assert isinstance(app.screen, DisputeScreen)
        assert app.screen.session_id == session_id
        await keys(pilot, "escape")
        assert isinstance(app.screen, ScoreScreen)
    store = SQLiteStore(db)
    assert [m.id for m in store.sessions()] == [session_id]
    store.close()


async def test_without_a_store_there_is_nothing_to_dispute(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app("tui-inbound-basic")
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "a", "1", "2", "1")
        await submit_acw(pilot, "Bill due on the 5th, explained.", "Resolved")
        assert isinstance(app.screen, ScoreScreen)
        await keys(pilot, "d")
        assert isinstance(app.screen, ScoreScreen)
        assert "Dispute" not in text_of(app, "KeyLegend")
