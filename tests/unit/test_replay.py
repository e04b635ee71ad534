"""Live preview: a call's agent actions re-applied to an edited persona; the file watch."""

from __future__ import annotations

import os
from pathlib import Path

from mockcall.core import events as ev
from mockcall.core.engine import ManualClock
from mockcall.core.loader import load_library, load_persona
from mockcall.core.replay import replay_actions, replay_onto, replay_report
from mockcall.core.simulate import start_session
from mockcall.watch import FileWatch

ROOT = Path(__file__).resolve().parents[2]
TELCO = ROOT / "personas" / "telco"
PERSONA = "telco-brennan-bill-shock"
PATH = ["opening.greet", "identify.verify"]


def _played(path: list[str], tools: tuple[str, ...] = ("account_lookup",)):  # type: ignore[no-untyped-def]
    library = load_library([TELCO])
    persona = library.persona(PERSONA)
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    session, clock = start_session(persona, bundle.account, bundle.rubric)
    for tool in tools:
        clock.advance(5)
        assert session.use_tool(tool) is None
    for oid in path:
        clock.advance(6)
        assert session.choose_id(oid) is None, oid
        session.poll()
    return persona, bundle, session


def test_actions_of_a_call() -> None:
    _, _, session = _played(PATH)
    actions = replay_actions(session.events)
    assert [str(a) for a in actions] == [
        "tool:account_lookup",
        "@opening.greet",
        "@identify.verify",
    ]
    assert actions[1].t < actions[2].t


def test_same_persona_fits_and_reaches_the_same_point() -> None:
    persona, bundle, old = _played(PATH)
    clock = ManualClock(100.0)
    new, fitted = replay_onto(
        persona, bundle.account, replay_actions(old.events), rubric=bundle.rubric, clock=clock
    )
    assert fitted
    assert new.state == old.state and new.mood == old.mood and new.phase == old.phase
    said = [e.data.get("option") for e in new.events if e.kind == ev.AGENT_SAID]
    assert said == PATH
    assert abs(new.elapsed - old.elapsed) < 1e-6  # continues from the last replayed time


def test_a_flagged_typed_reply_is_replayed_with_its_flag() -> None:
    persona, bundle, _ = _played([])
    old, clock = start_session(persona, bundle.account, bundle.rubric)
    clock.advance(4)
    assert old.say_free("how much is it?", ["probe"], 0.3) is None
    clock.advance(3)
    assert old.flag_misheard() is None
    actions = replay_actions(old.events)
    assert [str(a) for a in actions][-2:] == ["'how much is it?'", "misheard"]
    new, fitted = replay_onto(persona, bundle.account, actions, rubric=bundle.rubric)
    assert fitted
    flags = [dict(e.data) for e in new.events if e.kind == ev.MISHEARD]
    assert flags == [dict(e.data) for e in old.events if e.kind == ev.MISHEARD]


def test_edited_persona_stops_where_an_action_no_longer_fits(tmp_path: Path) -> None:
    persona, bundle, old = _played(PATH)
    text = Path(persona.source).read_text("utf-8").replace("identify.verify", "identify.check")
    edited_path = tmp_path / "edited.yaml"
    edited_path.write_text(text, "utf-8")
    edited = load_persona(edited_path).value
    assert edited is not None
    result = replay_report(edited, bundle.account, replay_actions(old.events))
    assert not result.fitted and result.applied == 2
    assert result.stopped_at is not None and str(result.stopped_at) == "@identify.verify"
    assert result.reason
    assert result.session.state == "identify"  # the call stays where the edit still fits


def test_file_watch(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("a: 1\n")
    watch = FileWatch(path)
    assert not watch.changed()
    path.write_text("a: 22\n")
    assert watch.changed() and not watch.changed()
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert watch.changed()
    path.unlink()
    assert not watch.changed()  # gone mid-save: not a change until it is back
    path.write_text("a: 333\n")
    assert watch.changed()
