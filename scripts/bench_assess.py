"""Can an assessment be gamed? Press one key at every turn on every bundled persona.

``rows()`` returns (measure, value, target) rows for scripts/bench.py; run standalone to print
them. Each persona is played with 20 seeds in assessment mode (options shuffled), once pressing
``1`` at every turn and once the last number on screen (``simulate.play_one_key``); the rows
give the best total either reaches, where, and how many of those calls passed (target: none).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = range(20)


def rows() -> list[tuple[str, str, str]]:
    from mockcall.core.loader import load_library
    from mockcall.core.simulate import play_one_key

    lib = load_library([ROOT / "personas"])
    out: list[tuple[str, str, str]] = []
    for key, label in (("first", "always 1"), ("last", "always the last key")):
        best = (-1.0, "", 0)
        passed = calls = 0
        turns = 0
        for persona in sorted(lib.personas(), key=lambda p: p.id):
            bundle = lib.bundle_for(persona)
            if bundle is None or bundle.rubric is None:
                continue
            for seed in SEEDS:
                run = play_one_key(persona, bundle.account, bundle.rubric, key, seed=seed)
                card = run.scorecard
                calls += 1
                turns = max(turns, sum(1 for e in run.events if e.kind == "agent_said"))
                if card is None:
                    continue
                passed += card.passed
                if card.total > best[0]:
                    best = (card.total, persona.id, seed)
        out += [
            (
                f"'{label}' assessment: best score",
                f"{best[0]:.1f}",
                f"{best[1]} seed {best[2]}; must not pass",
            ),
            (f"'{label}' assessment: calls passed", f"{passed}/{calls}", "target 0"),
            (f"'{label}' assessment: longest call", f"{turns} turns", "every call ends"),
        ]
    return out


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from benchutil import print_rows

    print_rows(rows())
