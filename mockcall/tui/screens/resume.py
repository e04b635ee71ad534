"""At start-up: a call a killed mockcall left unfinished — resume it, or mark it abandoned."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from mockcall.tui.i18n import t
from mockcall.tui.recording import describe
from mockcall.tui.widgets.key_legend import KeyLegend

if TYPE_CHECKING:
    from mockcall.store.api import Unfinished

Choice = Literal["resume", "abandon", "later"]


class ResumeModal(ModalScreen[Choice]):
    """r resumes the call where it stopped, a marks it abandoned, Escape leaves it for later."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('resume')", t("key.resume")),
        Binding("a", "choose('abandon')", t("key.abandon")),
        Binding("escape", "choose('later')", t("key.later")),
    ]

    def __init__(self, unfinished: Unfinished) -> None:
        super().__init__()
        self.unfinished = unfinished

    def compose(self) -> ComposeResult:
        with Vertical(id="resume", classes="dialog"):
            yield Label(t("resume.title"), classes="dialog-title")
            body = t("resume.body", **describe(self.unfinished))
            yield Static(body, id="resume-body", markup=False)
        yield KeyLegend()

    def action_choose(self, choice: Choice) -> None:
        self.dismiss(choice)
