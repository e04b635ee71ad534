"""Explore every path of a persona on the real engine: what a trainee can reach, and the score.

The explorer drives :class:`~mockcall.core.engine.CallSession` on a
:class:`~mockcall.core.engine.ManualClock` exactly as ``play_path`` does (the same
``play_step`` moves time and polls), trying every step a trainee could take at each point:

* the offered options, numbered in file order as paths number them (so every path printed is a
  valid ``--path`` whatever order a call shows the options in);
* ``hold`` once per call where it is meaningful (a ``when.held`` condition or a rubric that
  looks at holds) and ``unhold`` while on hold; hold *options* are ordinary options;
* tools that change what is offered or scored — named by ``when.tools_used``, revealing a fact
  or setting a flag a condition reads, or named by the rubric — each once (again only if it
  would set a flag an option cleared);
* outbound: every call-list entry while dialling.

Pure call controls (hang up, escalate, transfer) are left out unless ``include_controls``:
any call can be hung up anywhere, so counting them would make every loop "end" and every
minimum score "hang up at once". Options that *are* those controls are explored like any option.

Two passes, each memoised on a key of everything that can change what follows
(docs/trainer-tools.md explains each part):

1. **Behaviour graph** — breadth first, memoised on the *behaviour key*: persona state, phase,
   mood (one class for a *settled* mood no future can bring to a threshold), flags, the
   revealed facts and used tools a condition or the search reads, visit counts that conditions
   read (capped at the largest number they compare with), whether the customer has been held,
   mute, which options were already said (the repeat penalty), a state line still owed after a
   hold, the silence / hold time so far capped at the persona's patience, and the wasted turns
   capped one past ``give_up_after``. Every edge keeps
   the events its step logged. Breadth first gives the shortest path to every state and ending;
   the graph gives dead ends, endless loops, options never offered and whether the escalation
   threshold is reachable.
2. **Score range** — a *product graph* of (behaviour state, *score key*), the score key keeping
   exactly what the rubric's checks read of the past (acts seen, the acts a first/last-turns
   window checks, per-criterion event windows, counters capped past their limit, the limits a
   longest hold or silence already passed, totals capped past their limit, tool-before
   violations...). Each product state is expanded once, its edges fed the events pass 1
   recorded; the engine runs only to grow the graph where pass 1 stopped and to score an
   ended call some criterion has not judged yet: a criterion's verdict depends only on its
   own projection of the score key, so verdicts learnt on real scorecards total the rest.
   Half the budget goes to a fair walk (successors share each state's allowance, in widening
   rounds), half depth first, where calls end and futures merge. Summaries (lowest and highest
   total with a path each, criteria earned and lost, path counts) are built over the strongly
   connected components. Two prefixes with equal keys have the same futures *and* scores, so
   they are exact within the bounds (a test checks this against playing every path of a small
   persona one by one).

Bounds: ``max_depth`` steps per path, ``max_paths`` states expanded by pass 1 and
``score_paths`` product states by pass 2; a result says which bound was hit (``bounds_hit``)
and is then a lower bound of what exists.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields
from typing import Any, Final, TypeVar

from mockcall.core import events as ev
from mockcall.core.daytime import local_time, wrong_greetings
from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.events import Event, EventLog
from mockcall.core.graph import closure, components, edges, option_dest
from mockcall.core.model import (
    Account,
    Check,
    Condition,
    Criterion,
    Persona,
    Rubric,
)
from mockcall.core.scoring.call import CONNECT_KINDS, SOUND_KINDS
from mockcall.core.scoring.checks.escalation import briefing_missing as missing
from mockcall.core.scoring.predicates import (
    event_matches,
    forbidden_words,
    line_key,
    normalise,
    words_said,
)
from mockcall.core.scoring.registry import reads_check, reads_na
from mockcall.core.scoring.timeline import spoken
from mockcall.core.simulate import STEP_SECONDS, Step, finish_acw, play_step, start_session

#: Endings a pure call control produces; always reachable, so lint never asks for an option.
CONTROL_ENDINGS: Final = frozenset({"escalated", "transferred", "agent_hung_up", "abandoned"})
_CONTROLS: Final = ("end", "escalate", "transfer_warm", "transfer_cold")
_HOLD_EVENTS: Final = frozenset({ev.HOLD_STARTED, ev.HOLD_ENDED})
#: event fields that can differ between two paths reaching the same behaviour state (turn
#: numbers, counters, durations, wording); every other field follows from the state and step
_VOLATILE: Final = frozenset(
    {"turn", "count", "seconds", "text", "variant", "t", "seq", "shown", "key"}
)


@dataclass(frozen=True, slots=True)
class Limits:
    """Exploration bounds. ``max_paths`` caps the states the graph pass expands,
    ``score_paths`` the states the score pass expands (its walk is cheaper per state: it
    replays recorded events and runs the engine only where the graph pass stopped and to
    score an ending); None: the same as ``max_paths``."""

    max_depth: int = 60
    max_paths: int = 300
    score_paths: int | None = 1_500
    include_controls: bool = False
    score: bool = True
    #: feed the score pass the engine's own events instead of the graph's recorded ones
    #: (slower; the same answers, which a test checks)
    engine_events: bool = False


@dataclass(frozen=True, slots=True)
class ScoredPath:
    """A complete path and the total it scores (default ACW, as ``play_path``)."""

    total: float
    passed: bool
    ending: str
    path: tuple[str, ...]
    #: the persona's declared test this came from (None: found by the search)
    declared: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "passed": self.passed,
            "ending": self.ending,
            "path": ",".join(self.path),
            "declared": self.declared,
        }


@dataclass
class Exploration:
    """What exploring a persona found. Paths are tuples of steps (join with ',' for --path)."""

    persona: str
    states: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unreachable: list[str] = field(default_factory=list)
    endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    endings_never: list[str] = field(default_factory=list)
    dead_ends: dict[str, tuple[str, ...]] = field(default_factory=dict)
    loops: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    options_never_offered: list[tuple[str, str]] = field(default_factory=list)
    escalation: bool | None = None
    escalation_path: tuple[str, ...] | None = None
    min_score: ScoredPath | None = None
    max_score: ScoredPath | None = None
    can_pass: bool | None = None
    can_fail: bool | None = None
    criteria_never_earned: list[str] = field(default_factory=list)
    criteria_never_lost: list[str] = field(default_factory=list)
    criteria_always_na: list[str] = field(default_factory=list)
    graph_nodes: int = 0
    graph_edges: int = 0
    score_nodes: int = 0
    #: complete paths covered: counted through the memo (a merged state contributes every
    #: complete path below it once per way of reaching it), not paths replayed one by one
    paths: int = 0
    #: ended calls whose scorecard came from the leaf memo instead of the scorer
    leaf_hits: int = 0
    steps: int = 0
    seconds: float = 0.0
    bounds_hit: list[str] = field(default_factory=list)
    #: the graph pass hit no bound: unreachable/never lists are facts
    graph_complete: bool = False
    #: the score pass saw every complete path (criteria lists are facts, not samples)
    score_complete: bool = False

    @property
    def complete(self) -> bool:
        """No bound was hit: the unreachable/never lists are facts, not guesses."""
        return not self.bounds_hit

    @property
    def errors(self) -> list[str]:
        """Things that trap a trainee (``simulate`` exits 1 on them)."""
        out = [f"dead end in state '{s}'" for s in self.dead_ends]
        out += [f"endless loop through {', '.join(states)}" for states, _ in self.loops]
        return out

    def to_dict(self) -> dict[str, Any]:
        def p(path: Sequence[str] | None) -> str | None:
            return None if path is None else ",".join(path)

        return {
            "persona": self.persona,
            "complete": self.complete,
            "bounds_hit": list(self.bounds_hit),
            "graph_complete": self.graph_complete,
            "score_complete": self.score_complete,
            "states": {s: p(path) for s, path in self.states.items()},
            "unreachable": list(self.unreachable),
            "endings": {e: p(path) for e, path in self.endings.items()},
            "endings_never_reached": list(self.endings_never),
            "dead_ends": {s: p(path) for s, path in self.dead_ends.items()},
            "loops": [{"states": list(st), "path": p(path)} for st, path in self.loops],
            "options_never_offered": [
                {"state": s, "option": o} for s, o in self.options_never_offered
            ],
            "escalation_reachable": self.escalation,
            "escalation_path": p(self.escalation_path),
            "score": None
            if self.min_score is None or self.max_score is None
            else {
                "min": self.min_score.to_dict(),
                "max": self.max_score.to_dict(),
                "can_pass": self.can_pass,
                "can_fail": self.can_fail,
            },
            "criteria_never_earned": list(self.criteria_never_earned),
            "criteria_never_lost": list(self.criteria_never_lost),
            "criteria_always_na": list(self.criteria_always_na),
            "errors": self.errors,
            "stats": {
                "graph_nodes": self.graph_nodes,
                "graph_edges": self.graph_edges,
                "score_nodes": self.score_nodes,
                "paths": self.paths,
                "distinct_states": self.graph_nodes + self.score_nodes,
                "leaf_hits": self.leaf_hits,
                "steps": self.steps,
                "seconds": round(self.seconds, 4),
            },
        }


# --------------------------------------------------------------------------- forking


def fork(session: CallSession, clock: ManualClock) -> tuple[CallSession, ManualClock]:
    """An independent copy of a running session with its own clock.

    The copy is not a model of the cached machines: the engine fires transitions through
    ``machine.events[...].trigger(session)``, which reads and writes the session's ``state`` /
    ``phase`` attributes without needing membership, so a copy costs a dict copy instead of an
    ``add_model`` (which binds every trigger). Containers are copied one level deep (events are
    immutable and shared); every attribute is copied, so a field added to the engine later is
    carried along. The line-variant RNG is *shared*: it only picks wording, which neither the
    behaviour nor the score reads, and sharing it halves the cost of a copy. (Transcripts are
    always produced by ``play_path``, never from explored sessions.)
    """
    new_clock = ManualClock(clock.now)
    new = object.__new__(CallSession)
    d = new.__dict__
    d.update(session.__dict__)
    for key, how in _fork_plan(d):
        if how == 0:
            d[key] = d[key].copy()
        elif how == 1:
            d[key] = EventLog(list(d[key].events))
        else:
            d[key] = new_clock
    d["_in_persona_machine"] = False
    d["_in_phase_machine"] = False
    return new, new_clock


_PLANS: dict[tuple[str, ...], tuple[tuple[str, int], ...]] = {}
_SHARED: Final = frozenset({"_placeholders"})  # built once per session, never written


def _fork_plan(d: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    """Which attributes a fork must copy (0: container, 1: event log, 2: the clock)."""
    names = tuple(d)
    plan = _PLANS.get(names)
    if plan is None:
        steps: list[tuple[str, int]] = []
        for key, value in d.items():
            if key in _SHARED:
                continue
            if isinstance(value, set | dict | list):
                steps.append((key, 0))
            elif isinstance(value, EventLog):
                steps.append((key, 1))
            elif isinstance(value, ManualClock):
                steps.append((key, 2))
        plan = _PLANS[names] = tuple(steps)
    return plan


# --------------------------------------------------------------------------- what matters


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


def _relevance(persona: Persona, account: Account, rubric: Rubric | None, inc: bool) -> _Relevance:
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
    tool_acts: dict[str, frozenset[str] | None] = {}
    for rule_tool, act, event in model.tool_rules:
        before = tool_acts.get(rule_tool, frozenset())
        if event or before is None:
            tool_acts[rule_tool] = None
        elif act:
            tool_acts[rule_tool] = before | {act}
    return _Relevance(
        tuple(sorted(caps.items())),
        _repeatable(persona),
        tuple(picked),
        state_tools,
        tool_acts,
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


def behaviour_key(s: CallSession, rel: _Relevance) -> tuple[Any, ...]:
    """Everything of a session's past that can change what the engine does next.

    Not in the key: the RNG (it only picks line variants), which lines were spoken (only
    ``again`` wording), turn numbers and absolute time (the engine never reads them except
    through silence and hold time, which are in the key capped at the persona's patience),
    facts no condition reads, tools the search never tries. An ended call has no future: its
    key is the ending alone (the score pass adds what the rubric reads).
    """
    if s._ending is not None:
        return (s._ending,)
    now = s._now()
    persona = s._persona
    silence: float | None = None
    hold: float | None = None
    if s._phase == "connected" and persona.channel != "email":
        patience = persona.mood.patience
        if persona.channel == "chat":
            patience = max(patience, s._account.sop.chat_response_seconds)
        silence = round(min(now - s._silence_since, patience + 1.0), 3)
    if s._hold_since is not None:
        hold = round(min(now - s._hold_since, persona.mood.hold_patience + 1.0), 3)
    visits = s._visits
    reach = rel.reach.get(s._state)
    mood: Any = None if reach is None else reach.settled(s._mood)
    if mood is None:
        classes = rel.mood_class.get(s._state)
        mood = s._mood if classes is None else classes[s._mood]
    return (
        s._state,
        s._phase,
        mood,
        s._flags,
        rel.facts.intersection(s._revealed),
        s._tools_used.intersection(rel.tools),
        tuple(min(visits[name], cap) for name, cap in rel.visit_caps),
        s._held_ever,
        s._mute_since is not None,
        rel.repeatable.get(s._state, frozenset()).intersection(
            k for k, n in s._chosen.items() if n
        ),
        s._pending_line,
        silence,
        hold,
        min(s._wasted, persona.mood.give_up_after + 1),
    )


def actions(s: CallSession, rel: _Relevance) -> list[Step]:
    """The steps worth trying now (see the module docstring for why these and no others)."""
    phase = s.phase
    steps: list[Step] = []
    if phase == "dialing":
        steps += [Step("dial", e.id, 0, f"dial:{e.id}") for e in s.persona.call_list]
    elif phase == "connected" and s._mute_since is None:
        offered = s.offered()
        # file order (a path's numbers), whatever order this call shows them in
        steps += [
            Step("choose", "", o.position, str(o.position))
            for o in sorted(offered, key=lambda o: o.position)
        ]
        if rel.hold and not s._held_ever and not any(o.option.action == "hold" for o in offered):
            steps.append(Step("control", "hold", 0, "hold"))
    elif phase == "on_hold":
        steps.append(Step("control", "unhold", 0, "unhold"))
    if phase in ("connected", "on_hold", "dialing"):
        here = rel.state_tools.get(s._state, frozenset())
        said: set[str] = set()
        if phase == "connected":
            for o in s.offered():
                said.update(o.option.acts)
        for tool_id in rel.tools:
            tool = s.account.tool(tool_id)
            if tool is None or (phase == "dialing" and tool.kind != "dnc"):
                continue
            if tool_id in s._tools_used and set(tool.sets) <= s._flags:
                continue
            # Tools commute with talking: try one where it can change the offer or the score
            # (on hold, while dialling, before an act a tool_before rule guards), not at every
            # earlier point where it would only shift time.
            acts = rel.tool_acts.get(tool_id, frozenset())
            if phase != "connected" or tool_id in here or acts is None or bool(acts & said):
                steps.append(Step("tool", tool_id, 0, f"tool:{tool_id}"))
        if rel.controls and phase != "dialing":
            steps += [Step("control", c, 0, c) for c in _CONTROLS]
    return steps


# --------------------------------------------------------------------------- score key


@dataclass(frozen=True)
class _Window:
    """A criterion whose requires/any_of hang on an event (after_event / before_event)."""

    index: int
    requires: frozenset[str]
    any_of: frozenset[str]
    within: int | None
    after: str | None
    before: str | None


@dataclass(frozen=True, eq=False)
class _Match:
    """An event a check asks about: ``kind`` with these data values."""

    kind: str
    where: Mapping[str, Any]

    def __call__(self, e: Event) -> bool:
        return e.kind == self.kind and event_matches(self.kind, self.where, e)


def _cap(limits: Sequence[float]) -> float | None:
    return max(limits) + 1.0 if limits else None


class _Needs:
    """What the registry's declarations asked for, criterion by criterion (implements
    :class:`~mockcall.core.scoring.reads.Reads`; :class:`_ScoreModel` is built from it)."""

    def __init__(self, persona: Persona, account: Account) -> None:
        self.channel = persona.channel
        self._sop = account.sop
        self.owner = 0
        self.act_names: set[str] = set()
        self.pairs: list[tuple[str, str]] = []
        self.within = self.last = self.turn_cap = 0
        self.first_acts: set[str] = set()
        self.last_acts: set[str] = set()
        self.full_history = False
        self.windows: list[tuple[int, _Window]] = []
        self.matches: list[tuple[int, _Match]] = []
        self.after: list[tuple[int, tuple[_Match, frozenset[str]]]] = []
        self.tool_rules: list[tuple[int, tuple[str, str | None, str | None]]] = []
        self.reply_rules: list[tuple[int, tuple[float | None, float | None]]] = []
        self.kind_caps: dict[str, int] = {}
        self.act_caps: dict[str, int] = {}
        self.repeat_caps: set[int] = set()
        self.demand_cap = 0
        self.word_pairs: dict[str, str] = {}
        self.greeting = self.first = self.transferred = self.dialled = False
        self.ended = self.acw = False
        self.hold_limits: list[float] = []
        self.total_limits: list[float] = []
        self.longest_limits: list[float] = []
        self.dead_limits: list[float] = []
        self.handle_limits: list[float] = []

    def sop(self, key: str) -> float:
        return float(getattr(self._sop, key))

    def acts(self, acts: Iterable[str]) -> None:
        self.act_names.update(acts)

    def act_order(self, earlier: str, later: str) -> None:
        self.pairs.append((earlier, later))

    def turn_window(self, acts: Iterable[str], *, within: int | None, last: int | None) -> None:
        names = tuple(acts)
        self.act_names.update(names)
        if within is not None:
            self.within = max(self.within, within)
            self.first_acts.update(names)
        if last is not None:
            self.last = max(self.last, last)
            self.last_acts.update(names)
        if within is not None and last is not None:
            # both: which turns count depends on how many there were, up to within + last
            self.turn_cap = max(self.turn_cap, within + last)

    def anchored_window(
        self,
        requires: Iterable[str],
        any_of: Iterable[str],
        *,
        within: int | None,
        last: int | None,
        after_event: str | None,
        before_event: str | None,
    ) -> None:
        req, one = frozenset(requires), frozenset(any_of)
        self.act_names.update(req, one)
        self.full_history = self.full_history or last is not None
        window = _Window(len(self.windows), req, one, within, after_event, before_event)
        self.windows.append((self.owner, window))

    def acts_after(self, kind: str, where: Mapping[str, Any], acts: Iterable[str]) -> None:
        self.after.append((self.owner, (_Match(kind, dict(where)), frozenset(acts))))

    def repeats(self, cap: int) -> None:
        self.repeat_caps.add(cap)

    def words(self, words: Iterable[str]) -> None:
        self.word_pairs.update(forbidden_words(tuple(words)))

    def first_turn(self) -> None:
        self.first = True

    def event(self, kind: str, where: Mapping[str, Any]) -> None:
        self.matches.append((self.owner, _Match(kind, dict(where))))

    def count(self, *, act: str | None = None, event: str | None = None, cap: int) -> None:
        if act is not None:
            self.act_caps[act] = max(self.act_caps.get(act, 0), cap)
        if event is not None:
            self.kind_caps[event] = max(self.kind_caps.get(event, 0), cap)

    def tool_before(self, tool: str, act: str | None, event: str | None) -> None:
        self.tool_rules.append((self.owner, (tool, act, event)))

    def demands(self, cap: int) -> None:
        self.demand_cap = max(self.demand_cap, cap)

    def transfers(self) -> None:
        self.transferred = True

    def dial_time(self) -> None:
        self.dialled = True

    def hold_total(self, limit: float) -> None:
        self.hold_limits.append(limit)
        self.total_limits.append(limit)

    def hold_longest(self, limit: float) -> None:
        self.hold_limits.append(limit)
        self.longest_limits.append(limit)

    def silence(self, limit: float) -> None:
        self.dead_limits.append(limit)

    def reply_waits(self, first: float | None, reply: float | None) -> None:
        self.reply_rules.append((self.owner, (first, reply)))

    def handle(self, limit: float) -> None:
        self.handle_limits.append(limit)

    def greetings(self) -> None:
        self.greeting = True

    def ending(self) -> None:
        self.ended = True

    def after_call_work(self) -> None:
        self.acw = True


_T = TypeVar("_T")


def _owned(pairs: Sequence[tuple[int, _T]]) -> tuple[list[_T], list[int]]:
    return [x for _, x in pairs], [owner for owner, _ in pairs]


class _ScoreModel:
    """What the rubric's checks read of a call, turned into a digest that is fed events.

    Built only from the scoring registry: each criterion's ``na_unless`` and check kinds
    declare what they read (:mod:`mockcall.core.scoring.reads`, collected by :class:`_Needs`)
    and every aspect of that vocabulary is a part of the digest. Sound by construction: equal
    digests always score equally for every continuation (a window combined with
    ``last_turns`` and an event anchor keeps the full relevant history). What no part keeps
    is fixed for the call (channel, SOP, start time) or for the ending (the ACW the search
    files), and the ending is in every leaf key.
    """

    def __init__(self, persona: Persona, account: Account, criteria: Sequence[Criterion]) -> None:
        need = _Needs(persona, account)
        for ci, crit in enumerate(criteria):
            need.owner = ci
            if crit.na_unless is not None:
                reads_na(crit.na_unless, need)
            reads_check(crit.check, need)
        self.channel = need.channel
        self.acts = frozenset(need.act_names)
        self.pairs = tuple(dict.fromkeys(need.pairs))
        self.within, self.last, self.full_history = need.within, need.last, need.full_history
        self.turn_cap = max(need.turn_cap, need.within, need.last)
        self.first_acts = frozenset(need.first_acts)
        self.last_acts = frozenset(need.last_acts)
        #: per window / event match / tool rule / ...: the index of the criterion it came from
        self.windows, self.window_owner = _owned(need.windows)
        self.matches, self.match_owner = _owned(need.matches)
        self.after_rules, self.after_owner = _owned(need.after)
        self.tool_rules, self.tool_owner = _owned(need.tool_rules)
        self.reply_rules, self.reply_owner = _owned(need.reply_rules)
        self.kind_caps, self.act_caps = need.kind_caps, need.act_caps
        #: repeat counts are kept up to the largest limit, and per limit whether a line
        #: already went over it (a line no longer reachable keeps only that)
        self.repeat_caps = tuple(sorted(need.repeat_caps))
        self.repeats = max(self.repeat_caps, default=0)
        self.demands = need.demand_cap
        self.word_pairs = tuple(need.word_pairs.items())
        self.words = frozenset(need.word_pairs)
        #: a greeting_fits_time check: the digest keeps whether a wrong greeting was said
        self.greeting = need.greeting
        self.starts_at, self.utc_offset = persona.starts_at, persona.customer.utc_offset
        self.first_turn, self.transfers, self.dial = need.first, need.transferred, need.dialled
        #: the score pass may feed events recorded on another path to the same behaviour
        #: state unless a rule matches a field that depends on the path (see _VOLATILE)
        wheres = [m.where for m in self.matches] + [m.where for m, _ in self.after_rules]
        self.recorded_ok = not any(set(w) & _VOLATILE for w in wheres)
        # Checks compare a total or a maximum with a limit: a maximum (longest hold, longest
        # silence) is kept as which limits it already passed, a total that can still grow as
        # its value capped one second past the largest limit, a running hold or silence too.
        self.hold_cap = _cap(need.hold_limits)
        self.total_cap = _cap(need.total_limits)
        self.longest_limits = tuple(sorted(set(need.longest_limits)))
        self.dead_cap = _cap(need.dead_limits)
        self.dead_limits = tuple(sorted(set(need.dead_limits)))
        self.handle_cap = _cap(need.handle_limits)
        self.reply_cap = _cap([x for rule in self.reply_rules for x in rule if x is not None])
        #: what the behaviour search must try for the rubric (see _relevance)
        self.event_kinds = frozenset(
            {m.kind for m in self.matches}
            | {m.kind for m, _ in self.after_rules}
            | set(self.kind_caps)
            | {k for w in self.windows for k in (w.after, w.before) if k}
            | {kind for _, _, kind in self.tool_rules if kind}
        )
        self.tools = frozenset(
            {tool for tool, _, _ in self.tool_rules}
            | {str(m.where["tool"]) for m in self.matches if _is_tool_match(m)}
        )
        self.holds = bool(need.hold_limits)


def _is_tool_match(m: _Match) -> bool:
    return m.kind == ev.TOOL_USED and "tool" in m.where


class _Digest:
    """The running score key of one path prefix (see :class:`_ScoreModel`)."""

    __slots__ = (
        "act_counts",
        "acts",
        "after",
        "before_failed",
        "chosen",
        "connected_t",
        "demands",
        "dial",
        "first",
        "first_turn",
        "greet_bad",
        "history",
        "hold_max",
        "hold_since",
        "hold_total",
        "kinds",
        "last",
        "matched",
        "model",
        "replied",
        "reply_bad",
        "reply_since",
        "said_t",
        "silence_from",
        "silence_max",
        "tool_bad",
        "tools",
        "transfers",
        "turns",
        "windows",
        "words",
    )

    def __init__(self, model: _ScoreModel) -> None:
        self.model = model
        self.acts: frozenset[str] = frozenset()
        self.before_failed: frozenset[tuple[str, str]] = frozenset()
        self.first: tuple[frozenset[str], ...] = ()
        self.last: tuple[frozenset[str], ...] = ()
        self.turns = 0
        self.greet_bad = False
        self.history: tuple[Any, ...] = ()
        # per window: (anchor seen, failed, pending after-anchor, last turn met)
        self.windows: tuple[tuple[bool, bool, bool, bool], ...] = tuple(
            (False, False, False, False) for _ in model.windows
        )
        self.matched: frozenset[int] = frozenset()
        self.kinds: dict[str, int] = {}
        self.act_counts: dict[str, int] = {}
        self.chosen: dict[str, int] = {}
        self.tools: frozenset[str] = frozenset()
        self.tool_bad: frozenset[int] = frozenset()
        self.demands = 0
        self.hold_since: float | None = None
        self.hold_total = 0.0
        self.hold_max = 0.0
        self.connected_t: float | None = None
        self.said_t: float | None = None
        self.silence_from: float | None = None
        self.silence_max = 0.0
        # per forbids_after rule: None before its anchor, then the forbidden acts done since
        self.after: tuple[frozenset[str] | None, ...] = tuple(None for _ in model.after_rules)
        self.words: frozenset[str] = frozenset()
        self.first_turn: tuple[str, frozenset[str], float] | None = None
        self.transfers: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self.dial: float | None = None
        # written channels: a reply was given, rules whose wait was passed, the wait's start
        self.replied = False
        self.reply_bad: frozenset[int] = frozenset()
        self.reply_since: float | None = None

    def copy(self) -> _Digest:
        new = object.__new__(_Digest)
        for name in _Digest.__slots__:
            setattr(new, name, getattr(self, name))
        new.kinds = dict(self.kinds)
        new.act_counts = dict(self.act_counts)
        new.chosen = dict(self.chosen)
        return new

    def feed(self, events: Iterable[Event], shift: float = 0.0) -> None:
        """Take in the events of one step; ``shift`` moves their times (events recorded on
        another path to the same behaviour state happened at another clock time)."""
        m = self.model
        for e in events:
            kind = e.kind
            t = round(e.t + shift, 3) if shift else e.t
            if kind in m.kind_caps:
                self.kinds[kind] = min(self.kinds.get(kind, 0) + 1, m.kind_caps[kind])
            for i, match in enumerate(m.matches):
                if i not in self.matched and match(e):
                    self.matched = self.matched | {i}
            if kind == ev.AGENT_SAID:
                self._turn(e, t)
            elif kind == ev.TOOL_USED:
                self.tools = self.tools | {str(e.data.get("tool", ""))}
            elif kind == ev.ESCALATION_DEMAND:
                self.demands = min(self.demands + 1, m.demands)
            elif kind == ev.TRANSFERRED and m.transfers:
                self.transfers = (*self.transfers, (str(e.data.get("kind", "")), missing(e)))
            elif kind == ev.DIALED and self.dial is None:
                self.dial = t
            self._time(e, t)
            for i, (tool, _act, kind_rule) in enumerate(m.tool_rules):
                if kind_rule and kind == kind_rule and tool not in self.tools:
                    self.tool_bad = self.tool_bad | {i}
            for w in m.windows:
                if kind in (w.after, w.before):
                    self._anchor(w, kind)
            if m.after_rules and None in self.after:
                self.after = tuple(
                    frozenset() if seen is None and rule(e) else seen
                    for seen, (rule, _) in zip(self.after, m.after_rules, strict=True)
                )

    def _time(self, e: Event, t: float) -> None:
        """Holds, silence and reply waits, as :mod:`mockcall.core.scoring.timeline` measures."""
        kind = e.kind
        if kind in CONNECT_KINDS and self.connected_t is None:
            self.connected_t = t
            self.silence_from = t
        elif kind in SOUND_KINDS and self.silence_from is not None:
            if self.hold_since is None:  # silence while on hold is time on hold
                self.silence_max = max(self.silence_max, t - self.silence_from)
            self.silence_from = max(self.silence_from, t + spoken(e))
        if kind == ev.HOLD_STARTED:
            self.hold_since = t
        elif kind == ev.HOLD_ENDED and self.hold_since is not None:
            held = t - self.hold_since
            self.hold_total += held
            self.hold_max = max(self.hold_max, held)
            self.hold_since = None
        if kind in (ev.AGENT_SAID, ev.CUSTOMER_SAID) and self.said_t is None:
            self.said_t = t
        if self.model.reply_rules and (self.connected_t is not None or self.said_t is not None):
            self._reply(kind, t)

    def _reply(self, kind: str, t: float) -> None:
        """One event of a written channel's reply waits (:func:`~.timeline.reply_waits`)."""
        if kind == ev.CUSTOMER_SAID and self.reply_since is None:
            self.reply_since = t
        elif kind == ev.HOLD_STARTED:
            self.reply_since = None
        elif kind == ev.HOLD_ENDED:
            self.reply_since = t
        elif kind == ev.AGENT_SAID:
            if self.reply_since is not None:
                waited = max(0.0, t - self.reply_since)
                for i, (first, reply) in enumerate(self.model.reply_rules):
                    limit = reply if self.replied else first
                    if limit is not None and waited > limit:
                        self.reply_bad = self.reply_bad | {i}
            self.reply_since = None
            self.replied = True

    def _turn(self, e: Event, t: float) -> None:
        m = self.model
        raw = frozenset(str(a) for a in e.data.get("acts") or ())
        acts = raw & m.acts
        text = str(e.data.get("text", ""))
        for a, b in m.pairs:
            if b in acts and b not in self.acts and a not in self.acts and a not in acts:
                self.before_failed = self.before_failed | {(a, b)}
        for i, (tool, act, _) in enumerate(m.tool_rules):
            if act and act in raw and tool not in self.tools:
                self.tool_bad = self.tool_bad | {i}
        for a in raw:
            if a in m.act_caps:
                self.act_counts[a] = min(self.act_counts.get(a, 0) + 1, m.act_caps[a])
        if m.repeats:
            line = line_key(e)
            if line is not None:
                self.chosen[line] = min(self.chosen.get(line, 0) + 1, m.repeats)
        if m.greeting and not self.greet_bad:
            local = local_time(m.starts_at, t, m.utc_offset)
            self.greet_bad = bool(wrong_greetings(text, local))
        if m.word_pairs:
            self.words = self.words | set(words_said(text, m.word_pairs))
        if m.first_turn and self.first_turn is None:
            self.first_turn = (normalise(text), raw, t)
        if m.after_rules:
            self.after = tuple(
                seen if seen is None else seen | (raw & rule_acts)
                for seen, (_, rule_acts) in zip(self.after, m.after_rules, strict=True)
            )
        index = self.turns
        self.turns += 1
        if index < m.within:
            self.first = (*self.first, raw & m.first_acts)
        if m.last:
            self.last = (*self.last, raw & m.last_acts)[-m.last :]
        if m.full_history:
            self.history = (*self.history, acts)
        if m.windows:
            states = list(self.windows)
            for w in m.windows:
                seen, failed, pending, _ = states[w.index]
                met = (
                    (w.within is None or index < w.within)
                    and w.requires <= raw
                    and (not w.any_of or bool(w.any_of & raw))
                )
                if pending and not met:
                    failed = True
                states[w.index] = (seen, failed, False, met)
            self.windows = tuple(states)
        self.acts = self.acts | acts

    def _anchor(self, w: _Window, kind: str) -> None:
        _seen, failed, pending, last_met = self.windows[w.index]
        if kind == w.before and not last_met:
            failed = True
        if kind == w.after:
            pending = True
        if self.model.full_history:
            self.history = (*self.history, (w.index, kind))
        states = list(self.windows)
        states[w.index] = (True, failed, pending, last_met)
        self.windows = tuple(states)

    def key(
        self, now: float, reachable: frozenset[str], view: _View | None = None
    ) -> tuple[Any, ...]:
        """The digest as a memo key; ``reachable``: the options that can still be said (the
        repeat count of any other option can no longer change).

        With a ``view``: the key a digest built for that one criterion's model would have
        from the same events. Each part is the combined part restricted to what the criterion
        reads (its acts, pairs, windows, matches, tool rules) or re-capped at its own, lower,
        limits; equal view keys give that criterion the same verdict, as equal keys do the
        card. Parts a model never reads are constant for it and left out.
        """
        parts: list[Any] = []
        self._acts_key(parts.append, reachable, view)
        self._events_key(parts.append, view)
        self._time_key(parts.append, now, view)
        return tuple(parts)

    def _acts_key(
        self, add: Callable[[Any], None], reachable: frozenset[str], view: _View | None
    ) -> None:
        """The parts of :meth:`key` about the agent's turns."""
        m = self.model if view is None else view.model
        if m.acts:
            add(self.acts if view is None else self.acts & m.acts)
        if m.pairs:
            add(self.before_failed if view is None else self.before_failed & view.pairs)
        if m.within:
            first = self.first if view is None else self.first[: m.within]
            add(first if view is None else tuple(x & m.first_acts for x in first))
        if m.last:
            last = self.last if view is None else self.last[-m.last :]
            add(last if view is None else tuple(x & m.last_acts for x in last))
        if m.within or m.last:
            add(min(self.turns, m.turn_cap))
        if m.full_history:
            add(self.history if view is None else self._history(view))
        if m.windows:
            add(self.windows if view is None else tuple(self.windows[i] for i in view.windows))
        if m.act_caps:
            caps = m.act_caps
            add(
                tuple(sorted((a, min(n, caps[a])) for a, n in self.act_counts.items() if a in caps))
            )
        if m.repeats:
            cap = m.repeats
            add(tuple(any(n >= c for n in self.chosen.values()) for c in m.repeat_caps))
            add(
                tuple(
                    sorted(
                        (o, min(n, cap))
                        for o, n in self.chosen.items()
                        if o.removeprefix("option:") in reachable
                    )
                )
            )
        if m.after_rules:
            add(self.after if view is None else tuple(self.after[i] for i in view.after))
        if m.word_pairs:
            add(self.words & m.words)
        if m.first_turn:
            add(self.first_turn)
        if m.greeting:
            add(self.greet_bad)

    def _events_key(self, add: Callable[[Any], None], view: _View | None) -> None:
        """The parts of :meth:`key` about events."""
        m = self.model if view is None else view.model
        if m.matches:
            add(
                self.matched
                if view is None
                else frozenset(k for k, i in enumerate(view.matches) if i in self.matched)
            )
        if m.kind_caps:
            caps = m.kind_caps
            add(tuple(sorted((k, min(n, caps[k])) for k, n in self.kinds.items() if k in caps)))
        if m.tool_rules:
            add(self.tools)
            add(
                self.tool_bad
                if view is None
                else frozenset(k for k, i in enumerate(view.tools) if i in self.tool_bad)
            )
        if m.demands:
            add(min(self.demands, m.demands))
        if m.transfers:
            add(self.transfers)
        if m.dial:
            add((self.dial, self.connected_t, self.said_t))

    def _time_key(self, add: Callable[[Any], None], now: float, view: _View | None) -> None:
        """The parts of :meth:`key` about time: totals capped, maxima as limits passed."""
        m = self.model if view is None else view.model
        if m.hold_cap is not None or m.total_cap is not None or m.longest_limits or m.dead_limits:
            add(self.hold_since is not None)
        if m.total_cap is not None:
            add(round(min(self.hold_total, m.total_cap), 3))
        if m.longest_limits:
            add(tuple(self.hold_max > limit for limit in m.longest_limits))
        # running times: None (not running) keeps the parts' positions unambiguous
        if m.hold_cap is not None:
            held = self.hold_since
            add(None if held is None else round(min(now - held, m.hold_cap), 3))
        if m.dead_limits:
            add(tuple(self.silence_max > limit for limit in m.dead_limits))
        if m.dead_cap is not None:
            quiet = self.silence_from
            running = quiet is not None and self.hold_since is None
            add(round(min(now - quiet, m.dead_cap), 3) if running else None)  # type: ignore[operator]
        if m.handle_cap is not None:
            since = self.connected_t
            add(None if since is None else round(min(now - since, m.handle_cap), 3))
        if m.reply_cap is not None:
            bad = self.reply_bad
            add(
                bad
                if view is None
                else frozenset(k for k, i in enumerate(view.replies) if i in bad)
            )
            add(self.replied)
            since = self.reply_since
            add(None if since is None else round(min(now - since, m.reply_cap), 3))

    def _history(self, view: _View) -> tuple[Any, ...]:
        """The history a single criterion's model keeps: its acts per turn, its anchors."""
        at = {index: k for k, index in enumerate(view.windows)}
        history: tuple[Any, ...] = ()
        for entry in self.history:
            if isinstance(entry, frozenset):
                history = (*history, entry & view.model.acts)
            elif entry[0] in at:
                history = (*history, (at[entry[0]], entry[1]))
        return history


