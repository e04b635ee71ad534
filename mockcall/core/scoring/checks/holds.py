"""Checks on holds and silence: total hold, check-back, dead air, per-channel silence.

They share one notion of silence and hold time (:mod:`..timeline`), which the explorer's
score key measures the same way.
"""

from __future__ import annotations

from mockcall.core.model import Check
from mockcall.core.scoring.call import Call, Outcome
from mockcall.core.scoring.predicates import secs
from mockcall.core.scoring.reads import Reads
from mockcall.core.scoring.reasons import reason
from mockcall.core.scoring.timeline import (
    hold_evidence,
    holds_of,
    longest_silence,
    reply_waits,
    resolve_limit,
)


def check_max_hold(check: Check, call: Call) -> Outcome | None:
    if check.max_hold_seconds is None:
        return None
    limit = resolve_limit(check.max_hold_seconds, "max_hold_seconds", call.channel, call.sop)
    holds = holds_of(call)
    total = sum(h.seconds for h in holds)
    evidence = tuple(e for h in holds for e in hold_evidence(call, h))
    if total > limit:
        return Outcome(False, reason("hold.over", held=total, limit=limit), evidence)
    return Outcome(True, reason("hold.within", held=total, limit=limit), evidence)


def check_hold_checkback(check: Check, call: Call) -> Outcome | None:
    if not check.hold_checkback:
        return None
    limit = call.sop("hold_checkback_seconds")
    holds = holds_of(call)
    if not holds:
        return Outcome(True, reason("checkback.no_hold"))
    longest = max(holds, key=lambda h: h.seconds)
    evidence = tuple(hold_evidence(call, longest))
    if longest.seconds > limit:
        return Outcome(
            False,
            reason("checkback.over", held=longest.seconds, limit=limit),
            evidence,
        )
    return Outcome(True, reason("checkback.within", held=longest.seconds, limit=limit), evidence)


def check_dead_air(check: Check, call: Call) -> Outcome | None:
    if check.max_dead_air_seconds is None:
        return None
    limit = resolve_limit(
        check.max_dead_air_seconds, "max_dead_air_seconds", call.channel, call.sop
    )
    seconds, before, after = longest_silence(call)
    note = f"silence {secs(seconds)}"
    evidence = tuple(call.evidence(e, note) for e in (before, after) if e is not None)
    if seconds > limit:
        return Outcome(False, reason("silence.over", silent=seconds, limit=limit), evidence)
    return Outcome(True, reason("silence.within", silent=seconds, limit=limit), evidence)


def check_silence(check: Check, call: Call) -> Outcome | None:
    rule = check.silence
    if rule is None:
        return None
    if call.channel == "call":
        if rule.voice is None:
            return Outcome(True, reason("silence.voice_unchecked"))
        seconds, before, after = longest_silence(call)
        note = f"silence {secs(seconds)}"
        evidence = tuple(call.evidence(e, note) for e in (before, after) if e is not None)
        if seconds > rule.voice:
            return Outcome(
                False, reason("silence.over", silent=seconds, limit=rule.voice), evidence
            )
        return Outcome(True, reason("silence.within", silent=seconds, limit=rule.voice), evidence)
    waits = reply_waits(call)
    for seconds, since, reply, first in waits:
        limit = rule.first_reply if first else rule.reply
        if limit is not None and seconds > limit:
            code = "wait.first_over" if first else "wait.reply_over"
            note = f"waited {secs(seconds)}"
            return Outcome(
                False,
                reason(code, waited=seconds, limit=limit),
                (call.evidence(since, note), call.evidence(reply, note)),
            )
    longest = max((w[0] for w in waits), default=0.0)
    return Outcome(True, reason("wait.within", waited=longest))


# --- what each check reads (see registry.py)


def reads_max_hold(check: Check, need: Reads) -> None:
    if check.max_hold_seconds is not None:
        limit = resolve_limit(check.max_hold_seconds, "max_hold_seconds", need.channel, need.sop)
        need.hold_total(limit)


def reads_hold_checkback(check: Check, need: Reads) -> None:
    if check.hold_checkback:
        need.hold_longest(need.sop("hold_checkback_seconds"))


def reads_dead_air(check: Check, need: Reads) -> None:
    if check.max_dead_air_seconds is not None:
        key = "max_dead_air_seconds"
        need.silence(resolve_limit(check.max_dead_air_seconds, key, need.channel, need.sop))


def reads_silence(check: Check, need: Reads) -> None:
    rule = check.silence
    if rule is None:
        return
    if need.channel == "call":
        if rule.voice is not None:
            need.silence(rule.voice)
    else:
        need.reply_waits(rule.first_reply, rule.reply)
