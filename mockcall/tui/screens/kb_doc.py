"""A knowledge-base document, rendered with Textual's Markdown widget over the call."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Markdown

from mockcall.tui.i18n import t
from mockcall.tui.widgets.key_legend import KeyLegend


class KbDocScreen(ModalScreen[None]):
    """Escape goes back to the call (which keeps running: silence still counts)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "close", t("key.back"))]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.doc_title = title
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="kb-doc", classes="dialog"):
            yield Label(self.doc_title, classes="dialog-title")
            yield Markdown(self.text)
        yield KeyLegend()

    def on_mount(self) -> None:
        self.query_one("#kb-doc").focus()

    def action_close(self) -> None:
        self.dismiss(None)
