"""A trainee takes a whole call in a real browser: ``mockcall serve``, headless Chromium.

Given ``mockcall serve`` on a free loopback port with a fresh SQLite store, when a browser logs
in as a trainee, picks a persona and presses the keys of a whole call, then the score screen
shows in the page and ``mockcall sessions list`` finds the finished session under that name.

Debian's Chromium is required: without /usr/bin/chromium the test is skipped with the reason,
except in CI (``$CI`` set), where that is a failure (``.ci/browser`` installs it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PERSONAS = ROOT / "tests" / "data" / "personas" / "tui"
if str(ROOT / "scripts") not in sys.path:  # the seat driver is shared with bench_serve.py
    sys.path.insert(0, str(ROOT / "scripts"))

from browserseat import CHROMIUM, Seat, launch, play_basic_call, serve  # noqa: E402


def _need_browser() -> None:
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium, or source .ci/browser)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -e '.[dev]')")
    if not missing:
        return
    reason = "browser test needs " + " and ".join(missing)
    if os.environ.get("CI"):
        pytest.fail(reason + ": CI must run this test", pytrace=False)
    pytest.skip(reason)


def test_a_whole_call_in_the_browser_is_stored_under_the_trainee(tmp_path: Path) -> None:
    _need_browser()
    from playwright.sync_api import sync_playwright

    db = tmp_path / "room.sqlite3"
    with serve(db, "--personas", str(PERSONAS), "--lang", "en") as srv, sync_playwright() as p:
        browser = launch(p)
        try:
            seat = Seat.open(browser, srv.url, "Rina Putri")
            home = seat.wait_for("Ms Ana: when is my bill due?")
            assert "Rina Putri" in home  # the name the seat logged in with
            assert "f6" not in home.lower()  # a seat has no review of everyone's calls
            score = play_basic_call(seat, screenshot=tmp_path / "mid-call.png")
            assert "PASS  100.0%" in score
            assert (tmp_path / "mid-call.png").stat().st_size > 10_000
            assert len(srv.seat_pids()) == 1  # one mockcall process for this browser
        finally:
            browser.close()

    listed = subprocess.run(
        [sys.executable, "-m", "mockcall", "sessions", "list", "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    sessions = json.loads(listed.stdout)["sessions"]
    assert [(s["trainee"], s["persona"], s["status"], s["passed"]) for s in sessions] == [
        ("Rina Putri", "tui-inbound-basic", "finished", True)
    ]
    assert sessions[0]["total"] == 100.0
