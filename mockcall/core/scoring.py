"""Scoring: an event log and a rubric in, a scorecard out.

``score(events, rubric)`` is a pure function.  It reads no clock, no file and no random source,
so the same log scored by the same rubric gives the same card today and years later — which is
what makes a review, a calibration session or an export trustworthy.  Everything a check needs is
in the log: the account's SOP limits and the persona's expectations are copied into
``call_started`` by the engine.

The card carries *why* for every line: a plain-sentence reason and the evidence (the events and
transcript lines that earned or lost it), because a QA score that cannot be argued with the
transcript is useless to a trainee.  Reviewer overrides are events too, so re-scoring a reviewed
call reproduces the reviewed card.

The contract is ``docs/semantics.md`` ("Scoring" and "Scoring notes").
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final, Literal

from mockcall.core import events as ev
from mockcall.core.daytime import greetings_in, local_time, wrong_greetings
from mockcall.core.events import Event, transcript
from mockcall.core.model import (
    Check,
    Criterion,
    EscalationRule,
    EventMatch,
    HoursRegion,
    Limit,
    NaRule,
    Rubric,
    Sop,
    ToolBefore,
)

Status = Literal["pass", "fail", "na", "review"]
STATUSES: Final[tuple[Status, ...]] = ("pass", "fail", "na", "review")
#: Statuses a reviewer's override may set.
OVERRIDE_STATUSES: Final[tuple[Status, ...]] = ("pass", "fail", "na")
#: Statuses that leave the total: N/A, and a judgement still waiting for a reviewer.
_OUT_OF_TOTAL: Final = frozenset({"na", "review"})

#: Events that make noise on the line: silence is measured between them.
#: A transfer counts too: its briefing is spoken (for its ``seconds``, in a transcript).
_SOUND_KINDS: Final = frozenset(
    {ev.CUSTOMER_SAID, ev.AGENT_SAID, ev.HOLD_STARTED, ev.HOLD_ENDED, ev.TRANSFERRED}
)
#: Events that put the customer on a live line (inbound answer, outbound pickup, chat opened).
_CONNECT_KINDS: Final = frozenset({ev.ANSWERED, ev.CONNECTED})

#: Which SOP value the word ``sop`` stands for, per timing key.
_SOP_KEYS: Final[dict[str, str]] = {
    "max_hold_seconds": "max_hold_seconds",
    "max_dead_air_seconds": "dead_air_seconds",
    "max_acw_seconds": "acw_seconds",
    "max_handle_seconds": "max_handle_seconds",
    "hold_checkback": "hold_checkback_seconds",
}


# =========================================================================== result types


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
            _status(raw["status"]),
            str(raw.get("reviewer", "")),
            str(raw.get("comment", "")),
            None if points is None else float(points),
        )


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One scored line of the card. ``original_status`` is the scorer's, ``status`` the final."""

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
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> CriterionResult:
        over = raw.get("overridden")
        return cls(
            section=str(raw["section"]),
            id=str(raw["id"]),
            title=str(raw["title"]),
            status=_status(raw["status"]),
            points=float(raw["points"]),
            earned=float(raw["earned"]),
            fatal=bool(raw["fatal"]),
            reason=str(raw["reason"]),
            evidence=tuple(Evidence.from_dict(e) for e in raw.get("evidence", ())),
            coaching=str(raw.get("coaching", "")),
            overridden=None if over is None else Override.from_dict(over),
            original_status=_status(raw.get("original_status", raw["status"])),
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


def _status(value: object) -> Status:
    for status in STATUSES:
        if value == status:
            return status
    raise ValueError(f"not a criterion status: {value!r}")


# =========================================================================== public API


def score(events: Sequence[Event], rubric: Rubric) -> Scorecard:
    """Score a call's event log against a rubric. Pure: same inputs, same card.

    A log that never reached ``call_ended`` (an abandoned call) is scored on what happened.
    ``override`` events are not part of the call: they only replace criterion statuses.
    """
    call = _Call.of(events)
    results: list[CriterionResult] = []
    for section, criterion in rubric.criteria():
        status, reason, evidence = _judge(criterion, call)
        over = call.overrides.get(criterion.id)
        final: Status = over.status if over is not None else status
        points = float(criterion.points)
        earned = _earned(final, points, over)
        results.append(
            CriterionResult(
                section=section.id,
                id=criterion.id,
                title=criterion.title or criterion.id,
                status=final,
                points=points,
                earned=earned,
                fatal=criterion.fatal,
                reason=reason,
                evidence=evidence,
                coaching=criterion.coaching,
                overridden=over,
                original_status=status,
            )
        )

    sections, total, fatal_failures, passed = tally(rubric, results)
    return Scorecard(
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        rubric_hash=rubric.content_hash or rubric_hash(rubric),
        total=total,
        passed=passed,
        pass_mark=float(rubric.pass_mark),
        fatal_failures=fatal_failures,
        sections=sections,
        criteria=tuple(results),
        ending=call.ending,
    )


def tally(
    rubric: Rubric, results: Sequence[CriterionResult]
) -> tuple[tuple[SectionResult, ...], float, tuple[str, ...], bool]:
    """Sections, total, fatal failures and pass/fail of a card's criterion lines.

    Split out of :func:`score` so the explorer can total criterion statuses it already knows
    (from equal score keys) with the very arithmetic a scorecard uses.
    """
    sections = _sections(rubric, results)
    total = _round1(sum(s.effective_weight * s.score for s in sections))
    fatal_failures = tuple(r.id for r in results if r.fatal and r.status == "fail")
    return sections, total, fatal_failures, not fatal_failures and total >= float(rubric.pass_mark)


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


def rubric_hash(rubric: Rubric) -> str:
    """A stable sha256 of the rubric's content, for rubrics that did not come from the loader.

    Positions (``at``, ``marks``) and the source path are left out so moving or reformatting a
    file does not change the hash; only what the rubric *says* does.
    """
    text = json.dumps(_canonical(rubric), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _canonical(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _canonical(getattr(value, f.name))
            for f in fields(value)
            if not f.metadata.get("internal")
        }
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (tuple, list)):
        return [_canonical(v) for v in value]
    return value


# =========================================================================== totals


def _earned(status: Status, points: float, over: Override | None) -> float:
    """Points earned: all or nothing, unless a reviewer gave partial points explicitly."""
    if status in _OUT_OF_TOTAL:
        return 0.0
    if over is not None and over.points is not None:
        return min(max(over.points, 0.0), points)
    return points if status == "pass" else 0.0


def _sections(rubric: Rubric, results: Sequence[CriterionResult]) -> tuple[SectionResult, ...]:
    """Section shares, with the weight of all-N/A sections redistributed over the others."""
    raw: list[tuple[str, str, float, float, float, bool]] = []
    for section in rubric.sections:
        mine = [r for r in results if r.section == section.id]
        applicable = [r for r in mine if r.status not in _OUT_OF_TOTAL]
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


def _round1(value: float) -> float:
    """Half-up to one decimal on the shortest decimal form, so 84.95 shows (and passes) as 85.0."""
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


# =========================================================================== the call, indexed


@dataclass(frozen=True, slots=True)
class _Turn:
    """An agent turn: its event, its position among agent turns, and its acts."""

    index: int
    event: Event
    acts: frozenset[str]


@dataclass(frozen=True)
class _Call:
    """The log read once into the shapes the checks ask about. Never mutates the events."""

    events: tuple[Event, ...]
    turns: tuple[_Turn, ...]
    lines: Mapping[int, tuple[str, str]]
    started: Mapping[str, Any]
    ending: str | None
    ended_at: float
    overrides: Mapping[str, Override]

    @classmethod
    def of(cls, raw: Sequence[Event]) -> _Call:
        ordered = sorted(raw, key=lambda e: e.seq)
        call_events = tuple(e for e in ordered if e.kind != ev.OVERRIDE)
        turns: list[_Turn] = []
        for e in call_events:
            if e.kind == ev.AGENT_SAID:
                acts = e.data.get("acts") or ()
                turns.append(_Turn(len(turns), e, frozenset(str(a) for a in acts)))
        started = next((e.data for e in call_events if e.kind == ev.CALL_STARTED), {})
        ended = next((e for e in call_events if e.kind == ev.CALL_ENDED), None)
        ending = None if ended is None else str(ended.data.get("ending", "")) or None
        last_t = call_events[-1].t if call_events else 0.0
        ended_at = ended.t if ended is not None else last_t
        overrides: dict[str, Override] = {}
        for e in ordered:
            if e.kind == ev.OVERRIDE:
                over = _override(e)
                if over is not None:
                    overrides[str(e.data.get("criterion", ""))] = over
        lines = {e.seq: (speaker, text) for e, speaker, text in transcript(call_events)}
        return cls(call_events, tuple(turns), lines, started, ending, ended_at, overrides)

    # --- queries -------------------------------------------------------------------------

    def of_kind(self, kind: str) -> list[Event]:
        return [e for e in self.events if e.kind == kind]

    def first(self, kind: str) -> Event | None:
        return next((e for e in self.events if e.kind == kind), None)

    def last(self, kind: str) -> Event | None:
        return next((e for e in reversed(self.events) if e.kind == kind), None)

    def turns_with(self, act: str) -> list[_Turn]:
        return [t for t in self.turns if act in t.acts]

    def sop(self, key: str) -> float:
        """An SOP value from ``call_started``; the model's documented default if it is absent."""
        sop = self.started.get("sop")
        if isinstance(sop, Mapping) and isinstance(sop.get(key), (int, float)):
            return float(sop[key])
        return float(getattr(_DEFAULT_SOP, key))

    @property
    def channel(self) -> str:
        return str(self.started.get("channel", "call"))

    @property
    def expect(self) -> Mapping[str, Any]:
        expect = self.started.get("expect")
        return expect if isinstance(expect, Mapping) else {}

    @property
    def connected(self) -> Event | None:
        """Where the line went live; a log without answer/connect goes live at its first line."""
        first = next((e for e in self.events if e.kind in _CONNECT_KINDS), None)
        if first is None:
            first = next(
                (e for e in self.events if e.kind in (ev.CUSTOMER_SAID, ev.AGENT_SAID)), None
            )
        return first

    def evidence(self, event: Event, note: str = "") -> Evidence:
        speaker, text = self.lines.get(event.seq, ("system", event.kind.replace("_", " ")))
        return Evidence(event.seq, event.t, speaker, text, note)


_DEFAULT_SOP: Final = Sop()


def _override(event: Event) -> Override | None:
    """An override event as an Override; malformed ones are ignored (reviews never crash)."""
    status = event.data.get("status")
    if status not in OVERRIDE_STATUSES:
        return None
    points = event.data.get("points")
    if isinstance(points, bool) or not isinstance(points, (int, float)):
        points = None
    return Override(
        seq=event.seq,
        t=event.t,
        status=_status(status),
        reviewer=str(event.data.get("reviewer", "")),
        comment=str(event.data.get("comment", "")),
        points=None if points is None else float(points),
    )


# =========================================================================== one criterion


@dataclass(frozen=True, slots=True)
class _Outcome:
    ok: bool
    reason: str
    evidence: tuple[Evidence, ...] = ()


def _judge(criterion: Criterion, call: _Call) -> tuple[Status, str, tuple[Evidence, ...]]:
    """Status, reason and evidence of one criterion, before any override."""
    if criterion.na_unless is not None:
        why_na = _not_applicable(criterion.na_unless, call)
        if why_na is not None:
            return "na", why_na, ()
    outcomes = [check(criterion.check, call) for check in _CHECKS]
    given = [o for o in outcomes if o is not None]
    if not given:
        status: Status = "pass"
        reason = "Nothing to check."
        evidence: tuple[Evidence, ...] = ()
    else:
        failed = next((o for o in given if not o.ok), None)
        if failed is not None:
            status, reason, evidence = "fail", _sentence(failed.reason), _sorted(failed.evidence)
        else:
            reason = _sentence("; ".join(o.reason for o in given))
            status, evidence = "pass", _sorted(e for o in given for e in o.evidence)
    if criterion.review:
        # A judgement the log cannot settle: the checks' finding is a hint for the reviewer.
        hint = "" if not given else f" The log suggests: {reason}"
        return "review", "Needs review." + hint, evidence
    return status, reason, evidence


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _sorted(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Evidence in log order, each event once, its notes joined (a turn can earn two acts)."""
    seen: dict[int, Evidence] = {}
    for e in evidence:
        had = seen.get(e.seq)
        if had is None:
            seen[e.seq] = e
        elif e.note and e.note not in had.note.split("; "):
            note = f"{had.note}; {e.note}" if had.note else e.note
            seen[e.seq] = Evidence(had.seq, had.t, had.speaker, had.text, note)
    return tuple(seen[s] for s in sorted(seen))


def _not_applicable(rule: NaRule, call: _Call) -> str | None:
    """Why the criterion is N/A, or None if every condition of ``na_unless`` holds."""
    if rule.event is not None and not _matching_kind(rule.event, rule.where, call):
        what = _describe_kind(rule.event, rule.where)
        return f"N/A: no {what} happened."
    if rule.act is not None and not call.turns_with(rule.act):
        return f"N/A: the agent never performed {rule.act}."
    if rule.any_event and not any(call.first(k) for k in rule.any_event):
        return f"N/A: no {_or(rule.any_event)} happened."
    if rule.any_act and not any(call.turns_with(a) for a in rule.any_act):
        return f"N/A: the agent never performed {_or(rule.any_act)}."
    if rule.outcome and call.ending not in rule.outcome:
        ended = f"ended {call.ending}" if call.ending else "never ended"
        return f"N/A: the call {ended}, not {_or(rule.outcome)}."
    if rule.channel and call.channel not in rule.channel:
        return f"N/A: applies only on {_or(rule.channel)}, this was {call.channel}."
    if rule.direction is not None:
        direction = str(call.started.get("direction", "inbound"))
        if direction != rule.direction:
            return f"N/A: applies only to {rule.direction} calls, this was {direction}."
    return None


def _or(items: Iterable[str]) -> str:
    return " or ".join(items)


def _secs(value: float) -> str:
    return f"{value:.0f}s" if float(value).is_integer() else f"{value:.1f}s"


# =========================================================================== acts in windows


@dataclass(frozen=True, slots=True)
class _Group:
    """Agent turns a requirement must be met in; ``anchor`` is the event it hangs on, if any."""

    turns: tuple[_Turn, ...]
    label: str
    anchor: Event | None = None
    after: bool = True


def _groups(check: Check, call: _Call) -> tuple[list[_Group], str | None]:
    """The windows of ``requires``/``any_of``; a reason instead when an anchor never happened."""
    allowed = set(range(len(call.turns)))
    limits: list[str] = []
    if check.within_turns is not None:
        allowed &= set(range(check.within_turns))
        limits.append(f"in the first {_turns(check.within_turns)}")
    if check.last_turns is not None:
        allowed &= set(range(len(call.turns) - check.last_turns, len(call.turns)))
        limits.append(f"in the last {_turns(check.last_turns)}")

    def keep(turns: Iterable[_Turn]) -> tuple[_Turn, ...]:
        return tuple(t for t in turns if t.index in allowed)

    anchored = [(k, True) for k in (check.after_event,) if k] + [
        (k, False) for k in (check.before_event,) if k
    ]
    if not anchored:
        return [_Group(keep(call.turns), " and ".join(limits))], None
    groups: list[_Group] = []
    for kind, after in anchored:
        anchors = call.of_kind(kind)
        if not anchors:
            return [], f"no {kind} happened, so no turn could be checked"
        for anchor in anchors:
            if after:
                turn = next((t for t in call.turns if t.event.seq > anchor.seq), None)
                where = f"in the turn right after {kind}"
            else:
                turn = next((t for t in reversed(call.turns) if t.event.seq < anchor.seq), None)
                where = f"in the turn right before {kind}"
            label = " and ".join([where, *limits])
            groups.append(_Group(keep([turn] if turn else []), label, anchor, after))
    return groups, None


def _turns(n: int) -> str:
    return "turn" if n == 1 else f"{n} turns"


def _windowed(check: Check, call: _Call, acts: tuple[str, ...], every: bool) -> _Outcome:
    """``requires`` (every act) or ``any_of`` (one act) in each window group."""
    groups, no_anchor = _groups(check, call)
    need = ", ".join(acts)
    if no_anchor is not None:
        return _Outcome(False, f"{no_anchor}: {need}")
    earned: list[Evidence] = []
    for group in groups:
        seen = {a: next((t for t in group.turns if a in t.acts), None) for a in acts}
        missing = [a for a, t in seen.items() if t is None]
        met = not missing if every else len(missing) < len(acts)
        if not met:
            lacking = ", ".join(missing) if every else f"any of {need}"
            return _Outcome(
                False, _never(group, lacking), tuple(_group_evidence(call, group, lacking))
            )
        for act, turn in seen.items():
            if turn is not None:
                earned.append(call.evidence(turn.event, act))
    where = groups[0].label + ("" if len(groups) == 1 else " each time")
    said = need if every else ", ".join(sorted({e.note for e in earned}))
    return _Outcome(True, f"said {said}" + (f" {where}" if where else ""), tuple(earned))


def _never(group: _Group, lacking: str) -> str:
    if not group.label:
        return f"never said: {lacking}"
    if group.anchor is not None and not group.turns:
        side = "after" if group.after else "before"
        kind, seq = group.anchor.kind, group.anchor.seq
        return f"no agent turn in the window right {side} {kind} (seq {seq}) to say: {lacking}"
    return f"not said {group.label}: {lacking}"


def _group_evidence(call: _Call, group: _Group, lacking: str) -> list[Evidence]:
    """The turns that should have carried the act; none for a whole-call miss (nothing to quote)."""
    if not group.label:
        return []
    out = [call.evidence(t.event, f"missing {lacking}") for t in group.turns]
    if group.anchor is not None:
        out.append(call.evidence(group.anchor))
    return out


def _check_requires(check: Check, call: _Call) -> _Outcome | None:
    return _windowed(check, call, check.requires, every=True) if check.requires else None


def _check_any_of(check: Check, call: _Call) -> _Outcome | None:
    return _windowed(check, call, check.any_of, every=False) if check.any_of else None


def _check_before(check: Check, call: _Call) -> _Outcome | None:
    """Wherever a later act occurs, the earlier one occurred at the same turn or before."""
    order = check.before
    if len(order) < 2:
        return None
    earned: list[Evidence] = []
    for earlier, later in itertools.pairwise(order):
        laters = call.turns_with(later)
        if not laters:
            continue
        first_later = laters[0]
        earliers = call.turns_with(earlier)
        if not earliers:
            return _Outcome(
                False,
                f"out of order: {later} happened but {earlier} never did",
                (call.evidence(first_later.event, f"{later} without {earlier}"),),
            )
        if earliers[0].index > first_later.index:
            return _Outcome(
                False,
                f"out of order: {later} came before {earlier}",
                (
                    call.evidence(first_later.event, f"{later} before {earlier}"),
                    call.evidence(earliers[0].event, f"{earlier} only here"),
                ),
            )
        earned += [
            call.evidence(earliers[0].event, earlier),
            call.evidence(first_later.event, later),
        ]
    return _Outcome(
        True, f"in order: {' before '.join(order)} wherever they occurred", tuple(earned)
    )


def _check_forbids(check: Check, call: _Call) -> _Outcome | None:
    if not check.forbids:
        return None
    turns: Sequence[_Turn] = call.turns
    after = ""
    anchor: Event | None = None
    if check.forbids_after is not None:
        found = _matching(check.forbids_after, call)
        if not found:
            return _Outcome(True, f"no {_describe(check.forbids_after)}, so nothing was forbidden")
        anchor = found[0]
        turns = [t for t in call.turns if t.event.seq > anchor.seq]
        after = f" after {_describe(check.forbids_after)}"
    bad = [(t, a) for t in turns for a in check.forbids if a in t.acts]
    if bad:
        acts = ", ".join(dict.fromkeys(a for _, a in bad))
        quoted = [call.evidence(t.event, a) for t, a in bad]
        if anchor is not None:
            quoted.append(call.evidence(anchor))
        return _Outcome(False, f"did what must not be done{after}: {acts}", tuple(quoted))
    return _Outcome(True, f"never did {_or(check.forbids)}{after}")


# =========================================================================== events and counts


def _same(expected: object, actual: object) -> bool:
    """Equality that keeps booleans apart from numbers (YAML ``true`` is not ``1``)."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return isinstance(expected, bool) and isinstance(actual, bool) and expected == actual
    return expected == actual


def _matching(match: EventMatch, call: _Call) -> list[Event]:
    return _matching_kind(match.kind, match.where, call)


def _matching_kind(kind: str, where: Mapping[str, Any], call: _Call) -> list[Event]:
    return [
        e
        for e in call.of_kind(kind)
        if all(k in e.data and _same(v, e.data[k]) for k, v in where.items())
    ]


def _describe(match: EventMatch) -> str:
    return _describe_kind(match.kind, match.where)


def _describe_kind(kind: str, where: Mapping[str, Any]) -> str:
    if not where:
        return kind
    text = ", ".join(f"{k}={v}" for k, v in where.items())
    return f"{kind} ({text})"


def _check_forbids_event(check: Check, call: _Call) -> _Outcome | None:
    match = check.forbids_event
    if match is None:
        return None
    found = _matching(match, call)
    if found:
        return _Outcome(
            False,
            f"a forbidden event happened: {_describe(match)}",
            tuple(call.evidence(e, "forbidden") for e in found),
        )
    return _Outcome(True, f"no {_describe(match)}")


def _check_requires_event(check: Check, call: _Call) -> _Outcome | None:
    match = check.requires_event
    if match is None:
        return None
    found = _matching(match, call)
    if not found:
        return _Outcome(False, f"no {_describe(match)} happened")
    return _Outcome(True, f"found {_describe(match)}", (call.evidence(found[0]),))


def _check_max_count(check: Check, call: _Call) -> _Outcome | None:
    limit = check.max_count
    if limit is None:
        return None
    counted: list[tuple[str, list[Event]]] = []
    if limit.act is not None:
        counted.append((limit.act, [t.event for t in call.turns_with(limit.act)]))
    if limit.event is not None:
        counted.append((limit.event, call.of_kind(limit.event)))
    if not counted:
        return None
    for name, found in counted:
        if len(found) > limit.max:
            return _Outcome(
                False,
                f"counted {name} {len(found)} times, more than the {limit.max} allowed",
                tuple(call.evidence(e, f"{name} #{i}") for i, e in enumerate(found, 1)),
            )
    summary = ", ".join(f"{name} {len(found)}x" for name, found in counted)
    evidence = tuple(call.evidence(e, name) for name, found in counted for e in found)
    return _Outcome(True, f"counted {summary}, within {limit.max}", evidence)


_NON_WORD: Final = re.compile(r"[\W_]+", re.UNICODE)


def _normalise(text: str) -> str:
    """Free text reduced to its words: case, accents of form, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.split(text)).strip()


def _line_key(turn: _Turn) -> str | None:
    option = str(turn.event.data.get("option") or "")
    if option:
        return "option:" + option
    text = _normalise(str(turn.event.data.get("text", "")))
    return "text:" + text if text else None


def _check_max_repeats(check: Check, call: _Call) -> _Outcome | None:
    limit = check.max_repeats
    if limit is None:
        return None
    said: dict[str, list[_Turn]] = {}
    for turn in call.turns:
        key = _line_key(turn)
        if key is not None:
            said.setdefault(key, []).append(turn)
    for turns in said.values():
        if len(turns) > limit:
            text = call.evidence(turns[0].event).text
            return _Outcome(
                False,
                f'said the same line {len(turns)} times (limit {limit}): "{text}"',
                tuple(call.evidence(t.event, f"time {i}") for i, t in enumerate(turns, 1)),
            )
    return _Outcome(True, f"no line said more than {_times(limit)}")


def _check_greeting(check: Check, call: _Call) -> _Outcome | None:
    if not check.greeting_fits_time:
        return None
    started = call.started
    customer = started.get("customer")
    offset = "+07:00"  # the model's default: logs from before the offset was recorded
    if isinstance(customer, Mapping) and customer.get("utc_offset"):
        offset = str(customer["utc_offset"])
    starts_at = str(started.get("starts_at", ""))
    greeted = []
    for turn in call.turns:
        text = str(turn.event.data.get("text", ""))
        local = local_time(starts_at, turn.event.t, offset)
        for said, fits in wrong_greetings(text, local):
            return _Outcome(
                False,
                f'said "{said}" at {local.strftime("%H:%M")} customer time: "{fits}" fits',
                (call.evidence(turn.event),),
            )
        if greetings_in(text):
            greeted.append(call.evidence(turn.event))
    if not greeted:
        return _Outcome(True, "no time-of-day greeting to check")
    return _Outcome(True, "greeted by the customer's time of day", tuple(greeted))


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


# =========================================================================== timing


def _limit(value: Limit, key: str, call: _Call) -> float:
    """A timing limit: the number given, or the SOP value the word ``sop`` stands for."""
    if value != "sop":
        return float(value)
    if key == "max_dead_air_seconds" and call.channel in ("chat", "email"):
        # Written channels wait for a reply, as the engine does when it polls for silence.
        return max(call.sop("dead_air_seconds"), call.sop("chat_response_seconds"))
    return call.sop(_SOP_KEYS[key])


@dataclass(frozen=True, slots=True)
class _Hold:
    start: Event
    end: Event | None
    seconds: float


def _holds(call: _Call) -> list[_Hold]:
    """Holds from timestamps; a hold still open when the call ends lasts until the end."""
    holds: list[_Hold] = []
    open_start: Event | None = None
    for e in call.events:
        if e.kind == ev.HOLD_STARTED and open_start is None:
            open_start = e
        elif e.kind == ev.HOLD_ENDED and open_start is not None:
            holds.append(_Hold(open_start, e, max(0.0, e.t - open_start.t)))
            open_start = None
    if open_start is not None:
        holds.append(_Hold(open_start, None, max(0.0, call.ended_at - open_start.t)))
    return holds


def _hold_evidence(call: _Call, hold: _Hold) -> list[Evidence]:
    note = f"hold {_secs(hold.seconds)}" + ("" if hold.end else " (never ended)")
    out = [call.evidence(hold.start, note)]
    if hold.end is not None:
        out.append(call.evidence(hold.end, note))
    return out


def _check_max_hold(check: Check, call: _Call) -> _Outcome | None:
    if check.max_hold_seconds is None:
        return None
    limit = _limit(check.max_hold_seconds, "max_hold_seconds", call)
    holds = _holds(call)
    total = sum(h.seconds for h in holds)
    evidence = tuple(e for h in holds for e in _hold_evidence(call, h))
    if total > limit:
        return _Outcome(
            False, f"held {_secs(total)} in total, over the {_secs(limit)} limit", evidence
        )
    return _Outcome(True, f"held {_secs(total)} in total, within {_secs(limit)}", evidence)


def _check_hold_checkback(check: Check, call: _Call) -> _Outcome | None:
    if not check.hold_checkback:
        return None
    limit = call.sop("hold_checkback_seconds")
    holds = _holds(call)
    if not holds:
        return _Outcome(True, "no hold to check back on")
    longest = max(holds, key=lambda h: h.seconds)
    evidence = tuple(_hold_evidence(call, longest))
    if longest.seconds > limit:
        return _Outcome(
            False,
            f"a hold lasted {_secs(longest.seconds)} without a check-back "
            f"(check back every {_secs(limit)})",
            evidence,
        )
    return _Outcome(True, f"longest hold {_secs(longest.seconds)}, within {_secs(limit)}", evidence)


def _longest_silence(call: _Call) -> tuple[float, Event | None, Event | None]:
    """The longest silence on the live, un-held line: (seconds, event before, event after).

    The line is live from answer/connect to the end of the call; each spoken line and each hold
    start/end breaks the silence; time on hold is never silence.
    """
    live = call.connected
    if live is None:
        return 0.0, None, None
    best: tuple[float, Event | None, Event | None] = (0.0, None, None)
    mark_t, mark_e = live.t, live
    on_hold = False
    for e in call.events:
        if e.seq <= live.seq or (e.kind not in _SOUND_KINDS and e.kind != ev.CALL_ENDED):
            continue
        if not on_hold and e.t - mark_t > best[0]:
            best = (e.t - mark_t, mark_e, e)
        if e.kind == ev.CALL_ENDED:
            break
        if e.kind == ev.HOLD_STARTED:
            on_hold = True
        elif e.kind == ev.HOLD_ENDED:
            on_hold = False
        # A line with a spoken length (a transcript's) ends later; overlapping lines never
        # move the end of the line still being spoken backwards.
        mark_t, mark_e = max(mark_t, e.t + _spoken(e)), e
    else:
        if not on_hold and call.ended_at - mark_t > best[0]:
            best = (call.ended_at - mark_t, mark_e, None)
    return best


def _spoken(e: Event) -> float:
    """How long a line (or a transfer's briefing) takes to say: its ``seconds`` (transcripts),
    else 0 (the engine stamps a line when it is finished)."""
    if e.kind not in (ev.AGENT_SAID, ev.CUSTOMER_SAID, ev.TRANSFERRED):
        return 0.0
    seconds = e.data.get("seconds")
    return float(seconds) if isinstance(seconds, (int, float)) and seconds > 0 else 0.0


def _check_dead_air(check: Check, call: _Call) -> _Outcome | None:
    if check.max_dead_air_seconds is None:
        return None
    limit = _limit(check.max_dead_air_seconds, "max_dead_air_seconds", call)
    seconds, before, after = _longest_silence(call)
    note = f"silence {_secs(seconds)}"
    evidence = tuple(call.evidence(e, note) for e in (before, after) if e is not None)
    if seconds > limit:
        return _Outcome(
            False, f"the line was silent for {_secs(seconds)} (limit {_secs(limit)})", evidence
        )
    return _Outcome(True, f"longest silence {_secs(seconds)}, within {_secs(limit)}", evidence)


def _check_max_acw(check: Check, call: _Call) -> _Outcome | None:
    if check.max_acw_seconds is None:
        return None
    limit = _limit(check.max_acw_seconds, "max_acw_seconds", call)
    done = call.last(ev.ACW_ENDED)
    if done is None:
        return _Outcome(False, "after-call work was never finished")
    began = call.first(ev.ACW_STARTED) or call.first(ev.CALL_ENDED)
    if began is not None:
        seconds = max(0.0, done.t - began.t)
    else:
        seconds = float(done.data.get("seconds", 0.0))
    evidence = tuple(call.evidence(e, f"ACW {_secs(seconds)}") for e in (began, done) if e)
    if seconds > limit:
        return _Outcome(
            False, f"ACW took {_secs(seconds)}, over the {_secs(limit)} limit", evidence
        )
    return _Outcome(True, f"ACW took {_secs(seconds)}, within {_secs(limit)}", evidence)


def _check_max_handle(check: Check, call: _Call) -> _Outcome | None:
    if check.max_handle_seconds is None:
        return None
    limit = _limit(check.max_handle_seconds, "max_handle_seconds", call)
    connect = call.connected
    if connect is None:
        return _Outcome(True, "the customer was never on the line")
    seconds = max(0.0, call.ended_at - connect.t)
    end = call.first(ev.CALL_ENDED)
    evidence = tuple(call.evidence(e, f"handle {_secs(seconds)}") for e in (connect, end) if e)
    if seconds > limit:
        return _Outcome(
            False, f"the call took {_secs(seconds)}, over the {_secs(limit)} limit", evidence
        )
    return _Outcome(True, f"the call took {_secs(seconds)}, within {_secs(limit)}", evidence)


def _check_tool_before(check: Check, call: _Call) -> _Outcome | None:
    rule: ToolBefore | None = check.tool_before
    if rule is None:
        return None
    uses = [e for e in call.of_kind(ev.TOOL_USED) if str(e.data.get("tool")) == rule.tool]
    targets: list[tuple[str, Event]] = []
    if rule.act is not None:
        turns = call.turns_with(rule.act)
        if turns:
            targets.append((rule.act, turns[0].event))
    if rule.event is not None:
        first = call.first(rule.event)
        if first is not None:
            targets.append((rule.event, first))
    if not targets:
        what = _or(x for x in (rule.act, rule.event) if x)
        return _Outcome(True, f"no {what} happened, so {rule.tool} was not needed")
    earned: list[Evidence] = []
    for name, target in targets:
        before = [u for u in uses if u.seq < target.seq]
        if not before:
            return _Outcome(
                False,
                f"did {name} before using the {rule.tool} tool",
                (
                    call.evidence(target, f"{name} without {rule.tool}"),
                    *(call.evidence(u, "too late") for u in uses[:1]),
                ),
            )
        earned += [call.evidence(before[0], rule.tool), call.evidence(target, name)]
    return _Outcome(True, f"used {rule.tool} before {_or(n for n, _ in targets)}", tuple(earned))


# =========================================================================== after-call work


def _alternatives(word: str) -> list[str]:
    return [a.strip().casefold() for a in str(word).split("|") if a.strip()]


def _check_disposition(check: Check, call: _Call) -> _Outcome | None:
    if not check.disposition_expected:
        return None
    chosen = call.last(ev.DISPOSITION)
    if chosen is None:
        return _Outcome(False, "no disposition was chosen")
    code = str(chosen.data.get("code", ""))
    table = call.expect.get("disposition")
    expected = table.get(call.ending) if isinstance(table, Mapping) and call.ending else None
    if expected is None:
        return _Outcome(
            True,
            f"disposition {code} (no disposition is expected for this ending)",
            (call.evidence(chosen),),
        )
    if code.casefold() in _alternatives(expected):
        return _Outcome(True, f"disposition {code} as expected", (call.evidence(chosen),))
    return _Outcome(
        False,
        f"disposition {code}, but a call ending {call.ending} should be {_or(expected.split('|'))}",
        (call.evidence(chosen, f"expected {expected}"),),
    )


def _notes(call: _Call) -> tuple[str, list[Event]]:
    notes = call.of_kind(ev.ACW_NOTE)
    return "\n".join(str(e.data.get("text", "")) for e in notes), notes


def _check_notes_mention(check: Check, call: _Call) -> _Outcome | None:
    if not check.notes_mention_expected:
        return None
    text, notes = _notes(call)
    words = call.expect.get("notes_mention") or ()
    folded = text.casefold()
    missing = [w for w in words if not any(a in folded for a in _alternatives(w))]
    if missing:
        return _Outcome(
            False,
            f"the notes do not mention: {', '.join(str(w) for w in missing)}",
            tuple(call.evidence(e, "missing " + ", ".join(map(str, missing))) for e in notes),
        )
    if not words:
        return _Outcome(
            True, "no words are expected in the notes", tuple(call.evidence(e) for e in notes)
        )
    return _Outcome(
        True, "the notes mention every expected word", tuple(call.evidence(e) for e in notes)
    )


def _check_notes_min_chars(check: Check, call: _Call) -> _Outcome | None:
    if check.notes_min_chars is None:
        return None
    text, notes = _notes(call)
    length = len(text.strip())
    evidence = tuple(call.evidence(e, f"{length} characters") for e in notes)
    if length < check.notes_min_chars:
        return _Outcome(
            False, f"the notes are {length} characters, under {check.notes_min_chars}", evidence
        )
    return _Outcome(True, f"the notes are {length} characters", evidence)


def _check_outcome(check: Check, call: _Call) -> _Outcome | None:
    if not check.outcome_in:
        return None
    ended = call.first(ev.CALL_ENDED)
    if ended is None:
        return _Outcome(False, "the call never ended")
    evidence = (call.evidence(ended),)
    if call.ending in check.outcome_in:
        return _Outcome(True, f"the call ended {call.ending}", evidence)
    return _Outcome(False, f"the call ended {call.ending}, not {_or(check.outcome_in)}", evidence)


# =========================================================================== escalation, transfer


def _check_escalation(check: Check, call: _Call) -> _Outcome | None:
    rule: EscalationRule | None = check.escalation_justified
    if rule is None:
        return None
    escalated = call.first(ev.ESCALATED)
    if escalated is None:
        return _Outcome(True, "the call was not escalated")
    demands = [e for e in call.of_kind(ev.ESCALATION_DEMAND) if e.seq < escalated.seq]
    tried = [
        t for t in call.turns if t.event.seq < escalated.seq and t.acts & set(rule.attempt_first)
    ]
    base = [call.evidence(escalated, "escalated")]
    base += [call.evidence(e, f"demand #{i}") for i, e in enumerate(demands, 1)]
    if len(demands) < rule.min_demands:
        return _Outcome(
            False,
            f"escalated after {len(demands)} supervisor request(s); "
            f"the SOP asks to wait for {rule.min_demands}",
            tuple(base),
        )
    if not tried:
        return _Outcome(
            False,
            f"escalated without first trying {_or(rule.attempt_first)}",
            tuple(base),
        )
    attempt = call.evidence(
        tried[0].event, "attempt: " + ", ".join(sorted(tried[0].acts & set(rule.attempt_first)))
    )
    return _Outcome(
        True,
        f"escalated after {len(demands)} request(s) and an attempt to resolve",
        (*base, attempt),
    )


def _check_transfer_type(check: Check, call: _Call) -> _Outcome | None:
    if check.transfer_type is None:
        return None
    transfers = call.of_kind(ev.TRANSFERRED)
    if not transfers:
        return _Outcome(True, "the call was not transferred")
    for e in transfers:
        kind = str(e.data.get("kind", ""))
        if kind != check.transfer_type:
            return _Outcome(
                False,
                f"a {kind} transfer where the SOP asks for {check.transfer_type}",
                (call.evidence(e),),
            )
    return _Outcome(
        True, f"a {check.transfer_type} transfer", tuple(call.evidence(e) for e in transfers)
    )


_BRIEFING_KEYS: Final = ("to", "issue", "tried")


def _check_briefing(check: Check, call: _Call) -> _Outcome | None:
    if not check.briefing_complete:
        return None
    transfers = call.of_kind(ev.TRANSFERRED)
    if not transfers:
        return _Outcome(True, "the call was not transferred")
    for e in transfers:
        briefing = e.data.get("briefing")
        briefing = briefing if isinstance(briefing, Mapping) else {}
        missing = [k for k in _BRIEFING_KEYS if not str(briefing.get(k) or "").strip()]
        if missing:
            return _Outcome(
                False,
                f"the transfer briefing lacks: {', '.join(missing)}",
                (call.evidence(e, "missing " + ", ".join(missing)),),
            )
    return _Outcome(
        True, "the transfer briefing was complete", tuple(call.evidence(e) for e in transfers)
    )


# =========================================================================== local time, channel


_OFFSET_RE: Final = re.compile(r"^([+-])(\d\d):(\d\d)$")


def _offset(text: str) -> timedelta | None:
    m = _OFFSET_RE.match(text.strip())
    if m is None:
        return None
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return -delta if m.group(1) == "-" else delta


def _offset_text(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _local_time(call: _Call, t: float) -> datetime | None:
    """The customer's local wall-clock time ``t`` seconds into the call, or None if unknown.

    ``starts_at`` (ISO with offset) is when the call started; the customer's ``utc_offset``
    (``call_started.customer``) gives their zone, else the offset of ``starts_at`` itself.
    The clock arithmetic is :func:`mockcall.core.daytime.local_time`'s.
    """
    raw = call.started.get("starts_at")
    if not isinstance(raw, str) or not raw:
        return None
    try:
        start = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if start.tzinfo is None or start.utcoffset() is None:
        return None
    customer = call.started.get("customer")
    offset = _offset_text(start.utcoffset() or timedelta())
    given = customer.get("utc_offset") if isinstance(customer, Mapping) else None
    if isinstance(given, str) and _offset(given) is not None:
        offset = given
    return local_time(raw, t, offset)


def _minutes(hhmm: str) -> int:
    hours, _, minutes = hhmm.partition(":")
    return int(hours) * 60 + int(minutes or 0)


_WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _check_greeting_time(check: Check, call: _Call) -> _Outcome | None:
    rule = check.time_greeting
    if rule is None:
        return None
    if not call.turns:
        return _Outcome(False, "the agent never spoke, so never greeted")
    first = call.turns[0]
    text = _normalise(str(first.event.data.get("text", "")))
    words = set(text.split())
    locale = str(call.started.get("locale", "id"))
    parts = [p for p in rule.parts if p.locale == locale]
    said = {w for p in parts for w in p.words if _has_words(words, text, w)}
    if call.channel in rule.name_on:
        if "use_name" in first.acts:
            return _Outcome(
                True, "the salutation names the customer", (call.evidence(first.event, "greet"),)
            )
        return _Outcome(
            False,
            "the salutation does not name the customer",
            (call.evidence(first.event, "no name in the salutation"),),
        )
    greeted = "greet" in first.acts or bool(said)
    if not greeted:
        return _Outcome(
            False, "the first turn has no greeting", (call.evidence(first.event, "no greeting"),)
        )
    if call.channel not in rule.channels or not parts:
        return _Outcome(True, "greeted in the first turn", (call.evidence(first.event, "greet"),))
    local = _local_time(call, first.event.t)
    if local is None:
        return _Outcome(
            True,
            "greeted (the local time is unknown, so the time of day was not checked)",
            (call.evidence(first.event, "greet"),),
        )
    now = local.hour * 60 + local.minute
    ordered = sorted(parts, key=lambda p: _minutes(p.start))
    current = ordered[-1]
    for part in ordered:
        if _minutes(part.start) <= now:
            current = part
    clock = local.strftime("%H:%M")
    right = [w for w in current.words if w in said]
    wrong = sorted(said - set(current.words))
    if wrong:
        return _Outcome(
            False,
            f"greeted '{wrong[0]}' at {clock} local time, which calls for '{current.words[0]}'",
            (call.evidence(first.event, f"{clock} local"),),
        )
    if not right:
        return _Outcome(
            False,
            f"the greeting does not give the time of day ('{current.words[0]}' at {clock})",
            (call.evidence(first.event, f"{clock} local"),),
        )
    return _Outcome(
        True,
        f"greeted '{right[0]}' at {clock} local time",
        (call.evidence(first.event, f"{clock} local"),),
    )


def _has_words(words: set[str], text: str, phrase: str, *, normalised: bool = False) -> bool:
    """``phrase`` occurs in ``text`` (already normalised, ``words`` its word set) as whole words."""
    wanted = phrase if normalised else _normalise(phrase)
    if " " in wanted:
        return f" {wanted} " in f" {text} "
    return wanted in words


def _region(regions: Sequence[HoursRegion], offset: str) -> HoursRegion | None:
    wanted = _offset(offset)
    for region in regions:
        if any(_offset(o) == wanted for o in region.offsets):
            return region
    return None


def _check_calling_hours(check: Check, call: _Call) -> _Outcome | None:
    if not check.calling_hours:
        return None
    if str(call.started.get("direction", "inbound")) != "outbound":
        return _Outcome(True, "not an outbound call: calling hours do not apply")
    dial = call.first(ev.DIALED) or call.connected
    t = dial.t if dial is not None else 0.0
    local = _local_time(call, t)
    if local is None or local.utcoffset() is None:
        return _Outcome(True, "the customer's local time is unknown: calling hours not checked")
    offset = _offset_text(local.utcoffset() or timedelta())
    region = _region(check.calling_hours, offset)
    evidence = (call.evidence(dial, f"{local:%a %H:%M} local"),) if dial is not None else ()
    if region is None:
        return _Outcome(
            True, f"no calling-hours region for UTC{offset}: calling hours not checked", evidence
        )
    day = _WEEKDAYS[local.weekday()]
    now = local.hour * 60 + local.minute
    clock = f"{local:%a %H:%M}"
    for window in region.windows:
        if day in window.days and _minutes(window.start) <= now < _minutes(window.end):
            return _Outcome(
                True, f"called at {clock} local time, inside {region.name} hours", evidence
            )
    return _Outcome(
        False, f"called at {clock} local time, outside {region.name} calling hours", evidence
    )


def _reply_waits(call: _Call) -> list[tuple[float, Event, Event, bool]]:
    """Written channels: (seconds, waited from, agent reply, first?) for each agent reply.

    The wait runs from the customer's first unanswered message (or a hold's end) to the next
    agent message; an agent message nobody was waiting for waits 0.
    """
    live = call.connected
    if live is None:
        return []
    waits: list[tuple[float, Event, Event, bool]] = []
    since: Event | None = None
    first = True
    for e in call.events:
        if e.seq < live.seq:
            continue
        if e.kind == ev.CALL_ENDED:
            break
        if e.kind == ev.CUSTOMER_SAID and since is None:
            since = e
        elif e.kind == ev.HOLD_STARTED:
            since = None
        elif e.kind == ev.HOLD_ENDED:
            since = e
        elif e.kind == ev.AGENT_SAID:
            if since is not None:
                waits.append((max(0.0, e.t - since.t), since, e, first))
            since = None
            first = False
    return waits


def _check_silence(check: Check, call: _Call) -> _Outcome | None:
    rule = check.silence
    if rule is None:
        return None
    if call.channel == "call":
        if rule.voice is None:
            return _Outcome(True, "voice silence is not checked")
        seconds, before, after = _longest_silence(call)
        note = f"silence {_secs(seconds)}"
        evidence = tuple(call.evidence(e, note) for e in (before, after) if e is not None)
        if seconds > rule.voice:
            return _Outcome(
                False,
                f"the line was silent for {_secs(seconds)} (limit {_secs(rule.voice)})",
                evidence,
            )
        return _Outcome(
            True, f"longest silence {_secs(seconds)}, within {_secs(rule.voice)}", evidence
        )
    waits = _reply_waits(call)
    for seconds, since, reply, first in waits:
        limit = rule.first_reply if first else rule.reply
        if limit is not None and seconds > limit:
            which = "first reply" if first else "a reply"
            note = f"waited {_secs(seconds)}"
            return _Outcome(
                False,
                f"the customer waited {_secs(seconds)} for {which} (limit {_secs(limit)})",
                (call.evidence(since, note), call.evidence(reply, note)),
            )
    longest = max((w[0] for w in waits), default=0.0)
    return _Outcome(True, f"longest wait for a reply {_secs(longest)}")


def _check_forbids_words(check: Check, call: _Call) -> _Outcome | None:
    if not check.forbids_words:
        return None
    wanted = [(w, _normalise(w)) for w in check.forbids_words if _normalise(w)]
    bad: list[Evidence] = []
    found: list[str] = []
    for turn in call.turns:
        text = _normalise(str(turn.event.data.get("text", "")))
        words = set(text.split())
        hits = [w for w, norm in wanted if _has_words(words, text, norm, normalised=True)]
        if hits:
            found += [h for h in hits if h not in found]
            bad.append(call.evidence(turn.event, ", ".join(hits)))
    if bad:
        return _Outcome(False, f"said {', '.join(found)}", tuple(bad))
    return _Outcome(True, f"never said {_or(check.forbids_words)}")


def _code(text: str) -> str:
    return text.strip().casefold().replace("-", "_")


def _check_disposition_fits(check: Check, call: _Call) -> _Outcome | None:
    if not check.disposition_fits:
        return None
    chosen = call.last(ev.DISPOSITION)
    if chosen is None:
        return _Outcome(False, "no disposition was chosen")
    code = str(chosen.data.get("code", ""))
    for rule in check.disposition_fits:
        happened = (
            rule.event is not None and bool(_matching_kind(rule.event, rule.where, call))
        ) or (rule.act is not None and bool(call.turns_with(rule.act)))
        if not happened and (rule.event is not None or rule.act is not None):
            continue
        why = rule.event or rule.act or "any call"
        if _code(code) in {_code(c) for c in rule.codes}:
            return _Outcome(True, f"disposition {code} fits ({why})", (call.evidence(chosen),))
        return _Outcome(
            False,
            f"disposition {code}, but a call with {why} should be {_or(rule.codes)}",
            (call.evidence(chosen, f"expected {'|'.join(rule.codes)}"),),
        )
    return _Outcome(True, f"disposition {code}", (call.evidence(chosen),))


#: Every check key, in ``Check`` field order: the first failing one gives the reason.
_CHECKS: Final[tuple[Callable[[Check, _Call], _Outcome | None], ...]] = (
    _check_requires,
    _check_any_of,
    _check_before,
    _check_forbids,
    _check_forbids_event,
    _check_requires_event,
    _check_max_count,
    _check_max_repeats,
    _check_greeting,
    _check_max_hold,
    _check_dead_air,
    _check_max_acw,
    _check_max_handle,
    _check_hold_checkback,
    _check_tool_before,
    _check_disposition,
    _check_notes_mention,
    _check_notes_min_chars,
    _check_outcome,
    _check_escalation,
    _check_transfer_type,
    _check_briefing,
    _check_greeting_time,
    _check_calling_hours,
    _check_silence,
    _check_disposition_fits,
    _check_forbids_words,
)
