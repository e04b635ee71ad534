"""A yes/no question before something that cannot be taken back (dialling a DNC number).

Enter or ``y`` confirms, Escape or ``n`` cancels; the default is the safe answer, so the
dialog starts with nothing focused that Enter could press by accident — Enter is the key the
trainee pressed to get here, and it is what they press again only if they mean it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from mockcall.tui.i18n import t
from mockcall.tui.widgets.key_legend import KeyLegend


class ConfirmModal(ModalScreen[bool]):
    """Returns True when confirmed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", t("modal.ok"), key_display="y"),
        Binding("n,escape", "answer(False)", t("key.cancel"), key_display="esc"),
    ]

    def __init__(self, title: str, body: str, confirm: str) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self.confirm = confirm

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Static(self.body, id="confirm-body", markup=False)
        yield KeyLegend()

    def legend_entry(self, action: str, key: str, description: str) -> tuple[str, str]:
        """The confirming key is described by what it does here ("Dial anyway")."""
        return (key, self.confirm) if action == "answer(True)" else (key, description)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
