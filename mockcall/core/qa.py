"""QA of real contacts: a transcript's event log scored by the product's scorer, as QA reads it.

Nothing here judges a call: :func:`mockcall.core.scoring.score` does, with the rubric given
(the bundled ``qa-general`` card or an account's own).  This module only wires a transcript
(or a vCon) to the scorer and words the result the way the QA contract (``docs/qa.md``) asks:
statuses ``met``/``missed``/``na``/``review``, section fractions (``null`` = N/A) and every
piece of evidence as the ``[mm:ss] SPEAKER: ...`` line of the transcript.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from mockcall.core import events as ev
from mockcall.core.acts import Lexicon, load_lexicon
from mockcall.core.agreement import verdict_of
from mockcall.core.events import Event
from mockcall.core.kb_prices import PriceBook
from mockcall.core.model import Account, Check, Rubric
from mockcall.core.scoring import CriterionResult, Evidence, Scorecard, rubric_hash, score
from mockcall.core.transcript import Transcript
from mockcall.core.transcript_events import to_events

#: Scorecard status -> the word the QA result uses.
QA_STATUS: Final[dict[str, str]] = {
    "pass": "met",
    "fail": "missed",
    "na": "na",
    "review": "review",
}


@dataclass(frozen=True)
class QaResult:
    """One scored contact: where it came from, its event log and its card."""

    file: str
    events: tuple[Event, ...]
    card: Scorecard


def sop_of(account: Account | None) -> dict[str, Any]:
    """The SOP values a log carries (``call_started.sop``), from the rubric's account."""
    if account is None:
        return {}
    sop = account.sop
    return {
        "acw_seconds": sop.acw_seconds,
        "max_hold_seconds": sop.max_hold_seconds,
        "hold_checkback_seconds": sop.hold_checkback_seconds,
        "dead_air_seconds": sop.dead_air_seconds,
        "chat_response_seconds": sop.chat_response_seconds,
        "max_handle_seconds": sop.max_handle_seconds,
    }


def lexicon_for(locale: str, *accounts: Account | None) -> Lexicon:
    """The locale's recogniser with the extra phrases of these accounts (cached per set)."""
    extra: dict[str, tuple[str, ...]] = {}
    for account in accounts:
        if account is None:
            continue
        for act, phrases in account.lexicon.items():
            extra[act] = (*extra.get(act, ()), *(p for p in phrases if p not in extra.get(act, ())))
    return load_lexicon(locale, extra or None)


#: Event kinds a transcript never has: a rule about them cannot be judged from one.
NEVER_IN_TRANSCRIPTS: Final = frozenset(
    {
        ev.TOOL_USED,
        ev.KB_OPENED,
        ev.FACT_REVEALED,
        ev.DNC_CHECKED,
        ev.STATE_CHANGED,
        ev.MOOD_CHANGED,
        ev.MUTE_STARTED,
        ev.MUTE_ENDED,
        ev.DEAD_AIR,
        ev.NO_ANSWER,
        ev.FOLLOWUP,
    }
)


def _needs_call_data(check: Check) -> bool:
    """True when a check asks for what only a played call records: tool use, KB, persona
    expectations (the disposition and note words a persona expects)."""
    if check.tool_before is not None or check.disposition_expected or check.notes_mention_expected:
        return True
    kinds = {check.after_event, check.before_event}
    kinds |= {m.kind for m in (check.forbids_event, check.requires_event) if m is not None}
    if check.max_count is not None:
        kinds.add(check.max_count.event)
    return bool(kinds & NEVER_IN_TRANSCRIPTS)


def for_transcripts(rubric: Rubric) -> Rubric:
    """The rubric as it applies to a transcript: a criterion that needs what only a played
    call records (tools, KB, the persona's expectations) needs a reviewer instead of being
    met or missed on data that is not there.  The card's hash is the adapted rubric's."""
    changed = False
    sections = []
    for section in rubric.sections:
        criteria = []
        for criterion in section.criteria:
            if not criterion.review and _needs_call_data(criterion.check):
                criterion = replace(criterion, review=True)
                changed = True
            criteria.append(criterion)
        sections.append(replace(section, criteria=tuple(criteria)))
    if not changed:
        return rubric
    return replace(rubric, sections=tuple(sections), content_hash="")


