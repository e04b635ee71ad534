"""``mockcall floor``: the trainer's app — the floor screen over the shared store.

Set the UI language (``i18n.set_language``) before importing this module: key legends are
translated when the screen classes are defined.
"""

from __future__ import annotations

import os
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from mockcall.tui.floor_feed import FloorFeed
from mockcall.tui.i18n import t
from mockcall.tui.screens.floor import FloorScreen
from mockcall.tui.startup import EXIT_AFTER_FIRST_SCREEN
from mockcall.tui.widgets.key_legend import toggle_help


class FloorApp(App[None]):
    CSS_PATH = "mockcall.tcss"
    TITLE = "mockcall floor"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f1", "toggle_keys", t("key.keys"))]

    def __init__(self, feed: FloorFeed) -> None:
        super().__init__()
        self.feed = feed

    def on_mount(self) -> None:
        self.push_screen(FloorScreen(self.feed))
        if os.environ.get(EXIT_AFTER_FIRST_SCREEN):
            self.call_after_refresh(self.exit)

    def action_toggle_keys(self) -> None:
        toggle_help(self)
