"""The free-text reply box (chat and email replies, or a typed number for a voice call)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import Input

from mockcall.tui.messages import FreeTextSubmitted


class ReplyBox(Input):
    """Enter sends the text to the screen; Escape gives the keys back to the call controls."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "leave", "Back", show=False)]

    @on(Input.Submitted)
    def _sent(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        self.clear()
        if text:
            self.post_message(FreeTextSubmitted(text))

    def action_leave(self) -> None:
        self.screen.set_focus(None)
