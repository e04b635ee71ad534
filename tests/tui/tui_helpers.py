"""Helpers that read what the trainee sees and press keys the way a trainee would.

Time never passes by itself in these tests: the app gets a ``ManualClock``; a test that needs
time to pass advances the clock and then lets the screen's one-second tick run (``tick``).
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widgets._toast import Toast

from mockcall.core.engine import ManualClock
from mockcall.tui.app import MockcallApp

SIZE = (80, 24)


def notices(app: App[Any]) -> list[str]:
    """The notifications on screen now."""
    return [str(toast.render()) for toast in app.screen.query(Toast)]


def lines(app: MockcallApp) -> list[str]:
    """The conversation pane's lines as shown."""
    return app.screen.query_one("#conversation").texts()  # type: ignore[attr-defined, no-any-return]


def options(app: MockcallApp) -> list[str]:
    return app.screen.query_one("#options").prompts()  # type: ignore[attr-defined, no-any-return]


def key_of(app: MockcallApp, position: int) -> str:
    """The key the option written ``position``-th (among those offered) has on screen now:
    what a trainee who knows the script presses when the options are shuffled."""
    offered = app.screen.session.offered()  # type: ignore[attr-defined]
    return str(next(o.number for o in offered if o.position == position))


def screen_text(app: MockcallApp) -> str:
    """Every piece of text the current screen renders, joined (visible widgets only)."""
    from textual.widgets import OptionList, Static

    parts = [str(w.render()) for w in app.screen.query(Static) if w.display]
    for box in app.screen.query(OptionList):
        parts += [str(box.get_option_at_index(i).prompt) for i in range(box.option_count)]
    return "\n".join(parts)


def text_of(app: MockcallApp, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def keys(pilot: Pilot[None], *pressed: str) -> None:
    """Press keys one by one, letting the UI settle after each (screens switch on messages)."""
    for key in pressed:
        await pilot.press(key)
        await pilot.pause()


async def tick(pilot: Pilot[None], clock: ManualClock, seconds: float) -> None:
    """Let ``seconds`` pass on the call and run the screen's one-second tick once."""
    clock.advance(seconds)
    pilot.app.screen.tick()  # type: ignore[attr-defined]
    await pilot.pause()


async def submit_acw(pilot: Pilot[None], notes: str, disposition: str) -> None:
    """On the ACW screen: type notes, pick the disposition by its label, Ctrl+S."""
    from textual.widgets import RadioButton, TextArea

    screen = pilot.app.screen
    screen.query_one(TextArea).insert(notes)
    button = next(b for b in screen.query(RadioButton) if str(b.label) == disposition)
    await pilot.click(button)
    await keys(pilot, "ctrl+s")
