"""Loading cost: ``mockcall validate`` vs a bare ``yaml.load`` with CSafeLoader.

Two measures, each against a bare CSafeLoader parse of the same files, timed in the same run:

* in process: N copies of the demonstration persona (distinct ids) in one account folder,
  ``load_library`` + ``validate_library`` vs ``yaml.load`` of every file, best of several runs;
* whole process: a library of 280 accounts and 1,050 personas (the bundled accounts copied 70
  times with unique ids: about 1,600 files), ``python -m mockcall validate TREE`` vs
  ``python -c`` looping ``yaml.load`` over the same files, the two commands alternated in pairs.
  Start-up and imports count here, as a trainer feels them.

The target is a ratio of at most 1.5 for both.

    python scripts/bench_loader.py [N] [ROUNDS]
"""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from mockcall.core.loader import load_library
from mockcall.core.validate import validate_library

ROOT = Path(__file__).resolve().parents[1]
PERSONAS = ROOT / "personas"
TELCO = PERSONAS / "telco"
ACCOUNTS = ("bank", "outbound", "shop", "telco")
#: A bare parse of every file below argv[1], as a whole process: the baseline.
BARE_SCRIPT = (
    "import sys, pathlib, yaml\n"
    "for f in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):\n"
    "    yaml.load(f.read_text(encoding='utf-8'), Loader=yaml.CSafeLoader)\n"
)
_ID = re.compile(r"^(id|account): *(\S+)", re.MULTILINE)


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


def generate_library(folder: Path, copies: int = 70) -> list[Path]:
    """``copies`` of every bundled account folder, each with its own account and persona ids.

    70 copies: 280 accounts, 1,050 personas and 280 rubrics. Every file validates.
    """
    for name in ACCOUNTS:
        source = PERSONAS / name
        for i in range(copies):
            suffix = f"-{i:03d}"
            target = folder / f"{name}{suffix}"
            shutil.copytree(source / "kb", target / "kb")
            for path in source.glob("*.yaml"):
                text = path.read_text(encoding="utf-8")
                # account and persona ids made unique, every file names its account's copy;
                # a rubric keeps its own id
                keep = ("id",) if path.name == "rubric.yaml" else ()
                text = _ID.sub(lambda m, s=suffix, k=keep: _renamed(m, s, k), text)
                (target / path.name).write_text(text, encoding="utf-8")
    return sorted(folder.rglob("*.yaml"))


def _renamed(m: re.Match[str], suffix: str, keep: tuple[str, ...]) -> str:
    return m.group(0) if m.group(1) in keep else m.group(0) + suffix


def rows(count: int = 200, rounds: int = 5) -> list[tuple[str, str, str]]:
    """Rows for scripts/bench.py: both timings and their ratio (best of ``rounds``)."""
    best = measure(count, rounds)
    whole = measure_process(rounds)
    return [
        (f"bare CSafeLoader parse, {count} personas", f"{best['bare'] * 1e3:.0f} ms", "baseline"),
        (f"load + validate, {count} personas", f"{best['ours'] * 1e3:.0f} ms", ""),
        ("load + validate / bare parse", f"{best['ours'] / best['bare']:.2f}x", "<= 1.5x"),
        (
            f"python -c bare parse, {whole['files']:.0f} files (process)",
            f"{whole['bare'] * 1e3:.0f} ms",
            "baseline",
        ),
        (
            f"mockcall validate, {whole['files']:.0f} files (process)",
            f"{whole['ours'] * 1e3:.0f} ms",
            "",
        ),
        ("mockcall validate / bare parse (process)", f"{whole['ratio']:.2f}x", "<= 1.5x"),
        (
            "the same, CPU time",
            f"{whole['ours_cpu']:.2f} s / {whole['bare_cpu']:.2f} s = {whole['cpu_ratio']:.2f}x",
            "<= 1.5x",
        ),
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


def measure_process(rounds: int, copies: int = 70) -> dict[str, float]:
    """Whole processes over the generated library, in pairs (bare, ours), the order alternated
    from pair to pair; best of ``rounds`` each, wall clock and CPU time (user + system, less
    disturbed by other work on the machine), and the ratios of the bests."""
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        files = generate_library(Path(tmp), copies)
        commands = {
            "bare": [python, "-c", BARE_SCRIPT, tmp],
            "ours": [python, "-m", "mockcall", "validate", tmp],
        }
        for argv in commands.values():  # warm the disk cache; validate must pass
            subprocess.run(argv, check=True, capture_output=True)
        wall: dict[str, list[float]] = {"bare": [], "ours": []}
        cpu: dict[str, list[float]] = {"bare": [], "ours": []}
        for i in range(rounds):
            order = ("bare", "ours") if i % 2 == 0 else ("ours", "bare")
            for name in order:
                used = _children_cpu()
                start = time.perf_counter()
                subprocess.run(commands[name], check=True, capture_output=True)
                wall[name].append(time.perf_counter() - start)
                cpu[name].append(_children_cpu() - used)
        bare, ours = min(wall["bare"]), min(wall["ours"])
        bare_cpu, ours_cpu = min(cpu["bare"]), min(cpu["ours"])
        return {
            "bare": bare,
            "ours": ours,
            "ratio": ours / bare,
            "bare_cpu": bare_cpu,
            "ours_cpu": ours_cpu,
            "cpu_ratio": ours_cpu / bare_cpu,
            "files": float(len(files)),
        }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    for name, value, target in rows(count, rounds):
        print(f"{name:<48}{value:>12}  {target}")


if __name__ == "__main__":
    main()