@dataclass(frozen=True, slots=True)
class _View:
    """One criterion's share of the combined score model (see :meth:`_Digest.key`)."""

    model: _ScoreModel
    pairs: frozenset[tuple[str, str]]
    #: indices into the combined model's windows, matches, tool rules, forbids_after rules
    #: and reply-wait rules, in order
    windows: tuple[int, ...]
    matches: tuple[int, ...]
    tools: tuple[int, ...]
    after: tuple[int, ...]
    replies: tuple[int, ...]


def _views(persona: Persona, account: Account, rubric: Rubric, whole: _ScoreModel) -> list[_View]:
    def owned(owners: list[int], ci: int) -> tuple[int, ...]:
        return tuple(i for i, owner in enumerate(owners) if owner == ci)

    views = []
    for ci, (_, crit) in enumerate(rubric.criteria()):
        cm = _ScoreModel(persona, account, [crit])
        views.append(
            _View(
                cm,
                frozenset(cm.pairs),
                owned(whole.window_owner, ci),
                owned(whole.match_owner, ci),
                owned(whole.tool_owner, ci),
                owned(whole.after_owner, ci),
                owned(whole.reply_owner, ci),
            )
        )
    return views


# --------------------------------------------------------------------------- pass 1


@dataclass(frozen=True, slots=True)
class _Edge:
    """A step out of a behaviour state as the graph pass played it: where it led, the events
    it logged and the clock, so the score pass can walk the graph without the engine."""

    step: Step
    dest: int
    events: tuple[Event, ...]
    #: the session's time when the step began (event times are shifted from it)
    start: float
    #: seconds the step moved the clock
    took: float


