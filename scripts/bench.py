"""mockcall benchmarks: one printed table, each figure beside its target.

Ratios are against a baseline measured in the same run on the same machine (a bare YAML parse,
a bare ``python -c pass``, a bare Textual app), so the numbers mean something on any machine.
Benchmarks are measurements, not tests: nothing here fails a build.

    python scripts/bench.py                 # everything
    python scripts/bench.py startup engine  # some sections
    python scripts/bench.py floor           # 50 seats on PostgreSQL ($MOCKCALL_BENCH_PG) and SQLite
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
Row = tuple[str, str, str]


def _module(name: str) -> object | None:
    path = HERE / f"{name}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _best_of(argv: list[str], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def startup() -> list[Row]:
    """`mockcall --help` and `mockcall validate` vs a bare interpreter start."""
    python = sys.executable
    bare = _best_of([python, "-c", "pass"])
    helped = _best_of([python, "-m", "mockcall", "--help"])
    personas = str(HERE.parent / "personas")
    validate = _best_of([python, "-m", "mockcall", "validate", personas], runs=5)
    return [
        ("python -c pass", f"{bare * 1e3:.0f} ms", "baseline"),
        ("mockcall --help", f"{helped * 1e3:.0f} ms", ""),
        ("mockcall --help / python -c pass", f"{helped / bare:.1f}x", "<= 8x"),
        ("mockcall validate personas", f"{validate * 1e3:.0f} ms", ""),
    ]


def _rows_of(name: str, attr: str = "rows") -> Callable[[], list[Row]]:
    def run() -> list[Row]:
        module = _module(name)
        if module is None or not hasattr(module, attr):
            return [(name, "not available", "")]
        result: list[Row] = getattr(module, attr)()
        return result

    return run


SECTIONS: dict[str, Callable[[], list[Row]]] = {
    "startup": startup,
    "loader": _rows_of("bench_loader"),
    "engine": _rows_of("bench_engine", "bench_engine"),
    "acts": _rows_of("bench_acts"),
    "matching": _rows_of("bench_matching"),
    "simulate": _rows_of("bench_sim"),
    "assessment": _rows_of("bench_assess"),
    "store": _rows_of("bench_store"),
    "qa": _rows_of("bench_qa"),
    "floor": _rows_of("bench_floor"),
    "tui": _rows_of("bench_tui"),
    "tui-startup": _rows_of("bench_startup"),
    "serve": _rows_of("bench_serve"),
}


def main(argv: list[str]) -> int:
    chosen = argv or list(SECTIONS)
    unknown = [c for c in chosen if c not in SECTIONS]
    if unknown:
        print(f"unknown section(s): {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
        return 2
    table: list[tuple[str, str, str, str]] = []
    for name in chosen:
        started = time.perf_counter()
        try:
            rows = SECTIONS[name]()
        except Exception as exc:  # a broken benchmark should not hide the others
            rows = [(name, f"error: {type(exc).__name__}: {exc}", "")]
        elapsed = time.perf_counter() - started
        table += [(name, *row) for row in rows]
        print(f"[{name} done in {elapsed:.1f}s]", file=sys.stderr)
    widths = [
        max(len(r[i]) for r in [("section", "measure", "value", "target"), *table])
        for i in range(4)
    ]
    header = ("section", "measure", "value", "target")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
