"""The entry point: explore a persona, pass 1 then (with a rubric) pass 2."""

from __future__ import annotations

import time
from typing import Final

from mockcall.core.explore.graph import (
    _analyse_graph,
    _explore_graph,
    _Graph,
    _reset_graph_findings,
)
from mockcall.core.explore.relevance import _relevance
from mockcall.core.explore.result import Exploration, Limits
from mockcall.core.explore.scores import _explore_scores
from mockcall.core.model import (
    Account,
    Persona,
    Rubric,
)
from mockcall.core.simulate import start_session

#: the share of a time budget the graph pass may use
GRAPH_SHARE: Final = 0.4


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
    # the graph pass may use only part of a time budget: the score pass grows the graph where
    # it needs to, and a score range comes from it alone
    graph_deadline, deadline = limits.deadlines(GRAPH_SHARE)
    _explore_graph(graph, limits, out, graph_deadline)
    _analyse_graph(persona, graph.nodes, out)
    out.graph_complete = not out.bounds_hit
    if rubric is not None and limits.score:
        grown = len(graph.nodes)
        _explore_scores(persona, account, rubric, limits, graph, out, seed, deadline)
        if len(graph.nodes) > grown:  # the score pass reached further: report what it found
            _analyse_graph(persona, graph.nodes, _reset_graph_findings(out))
    out.seconds = time.perf_counter() - started
    return out
