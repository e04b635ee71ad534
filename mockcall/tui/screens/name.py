"""First start without ``--trainee``: ask the trainee's name once, before the first call rings.

The script's agent introduces themselves by this name (``{agent.name}``), the store files the
call under it and the resume offer lists only this trainee's calls, so a call never starts
without one. The app remembers the answer (``tui/profile.py``): the question is asked once.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from mockcall.tui.i18n import t
from mockcall.tui.widgets.key_legend import KeyLegend


class NameModal(ModalScreen[str]):
    """Returns the name typed (never empty); Ctrl+Q still quits."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "app.quit", t("key.quit"))]

    def compose(self) -> ComposeResult:
        with Vertical(id="name-dialog", classes="dialog"):
            yield Label(t("name.title"), classes="dialog-title")
            yield Label(t("name.why"))
            yield Input(placeholder=t("home.trainee.placeholder"), id="name")
        yield KeyLegend()

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    @on(Input.Submitted, "#name")
    def _send(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name:
            self.notify(t("name.empty"), severity="warning")
            return
        self.dismiss(name)
