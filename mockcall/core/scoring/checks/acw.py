"""Checks on after-call work and the outcome: ACW time, disposition, notes, ending.

They read what happens after the conversation, which the explorer's search files the same
way for every path with one ending.
"""

from __future__ import annotations

from collections.abc import Mapping

from mockcall.core import events as ev
from mockcall.core.model import Check
from mockcall.core.scoring.call import Call, Outcome
from mockcall.core.scoring.predicates import (
    alternatives,
    disposition_code,
    matching_kind,
    notes_of,
    secs,
)
from mockcall.core.scoring.reads import Reads
from mockcall.core.scoring.reasons import Reason, reason
from mockcall.core.scoring.timeline import resolve_limit


def check_max_acw(check: Check, call: Call) -> Outcome | None:
    if check.max_acw_seconds is None:
        return None
    limit = resolve_limit(check.max_acw_seconds, "max_acw_seconds", call.channel, call.sop)
    done = call.last(ev.ACW_ENDED)
    if done is None:
        return Outcome(False, reason("acw.unfinished"))
    began = call.first(ev.ACW_STARTED) or call.first(ev.CALL_ENDED)
    if began is not None:
        seconds = max(0.0, done.t - began.t)
    else:
        seconds = float(done.data.get("seconds", 0.0))
    evidence = tuple(call.evidence(e, f"ACW {secs(seconds)}") for e in (began, done) if e)
    if seconds > limit:
        return Outcome(False, reason("acw.over", took=seconds, limit=limit), evidence)
    return Outcome(True, reason("acw.within", took=seconds, limit=limit), evidence)


def check_disposition(check: Check, call: Call) -> Outcome | None:
    if not check.disposition_expected:
        return None
    chosen = call.last(ev.DISPOSITION)
    if chosen is None:
        return Outcome(False, reason("disposition.none"))
    code = str(chosen.data.get("code", ""))
    table = call.expect.get("disposition")
    expected = table.get(call.ending) if isinstance(table, Mapping) and call.ending else None
    if expected is None:
        return Outcome(
            True,
            reason("disposition.no_expectation", code=code),
            (call.evidence(chosen),),
        )
    if code.casefold() in alternatives(expected):
        return Outcome(True, reason("disposition.expected", code=code), (call.evidence(chosen),))
    return Outcome(
        False,
        reason("disposition.wrong", code=code, ending=call.ending, expected=expected.split("|")),
        (call.evidence(chosen, f"expected {expected}"),),
    )


def check_notes_mention(check: Check, call: Call) -> Outcome | None:
    if not check.notes_mention_expected:
        return None
    text, notes = notes_of(call)
    words = call.expect.get("notes_mention") or ()
    folded = text.casefold()
    missing = [w for w in words if not any(a in folded for a in alternatives(w))]
    if missing:
        return Outcome(
            False,
            reason("notes.missing", words=[str(w) for w in missing]),
            tuple(call.evidence(e, "missing " + ", ".join(map(str, missing))) for e in notes),
        )
    if not words:
        return Outcome(
            True, reason("notes.nothing_expected"), tuple(call.evidence(e) for e in notes)
        )
    return Outcome(True, reason("notes.complete"), tuple(call.evidence(e) for e in notes))


def check_notes_min_chars(check: Check, call: Call) -> Outcome | None:
    if check.notes_min_chars is None:
        return None
    text, notes = notes_of(call)
    length = len(text.strip())
    evidence = tuple(call.evidence(e, f"{length} characters") for e in notes)
    if length < check.notes_min_chars:
        return Outcome(
            False, reason("notes.short", length=length, min=check.notes_min_chars), evidence
        )
    return Outcome(True, reason("notes.length", length=length), evidence)


def check_outcome(check: Check, call: Call) -> Outcome | None:
    if not check.outcome_in:
        return None
    ended = call.first(ev.CALL_ENDED)
    if ended is None:
        return Outcome(False, reason("outcome.never_ended"))
    evidence = (call.evidence(ended),)
    if call.ending in check.outcome_in:
        return Outcome(True, reason("outcome.ended", ending=call.ending), evidence)
    wanted = list(check.outcome_in)
    return Outcome(False, reason("outcome.wrong", ending=call.ending, outcomes=wanted), evidence)


def check_disposition_fits(check: Check, call: Call) -> Outcome | None:
    if not check.disposition_fits:
        return None
    chosen = call.last(ev.DISPOSITION)
    if chosen is None:
        return Outcome(False, reason("disposition.none"))
    code = str(chosen.data.get("code", ""))
    for rule in check.disposition_fits:
        happened = (
            rule.event is not None and bool(matching_kind(rule.event, rule.where, call))
        ) or (rule.act is not None and bool(call.turns_with(rule.act)))
        if not happened and (rule.event is not None or rule.act is not None):
            continue
        why = _why(rule.event, rule.act)
        if disposition_code(code) in {disposition_code(c) for c in rule.codes}:
            fits = reason("disposition.fits", code=code, why=why)
            return Outcome(True, fits, (call.evidence(chosen),))
        return Outcome(
            False,
            reason("disposition.misfit", code=code, why=why, codes=list(rule.codes)),
            (call.evidence(chosen, f"expected {'|'.join(rule.codes)}"),),
        )
    return Outcome(True, reason("disposition.chosen", code=code), (call.evidence(chosen),))


def _why(event: str | None, act: str | None) -> Reason:
    """What made a disposition rule apply, as its reason names it."""
    if event:
        return reason("word.event", kind=event)
    if act:
        return reason("word.act", act=act)
    return reason("word.any_call")


# --- what each check reads (see registry.py)


def reads_max_acw(check: Check, need: Reads) -> None:
    if check.max_acw_seconds is not None:
        need.after_call_work()


def reads_disposition(check: Check, need: Reads) -> None:
    if check.disposition_expected:
        need.ending()
        need.after_call_work()


def reads_notes_mention(check: Check, need: Reads) -> None:
    if check.notes_mention_expected:
        need.ending()
        need.after_call_work()


def reads_notes_min_chars(check: Check, need: Reads) -> None:
    if check.notes_min_chars is not None:
        need.after_call_work()


def reads_outcome(check: Check, need: Reads) -> None:
    if check.outcome_in:
        need.ending()


def reads_disposition_fits(check: Check, need: Reads) -> None:
    if not check.disposition_fits:
        return
    need.after_call_work()
    for rule in check.disposition_fits:
        if rule.event is not None:
            need.event(rule.event, rule.where)
        if rule.act is not None:
            need.acts((rule.act,))
