"""The scorecard: verdict, fatal errors first, then each section and criterion with its points,
the transcript lines that are its evidence and the coaching tip.

A score a trainee cannot argue with the transcript teaches nothing, so every criterion row is
followed by its evidence lines, quoted as they were said. Titles, reasons and coaching are in
the UI language: reasons from their codes, titles and coaching from the rubric's translations
(``wording``), each falling back to the card's own text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from mockcall.core.scoring.shown import points_shown, reason_shown
from mockcall.core.scoring.wording import NO_WORDING, Wording
from mockcall.tui.i18n import language, t

if TYPE_CHECKING:
    from mockcall.core.scoring import CriterionResult, Scorecard


class CriterionRow(Static):
    """One criterion: status mark, points, title, reason; ``text`` is what is shown."""

    def __init__(self, result: CriterionResult, wording: Wording = NO_WORDING) -> None:
        mark = t(f"score.status.{result.status}")
        points = points_shown(result.status, result.earned, result.points)
        fatal = " [FATAL]" if result.fatal and result.status == "fail" else ""
        title = wording.criterion_title(result, language())
        self.text = f"{mark} {points:>7}  {title}{fatal}"
        super().__init__(self.text, markup=False, classes=f"criterion -{result.status}")
        self.result = result


class ScorecardView(VerticalScroll, can_focus=True):
    """Scrollable with arrows and PgUp/PgDn once focused."""

    def __init__(
        self,
        card: Scorecard,
        *,
        coaching: bool = True,
        wording: Wording = NO_WORDING,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.card = card
        self.coaching = coaching
        self.wording = wording

    def compose(self) -> ComposeResult:
        card = self.card
        fatal = [c for c in card.criteria if c.fatal and c.status == "fail"]
        yield Static(t("score.fatal"), classes="heading -fatal")
        if not fatal:
            yield Static(t("score.fatal.none"), classes="note")
        for result in fatal:
            yield from self._criterion(result)
        for section in card.sections:
            key = "score.section.na" if section.na else "score.section"
            heading = t(
                key,
                title=self.wording.section_title(section, language()),
                score=section.score * 100,  # the scorer's section score is a 0..1 share
                weight=section.effective_weight,
            )
            yield Static(heading, classes="heading", markup=False)
            for result in card.criteria:
                if result.section == section.id and not (result.fatal and result.status == "fail"):
                    yield from self._criterion(result)

    def _criterion(self, result: CriterionResult) -> ComposeResult:
        lang = language()
        yield CriterionRow(result, self.wording)
        if result.reason:
            yield Static(reason_shown(result, lang), classes="reason", markup=False)
        for e in result.evidence:
            note = f"  ({e.note})" if e.note else ""
            line = f"{int(e.t) // 60:02d}:{int(e.t) % 60:02d} {e.speaker}: {e.text}{note}"
            yield Static(line, classes="evidence", markup=False)
        if self.coaching and result.status == "fail" and result.coaching:
            tip = self.wording.coaching(result, lang)
            yield Static(t("score.coaching", text=tip), classes="coaching", markup=False)

    def rows(self) -> list[CriterionRow]:
        return list(self.query(CriterionRow))