@dataclass
class _Node:
    key: tuple[Any, ...]
    state: str
    phase: str
    mood: int
    ending: str | None
    depth: int
    parent: int
    step: str
    offered: tuple[str, ...] = ()
    succ: list[int] = field(default_factory=list)
    edges: list[_Edge] = field(default_factory=list)
    expanded: bool = False


def _path(nodes: list[_Node], index: int) -> tuple[str, ...]:
    steps: list[str] = []
    while index > 0:
        node = nodes[index]
        steps.append(node.step)
        index = node.parent
    return tuple(reversed(steps))


class _Graph:
    """The behaviour graph, grown one node at a time: breadth first by the graph pass, then on
    demand by the score pass where its walk goes past what the graph pass reached."""

    def __init__(
        self,
        persona: Persona,
        account: Account,
        rel: _Relevance,
        out: Exploration,
        root: CallSession,
        clock: ManualClock,
    ) -> None:
        self.persona, self.account, self.rel, self.out = persona, account, rel, out
        self.nodes = [
            _Node(
                behaviour_key(root, rel), root.state, root.phase, root.mood, root.ending, 0, -1, ""
            )
        ]
        self.index_of = {self.nodes[0].key: 0}
        #: sessions of live nodes not expanded yet (the score pass grows the graph from them)
        self.pending: dict[int, tuple[CallSession, ManualClock]] = {0: (root, clock)}

    def expand(self, i: int) -> list[int]:
        """Play every step worth trying from node ``i`` (from its pending session); return the
        nodes this found for the first time (their sessions wait in ``pending``)."""
        nodes = self.nodes
        node = nodes[i]
        node.expanded = True
        session, clock = self.pending.pop(i)
        fresh: list[int] = []
        base = len(session._log.events)
        start = session._now()
        for step in actions(session, self.rel):
            child, child_clock = fork(session, clock)
            self.out.steps += 1
            if play_step(child, child_clock, step, self.persona, self.account) is not None:
                continue
            key = behaviour_key(child, self.rel)
            j = self.index_of.get(key)
            if j is None:
                j = len(nodes)
                self.index_of[key] = j
                nodes.append(
                    _Node(
                        key,
                        child.state,
                        child.phase,
                        child.mood,
                        child.ending,
                        node.depth + 1,
                        i,
                        step.raw,
                        _offered(child),
                    )
                )
                fresh.append(j)
                if child.ending is None:
                    self.pending[j] = (child, child_clock)
            node.succ.append(j)
            took = child._now() - start
            node.edges.append(_Edge(step, j, tuple(child._log.events[base:]), start, took))
        return fresh


