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
    n_times,
    or_list,
    words_said,
)
from mockcall.core.scoring.reads import Reads


def check_forbids_event(check: Check, call: Call) -> Outcome | None:
    match = check.forbids_event
    if match is None:
        return None
    found = matching(match, call)
    if found:
        return Outcome(
            False,
            f"a forbidden event happened: {describe(match)}",
            tuple(call.evidence(e, "forbidden") for e in found),
        )
    return Outcome(True, f"no {describe(match)}")


def check_requires_event(check: Check, call: Call) -> Outcome | None:
    match = check.requires_event
    if match is None:
        return None
    found = matching(match, call)
    if not found:
        return Outcome(False, f"no {describe(match)} happened")
    return Outcome(True, f"found {describe(match)}", (call.evidence(found[0]),))


def check_max_count(check: Check, call: Call) -> Outcome | None:
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
            return Outcome(
                False,
                f"counted {name} {len(found)} times, more than the {limit.max} allowed",
                tuple(call.evidence(e, f"{name} #{i}") for i, e in enumerate(found, 1)),
            )
    summary = ", ".join(f"{name} {len(found)}x" for name, found in counted)
    evidence = tuple(call.evidence(e, name) for name, found in counted for e in found)
    return Outcome(True, f"counted {summary}, within {limit.max}", evidence)


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
                f'said the same line {len(turns)} times (limit {limit}): "{text}"',
                tuple(call.evidence(t.event, f"time {i}") for i, t in enumerate(turns, 1)),
            )
    return Outcome(True, f"no line said more than {n_times(limit)}")


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
        return Outcome(False, f"said {', '.join(found)}", tuple(bad))
    return Outcome(True, f"never said {or_list(check.forbids_words)}")


def check_tool_before(check: Check, call: Call) -> Outcome | None:
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
        what = or_list(x for x in (rule.act, rule.event) if x)
        return Outcome(True, f"no {what} happened, so {rule.tool} was not needed")
    earned: list[Evidence] = []
    for name, target in targets:
        before = [u for u in uses if u.seq < target.seq]
        if not before:
            return Outcome(
                False,
                f"did {name} before using the {rule.tool} tool",
                (
                    call.evidence(target, f"{name} without {rule.tool}"),
                    *(call.evidence(u, "too late") for u in uses[:1]),
                ),
            )
        earned += [call.evidence(before[0], rule.tool), call.evidence(target, name)]
    return Outcome(True, f"used {rule.tool} before {or_list(n for n, _ in targets)}", tuple(earned))


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
