"""Progress a team lead can read: per trainee and for the cohort (everyone a filter selects).

Built from the scorecards of finished, scored sessions, one session at a time, so the same
numbers come out of any backend and any filter (``mockcall progress``, the review TUI).

Decisions worth knowing (docs/store.md repeats them):

* A criterion is identified by its rubric *and* its id: two accounts' rubrics may both have a
  ``greeting``, and their results are never added together.
* A criterion's weakness is how often it was lost out of the calls where it applied — an N/A
  is neither a pass nor a fail.
* Trainee names are grouped case-insensitively (``Rina`` and ``rina`` are one trainee), as the
  filters match them; the spelling first seen is shown.
* The trend is per UTC day: calls, average score, passes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mockcall.store.api import SessionRecord
from mockcall.store.query import fold


@dataclass(frozen=True, slots=True)
class CriterionStat:
    """One rubric criterion over some calls: lost out of applicable."""

    rubric: str
    criterion: str
    title: str
    section: str
    fatal: bool
    lost: int
    applicable: int

    @property
    def loss_rate(self) -> float:
        return self.lost / self.applicable if self.applicable else 0.0


@dataclass(frozen=True, slots=True)
class DayPoint:
    """One UTC day of calls."""

    day: str
    calls: int
    average: float
    passed: int


@dataclass(frozen=True, slots=True)
class Report:
    """A trainee's record, or the cohort's (``trainee`` None)."""

    trainee: str | None
    calls: int
    average: float | None
    pass_rate: float | None
    fatal_calls: int
    trend: tuple[DayPoint, ...]
    #: weakest first (highest loss rate, then most losses); criteria never lost come last
    criteria: tuple[CriterionStat, ...]

    @property
    def change(self) -> float | None:
        """Last day's average minus the first day's (None with fewer than two days)."""
        if len(self.trend) < 2:
            return None
        return round(self.trend[-1].average - self.trend[0].average, 1)


@dataclass(frozen=True, slots=True)
class Progress:
    cohort: Report
    trainees: tuple[Report, ...]


@dataclass
class _Tally:
    """Running totals for one trainee or the cohort (one pass over the sessions)."""

    name: str | None
    totals: list[float] = field(default_factory=list)
    passed: int = 0
    fatal_calls: int = 0
    days: dict[str, list[tuple[float, bool]]] = field(default_factory=dict)
    criteria: dict[tuple[str, str], list[Any]] = field(default_factory=dict)

    def add(self, started_at: str, card: Mapping[str, Any]) -> None:
        total, passed = float(card["total"]), bool(card.get("passed"))
        self.totals.append(total)
        self.passed += passed
        self.fatal_calls += bool(card.get("fatal_failures"))
        self.days.setdefault(started_at[:10], []).append((total, passed))
        rubric = str(card.get("rubric_id") or "")
        for c in card.get("criteria", ()):
            key = (rubric, str(c["id"]))
            entry = self.criteria.setdefault(
                key, [str(c.get("title") or c["id"]), str(c.get("section", "")), False, 0, 0]
            )
            entry[2] = entry[2] or bool(c.get("fatal"))
            entry[3] += c["status"] == "fail"
            entry[4] += c["status"] != "na"

    def report(self) -> Report:
        n = len(self.totals)
        trend = tuple(
            DayPoint(day, len(v), round(sum(t for t, _ in v) / len(v), 1), sum(p for _, p in v))
            for day, v in sorted(self.days.items())
        )
        stats = [
            CriterionStat(rubric, crit, e[0], e[1], e[2], e[3], e[4])
            for (rubric, crit), e in self.criteria.items()
        ]
        stats.sort(key=lambda s: (-s.loss_rate, -s.lost, s.rubric, s.criterion))
        return Report(
            trainee=self.name,
            calls=n,
            average=round(sum(self.totals) / n, 1) if n else None,
            pass_rate=round(self.passed / n, 3) if n else None,
            fatal_calls=self.fatal_calls,
            trend=trend,
            criteria=tuple(stats),
        )


def build(records: Iterable[SessionRecord]) -> Progress:
    """The cohort's and each trainee's report from the sessions (their scorecards needed)."""
    cohort = _Tally(None)
    people: dict[str, _Tally] = {}
    for record in records:
        card, meta = record.scorecard, record.meta
        if meta.status != "finished" or not card or card.get("total") is None:
            continue
        cohort.add(meta.started_at, card)
        people.setdefault(fold(meta.trainee), _Tally(meta.trainee)).add(meta.started_at, card)
    trainees = tuple(people[k].report() for k in sorted(people))
    return Progress(cohort.report(), trainees)
