"""Benchmark of the free-text act recogniser: speed per reply and held-out accuracy.

``rows()`` is imported by ``scripts/bench.py``; run this file alone for a printed table.
Speed is measured single-threaded over every labelled reply (tune + held-out) after one
warm-up pass, because the engine calls the recogniser once per typed reply on the UI thread.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from benchutil import percentile, print_rows

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mockcall.core.acts import load_lexicon, recognise  # noqa: E402
from mockcall.core.acts_eval import Sample, evaluate, load_samples  # noqa: E402

DATA = ROOT / "tests" / "data" / "utterances"


def _samples() -> tuple[list[Sample], list[Sample]]:
    return load_samples(DATA / "tune.yaml"), load_samples(DATA / "heldout.yaml")


def rows(repeat: int = 5) -> list[tuple[str, str, str]]:
    """(name, value, target) rows: throughput, p50/p99 latency, held-out micro/macro F1."""
    tune, heldout = _samples()
    allset = tune + heldout
    t0 = time.perf_counter()
    for loc in ("id", "en"):
        load_lexicon(loc)
    build = time.perf_counter() - t0
    for s in allset:
        recognise(s.text, s.locale)
    times: list[float] = []
    start = time.perf_counter()
    for _ in range(repeat):
        for s in allset:
            a = time.perf_counter()
            recognise(s.text, s.locale)
            times.append(time.perf_counter() - a)
    total = time.perf_counter() - start
    times.sort()
    p50 = percentile(times, 0.50) * 1000
    p99 = percentile(times, 0.99) * 1000
    rep = evaluate(heldout)
    return [
        ("acts: lexicon load (id+en, cached)", f"{build * 1000:.1f} ms", "once per locale"),
        ("acts: utterances/s", f"{len(times) / total:,.0f}", ">= 2000"),
        ("acts: p50 per reply", f"{p50:.3f} ms", ""),
        ("acts: p99 per reply", f"{p99:.3f} ms", "<= 2 ms"),
        ("acts: held-out micro-F1", f"{rep.micro_f1:.3f}", ">= 0.90"),
        ("acts: held-out macro-F1", f"{rep.macro_f1:.3f}", ">= 0.80"),
        ("acts: held-out exact match", f"{rep.exact_match:.3f}", ""),
    ]


def main() -> None:
    print_rows(rows())


if __name__ == "__main__":
    main()
