"""Kill the real ``mockcall play`` at random points of a call, resume it, finish it the same
way: the score card equals the one of the same call played without interruption.

Real process, real pseudo-terminal, real clock, real SQLite file.  The keys a trainee would press
are worked out from each persona's declared best path, played in-process first: that tells the
number each option has on screen, the position of each tool in the tools list and the call-list
entry to dial.  Kill points are drawn with a fixed seed among the steps of the call, and always
include one while the customer is on hold (where the path holds), one right after a tool was
used and one on the after-call-work screen.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from terminal import Terminal  # tests/integration/terminal.py

from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.loader import load_library
from mockcall.core.simulate import parse_path, play_step
from mockcall.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
MOCKCALL = str(Path(sys.executable).with_name("mockcall"))
TRAINEE = "Rina"
NOTES = "Issue checked, action taken, ticket reference given, follow-up by tomorrow."


@dataclass(frozen=True)
class KeyStep:
    """What the trainee presses for one step of the path, and what the engine is in after."""

    label: str
    keys: tuple[str, ...]
    phase: str


@dataclass(frozen=True)
class Case:
    persona: str
    seed: int
    kills: int


CASES = [
    Case("telco-darmawan-repeat-outage", 3, 6),  # inbound call: tools, a hold
    Case("outbound-agus-consent-dnc", 5, 5),  # outbound: the call list and the dialler
    Case("shop-miller-refund-delay", 11, 5),  # chat, English: typed option numbers, tools
    Case("bank-whitfield-suspicious-transaction", 7, 5),  # English call: several tools on hold
]


def plan_keys(persona_id: str, seed: int) -> list[KeyStep]:
    """The trainee's keys for the persona's first declared path, checked in-process."""
    library = load_library([ROOT / "personas"])
    persona = library.persona(persona_id)
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    account, typed = bundle.account, persona.channel != "call"
    clock = ManualClock()
    session = CallSession(
        persona, account, rubric=bundle.rubric, seed=seed, clock=clock, trainee=TRAINEE
    )
    session.start()
    steps: list[KeyStep] = []
    if session.phase == "ringing":
        session.answer()
        steps.append(KeyStep("answer", ("a",), session.phase))
    path = parse_path(persona.tests[0].path)
    assert isinstance(path, list)
    tools = [t.id for t in account.tools]
    for step in path:
        if step.kind in ("wait", "kb"):
            continue  # no real waiting in a test; the KB changes nothing the score reads
        if step.kind == "acw":
            break
        if step.kind in ("choose", "option"):
            # Paths name options in file order; the screen shuffles them: the key is the
            # option's place on screen, which the engine records with what was said.
            if play_step(session, clock, step, persona, account) is not None:
                break
            said = [e for e in session.events if e.kind == "agent_said"][-1].data
            number = list(said["shown"]).index(said["option"]) + 1
            keys: tuple[str, ...] = (str(number), "enter") if typed else (str(number),)
            steps.append(KeyStep(str(step), keys, session.phase))
            continue
        if step.kind == "tool":
            if session.phase == "dialing":
                continue  # the call list keeps the focus for the dial that follows
            lead = ("escape",) if typed else ()  # leave the reply box first
            keys = (*lead, "u", *("down",) * tools.index(step.arg), "enter")
            if typed:
                keys = (*keys, "escape")  # back to the reply box
        elif step.kind == "dial":
            entries = [e.id for e in persona.call_list]
            keys = (*("down",) * entries.index(step.arg), "d")
        elif step.kind == "control" and step.arg in ("hold", "unhold"):
            keys = ("h",)
        else:
            break
        if play_step(session, clock, step, persona, account) is not None:
            break
        steps.append(KeyStep(str(step), keys, session.phase))
    if session.phase == "on_hold":
        session.unhold()
        steps.append(KeyStep("unhold", ("h",), session.phase))
    assert session.phase == "acw", f"{persona_id}: the path does not end the call"
    steps.append(KeyStep("acw", ("notes", "tab", "enter", "ctrl+s"), "done"))
    session.detach()
    return steps


def kill_points(steps: list[KeyStep], count: int, seed: int) -> list[int]:
    """Indices of steps after which the process is killed (drawn, plus the required ones)."""
    rng = random.Random(seed)
    last = len(steps) - 1  # never after the final step: the call is scored by then
    required = {last - 1}  # on the ACW screen, the call ended, the form not yet submitted
    holds = [i for i, s in enumerate(steps[:last]) if s.phase == "on_hold"]
    tools = [i for i, s in enumerate(steps[:last]) if s.label.startswith("tool:")]
    if holds:
        required.add(holds[0])
    if tools:
        required.add(tools[-1])
    others = [i for i in range(last) if i not in required]
    drawn = rng.sample(others, max(0, min(len(others), count - len(required))))
    return sorted(required | set(drawn))


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[[Path, Case], Terminal]]:
    """Start ``mockcall play`` on a pty; every program started is killed when the test ends."""
    started: list[Terminal] = []
    env = {**os.environ, "MOCKCALL_DATA_DIR": str(tmp_path), "MOCKCALL_LANG": "en"}
    env.pop("MOCKCALL_DB", None)

    def run(db: Path, case: Case) -> Terminal:
        argv = [MOCKCALL, "play", case.persona, "--seed", str(case.seed), "--db", str(db)]
        term = Terminal([*argv, "--trainee", TRAINEE, "--lang", "en"], env=env, cwd=ROOT)
        started.append(term)
        return term

    yield run
    for term in started:
        term.kill()


def stored_events(db: Path) -> int:
    """How many events the store holds (read-only: the program under test owns the file)."""
    if not db.exists():
        return 0
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
        except sqlite3.OperationalError:  # the schema is being created
            return 0


def play(term: Terminal, step: KeyStep, db: Path) -> None:
    """Press a step's keys, then wait until its events are in the store and the screen is
    still: a kill after this loses nothing the step did, and the next key meets a settled
    screen however loaded the machine is."""
    before = stored_events(db)
    for key in step.keys:
        if key == "notes":
            term.wait_for("Submit ACW")
            term.settle(quiet=0.8)  # the form is built and the notes box has the focus
            term.type(NOTES)
        elif key == "escape" or (key in ("tab", "enter") and step.label == "acw"):
            # focus moves; and a key sent right behind an Escape could be read as Alt+key
            term.press(key)
            term.settle(quiet=0.6)
        else:
            term.press(key)
    deadline = time.monotonic() + 30
    while stored_events(db) <= before:
        assert time.monotonic() < deadline, f"step {step.label} stored nothing:\n{term.text()}"
        term.pump(0.05)
    term.settle()


def first_screen(term: Terminal, case: Case) -> None:
    """Until the call is ready for the trainee's first key: it rings, dials or is connected
    (a new call waits while the app checks the store for an unfinished one)."""
    persona = load_library([ROOT / "personas"]).persona(case.persona)
    assert persona is not None
    if persona.channel != "call":
        term.wait_for("ON CALL")
    else:
        term.wait_for("DIALLING" if persona.direction == "outbound" else "RINGING")
    term.settle()


def played_card(db: Path) -> dict[str, Any]:
    """The stored score card, without times (real-clock seconds differ run to run)."""
    store = SQLiteStore(db)
    try:
        [meta] = store.sessions()
        assert meta.status == "finished", meta.status
        card = store.scorecard(meta.id)
        assert card is not None
        events = store.events(meta.id)
    finally:
        store.close()
    return {
        "total": card["total"],
        "passed": card["passed"],
        "ending": card["ending"],
        "criteria": [(c["id"], c["status"], c["points"]) for c in card["criteria"]],
        "events": [(e.kind, {k: v for k, v in e.data.items() if k != "seconds"}) for e in events],
    }


@pytest.mark.parametrize("case", CASES, ids=[c.persona for c in CASES])
def test_a_killed_call_resumes_and_scores_as_if_never_killed(
    case: Case, tmp_path: Path, start: Callable[[Path, Case], Terminal]
) -> None:
    steps = plan_keys(case.persona, case.seed)
    kills = kill_points(steps, case.kills, case.seed)

    whole = tmp_path / "whole.sqlite3"
    term = start(whole, case)
    first_screen(term, case)
    for step in steps:
        play(term, step, whole)
    term.wait_for("Scorecard")
    term.kill()

    broken = tmp_path / "broken.sqlite3"
    term = start(broken, case)
    first_screen(term, case)
    for i, step in enumerate(steps):
        play(term, step, broken)
        if i in kills:
            term.kill()
            term = start(broken, case)
            term.wait_for("An unfinished call was found")
            term.press("r")
            term.wait_for({"on_hold": "ON HOLD", "acw": "Submit ACW"}.get(step.phase, TRAINEE))
            term.settle()
    term.wait_for("Scorecard")
    term.kill()

    assert len(kills) >= case.kills
    resumed, uninterrupted = played_card(broken), played_card(whole)
    first_difference = next(
        (
            (i, a, b)
            for i, (a, b) in enumerate(
                zip(resumed["events"], uninterrupted["events"], strict=False)
            )
            if a != b
        ),
        None,
    )
    assert first_difference is None, f"kills after steps {kills}: {first_difference}"
    assert resumed == uninterrupted
