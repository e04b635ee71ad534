"""A tiny training floor on each backend: seats as processes, a SIGKILL mid-call and its resume
through ``unfinished()`` + ``engine.restore``; nothing lost, nothing twice, scores reproduce.

The full-size run (50 seats, 60 s) is ``scripts/bench_floor.py``; this is the same code at
4 seats for 5 s, so its checks run in CI on SQLite and PostgreSQL alike."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from store_helpers import StoreFactory

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_small_floor_with_a_kill_loses_nothing(
    store_factory: StoreFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(SCRIPTS))  # the seat processes import bench_floor too
    from bench_floor import run_floor

    result = run_floor(store_factory.location, seconds=5, seats=4, kill_every=1.5)
    assert result.seat_errors == []
    assert result.kills >= 1
    assert result.kills == result.resumed + result.abandoned + result.idle
    assert result.calls_finished > 0 and result.returned > 0
    assert (result.lost, result.duplicated, result.gaps) == (0, 0, 0)
    assert result.score_mismatches == 0 and result.left_live == 0
    assert result.events >= result.returned
