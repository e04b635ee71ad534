"""Snapshot tests: every screen as SVG, at 80x24 and 120x40, in English and Indonesian."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockcall.core.loader import Library, load_library

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "personas" / "tui"


@pytest.fixture(scope="session")
def library() -> Library:
    lib = load_library([FIXTURES])
    assert not [p for p in lib.problems if p.severity == "error"], lib.problems
    return lib


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Times on screen (the floor's "updated at") read in UTC whatever the machine's zone."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    if "TZ" in os.environ or hasattr(time, "tzset"):
        time.tzset()


class _CountingSecrets:
    """Session ids end in a random part; on a snapshot they must not change run to run."""

    def __init__(self) -> None:
        self.n = 0

    def token_hex(self, nbytes: int) -> str:
        self.n += 1
        return f"{self.n:0{2 * nbytes}x}"


@pytest.fixture(autouse=True)
def fixed_session_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mockcall.store.sqlite.secrets", _CountingSecrets())
