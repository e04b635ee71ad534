"""Shared by the store tests: a fast-failing store on either backend, and real recorded calls.

Calls are played by the simulator on the bundled telco persona, so the logs the store keeps in
these tests are exactly what the engine writes, and the scorecards are the scorer's.

:class:`StoreFactory` (the ``store_factory`` fixture in conftest.py) is one empty database per
test — a SQLite file in ``tmp_path``, or a freshly created PostgreSQL database on the server
named by ``$MOCKCALL_TEST_PG`` — so every contract test runs against both backends.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from mockcall.core.events import Event
from mockcall.core.loader import load_library
from mockcall.core.model import Account, Persona, Rubric
from mockcall.core.simulate import Playthrough, play_path
from mockcall.store.api import NewSession, SessionStore
from mockcall.store.recorder import Recorder
from mockcall.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
PERSONA_ID = "telco-darmawan-repeat-outage"
RUBRIC_PATH = ROOT / "personas" / "telco" / "rubric.yaml"
BEST = "1,tool:account_lookup,1,1,1,tool:network_status,wait:40,unhold,1,tool:ticketing,1,1,1"
FATAL = "1,3,2,1,1,1"


PG_ENV = "MOCKCALL_TEST_PG"


def open_db(path: Path, **options: Any) -> SQLiteStore:
    """A store that gives up quickly when locked, so a failing test fails fast."""
    options = {"busy_timeout": 0.2, "retries": 2, "backoff": 0.01, **options}
    return SQLiteStore(path, **options)


def pg_server() -> str:
    """The DSN of the test server; skip (or, under CI, fail) when there is none."""
    dsn = os.environ.get(PG_ENV, "")
    why = ""
    if not dsn:
        why = (
            f"PostgreSQL store tests need {PG_ENV}=postgresql://user:password@host:port/db "
            "(a server where the tests may create databases; .ci/pg starts one)"
        )
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            why = "PostgreSQL store tests need psycopg: pip install -e '.[dev]'"
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set, so this cannot be skipped: {why}")
        pytest.skip(why)
    return dsn


def with_database(dsn: str, dbname: str) -> str:
    """The same server and credentials, another database (URL form, as --db takes it)."""
    parts = urlsplit(dsn)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, ""))


@dataclass
class StoreFactory:
    """One empty test database; ``open()`` may be called again to reopen it."""

    backend: str
    #: a file path, or a DSN (with its password: only the store may print it, never does)
    location: str = field(repr=False)
    _admin: str = field(default="", repr=False)
    _dbname: str = ""

    @classmethod
    def sqlite(cls, tmp_path: Path) -> StoreFactory:
        return cls("sqlite", str(tmp_path / "s.db"))

    @classmethod
    def postgres(cls) -> StoreFactory:
        import psycopg

        admin = pg_server()
        dbname = f"mockcall_test_{secrets.token_hex(5)}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {dbname}")
        return cls("postgres", with_database(admin, dbname), admin, dbname)

    def open(self, **options: Any) -> Any:
        """A store on this database (fast-failing when SQLite is locked)."""
        if self.backend == "sqlite":
            return open_db(Path(self.location), **options)
        from mockcall.store.postgres import PostgresStore

        return PostgresStore(self.location, **options)

    def sql(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run raw SQL (``?`` placeholders) outside any store, committed; rows if any."""
        if self.backend == "sqlite":
            conn = sqlite3.connect(self.location, isolation_level=None)
            try:
                return conn.execute(statement, tuple(params)).fetchall()
            finally:
                conn.close()
        import psycopg

        with psycopg.connect(self.location, autocommit=True) as pg:
            cur = pg.execute(statement.replace("?", "%s"), tuple(params))
            return list(cur.fetchall()) if cur.description else []

    def columns(self, table: str) -> set[str]:
        if self.backend == "sqlite":
            return {str(r[1]) for r in self.sql(f"PRAGMA table_info({table})")}
        rows = self.sql(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?",
            (table,),
        )
        return {str(r[0]) for r in rows}

    def admin(self, statement: str) -> None:
        """Run a statement on the server's maintenance database (not this test's)."""
        import psycopg

        with psycopg.connect(self._admin, autocommit=True) as conn:
            conn.execute(statement)

    def drop(self) -> None:
        """Drop the test's database. FORCE ends the test's own connections; a server's
        background worker (autovacuum, on a server that runs it) cannot be ended by the test
        role, so a drop it blocks is tried again once the worker has moved on."""
        if self.backend != "postgres":
            return
        import psycopg

        for attempt in range(20):
            try:
                with psycopg.connect(self._admin, autocommit=True) as conn:
                    conn.execute(f"DROP DATABASE IF EXISTS {self._dbname} WITH (FORCE)")
                return
            except psycopg.errors.InsufficientPrivilege:
                if attempt == 19:
                    raise
                time.sleep(0.25)


@lru_cache(maxsize=1)
def telco() -> tuple[Persona, Account, Rubric]:
    library = load_library([ROOT / "personas"])
    persona = library.persona(PERSONA_ID)
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None and bundle.rubric is not None
    return persona, bundle.account, bundle.rubric


def play(path: str = BEST, trainee: str = "rina", seed: int = 0) -> Playthrough:
    persona, account, rubric = telco()
    played = play_path(persona, account, rubric, path, seed=seed, trainee=trainee)
    assert played.completed, played.refusals
    return played


def record_call(
    store: SessionStore,
    path: str = BEST,
    *,
    trainee: str = "rina",
    started_at: str | None = None,
    seed: int = 0,
) -> str:
    """Play a path and record it through a Recorder, as the TUI will; returns the session id."""
    played = play(path, trainee, seed)
    meta = NewSession.from_call_started(played.events[0], started_at=started_at)
    recorder = Recorder(store, meta, rubric=telco()[2])
    for event in played.events:
        recorder.on_event(event)
    return recorder.finish(played.scorecard)


def said(n: int) -> list[Event]:
    """``n`` hand-built events: a call_started then alternating lines."""
    out = [Event(0, 0.0, "call_started", {"persona": "p", "account": "a", "trainee": "t"})]
    for i in range(1, n):
        kind = "customer_said" if i % 2 else "agent_said"
        out.append(Event(i, float(i), kind, {"text": f"line {i}"}))
    return out
