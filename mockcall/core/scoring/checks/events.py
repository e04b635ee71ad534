"""Checks on what happened: event matches, counts, repeated lines, forbidden words, tool order.

Each reads one kind of thing in the log and nothing of the clock.
"""

from __future__ import annotations

from mockcall.core import events as ev
from mockcall.core.events import Event
from mockcall.core.model import Check, ToolBefore
from mockcall.core.scoring.call import Call, Outcome, Turn
from mockcall.core.scoring.card import Evidence
from mockcall.core.scoring.predicates import (
    describe,
    forbidden_words,
    line_key,
    matching,
    words_said,
)
from mockcall.core.scoring.reads import Reads
from mockcall.core.scoring.reasons import Reason, reason


def check_forbids_event(check: Check, call: Call) -> Outcome | None:
    match = check.forbids_event
    if match is None:
        return None
    found = matching(match, call)
    if found:
        return Outcome(
            False,
            reason("event.forbidden", what=describe(match)),
            tuple(call.evidence(e, "forbidden") for e in found),
        )
    return Outcome(True, reason("event.none", what=describe(match)))


def check_requires_event(check: Check, call: Call) -> Outcome | None:
    match = check.requires_event
    if match is None:
        return None
    found = matching(match, call)
    if not found:
        return Outcome(False, reason("event.missing", what=describe(match)))
    return Outcome(True, reason("event.found", what=describe(match)), (call.evidence(found[0]),))


def check_max_count(check: Check, call: Call) -> Outcome | None:
    limit = check.max_count
    if limit is None:
        return None
    counted: list[tuple[str, Reason, list[Event]]] = []
    if limit.act is not None:
        found = [t.event for t in call.turns_with(limit.act)]
        counted.append((limit.act, reason("word.act", act=limit.act), found))
    if limit.event is not None:
        word = reason("word.event", kind=limit.event)
        counted.append((limit.event, word, call.of_kind(limit.event)))
    if not counted:
        return None
    for name, what, found in counted:
        if len(found) > limit.max:
            return Outcome(
                False,
                reason("count.over", what=what, count=len(found), max=limit.max),
                tuple(call.evidence(e, f"{name} #{i}") for i, e in enumerate(found, 1)),
            )
    counts = [reason("count.item", what=what, count=len(found)) for _, what, found in counted]
    evidence = tuple(call.evidence(e, name) for name, _, found in counted for e in found)
    return Outcome(True, reason("count.within", counts=counts, max=limit.max), evidence)


def check_max_repeats(check: Check, call: Call) -> Outcome | None:
    limit = check.max_repeats
    if limit is None:
        return None
    said: dict[str, list[Turn]] = {}
    for turn in call.turns:
        key = line_key(turn.event)
        if key is not None:
            said.setdefault(key, []).append(turn)
    for turns in said.values():
        if len(turns) > limit:
            text = call.evidence(turns[0].event).text
            return Outcome(
                False,
                reason("repeat.over", count=len(turns), limit=limit, text=text),
                tuple(call.evidence(t.event, f"time {i}") for i, t in enumerate(turns, 1)),
            )
    return Outcome(True, reason("repeat.within", limit=limit))


def check_forbids_words(check: Check, call: Call) -> Outcome | None:
    if not check.forbids_words:
        return None
    wanted = forbidden_words(check.forbids_words)
    bad: list[Evidence] = []
    found: list[str] = []
    for turn in call.turns:
        hits = words_said(str(turn.event.data.get("text", "")), wanted)
        if hits:
            found += [h for h in hits if h not in found]
            bad.append(call.evidence(turn.event, ", ".join(hits)))
    if bad:
        return Outcome(False, reason("words.said", words=found), tuple(bad))
    return Outcome(True, reason("words.never", words=list(check.forbids_words)))


def check_tool_before(check: Check, call: Call) -> Outcome | None:
    rule: ToolBefore | None = check.tool_before
    if rule is None:
        return None
    uses = [e for e in call.of_kind(ev.TOOL_USED) if str(e.data.get("tool")) == rule.tool]
    needs: list[Reason] = []  # what needs the tool first, as a reason names it
    targets: list[tuple[str, Reason, Event]] = []
    if rule.act is not None:
        needs.append(reason("word.act", act=rule.act))
        turns = call.turns_with(rule.act)
        if turns:
            targets.append((rule.act, needs[-1], turns[0].event))
    if rule.event is not None:
        needs.append(reason("word.event", kind=rule.event))
        first = call.first(rule.event)
        if first is not None:
            targets.append((rule.event, needs[-1], first))
    if not targets:
        return Outcome(True, reason("tool.not_needed", what=needs, tool=rule.tool))
    earned: list[Evidence] = []
    for name, word, target in targets:
        before = [u for u in uses if u.seq < target.seq]
        if not before:
            return Outcome(
                False,
                reason("tool.too_late", what=word, tool=rule.tool),
                (
                    call.evidence(target, f"{name} without {rule.tool}"),
                    *(call.evidence(u, "too late") for u in uses[:1]),
                ),
            )
        earned += [call.evidence(before[0], rule.tool), call.evidence(target, name)]
    what = [word for _, word, _ in targets]
    return Outcome(True, reason("tool.used_before", tool=rule.tool, what=what), tuple(earned))


# --- what each check reads (see registry.py)


def reads_forbids_event(check: Check, need: Reads) -> None:
    if check.forbids_event is not None:
        need.event(check.forbids_event.kind, check.forbids_event.where)


def reads_requires_event(check: Check, need: Reads) -> None:
    if check.requires_event is not None:
        need.event(check.requires_event.kind, check.requires_event.where)


def reads_max_count(check: Check, need: Reads) -> None:
    limit = check.max_count
    if limit is None:
        return
    if limit.act is not None:
        need.count(act=limit.act, cap=limit.max + 1)
    if limit.event is not None:
        need.count(event=limit.event, cap=limit.max + 1)


def reads_max_repeats(check: Check, need: Reads) -> None:
    if check.max_repeats is not None:
        need.repeats(check.max_repeats + 1)


def reads_forbids_words(check: Check, need: Reads) -> None:
    if check.forbids_words:
        need.words(check.forbids_words)


def reads_tool_before(check: Check, need: Reads) -> None:
    rule = check.tool_before
    if rule is not None:
        need.tool_before(rule.tool, rule.act, rule.event)
