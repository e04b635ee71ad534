"""How long a persona's calls can last: the bound the live engine's safety net relies on."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mockcall.core import events as ev
from mockcall.core.explore.graph import _Edge, _explore_graph, _Graph
from mockcall.core.explore.relevance import _relevance
from mockcall.core.explore.result import Exploration, Limits
from mockcall.core.graph import components
from mockcall.core.model import (
    Account,
    Persona,
)
from mockcall.core.simulate import start_session


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