def _offered(s: CallSession) -> tuple[str, ...]:
    return tuple(o.id for o in s.offered()) if s.phase == "connected" else ()


def _explore_graph(graph: _Graph, limits: Limits, out: Exploration) -> None:
    """Pass 1: breadth first from the root, within ``max_depth`` and ``max_paths``."""
    nodes = graph.nodes
    nodes[0].offered = _offered(graph.pending[0][0])
    queue: deque[int] = deque([0])
    expanded = 0
    while queue:
        i = queue.popleft()
        node = nodes[i]
        if node.ending is not None:
            continue
        if node.depth >= limits.max_depth:
            _bound(out, f"max-depth {limits.max_depth}")
            continue
        if expanded >= limits.max_paths:
            _bound(out, f"max-paths {limits.max_paths}")
            continue
        expanded += 1
        queue.extend(graph.expand(i))


def _bound(out: Exploration, what: str) -> None:
    if what not in out.bounds_hit:
        out.bounds_hit.append(what)


def _reset_graph_findings(out: Exploration) -> Exploration:
    """Clear what :func:`_analyse_graph` fills in, before analysing a grown graph."""
    out.states, out.endings, out.dead_ends = {}, {}, {}
    out.unreachable, out.endings_never, out.loops, out.options_never_offered = [], [], [], []
    out.escalation, out.escalation_path = None, None
    return out


