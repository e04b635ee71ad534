"""A trainee's progress: scores over time per account, weakest criteria, fatal errors, pass rate.

This is what a trainer opens before a coaching talk: whether the trend is up, which criteria the
trainee loses most often (out of the calls where they applied, so an N/A is not a success), and
which fatal errors keep coming back. ``a`` narrows everything to one account.
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
    from mockcall.store.api import Progress

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

    def load(self) -> None:
        try:
            progress = self.ctx.store.progress(self.trainee, self.account)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        if self.account is None:
            self.accounts = sorted({p.account for p in progress.points})
        self.query_one("#rv-progress-head", Static).update(self._head(progress))
        box = self.query_one("#rv-charts", VerticalScroll)
        box.remove_children()
        if progress.points:
            box.mount_all(charts(progress.points))
        else:
            box.mount(Static(t("review.progress.none"), classes="note"))
        self.query_one("#rv-weakest", Static).update(self._weakest(progress))

    def _head(self, p: Progress) -> str:
        scope = self.account or t("review.progress.all")
        head = t("review.progress.title", trainee=self.trainee, scope=scope)
        if not p.points:
            return head
        fatal = sum(p.fatal_counts.values())
        rate = (p.pass_rate or 0.0) * 100
        stats = t("review.progress.stats", n=p.sessions, avg=p.average, rate=rate, fatal=fatal)
        return f"{head}\n{stats}"

    def _weakest(self, p: Progress) -> str:
        lines = [t("review.progress.weakest")]
        lost = [w for w in p.weakest if w.lost]
        for w in lost[:WEAKEST]:
            share = w.lost / w.applicable * 100 if w.applicable else 0.0
            tag = f" {t('review.fatal_tag')}" if w.fatal else ""
            lines.append(f"  {w.criterion}{tag}: {w.lost}/{w.applicable} ({share:.0f}%)")
        if not lost:
            lines.append("  " + t("review.progress.nolosses"))
        lines += ["", t("review.progress.fatal")]
        counts = sorted(p.fatal_counts.items(), key=lambda kv: -kv[1])
        lines += [f"  {crit}: {n}" for crit, n in counts if n] or ["  " + t("score.fatal.none")]
        return "\n".join(lines)

    def action_account(self) -> None:
        """Cycle: all accounts, then each account the trainee has calls on."""
        cycle: list[str | None] = [None, *self.accounts]
        self.account = cycle[(cycle.index(self.account) + 1) % len(cycle)]
        self.load()

    def action_back(self) -> None:
        self.app.pop_screen()
