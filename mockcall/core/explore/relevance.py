"""What the persona's conditions and the rubric make worth telling apart, computed once per run.

Separated from the passes because it decides the size of the search: every tool, visit count
or mood class kept here multiplies the states both passes see.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from mockcall.core import events as ev
from mockcall.core.explore.scoremodel import _ScoreModel
from mockcall.core.graph import closure, edges, option_dest
from mockcall.core.model import (
    Account,
    Condition,
    Persona,
    Rubric,
)
from mockcall.core.simulate import STEP_SECONDS

_HOLD_EVENTS: Final = frozenset({ev.HOLD_STARTED, ev.HOLD_ENDED})


@dataclass(frozen=True)
class _Relevance:
    """What the persona's conditions and the rubric read; computed once per exploration."""

    visit_caps: tuple[tuple[str, int], ...]
    #: per state: the option ids that can still be said from there (states statically
    #: reachable, mood edges included), so the repeat memory forgets options left behind
    repeatable: dict[str, frozenset[str]]
    tools: tuple[str, ...]
    #: per state: the tools a condition of one of its options reads (tools_used, or a fact the
    #: tool reveals, or a flag it sets): using one there can change what is offered
    state_tools: dict[str, frozenset[str]]
    #: per tool: acts a ``tool_before`` rule wants it before (None: an event rule, always try)
    tool_acts: dict[str, frozenset[str] | None]
    hold: bool
    controls: bool
    #: per state: mood value -> class; moods of one class behave alike in every future of
    #: that state (see :func:`_mood_classes`); missing state: the exact mood is kept
    mood_class: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: facts a condition reads (revealed / not_revealed); other revealed facts change nothing
    facts: frozenset[str] = frozenset()
    #: per state whose future is bounded: how far the mood can still move (see _MoodReach)
    reach: dict[str, _MoodReach] = field(default_factory=dict)


def _conditions(persona: Persona) -> list[Condition]:
    return [o.when for st in persona.states.values() for o in st.options if o.when is not None]


def _state_tools(persona: Persona, account: Account) -> dict[str, frozenset[str]]:
    """Per state: the tools a condition of one of its options reads (see ``_Relevance``)."""
    state_tools: dict[str, frozenset[str]] = {}
    for name, st in persona.states.items():
        used: set[str] = set()
        for option in st.options:
            when = option.when
            if when is None:
                continue
            for tool in account.tools:
                if (
                    tool.id in when.tools_used
                    or set(tool.reveals) & {*when.revealed, *when.not_revealed}
                    or set(tool.sets) & {*when.flags, *when.not_flags}
                ):
                    used.add(tool.id)
        state_tools[name] = frozenset(used)
    return state_tools


def _tool_acts(model: _ScoreModel) -> dict[str, frozenset[str] | None]:
    """Per tool: the acts a ``tool_before`` rule wants it before (None: an event rule)."""
    tool_acts: dict[str, frozenset[str] | None] = {}
    for rule_tool, act, event in model.tool_rules:
        before = tool_acts.get(rule_tool, frozenset())
        if event or before is None:
            tool_acts[rule_tool] = None
        elif act:
            tool_acts[rule_tool] = before | {act}
    return tool_acts


def _relevance(persona: Persona, account: Account, rubric: Rubric | None, inc: bool) -> _Relevance:
    """What the persona's conditions and the rubric (its registry declarations) make relevant."""
    caps: dict[str, int] = {}
    flags: set[str] = set()
    facts: set[str] = set()
    tools: set[str] = set()
    held = False
    for cond in _conditions(persona):
        for name in (*cond.visited, *cond.not_visited):
            caps[name] = max(caps.get(name, 0), 1)
        for name, n in cond.min_visits.items():
            caps[name] = max(caps.get(name, 0), n)
        for name, n in cond.max_visits.items():
            caps[name] = max(caps.get(name, 0), n + 1)
        flags.update(cond.flags, cond.not_flags)
        facts.update(cond.revealed, cond.not_revealed)
        tools.update(cond.tools_used)
        held = held or cond.held is not None
    # what the rubric reads, as the scoring registry declares it (see _ScoreModel)
    criteria = [] if rubric is None else [c for _, c in rubric.criteria()]
    model = _ScoreModel(persona, account, criteria)
    kinds = set(model.event_kinds)
    tools.update(model.tools)
    held = held or model.holds or bool(kinds & _HOLD_EVENTS)
    picked = []
    for tool in account.tools:
        wanted = (
            tool.id in tools
            or bool(set(tool.reveals) & facts & set(persona.facts))
            or bool(set(tool.sets) & flags)
            or (tool.kind == "dnc" and ev.DNC_CHECKED in kinds)
        )
        if wanted:
            picked.append(tool.id)
    return _Relevance(
        tuple(sorted(caps.items())),
        _repeatable(persona),
        tuple(picked),
        _state_tools(persona, account),
        _tool_acts(model),
        held,
        inc,
        {} if ev.MOOD_CHANGED in kinds else _mood_classes(persona),
        frozenset(facts),
        {} if ev.MOOD_CHANGED in kinds else _mood_reach(persona, account, picked),
    )