def _analyse_graph(persona: Persona, nodes: list[_Node], out: Exploration) -> None:
    out.graph_nodes = len(nodes)
    out.graph_edges = sum(len(n.succ) for n in nodes)
    offered: dict[str, set[str]] = {}
    esc_at = persona.mood.escalate_at
    demand = persona.mood.demand_state
    for i, node in enumerate(nodes):
        if node.ending is not None:
            out.endings.setdefault(node.ending, _path(nodes, i))
            continue
        if node.state in persona.states:
            out.states.setdefault(node.state, _path(nodes, i))
        offered.setdefault(node.state, set()).update(node.offered)
        if (
            demand
            and demand in persona.states
            and out.escalation_path is None
            and (node.mood >= esc_at and node.state == demand)
        ):
            out.escalation_path = _path(nodes, i)
    if demand and demand in persona.states:
        out.escalation = out.escalation_path is not None
    # dead ends: live, nothing offered, and no tool/hold step leads to an offer or an ending
    good = {
        i
        for i, n in enumerate(nodes)
        if n.ending is not None or n.offered or not n.expanded or n.phase == "dialing"
    }
    pred: dict[int, list[int]] = {}
    for i, n in enumerate(nodes):
        for j in n.succ:
            pred.setdefault(j, []).append(i)
    good = closure(good, pred)
    empty = [
        i
        for i, n in enumerate(nodes)
        if n.expanded and n.ending is None and n.phase == "connected" and not n.offered
    ]
    for i in sorted(empty, key=lambda k: nodes[k].depth):
        if i not in good:
            out.dead_ends.setdefault(nodes[i].state, _path(nodes, i))
    # endless loops: nodes that cannot reach an ending (unexpanded nodes might) on a cycle
    can_end = closure(
        (i for i, n in enumerate(nodes) if n.ending is not None or not n.expanded), pred
    )
    stuck = {i for i in range(len(nodes)) if i not in can_end}
    groups: list[tuple[set[str], int]] = []
    for comp in _cycles(nodes, stuck):
        names = {nodes[i].state for i in comp}
        entry = min(comp, key=lambda k: nodes[k].depth)
        merged = [g for g in groups if g[0] & names]
        for g in merged:
            groups.remove(g)
            names |= g[0]
            entry = min(entry, g[1], key=lambda k: nodes[k].depth)
        groups.append((names, entry))
    for names, entry in sorted(groups, key=lambda g: nodes[g[1]].depth):
        out.loops.append((tuple(sorted(names)), _path(nodes, entry)))
    for name, state in persona.states.items():
        if name not in out.states:
            out.unreachable.append(name)
            continue
        ids = offered.get(name, set())
        for index, option in enumerate(state.options):
            oid = option.id or f"{name}.{index + 1}"
            if oid not in ids:
                out.options_never_offered.append((name, oid))
    for ending in persona.endings:
        if ending not in out.endings and ending not in CONTROL_ENDINGS:
            out.endings_never.append(ending)


