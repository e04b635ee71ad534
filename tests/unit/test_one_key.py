"""Pressing one key at every turn passes no bundled persona in an assessment.

Every persona writes its best option first; shuffled options (docs/semantics.md, "Option order")
turn "always 1" into a random walk, and a random walk through a bundled persona must never pass:
20 seeds x every persona x (always the first key, always the last one).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from mockcall.core import engine
from mockcall.core.loader import Library, load_library
from mockcall.core.simulate import play_one_key

ROOT = Path(__file__).resolve().parents[2]
SEEDS = range(20)


@cache
def library() -> Library:
    return load_library([ROOT / "personas"])


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    engine.clear_machine_cache()


@pytest.mark.parametrize("persona_id", sorted(p.id for p in library().personas()))
def test_one_key_never_passes_an_assessment(persona_id: str) -> None:
    persona = library().persona(persona_id)
    assert persona is not None
    found = library().bundle_for(persona)
    assert found is not None and found.rubric is not None
    for key in ("first", "last"):
        firsts: set[str] = set()
        for seed in SEEDS:
            run = play_one_key(persona, found.account, found.rubric, key, seed=seed)
            assert run.ending is not None, (key, seed)  # every call ends
            card = run.scorecard
            assert card is not None and not card.passed, (key, seed, card.total, run.ending)
            said = [e.data["option"] for e in run.events if e.kind == "agent_said"]
            firsts.add(said[0])
        assert len(firsts) > 1, key  # the key really lands on different replies
