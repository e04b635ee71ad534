"""Pass 1: the behaviour graph, breadth first, and what it says about the persona.

Dead ends, endless loops, options never offered and the shortest path to every ending come
from this graph alone, with no rubric.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.events import Event
from mockcall.core.explore.fork import fork
from mockcall.core.explore.relevance import _Relevance
from mockcall.core.explore.result import (
    CONTROL_ENDINGS,
    NO_DEADLINE,
    Deadline,
    Exploration,
    Limits,
)
from mockcall.core.explore.steps import actions, behaviour_key
from mockcall.core.graph import closure, components
from mockcall.core.model import (
    Account,
    Persona,
)
from mockcall.core.simulate import Step, play_step


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


def _explore_graph(
    graph: _Graph, limits: Limits, out: Exploration, deadline: Deadline = NO_DEADLINE
) -> None:
    """Pass 1: breadth first from the root, within ``max_depth``, ``max_paths`` and the time
    budget."""
    nodes = graph.nodes
    nodes[0].offered = _offered(graph.pending[0][0])
    queue: deque[int] = deque([0])
    expanded = 0
    timed_out = False
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
        timed_out = timed_out or deadline.passed()
        if timed_out:
            _bound(out, f"time {limits.seconds:g} s")
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
    """What the behaviour graph says: reachable states and endings, the escalation path, dead
    ends, endless loops, and states, options and endings never reached."""
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
    pred: dict[int, list[int]] = {}
    for i, n in enumerate(nodes):
        for j in n.succ:
            pred.setdefault(j, []).append(i)
    _dead_ends(nodes, pred, out)
    _loops(nodes, pred, out)
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


def _dead_ends(nodes: list[_Node], pred: dict[int, list[int]], out: Exploration) -> None:
    """Live states with nothing offered from which no tool or hold step leads anywhere."""
    # dead ends: live, nothing offered, and no tool/hold step leads to an offer or an ending
    good = {
        i
        for i, n in enumerate(nodes)
        if n.ending is not None or n.offered or not n.expanded or n.phase == "dialing"
    }
    good = closure(good, pred)
    empty = [
        i
        for i, n in enumerate(nodes)
        if n.expanded and n.ending is None and n.phase == "connected" and not n.offered
    ]
    for i in sorted(empty, key=lambda k: nodes[k].depth):
        if i not in good:
            out.dead_ends.setdefault(nodes[i].state, _path(nodes, i))


def _loops(nodes: list[_Node], pred: dict[int, list[int]], out: Exploration) -> None:
    """Cycles of states that can never reach an ending, merged by shared state names."""
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


def _cycles(nodes: list[_Node], within: set[int]) -> list[list[int]]:
    """Strongly connected components of ``within`` that contain a cycle."""

    def succ(v: int) -> list[int]:
        return [w for w in nodes[v].succ if w in within]

    return [
        comp
        for comp in components(sorted(within), succ)
        if len(comp) > 1 or comp[0] in nodes[comp[0]].succ
    ]