def _cycles(nodes: list[_Node], within: set[int]) -> list[list[int]]:
    """Strongly connected components of ``within`` that contain a cycle."""

    def succ(v: int) -> list[int]:
        return [w for w in nodes[v].succ if w in within]

    return [
        comp
        for comp in components(sorted(within), succ)
        if len(comp) > 1 or comp[0] in nodes[comp[0]].succ
    ]


# --------------------------------------------------------------------------- pass 2


@dataclass(frozen=True, slots=True)
class _Leaf:
    """How an ended call scores (default ACW): the point and the criteria earned / lost."""

    point: tuple[float, bool, str]
    earned: frozenset[str]
    lost: frozenset[str]

    def summary(self) -> _Summary:
        """This one complete path as a summary."""
        passed = self.point[1]
        return _Summary(self.point, self.point, self.earned, self.lost, passed, not passed, 1)


@dataclass(slots=True)
class _Summary:
    """Every complete future of one component of the product graph."""

    lo: tuple[float, bool, str] | None = None
    hi: tuple[float, bool, str] | None = None
    earned: frozenset[str] = frozenset()
    lost: frozenset[str] = frozenset()
    can_pass: bool = False
    can_fail: bool = False
    paths: int = 0
    truncated: bool = False

    def add(self, child: _Summary) -> None:
        if child.lo is not None and (self.lo is None or child.lo[0] < self.lo[0]):
            self.lo = child.lo
        if child.hi is not None and (self.hi is None or child.hi[0] > self.hi[0]):
            self.hi = child.hi
        self.earned |= child.earned
        self.lost |= child.lost
        self.can_pass = self.can_pass or child.can_pass
        self.can_fail = self.can_fail or child.can_fail
        self.paths += child.paths
        self.truncated = self.truncated or child.truncated


#: percent of the score pass's budget spent on the fair walk (the rest goes depth first)
FAIR_SHARE: Final = 50
#: replayed sessions kept for later scorecards before the cache starts over
_PLAYED_KEPT = 4_000


