"""Trainee-UI benchmarks: cold start, key-to-screen latency, memory during a call.

Cold start is measured in subprocesses against a bare Textual app started the same way in the
same run (both headless, both exiting as soon as their first screen is drawn), so the ratio
means the same on any machine. Latency and memory are measured in one Pilot session playing a
tiny fixture persona with a manual clock.

    python scripts/bench_tui.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "data" / "personas" / "tui"
PERSONA = "tui-inbound-basic"
HEADLESS = "textual.drivers.headless_driver:HeadlessDriver"
Row = tuple[str, str, str]

#: A bare Textual app that exits once its first screen is drawn, like mockcall's hook does.
HELLO = """
from textual.app import App
from textual.widgets import Static
class Hello(App):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        self.call_after_refresh(self.exit)
Hello().run()
"""


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "TEXTUAL_DRIVER": HEADLESS,
        "MOCKCALL_EXIT_AFTER_FIRST_SCREEN": "1",
        "MOCKCALL_LANG": "en",
        # never the user's sessions database (the app does not open it before exiting anyway)
        "MOCKCALL_DB": str(Path(tempfile.gettempdir()) / "mockcall-bench.sqlite3"),
    }


def _warm_up(argv: list[str]) -> None:
    """One untimed run that may write bytecode caches, as any first run of Python does.

    With PYTHONDONTWRITEBYTECODE set (as in some dev and CI shells) the ``.pyc`` files of a
    package edited since they were written stay stale, so every timed run would recompile its
    changed modules while the installed Textual's caches are fresh: a cost no user pays after
    their first start. The same warm-up is run for both commands, and it warms the file cache.
    """
    env = {k: v for k, v in _env().items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(argv, check=True, capture_output=True, env=env, timeout=60)


def _median_runs(*commands: list[str], runs: int = 7) -> list[float]:
    """The median time of each command. The commands take turns, run after run, so a burst of
    load on the machine slows them alike instead of whichever was being timed then."""
    for argv in commands:
        _warm_up(argv)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for argv, spent in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True, env=_env(), timeout=60)
            spent.append(time.perf_counter() - start)
    return [statistics.median(spent) for spent in times]


def cold_start() -> list[Row]:
    python = sys.executable
    play = [python, "-m", "mockcall", "play", PERSONA, "--personas", str(FIXTURES), "--seed", "1"]
    play += ["--trainee", "Rina"]  # the call screen, never the first-start name dialog
    bare, ours = _median_runs([python, "-c", HELLO], play)
    return [
        ("bare Textual app to first screen", f"{bare * 1e3:.0f} ms", "baseline"),
        ("mockcall play to first screen", f"{ours * 1e3:.0f} ms", ""),
        ("mockcall play / bare Textual", f"{ours / bare:.2f}x", "<= 1.3x"),
    ]


async def _session(settle: bool = True) -> tuple[list[float], int]:
    """Play the fixture call's first reply several times; time key -> new line laid out.

    ``settle``: let the answered call's screen finish its first frames before the key, as a
    trainee reading the customer's first line does (the side panels are mounted just after
    the first frame); without it the key is pressed the instant the call is answered.
    """
    from textual import events

    from mockcall.core.engine import ManualClock
    from mockcall.core.loader import load_library
    from mockcall.tui.app import MockcallApp
    from mockcall.tui.plan import CallPlan
    from mockcall.tui.widgets.conversation import Conversation, Line

    library = load_library([FIXTURES])
    persona = library.persona(PERSONA)
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None
    samples: list[float] = []
    for seed in range(8):
        plan = CallPlan(persona, bundle, seed, "practice", "Rina", seed_fixed=True)
        app = MockcallApp(library, start=plan, clock=ManualClock(), trainee="Rina")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("a")
            if settle:
                await pilot.pause()
                await asyncio.sleep(0.2)
                await pilot.pause()
            conversation = app.screen.query_one(Conversation)
            before = len(conversation.query(Line))
            start = time.perf_counter()
            app.post_message(events.Key("1", "1"))
            while True:
                await asyncio.sleep(0.0005)
                shown = list(conversation.query(Line))
                if len(shown) > before and shown[-1].region.height > 0:
                    break
            samples.append(time.perf_counter() - start)
            await pilot.press("2", "1")  # finish the call: ACW is where memory peaks next
    return samples, _rss_kib()


def _rss_kib() -> int:
    """Peak resident memory of this process (VmHWM), in KiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _measure() -> dict[str, object]:
    samples, rss = asyncio.run(_session())
    hasty, _ = asyncio.run(_session(settle=False))
    return {"samples": samples, "hasty": hasty, "rss": rss}


def session() -> list[Row]:
    """Measured in a fresh process: its peak memory is the calls', not what ran before it
    (bench.py runs every section in one process, the store's 100,000 sessions included)."""
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]); "
        "import bench_tui; print(json.dumps(bench_tui._measure()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "scripts"), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    import json

    measured = json.loads(done.stdout.strip().splitlines()[-1])
    samples, hasty, rss = measured["samples"], measured["hasty"], measured["rss"]
    p50 = statistics.median(samples) * 1e3
    worst = max(samples) * 1e3
    return [
        ("option key -> customer line on screen (p50)", f"{p50:.1f} ms", "<= 50 ms"),
        ("option key -> customer line on screen (max of 8)", f"{worst:.1f} ms", ""),
        (
            "same, key pressed the instant the call is answered",
            f"{statistics.median(hasty) * 1e3:.1f} ms",
            "p50, side panels still mounting",
        ),
        ("peak RSS during calls (Pilot process)", f"{rss / 1024:.0f} MB", "<= 80 MB"),
    ]


def rows() -> list[Row]:
    return cold_start() + session()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for name, value, target in rows():
        print(f"{name:<50} {value:>10}  {target}")
