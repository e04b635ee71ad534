"""Checks on the agent's acts: required and optional acts in turn windows, order, forbidden acts.

Acts are what most criteria read; windows (first/last turns, the turn around an event) are
shared by ``requires`` and ``any_of``, so they live together.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mockcall.core.events import Event
from mockcall.core.model import Check
from mockcall.core.scoring.call import Call, Outcome, Turn
from mockcall.core.scoring.card import Evidence
from mockcall.core.scoring.phrases import COMPANY, brand_words, mark, said_marks
from mockcall.core.scoring.predicates import describe, matching
from mockcall.core.scoring.reads import Reads
from mockcall.core.scoring.reasons import Reason, reason


@dataclass(frozen=True, slots=True)
class _Group:
    """Agent turns a requirement must be met in; ``anchor`` is the event it hangs on, if any.
    ``label`` says where those turns are (``in the first 2 turns``), one reason per limit."""

    turns: tuple[Turn, ...]
    label: tuple[Reason, ...]
    anchor: Event | None = None
    after: bool = True


def _groups(check: Check, call: Call) -> tuple[list[_Group], str | None]:
    """The windows of ``requires``/``any_of``; the anchor's kind instead when it never happened."""
    allowed = set(range(len(call.turns)))
    limits: list[Reason] = []
    if check.within_turns is not None:
        allowed &= set(range(check.within_turns))
        limits.append(reason("where.first", n=check.within_turns))
    if check.last_turns is not None:
        allowed &= set(range(len(call.turns) - check.last_turns, len(call.turns)))
        limits.append(reason("where.last", n=check.last_turns))

    def keep(turns: Iterable[Turn]) -> tuple[Turn, ...]:
        return tuple(t for t in turns if t.index in allowed)

    anchored = [(k, True) for k in (check.after_event,) if k] + [
        (k, False) for k in (check.before_event,) if k
    ]
    if not anchored:
        return [_Group(keep(call.turns), tuple(limits))], None
    groups: list[_Group] = []
    for kind, after in anchored:
        anchors = call.of_kind(kind)
        if not anchors:
            return [], kind
        for anchor in anchors:
            if after:
                turn = next((t for t in call.turns if t.event.seq > anchor.seq), None)
                where = reason("where.after", kind=kind)
            else:
                turn = next((t for t in reversed(call.turns) if t.event.seq < anchor.seq), None)
                where = reason("where.before", kind=kind)
            label = (where, *limits)
            groups.append(_Group(keep([turn] if turn else []), label, anchor, after))
    return groups, None


def _windowed(check: Check, call: Call, acts: tuple[str, ...], every: bool) -> Outcome:
    """``requires`` (every act) or ``any_of`` (one act) in each window group."""
    groups, no_anchor = _groups(check, call)
    if no_anchor is not None:
        return Outcome(False, reason("acts.no_anchor", kind=no_anchor, acts=list(acts)))
    earned: list[Evidence] = []
    for group in groups:
        seen = {a: next((t for t in group.turns if a in t.acts), None) for a in acts}
        missing = [a for a, t in seen.items() if t is None]
        met = not missing if every else len(missing) < len(acts)
        if not met:
            lacking = (
                reason("lacking.all", acts=missing)
                if every
                else reason("lacking.any", acts=list(acts))
            )
            return Outcome(
                False, _never(group, lacking), tuple(_group_evidence(call, group, lacking))
            )
        for act, turn in seen.items():
            if turn is not None:
                earned.append(call.evidence(turn.event, act))
    said = list(acts) if every else sorted({e.note for e in earned})
    where = list(groups[0].label)
    if not where:
        return Outcome(True, reason("acts.said", acts=said), tuple(earned))
    code = "acts.said_in" if len(groups) == 1 else "acts.said_in_each"
    return Outcome(True, reason(code, acts=said, where=where), tuple(earned))


def _never(group: _Group, lacking: Reason) -> Reason:
    if not group.label:
        return reason("acts.never_said", lacking=lacking)
    if group.anchor is not None and not group.turns:
        code = "acts.no_turn_after" if group.after else "acts.no_turn_before"
        return reason(code, kind=group.anchor.kind, seq=group.anchor.seq, lacking=lacking)
    return reason("acts.not_said_in", where=list(group.label), lacking=lacking)


def _group_evidence(call: Call, group: _Group, lacking: Reason) -> list[Evidence]:
    """The turns that should have carried the act; none for a whole-call miss (nothing to quote)."""
    if not group.label:
        return []
    note = f"missing {lacking.render()}"
    out = [call.evidence(t.event, note) for t in group.turns]
    if group.anchor is not None:
        out.append(call.evidence(group.anchor))
    return out


def check_requires(check: Check, call: Call) -> Outcome | None:
    return _windowed(check, call, check.requires, every=True) if check.requires else None


def check_any_of(check: Check, call: Call) -> Outcome | None:
    return _windowed(check, call, check.any_of, every=False) if check.any_of else None


#: A ``says`` list in a reason shows this many phrases, then an ellipsis.
_SHOWN_PHRASES = 3