def rubric_ident(rubric: Rubric) -> dict[str, Any]:
    return {
        "id": rubric.id,
        "version": rubric.version,
        "hash": rubric.content_hash or rubric_hash(rubric),
    }


def score_transcript(
    tr: Transcript,
    rubric: Rubric,
    *,
    rubric_account: Account | None = None,
    contact_account: Account | None = None,
    trainee: str = "",
    prices: PriceBook | None = None,
) -> QaResult:
    """Read the transcript into events and score them with ``rubric``.

    The SOP limits are the rubric's account's (the card decides its own limits); the
    recogniser uses the phrases of both the contact's account and the rubric's account.
    Criteria that need what only a played call records are scored ``review``
    (:func:`for_transcripts`).  ``prices`` (the contact account's KB prices, :func:`price_book`)
    settle ``correct_info`` where the agent quotes a product's price.
    """
    rubric = for_transcripts(rubric)
    lexicon = lexicon_for(tr.locale, contact_account, rubric_account)
    events = to_events(
        tr,
        lexicon=lexicon,
        sop=sop_of(rubric_account),
        rubric=rubric_ident(rubric),
        trainee=trainee,
        company=contact_account.name if contact_account is not None else "",
        prices=prices,
    )
    return QaResult(tr.file, tuple(events), score(events, rubric))


def score_events(file: str, events: Sequence[Event], rubric: Rubric) -> QaResult:
    """Score an event log from elsewhere (a vCon, a stored session) the same way."""
    return QaResult(file, tuple(events), score(events, rubric))


# --------------------------------------------------------------------------- wording


def clock(t: float) -> str:
    """``[mm:ss]`` as a transcript writes it; minutes run past 59."""
    whole = int(t)
    return f"[{whole // 60:02d}:{whole % 60:02d}]"


_MARKER_TEXT: Final[dict[str, Any]] = {
    ev.HOLD_STARTED: lambda d: "HOLD START",
    ev.HOLD_ENDED: lambda d: "HOLD END",
    ev.TRANSFERRED: lambda d: (
        "TRANSFER WARM: " + str((d.get("briefing") or {}).get("text", "")).strip()
        if d.get("kind") == "warm"
        else "TRANSFER COLD"
    ).rstrip(": "),
    ev.ESCALATED: lambda d: f"ESCALATE: {d.get('reason', '')}",
    ev.CALL_ENDED: lambda d: "END CALL",
    ev.DISPOSITION: lambda d: f"DISPOSITION: {d.get('code', '')}",
    ev.ACW_NOTE: lambda d: f"NOTES: {d.get('text', '')}",
    ev.ACW_ENDED: lambda d: f"ACW: {float(d.get('seconds', 0)):.0f}s",
    ev.DIALED: lambda d: f"# started: {d.get('local_time', '')}",
}
#: Lines that are not timed in a transcript.
_UNTIMED: Final = frozenset({ev.DISPOSITION, ev.ACW_NOTE, ev.ACW_ENDED, ev.DIALED})


def evidence_line(events: Sequence[Event], item: Evidence) -> str:
    """One piece of evidence as its transcript line: ``[01:12] AGENT: ...``."""
    event = events[item.seq] if 0 <= item.seq < len(events) else None
    if event is None or event.seq != item.seq:
        event = next((e for e in events if e.seq == item.seq), None)
    if event is not None and event.kind in (ev.AGENT_SAID, ev.CUSTOMER_SAID):
        who = "AGENT" if event.kind == ev.AGENT_SAID else "CUSTOMER"
        return f"{clock(event.t)} {who}: {event.data.get('text', '')}"
    if event is not None and event.kind in _MARKER_TEXT:
        text = str(_MARKER_TEXT[event.kind](event.data))
        if event.kind in _UNTIMED:
            return text
        return f"{clock(event.t)} {text}"
    return f"{clock(item.t)} {item.text}"


