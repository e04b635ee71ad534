"""A trainee's progress: scores over time per account, weakest criteria, fatal errors, pass rate.

This is what a trainer opens before a coaching talk: whether the trend is up, which criteria the
trainee loses most often (out of the calls where they applied, so an N/A is not a success), and
which fatal errors keep coming back. ``a`` narrows everything to one account.

Criteria are shown by title with their rubric — two rubrics' same-id criteria stay apart — from
the same report as ``mockcall progress`` (:mod:`mockcall.store.progress_report`); a legend
under the list says what the numbers and marks mean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from mockcall.store.errors import StoreError
from mockcall.tui.i18n import t
from mockcall.tui.review_context import ReviewContext
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.review_chart import charts

if TYPE_CHECKING:
    from mockcall.store.api import ProgressPoint, SessionRecord
    from mockcall.store.progress_report import Report

WEAKEST = 8


class ProgressScreen(Screen[None]):
    CSS_PATH = "../review.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "account", t("review.key.account")),
        Binding("escape", "back", t("key.back")),
    ]

    def __init__(self, ctx: ReviewContext, trainee: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.trainee = trainee
        self.account: str | None = None
        self.accounts: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="rv-progress-head", markup=False)
        with Horizontal(id="rv-progress-body"):
            yield VerticalScroll(id="rv-charts")
            with VerticalScroll(id="rv-weak-box"):
                yield Static("", id="rv-weakest", markup=False)
        yield KeyLegend()

    def on_mount(self) -> None:
        self.load()

    def _records(self) -> list[SessionRecord]:
        """The trainee's finished calls (any case of the name), oldest first."""
        from mockcall.store.api import SessionFilter

        where = SessionFilter(
            trainee=self.trainee,
            exact=True,
            account=self.account,
            status="finished",
            sort="started_at",
            descending=False,
            limit=None,
        )
        records = self.ctx.store.records(where, with_events=False)
        return [r for r in records if r.scorecard and r.meta.total is not None]

    def load(self) -> None:
        from mockcall.store.progress_report import build

        try:
            records = self._records()
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        points = [_point(r) for r in records]
        report = build(records).cohort
        if self.account is None:
            self.accounts = sorted({p.account for p in points})
        self.query_one("#rv-progress-head", Static).update(self._head(report))
        box = self.query_one("#rv-charts", VerticalScroll)
        box.remove_children()
        if points:
            box.mount_all(charts(points))
        else:
            box.mount(Static(t("review.progress.none"), classes="note"))
        self.query_one("#rv-weakest", Static).update(self._weakest(report))

    def _head(self, r: Report) -> str:
        scope = self.account or t("review.progress.all")
        head = t("review.progress.title", trainee=self.trainee, scope=scope)
        if not r.calls:
            return head
        rate = (r.pass_rate or 0.0) * 100
        stats = t("review.progress.stats", n=r.calls, avg=r.average, rate=rate, fatal=r.fatal_calls)
        return f"{head}\n{stats}"

    def _weakest(self, r: Report) -> str:
        lines = [t("review.progress.weakest")]
        lost = [c for c in r.criteria if c.lost]
        for c in lost[:WEAKEST]:
            tag = f" [{t('review.fatal_tag')}]" if c.fatal else ""
            share = c.loss_rate * 100
            lines.append(f"  {c.title}{tag} ({c.rubric}): {c.lost}/{c.applicable} ({share:.0f}%)")
        if not lost:
            lines.append("  " + t("review.progress.nolosses"))
        lines += ["", t("review.progress.fatal")]
        fatal = [c for c in r.criteria if c.fatal and c.lost]
        lines += [f"  {c.title} ({c.rubric}): {c.lost}" for c in fatal] or [
            "  " + t("score.fatal.none")
        ]
        lines += ["", t("review.progress.legend")]
        return "\n".join(lines)

    def action_account(self) -> None:
        """Cycle: all accounts, then each account the trainee has calls on."""
        cycle: list[str | None] = [None, *self.accounts]
        self.account = cycle[(cycle.index(self.account) + 1) % len(cycle)]
        self.load()

    def action_back(self) -> None:
        self.app.pop_screen()


def _point(record: SessionRecord) -> ProgressPoint:
    from mockcall.store.api import ProgressPoint

    m = record.meta
    total = float(m.total or 0.0)
    return ProgressPoint(
        m.id, m.started_at, m.account, m.persona, m.mode, total, bool(m.passed), m.fatal_count
    )
