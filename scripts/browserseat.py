"""Drive browser seats of ``mockcall serve`` with a real headless Chromium (Playwright).

Shared by the end-to-end test (tests/integration/test_serve_browser.py) and the seat benchmark
(scripts/bench_serve.py). Debian's ``chromium`` is used (``/usr/bin/chromium``); Playwright's
own browser download is never needed. The page keeps its xterm.js terminal on
``window.mockcallSeat`` and ``window.mockcallScreen()`` returns the rows on screen as text.

    python scripts/browserseat.py --screenshot docs/browser-seat.png   # the README's picture
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 800}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Serve:
    """A running ``mockcall serve`` on loopback (started by :func:`serve`)."""

    def __init__(self, proc: subprocess.Popen[str], port: int, log: Path) -> None:
        self.proc = proc
        self.port = port
        self.log = log
        self.url = f"http://127.0.0.1:{port}"

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def seat_pids(self) -> list[int]:
        """The seats' mockcall processes (children of the server)."""
        path = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        try:
            return [int(p) for p in path.read_text().split()]
        except OSError:
            return []


@contextmanager
def serve(db: Path, *extra: str, env: dict[str, str] | None = None) -> Iterator[Serve]:
    """Start ``mockcall serve`` on a free loopback port; stop it (Ctrl+C) on the way out."""
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "serve.log"
        argv = [sys.executable, "-m", "mockcall", "serve", "--port", str(port), "--db", str(db)]
        with log.open("w") as out:
            proc = subprocess.Popen(
                [*argv, *extra],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                text=True,
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
            )
        running = Serve(proc, port, log)
        try:
            _wait_until_up(running)
            yield running
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def _wait_until_up(running: Serve, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if running.proc.poll() is not None:
            raise RuntimeError(f"mockcall serve exited:\n{running.output()}")
        try:
            with urllib.request.urlopen(running.url + "/", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"mockcall serve did not answer in {timeout:.0f}s:\n{running.output()}")


def launch(playwright: Any) -> Any:
    """Debian's Chromium, headless."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


class Seat:
    """One browser seat: a page logged in as a trainee, read and typed into like a person."""

    def __init__(self, page: Any) -> None:
        self.page = page

    @classmethod
    def open(cls, browser: Any, url: str, name: str, token: str | None = None) -> Seat:
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(url + "/")
        page.fill("#name", name)
        if token is not None:
            page.fill("#token", token)
        page.click("#open-seat")
        page.wait_for_url("**/seat")
        return cls(page)

    def rows(self) -> list[str]:
        rows: list[str] = self.page.evaluate("window.mockcallScreen ? mockcallScreen() : []")
        return rows

    def text(self) -> str:
        return "\n".join(self.rows())

    def wait_for(self, *texts: str, timeout: float = 90.0) -> str:
        """Wait until every one of ``texts`` is on screen; the screen's text."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.text()
            if all(t in screen for t in texts):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"not on screen after {timeout:.0f}s: {texts}\n{screen}")
            time.sleep(0.02)

    def press(self, *keys: str, settle: float = 0.15) -> None:
        """Press keys one by one (Playwright key names: "a", "Enter", "Control+s")."""
        for key in keys:
            self.page.keyboard.press(key)
            time.sleep(settle)

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def close(self) -> None:
        self.page.close()


def play_basic_call(seat: Seat, *, screenshot: Path | None = None) -> str:
    """The tiny test persona ``tui-inbound-basic`` from the home screen to its score screen
    (answer, greet, answer the question, close; notes and the Resolved disposition)."""
    seat.wait_for("Ms Ana: when is my bill due?")
    seat.press("ArrowDown", "Enter")
    seat.wait_for("RINGING")
    seat.press("a")
    seat.wait_for("Good morning, Tiny Telco")
    seat.press("1")
    seat.wait_for("When is my bill due?")
    if screenshot is not None:
        seat.page.screenshot(path=str(screenshot))
    seat.press("2")
    seat.wait_for("Great, thanks!")
    seat.press("1")
    seat.wait_for("Disposition", "call ended: resolved")
    seat.type("Bill due on the 5th, explained.")
    seat.press("Tab", "Enter", "Control+s")
    return seat.wait_for("PASS", "Ending: resolved")


def _screenshot(out: Path) -> None:
    """A seat mid-call on a bundled persona (telco, a repeat outage), for the README."""
    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory() as tmp,
        serve(Path(tmp) / "s.db", "--lang", "en") as srv,
        sync_playwright() as p,
    ):
        browser = launch(p)
        seat = Seat.open(browser, srv.url, "Rina Putri")
        seat.wait_for("search personas")
        seat.press("Control+f")
        seat.type("darmawan")
        seat.press("Enter", "Enter")
        seat.wait_for("RINGING")
        seat.press("a", settle=1.0)
        seat.press("1", settle=1.5)
        seat.press("1", settle=1.5)
        seat.page.screenshot(path=str(out))
        browser.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--screenshot", type=Path, required=True, metavar="PNG")
    _screenshot(parser.parse_args().screenshot)
