"""Did you mean…? The closest options to an unsure typed reply, picked with their number.

The matcher (``mockcall.core.matching``) was not sure which option a typed reply meant; the
trainee decides. The number key its option has in the options box picks that candidate (the
reply then counts as that option); Escape sends the reply as typed (the customer reacts to the
recognised acts only).
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
    """Returns the picked candidate's option id, or None to send the reply as typed.

    Each candidate keeps the number its option has in the options box (``numbers``), so the
    key the trainee reads there is the key that picks it here; the legend lists those keys.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "pick(1)", t("key.pick")),
        *(Binding(str(n), f"pick({n})", show=False) for n in range(2, 10)),
        Binding("escape", "as_typed", t("key.send_as_typed")),
    ]

    def __init__(
        self, text: str, candidates: Sequence[Candidate], numbers: Sequence[int] = ()
    ) -> None:
        super().__init__()
        self.text = text
        self.candidates = tuple(candidates)
        given = list(numbers)
        self.numbers = tuple(given if len(given) == len(self.candidates) else [])
        if not self.numbers:
            self.numbers = tuple(range(1, len(self.candidates) + 1))

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm", classes="dialog"):
            yield Label(t("call.confirm.title"), classes="dialog-title")
            yield Static(t("call.confirm.typed", text=self.text), markup=False)
            for n, c in zip(self.numbers, self.candidates, strict=True):
                yield Static(f"{n}. {c.text}", classes="candidate", markup=False)
            yield Static(t("call.confirm.help"), markup=False)
        yield KeyLegend()

    def legend_entry(self, action: str, key: str, description: str) -> tuple[str, str]:
        """The pick key shows the numbers listed ("2,4"), not a range the dialog lacks."""
        if action.startswith("pick("):
            return ",".join(str(n) for n in self.numbers), description
        return key, description

    def choices(self) -> list[str]:
        """The candidate lines as shown (tests read them)."""
        return [str(s.render()) for s in self.query(".candidate")]

    def action_pick(self, number: int) -> None:
        if number in self.numbers:
            self.dismiss(self.candidates[self.numbers.index(number)].option_id)

    def action_as_typed(self) -> None:
        self.dismiss(None)
