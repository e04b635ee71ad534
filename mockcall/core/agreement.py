"""How far one scorer's verdicts are from a reference reviewer's: the QA contract's measures.

A QA lead trusts an automatic score once it agrees with a calibrated reviewer on the calls
that matter: the same fatal errors (a missed one lets a failing call through, a false alarm
fails a good agent), the same pass/fail, a total within a few points, and each section close.
These measures are computed here once, for every place that reports them: the benchmark
(``scripts/bench_qa.py``, transcripts against hand-scored labels) and calibration
(``mockcall calibrate --gold``: the scorer and each reviewer against the gold reviewer on the
stored calls).

A :class:`Verdict` is what the measures read of one scored call; it is built from a scorecard
(:func:`verdict_of`) or from the JSON result of ``mockcall qa`` (:func:`verdict_from_result`),
which is also the format of hand-scored labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from mockcall.core.model import Rubric
    from mockcall.core.scoring import Scorecard

#: Totals this many points apart or closer agree (the contract's ±5).
TOLERANCE: Final[float] = 5.0


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the agreement measures read of one scored call."""

    total: float
    passed: bool
    fatal: frozenset[str]
    #: weighted section id -> fraction met (0..1), None where the section was N/A
    sections: Mapping[str, float | None]


@dataclass
class Agreement:
    """One scorer against a reference over the same calls."""

    n: int = 0
    fatal_agree: int = 0
    #: fatal errors the reference found and the scorer did not
    fatal_missed: int = 0
    #: fatal errors the scorer found and the reference did not
    fatal_false_alarm: int = 0
    pass_agree: int = 0
    #: totals within :data:`TOLERANCE` points
    within: int = 0
    #: section id -> absolute errors in points (fraction × 100), where both score it
    section_errors: dict[str, list[float]] = field(default_factory=dict)
    #: section id -> calls where exactly one side found it N/A
    section_na_disagree: dict[str, int] = field(default_factory=dict)

    def add(self, mine: Verdict, reference: Verdict) -> None:
        """Count one call."""
        self.n += 1
        self.fatal_agree += mine.fatal == reference.fatal
        self.fatal_missed += len(reference.fatal - mine.fatal)
        self.fatal_false_alarm += len(mine.fatal - reference.fatal)
        self.pass_agree += mine.passed == reference.passed
        self.within += abs(mine.total - reference.total) <= TOLERANCE
        for sid, want in reference.sections.items():
            got = mine.sections.get(sid)
            if want is None and got is None:
                continue
            if want is None or got is None:
                self.section_na_disagree[sid] = self.section_na_disagree.get(sid, 0) + 1
                continue
            self.section_errors.setdefault(sid, []).append(abs(got - want) * 100)

    def section_mae(self) -> dict[str, float]:
        """Mean absolute error per section, in points, sections in id order."""
        return {s: sum(e) / len(e) for s, e in sorted(self.section_errors.items()) if e}

    def to_dict(self) -> dict[str, Any]:
        return {
            "calls": self.n,
            "fatal_agree": self.fatal_agree,
            "fatal_missed": self.fatal_missed,
            "fatal_false_alarm": self.fatal_false_alarm,
            "pass_agree": self.pass_agree,
            "within_5": self.within,
            "section_mae": {k: round(v, 1) for k, v in self.section_mae().items()},
            "section_na_disagree": dict(sorted(self.section_na_disagree.items())),
        }


def agreement(pairs: Iterable[tuple[Verdict, Verdict]]) -> Agreement:
    """The measures over (scorer's verdict, reference's verdict) pairs, one per call."""
    out = Agreement()
    for mine, reference in pairs:
        out.add(mine, reference)
    return out


def verdict_of(card: Scorecard, rubric: Rubric) -> Verdict:
    """A scorecard's verdict; sections are the rubric's weighted ones, each met ÷ applicable
    (the QA JSON's ``sections``). Weight-0 sections (the card's fatal errors) are no share of
    the total: they are the ``fatal`` set instead."""
    weights = {s.id: s.weight for s in rubric.sections}
    sections = {
        s.id: None if s.na or s.possible <= 0 else round(s.score, 4)
        for s in card.sections
        if weights.get(s.id, 0) > 0
    }
    return Verdict(float(card.total), bool(card.passed), frozenset(card.fatal_failures), sections)


def verdict_from_result(data: Mapping[str, Any]) -> Verdict:
    """The verdict of a ``mockcall qa`` JSON result (or a hand-scored label in that format)."""
    raw = data.get("sections") or {}
    sections = {str(k): None if v is None else float(v) for k, v in raw.items()}
    total = data.get("total")
    return Verdict(
        float(total) if isinstance(total, (int, float)) else float("nan"),
        bool(data.get("passed")),
        frozenset(str(f) for f in data.get("fatal") or ()),
        sections,
    )
