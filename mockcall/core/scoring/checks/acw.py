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
    or_list,
    secs,
)
from mockcall.core.scoring.reads import Reads
from mockcall.core.scoring.timeline import resolve_limit


def check_max_acw(check: Check, call: Call) -> Outcome | None:
    if check.max_acw_seconds is None:
        return None
    limit = resolve_limit(check.max_acw_seconds, "max_acw_seconds", call.channel, call.sop)
    done = call.last(ev.ACW_ENDED)
    if done is None:
        return Outcome(False, "after-call work was never finished")
    began = call.first(ev.ACW_STARTED) or call.first(ev.CALL_ENDED)
    if began is not None:
        seconds = max(0.0, done.t - began.t)
    else:
        seconds = float(done.data.get("seconds", 0.0))
    evidence = tuple(call.evidence(e, f"ACW {secs(seconds)}") for e in (began, done) if e)
    if seconds > limit:
        return Outcome(False, f"ACW took {secs(seconds)}, over the {secs(limit)} limit", evidence)
    return Outcome(True, f"ACW took {secs(seconds)}, within {secs(limit)}", evidence)


def check_disposition(check: Check, call: Call) -> Outcome | None:
    if not check.disposition_expected:
        return None
    chosen = call.last(ev.DISPOSITION)
    if chosen is None:
        return Outcome(False, "no disposition was chosen")
    code = str(chosen.data.get("code", ""))
    table = call.expect.get("disposition")
    expected = table.get(call.ending) if isinstance(table, Mapping) and call.ending else None
    if expected is None:
        return Outcome(
            True,
            f"disposition {code} (no disposition is expected for this ending)",
            (call.evidence(chosen),),
        )
    if code.casefold() in alternatives(expected):
        return Outcome(True, f"disposition {code} as expected", (call.evidence(chosen),))
    return Outcome(
        False,
        f"disposition {code}, but a call ending {call.ending} "
        f"should be {or_list(expected.split('|'))}",
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
            f"the notes do not mention: {', '.join(str(w) for w in missing)}",
            tuple(call.evidence(e, "missing " + ", ".join(map(str, missing))) for e in notes),
        )
    if not words:
        return Outcome(
            True, "no words are expected in the notes", tuple(call.evidence(e) for e in notes)
        )
    return Outcome(
        True, "the notes mention every expected word", tuple(call.evidence(e) for e in notes)
    )


def check_notes_min_chars(check: Check, call: Call) -> Outcome | None:
    if check.notes_min_chars is None:
        return None
    text, notes = notes_of(call)
    length = len(text.strip())
    evidence = tuple(call.evidence(e, f"{length} characters") for e in notes)
    if length < check.notes_min_chars:
        return Outcome(
            False, f"the notes are {length} characters, under {check.notes_min_chars}", evidence
        )
    return Outcome(True, f"the notes are {length} characters", evidence)


def check_outcome(check: Check, call: Call) -> Outcome | None:
    if not check.outcome_in:
        return None
    ended = call.first(ev.CALL_ENDED)
    if ended is None:
        return Outcome(False, "the call never ended")
    evidence = (call.evidence(ended),)
    if call.ending in check.outcome_in:
        return Outcome(True, f"the call ended {call.ending}", evidence)
    return Outcome(
        False, f"the call ended {call.ending}, not {or_list(check.outcome_in)}", evidence
    )


def check_disposition_fits(check: Check, call: Call) -> Outcome | None:
    if not check.disposition_fits:
        return None
    chosen = call.last(ev.DISPOSITION)
    if chosen is None:
        return Outcome(False, "no disposition was chosen")
    code = str(chosen.data.get("code", ""))
    for rule in check.disposition_fits:
        happened = (
            rule.event is not None and bool(matching_kind(rule.event, rule.where, call))
        ) or (rule.act is not None and bool(call.turns_with(rule.act)))
        if not happened and (rule.event is not None or rule.act is not None):
            continue
        why = rule.event or rule.act or "any call"
        if disposition_code(code) in {disposition_code(c) for c in rule.codes}:
            return Outcome(True, f"disposition {code} fits ({why})", (call.evidence(chosen),))
        return Outcome(
            False,
            f"disposition {code}, but a call with {why} should be {or_list(rule.codes)}",
            (call.evidence(chosen, f"expected {'|'.join(rule.codes)}"),),
        )
    return Outcome(True, f"disposition {code}", (call.evidence(chosen),))


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
