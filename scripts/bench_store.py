"""Session store benchmarks: append latency, a filtered page over 100 000 sessions, export.

``rows()`` returns (name, value, target) for the project benchmark table; run standalone to
print them.  Data is synthetic and generated fast (executemany in one transaction) in a
temporary folder, so the numbers measure the store, not the engine.

    python scripts/bench_store.py [--sessions N] [--events-per-session K]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mockcall.commands.export import export  # noqa: E402
from mockcall.core.events import Event  # noqa: E402
from mockcall.store.api import NewSession, SessionFilter  # noqa: E402
from mockcall.store.query import section_scores  # noqa: E402
from mockcall.store.sqlite import SQLiteStore  # noqa: E402

SECTIONS = ("opening", "verification", "listening", "empathy", "resolution", "hold", "closing")
TRAINEES = [f"trainee-{i:03d}" for i in range(200)]
ACCOUNTS = ["telco", "bank", "shop", "airline"]
PERSONAS = [f"persona-{i:02d}" for i in range(40)]


def append_latency(folder: Path, n: int = 2000) -> tuple[float, float]:
    """p50 and p99 of one committed ``append`` (ms) on a fresh database."""
    with SQLiteStore(folder / "append.db") as store:
        sid = store.begin(NewSession(trainee="bench", account="telco", persona="p"))
        times: list[float] = []
        for seq in range(n):
            event = Event(seq, seq * 1.5, "agent_said", {"text": "Selamat pagi " * 5, "acts": []})
            t0 = time.perf_counter()
            store.append(sid, event)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def _card(rng: random.Random) -> dict[str, object]:
    sections = [
        {
            "id": s,
            "title": s,
            "weight": 10,
            "effective_weight": 10,
            "earned": 1,
            "possible": 1,
            "score": rng.choice((0.0, 0.5, 1.0)),
            "na": rng.random() < 0.1,
        }
        for s in SECTIONS
    ]
    total = round(rng.uniform(40, 100), 1)
    fatal = ["verify_before_disclose"] if rng.random() < 0.1 else []
    return {
        "rubric_id": "telco-inbound",
        "rubric_version": 2,
        "rubric_hash": "h" * 64,
        "total": total,
        "passed": total >= 85 and not fatal,
        "pass_mark": 85,
        "fatal_failures": fatal,
        "sections": sections,
        "criteria": [],
        "ending": "resolved",
    }


def build(path: Path, sessions: int, events_per: int, seed: int = 7) -> None:
    """Synthetic sessions and events, written with executemany in one transaction."""
    SQLiteStore(path).close()  # create the schema the normal way
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    session_rows = []
    event_rows = []
    for i in range(sessions):
        sid = f"s{i:07d}"
        day = 1 + i * 365 // sessions
        started = f"2026-{1 + (day - 1) // 31 % 12:02d}-{1 + (day - 1) % 28:02d}T09:00:00.000Z"
        card = _card(rng)
        card_json = json.dumps(card)
        session_rows.append(
            (
                sid,
                rng.choice(TRAINEES),
                rng.choice(ACCOUNTS),
                rng.choice(PERSONAS),
                "practice",
                i,
                "call",
                "inbound",
                started,
                started,
                "finished",
                "resolved",
                "h" * 64,
                card_json,
                card_json,
                card["total"],
                int(bool(card["passed"])),
                len(card["fatal_failures"]),
                json.dumps(card["fatal_failures"]),  # type: ignore[arg-type]
                json.dumps(section_scores(card)),
                "telco-inbound",
                2,
                card["total"],
                int(bool(card["passed"])),
                float(events_per),
            )
        )
        for seq in range(events_per):
            event_rows.append(
                (sid, seq, float(seq), "customer_said", '{"text":"halo, internet saya mati lagi"}')
            )
        if len(event_rows) > 200_000:
            conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?)", event_rows)
            event_rows.clear()
    conn.executemany(
        "INSERT INTO sessions(id, trainee, account, persona, mode, seed, channel, direction,"
        " started_at, ended_at, status, ending, rubric_hash, scorecard, original_scorecard,"
        " total, passed, fatal_count, fatal_failures, section_scores, rubric_id,"
        " rubric_version, original_total, original_passed, duration)"
        " VALUES (" + ", ".join("?" * 25) + ")",
        session_rows,
    )
    conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?)", event_rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def filtered_page(path: Path) -> float:
    """Worst of several filtered, sorted pages (ms) over the whole table."""
    filters = [
        SessionFilter(trainee="trainee-042"),
        SessionFilter(account="bank", passed=False),
        SessionFilter(persona="persona-07", sort="total"),
        SessionFilter(date_from="2026-06-01", date_to="2026-06-30", fatal=True),
        SessionFilter(),
        SessionFilter(offset=5000),
    ]
    worst = 0.0
    with SQLiteStore(path) as store:
        store.sessions(filters[0])  # warm the page cache once, as a running TUI would be
        for where in filters:
            t0 = time.perf_counter()
            page = store.sessions(where)
            worst = max(worst, (time.perf_counter() - t0) * 1000)
            assert len(page) <= 50
    return worst


class _Sink(io.TextIOBase):
    """Counts what is written without keeping it: measures the exporter, not a buffer."""

    def __init__(self) -> None:
        self.chars = 0

    def write(self, s: str) -> int:
        self.chars += len(s)
        return len(s)


def export_run(path: Path, fmt: str, traced_sessions: int = 10_000) -> tuple[float, float, float]:
    """Seconds for the whole export (untraced), its output in MiB, and the peak traced memory
    (MiB) of exporting the first ``traced_sessions`` — tracemalloc triples run time, and a
    streaming export's peak does not grow with the number of sessions anyway."""
    everything = SessionFilter(sort="started_at", descending=False, limit=None)
    with SQLiteStore(path) as store:
        sink = _Sink()
        t0 = time.perf_counter()
        export(store, everything, fmt, sink)  # type: ignore[arg-type]
        seconds = time.perf_counter() - t0
        tracemalloc.start()
        export(store, replace(everything, limit=traced_sessions), fmt, _Sink())  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return seconds, sink.chars / 2**20, peak / 2**20


def rows(sessions: int = 100_000, events_per: int = 8) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="mockcall-bench-") as tmp:
        folder = Path(tmp)
        p50, p99 = append_latency(folder)
        out.append(("store: append event p50", f"{p50:.3f} ms", "-"))
        out.append(("store: append event p99", f"{p99:.3f} ms", "<= 5 ms"))
        db = folder / "big.db"
        t0 = time.perf_counter()
        build(db, sessions, events_per)
        out.append(
            (
                f"store: build {sessions} synthetic sessions",
                f"{time.perf_counter() - t0:.1f} s",
                "-",
            )
        )
        out.append(
            (f"store: filtered page over {sessions}", f"{filtered_page(db):.1f} ms", "< 50 ms")
        )
        for fmt in ("csv", "json", "xapi"):
            seconds, size, peak = export_run(db, fmt)
            out.append(
                (
                    f"store: export {fmt} {sessions} sessions",
                    f"{seconds:.1f} s, {size:.0f} MiB out, peak {peak:.1f} MiB",
                    "streams (peak << output)",
                )
            )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--events-per-session", type=int, default=8)
    args = parser.parse_args()
    table = rows(args.sessions, args.events_per_session)
    width = max(len(r[0]) for r in table)
    vwidth = max(len(r[1]) for r in table)
    for name, value, target in table:
        print(f"{name:<{width}}  {value:<{vwidth}}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