#: Events that are not a line of their own: they quote the customer line that caused them.
_CAUSED_BY_CUSTOMER: Final = frozenset({ev.FLAG_SET, ev.ESCALATION_DEMAND})
_NOT_QUOTED: Final = frozenset({ev.CALL_STARTED, ev.ANSWERED, ev.CONNECTED, ev.ACW_STARTED})


def criterion_evidence(
    result: QaResult,
    evidence: Sequence[Evidence],
    missed: bool,
    *,
    latest: bool = False,
    cause: str | None = None,
) -> str:
    """The line a criterion's result quotes.

    A miss quotes the agent line that lost it when there is one (the customer's words or a
    marker only when no agent line is involved); ``latest`` quotes the last such line (a
    window at the end of the call).  A miss with nothing to quote (an act never said) quotes
    the event that made the criterion apply (``cause``, e.g. the customer line that raised
    the complaint), else the end of the contact: the line by which it was lost.
    """
    by_seq = {e.seq: e for e in result.events}
    quoted: list[tuple[Event, Evidence]] = []
    for item in evidence:
        event = by_seq.get(item.seq)
        if event is None or event.kind in _NOT_QUOTED:
            continue
        if event.kind in _CAUSED_BY_CUSTOMER:
            said = next(
                (e for e in reversed(result.events[: event.seq]) if e.kind == ev.CUSTOMER_SAID),
                None,
            )
            if said is None:
                continue
            event, item = said, Evidence(said.seq, said.t, "customer", "")
        quoted.append((event, item))
    if missed:
        agents = [q for q in quoted if q[0].kind == ev.AGENT_SAID]
        if agents:
            return evidence_line(result.events, agents[-1 if latest else 0][1])
    if quoted:
        return evidence_line(result.events, quoted[0][1])
    if not missed:
        return ""
    anchor = None
    if cause is not None:
        anchor = next((e for e in result.events if e.kind == cause), None)
    if anchor is None:
        anchor = next((e for e in result.events if e.kind == ev.CALL_ENDED), None)
    if anchor is None:
        return ""
    item = Evidence(anchor.seq, anchor.t, "system", anchor.kind)
    return criterion_evidence(result, [item], missed=False)


def result_dict(result: QaResult, rubric: Rubric) -> dict[str, Any]:
    """The QA contract's JSON object for one contact."""
    card = result.card
    rules = {c.id: c for _, c in rubric.criteria()}

    def quote(c: CriterionResult) -> str:
        rule = rules.get(c.id)
        latest = rule is not None and rule.check.last_turns is not None
        na = rule.na_unless if rule is not None else None
        cause = na.event if na is not None else None
        return criterion_evidence(
            result, c.evidence, c.status == "fail", latest=latest, cause=cause
        )

    return {
        "file": result.file,
        "total": card.total,
        "passed": card.passed,
        "fatal": list(card.fatal_failures),
        "sections": dict(verdict_of(card, rubric).sections),
        "criteria": [
            {
                "id": c.id,
                "section": c.section,
                "status": QA_STATUS[c.status],
                "fatal": c.fatal,
                "evidence": quote(c),
                "reason": c.reason,
                "reason_code": c.reason_code,
                "reason_args": dict(c.reason_args),
            }
            for c in card.criteria
        ],
        "rubric": {"id": card.rubric_id, "version": card.rubric_version, "hash": card.rubric_hash},
    }


def needs_review(card: Scorecard) -> list[str]:
    return [c.id for c in card.criteria if c.status == "review"]


def header_of(events: Sequence[Event]) -> Mapping[str, Any]:
    started = next((e for e in events if e.kind == ev.CALL_STARTED), None)
    return {} if started is None else started.data
