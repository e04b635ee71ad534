"""The nesting shift: a queue of calls from one account, then the shift summary.

Between calls this screen is the agent's idle desktop. Calls arrive only while the agent is
avail (F2 toggles avail/AUX, here and during ACW); with auto-in the next call connects by
itself the moment ACW is done, as on a real floor. At the end the summary shows what a team
lead asks for, and Enter on a call opens its scorecard for the review part of nesting.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from mockcall.tui.i18n import clock, t
from mockcall.tui.messages import HomeRequested, ResultShown, StartRequested
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from mockcall.tui.app import MockcallApp
    from mockcall.tui.plan import CallPlan, CallResult


class ShiftScreen(Screen[None]):
    app: MockcallApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "avail", t("key.avail")),
        Binding("escape", "home", t("key.home")),
        Binding("q", "app.quit", t("key.quit")),
    ]

    def __init__(self, plans: list[CallPlan]) -> None:
        super().__init__()
        self.plans = plans
        self.results: list[CallResult] = []
        self._in_call = False

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        yield Static(t("shift.title", account=self.plans[0].bundle.account.name), id="shift-title")
        yield Static("", id="shift-state", markup=False)
        yield OptionList(id="shift-results")
        yield Static("", id="shift-summary", markup=False)
        yield KeyLegend()

    def on_mount(self) -> None:
        self.refresh_view()

    def on_screen_resume(self) -> None:
        self.refresh_view()
        self.call_after_refresh(self.next_call)

    @property
    def finished(self) -> bool:
        return len(self.results) >= len(self.plans)

    def next_call(self) -> None:
        """Deliver the next call if the agent is avail, nothing is in progress, and one is left."""
        if self._in_call or self.finished or not self.app.available or self.app.screen is not self:
            return
        self._in_call = True
        plan = replace(self.plans[len(self.results)], on_done=self.call_done)
        self.post_message(StartRequested(plan))

    def call_done(self, result: CallResult) -> None:
        self.results.append(result)
        self._in_call = False
        self.refresh_view()

    def action_avail(self) -> None:
        self.app.available = not self.app.available
        self.refresh_view()
        self.next_call()

    def action_home(self) -> None:
        self.post_message(HomeRequested())

    def refresh_view(self) -> None:
        plan = self.plans[min(len(self.results), len(self.plans) - 1)]
        self.query_one(StatusBar).show(plan, None, aux=not self.app.available)
        done, total = len(self.results), len(self.plans)
        if self.finished:
            state = t("shift.summary")
        elif self.app.available:
            state = f"{t('shift.progress', n=done + 1, total=total)} — {t('shift.avail')}"
        else:
            state = f"{t('shift.progress', n=done + 1, total=total)} — {t('shift.aux')}"
        self.query_one("#shift-state", Static).update(state)
        rows = self.query_one("#shift-results", OptionList)
        rows.set_options([Option(_row(i, r), id=str(i)) for i, r in enumerate(self.results)])
        self.query_one("#shift-summary", Static).update(self._summary() if self.finished else "")
        if self.finished and self.results:
            rows.highlighted = 0
            rows.focus()

    def _summary(self) -> str:
        from mockcall.tui.plan import summarise

        s = summarise(self.results)
        avg = "-" if s.average_score is None else f"{s.average_score:.1f}%"
        return "\n".join(
            [
                f"{t('shift.calls')}: {s.calls}",
                f"{t('shift.avg_score')}: {avg}",
                f"{t('shift.avg_handle')}: {clock(s.average_handle)}",
                f"{t('shift.avg_acw')}: {clock(s.average_acw)}",
                f"{t('shift.fatal')}: {s.fatal}",
            ]
        )

    @on(OptionList.OptionSelected, "#shift-results")
    def _open(self, event: OptionList.OptionSelected) -> None:
        self.post_message(ResultShown(self.results[int(event.option.id or 0)]))


def _row(i: int, r: CallResult) -> str:
    card = r.scorecard
    score = "-" if card is None else f"{card.total:.1f}%"
    verdict = "" if card is None else (t("score.pass") if card.passed else t("score.fail"))
    return t("shift.row", n=i + 1, title=r.plan.persona.title, score=score, verdict=verdict)
