"""Re-score a sessions database with this mockcall and compare with the cards it stored.

A change that should not change behaviour (a refactor of the engine, the scorer or the loader)
must leave every stored call scoring exactly as it did. Two steps, usually with two versions
of mockcall:

    python scripts/rescore.py --db calls.sqlite3 --fill 40   # with the old version: play calls
    python scripts/rescore.py --db calls.sqlite3             # with the new one: re-score them

``--fill N`` plays N seeded calls per bundled persona — random keys, holds, tools, typed
replies, hang-ups — through the recorder into the database, as the trainee app would.
Without it, every finished session is scored again from its event log and its frozen rubric
and compared with the stored card (before overrides); exit 1 if any differs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def fill(db: str, per_persona: int) -> int:
    from mockcall.core.engine import CallSession, ManualClock
    from mockcall.core.loader import load_library
    from mockcall.core.scoring import score
    from mockcall.store.recorder import Recorder
    from mockcall.store.sqlite import SQLiteStore

    library = load_library([ROOT / "personas"])
    store = SQLiteStore(Path(db))
    stored = 0
    for persona in library.personas():
        bundle = library.bundle_for(persona)
        assert bundle is not None and bundle.rubric is not None
        for seed in range(per_persona):
            rng = random.Random(f"{persona.id}/{seed}")
            clock = ManualClock(0.0)
            recorder = Recorder(store, rubric=bundle.rubric)
            s = CallSession(
                persona,
                bundle.account,
                rubric=bundle.rubric,
                seed=seed,
                clock=clock,
                trainee=f"t{seed % 5}",
                mode=rng.choice(["practice", "assessment"]),
                on_event=recorder.on_event,
            )
            s.start()
            _play(s, clock, rng)
            recorder.finish(score(s.events, bundle.rubric))
            stored += 1
    store.close()
    print(f"{db}: {stored} calls played and stored")
    return 0


def _play(s: Any, clock: Any, rng: random.Random) -> None:
    """Up to 40 random actions, then hang up and wrap up if the call is still going."""
    account = s.account
    typed = [("Selamat pagi, dengan Rina", ["greet"], 0.9), ("mohon tunggu", ["hold_request"], 0.7)]
    for _ in range(rng.randint(3, 40)):
        clock.advance(rng.uniform(1, 25))
        roll = rng.random()
        if s.phase == "ringing":
            s.answer()
        elif s.phase == "dialing" and s.persona.call_list:
            s.dial(rng.choice(s.persona.call_list).id)
        elif roll < 0.6:
            s.choose(rng.randint(1, 4))
        elif roll < 0.7:
            s.hold() if s.phase != "on_hold" else s.unhold()
        elif roll < 0.8 and account.tools:
            s.use_tool(rng.choice(account.tools).id)
        elif roll < 0.85:
            s.say_free(*rng.choice(typed))
        elif roll < 0.9:
            s.poll()
        if s.phase in ("acw", "done"):
            break
    if s.phase not in ("acw", "done"):
        s.end_call()
    if s.phase == "acw" and account.dispositions:
        clock.advance(rng.uniform(5, 90))
        s.submit_acw("notes", rng.choice(account.dispositions).id)


def rescore(db: str) -> int:
    from mockcall.core.scoring import score
    from mockcall.store.api import SessionFilter
    from mockcall.store.rubrics import rubric_from_text
    from mockcall.store.sqlite import SQLiteStore

    store = SQLiteStore(Path(db))
    same = different = 0
    for meta in store.sessions(SessionFilter(status="finished", limit=None)):
        text = store.rubric_text(meta.rubric_hash or "")
        stored = store.original_scorecard(meta.id)
        if text is None or stored is None:
            continue
        log = [e for e in store.events(meta.id) if e.kind != "override"]
        card = json.loads(json.dumps(score(log, rubric_from_text(text)).to_dict()))
        if card == stored:
            same += 1
        else:
            different += 1
            changed = sorted(k for k in card.keys() | stored.keys() if card.get(k) != stored.get(k))
            print(f"{meta.id} {meta.persona}: differs in {', '.join(changed)}")
    store.close()
    print(f"{db}: {same} sessions score as stored, {different} differ")
    return 1 if different else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--fill", type=int, metavar="N", help="play N calls per persona first")
    args = parser.parse_args()
    return fill(args.db, args.fill) if args.fill else rescore(args.db)


if __name__ == "__main__":
    sys.exit(main())
