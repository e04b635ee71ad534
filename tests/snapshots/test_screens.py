"""Every screen a trainee, trainer or reviewer sees, as an SVG snapshot.

Each scene builds its app from the UI modules of the language under test (see conftest), with
a manual clock, fixed seeds and a store filled with fixed times, so a snapshot changes only when
the screen does. Review a changed snapshot (``pytest --snapshot-report``) before accepting it
with ``pytest tests/snapshots --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from screen_language import ui, ui_modules
from textual.app import App
from textual.pilot import Pilot

from mockcall.core.engine import ManualClock
from mockcall.core.loader import Library
from mockcall.core.simulate import play_path
from mockcall.store.api import Assignment, NewAssignment, NewSession
from mockcall.store.recorder import Recorder
from mockcall.store.sqlite import SQLiteStore

Before = Callable[[Pilot[Any]], Awaitable[None]] | None
Scene = Callable[[Library, Path], tuple[App[Any], Before]]

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
#: the floor's wall clock: 2025-05-04 09:05:00 UTC, five minutes into the live seat's call
NOW = 1746349500.0


def _trainee_app(library: Library, persona: str | None, **kw: Any) -> App[Any]:
    app_module, plan_module = ui("mockcall.tui.app"), ui("mockcall.tui.plan")
    start = None
    if persona is not None:
        p = library.persona(persona)
        assert p is not None
        bundle = library.bundle_for(p)
        assert bundle is not None
        start = plan_module.CallPlan(p, bundle, 7, "practice", "Rina", seed_fixed=True)
    app: App[Any] = app_module.MockcallApp(
        library, start=start, trainee="Rina", clock=ManualClock(1000.0), seed=7, **kw
    )
    return app


def _keys(*pressed: str, seconds: float = 0.0) -> Before:
    async def run(pilot: Pilot[Any]) -> None:
        for key in pressed:
            await pilot.press(key)
            await pilot.pause()
        if seconds:
            pilot.app.clock.advance(seconds)  # type: ignore[attr-defined]
            pilot.app.screen.tick()  # type: ignore[attr-defined]
            await pilot.pause()

    return run


def home(library: Library, _: Path) -> tuple[App[Any], Before]:
    hooks = ui("mockcall.tui.hooks")
    recent = [hooks.RecentScore("2025-05-03 09:00", "tui-soup", "practice", 81.5, True)]
    work = [
        Assignment(
            1, "Rina", "assessment", "tui-soup", None, 1, "own the problem", "Bu Sari",
            "2025-05-04T08:00:00.000Z", None, 0, None, None, None,
        )
    ]  # fmt: skip
    app = _trainee_app(library, None, recent=lambda _: recent, assigned=lambda _: work)
    return app, None


def call_ringing(library: Library, _: Path) -> tuple[App[Any], Before]:
    return _trainee_app(library, "tui-inbound-basic"), None


def call_talking(library: Library, _: Path) -> tuple[App[Any], Before]:
    return _trainee_app(library, "tui-soup"), _keys("a", "1", seconds=12)


def call_typed(library: Library, _: Path) -> tuple[App[Any], Before]:
    """Typed replies: one mockcall could not tell, flagged with n; one it heard (n offered)."""

    async def run(pilot: Pilot[Any]) -> None:
        async def typed(text: str) -> None:
            await pilot.press("slash", *text, "enter")
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

        await _keys("a")(pilot)  # type: ignore[misc]
        await typed("zzz")
        await _keys("n")(pilot)  # type: ignore[misc]
        await typed("sorry, may I put you on hold while I check?")

    return _trainee_app(library, "tui-inbound-basic"), run


def call_on_hold(library: Library, _: Path) -> tuple[App[Any], Before]:
    return _trainee_app(library, "tui-inbound-basic"), _keys("a", "1", "1", seconds=20)


def call_chat(library: Library, _: Path) -> tuple[App[Any], Before]:
    return _trainee_app(library, "tui-chat"), _keys(seconds=5)


def call_outbound(library: Library, _: Path) -> tuple[App[Any], Before]:
    return _trainee_app(library, "tui-outbound"), None


def acw(library: Library, _: Path) -> tuple[App[Any], Before]:
    return _trainee_app(library, "tui-inbound-basic"), _keys("a", "1", "2", "1", seconds=3)


def score(library: Library, _: Path) -> tuple[App[Any], Before]:
    async def run(pilot: Pilot[Any]) -> None:
        from textual.widgets import RadioButton, TextArea

        await _keys("a", "1", "2", "1")(pilot)  # type: ignore[misc]
        screen = pilot.app.screen
        screen.query_one(TextArea).insert("Bill due on the 5th, explained.")
        await pilot.click(screen.query(RadioButton).first())
        await pilot.press("ctrl+s")
        await pilot.pause()

    return _trainee_app(library, "tui-inbound-basic"), run


def _store(library: Library, folder: Path) -> SQLiteStore:
    """Three finished calls and one live seat, all at fixed times."""
    persona = library.persona("tui-inbound-basic")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    store = SQLiteStore(folder / "room.sqlite3")
    calls = [
        ("Rina", "1,2,1", "2025-05-01T09:00:00.000Z", True),
        ("Rina", "2,2,1", "2025-05-02T09:00:00.000Z", True),
        ("Budi", "1,1,wait:20,unhold,1,1", "2025-05-03T09:00:00.000Z", True),
        ("Dewi", "1,1", "2025-05-04T09:00:00.000Z", False),
    ]
    for trainee, path, at, finished in calls:
        played = play_path(persona, bundle.account, bundle.rubric, path, trainee=trainee)
        meta = NewSession.from_call_started(played.events[0], started_at=at)
        recorder = Recorder(store, meta, rubric=bundle.rubric)
        for event in played.events if finished else played.events[:-3]:
            recorder.on_event(event)
        if finished:
            recorder.finish(played.scorecard)
    store.assign(NewAssignment("Budi", "assessment", persona="tui-soup", assigned_by="Bu Sari"))
    return store


def _review(library: Library, folder: Path, *pressed: str) -> tuple[App[Any], Before]:
    app = ui("mockcall.tui.review_app").ReviewApp(_store(library, folder), reviewer="Bu Sari")
    return app, _keys(*pressed)


def review_list(library: Library, folder: Path) -> tuple[App[Any], Before]:
    return _review(library, folder)


def review_session(library: Library, folder: Path) -> tuple[App[Any], Before]:
    return _review(library, folder, "down", "enter")


def review_scorecard(library: Library, folder: Path) -> tuple[App[Any], Before]:
    return _review(library, folder, "down", "enter", "c")


def progress(library: Library, folder: Path) -> tuple[App[Any], Before]:
    return _review(library, folder, "down", "p")


def _reviewed(library: Library, folder: Path) -> SQLiteStore:
    """The same room, with two reviewers' judgements and a trainee's dispute on Rina's
    second call (what calibration and a dispute show). No screen of these scenes shows when a
    review was saved (the store's own clock), so the snapshots stay fixed."""
    store = _store(library, folder)
    sid = store.sessions()[2].id
    store.add_override(sid, "no_rudeness", "pass", "Said in jest", "Bu Sari")
    store.add_override(sid, "close", "fail", "No brand closing", "Pak Budi")
    store.add_review(
        sid, "dispute", {"criterion": "greet", "reason": "I said it", "trainee": "Rina"}
    )
    return store


def calibration(library: Library, folder: Path) -> tuple[App[Any], Before]:
    app = ui("mockcall.tui.review_app").ReviewApp(_reviewed(library, folder), reviewer="Bu Sari")
    return app, _keys("down", "down", "k", "g")


def dispute(library: Library, folder: Path) -> tuple[App[Any], Before]:
    store = _reviewed(library, folder)
    screen_class = ui("mockcall.tui.screens.dispute").DisputeScreen
    sid = store.sessions()[2].id

    class Trainee(App[None]):
        CSS_PATH = str(Path(str(ui("mockcall.tui.app").__file__)).with_name("mockcall.tcss"))

        def on_mount(self) -> None:
            self.push_screen(screen_class(store, sid, "Rina"))

    return Trainee(), _keys("down")


def resolve_dialog(library: Library, folder: Path) -> tuple[App[Any], Before]:
    app = ui("mockcall.tui.review_app").ReviewApp(_reviewed(library, folder), reviewer="Pak Budi")

    async def run(pilot: Pilot[Any]) -> None:
        await _keys("down", "down", "enter")(pilot)  # type: ignore[misc]
        criteria = pilot.app.screen.query_one("#rv-criteria")
        criteria.highlighted = criteria.get_option_index("greet")  # type: ignore[attr-defined]
        await _keys("d")(pilot)  # type: ignore[misc]

    return app, run


def _floor(library: Library, folder: Path, *pressed: str) -> tuple[App[Any], Before]:
    feed_module = ui("mockcall.tui.floor_feed")
    feed = feed_module.FloorFeed(
        _store(library, folder),
        clock=lambda: NOW,
        hours=1000 * 24,
        targets=feed_module.assign_targets(library),
        trainer="Bu Sari",
    )
    return ui("mockcall.tui.floor_app").FloorApp(feed), _keys(*pressed)


def floor(library: Library, folder: Path) -> tuple[App[Any], Before]:
    return _floor(library, folder)


def assign_dialog(library: Library, folder: Path) -> tuple[App[Any], Before]:
    return _floor(library, folder, "a")


SCENES: dict[str, Scene] = {
    f.__name__: f
    for f in (
        home,
        call_ringing,
        call_talking,
        call_typed,
        call_on_hold,
        call_chat,
        call_outbound,
        acw,
        score,
        review_list,
        review_session,
        review_scorecard,
        progress,
        calibration,
        dispute,
        resolve_dialog,
        floor,
        assign_dialog,
    )
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("scene", SCENES)
def test_screen(
    snap_compare: Any, library: Library, tmp_path: Path, scene: str, lang: str, size: str
) -> None:
    with ui_modules(lang):
        app, before = SCENES[scene](library, tmp_path)
        assert snap_compare(app, terminal_size=SIZES[size], run_before=before)
