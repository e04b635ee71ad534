"""The scorecard as a reviewer works it: a list of criteria to move through, and the detail of
the one under the cursor (reason, evidence, coaching, the scorer's original call, reviews).

The order is the trainee's score screen's — fatal failures first, then each section — so a
trainee and a reviewer discussing a call see the card the same way. Sections are disabled
rows: the cursor skips them. Titles, reasons and coaching are in the UI language, as on the
score screen (``wording``: the rubric's translations).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from mockcall.core.scoring.shown import points_shown, reason_shown
from mockcall.core.scoring.wording import NO_WORDING, Wording
from mockcall.tui.i18n import clock, language, t
from mockcall.tui.messages import CriterionChosen
from mockcall.tui.review_context import mark, when

if TYPE_CHECKING:
    from mockcall.core.scoring import CriterionResult, Scorecard
    from mockcall.store.api import OverrideRecord

STYLES = {"pass": "green", "fail": "red", "na": "dim", "review": "yellow"}


def ordered(
    card: Scorecard, wording: Wording = NO_WORDING
) -> list[tuple[str, list[CriterionResult]]]:
    """(heading, criteria) groups: fatal failures first, then the sections in rubric order."""
    fatal = [c for c in card.criteria if c.fatal and c.status == "fail"]
    groups = [(t("score.fatal"), fatal)] if fatal else []
    for s in card.sections:
        key = "score.section.na" if s.na else "score.section"
        title = wording.section_title(s, language())
        head = t(key, title=title, score=s.score * 100, weight=s.effective_weight)
        groups.append((head, [c for c in card.criteria if c.section == s.id and c not in fatal]))
    return groups


def label(c: CriterionResult, wording: Wording = NO_WORDING) -> Text:
    """``✗  0/10 Greeting ✎`` with the status colour; ✎ marks a reviewed criterion."""
    text = Text(f"{mark(c.status)} {points_shown(c.status, c.earned, c.points):>7} ")
    text.append(wording.criterion_title(c, language()))
    if c.fatal and c.status == "fail":
        text.append(f" {t('review.fatal_tag')}", style="bold")
    if c.overridden is not None:
        text.append(f" ✎ ({t('review.was', mark=mark(c.original_status))})", style="yellow")
    text.stylize(STYLES.get(c.status, ""))
    return text


class ReviewCriteria(OptionList):
    """Posts :class:`CriterionChosen` as the cursor moves, so the transcript follows it."""

    def show(self, card: Scorecard, keep: str | None = None, wording: Wording = NO_WORDING) -> None:
        self.clear_options()
        groups = ordered(card, wording)
        for heading, criteria in groups:
            self.add_option(Option(Text(heading, style="bold underline"), disabled=True))
            self.add_options(Option(label(c, wording), id=c.id) for c in criteria)
        # the first row shown (a fatal failure if any), not the rubric's first criterion
        first = next((c.id for _, group in groups for c in group), None)
        target = keep if keep is not None else first
        if target is not None:
            self.highlighted = self.get_option_index(target)

    def current(self) -> str | None:
        if self.highlighted is None:
            return None
        return self.get_option_at_index(self.highlighted).id

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(CriterionChosen(event.option.id))


class CriterionDetail(Static):
    """Everything about one criterion a reviewer needs to agree or override."""

    def show(
        self,
        c: CriterionResult,
        history: Sequence[OverrideRecord],
        wording: Wording = NO_WORDING,
    ) -> None:
        lang = language()
        out = Text()
        out.append(f"{wording.criterion_title(c, lang)}\n", style="bold")
        out.append(f"{c.section}/{c.id}  {mark(c.status)} {t(f'review.status.{c.status}')}  ")
        out.append(points_shown(c.status, c.earned, c.points))
        out.append(f"  {t('review.fatal_tag')}\n" if c.fatal else "\n")
        if c.overridden is not None:
            orig = f"{mark(c.original_status)} {t(f'review.status.{c.original_status}')}"
            out.append(t("review.detail.original", status=orig) + "\n", style="yellow")
        if c.reason:
            out.append(t("review.detail.why", reason=reason_shown(c, lang)) + "\n")
        for e in c.evidence:
            note = f" — {e.note}" if e.note else ""
            out.append(f"  {clock(e.t)} {e.speaker}: {e.text}{note}\n", style="dim")
        if c.coaching:
            tip = wording.coaching(c, lang)
            out.append(t("score.coaching", text=tip) + "\n", style="italic")
        for o in history:
            out.append(override_line(o) + "\n", style="yellow")
        self.update(out)


def override_line(o: OverrideRecord) -> str:
    """``2025-05-14 10:02 qa-sari: ✗ → ✓ "customer volunteered it"``."""
    change = f"{mark(o.previous_status)} → {mark(o.status)}"
    return f"{when(o.at)} {o.reviewer}: {o.criterion} {change} “{o.comment}”"
