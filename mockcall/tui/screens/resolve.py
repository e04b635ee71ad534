"""The resolve dialog: a reviewer's answer to a trainee's dispute of one criterion.

The trainee's reason is shown above the choice, because a resolution answers it: *upheld* (the
score stands) or *changed* (with the new status, written as an override in the same store
transaction). Like an override, it always says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet

from mockcall.tui.i18n import t
from mockcall.tui.review_context import mark
from mockcall.tui.screens.override import STATUSES

if TYPE_CHECKING:
    from mockcall.core.scoring import CriterionResult
    from mockcall.store.reviews import Dispute


@dataclass(frozen=True)
class ResolveInput:
    """What the reviewer decided; the session screen hands it to ``store.add_review``."""

    outcome: str
    status: str
    comment: str
    reviewer: str


class ResolveScreen(ModalScreen[ResolveInput | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", t("review.key.save")),
        Binding("escape", "cancel", t("key.cancel")),
    ]

    def __init__(
        self, result: CriterionResult, dispute: Dispute, reviewer: str, title: str = ""
    ) -> None:
        """``title``: the criterion's title as the reviewer reads it (the card's by default)."""
        super().__init__()
        self.result = result
        self.dispute = dispute
        self.reviewer = reviewer
        self.criterion_title = title or result.title or result.id

    def compose(self) -> ComposeResult:
        d = self.dispute
        with Vertical(classes="dialog", id="rv-resolve"):
            yield Label(
                t("review.resolve.title", title=self.criterion_title), classes="dialog-title"
            )
            reason = t("review.resolve.reason", trainee=d.trainee, reason=d.reason)
            yield Label(reason, markup=False)
            with RadioSet(id="rs-outcome"):
                yield RadioButton(t("review.resolve.upheld"), value=True, name="upheld")
                yield RadioButton(t("review.resolve.changed"), name="changed")
            yield Label(t("review.resolve.status"))
            with RadioSet(id="rs-status"):
                for status in STATUSES:
                    label = f"{mark(status)} {t(f'review.status.{status}')}"
                    if status == "auto":
                        label = f"↺ {t('review.status.auto')}"
                    yield RadioButton(label, value=status == "pass", name=status)
            yield Label(t("review.override.comment"))
            yield Input(placeholder=t("review.override.comment.hint"), id="rs-comment")
            yield Label(t("review.override.reviewer"))
            yield Input(self.reviewer, id="rs-reviewer")

    def on_mount(self) -> None:
        self.query_one("#rs-comment", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        comment = self.query_one("#rs-comment", Input).value.strip()
        reviewer = self.query_one("#rs-reviewer", Input).value.strip()
        if not comment:
            self.notify(t("review.override.comment.empty"), severity="warning")
            return
        if not reviewer:
            self.notify(t("review.override.reviewer.empty"), severity="warning")
            return
        outcome = self.query_one("#rs-outcome", RadioSet).pressed_button
        status = self.query_one("#rs-status", RadioSet).pressed_button
        self.dismiss(
            ResolveInput(
                outcome.name if outcome is not None and outcome.name else "upheld",
                status.name if status is not None and status.name else "pass",
                comment,
                reviewer,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
