"""The scorecard and its lines: what a scored call *says*, apart from how it was scored.

Kept apart from the checks because the card is read far more widely than it is written: the
store persists it, the TUI and QA export show it, and reviews round-trip it through
``to_dict``/``from_dict``. Those readers should not pull in the checks to read a result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from mockcall.core.canonical import content_hash
from mockcall.core.model import Rubric

Status = Literal["pass", "fail", "na", "review"]


STATUSES: Final[tuple[Status, ...]] = ("pass", "fail", "na", "review")


#: Statuses a reviewer's override may set.
OVERRIDE_STATUSES: Final[tuple[Status, ...]] = ("pass", "fail", "na")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One event quoted in support of a result: what was said or done, when, and why it matters."""

    seq: int
    t: float
    speaker: str
    text: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "t": self.t,
            "speaker": self.speaker,
            "text": self.text,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Evidence:
        return cls(
            int(raw["seq"]),
            float(raw["t"]),
            str(raw["speaker"]),
            str(raw["text"]),
            str(raw.get("note", "")),
        )


@dataclass(frozen=True, slots=True)
class Override:
    """A reviewer's decision on one criterion, taken from an ``override`` event."""

    seq: int
    t: float
    status: Status
    reviewer: str
    comment: str
    points: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "t": self.t,
            "status": self.status,
            "reviewer": self.reviewer,
            "comment": self.comment,
            "points": self.points,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Override:
        points = raw.get("points")
        return cls(
            int(raw["seq"]),
            float(raw["t"]),
            parse_status(raw["status"]),
            str(raw.get("reviewer", "")),
            str(raw.get("comment", "")),
            None if points is None else float(points),
        )


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One scored line of the card. ``original_status`` is the scorer's, ``status`` the final.

    ``reason`` is the scorer's sentence in English, as every export and stored card has it;
    ``reason_code`` and ``reason_args`` are the same reason as a code of
    :data:`~mockcall.core.scoring.reasons.REASONS` with its values (JSON data), so a screen can
    write it in the reader's language (``shown.reason_shown``). A card stored before reasons had
    codes reads back with an empty code, and is shown in English.
    """

    section: str
    id: str
    title: str
    status: Status
    points: float
    earned: float
    fatal: bool
    reason: str
    evidence: tuple[Evidence, ...]
    coaching: str
    overridden: Override | None
    original_status: Status
    reason_code: str = ""
    reason_args: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def lost(self) -> bool:
        """True when the criterion counts against the trainee (failed, after any override)."""
        return self.status == "fail"

    def to_dict(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "points": self.points,
            "earned": self.earned,
            "fatal": self.fatal,
            "reason": self.reason,
            "evidence": [e.to_dict() for e in self.evidence],
            "coaching": self.coaching,
            "overridden": None if self.overridden is None else self.overridden.to_dict(),
            "original_status": self.original_status,
            "reason_code": self.reason_code,
            "reason_args": dict(self.reason_args),
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> CriterionResult:
        over = raw.get("overridden")
        return cls(
            section=str(raw["section"]),
            id=str(raw["id"]),
            title=str(raw["title"]),
            status=parse_status(raw["status"]),
            points=float(raw["points"]),
            earned=float(raw["earned"]),
            fatal=bool(raw["fatal"]),
            reason=str(raw["reason"]),
            evidence=tuple(Evidence.from_dict(e) for e in raw.get("evidence", ())),
            coaching=str(raw.get("coaching", "")),
            overridden=None if over is None else Override.from_dict(over),
            original_status=parse_status(raw.get("original_status", raw["status"])),
            reason_code=str(raw.get("reason_code") or ""),
            reason_args=dict(args) if isinstance(args := raw.get("reason_args"), Mapping) else {},
        )


@dataclass(frozen=True, slots=True)
class SectionResult:
    """A section's share: ``effective_weight`` is its weight after N/A redistribution."""

    id: str
    title: str
    weight: float
    effective_weight: float
    earned: float
    possible: float
    score: float
    na: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "weight": self.weight,
            "effective_weight": self.effective_weight,
            "earned": self.earned,
            "possible": self.possible,
            "score": self.score,
            "na": self.na,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> SectionResult:
        return cls(
            id=str(raw["id"]),
            title=str(raw["title"]),
            weight=float(raw["weight"]),
            effective_weight=float(raw["effective_weight"]),
            earned=float(raw["earned"]),
            possible=float(raw["possible"]),
            score=float(raw["score"]),
            na=bool(raw["na"]),
        )


@dataclass(frozen=True, slots=True)
class Scorecard:
    """The scored call. ``total`` is 0..100 rounded to one decimal; the pass decision uses it."""

    rubric_id: str
    rubric_version: int
    rubric_hash: str
    total: float
    passed: bool
    pass_mark: float
    fatal_failures: tuple[str, ...]
    sections: tuple[SectionResult, ...]
    criteria: tuple[CriterionResult, ...]
    ending: str | None

    def criterion(self, criterion_id: str) -> CriterionResult | None:
        """The result of one criterion by id, or None if the rubric has no such criterion."""
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def section(self, section_id: str) -> SectionResult | None:
        """The result of one section by id, or None."""
        return next((s for s in self.sections if s.id == section_id), None)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; ``Scorecard.from_dict(card.to_dict()) == card``."""
        return {
            "rubric_id": self.rubric_id,
            "rubric_version": self.rubric_version,
            "rubric_hash": self.rubric_hash,
            "total": self.total,
            "passed": self.passed,
            "pass_mark": self.pass_mark,
            "fatal_failures": list(self.fatal_failures),
            "sections": [s.to_dict() for s in self.sections],
            "criteria": [c.to_dict() for c in self.criteria],
            "ending": self.ending,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Scorecard:
        ending = raw.get("ending")
        return cls(
            rubric_id=str(raw["rubric_id"]),
            rubric_version=int(raw["rubric_version"]),
            rubric_hash=str(raw["rubric_hash"]),
            total=float(raw["total"]),
            passed=bool(raw["passed"]),
            pass_mark=float(raw["pass_mark"]),
            fatal_failures=tuple(str(f) for f in raw.get("fatal_failures", ())),
            sections=tuple(SectionResult.from_dict(s) for s in raw.get("sections", ())),
            criteria=tuple(CriterionResult.from_dict(c) for c in raw.get("criteria", ())),
            ending=None if ending is None else str(ending),
        )


def parse_status(value: object) -> Status:
    for status in STATUSES:
        if value == status:
            return status
    raise ValueError(f"not a criterion status: {value!r}")


def rubric_hash(rubric: Rubric) -> str:
    """A stable sha256 of the rubric's content, for rubrics that did not come from the loader:
    the very hash the loader sets (``core.canonical``), so a session finds its rubric by either."""
    return content_hash(rubric)