class _Scorer:
    """Pass 2: a walk of the *product graph* of (behaviour state, score key).

    Each product state is expanded once, whichever way it was reached: the graph pass recorded,
    for every edge, the events its step logged, and any path reaching the same behaviour state
    logs the same events for the same step (only times shift, and path-dependent fields such as
    turn numbers or durations, which the digest does not read unless a rule matches on them:
    then ``exact`` plays the engine on every edge and feeds its own events). The engine runs
    only to grow the behaviour graph where the graph pass stopped and to score an ended call
    whose criteria are not all known yet (:meth:`_leaf`). Summaries (score range, criteria,
    path counts) are then built bottom-up over the strongly connected components.
    """

    def __init__(
        self,
        persona: Persona,
        account: Account,
        rubric: Rubric,
        limits: Limits,
        out: Exploration,
        graph: _Graph,
    ) -> None:
        self.persona, self.account, self.rubric = persona, account, rubric
        self.limits, self.out, self.graph = limits, out, graph
        self.criteria = rubric.criteria()
        self.criterion_ids = [c.id for _, c in self.criteria]
        self.model = _ScoreModel(persona, account, [c for _, c in self.criteria])
        self.views = _views(persona, account, rubric, self.model)
        self.exact = limits.engine_events or not self.model.recorded_ok
        self.budget = limits.max_paths if limits.score_paths is None else limits.score_paths
        self.ids: dict[tuple[Any, Any], int] = {}
        #: per product state: behaviour node, the state it was found from, the step from
        #: there, and its successors (step, product state)
        self.node: list[int] = []
        self.parent: list[int] = []
        self.step: list[Step | None] = []
        self.succ: list[list[tuple[str, int]]] = []
        #: product states left unexpanded by a bound (their futures are unknown)
        self.open: set[int] = set()
        self.leaf: dict[int, _Leaf] = {}
        #: per (criterion, ending, its projected key): its verdict, learnt from real cards
        self.verdicts: dict[tuple[int, str, tuple[Any, ...]], str] = {}
        self.totals: dict[tuple[str, ...], tuple[float, bool]] = {}
        self.waiting: dict[int, tuple[_Digest, float, Any]] = {}
        self.expanded = 0
        self.cut = False
        #: sessions of product states already played for a scorecard (0: the start)
        self.played: dict[int, tuple[CallSession, ManualClock]] = {}

    def _add(
        self,
        key: tuple[Any, Any],
        node: int,
        parent: int,
        step: Step | None,
        waiting: tuple[_Digest, float, Any],
    ) -> int:
        """A new product state: an ended call is scored now, a live one waits (open) with
        its digest, clock and (``exact``) session until the walk expands it."""
        pid = len(self.node)
        self.ids[key] = pid
        self.node.append(node)
        self.parent.append(parent)
        self.step.append(step)
        self.succ.append([])
        ending = self.graph.nodes[node].ending
        if ending is not None:
            leaf = self._leaf(pid, waiting[0], waiting[1], ending, waiting[2])
            if leaf is None:  # the engine refused a recorded step (a bug): leave it open
                self.open.add(pid)
            else:
                self.leaf[pid] = leaf
        else:
            self.open.add(pid)
            self.waiting[pid] = waiting
        return pid

    def run(self, root: CallSession, clock: ManualClock) -> None:
        """Expand product states depth first, each at most once, in widening rounds.

        Depth first, because an ended call is what a path needs and merges happen deep in a
        call (counters and moods settle there). Fair, because each round gives a state's
        successors even shares of its allowance: a bound cuts every branch a little instead
        of spending everything on the first option's loops. Each round has four times the
        allowance of the last; expanded states cost nothing to walk again. The fair rounds get
        ``FAIR_SHARE`` percent of the budget; the rest goes depth first, first step first.
        """
        self.played = {0: (root, clock)}
        nodes = self.graph.nodes
        digest = _Digest(self.model)
        digest.feed(root._log.events)
        now = root._now()
        rel = self.graph.rel
        key = (nodes[0].key, digest.key(now, rel.repeatable.get(nodes[0].state, frozenset())))
        self._add(key, 0, -1, None, (digest, now, (root, clock) if self.exact else None))
        fair = self.budget * FAIR_SHARE // 100
        allowance = fair
        while True:
            self.cut = False
            self._walk(0, allowance, 0, set(), fair)
            if not self.cut or self.expanded >= fair:
                break
            allowance *= 4
        if self.cut:  # what is left goes depth first, the first step's futures first
            self._walk(0, self.budget, 0, set(), self.budget, fair=False)

    def _walk(
        self, pid: int, allowance: int, depth: int, seen: set[int], cap: int, fair: bool = True
    ) -> int:
        """Expand what is still open below ``pid`` within ``allowance`` (and ``cap``
        expansions in all); the expansions used."""
        if pid in seen:
            return 0
        seen.add(pid)
        if pid in self.open:
            if depth >= self.limits.max_depth:
                _bound(self.out, f"max-depth {self.limits.max_depth}")
                return 0
            if allowance <= 0 or self.expanded >= cap:
                self.cut = True
                if self.expanded >= self.budget:
                    _bound(self.out, f"score-paths {self.budget}")
                return 0
            if not self._expand(pid):
                return 0
            used = 1
        else:
            used = 0
        succ = [w for _, w in self.succ[pid] if w not in seen]
        left = allowance - used
        for k, w in enumerate(succ):
            share = left // (len(succ) - k) if fair else left
            spent = self._walk(w, share, depth + 1, seen, cap, fair)
            left -= spent
            used += spent
        return used

    def _expand(self, pid: int) -> bool:
        """Play every edge of product state ``pid`` (recorded events, or the engine when
        ``exact``); ended calls found are scored at once. False: nothing to expand from."""
        nodes, graph, rel = self.graph.nodes, self.graph, self.graph.rel
        i = self.node[pid]
        node = nodes[i]
        if not node.expanded:  # past where the graph pass stopped: grow the graph here
            if i not in graph.pending:
                return False
            graph.expand(i)
        digest, now, played = self.waiting.pop(pid)
        self.expanded += 1
        self.open.discard(pid)
        succ = self.succ[pid]
        for edge in node.edges:
            child = digest.copy()
            child_played = None
            if played is not None:
                s, c = fork(*played)
                self.out.steps += 1
                if play_step(s, c, edge.step, self.persona, self.account) is not None:
                    _bound(self.out, "replay-diverged")
                    self.open.add(pid)
                    continue
                child.feed(s._log.events[len(played[0]._log.events) :])
                child_played = (s, c)
            else:
                child.feed(edge.events, now - edge.start)
            later = now + edge.took
            dest = nodes[edge.dest]
            key = (dest.key, child.key(later, rel.repeatable.get(dest.state, frozenset())))
            j = self.ids.get(key)
            if j is None:
                j = self._add(key, edge.dest, pid, edge.step, (child, later, child_played))
            succ.append((edge.step.raw, j))
        return True

    # ------------------------------------------------------------------ ended calls

    def _leaf(
        self, pid: int, digest: _Digest, now: float, ending: str, played: Any
    ) -> _Leaf | None:
        """Score an ended call. Each criterion's verdict depends only on its own projection
        of the score key (:meth:`_Digest.key` with its view), so once every projection has
        been seen on a real scorecard the card's total follows from the known verdicts;
        otherwise the path is played on the engine and scored for real, and its verdicts are
        learnt."""
        keys = [
            (ci, ending, digest.key(now, frozenset(), view)) for ci, view in enumerate(self.views)
        ]
        statuses = [self.verdicts.get(k) for k in keys]
        if all(statuses):
            known = tuple(str(status) for status in statuses)
            self.out.leaf_hits += 1
            total, passed = self._total(known)
        else:
            card = self._card(pid, played)
            if card is None:
                return None
            known = tuple(c.status for c in card.criteria)
            for k, status in zip(keys, known, strict=True):
                self.verdicts[k] = status
            total, passed = float(card.total), bool(card.passed)
        ids = self.criterion_ids
        return _Leaf(
            (total, passed, ending),
            frozenset(cid for cid, st in zip(ids, known, strict=True) if st == "pass"),
            frozenset(cid for cid, st in zip(ids, known, strict=True) if st == "fail"),
        )

    def _total(self, statuses: tuple[str, ...]) -> tuple[float, bool]:
        found = self.totals.get(statuses)
        if found is None:
            from mockcall.core.scoring import CriterionResult, tally

            results = [
                CriterionResult(
                    section=section.id,
                    id=crit.id,
                    title=crit.title,
                    status=status,  # type: ignore[arg-type]
                    points=float(crit.points),
                    earned=float(crit.points) if status == "pass" else 0.0,
                    fatal=crit.fatal,
                    reason="",
                    evidence=(),
                    coaching="",
                    overridden=None,
                    original_status=status,  # type: ignore[arg-type]
                )
                for (section, crit), status in zip(self.criteria, statuses, strict=True)
            ]
            _, total, _, passed = tally(self.rubric, results)
            found = self.totals[statuses] = (total, passed)
        return found

    def _card(self, pid: int, played: Any) -> Any:
        """The real scorecard of product state ``pid``'s path (default ACW)."""
        from mockcall.core.scoring import score

        if played is None:
            played = self._replay(pid)
            if played is None:
                return None
        s, clock = fork(*played)  # keep the ended call as it was, before the ACW
        finish_acw(s, clock, self.persona, self.account)
        return score(s._log.events, self.rubric)

    def _replay(self, pid: int) -> tuple[CallSession, ManualClock] | None:
        """The session of product state ``pid``, played along its discovery path from the
        nearest state already played (sessions met on the way are kept for the next one)."""
        chain: list[int] = []
        while pid not in self.played:
            chain.append(pid)
            pid = self.parent[pid]
        s, clock = self.played[pid]
        if len(self.played) > _PLAYED_KEPT:
            self.played = {0: self.played[0]}
        for pid in reversed(chain):
            step = self.step[pid]
            assert step is not None
            s, clock = fork(s, clock)
            self.out.steps += 1
            if play_step(s, clock, step, self.persona, self.account) is not None:
                _bound(self.out, "replay-diverged")
                return None
            self.played[pid] = (s, clock)
        return s, clock

    # ------------------------------------------------------------------ summaries

    def summarise(self) -> tuple[_Summary, list[_Summary]]:
        """Per product state, the summary of its component (sinks first, one pass). A
        component's paths are its ended calls plus the paths of every edge leaving it: exact
        where there is no cycle, and a lower bound through one (each loop counted once)."""
        comp_of: dict[int, int] = {}
        sums: list[_Summary] = []
        leaf, succ, open_ = self.leaf, self.succ, self.open
        for comp in components([0], lambda v: [w for _, w in succ[v]]):
            here = len(sums)
            for v in comp:
                comp_of[v] = here
            total = _Summary()
            for v in comp:
                found = leaf.get(v)
                if found is not None:
                    total.add(found.summary())
                if v in open_:
                    total.truncated = True
                for _, w in succ[v]:
                    c = comp_of[w]
                    if c != here:
                        total.add(sums[c])
            sums.append(total)
        per_state = [
            sums[comp_of[v]] if v in comp_of else _Summary() for v in range(len(self.node))
        ]
        return sums[-1], per_state

    def path_to(
        self, point: tuple[float, bool, str], per_state: list[_Summary], best: str
    ) -> tuple[str, ...]:
        """A shortest path from the start to an ended call scoring ``point``, through states
        whose best (``lo`` or ``hi``) future is that point."""
        came: dict[int, tuple[int, str]] = {0: (-1, "")}
        queue = deque([0])
        while queue:
            v = queue.popleft()
            found = self.leaf.get(v)
            if found is not None and found.point == point:
                steps: list[str] = []
                while v > 0:
                    v, raw = came[v]
                    steps.append(raw)
                return tuple(reversed(steps))
            for raw, w in self.succ[v]:
                if w not in came and getattr(per_state[w], best) == point:
                    came[w] = (v, raw)
                    queue.append(w)
        return ()


