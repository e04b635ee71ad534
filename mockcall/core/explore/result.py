"""What an exploration reports, and its bounds.

Kept apart from the search so the CLI, lint and tests read a result without importing the
machinery that produced it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

#: Endings a pure call control produces; always reachable, so lint never asks for an option.
CONTROL_ENDINGS: Final = frozenset({"escalated", "transferred", "agent_hung_up", "abandoned"})


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
    #: a time budget for both passes together (None: none). What a search finishes within it
    #: is exact whatever the machine; a search it cuts is partial, and how far it got depends
    #: on the machine, so tests and lint bound by counts instead
    seconds: float | None = None
    #: the clock the budget is read on (tests pass one that ticks per reading)
    clock: Callable[[], float] = field(default=time.perf_counter, compare=False)

    def deadlines(self, first_share: float) -> tuple[Deadline, Deadline]:
        """The budget started now: when the first pass must stop (``first_share`` of it) and
        when everything must."""
        if self.seconds is None:
            return Deadline(self.clock, None), Deadline(self.clock, None)
        now = self.clock()
        return (
            Deadline(self.clock, now + self.seconds * first_share),
            Deadline(self.clock, now + self.seconds),
        )


@dataclass(frozen=True, slots=True)
class Deadline:
    """When an exploration's time budget runs out (``at`` None: never)."""

    clock: Callable[[], float]
    at: float | None

    def passed(self) -> bool:
        return self.at is not None and self.clock() >= self.at


#: no time budget
NO_DEADLINE: Final = Deadline(time.perf_counter, None)


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
