"""Calibration: the reviewers of one call side by side, as a QA team compares them.

One column per judge — the scorer (``auto``) and each reviewer with only their own latest
judgements applied — one row per criterion, then each total, each judge's agreement with the
gold reviewer, the spread, and the scorer's QA measures against gold over the calls shown.
The numbers are :mod:`mockcall.store.calibration`'s, exactly what ``mockcall calibrate``
prints. ``g`` picks the gold reviewer in turn (the first one offered is
``$MOCKCALL_GOLD_REVIEWER``); with several calls, ``n`` goes to the next.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from mockcall.store.calibration import SessionCalibration, agreement_with_gold, calibrate
from mockcall.store.errors import SessionNotFound, StoreError
from mockcall.tui.i18n import t
from mockcall.tui.review_context import ReviewContext, mark
from mockcall.tui.widgets.key_legend import KeyLegend

STYLES = {"pass": "green", "fail": "bold red", "na": "dim"}


class CalibrationScreen(Screen[None]):
    CSS_PATH = "../review.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("g", "gold", t("calibration.key.gold")),
        Binding("n", "next", t("calibration.key.next")),
        Binding("escape,q", "back", t("key.back"), key_display="esc"),
    ]

    def __init__(
        self, ctx: ReviewContext, session_ids: Sequence[str], gold: str | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.session_ids = list(session_ids)
        self.at = 0
        from mockcall.locations import GOLD_REVIEWER_ENV

        self.gold = gold or os.environ.get(GOLD_REVIEWER_ENV) or None
        self.result: SessionCalibration | None = None
        #: the scorer's QA measures against each gold reviewer picked so far (``_measures``):
        #: every call on the screen is re-scored once per gold, not at every key
        self._measured: dict[str, list[str]] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="cal-head", markup=False)
        yield DataTable(id="cal-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="cal-foot", markup=False)
        yield KeyLegend()

    def on_mount(self) -> None:
        self.show()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return len(self.session_ids) > 1 if action == "next" else True

    def show(self) -> None:
        """(Re-)compute the current call and fill the table."""
        try:
            [self.result] = calibrate(self.ctx.store, [self.session_ids[self.at]], self.gold)
        except (StoreError, SessionNotFound, ValueError) as exc:
            self.query_one("#cal-head", Static).update(str(exc))
            return
        cal = self.result
        self.query_one("#cal-head", Static).update(
            t("calibration.title", session=cal.session_id, trainee=cal.trainee, persona=cal.persona)
        )
        self._fill(cal)
        self.query_one("#cal-foot", Static).update(self._foot(cal))

    def _fill(self, cal: SessionCalibration) -> None:
        table: DataTable[str | Text] = self.query_one("#cal-table", DataTable)
        table.clear(columns=True)
        judges = [cal.auto, *cal.reviewers]
        table.add_column(t("calibration.criterion"), key="criterion")
        for i, judge in enumerate(judges):
            name = t("calibration.auto") if i == 0 else judge.name
            table.add_column(name, key=f"j{i}")
        for cid, _title in cal.criteria:
            cells = [_status_cell(j.statuses.get(cid, "")) for j in judges]
            table.add_row(cid, *cells, key=cid)
        totals = [Text(f"{j.total:.1f}", style="bold", justify="right") for j in judges]
        table.add_row(Text(t("calibration.total"), style="bold"), *totals, key="total")
        if cal.gold is not None and cal.reviewers:
            agreement = [_percent(j.agreement) for j in judges]
            label = t("calibration.agreement", gold=cal.gold)
            table.add_row(label, *agreement, key="agreement")

    def _foot(self, cal: SessionCalibration) -> str:
        if not cal.reviewers:
            return t("calibration.none")
        spread = t("calibration.spread", spread=cal.spread or 0.0, n=len(cal.reviewers))
        gold = t("calibration.gold", gold=cal.gold) if cal.gold else t("calibration.nogold")
        return "\n".join([spread, gold, *self._measures()])

    def _measures(self) -> list[str]:
        """The QA measures of the scorer against the gold reviewer over every call on this
        screen the gold reviewer judged (what ``mockcall calibrate --gold`` prints)."""
        if not self.gold:
            return []
        if self.gold not in self._measured:
            self._measured[self.gold] = self._measure(self.gold)
        return self._measured[self.gold]

    def _measure(self, gold: str) -> list[str]:
        try:
            every = calibrate(self.ctx.store, self.session_ids, gold)
        except (StoreError, SessionNotFound, ValueError):
            return []
        a = agreement_with_gold(every).get("auto")
        if a is None:
            return []
        return [
            t(
                "calibration.measures",
                gold=gold,
                n=a.n,
                fatal=a.fatal_agree,
                missed=a.fatal_missed,
                alarms=a.fatal_false_alarm,
                passed=a.pass_agree,
                within=a.within,
            )
        ]

    def action_gold(self) -> None:
        """The next reviewer as gold; after the last, none."""
        names = [r.name for r in self.result.reviewers] if self.result else []
        if not names:
            return
        at = next(
            (i for i, n in enumerate(names) if self.gold and n.casefold() == self.gold.casefold()),
            -1,
        )
        self.gold = names[at + 1] if at + 1 < len(names) else None
        self.show()

    def action_next(self) -> None:
        self.at = (self.at + 1) % len(self.session_ids)
        self.show()

    def action_back(self) -> None:
        self.app.pop_screen()


def _status_cell(status: str) -> Text:
    return Text(
        f"{mark(status)} {t(f'review.status.{status}')}" if status else "-",
        style=STYLES.get(status, ""),
    )


def _percent(value: float | None) -> Text:
    return Text("-" if value is None else f"{value:.0f}%", justify="right")