def _explore_scores(
    persona: Persona,
    account: Account,
    rubric: Rubric,
    limits: Limits,
    graph: _Graph,
    out: Exploration,
    seed: int,
) -> None:
    scorer = _Scorer(persona, account, rubric, limits, out, graph)
    root, clock = start_session(persona, account, rubric, seed=seed)
    root.detach()
    scorer.run(root, clock)
    summary, per_state = scorer.summarise()
    out.score_complete = not summary.truncated
    out.score_nodes = scorer.expanded
    out.paths = summary.paths
    if summary.lo is not None and summary.hi is not None:
        lo, hi = summary.lo, summary.hi
        out.min_score = ScoredPath(*lo, scorer.path_to(lo, per_state, "lo"))
        out.max_score = ScoredPath(*hi, scorer.path_to(hi, per_state, "hi"))
        out.can_pass, out.can_fail = summary.can_pass, summary.can_fail
    earned_ids, lost_ids = set(summary.earned), set(summary.lost)
    for name, path, ran in _seeds(persona, account, rubric, out, seed):
        card = ran.scorecard
        point = ScoredPath(float(card.total), bool(card.passed), ran.ending or "", path, name)
        if out.min_score is None or point.total < out.min_score.total:
            out.min_score = point
        if out.max_score is None or point.total > out.max_score.total:
            out.max_score = point
        out.can_pass = bool(out.can_pass) or point.passed
        out.can_fail = bool(out.can_fail) or not point.passed
        earned_ids.update(c.id for c in card.criteria if c.status == "pass")
        lost_ids.update(c.id for c in card.criteria if c.status == "fail")
    for _, crit in rubric.criteria():
        earned, lost = crit.id in earned_ids, crit.id in lost_ids
        if not earned and not lost:
            out.criteria_always_na.append(crit.id)
        elif not earned:
            out.criteria_never_earned.append(crit.id)
        elif not lost and not _judged_on_acw(crit.check):
            out.criteria_never_lost.append(crit.id)


_ACW_CHECKS: Final = frozenset(
    {"disposition_expected", "notes_mention_expected", "notes_min_chars", "max_acw_seconds"}
)


def _judged_on_acw(check: Check) -> bool:
    """A check of the ACW form alone: the search always files the expected disposition and
    notes, so "no path loses it" would say nothing about the rubric (a trainee's own ACW can)."""
    set_fields = {
        f.name
        for f in dataclass_fields(check)
        if getattr(check, f.name) not in (None, False, ()) and not f.metadata.get("internal")
    }
    return bool(set_fields) and set_fields <= _ACW_CHECKS


def _seeds(
    persona: Persona, account: Account, rubric: Rubric, out: Exploration, seed: int
) -> Iterable[tuple[str | None, tuple[str, ...], Any]]:
    """Real playthroughs the score range must include whatever the bounds cut: the
    persona's declared ``tests:`` (they may ``wait:`` or do their own ACW, which the search
    never tries) and the shortest path to every ending the graph pass found."""
    from mockcall.core.simulate import parse_path, play_path

    tried: set[tuple[str, ...]] = set()
    candidates: list[tuple[str | None, tuple[str, ...]]] = []
    for test in persona.tests:
        steps = parse_path(test.path)
        if isinstance(steps, list):
            candidates.append((test.name, tuple(step.raw for step in steps)))
    candidates += [(None, path) for path in out.endings.values()]
    for name, path in candidates:
        if path in tried:
            continue
        tried.add(path)
        ran = play_path(persona, account, rubric, ",".join(path), seed=seed)
        if ran.completed and ran.ending is not None and ran.scorecard is not None:
            yield name, path, ran


# --------------------------------------------------------------------------- entry point


def explore(
    persona: Persona,
    account: Account,
    rubric: Rubric | None = None,
    limits: Limits | None = None,
    *,
    seed: int = 0,
) -> Exploration:
    """Explore ``persona`` (see the module docstring); never raises for a persona's content."""
    limits = limits or Limits()
    started = time.perf_counter()
    out = Exploration(persona.id)
    rel = _relevance(persona, account, rubric, limits.include_controls)
    root, clock = start_session(persona, account, rubric, seed=seed)
    root.detach()
    graph = _Graph(persona, account, rel, out, root, clock)
    _explore_graph(graph, limits, out)
    _analyse_graph(persona, graph.nodes, out)
    out.graph_complete = not out.bounds_hit
    if rubric is not None and limits.score:
        grown = len(graph.nodes)
        _explore_scores(persona, account, rubric, limits, graph, out, seed)
        if len(graph.nodes) > grown:  # the score pass reached further: report what it found
            _analyse_graph(persona, graph.nodes, _reset_graph_findings(out))
    out.seconds = time.perf_counter() - started
    return out


# --------------------------------------------------------------------------- every call ends


@dataclass(frozen=True, slots=True)
class TurnBound:
    """How long a persona's calls can last, found by exploring every option path.

    ``turns``: the most agent turns any path takes before the call ends (None when a cycle of
    turns exists or the search hit ``max_paths``); ``path``: one path that long; ``limit``: what
    the engine rule guarantees (docs/semantics.md, "Every call ends"): each turn says an option
    for the first time (at most ``options`` of them) or is wasted, and the customer hangs up
    at the wasted turn past ``give_up_after``.
    """

    persona: str
    turns: int | None
    path: tuple[str, ...]
    nodes: int
    complete: bool
    options: int
    limit: int | None


def turn_bound(persona: Persona, account: Account, *, max_paths: int = 50_000) -> TurnBound:
    """Explore every path of options (and the one hold, and dialling) exhaustively and return
    the longest call in agent turns. Tools are left out: they take no turn and only unlock
    options, which the rule's limit already counts."""
    out = Exploration(persona.id)
    rel = _relevance(persona, account, None, False)
    rel = replace(rel, tools=())
    root, clock = start_session(persona, account, None)
    root.detach()
    graph = _Graph(persona, account, rel, out, root, clock)
    _explore_graph(graph, Limits(max_depth=10_000, max_paths=max_paths, score=False), out)
    nodes = graph.nodes
    options = sum(len(s.options) for s in persona.states.values())
    give_up = persona.mood.give_up_after
    limit = options + give_up + 1 if give_up > 0 else None
    complete = not out.bounds_hit
    comp_of: dict[int, int] = {}
    comps = components(range(len(nodes)), lambda v: nodes[v].succ)
    for c, comp in enumerate(comps):
        for v in comp:
            comp_of[v] = c

    def turns(edge: _Edge) -> int:
        return sum(1 for e in edge.events if e.kind == ev.AGENT_SAID)

    looping = any(
        turns(edge) and comp_of[edge.dest] == comp_of[v]
        for v, node in enumerate(nodes)
        for edge in node.edges
    )
    if looping or not complete:
        return TurnBound(persona.id, None, (), len(nodes), complete, options, limit)
    # longest path in turns over the condensation: components come sinks first, and inside
    # one every step is turn-free (dialling a number nobody answers), so a component's members
    # share its value
    best: dict[int, tuple[int, int, int]] = {}  # component -> (turns, node, edge index)
    for c, comp in enumerate(comps):
        top = (0, -1, -1)
        for v in comp:
            for k, edge in enumerate(nodes[v].edges):
                d = comp_of[edge.dest]
                if d != c:
                    top = max(top, (best[d][0] + turns(edge), v, k))
        best[c] = top
    path: list[str] = []
    c = comp_of[0]
    while best[c][1] >= 0:
        edge = nodes[best[c][1]].edges[best[c][2]]
        path.append(edge.step.raw)
        c = comp_of[edge.dest]
    longest = best[comp_of[0]][0]
    return TurnBound(persona.id, longest, tuple(path), len(nodes), True, options, limit)
