"""Options on screen are shuffled by the call's seed, recorded in the log, and replayed exactly.

docs/semantics.md ("Option order"): an assessment always shuffles; a practice call shuffles
unless the persona or the trainer pins the file order; ``agent_said`` records the ids shown and
the key pressed; paths number options in file order whatever the screen shows.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from engine_fixtures import account, rubric, shop_persona

from mockcall.core import engine
from mockcall.core.engine import CallSession, ManualClock, option_order_for, restore, shown_order
from mockcall.core.events import Event
from mockcall.core.simulate import play_path


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    engine.clear_machine_cache()


def connected(seed: int, **kw: Any) -> tuple[CallSession, ManualClock]:
    clock = ManualClock()
    s = CallSession(shop_persona(), account(), seed=seed, clock=clock, agent_name="Rina", **kw)
    s.start()
    s.answer()
    return s, clock


def test_the_order_is_a_permutation_drawn_from_seed_state_and_turn() -> None:
    assert sorted(shown_order(3, "issue", 2, 6)) == list(range(6))
    assert shown_order(3, "issue", 2, 6) == shown_order(3, "issue", 2, 6)
    orders = {tuple(shown_order(seed, "issue", 2, 6)) for seed in range(20)}
    assert len(orders) > 10  # seeds really move the options
    turns = {tuple(shown_order(3, "issue", turn, 6)) for turn in range(2, 8)}
    assert len(turns) > 1  # the same state on a later turn is shuffled anew


def test_offered_numbers_follow_the_screen_and_positions_the_file() -> None:
    firsts = set()
    for seed in range(12):
        s, _ = connected(seed, mode="assessment")
        s.choose_id("greet.hello")
        offered = s.offered()
        assert [o.number for o in offered] == list(range(1, len(offered) + 1))
        by_position = sorted(offered, key=lambda o: o.position)
        assert [o.id for o in by_position] == [
            "issue.probe",
            "issue.hold",
            "issue.blame",
            "issue.transfer",
        ]
        firsts.add(offered[0].id)
        s.detach()
    assert len(firsts) >= 3  # key 1 is not always the same reply


def test_a_pressed_key_is_recorded_with_what_was_shown_and_replays() -> None:
    s, clock = connected(5, mode="assessment")
    s.choose_id("greet.hello")
    shown = s.offered()
    clock.advance(6)
    assert s.choose(3) is None
    said = [e for e in s.events if e.kind == "agent_said"][-1].data
    assert said["option"] == shown[2].id and said["key"] == 3
    assert said["shown"] == [o.id for o in shown]
    first = next(e for e in s.events if e.kind == "agent_said").data
    assert first["key"] == 0  # chosen by id (a path, a confirmed typed reply)
    assert s.events[0].data["option_order"] == "shuffled"
    again = restore(shop_persona(), account(), s.events, clock=ManualClock(100))
    assert [e.to_dict() for e in again.events] == [e.to_dict() for e in s.events]
    assert [o.id for o in again.offered()] == [o.id for o in s.offered()]


def _old(events: list[Event]) -> list[Event]:
    """The log as mockcall wrote it before options were shuffled."""
    out = []
    for e in events:
        data = dict(e.data)
        if e.kind == "call_started":
            data.pop("option_order")
        if e.kind == "agent_said":
            data.pop("shown"), data.pop("key")
        out.append(dataclasses.replace(e, data=data))
    return out


def test_a_log_from_before_shuffling_restores_in_file_order() -> None:
    s, clock = connected(9, option_order="file")
    s.choose(1)
    clock.advance(6)
    s.choose(1)
    old = _old(s.events)
    again = restore(shop_persona(), account(), old, clock=ManualClock(50))
    assert [e.to_dict() for e in again.events] == [e.to_dict() for e in old]
    assert again.option_order == "file"
    assert [o.position for o in again.offered()] == [o.number for o in again.offered()]
    assert again.choose(1) is None  # the call goes on as it was: file order, nothing recorded
    assert all("key" not in e.data for e in again.events if e.kind == "agent_said")


def test_who_decides_the_order() -> None:
    shuffled, fixed = shop_persona(), shop_persona(option_order="file")
    assert option_order_for("assessment", fixed, "file") == "shuffled"  # never pinned
    assert option_order_for("shift", fixed) == "shuffled"
    assert option_order_for("practice", shuffled) == "shuffled"
    assert option_order_for("practice", fixed) == "file"
    assert option_order_for("practice", shuffled, "file") == "file"
    assert option_order_for("practice", fixed, "shuffled") == "shuffled"
    s, _ = connected(4, option_order="file")
    assert [o.number for o in s.offered()] == [o.position for o in s.offered()]


def test_paths_number_options_in_file_order_whatever_the_seed() -> None:
    said = set()
    for seed in range(8):
        run = play_path(
            shop_persona(), account(), rubric(), "1,1,hold", seed=seed, mode="assessment"
        )
        assert run.completed
        said.add(tuple(e.data["option"] for e in run.events if e.kind == "agent_said"))
    assert said == {("greet.hello", "issue.probe", "issue.hold")}  # hold is that state's option


def test_assessment_gives_no_hint() -> None:
    practice, _ = connected(1)
    assessment, _ = connected(1, mode="assessment")
    persona = shop_persona(
        states={
            **shop_persona().states,
            "greet": dataclasses.replace(shop_persona().states["greet"], hint="Greet first."),
        }
    )
    for mode, want in (("practice", "Greet first."), ("assessment", ""), ("shift", "")):
        s = CallSession(persona, account(), clock=ManualClock(), mode=mode)
        s.start()
        s.answer()
        assert s.hint == want, mode
        s.detach()
    practice.detach()
    assessment.detach()


def test_play_option_order_flag_reaches_the_call() -> None:
    from pathlib import Path

    from mockcall.cli import build_parser
    from mockcall.core.model import AccountBundle
    from mockcall.tui.plan import CallPlan

    args = build_parser().parse_args(["play", "x", "--option-order", "file"])
    assert args.option_order == "file"
    assert build_parser().parse_args(["play", "x"]).option_order is None
    bundle = AccountBundle(account(), None, (shop_persona(),), str(Path(".")))
    for mode, want in (("practice", "file"), ("assessment", "shuffled")):
        plan = CallPlan(shop_persona(), bundle, 3, mode, option_order=args.option_order)
        s = plan.session(ManualClock(), lambda e: None)
        assert s.option_order == want
        s.detach()
