"""The score screen: total and pass/fail, the scorecard, and the transcript one key away.

From here the trainee retries the same persona (a new seed unless one was fixed, so the lines
vary), or goes home. Assessment results are final, so retry is refused there with a notice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static, TabbedContent, TabPane

from mockcall.core.scoring.wording import Wording
from mockcall.tui.i18n import ending, t
from mockcall.tui.messages import HomeRequested, StartRequested
from mockcall.tui.widgets.conversation import Conversation, tool_labels
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.scorecard_view import ScorecardView

if TYPE_CHECKING:
    from mockcall.tui.plan import CallResult


class ScoreScreen(Screen[None]):
    """``review``: opened from a shift summary, where Escape goes back to the summary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", t("key.retry")),
        Binding("t", "tab('transcript')", t("key.transcript")),
        Binding("s", "tab('scorecard')", t("key.scorecard")),
        Binding("d", "dispute", t("dispute.key.send")),
        Binding("escape,h", "home", t("key.home"), key_display="esc"),
        Binding("q", "app.quit", t("key.quit")),
    ]

    def __init__(self, result: CallResult, *, review: bool = False) -> None:
        super().__init__()
        self.result = result
        self.review = review

    def compose(self) -> ComposeResult:
        card = self.result.scorecard
        persona = self.result.plan.persona
        if card is None:
            verdict, total = "", t("score.norubric")
        else:
            verdict = t("score.pass") if card.passed else t("score.fail")
            total = t("score.total", total=card.total, mark=card.pass_mark)
        how = t("score.ending", ending=ending(card.ending or "-") if card else "-")
        yield Static(persona.title, id="score-persona", markup=False)
        yield Static(f"{verdict}  {total}   {how}".strip(), id="score-total", markup=False)
        with TabbedContent(id="score-tabs"):
            with TabPane(t("key.scorecard"), id="scorecard"):
                if card is not None:
                    wording = Wording.of(self.result.plan.bundle.rubric)
                    yield ScorecardView(card, wording=wording, id="scorecard-view")
            with TabPane(t("key.transcript"), id="transcript"):
                yield Conversation(
                    persona,
                    tools=tool_labels(self.result.plan.bundle.account),
                    id="transcript-view",
                )
        yield KeyLegend()

    def on_mount(self) -> None:
        if self.result.scorecard is not None:
            self.query_one("#score-total").add_class(
                "-pass" if self.result.scorecard.passed else "-fail"
            )
        self.query_one(Conversation).sync(self.result.events)
        self.action_tab("scorecard")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return not self.review
        if action == "dispute":  # only a stored, scored call can be reviewed and disputed
            stored = self.result.session_id is not None and self.result.scorecard is not None
            return stored and getattr(self.app, "store", None) is not None
        return True

    def action_dispute(self) -> None:
        """``d``: disagree with a criterion (or acknowledge the review) of this stored call."""
        from mockcall.tui.screens.dispute import DisputeScreen

        link = getattr(self.app, "store", None)
        store = link.open() if link is not None else None
        if store is None or self.result.session_id is None:
            return
        trainee = self.result.plan.trainee
        wording = Wording.of(self.result.plan.bundle.rubric)
        self.app.push_screen(DisputeScreen(store, self.result.session_id, trainee, wording))

    def action_tab(self, tab: str) -> None:
        self.query_one("#score-tabs", TabbedContent).active = tab
        views = self.query("#scorecard-view" if tab == "scorecard" else "#transcript-view")
        if views:
            views.first().focus()

    def action_retry(self) -> None:
        plan = self.result.plan
        if plan.mode == "assessment":
            self.notify(t("score.final"), severity="warning")
            return
        self.post_message(StartRequested(plan.retry()))

    def action_home(self) -> None:
        if self.review:
            self.dismiss(None)
        else:
            self.post_message(HomeRequested())