def _reach(persona: Persona) -> dict[str, set[str]]:
    """Per state: the states statically reachable from it (itself, option and mood edges)."""
    succ: dict[str, set[str]] = {}
    for e in edges(persona):
        succ.setdefault(e.source, set()).add(e.dest)
    return {name: closure([name], succ) & persona.states.keys() for name in persona.states}


def _repeatable(persona: Persona) -> dict[str, frozenset[str]]:
    ids = {
        name: {o.id or f"{name}.{i + 1}" for i, o in enumerate(st.options)}
        for name, st in persona.states.items()
    }
    return {
        name: frozenset().union(*(ids[n] for n in seen)) for name, seen in _reach(persona).items()
    }


@dataclass(frozen=True, slots=True)
class _MoodReach:
    """How far the mood can still move from a state whose future has no loop.

    ``up``/``down``: the most the mood can rise / fall before the call ends (every option's
    delta with and without the repeat penalty, the dead air and too-long holds the explored
    steps can cause). ``below``: thresholds that move the call when reached (hang-up,
    escalation) in any state still ahead; ``marks``: option conditions' mood limits there.
    A mood that stays below every ``below`` whatever happens is *settled*: only its side of
    each mark can matter, so all settled moods on the same sides behave alike.
    """

    up: int
    down: int
    below: int
    marks: tuple[int, ...]

    def settled(self, mood: int) -> tuple[str, tuple[bool, ...]] | None:
        if mood + self.up >= self.below:
            return None
        if any(mood - self.down < m <= mood + self.up for m in self.marks):
            return None
        return ("settled", tuple(mood >= m for m in self.marks))


