"""Checks on holds and silence: total hold, check-back, dead air, per-channel silence.

They share one notion of silence and hold time (:mod:`..timeline`), which the explorer's
score key measures the same way.
"""

from __future__ import annotations

from mockcall.core.model import Check
from mockcall.core.scoring.call import Call, Outcome
from mockcall.core.scoring.predicates import secs
from mockcall.core.scoring.reads import Reads
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
        return Outcome(
            False, f"held {secs(total)} in total, over the {secs(limit)} limit", evidence
        )
    return Outcome(True, f"held {secs(total)} in total, within {secs(limit)}", evidence)


def check_hold_checkback(check: Check, call: Call) -> Outcome | None:
    if not check.hold_checkback:
        return None
    limit = call.sop("hold_checkback_seconds")
    holds = holds_of(call)
    if not holds:
        return Outcome(True, "no hold to check back on")
    longest = max(holds, key=lambda h: h.seconds)
    evidence = tuple(hold_evidence(call, longest))
    if longest.seconds > limit:
        return Outcome(
            False,
            f"a hold lasted {secs(longest.seconds)} without a check-back "
            f"(check back every {secs(limit)})",
            evidence,
        )
    return Outcome(True, f"longest hold {secs(longest.seconds)}, within {secs(limit)}", evidence)


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
        return Outcome(
            False, f"the line was silent for {secs(seconds)} (limit {secs(limit)})", evidence
        )
    return Outcome(True, f"longest silence {secs(seconds)}, within {secs(limit)}", evidence)


def check_silence(check: Check, call: Call) -> Outcome | None:
    rule = check.silence
    if rule is None:
        return None
    if call.channel == "call":
        if rule.voice is None:
            return Outcome(True, "voice silence is not checked")
        seconds, before, after = longest_silence(call)
        note = f"silence {secs(seconds)}"
        evidence = tuple(call.evidence(e, note) for e in (before, after) if e is not None)
        if seconds > rule.voice:
            return Outcome(
                False,
                f"the line was silent for {secs(seconds)} (limit {secs(rule.voice)})",
                evidence,
            )
        return Outcome(
            True, f"longest silence {secs(seconds)}, within {secs(rule.voice)}", evidence
        )
    waits = reply_waits(call)
    for seconds, since, reply, first in waits:
        limit = rule.first_reply if first else rule.reply
        if limit is not None and seconds > limit:
            which = "first reply" if first else "a reply"
            note = f"waited {secs(seconds)}"
            return Outcome(
                False,
                f"the customer waited {secs(seconds)} for {which} (limit {secs(limit)})",
                (call.evidence(since, note), call.evidence(reply, note)),
            )
    longest = max((w[0] for w in waits), default=0.0)
    return Outcome(True, f"longest wait for a reply {secs(longest)}")


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
