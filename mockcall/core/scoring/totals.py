"""Totals: criterion lines in, section shares, the total and pass/fail out.

One module for the arithmetic so the scorer and the explorer (which totals criterion
statuses it already knows, ``tally``) cannot disagree on a rounding or an N/A rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from mockcall.core.model import Rubric
from mockcall.core.scoring.card import CriterionResult, Override, Scorecard, SectionResult, Status

#: Statuses that leave the total: N/A, and a judgement still waiting for a reviewer.
OUT_OF_TOTAL: Final = frozenset({"na", "review"})


def tally(
    rubric: Rubric, results: Sequence[CriterionResult]
) -> tuple[tuple[SectionResult, ...], float, tuple[str, ...], bool]:
    """Sections, total, fatal failures and pass/fail of a card's criterion lines.

    A fatal failure always fails the call; under the rubric's ``fatal_policy: zero`` it also
    makes the total 0 (the sections keep their scores, so a reviewer still sees what was done).

    Split out of :func:`score` so the explorer can total criterion statuses it already knows
    (from equal score keys) with the very arithmetic a scorecard uses.
    """
    sections = section_results(rubric, results)
    total = round1(sum(s.effective_weight * s.score for s in sections))
    fatal_failures = tuple(r.id for r in results if r.fatal and r.status == "fail")
    passed = not fatal_failures and total >= float(rubric.pass_mark)
    if fatal_failures and rubric.fatal_policy == "zero":
        total = 0.0  # the QA team's rule: a fatal error scores the call nothing
    return sections, total, fatal_failures, passed


def coaching(card: Scorecard) -> list[str]:
    """Coaching tips of the criteria the trainee lost, fatal ones first, in rubric order.

    Empty tips are skipped and a tip shared by several criteria is given once: the list is read
    by a trainee after the call, so repetition would only bury the fatal advice.
    """
    lost = [c for c in card.criteria if c.lost and c.coaching]
    ordered = [c for c in lost if c.fatal] + [c for c in lost if not c.fatal]
    tips: list[str] = []
    for c in ordered:
        if c.coaching not in tips:
            tips.append(c.coaching)
    return tips


def points_earned(status: Status, points: float, over: Override | None) -> float:
    """Points earned: all or nothing, unless a reviewer gave partial points explicitly."""
    if status in OUT_OF_TOTAL:
        return 0.0
    if over is not None and over.points is not None:
        return min(max(over.points, 0.0), points)
    return points if status == "pass" else 0.0


def section_results(
    rubric: Rubric, results: Sequence[CriterionResult]
) -> tuple[SectionResult, ...]:
    """Section shares, with the weight of all-N/A sections redistributed over the others."""
    raw: list[tuple[str, str, float, float, float, bool]] = []
    for section in rubric.sections:
        mine = [r for r in results if r.section == section.id]
        applicable = [r for r in mine if r.status not in OUT_OF_TOTAL]
        possible = sum(r.points for r in applicable)
        earned = sum(r.earned for r in applicable)
        na = not applicable
        raw.append(
            (section.id, section.title or section.id, float(section.weight), earned, possible, na)
        )
    live_weight = sum(w for _, _, w, _, possible, na in raw if not na and possible > 0)
    out: list[SectionResult] = []
    for sid, title, weight, earned, possible, na in raw:
        counts = not na and possible > 0 and live_weight > 0
        out.append(
            SectionResult(
                id=sid,
                title=title,
                weight=weight,
                effective_weight=weight * 100.0 / live_weight if counts else 0.0,
                earned=earned,
                possible=possible,
                score=earned / possible if possible > 0 else 0.0,
                na=na,
            )
        )
    return tuple(out)


def round1(value: float) -> float:
    """Half-up to one decimal on the shortest decimal form, so 84.95 shows (and passes) as 85.0."""
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
