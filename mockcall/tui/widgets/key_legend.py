"""The key legend at the bottom of every trainee screen: one line, one widget.

It shows what Textual's ``Footer`` shows — the screen's bindings marked ``show``, in order, one
per action, disabled ones dimmed, in the theme's footer colours — and a click on a key presses
it. Textual's footer builds one widget per key and rebuilds them all whenever the bindings
signal fires (each focus move, each phase change), before a call screen settles five times:
the largest single cost of drawing the call screen. This legend is one line of text, redrawn
when that signal fires, and its keys are in the screen's first frame.

A screen may define ``legend_entry(action, key, description)`` returning the (key,
description) to show, or None to leave the key out for now: the call screen says "Unhold"
while the customer is on hold and keeps keys that only refuse in this phase out of the line,
so the legend fits 80 columns in every phase and language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

if TYPE_CHECKING:
    from textual import events
    from textual.app import App
    from textual.screen import Screen


_DIM = Style(dim=True)


class KeyLegend(Widget, can_focus=False):
    """Key and description of each shown binding of the screen (and the focused widget)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-legend--key", "key-legend--description"}

    def __init__(self) -> None:
        super().__init__()
        #: (first cell, end cell, key, enabled) of each key drawn, for clicks
        self._spans: list[tuple[int, int, str, bool]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _: Screen[object]) -> None:
        self.refresh()

    def render(self) -> Text:
        app = self.app
        key_style = self.get_component_rich_style("key-legend--key")
        text_style = self.get_component_rich_style("key-legend--description")
        off_style = text_style + _DIM
        legend = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, str, bool]] = []
        actions: set[str] = set()
        relabel = getattr(self.screen, "legend_entry", None)
        for _, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if not binding.show or binding.action in actions:
                continue
            actions.add(binding.action)
            shown = (app.get_key_display(binding), binding.description)
            if relabel is not None:
                shown = relabel(binding.action, *shown)
                if shown is None:  # the screen keeps this key out of the legend for now
                    continue
            key_text, description = shown
            start = legend.cell_len
            legend.append(f" {key_text} ", key_style if enabled else key_style + off_style)
            if description:
                legend.append(f"{description} ", text_style if enabled else off_style)
            spans.append((start, legend.cell_len, binding.key, enabled))
        self._spans = spans
        return legend

    def on_click(self, event: events.Click) -> None:
        for start, end, key, enabled in self._spans:
            if start <= event.x < end:
                if enabled:
                    self.app.simulate_key(key)
                else:
                    self.app.bell()
                return


def toggle_help(app: App[Any]) -> None:
    """F1 in every mockcall app: every key of the current screen in a side panel, or away again
    (the legend shows the main ones)."""
    if app.screen.query("HelpPanel"):
        app.action_hide_help_panel()
    else:
        app.action_show_help_panel()
