"""Live preview (``mockcall play FILE --watch``): saving the persona file replays the call onto it.

The persona folder is copied to a temporary directory and edited there; the screen's poll is
called directly instead of waiting for its half-second timer.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tui_helpers import SIZE, keys, lines, notices, options

from mockcall.core.engine import ManualClock
from mockcall.core.loader import load_library
from mockcall.tui.app import MockcallApp
from mockcall.tui.plan import CallPlan

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "personas" / "tui"


def watched_app(tmp_path: Path, clock: ManualClock) -> tuple[MockcallApp, Path]:
    folder = tmp_path / "tui"
    shutil.copytree(FIXTURES, folder)
    source = folder / "inbound-basic.yaml"
    library = load_library([source])
    persona = library.persona("tui-inbound-basic")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    plan = CallPlan(persona, bundle, 7, "practice", "Rina", seed_fixed=True, watch=True)
    return MockcallApp(library, start=plan, trainee="Rina", clock=clock), source


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


async def poll(pilot) -> None:  # type: ignore[no-untyped-def]
    pilot.app.screen._reload_if_changed()
    await pilot.pause()


async def test_saved_edit_shows_the_new_line_and_keeps_the_call(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    app, source = watched_app(tmp_path, clock)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1")
        assert lines(app)[-1] == "Ms Ana Putri: When is my bill due?"
        await poll(pilot)  # nothing saved yet: nothing happens
        assert notices(app) == []

        edit(source, '"When is my bill due?"', '"So when exactly is my bill due?"')
        await poll(pilot)
        assert lines(app) == [
            "— ☎ incoming call —",
            "— call answered —",
            "Ms Ana Putri: Hello? I have a question about my bill.",
            "You: Good morning, Tiny Telco, this is Rina. How can I help?",
            "Ms Ana Putri: So when exactly is my bill due?",
        ]
        assert notices(app) == [f"Reloaded {source}: replayed 2 actions."]
        app.clear_notifications()

        edit(source, "states:\n", "states: [\n")
        await poll(pilot)
        [notice] = notices(app)
        assert notice.startswith(f"{source} has errors; the call goes on with the last good")
        assert f"{source}:" in notice.splitlines()[1]
        assert lines(app)[-1] == "Ms Ana Putri: So when exactly is my bill due?"
        await keys(pilot, "2")  # the call is still usable
        assert lines(app)[-1] == "Ms Ana Putri: Great, thanks!"


async def test_an_action_that_no_longer_fits_restarts_the_call_there(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    app, source = watched_app(tmp_path, clock)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "a", "1", "2")
        assert lines(app)[-1] == "Ms Ana Putri: Great, thanks!"
        edit(
            source,
            '      - text: "Your bill is due on the 5th."\n'
            "        acts: [explain]\n"
            "        goto: closing\n",
            "",
        )
        await poll(pilot)
        [notice] = notices(app)
        assert notice.startswith(f"Reloaded {source}: replayed 2 actions; @")
        assert notice.endswith("the call restarted there.")
        assert lines(app)[-1] == "Ms Ana Putri: When is my bill due?"
        assert options(app) == ["1. May I place you on hold for a moment while I check?"]
