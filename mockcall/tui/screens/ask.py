"""A one-question modal: the escalation reason (required) or the cold-transfer target."""

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


class AskModal(ModalScreen[str | None]):
    """Returns the answer, or None when cancelled; ``empty_notice`` makes the answer required."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", t("key.cancel"))]

    def __init__(self, title: str, label: str, *, empty_notice: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.label = label
        self.empty_notice = empty_notice

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Label(self.label)
            yield Input(id="answer")
        yield KeyLegend()

    @on(Input.Submitted, "#answer")
    def _send(self, event: Input.Submitted) -> None:
        answer = event.value.strip()
        if not answer and self.empty_notice:
            self.notify(self.empty_notice, severity="warning")
            return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