def _mood_reach(persona: Persona, account: Account, tools: Sequence[str]) -> dict[str, _MoodReach]:
    """Per state with a loop-free future (option edges only; mood edges fire only at a
    threshold, which a settled mood never reaches): see :class:`_MoodReach`.

    Bounds on the explorer's own steps (docs/trainer-tools.md, "Settled moods"): dead air comes
    only from tool steps (options and unhold reset the silence, nothing is polled on hold or
    while dialling); a hold lasts at most the tool steps plus the unhold step.

    Long (90 lines) because the step bounds, the edge table and the memoised walk over it
    belong to one argument; split, each part would only make sense read with the others.
    """
    mood = persona.mood
    settable = {f for t in account.tools if t.id in tools for f in t.sets}
    cleared = {f for st in persona.states.values() for o in st.options for f in o.clear}
    if settable & cleared:
        return {}  # a tool can be used again each time its flag is cleared: no step bound
    k = len(tools)
    patience = mood.patience
    if persona.channel == "chat":
        patience = max(patience, account.sop.chat_response_seconds)
    per_fire = int(patience // STEP_SECONDS) + 1
    dead_airs = 0 if persona.channel == "email" or k == 0 else 1 + (k - 1) // per_fire
    long_hold = STEP_SECONDS * (k + 1) > mood.hold_patience
    succ: dict[str, list[tuple[str | None, int, int, bool]]] = {}
    for name, state in persona.states.items():
        moves: list[tuple[str | None, int, int, bool]] = []
        for option in state.options:
            delta = (
                option.mood
                if option.mood is not None
                else sum(mood.acts.get(a, 0) for a in option.acts)
            )
            rise = max(0, delta, delta + mood.repeat)
            fall = max(0, -delta, -(delta + mood.repeat))
            dest = option_dest(name, option)
            moves.append(
                (dest if dest in persona.states else None, rise, fall, option.action == "hold")
            )
        succ[name] = moves
    out: dict[str, _MoodReach] = {}
    memo: dict[str, tuple[int, int, int, set[str]] | None] = {}

    def walk(name: str, trail: set[str]) -> tuple[int, int, int, set[str]] | None:
        """(max rise, max fall, hold options on the way, states ahead); None: a loop."""
        if name in memo:
            return memo[name]
        if name in trail:
            return None
        trail.add(name)
        rise = fall = holds = 0
        ahead = {name}
        for dest, r, f, hold in succ[name]:
            below = (0, 0, 0, set()) if dest is None else walk(dest, trail)
            if below is None:
                trail.discard(name)
                memo[name] = None
                return None
            rise = max(rise, r + below[0])
            fall = max(fall, f + below[1])
            holds = max(holds, int(hold) + below[2])
            ahead |= below[3]
        trail.discard(name)
        memo[name] = (rise, fall, holds, ahead)
        return memo[name]

    esc = mood.demand_state in persona.states and bool(mood.demand_state)
    for name in persona.states:
        found = walk(name, set())
        if found is None:
            continue
        rise, fall, holds, ahead = found
        penalties = [(mood.dead_air, dead_airs)]
        if long_hold:
            penalties.append((mood.hold_too_long, holds + 1))
        rise += sum(max(0, p) * n for p, n in penalties)
        fall += sum(max(0, -p) * n for p, n in penalties)
        below = mood.hangup_at
        if esc and any(persona.states[a].mood_escalation and a != mood.demand_state for a in ahead):
            below = min(below, mood.escalate_at)
        if esc and mood.demand_state in ahead:
            continue  # calming down is a falling threshold with a way back: keep it exact
        marks = sorted(
            {
                limit
                for a in ahead
                for o in persona.states[a].options
                if o.when is not None
                for limit in (o.when.mood_at_least, o.when.mood_below)
                if limit is not None
            }
        )
        out[name] = _MoodReach(rise, fall, below, tuple(marks))
    return out


def _mood_classes(persona: Persona) -> dict[str, tuple[int, ...]]:
    """Per state: which moods (0..100) no future of that state can tell apart.

    The engine reads the mood only through threshold comparisons (``hangup_at``,
    ``escalate_at``, ``calm_at``, ``mood_at_least`` / ``mood_below``) and changes it by
    clamped deltas: an option's mood (or its acts' sum), ``repeat``, ``dead_air``,
    ``hold_too_long``. Per state this is a small Moore machine over 0..100 whose alphabet is
    every delta an option of a statically reachable state can apply (plus the three penalties)
    and whose output is every threshold comparison; its coarsest stable partition (partition
    refinement) gives classes whose members agree on every comparison after every sequence of
    deltas. A later state reaches a subset of the states, so its alphabet is a subset and the
    partition of an earlier state refines it: merging stays sound along the whole path.
    """
    mood = persona.mood
    limits = {mood.hangup_at, mood.escalate_at, mood.calm_at}
    for cond in _conditions(persona):
        if cond.mood_at_least is not None:
            limits.add(cond.mood_at_least)
        if cond.mood_below is not None:
            limits.add(cond.mood_below)
    thresholds = sorted(limits)
    penalties = {mood.repeat, mood.dead_air, mood.hold_too_long}
    own: dict[str, set[int]] = {}
    for name, st in persona.states.items():
        own[name] = {
            o.mood if o.mood is not None else sum(mood.acts.get(a, 0) for a in o.acts)
            for o in st.options
        }
    values = range(101)
    first = {m: tuple(m >= t for t in thresholds) for m in values}
    cache: dict[frozenset[int], tuple[int, ...]] = {}
    out: dict[str, tuple[int, ...]] = {}
    for name, seen in _reach(persona).items():
        deltas = frozenset(d for n in seen for d in own[n] | penalties if d)
        classes = cache.get(deltas)
        if classes is None:
            label: dict[int, Any] = dict(first)
            count = len(set(label.values()))
            while True:
                sig = {
                    m: (label[m], tuple(label[min(100, max(0, m + d))] for d in sorted(deltas)))
                    for m in values
                }
                ids: dict[Any, int] = {}
                label = {m: ids.setdefault(sig[m], len(ids)) for m in values}
                if len(ids) == count:
                    break
                count = len(ids)
            classes = cache[deltas] = tuple(label[m] for m in values)
        out[name] = classes
    return out
