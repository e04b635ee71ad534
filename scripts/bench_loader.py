"""Loading cost: load_library + validate_library vs a bare ``yaml.load`` with CSafeLoader.

Generates N copies of the demonstration persona (distinct ids) in one account folder in a
temporary directory, then times both over the same files, interleaved, best of several runs.
The target is a ratio of at most 1.5.

    python scripts/bench_loader.py [N] [ROUNDS]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from mockcall.core.loader import load_library
from mockcall.core.validate import validate_library

ROOT = Path(__file__).resolve().parents[1]
TELCO = ROOT / "personas" / "telco"


def generate(folder: Path, count: int) -> list[Path]:
    account = folder / "telco"
    shutil.copytree(TELCO, account)
    for extra in account.glob("*.yaml"):
        if extra.name not in ("account.yaml", "rubric.yaml"):
            extra.unlink()
    base = (TELCO / "darmawan-repeat-outage.yaml").read_text(encoding="utf-8")
    for i in range(count):
        text = base.replace("id: telco-darmawan-repeat-outage", f"id: telco-copy-{i:04d}")
        (account / f"copy-{i:04d}.yaml").write_text(text, encoding="utf-8")
    return sorted(account.glob("*.yaml"))


def rows(count: int = 200, rounds: int = 5) -> list[tuple[str, str, str]]:
    """Rows for scripts/bench.py: both timings and their ratio (best of ``rounds``)."""
    best = measure(count, rounds)
    return [
        (f"bare CSafeLoader parse, {count} personas", f"{best['bare'] * 1e3:.0f} ms", "baseline"),
        (f"load + validate, {count} personas", f"{best['ours'] * 1e3:.0f} ms", ""),
        ("load + validate / bare parse", f"{best['ours'] / best['bare']:.2f}x", "<= 1.5x"),
    ]


def measure(count: int, rounds: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp), count)

        def bare() -> None:
            for f in files:
                yaml.load(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

        def ours() -> None:
            validate_library(load_library([tmp]))

        runs: dict[str, list[float]] = {"bare": [], "ours": []}
        tasks: dict[str, Callable[[], None]] = {"bare": bare, "ours": ours}
        for task in tasks.values():
            task()
        for _ in range(rounds):
            for name, task in tasks.items():
                start = time.perf_counter()
                task()
                runs[name].append(time.perf_counter() - start)
        return {name: min(values) for name, values in runs.items()}


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    for name, value, target in rows(count, rounds):
        print(f"{name:<40}{value:>12}  {target}")


if __name__ == "__main__":
    main()
