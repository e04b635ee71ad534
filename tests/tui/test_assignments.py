"""A trainer assigns work from the floor; the trainee finds it on their home screen.

Both sides run the real screens on a real SQLite store (two connections, as two seats would):
the trainer presses ``a`` on a seat, picks a persona and a mode and assigns it; the trainee's
home screen, polling its own connection, lists it with the trainer's name and note, and Enter
on it starts that call in the assigned mode.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList
from tui_helpers import notices

from mockcall.core.loader import Library
from mockcall.store.api import NewAssignment
from mockcall.store.sqlite import SQLiteStore
from mockcall.tui.app import MockcallApp
from mockcall.tui.floor_app import FloorApp
from mockcall.tui.floor_feed import AssignTarget, FloorFeed
from mockcall.tui.screens import home
from mockcall.tui.screens.assign import AssignScreen
from mockcall.tui.screens.call import CallScreen
from mockcall.tui.screens.floor import FloorScreen
from mockcall.tui.screens.home import HomeScreen

TARGETS = (
    AssignTarget("persona", "tui-inbound-basic", "tui-inbound-basic — Ms Ana"),
    AssignTarget("persona", "tui-soup", "tui-soup — soup"),
    AssignTarget("shift", "tui", "Nesting shift: tui"),
)


def assigned_lines(app: MockcallApp) -> list[str]:
    box = app.screen.query_one("#assigned", OptionList)
    if not box.display:
        return []
    return [str(box.get_option_at_index(i).prompt) for i in range(box.option_count)]


async def until(pilot: Pilot[None], check: object, what: str, within: float = 3.0) -> None:
    deadline = time.monotonic() + within
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within}s: {what}")
        await pilot.pause(0.05)


async def test_the_trainer_assigns_a_persona_in_assessment_from_the_floor(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "room.sqlite3")
    app = FloorApp(FloorFeed(store, targets=TARGETS, trainer="Bu Sari"))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        panel = app.screen.query_one("#floor-assignments")
        assert "No assignments. Press a" in str(panel.render())
        await pilot.press("a")
        assert isinstance(app.screen, AssignScreen)
        await pilot.press(*"Dewi", "tab")  # trainee, then to the persona/shift list
        await pilot.press("enter", "down", "down", "enter")  # the second entry: tui-soup
        await pilot.press("tab", "down", "space")  # mode: Assessment
        await pilot.press("tab", "backspace", "2", "tab", *"cek empati")  # calls, note
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FloorScreen)
        [given] = store.assignments()
        assert (given.trainee, given.persona, given.mode, given.calls, given.note) == (
            "Dewi",
            "tui-soup",
            "assessment",
            2,
            "cek empati",
        )
        assert given.assigned_by == "Bu Sari"
        said = "Assigned to Dewi: tui-soup · Assessment ×2"
        await until(pilot, lambda: said in notices(app), "the trainer is told")
        text = str(app.screen.query_one("#floor-assignments").render())
        assert text.splitlines() == [
            "Assignments — 1 open",
            "#1 Dewi: tui-soup · Assessment ×2 · 0/2 · Bu Sari — cek empati",
        ]
    store.close()


async def test_an_incomplete_assignment_is_not_sent(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "room.sqlite3")
    app = FloorApp(FloorFeed(store, targets=TARGETS))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("a", "ctrl+s")
        assert "Type the trainee's name." in notices(app)
        await pilot.press(*"Dewi", "ctrl+s")
        assert "Choose a persona or a shift." in notices(app)
        await pilot.press("escape")
        assert isinstance(app.screen, FloorScreen)
    assert store.assignments() == []
    store.close()


async def test_the_trainee_sees_new_work_on_the_home_screen_and_starts_it(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(home, "ASSIGNED_POLL", 0.1)
    db = tmp_path / "room.sqlite3"
    trainer, seat = SQLiteStore(db), SQLiteStore(db)
    trainer.assign(NewAssignment("rina", "practice", persona="tui-inbound-basic"))
    app = MockcallApp(
        library,
        trainee="Rina",
        seed=3,
        assigned=lambda name: seat.assignments(name, open_only=True) if name.strip() else [],
    )
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert assigned_lines(app) == ["Practice · 0/1\nMs Ana: when is my bill due?"]

        trainer.assign(
            NewAssignment(
                "RINA", "assessment", persona="tui-soup", note="own it", assigned_by="Bu Sari"
            )
        )
        await until(pilot, lambda: len(assigned_lines(app)) == 2, "the new assignment shows")
        title = library.persona("tui-soup").title  # type: ignore[union-attr]
        assert assigned_lines(app)[0] == f"Assessment · 0/1 · from Bu Sari\n{title}\n“own it”"
        assert f"New assignment: Assessment — {title}" in notices(app)

        app.screen.query_one("#assigned", OptionList).focus()
        await pilot.press("home", "enter")  # the newest first: the assessment
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)
        assert (app.screen.plan.persona.id, app.screen.plan.mode) == ("tui-soup", "assessment")
    trainer.close()
    seat.close()


async def test_no_name_no_assignments_and_a_name_typed_shows_them(
    library: Library, tmp_path: Path
) -> None:
    db = tmp_path / "room.sqlite3"
    store = SQLiteStore(db)
    store.assign(NewAssignment("budi", "shift", account="tui", calls=3))
    app = MockcallApp(
        library,
        trainee="",
        assigned=lambda name: store.assignments(name, open_only=True) if name.strip() else [],
    )
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        assert assigned_lines(app) == []
        assert not app.screen.query_one("#assigned-label").display
        app.screen.query_one("#trainee").focus()
        await pilot.press(*"Budi")
        await until(pilot, lambda: assigned_lines(app) != [], "Budi's shift shows")
        account = library.bundles["tui"].account.name
        assert assigned_lines(app) == [f"Nesting shift · 0/3\n{account}"]
    store.close()


async def test_the_floor_inside_review_assigns_too(tmp_path: Path) -> None:
    from textual.widgets import Select

    from mockcall.tui.review_app import ReviewApp

    store = SQLiteStore(tmp_path / "room.sqlite3")
    asked: list[int] = []

    def targets() -> tuple[AssignTarget, ...]:
        asked.append(1)
        return TARGETS

    app = ReviewApp(store, reviewer="Bu Sari", assign_targets=targets)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        assert isinstance(app.screen, FloorScreen)
        assert asked == []  # the library is loaded only when a trainer assigns
        await pilot.press("a", *"Budi", "tab", "enter", "down", "enter", "ctrl+s")
        await pilot.pause()
        assert asked == [1]
        assert not app.screen.query(Select)
    [given] = store.assignments()
    assert (given.trainee, given.persona, given.assigned_by) == (
        "Budi",
        "tui-inbound-basic",
        "Bu Sari",
    )
    store.close()
