"""Did you mean…? The closest options to an unsure typed reply, picked with their number.

The matcher (``mockcall.core.matching``) was not sure which option a typed reply meant; the
trainee decides. A number key picks that candidate (the reply then counts as that option);
Escape sends the reply as typed (the customer reacts to the recognised acts only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from mockcall.tui.i18n import t
from mockcall.tui.widgets.key_legend import KeyLegend

if TYPE_CHECKING:
    from mockcall.core.matching import Candidate


class ConfirmReplyModal(ModalScreen[str | None]):
    """Returns the picked candidate's option id, or None to send the reply as typed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "pick(1)", t("key.reply"), key_display="1-3"),
        Binding("2", "pick(2)", show=False),
        Binding("3", "pick(3)", show=False),
        Binding("escape", "as_typed", t("key.send_as_typed")),
    ]

    def __init__(self, text: str, candidates: Sequence[Candidate]) -> None:
        super().__init__()
        self.text = text
        self.candidates = tuple(candidates)

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm", classes="dialog"):
            yield Label(t("call.confirm.title"), classes="dialog-title")
            yield Label(t("call.confirm.typed", text=self.text), markup=False)
            for i, c in enumerate(self.candidates, start=1):
                yield Static(f"{i}. {c.text}", classes="candidate", markup=False)
            yield Label(t("call.confirm.help"))
        yield KeyLegend()

    def choices(self) -> list[str]:
        """The candidate lines as shown (tests read them)."""
        return [str(s.render()) for s in self.query(".candidate")]

    def action_pick(self, number: int) -> None:
        if 1 <= number <= len(self.candidates):
            self.dismiss(self.candidates[number - 1].option_id)

    def action_as_typed(self) -> None:
        self.dismiss(None)
