"""Snapshot tests: every screen as SVG, at 80x24 and 120x40, in English and Indonesian.

Key legends are translated when a screen class is defined (``tui/i18n.py``), so a language is
a property of the imported UI modules. :func:`ui_modules` imports a fresh copy of the UI in the
language asked for and, afterwards, puts the test session's own modules back exactly as they
were — the other tests keep their classes, and ``isinstance`` keeps working for them.
"""

from __future__ import annotations

import importlib
import itertools
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

from mockcall.core.loader import Library, load_library
from mockcall.tui import i18n

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "personas" / "tui"
#: the UI packages whose classes carry translated key legends (i18n itself is shared)
UI_PACKAGES = ("mockcall.tui", "mockcall.web")


def _ui_module(name: str) -> bool:
    return name.startswith(UI_PACKAGES) and name != "mockcall.tui.i18n"


@contextmanager
def ui_modules(lang: str) -> Iterator[None]:
    """Inside: ``importlib.import_module("mockcall.tui.…")`` gives the UI in ``lang``."""
    saved = {name: module for name, module in sys.modules.items() if _ui_module(name)}
    before = i18n.language()
    for name in saved:
        del sys.modules[name]
    i18n.set_language(lang)
    try:
        yield
    finally:
        for name in [n for n in sys.modules if _ui_module(n)]:
            del sys.modules[name]
        sys.modules.update(saved)
        i18n.set_language(before)


def ui(name: str) -> ModuleType:
    return importlib.import_module(name)


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


@pytest.fixture(autouse=True)
def fixed_session_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session ids end in random hex (``store.sqlite._new_id``) and the review screens show
    them; here each ends in a counter instead, so the same calls give the same screen."""
    from mockcall.store import sqlite

    real = sqlite._new_id
    numbers = itertools.count(1)

    def numbered(started_at: str) -> str:
        return f"{real(started_at).rsplit('-', 1)[0]}-{next(numbers):06x}"

    monkeypatch.setattr(sqlite, "_new_id", numbered)
