"""One stored call under review: the replayed transcript beside the scorecard.

Left, the call as it was (or, one key away, the trainee's own score screen card and the
review history); right, the criteria, with the one under the cursor explained below and its
evidence lit up in the transcript. ``o`` overrides the criterion with a required comment (or
takes an override back); ``d`` resolves a trainee's dispute of it. The card is then re-read
from the store, which re-scored the log, so what is shown is exactly what an export or the
trainee will see. The history tab lists every review event: each reviewer's judgements, edits
and retractions, the trainee's disputes and acknowledgements, and the resolutions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static, TabbedContent, TabPane

from mockcall.core.scoring import Scorecard
from mockcall.store.errors import StoreError
from mockcall.store.review_history import review_history
from mockcall.store.reviews import open_dispute
from mockcall.tui.i18n import language, t
from mockcall.tui.messages import CriterionChosen
from mockcall.tui.review_context import ReviewContext, history_text, mode_label, verdict, when
from mockcall.tui.review_who import with_reviewer
from mockcall.tui.screens.override import OverrideInput, OverrideScreen
from mockcall.tui.screens.resolve import ResolveInput, ResolveScreen
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.review_criteria import CriterionDetail, ReviewCriteria
from mockcall.tui.widgets.review_transcript import ReviewTranscript
from mockcall.tui.widgets.scorecard_view import ScorecardView

if TYPE_CHECKING:
    from mockcall.core.events import Event
    from mockcall.core.scoring import CriterionResult
    from mockcall.store.api import OverrideRecord


class ReviewSessionScreen(Screen[None]):
    CSS_PATH = "../review.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "override", t("review.key.override")),
        Binding("d", "resolve", t("review.key.resolve")),
        Binding("t", "tab('rv-tab-transcript')", t("key.transcript")),
        Binding("c", "tab('rv-tab-card')", t("key.scorecard")),
        Binding("y", "tab('rv-tab-history')", t("review.key.history")),
        Binding("escape", "back", t("key.back")),
    ]

    def __init__(self, ctx: ReviewContext, session_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.session_id = session_id
        self.card: Scorecard | None = None
        self.history: list[OverrideRecord] = []
        self.events: list[Event] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="rv-head", markup=False)
        yield Static("", id="rv-verdict", markup=False)
        with Horizontal(id="rv-body"):
            with TabbedContent(id="rv-tabs"):
                with TabPane(t("key.transcript"), id="rv-tab-transcript"):
                    yield ReviewTranscript(id="rv-transcript")
                with TabPane(t("key.scorecard"), id="rv-tab-card"):
                    yield Static(t("score.norubric"), id="rv-card-none")
                with TabPane(t("review.history"), id="rv-tab-history"), VerticalScroll():
                    yield Static("", id="rv-history", markup=False)
            with Vertical(id="rv-side"):
                yield ReviewCriteria(id="rv-criteria")
                with VerticalScroll(id="rv-detail-box"):
                    yield CriterionDetail(id="rv-detail")
        yield KeyLegend()

    def on_mount(self) -> None:
        self.load()
        self.query_one(ReviewCriteria).focus()

    def load(self, keep: str | None = None) -> None:
        """(Re-)read the session; after an override ``keep`` keeps the cursor on its criterion."""
        store, sid = self.ctx.store, self.session_id
        try:
            meta = store.session(sid)
            if meta is None:
                self.notify(t("review.session.gone", id=sid), severity="error")
                self.app.pop_screen()
                return
            self.events = events = store.events(sid)
            raw, original = store.scorecard(sid), store.original_scorecard(sid)
            self.history = store.overrides(sid)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.card = card = Scorecard.from_dict(raw) if raw is not None else None
        self.query_one("#rv-head", Static).update(
            f"{when(meta.started_at)} · {meta.trainee or '-'} · {meta.account} · {meta.persona}"
            f" · {mode_label(meta.mode)} · {meta.id}"
        )
        head = self.query_one("#rv-verdict", Static)
        if card is None:
            head.update(t("score.norubric") if meta.status == "finished" else meta.status)
        else:
            line = f"{verdict(card.total, card.passed, len(card.fatal_failures))}"
            line += "  " + t("review.passmark", mark=card.pass_mark)
            if meta.overridden and original is not None:
                was = verdict(float(original["total"]), bool(original["passed"]))
                line += "  " + t("review.overridden", n=len(self.history), was=was)
            if meta.open_disputes:
                line += "  " + t("review.disputes.open", n=meta.open_disputes)
            head.update(line)
            head.set_class(card.passed, "-pass")
            head.set_class(not card.passed, "-fail")
        self.query_one(ReviewTranscript).show(events, card)
        items = review_history(events)
        lines = [history_text(h) for h in items] or [t("review.history.empty")]
        self.query_one("#rv-history", Static).update("\n".join(lines))
        self._show_card(card, keep)

    def _show_card(self, card: Scorecard | None, keep: str | None) -> None:
        pane = self.query_one("#rv-tab-card", TabPane)
        if card is None:
            return
        pane.remove_children()  # removal completes later: the new view must not reuse an id
        wording = self.ctx.wording(card)
        pane.mount(ScorecardView(card, coaching=True, wording=wording))
        self.query_one(ReviewCriteria).show(card, keep, wording)

    @on(CriterionChosen)
    def _chosen(self, event: CriterionChosen) -> None:
        card = self.card
        result = card.criterion(event.criterion_id) if card is not None else None
        if card is None or result is None:
            return
        history = [o for o in self.history if o.criterion == result.id]
        self.query_one(CriterionDetail).show(result, history, self.ctx.wording(card))
        self.query_one(ReviewTranscript).highlight(e.seq for e in result.evidence)

    def action_tab(self, tab: str) -> None:
        self.query_one("#rv-tabs", TabbedContent).active = tab

    def _title(self, result: CriterionResult) -> str:
        """The criterion's title in the UI language, for the dialogs' headings."""
        if self.card is None:
            return result.title or result.id
        return self.ctx.wording(self.card).criterion_title(result, language())

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_override(self) -> None:
        if getattr(self.ctx.store, "read_only", False):  # say so before the reviewer types
            text = t("review.read_only", location=self.ctx.store.location)
            self.notify(text, severity="error", timeout=10)
            return
        criterion_id = self.query_one(ReviewCriteria).current()
        result = self.card.criterion(criterion_id) if self.card and criterion_id else None
        if result is None:
            self.notify(t("review.override.pick"), severity="warning")
            return

        def save(value: OverrideInput | None) -> None:
            if value is not None:
                self._save(result.id, value)

        def ask() -> None:
            title = self._title(result)
            self.app.push_screen(OverrideScreen(result, self.ctx.reviewer, title), save)

        with_reviewer(self, self.ctx, ask)

    def _save(self, criterion_id: str, value: OverrideInput) -> None:
        before = self.card.total if self.card is not None else None
        try:
            self.ctx.store.add_override(
                self.session_id, criterion_id, value.status, value.comment, value.reviewer
            )
        except (StoreError, ValueError) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.ctx.reviewer = value.reviewer
        self.load(keep=criterion_id)
        after = self.card.total if self.card is not None else None
        self.notify(t("review.override.saved", id=criterion_id, before=before, after=after))

    def action_resolve(self) -> None:
        """``d``: answer the trainee's open dispute of the criterion under the cursor."""
        if getattr(self.ctx.store, "read_only", False):
            text = t("review.read_only", location=self.ctx.store.location)
            self.notify(text, severity="error", timeout=10)
            return
        criterion_id = self.query_one(ReviewCriteria).current()
        result = self.card.criterion(criterion_id) if self.card and criterion_id else None
        dispute = open_dispute(self.events, result.id) if result is not None else None
        if result is None or dispute is None:
            self.notify(t("review.resolve.none"), severity="warning")
            return

        def save(value: ResolveInput | None) -> None:
            if value is not None:
                self._resolve(result.id, value)

        def ask() -> None:
            title = self._title(result)
            self.app.push_screen(ResolveScreen(result, dispute, self.ctx.reviewer, title), save)

        with_reviewer(self, self.ctx, ask)

    def _resolve(self, criterion_id: str, value: ResolveInput) -> None:
        from mockcall.core import events as ev

        data = {
            "criterion": criterion_id,
            "outcome": value.outcome,
            "status": value.status,
            "comment": value.comment,
            "reviewer": value.reviewer,
        }
        try:
            self.ctx.store.add_review(self.session_id, ev.DISPUTE_RESOLVED, data)
        except (StoreError, ValueError) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.ctx.reviewer = value.reviewer
        self.load(keep=criterion_id)
        self.notify(t("review.resolve.saved", id=criterion_id))
