"""Paths: parsing, playing on the simulated clock, refusals as results, and the demo persona."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_fixtures import account, outbound_persona, rubric, shop_persona

from mockcall.core import engine
from mockcall.core.simulate import PathError, Step, parse_path, play_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    engine.clear_machine_cache()


def test_parse_every_step_kind() -> None:
    steps = parse_path(
        " 3, @complaint.verify-only,hold,unhold,mute,unmute,escalate,transfer_warm,"
        "transfer_cold,tool:billing,kb:verification,dial:lead-2,wait:30,wait:2.5,acw:ticket,acw,end"
    )
    assert isinstance(steps, list)
    assert steps[0] == Step("choose", "", 3, "3")
    assert steps[1] == Step("option", "complaint.verify-only", 0, "@complaint.verify-only")
    assert [s.kind for s in steps[2:9]] == ["control"] * 7
    assert steps[9] == Step("tool", "billing", 0, "tool:billing")
    assert steps[10].kind == "kb" and steps[11] == Step("dial", "lead-2", 0, "dial:lead-2")
    assert steps[12].number == 30 and steps[13].number == 2.5
    assert steps[14] == Step("acw", "ticket", 0, "acw:ticket") and steps[15].arg == ""
    assert steps[16] == Step("control", "end", 0, "end")
    assert parse_path("") == [] and parse_path("  ") == []


@pytest.mark.parametrize(
    ("path", "index", "word"),
    [
        ("1,,2", 1, "empty"),
        ("1,dance", 1, "unknown step"),
        ("wait:soon", 0, "seconds"),
        ("wait:-1", 0, "non-negative"),
        ("0", 0, "from 1"),
        ("@", 0, "option id"),
        ("tool:", 0, "needs a value"),
        ("sing:loud", 0, "unknown step kind"),
    ],
)
def test_parse_errors_are_values(path: str, index: int, word: str) -> None:
    err = parse_path(path)
    assert isinstance(err, PathError)
    assert err.index == index and word in err.message
    assert str(err).startswith(f"step {index + 1}")


def test_resolution_path_with_tool_and_default_acw() -> None:
    run = play_path(shop_persona(), account(), rubric(), "1,tool:courier,@issue.check,@resolve.bye")
    assert run.completed and run.ending == "resolved"
    kinds = [e.kind for e in run.events]
    assert kinds[-3:] == ["acw_note", "disposition", "acw_ended"]
    disp = next(e for e in run.events if e.kind == "disposition")
    assert disp.data["code"] == "resolved_first_contact"
    notes = next(e for e in run.events if e.kind == "acw_note").data["text"]
    assert "parcel" in notes and "courier" in notes
    acw_end = run.events[-1]
    assert acw_end.data["seconds"] == 30.0
    # clock: an option takes its seconds (6), other steps 5 s
    said = [e.t for e in run.events if e.kind == "agent_said"]
    assert said == [6.0, 17.0, 23.0]
    assert run.scorecard is not None and run.scorecard.total == 100.0 and run.scorecard.passed


def test_waiting_gives_dead_air_and_hold_timing() -> None:
    run = play_path(shop_persona(), account(), None, "1,wait:20,@issue.hold,wait:80,unhold")
    dead = [e for e in run.events if e.kind == "dead_air"]
    assert len(dead) == 1 and dead[0].data["seconds"] == 20.0
    ended = next(e for e in run.events if e.kind == "hold_ended")
    assert ended.data["seconds"] == 85.0  # 80 s waiting + 5 s for the unhold step
    assert any(e.data.get("cause") == "hold_too_long" for e in run.events)
    assert run.ending is None and run.scorecard is None  # no rubric: no scorecard


def test_refused_step_stops_and_is_reported() -> None:
    run = play_path(shop_persona(), account(), rubric(), "1,unhold,1")
    assert not run.completed
    assert len(run.refusals) == 1
    r = run.refusals[0]
    assert r.index == 1 and r.step == "unhold" and r.refusal.code == "not-on-hold"
    assert sum(1 for e in run.events if e.kind == "agent_said") == 1


def test_unparseable_path_is_reported() -> None:
    run = play_path(shop_persona(), account(), rubric(), "1,,")
    assert run.path_error is not None and run.events == () and not run.completed


def test_soup_call_escalation_and_explicit_acw() -> None:
    run = play_path(
        shop_persona(), account(), rubric(), "@greet.rude,escalate,acw:escalated", seed=4
    )
    assert run.completed and run.ending == "escalated"
    assert next(e for e in run.events if e.kind == "escalated").data["reason"] == (
        "customer insisted"
    )
    assert [e.data["code"] for e in run.events if e.kind == "disposition"] == ["escalated"]
    assert run.scorecard is not None and not run.scorecard.passed  # rude is fatal


def test_transfers_in_paths() -> None:
    warm = play_path(shop_persona(), account(), None, "transfer_warm")
    t = next(e for e in warm.events if e.kind == "transferred")
    assert t.data["kind"] == "warm" and set(t.data["briefing"]) == {"to", "issue", "tried"}
    cold = play_path(shop_persona(), account(), None, "transfer_cold")
    assert cold.ending == "transferred"


def test_outbound_path() -> None:
    run = play_path(
        outbound_persona(), account(), None, "tool:dnc_list,dial:lead-dnc,dial:target,1,1"
    )
    assert run.completed and run.ending == "resolved"
    dialed = [e.data["entry"] for e in run.events if e.kind == "dialed"]
    assert dialed == ["lead-dnc", "target"]


def test_same_seed_same_playthrough() -> None:
    a = play_path(shop_persona(), account(), rubric(), "1,wait:30,1,1", seed=9)
    b = play_path(shop_persona(), account(), rubric(), "1,wait:30,1,1", seed=9)
    assert [e.to_dict() for e in a.events] == [e.to_dict() for e in b.events]


def test_demo_persona_declared_paths_reach_their_endings() -> None:
    loader = pytest.importorskip("mockcall.core.loader")
    persona = loader.load_persona(ROOT / "personas/telco/darmawan-repeat-outage.yaml").value
    acct = loader.load_account(ROOT / "personas/telco/account.yaml").value
    rub = loader.load_rubric(ROOT / "personas/telco/rubric.yaml").value
    assert persona is not None and acct is not None and rub is not None
    assert persona.tests
    for test in persona.tests:
        run = play_path(persona, acct, rub, test.path)
        assert run.completed, (test.name, run.refusals)
        assert run.ending == test.ending, test.name
        card = run.scorecard
        assert card is not None
        assert test.min_score <= card.total <= test.max_score, (test.name, card.total)
        if test.passed is not None:
            assert card.passed == test.passed, test.name
        assert set(test.fatal) <= set(card.fatal_failures), test.name


def test_acw_step_can_write_its_own_notes() -> None:
    from mockcall.core.simulate import parse_path

    steps = parse_path("1,acw:ticket_created:customer angry")
    assert not isinstance(steps, PathError)
    assert steps[1].arg == "ticket_created" and steps[1].notes == "customer angry"
    plain = parse_path("acw:ticket_created")
    assert not isinstance(plain, PathError) and plain[0].notes is None


def test_notes_from_the_path_reach_the_log_and_the_score() -> None:
    from mockcall.core.loader import load_library
    from mockcall.core.simulate import play_path

    library = load_library([ROOT / "personas" / "telco"])
    persona = library.persona("telco-darmawan-repeat-outage")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None and bundle.rubric is not None
    best = next(t for t in persona.tests if t.passed)
    played = play_path(persona, bundle.account, bundle.rubric, best.path + ",acw::too short")
    notes = [e.data["text"] for e in played.events if e.kind == "acw_note"]
    assert notes == ["too short"]
    assert played.scorecard is not None
    assert played.scorecard.criterion("notes_complete").status == "fail"
