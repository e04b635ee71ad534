"""The trainer's floor follows a seat that is playing, through the shared store.

Given a real SQLite store and a second "seat" — a call played by the engine with a Recorder on
its own connection, as a trainee's mockcall would — when the seat answers, upsets the customer,
holds, ends the call and does its after-call work, then the floor screen (polling the store on
its own connection) shows each change within two seconds, and the seat's transcript opens
read-only and grows with the call.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.loader import Library
from mockcall.core.scoring import score
from mockcall.store.recorder import Recorder
from mockcall.store.sqlite import SQLiteStore
from mockcall.tui.floor_app import FloorApp
from mockcall.tui.floor_feed import FloorFeed, MoodScale
from mockcall.tui.screens.floor import FloorScreen
from mockcall.tui.screens.floor_transcript import FloorTranscriptScreen
from mockcall.tui.widgets.floor_table import FloorTable

#: the floor must show a seat's change within this many seconds
WITHIN = 2.0


def rows(app: FloorApp) -> list[list[str]]:
    return app.screen.query_one(FloorTable).texts()


async def eventually(pilot: Pilot[None], check: Callable[[], bool], what: str) -> None:
    """Wait (really: the floor polls on a timer) until ``check()``, at most WITHIN seconds."""
    deadline = time.monotonic() + WITHIN
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {WITHIN}s: {what}; floor shows {rows(pilot.app)}")  # type: ignore[arg-type]
        await pilot.pause(0.05)


class Seat:
    """A trainee's call recorded into the shared store, action by action."""

    def __init__(self, library: Library, db: Path, persona_id: str, trainee: str) -> None:
        persona = library.persona(persona_id)
        assert persona is not None
        bundle = library.bundle_for(persona)
        assert bundle is not None and bundle.rubric is not None
        self.rubric = bundle.rubric
        self.store = SQLiteStore(db)
        self.recorder = Recorder(self.store, rubric=bundle.rubric)
        self.clock = ManualClock(0.0)
        self.call = CallSession(
            persona,
            bundle.account,
            rubric=bundle.rubric,
            seed=1,
            clock=self.clock,
            trainee=trainee,
            agent_name=trainee,
            on_event=self.recorder.on_event,
        )

    def do(self, action: str, *args: object, seconds: float = 3.0) -> None:
        self.clock.advance(seconds)
        refused = getattr(self.call, action)(*args)
        assert refused is None, refused

    def finish(self) -> str:
        session_id = self.recorder.finish(score(self.call.events, self.rubric))
        self.store.close()
        return session_id


async def test_floor_follows_a_seat_live_and_opens_its_transcript(
    library: Library, tmp_path: Path
) -> None:
    db = tmp_path / "room.sqlite3"
    seat = Seat(library, db, "tui-soup", "Rina")
    seat.do("start", seconds=0)
    trainer = SQLiteStore(db)
    scales = {p.id: MoodScale(p.mood.start, p.mood.hangup_at) for p in library.personas()}
    app = FloorApp(FloorFeed(trainer, moods=scales.get))
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FloorScreen)
        [row] = rows(app)
        assert row[:3] == ["Rina", "tui-soup", "Practice"]
        assert row[4:] == ["70/100", "ringing", "-"]  # the persona's starting mood

        seat.do("answer")
        seat.do("choose", 1)  # greets
        await eventually(pilot, lambda: rows(app)[0][5] == "talking", "answered")

        seat.do("choose", 1)  # "Please hold on." without a word of sorry: mood +15
        await eventually(pilot, lambda: rows(app)[0][4] == "85/100", "the customer is angrier")

        seat.do("hold")
        await eventually(pilot, lambda: rows(app)[0][5].startswith("ON HOLD"), "on hold")

        await pilot.press("enter")  # the trainer listens in
        assert isinstance(app.screen, FloorTranscriptScreen)
        listened = app.screen
        assert any("This is the third time I'm calling!" in line for line in listened.texts())
        seat.do("unhold")
        seat.do("choose", 1)  # "I understand you're upset. Let me own this..."
        await eventually(
            pilot,
            lambda: any("Let me own this" in line for line in listened.texts()),
            "the transcript follows the call",
        )
        await pilot.press("escape")
        assert isinstance(app.screen, FloorScreen)

        seat.do("end_call")
        await eventually(pilot, lambda: rows(app)[0][5].startswith("ACW"), "after-call work")
        seat.do("submit_acw", "Line fault, technician booked.", "resolved")
        seat.finish()
        await eventually(pilot, lambda: rows(app)[0][5] == "done", "the call is done")
        [row] = rows(app)
        assert row[0] == "Rina" and row[6].startswith(("PASS", "FAIL"))
        assert row[4] == "—"  # a finished call has no live mood
    trainer.close()


async def test_an_empty_floor_says_so(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "empty.sqlite3")
    app = FloorApp(FloorFeed(store, hours=3))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert rows(app) == []
        empty = str(app.screen.query_one("#floor-empty").render())
        assert "No seat has taken a call in the last 3 hours." in empty
        await pilot.press("enter")  # nothing to open: a notice, not a crash
        assert isinstance(app.screen, FloorScreen)
    store.close()


async def test_the_review_list_opens_the_floor_and_comes_back(tmp_path: Path) -> None:
    from mockcall.tui.review_app import ReviewApp
    from mockcall.tui.screens.review_list import ReviewListScreen

    store = SQLiteStore(tmp_path / "room.sqlite3")
    app = ReviewApp(store, reviewer="Trainer")
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        assert isinstance(app.screen, FloorScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewListScreen)
    store.close()


CRASHED_SEAT = """
import sys
from mockcall.core.events import Event
from mockcall.store.api import NewSession
from mockcall.store.sqlite import SQLiteStore

store = SQLiteStore(sys.argv[1])
sid = store.begin(NewSession(trainee="Budi", account="tui", persona="tui-soup"))
store.append(sid, Event(0, 0.0, "call_started", {"persona": "tui-soup", "trainee": "Budi"}))
store.append(sid, Event(1, 0.5, "ringing", {}))
store.append(sid, Event(2, 2.0, "answered", {}))
store.append(sid, Event(3, 9.0, "hold_started", {}))
store.close()
"""


def test_a_seat_whose_process_died_reads_interrupted_with_its_clock_stopped(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    from mockcall.tui.widgets.floor_table import cells

    db = tmp_path / "room.sqlite3"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, "-c", CRASHED_SEAT, str(db)], check=True, env=env)
    store = SQLiteStore(db)
    later = time.time() + 3600  # an hour on: the dead seat's call time does not run on
    [row] = FloorFeed(store, clock=lambda: later).rows()
    assert row.meta.status == "interrupted"
    assert [str(c) for c in cells(row)] == [
        "Budi",
        "tui-soup",
        "Practice",
        "00:09",
        "—",
        "interrupted",
        "-",
    ]
    store.close()


async def test_f1_shows_every_key_and_hides_them_again(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "room.sqlite3")
    app = FloorApp(FloorFeed(store))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen.query("HelpPanel")
        await pilot.press("f1")
        await pilot.pause()
        assert not app.screen.query("HelpPanel")
    store.close()
