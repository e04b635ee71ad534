"""Whole-process start-up of the trainee app, paired run by run against a bare Textual app.

Each row times a real ``mockcall`` process (headless driver, ``MOCKCALL_EXIT_AFTER_FIRST_SCREEN``
so it exits once its first screen is drawn) and, in the same run, a bare Textual app with a
``Footer`` started the same way. The ratio of each pair is taken, and the row reports the median
of those ratios: a burst of load on a shared machine slows both halves of a pair alike, so the
ratio stays honest where the two medians taken apart would not.

    python scripts/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = "textual.drivers.headless_driver:HeadlessDriver"
#: a bundled persona: what `mockcall play` is timed on
PERSONA = "bank-rizky-third-party"
Row = tuple[str, str, str]

#: The bare baseline: a screen with a footer (mockcall's screens all have a key legend).
BARE = """
from textual.app import App
from textual.widgets import Footer, Static
class Bare(App):
    BINDINGS = [("q", "quit", "Quit")]
    def compose(self):
        yield Static("hello")
        yield Footer()
    def on_mount(self):
        self.call_after_refresh(self.exit)
Bare().run()
"""


def _env(folder: str) -> dict[str, str]:
    env = {
        **os.environ,
        "TEXTUAL_DRIVER": HEADLESS,
        "MOCKCALL_EXIT_AFTER_FIRST_SCREEN": "1",
        "MOCKCALL_LANG": "en",
        "MOCKCALL_DB": str(Path(folder) / "bench.sqlite3"),
        "MOCKCALL_CONFIG_DIR": folder,  # no remembered name: the home screen as a first start
        "MOCKCALL_DATA_DIR": folder,
    }
    for name in ("MOCKCALL_PERSONAS", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)  # the bundled library; bytecode caches as any user has them
    return env


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env, timeout=60, cwd=ROOT)
    return time.perf_counter() - start


def paired(argv: list[str], runs: int = 9) -> tuple[float, float, float]:
    """(median bare seconds, median mockcall seconds, median of the paired ratios)."""
    bare_argv = [sys.executable, "-c", BARE]
    with tempfile.TemporaryDirectory() as folder:
        env = _env(folder)
        _time(bare_argv, env), _time(argv, env)  # warm-up: file cache and bytecode
        bare, ours = [], []
        for _ in range(runs):
            bare.append(_time(bare_argv, env))
            ours.append(_time(argv, env))
    ratios = [o / b for o, b in zip(ours, bare, strict=True)]
    return statistics.median(bare), statistics.median(ours), statistics.median(ratios)


def rows() -> list[Row]:
    mockcall = [sys.executable, "-m", "mockcall"]
    home = paired(mockcall)
    play = paired([*mockcall, "play", PERSONA, "--trainee", "Bench", "--seed", "1"])
    return [
        ("bare Textual app + Footer to first screen", f"{home[0] * 1e3:.0f} ms", "baseline"),
        ("mockcall (home, bundled library)", f"{home[1] * 1e3:.0f} ms", ""),
        ("mockcall home / bare (median of paired ratios)", f"{home[2]:.2f}x", "<= 1.3x"),
        (f"mockcall play {PERSONA}", f"{play[1] * 1e3:.0f} ms", ""),
        ("mockcall play / bare (median of paired ratios)", f"{play[2]:.2f}x", "<= 1.2x"),
    ]


if __name__ == "__main__":
    for name, value, target in rows():
        print(f"{name:<50} {value:>10}  {target}")
