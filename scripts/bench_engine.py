"""Engine step latency: how long one trainee choice takes, from choose() to events appended.

The UI calls the engine on the key press, so a step must be far below a frame (16 ms); the
target is p99 <= 200 µs. The persona is built in Python (a ring of states with several options,
mood effects, a tool-gated option and reply lines) so the benchmark needs no loader or files.

Run standalone: ``python scripts/bench_engine.py``; ``scripts/bench.py`` imports
:func:`bench_engine`.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from benchutil import percentile

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mockcall.core.engine import CallSession, ManualClock, clear_machine_cache
from mockcall.core.model import (
    Account,
    Condition,
    Customer,
    Mood,
    Option,
    Persona,
    Reactions,
    Sop,
    State,
    Tool,
)

TARGET = "p99 ≤ 200 µs"
RING = 12


def _persona() -> Persona:
    states: dict[str, State] = {}
    for i in range(RING):
        nxt = f"s{(i + 1) % RING}"
        states[f"s{i}"] = State(
            say=(f"Line {i} for {{customer.name}}.", f"Variant {i}.", f"Third {i}."),
            again=(f"Again {i}.",),
            options=(
                Option(
                    id=f"s{i}.good",
                    text="Thank you {customer.title} {customer.name}.",
                    acts=("empathize", "use_name"),
                    goto=nxt,
                    reply=("Fine.",),
                ),
                Option(id=f"s{i}.bad", text="No.", acts=("rude",), goto=nxt),
                Option(
                    id=f"s{i}.tool",
                    text="I checked: {facts.eta}.",
                    acts=("explain",),
                    when=Condition(tools_used=("lookup",)),
                    goto=nxt,
                ),
                Option(id=f"s{i}.stay", text="Hmm?", acts=("probe",), reveal=("eta",)),
            ),
        )
    return Persona(
        id="bench-ring",
        title="Benchmark ring",
        account="bench",
        customer=Customer(name="Sari", title="Ibu"),
        facts={"eta": "tomorrow"},
        mood=Mood(
            start=40,
            escalate_at=101,
            hangup_at=101,
            acts={"empathize": -3, "use_name": -2, "rude": 6},
        ),
        start="s0",
        states=states,
        endings=("resolved",),
        reactions=Reactions(repeat=("You said that.",), dead_air=("Hello?",)),
    )


def _account() -> Account:
    return Account(id="bench", name="Bench", sop=Sop(), tools=(Tool(id="lookup"),))


def measure(steps: int = 20_000) -> dict[str, float]:
    """Latencies in µs of choose() (p50, p99, mean) and of a session start (mean)."""
    clear_machine_cache()
    persona, account = _persona(), _account()
    choose_us: list[float] = []
    start_us: list[float] = []
    perf = time.perf_counter
    done = 0
    while done < steps:
        clock = ManualClock()
        t = perf()
        session = CallSession(persona, account, clock=clock, seed=done)
        session.start()
        session.answer()
        start_us.append((perf() - t) * 1e6)
        session.use_tool("lookup")
        for i in range(200):
            clock.advance(3)
            number = 1 + (i * 7) % 4
            t = perf()
            session.choose(number)
            choose_us.append((perf() - t) * 1e6)
            done += 1
        session.end_call()
        session.submit_acw("notes", "none")
        session.detach()
    choose_us.sort()
    return {
        "p50": percentile(choose_us, 0.50),
        "p99": percentile(choose_us, 0.99),
        "mean": statistics.fmean(choose_us),
        "start_mean": statistics.fmean(start_us),
    }


def bench_engine() -> list[tuple[str, str, str]]:
    """Rows (name, value, target) for scripts/bench.py's table."""
    m = measure()
    return [
        ("engine step p50 (choose → events)", f"{m['p50']:.1f} µs", TARGET),
        ("engine step p99 (choose → events)", f"{m['p99']:.1f} µs", TARGET),
        ("engine step mean", f"{m['mean']:.1f} µs", TARGET),
        ("session start + answer (add_model)", f"{m['start_mean']:.1f} µs", "-"),
    ]


if __name__ == "__main__":
    for name, value, target in bench_engine():
        print(f"{name:40} {value:>12}   {target}")
