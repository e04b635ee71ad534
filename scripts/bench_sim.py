"""Exploration speed on the bundled personas: paths/s, steps/s and the slowest persona.

``rows()`` returns (measure, value, note) rows for scripts/bench.py; run standalone to print them.
A *path covered* is a complete choice sequence ending in a scored call, counted through the
score pass's product graph (paths through a merged state = sum over its successors, each
expanded once); a *state* is a distinct memo key expanded; a *step* is one engine action played.
The total rate is dominated by personas whose loops settle early, so the median persona's rate
is printed beside it.  Those rates use fixed count bounds (the same work on every machine); the
last row runs each persona as ``mockcall simulate ID`` does by default (no count bounds, a time
budget) and counts those explored completely.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def rows() -> list[tuple[str, str, str]]:
    from mockcall.core.explore import explore
    from mockcall.core.loader import load_library

    lib = load_library([ROOT / "personas"])
    total_paths = total_steps = total_states = 0
    complete: list[str] = []
    total_s = 0.0
    rates: list[float] = []
    worst = ("", 0.0)
    for persona in lib.personas():
        bundle = lib.bundle_for(persona)
        if bundle is None:
            continue
        started = time.perf_counter()
        r = explore(persona, bundle.account, bundle.rubric)
        took = time.perf_counter() - started
        total_paths += r.paths
        total_steps += r.steps
        total_states += r.graph_nodes + r.score_nodes
        if r.complete:
            complete.append(persona.id)
        total_s += took
        rates.append(r.paths / took)
        if took > worst[1]:
            worst = (persona.id, took)
    closed = _closing_persona()
    budget = _within_cli_budget(lib)
    return [
        (
            "simulate paths covered/s",
            f"{total_paths / total_s:,.0f}",
            "bundled personas, default bounds (target >= 10,000)",
        ),
        (
            "simulate paths/s, median",
            f"{statistics.median(rates):,.0f}",
            f"per persona; slowest {min(rates):,.0f}",
        ),
        ("simulate paths/s, closed space", f"{closed[0] / closed[1]:,.0f}", closed[2]),
        ("simulate engine steps/s", f"{total_steps / total_s:,.0f}", "fork + step + poll"),
        ("simulate states/s", f"{total_states / total_s:,.0f}", "memo states, both passes"),
        ("simulate complete", str(len(complete)), ", ".join(complete) or "no persona closed"),
        ("simulate worst persona", f"{worst[1]:.2f} s", f"{worst[0]} (target <= 2 s)"),
        budget,
    ]


def _within_cli_budget(lib: Any) -> tuple[str, str, str]:
    """How many bundled personas ``mockcall simulate ID`` explores completely with its defaults
    (no count bounds, the time budget): exact score ranges within the budget."""
    from mockcall.cli import SIMULATE_SECONDS
    from mockcall.core.explore import Limits, explore

    limits = Limits(
        max_depth=400, max_paths=10_000_000, score_paths=100_000_000, seconds=SIMULATE_SECONDS
    )
    closed: list[str] = []
    total = 0
    for persona in lib.personas():
        bundle = lib.bundle_for(persona)
        if bundle is None:
            continue
        total += 1
        r = explore(persona, bundle.account, bundle.rubric, limits)
        if r.complete and r.score_complete:
            closed.append(persona.id)
    return (
        f"simulate exact within {SIMULATE_SECONDS:g} s",
        f"{len(closed)}/{total}",
        ", ".join(closed) or "none (target: all)",
    )


def _closing_persona() -> tuple[int, float, str]:
    """The test persona whose whole state space the explorer closes (tests/data/personas/brute)."""
    from mockcall.core.explore import Limits, explore
    from mockcall.core.loader import load_library

    lib = load_library([ROOT / "tests" / "data" / "personas" / "brute"])
    persona = lib.persona("brute-mood")
    bundle = lib.bundle_for(persona) if persona is not None else None
    if persona is None or bundle is None:
        return 0, 1.0, "fixture missing"
    limits = Limits(max_paths=100_000, score_paths=100_000)
    started = time.perf_counter()
    r = explore(persona, bundle.account, bundle.rubric, limits)
    took = time.perf_counter() - started
    state = "complete" if r.complete and r.score_complete else "partial"
    return r.paths, took, f"brute-mood: {r.paths:,} paths in {took:.2f} s, {state}"


if __name__ == "__main__":
    for name, value, note in rows():
        print(f"{name:<26} {value:>12}  {note}")
