"""Shared by the store tests: a fast-failing store on a tmp file, and real recorded calls.

Calls are played by the simulator on the bundled telco persona, so the logs the store keeps in
these tests are exactly what the engine writes, and the scorecards are the scorer's.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from mockcall.core.events import Event
from mockcall.core.loader import load_library
from mockcall.core.model import Account, Persona, Rubric
from mockcall.core.simulate import Playthrough, play_path
from mockcall.store.api import NewSession
from mockcall.store.recorder import Recorder
from mockcall.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
PERSONA_ID = "telco-darmawan-repeat-outage"
RUBRIC_PATH = ROOT / "personas" / "telco" / "rubric.yaml"
BEST = "1,tool:account_lookup,1,1,1,tool:network_status,wait:40,unhold,1,tool:ticketing,1,1,1"
FATAL = "1,3,2,1,1,1"


def open_db(path: Path, **options: Any) -> SQLiteStore:
    """A store that gives up quickly when locked, so a failing test fails fast."""
    options = {"busy_timeout": 0.2, "retries": 2, "backoff": 0.01, **options}
    return SQLiteStore(path, **options)


@lru_cache(maxsize=1)
def telco() -> tuple[Persona, Account, Rubric]:
    library = load_library([ROOT / "personas"])
    persona = library.persona(PERSONA_ID)
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None and bundle.rubric is not None
    return persona, bundle.account, bundle.rubric


def play(path: str = BEST, trainee: str = "rina", seed: int = 0) -> Playthrough:
    persona, account, rubric = telco()
    played = play_path(persona, account, rubric, path, seed=seed, trainee=trainee)
    assert played.completed, played.refusals
    return played


def record_call(
    store: SQLiteStore,
    path: str = BEST,
    *,
    trainee: str = "rina",
    started_at: str | None = None,
    seed: int = 0,
) -> str:
    """Play a path and record it through a Recorder, as the TUI will; returns the session id."""
    played = play(path, trainee, seed)
    meta = NewSession.from_call_started(played.events[0], started_at=started_at)
    recorder = Recorder(store, meta, rubric=telco()[2])
    for event in played.events:
        recorder.on_event(event)
    return recorder.finish(played.scorecard)


def said(n: int) -> list[Event]:
    """``n`` hand-built events: a call_started then alternating lines."""
    out = [Event(0, 0.0, "call_started", {"persona": "p", "account": "a", "trainee": "t"})]
    for i in range(1, n):
        kind = "customer_said" if i % 2 else "agent_said"
        out.append(Event(i, float(i), kind, {"text": f"line {i}"}))
    return out
