"""Shared fixtures for the trainee-UI tests: the tiny ``tui`` account, a manual clock, and
helpers that read what the trainee sees (conversation lines, options, notices, score rows).

Time never passes by itself: the app gets a :class:`ManualClock`, and a test that needs time
to pass advances the clock and then lets the screen's one-second tick run (``tick``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mockcall.core.engine import ManualClock
from mockcall.core.loader import Library, load_library
from mockcall.tui.app import MockcallApp
from mockcall.tui.plan import CallPlan, shift_plans

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "personas" / "tui"


@pytest.fixture(scope="session")
def library() -> Library:
    lib = load_library([FIXTURES])
    assert not [p for p in lib.problems if p.severity == "error"], lib.problems
    return lib


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1000.0)


@pytest.fixture
def make_app(library: Library, clock: ManualClock) -> Callable[..., MockcallApp]:
    """``make_app("tui-soup", mode="assessment")`` -> an app that opens straight on that call."""

    def make(
        persona_id: str | None = None,
        *,
        mode: str = "practice",
        seed: int = 7,
        shift: int = 0,
        auto_in: bool = False,
        trainee: str = "Rina",
    ) -> MockcallApp:
        start: CallPlan | list[CallPlan] | None = None
        if shift:
            start = shift_plans(
                library.bundles["tui"], shift, seed, trainee=trainee, auto_in=auto_in
            )
        elif persona_id is not None:
            persona = library.persona(persona_id)
            assert persona is not None
            bundle = library.bundle_for(persona)
            assert bundle is not None
            start = CallPlan(persona, bundle, seed, mode, trainee, seed_fixed=True)
        return MockcallApp(library, start=start, trainee=trainee, clock=clock, seed=seed)

    return make
