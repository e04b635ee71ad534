"""Browser seats under load: memory per seat and key-to-screen latency as seats are added.

Starts ``mockcall serve`` (bundled personas, a fresh SQLite store), opens N seats in headless
Chromium (one browser context per trainee, Debian's ``/usr/bin/chromium``), and has every seat
type at once: each key goes into the page's xterm.js terminal, and the time until the seat's
screen shows its effect is measured inside the page (the websocket, the server, the seat's
mockcall, its redraw and the way back). The key is the home screen's persona search: a letter
typed (the placeholder goes) and erased (it comes back), a redraw of the list each time.

Memory is the resident set (RSS) of each seat's mockcall process, and its proportional share
(PSS: shared pages split between the processes that map them), read from /proc.

The browsers run on the same machine as the server here, so the latency figures include their
CPU; in a training room each trainee's browser runs on their own PC.

    python scripts/bench_serve.py                      # 1, 5, 10, 20 seats
    python scripts/bench_serve.py --seats 1,10,20,30,40 --keys 30
    python scripts/bench.py serve                      # the same rows in the bench table
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from benchutil import percentile, print_rows  # noqa: E402
from browserseat import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, serve  # noqa: E402

Row = tuple[str, str, str]
#: the target: a key's effect on screen within this, at the 95th percentile
P95_TARGET_MS = 100.0
PLACEHOLDER = "search personas"

#: In the page: send ``key`` into the terminal (as a keystroke would) and resolve with the
#: milliseconds until the screen shows (or no longer shows) ``text``; -1 after 5 s.
PROBE = """
async ([key, text, present]) => {
  const term = window.mockcallSeat.terminal;
  const shown = () => window.mockcallScreen().join("\\n").includes(text) === present;
  return await new Promise((resolve) => {
    const t0 = performance.now();
    let sub = null;
    const timer = setTimeout(() => { sub.dispose(); resolve(-1); }, 5000);
    sub = term.onWriteParsed(() => {
      if (shown()) { sub.dispose(); clearTimeout(timer); resolve(performance.now() - t0); }
    });
    term.input(key, true);
  });
}
"""


@dataclass
class Level:
    seats: int
    latencies: list[float]
    timeouts: int
    rss_mib: list[float]
    pss_mib: list[float]
    open_seconds: float

    @property
    def p50(self) -> float:
        return percentile(sorted(self.latencies), 0.5) if self.latencies else float("nan")

    @property
    def p95(self) -> float:
        return percentile(sorted(self.latencies), 0.95) if self.latencies else float("nan")


def _memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


async def _open_seat(browser: Any, url: str, name: str) -> Any:
    context = await browser.new_context(viewport=VIEWPORT)
    page = await context.new_page()
    await page.goto(url + "/")
    await page.fill("#name", name)
    await page.click("#open-seat")
    await page.wait_for_function(
        f"() => window.mockcallScreen && mockcallScreen().join('').includes({PLACEHOLDER!r})",
        timeout=120_000,
    )
    return page


async def _type_on(page: Any, keys: int, think: float, rng: random.Random) -> list[float]:
    await page.evaluate(PROBE, ["\x06", PLACEHOLDER, True])  # Ctrl+F: to the search box
    times: list[float] = []
    for i in range(keys):
        await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
        typed = i % 2 == 0  # a letter, then Backspace
        probe = ["z", PLACEHOLDER, False] if typed else ["\x7f", PLACEHOLDER, True]
        times.append(float(await page.evaluate(PROBE, probe)))
    return times


async def _level(url: str, server: Any, seats: int, keys: int, think: float) -> Level:
    from playwright.async_api import async_playwright

    rng = random.Random(seats)
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            started = time.perf_counter()
            pages = []
            for i in range(seats):  # one after another, as trainees arrive
                pages.append(await _open_seat(browser, url, f"seat {i + 1:02d}"))
            opened = time.perf_counter() - started
            await asyncio.sleep(1.0)  # let start-up garbage settle before reading memory
            memory = [_memory_kib(pid) for pid in server.seat_pids()]
            results = await asyncio.gather(
                *(_type_on(page, keys, think, random.Random(rng.random())) for page in pages)
            )
        finally:
            await browser.close()
    flat = [t for r in results for t in r]
    return Level(
        seats=seats,
        latencies=[t for t in flat if t >= 0],
        timeouts=sum(1 for t in flat if t < 0),
        rss_mib=[rss / 1024 for rss, _ in memory],
        pss_mib=[pss / 1024 for _, pss in memory],
        open_seconds=opened,
    )


def measure(levels: list[int], keys: int = 20, think: float = 1.0) -> list[Level]:
    """Each level on a fresh server."""
    out: list[Level] = []
    for seats in levels:
        with tempfile.TemporaryDirectory() as tmp, serve(Path(tmp) / "s.db", "--lang", "en") as srv:
            level = asyncio.run(_level(srv.url, srv, seats, keys, think))
        out.append(level)
        print(
            f"[serve] {seats} seats: p50 {level.p50:.0f} ms, p95 {level.p95:.0f} ms, "
            f"RSS {statistics.mean(level.rss_mib or [0]):.0f} MiB/seat",
            file=sys.stderr,
        )
    return out


def table(levels: list[Level]) -> list[Row]:
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    rows: list[Row] = [("machine: cores, load average 1/5/15 min", f"{os.cpu_count()}, {load}", "")]
    for level in levels:
        n = level.seats
        rss = statistics.mean(level.rss_mib) if level.rss_mib else float("nan")
        pss = statistics.mean(level.pss_mib) if level.pss_mib else float("nan")
        rows += [
            (f"{n} seats: RSS per seat (mean)", f"{rss:.0f} MiB", ""),
            (f"{n} seats: PSS per seat (mean)", f"{pss:.0f} MiB", ""),
            (f"{n} seats: key -> screen p50", f"{level.p50:.0f} ms", ""),
            (f"{n} seats: key -> screen p95", f"{level.p95:.0f} ms", f"<= {P95_TARGET_MS:.0f} ms"),
        ]
        if level.timeouts:
            rows.append((f"{n} seats: keys with no effect in 5 s", str(level.timeouts), "0"))
    fitting = [lv.seats for lv in levels if lv.p95 <= P95_TARGET_MS and not lv.timeouts]
    most = str(max(fitting)) if fitting else "none"
    rows.append(("most seats measured with p95 <= 100 ms", most, ""))
    return rows


def rows() -> list[Row]:
    """For scripts/bench.py: 1, 5, 10 and 20 seats (skipped without Chromium)."""
    if not Path(CHROMIUM).exists():
        return [("browser seats", f"not measured: no {CHROMIUM}", "")]
    return table(measure([1, 5, 10, 20]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="browser seats: memory and key latency")
    parser.add_argument("--seats", default="1,5,10,20", help="levels, e.g. 1,10,20,30,40")
    parser.add_argument("--keys", type=int, default=20, help="keys per seat per level")
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds between keys")
    args = parser.parse_args(argv)
    levels = [int(n) for n in args.seats.split(",") if n.strip()]
    print_rows(table(measure(levels, args.keys, args.think)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
