"""Checks on leaving the call: justified escalation, transfer kind, transfer briefing.

They read how the call left the agent: whether it was fair, and whether the next agent was
told enough.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from mockcall.core import events as ev
from mockcall.core.events import Event
from mockcall.core.model import Check, EscalationRule
from mockcall.core.scoring.call import Call, Outcome
from mockcall.core.scoring.reads import Reads
from mockcall.core.scoring.reasons import reason


def check_escalation(check: Check, call: Call) -> Outcome | None:
    rule: EscalationRule | None = check.escalation_justified
    if rule is None:
        return None
    escalated = call.first(ev.ESCALATED)
    if escalated is None:
        return Outcome(True, reason("escalation.none"))
    demands = [e for e in call.of_kind(ev.ESCALATION_DEMAND) if e.seq < escalated.seq]
    tried = [
        t for t in call.turns if t.event.seq < escalated.seq and t.acts & set(rule.attempt_first)
    ]
    base = [call.evidence(escalated, "escalated")]
    base += [call.evidence(e, f"demand #{i}") for i, e in enumerate(demands, 1)]
    if len(demands) < rule.min_demands:
        return Outcome(
            False,
            reason("escalation.early", demands=len(demands), min=rule.min_demands),
            tuple(base),
        )
    if not tried:
        return Outcome(
            False,
            reason("escalation.no_attempt", acts=list(rule.attempt_first)),
            tuple(base),
        )
    attempt = call.evidence(
        tried[0].event, "attempt: " + ", ".join(sorted(tried[0].acts & set(rule.attempt_first)))
    )
    return Outcome(
        True,
        reason("escalation.justified", demands=len(demands)),
        (*base, attempt),
    )


def check_transfer_type(check: Check, call: Call) -> Outcome | None:
    if check.transfer_type is None:
        return None
    transfers = call.of_kind(ev.TRANSFERRED)
    if not transfers:
        return Outcome(True, reason("transfer.none"))
    for e in transfers:
        kind = str(e.data.get("kind", ""))
        if kind != check.transfer_type:
            return Outcome(
                False,
                reason("transfer.wrong_kind", kind=kind, wanted=check.transfer_type),
                (call.evidence(e),),
            )
    return Outcome(
        True,
        reason("transfer.kind", kind=check.transfer_type),
        tuple(call.evidence(e) for e in transfers),
    )


_BRIEFING_KEYS: Final = ("to", "issue", "tried")


def briefing_missing(transfer: Event) -> tuple[str, ...]:
    """The briefing keys a ``transferred`` event left empty."""
    briefing = transfer.data.get("briefing")
    briefing = briefing if isinstance(briefing, Mapping) else {}
    return tuple(k for k in _BRIEFING_KEYS if not str(briefing.get(k) or "").strip())


def check_briefing(check: Check, call: Call) -> Outcome | None:
    if not check.briefing_complete:
        return None
    transfers = call.of_kind(ev.TRANSFERRED)
    if not transfers:
        return Outcome(True, reason("transfer.none"))
    for e in transfers:
        missing = briefing_missing(e)
        if missing:
            return Outcome(
                False,
                reason("briefing.missing", keys=list(missing)),
                (call.evidence(e, "missing " + ", ".join(missing)),),
            )
    return Outcome(True, reason("briefing.complete"), tuple(call.evidence(e) for e in transfers))


# --- what each check reads (see registry.py)


def reads_escalation(check: Check, need: Reads) -> None:
    rule = check.escalation_justified
    if rule is not None:
        need.event(ev.ESCALATED, {})
        need.demands(rule.min_demands)
        need.acts(rule.attempt_first)


def reads_transfer_type(check: Check, need: Reads) -> None:
    if check.transfer_type is not None:
        need.transfers()


def reads_briefing(check: Check, need: Reads) -> None:
    if check.briefing_complete:
        need.transfers()