def _shown_phrases(phrases: Sequence[str], company: Sequence[str]) -> list[str]:
    """The ``says`` list as a reader wants it: ``{company}`` as the name the call recorded,
    a long list cut to its first few phrases (the rubric holds the rest)."""
    name = " / ".join(company) if company else "the company's name"
    shown = [name if p == COMPANY else p for p in phrases]
    return shown if len(shown) <= _SHOWN_PHRASES else [*shown[:_SHOWN_PHRASES], "…"]


def check_says(check: Check, call: Call) -> Outcome | None:
    """One of the phrases in an agent turn of each window (the same windows as ``any_of``)."""
    if not check.says:
        return None
    company = brand_words(str(call.started.get("company") or ""))
    shown = _shown_phrases(check.says, company)
    groups, no_anchor = _groups(check, call)
    if no_anchor is not None:
        return Outcome(False, reason("says.no_anchor", kind=no_anchor, words=shown))
    marks = {mark(p): p for p in check.says}
    earned: list[Evidence] = []
    for group in groups:
        hit = None
        for turn in group.turns:
            found = said_marks(str(turn.event.data.get("text", "")), check.says, company)
            if found & marks.keys():
                hit = turn, _shown_phrases([marks[m] for m in marks if m in found], company)
                break
        if hit is None:
            lacking = reason("says.lacking", words=shown)
            if not group.label:
                return Outcome(False, reason("says.never", words=shown))
            return Outcome(
                False,
                reason("says.not_in", words=shown, where=list(group.label)),
                tuple(_group_evidence(call, group, lacking)),
            )
        earned.append(call.evidence(hit[0].event, ", ".join(hit[1])))
    where = list(groups[0].label)
    if not where:
        said_anywhere = list(dict.fromkeys(e.note for e in earned))
        return Outcome(True, reason("says.said", words=said_anywhere), tuple(earned))
    said = list(dict.fromkeys(e.note for e in earned))
    return Outcome(True, reason("says.said_in", words=said, where=where), tuple(earned))


def check_before(check: Check, call: Call) -> Outcome | None:
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
            return Outcome(
                False,
                reason("order.never", later=later, earlier=earlier),
                (call.evidence(first_later.event, f"{later} without {earlier}"),),
            )
        if earliers[0].index > first_later.index:
            return Outcome(
                False,
                reason("order.swapped", later=later, earlier=earlier),
                (
                    call.evidence(first_later.event, f"{later} before {earlier}"),
                    call.evidence(earliers[0].event, f"{earlier} only here"),
                ),
            )
        earned += [
            call.evidence(earliers[0].event, earlier),
            call.evidence(first_later.event, later),
        ]
    return Outcome(True, reason("order.kept", acts=list(order)), tuple(earned))


def check_forbids(check: Check, call: Call) -> Outcome | None:
    if not check.forbids:
        return None
    turns: Sequence[Turn] = call.turns
    after: Reason | None = None
    anchor: Event | None = None
    if check.forbids_after is not None:
        found = matching(check.forbids_after, call)
        if not found:
            return Outcome(True, reason("forbids.no_anchor", what=describe(check.forbids_after)))
        anchor = found[0]
        turns = [t for t in call.turns if t.event.seq > anchor.seq]
        after = describe(check.forbids_after)
    bad = [(t, a) for t in turns for a in check.forbids if a in t.acts]
    if bad:
        acts = list(dict.fromkeys(a for _, a in bad))
        quoted = [call.evidence(t.event, a) for t, a in bad]
        if anchor is not None:
            quoted.append(call.evidence(anchor))
        if after is None:
            return Outcome(False, reason("forbids.done", acts=acts), tuple(quoted))
        return Outcome(False, reason("forbids.done_after", what=after, acts=acts), tuple(quoted))
    if after is None:
        return Outcome(True, reason("forbids.never", acts=list(check.forbids)))
    return Outcome(True, reason("forbids.never_after", acts=list(check.forbids), what=after))


# --- what each check reads (see registry.py)


def _reads_window(check: Check, acts: tuple[str, ...], need: Reads, *, every: bool) -> None:
    if check.after_event or check.before_event:
        need.anchored_window(
            acts if every else (),
            () if every else acts,
            within=check.within_turns,
            last=check.last_turns,
            after_event=check.after_event,
            before_event=check.before_event,
        )
    else:
        need.turn_window(acts, within=check.within_turns, last=check.last_turns)


def reads_requires(check: Check, need: Reads) -> None:
    if check.requires:
        _reads_window(check, check.requires, need, every=True)


def reads_any_of(check: Check, need: Reads) -> None:
    if check.any_of:
        _reads_window(check, check.any_of, need, every=False)


def reads_says(check: Check, need: Reads) -> None:
    """``says`` reads its phrases as marks on each turn, then the window as ``any_of`` does."""
    if check.says:
        need.phrases(check.says)
        _reads_window(check, tuple(mark(p) for p in check.says), need, every=False)


def reads_before(check: Check, need: Reads) -> None:
    if len(check.before) < 2:
        return
    need.acts(check.before)
    for earlier, later in itertools.pairwise(check.before):
        need.act_order(earlier, later)


def reads_forbids(check: Check, need: Reads) -> None:
    if not check.forbids:
        return
    if check.forbids_after is None:
        need.acts(check.forbids)
    else:
        need.acts_after(check.forbids_after.kind, check.forbids_after.where, check.forbids)
