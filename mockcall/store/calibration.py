"""Calibration: how far apart the reviewers of the same calls are, and from the gold reviewer.

A QA team calibrates by scoring the same calls and comparing. Every reviewer's judgements stay
in the log as ``override`` events, so each reviewer's own scorecard is the automatic score with
only *that* reviewer's latest judgements applied: the log with every other reviewer's overrides
left out, scored by the same pure function with the session's frozen rubric. Nothing here
writes; the CLI (``mockcall calibrate``) and the review TUI's calibration screen both read it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mockcall.core import events as ev
from mockcall.core.agreement import Agreement, Verdict, agreement, verdict_of
from mockcall.core.events import Event

if TYPE_CHECKING:
    from mockcall.core.model import Rubric
    from mockcall.store.api import SessionStore


@dataclass(frozen=True, slots=True)
class Judge:
    """One scorecard of the session: the scorer's own (``auto``) or a reviewer's."""

    name: str
    total: float
    passed: bool
    #: criterion id -> pass | fail | na
    statuses: Mapping[str, str]
    #: % of criteria with the gold reviewer's status; None without a gold reviewer's card
    agreement: float | None = None
    #: what the QA agreement measures read of this card (fatal errors, sections)
    verdict: Verdict | None = None


@dataclass(frozen=True, slots=True)
class SessionCalibration:
    session_id: str
    trainee: str
    persona: str
    #: (criterion id, title) in rubric order
    criteria: tuple[tuple[str, str], ...]
    auto: Judge
    reviewers: tuple[Judge, ...]
    gold: str | None

    @property
    def spread(self) -> float | None:
        """Highest minus lowest reviewer total (None when nobody reviewed the call)."""
        totals = [r.total for r in self.reviewers]
        return round(max(totals) - min(totals), 1) if totals else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": self.session_id,
            "trainee": self.trainee,
            "persona": self.persona,
            "criteria": [c for c, _ in self.criteria],
            "gold": self.gold,
            "auto": _judge_dict(self.auto),
            "reviewers": [_judge_dict(r) for r in self.reviewers],
            "spread": self.spread,
        }


def _judge_dict(judge: Judge) -> dict[str, Any]:
    return {
        "reviewer": judge.name,
        "total": judge.total,
        "passed": judge.passed,
        "statuses": dict(judge.statuses),
        "agreement": judge.agreement,
        "fatal": sorted(judge.verdict.fatal) if judge.verdict is not None else [],
    }


def reviewers_of(log: Sequence[Event]) -> list[str]:
    """Everyone who judged a criterion of the call, in the order they first did."""
    names = (str(e.data.get("reviewer", "")) for e in log if e.kind == ev.OVERRIDE)
    return list(dict.fromkeys(n for n in names if n))


def reviewer_log(log: Sequence[Event], reviewer: str | None) -> list[Event]:
    """The log with only ``reviewer``'s overrides (None: none at all, the automatic score)."""
    return [
        e
        for e in log
        if e.kind != ev.OVERRIDE or (reviewer is not None and e.data.get("reviewer") == reviewer)
    ]


def calibrate_log(
    session_id: str, log: Sequence[Event], rubric: Rubric, gold: str | None = None, **meta: str
) -> SessionCalibration:
    """Each reviewer's card for one call, and each one's agreement with ``gold`` (matched
    without regard to case, as names are typed)."""
    from mockcall.core.scoring import score

    def judge(name: str, reviewer: str | None) -> Judge:
        card = score(reviewer_log(log, reviewer), rubric)
        statuses = {c.id: str(c.status) for c in card.criteria}
        verdict = verdict_of(card, rubric)
        return Judge(name, float(card.total), bool(card.passed), statuses, None, verdict)

    auto = judge("auto", None)
    judges = [judge(name, name) for name in reviewers_of(log)]
    reference = _named(judges, gold)
    if reference is not None:
        auto = _with_agreement(auto, reference)
        judges = [_with_agreement(j, reference) for j in judges]
    criteria = tuple((c.id, c.title or c.id) for _, c in rubric.criteria())
    return SessionCalibration(
        session_id,
        meta.get("trainee", ""),
        meta.get("persona", ""),
        criteria,
        auto,
        tuple(judges),
        gold or None,
    )


def _named(judges: Sequence[Judge], name: str | None) -> Judge | None:
    """The judge of that name, matched without regard to case (names are typed)."""
    wanted = (name or "").casefold()
    return next((j for j in judges if wanted and j.name.casefold() == wanted), None)


def _with_agreement(judge: Judge, gold: Judge) -> Judge:
    ids = list(gold.statuses)
    same = sum(judge.statuses.get(i) == gold.statuses[i] for i in ids)
    agreement = round(100.0 * same / len(ids), 1) if ids else None
    return Judge(judge.name, judge.total, judge.passed, judge.statuses, agreement, judge.verdict)


def agreement_with_gold(calibrations: Sequence[SessionCalibration]) -> dict[str, Agreement]:
    """Over the calls the gold reviewer judged: the scorer (``auto``) and every other reviewer
    against them, by the QA contract's measures (fatal errors, pass/fail, totals within ±5,
    each section's error). What a QA lead reads before trusting the automatic score.

    A reviewer is compared on the calls both judged; a reviewer's card is the automatic one
    with their overrides, so a criterion they left alone is one they agreed with.
    """
    pairs: dict[str, list[tuple[Verdict, Verdict]]] = {}
    for cal in calibrations:
        gold = _named(cal.reviewers, cal.gold)
        if gold is None or gold.verdict is None:
            continue
        for j in (cal.auto, *cal.reviewers):
            if j is not gold and j.verdict is not None:
                pairs.setdefault(j.name, []).append((j.verdict, gold.verdict))
    return {name: agreement(found) for name, found in pairs.items()}


def calibrate(
    store: SessionStore, session_ids: Sequence[str], gold: str | None = None
) -> list[SessionCalibration]:
    """Calibration of stored sessions, each re-scored with its frozen rubric.

    SessionNotFound for an unknown id; ValueError for a session that was never scored.
    """
    from mockcall.store.errors import SessionNotFound
    from mockcall.store.rubrics import rubric_from_text

    out = []
    for session_id in session_ids:
        meta = store.session(session_id)
        if meta is None:
            raise SessionNotFound(session_id)
        text = store.rubric_text(meta.rubric_hash) if meta.rubric_hash else None
        if meta.status != "finished" or text is None:
            raise ValueError(f"session {session_id} was not scored: nothing to calibrate")
        log = store.events(session_id)
        out.append(
            calibrate_log(
                session_id,
                log,
                rubric_from_text(text),
                gold,
                trainee=meta.trainee,
                persona=meta.persona,
            )
        )
    return out
