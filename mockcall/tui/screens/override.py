"""The override dialog: a reviewer's decision on one criterion, never without a reason.

QA practice (and the trainee's trust in the score) requires every changed criterion to say
why, so an empty comment is refused here with a notice before the store would refuse it too.
The reviewer's name is prefilled with the sitting's reviewer (asked once when nobody was named)
and stays editable: at a calibration session several people review from one seat. ``auto``
takes an earlier override back (a retraction): the criterion returns to the scorer's status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet, Static

from mockcall.tui.i18n import t
from mockcall.tui.review_context import mark

if TYPE_CHECKING:
    from mockcall.core.scoring import CriterionResult

STATUSES = ("pass", "fail", "na", "auto")


@dataclass(frozen=True)
class OverrideInput:
    """What the reviewer decided; the session screen hands it to ``store.add_override``."""

    status: str
    comment: str
    reviewer: str


class OverrideScreen(ModalScreen[OverrideInput | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", t("review.key.save")),
        Binding("escape", "cancel", t("key.cancel")),
    ]

    def __init__(self, result: CriterionResult, reviewer: str, title: str = "") -> None:
        """``title``: the criterion's title as the reviewer reads it (the card's by default)."""
        super().__init__()
        self.result = result
        self.reviewer = reviewer
        self.criterion_title = title or result.title or result.id

    def compose(self) -> ComposeResult:
        r = self.result
        # the likely decision is the other verdict: preselect it, one key less
        proposed = "pass" if r.status != "pass" else "fail"
        now = f"{mark(r.status)} {t(f'review.status.{r.status}')}"
        orig = f"{mark(r.original_status)} {t(f'review.status.{r.original_status}')}"
        with Vertical(classes="dialog", id="rv-override"):
            yield Label(
                t("review.override.title", title=self.criterion_title), classes="dialog-title"
            )
            yield Label(t("review.override.now", now=now, original=orig), markup=False)
            with RadioSet(id="ov-status"):
                for status in STATUSES:
                    label = f"{mark(status)} {t(f'review.status.{status}')}"
                    if status == "auto":
                        label = f"↺ {t('review.status.auto')}"
                    yield RadioButton(label, value=status == proposed, name=status)
            yield Label(t("review.override.comment"))
            yield Input(placeholder=t("review.override.comment.hint"), id="ov-comment")
            yield Label(t("review.override.reviewer"))
            yield Input(self.reviewer, id="ov-reviewer")
            yield Static(t("review.override.help"), classes="note")

    def on_mount(self) -> None:
        self.query_one("#ov-comment", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        comment = self.query_one("#ov-comment", Input).value.strip()
        reviewer = self.query_one("#ov-reviewer", Input).value.strip()
        if not comment:
            self.notify(t("review.override.comment.empty"), severity="warning")
            self.query_one("#ov-comment", Input).focus()
            return
        if not reviewer:
            self.notify(t("review.override.reviewer.empty"), severity="warning")
            self.query_one("#ov-reviewer", Input).focus()
            return
        pressed = self.query_one(RadioSet).pressed_button
        status = pressed.name if pressed is not None and pressed.name else "pass"
        self.dismiss(OverrideInput(status, comment, reviewer))

    def action_cancel(self) -> None:
        self.dismiss(None)
