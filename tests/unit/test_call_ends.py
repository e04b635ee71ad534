"""Every call ends: wasted turns use up the customer's patience (docs/semantics.md).

A repeated line, a reply the customer did not understand and dead air are *wasted turns*; past
``mood.give_up_after`` of them the customer hangs up. So a call lasts at most (the persona's
options, each said once) + give_up_after + 1 agent turns, and the exhaustive exploration below
checks every bundled persona against that and against :data:`TURN_BOUND`.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import pytest
from engine_fixtures import account, shop_persona

from mockcall.core import engine
from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.explore import turn_bound
from mockcall.core.lint import lint_persona
from mockcall.core.loader import Library, load_library
from mockcall.core.model import Mood, Option, Persona, State

ROOT = Path(__file__).resolve().parents[2]

#: No bundled call lasts longer than this many agent turns, whatever options the trainee picks
#: (the longest found: 18, telco-brennan and bank-hartono).
TURN_BOUND = 20


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    engine.clear_machine_cache()


@cache
def library() -> Library:
    return load_library([ROOT / "personas"])


def resolve_call(persona: Persona | None = None) -> tuple[CallSession, ManualClock]:
    """A connected call in the fixture's 'resolve' state, whose 'Anything else?' keeps it there."""
    p = persona or dataclasses.replace(shop_persona(), start="resolve")
    clock = ManualClock()
    s = CallSession(p, account(), clock=clock, option_order="file")
    s.start()
    s.answer()
    return s, clock


def test_repeating_one_line_ends_in_a_hang_up() -> None:
    s, clock = resolve_call()
    limit = s.persona.mood.give_up_after
    for turn in range(1, limit + 2):
        assert s.ending is None, turn
        clock.advance(6)
        assert s.choose_id("resolve.more") is None
        assert s.wasted_turns == turn - 1
    assert s.ending is None and s.wasted_turns == limit
    assert s.choose_id("resolve.more") is None
    assert s.ending == "customer_hung_up"
    said = [e for e in s.events if e.kind == "customer_said"]
    assert said[-1].data["source"] == "hang_up"
    ended = next(e for e in s.events if e.kind == "call_ended")
    assert ended.data == {"ending": "customer_hung_up", "by": "customer"}
    moods = [e.data["cause"] for e in s.events if e.kind == "mood_changed"]
    assert moods.count("repeat") == limit + 1  # every repeat also cost mood


def test_dead_air_and_unclear_replies_are_wasted_too() -> None:
    s, clock = resolve_call()
    s.say_free("blah", [], 0.1)
    s.say_free("something else", [], 0.1)
    assert s.wasted_turns == 2
    clock.advance(16)
    s.poll()
    assert s.wasted_turns == 3 and s.ending is None
    clock.advance(16)
    s.poll()
    s.say_free("blah", [], 0.1)
    assert s.ending == "customer_hung_up"


def test_patience_is_per_persona_and_zero_never_gives_up() -> None:
    patient = dataclasses.replace(
        shop_persona(),
        start="resolve",
        mood=dataclasses.replace(shop_persona().mood, give_up_after=0, repeat=0),
    )
    s, clock = resolve_call(patient)
    for _ in range(60):
        clock.advance(6)
        assert s.choose_id("resolve.more") is None
    assert s.ending is None and s.wasted_turns == 59
    short = dataclasses.replace(patient, mood=dataclasses.replace(patient.mood, give_up_after=1))
    engine.clear_machine_cache()
    s, _ = resolve_call(short)
    s.choose_id("resolve.more")
    s.choose_id("resolve.more")
    assert s.ending is None
    s.choose_id("resolve.more")
    assert s.ending == "customer_hung_up"


def _looping(give_up_after: int, repeat: int, hangup_at: int = 100) -> Persona:
    loop = State(
        say=("Round.", "Again."),
        options=(
            Option(id="a.on", text="On", goto="b"),
            Option(id="a.out", text="Out", end="resolved"),
        ),
    )
    back = State(
        say=("And round.", "More."),
        options=(Option(id="b.back", text="Back", goto="a"), Option(id="b.same", text="Back")),
    )
    return Persona(
        id="looper",
        title="Loop",
        account="shop",
        customer=shop_persona().customer,
        mood=Mood(give_up_after=give_up_after, repeat=repeat, hangup_at=hangup_at),
        start="a",
        states={"a": loop, "b": back},
        endings=("resolved",),
    )


def test_lint_reports_a_cycle_nothing_can_leave_and_options_alike() -> None:

    def codes(p: Persona) -> set[tuple[str, str]]:
        return {(x.code, x.severity) for x in lint_persona(p)}

    assert ("endless-cycle", "error") in codes(_looping(0, 0))
    assert ("endless-cycle", "error") in codes(_looping(0, 5, hangup_at=101))
    assert "endless-cycle" not in {c for c, _ in codes(_looping(0, 5))}  # anger ends it
    assert "endless-cycle" not in {c for c, _ in codes(_looping(3, 0))}  # patience ends it
    same = [x for x in lint_persona(_looping(3, 0)) if x.code == "same-text"]
    assert len(same) == 1 and same[0].severity == "warning"
    assert "options 1 and 2 of state 'b'" in same[0].message


@pytest.mark.parametrize("persona_id", sorted(p.id for p in library().personas()))
def test_every_bundled_call_ends_within_the_bound(persona_id: str) -> None:
    persona = library().persona(persona_id)
    assert persona is not None
    found = library().bundle_for(persona)
    assert found is not None
    bound = turn_bound(persona, found.account)
    assert bound.complete, bound  # every path explored
    assert bound.turns is not None, bound  # no cycle of turns anywhere
    assert bound.limit is not None and bound.turns <= bound.limit
    assert bound.turns <= TURN_BOUND, (bound.turns, bound.path)
