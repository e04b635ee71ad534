"""``mockcall db status|migrate`` on both backends, and what only a server can do wrong:
unreachable, wrong password, no such database, a connection lost mid-call — each a clear
sentence and exit 4, never a traceback, never the password."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest
from store_helpers import StoreFactory, pg_server, said, with_database

from mockcall.cli import main
from mockcall.core.events import Event
from mockcall.store import StoreError, schema
from mockcall.store.api import NewSession
from mockcall.store.recorder import Recorder, resumable


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _password(dsn: str) -> str:
    return urlsplit(dsn).password or ""


def _meta() -> NewSession:
    return NewSession(trainee="rina", account="telco", persona="p1")


# ------------------------------------------------------------------ db status / migrate


def test_db_status_and_migrate(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store_factory.location
    code, out, err = run(capsys, "db", "status", "--db", db)
    assert code == 0 and err == "" and "none yet" in out and "sessions:  0" in out
    backend = "PostgreSQL" if store_factory.backend == "postgres" else "SQLite"
    assert f"backend:   {backend}" in out
    if store_factory.backend == "postgres":
        assert _password(db) not in out and "postgresql://" in out
        assert store_factory.sql("SELECT to_regclass('sessions')") == [(None,)]  # untouched

    code, out, _ = run(capsys, "db", "migrate", "--db", db)
    assert code == 0 and f"migrated from schema v0 to v{schema.CURRENT}" in out
    code, out, _ = run(capsys, "db", "migrate", "--db", db)
    assert code == 0 and "nothing to migrate" in out

    with store_factory.open() as store:
        sid = store.begin(_meta())
        store.append(sid, Event(0, 0.0, "call_started", {}))
    code, out, _ = run(capsys, "db", "--db", db, "--format", "json")
    info = json.loads(out)
    assert code == 0 and info["schema"] == info["program_schema"] == schema.CURRENT
    assert info["sessions"] == 1 and info["backend"] in ("sqlite", "postgresql")


def test_db_status_reports_pending_migrations_without_applying_them(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    dialect: schema.DialectName = "postgres" if store_factory.backend == "postgres" else "sqlite"
    for statement in schema.migrations(dialect)[1]:
        store_factory.sql(statement)
    store_factory.sql("INSERT INTO schema_version VALUES ('mockcall', 1, '')")
    code, out, _ = run(capsys, "db", "status", "--db", store_factory.location)
    assert code == 0 and f"v1, {schema.CURRENT - 1} migration(s) pending" in out
    assert store_factory.sql("SELECT version FROM schema_version") == [(1,)]
    code, out, _ = run(capsys, "db", "migrate", "--db", store_factory.location)
    assert code == 0 and f"from schema v1 to v{schema.CURRENT}" in out


def test_db_commands_refuse_a_newer_schema(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    store_factory.open().close()
    store_factory.sql("UPDATE schema_version SET version = ?", (schema.CURRENT + 1,))
    for action in ("status", "migrate"):
        code, out, err = run(capsys, "db", action, "--db", store_factory.location)
        assert code == 4 and out == "" and "newer mockcall" in err and "Traceback" not in err
    code, _, err = run(capsys, "sessions", "--db", store_factory.location)
    assert code == 4 and "newer mockcall" in err
    assert store_factory.sql("SELECT version FROM schema_version") == [(schema.CURRENT + 1,)]


# ------------------------------------------------------------------ a server that says no


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _with_password(dsn: str, password: str) -> str:
    parts = urlsplit(dsn)
    netloc = f"{parts.username}:{password}@{parts.hostname}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


@pytest.fixture
def server() -> str:
    return pg_server()


def _refused(capsys: pytest.CaptureFixture[str], dsn: str, words: str) -> None:
    secret = _password(dsn)
    for argv in (["db", "status"], ["sessions"], ["export"], ["db", "migrate"]):
        code, out, err = run(capsys, *argv, "--db", dsn)
        assert code == 4, (argv, err)
        assert out == "" and err.startswith("mockcall: sessions database postgresql://")
        assert words in err and "Traceback" not in err
        assert secret not in err, err


def test_an_unreachable_server_is_exit_4(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    parts = urlsplit(server)
    dsn = f"postgresql://{parts.username}:hunter2secret@127.0.0.1:{_free_port()}/mockcall"
    _refused(capsys, dsn, "cannot be reached")


def test_wrong_credentials_are_exit_4(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    _refused(capsys, _with_password(server, "wrong-Pa55word"), "refused the login")


def test_a_missing_database_is_exit_4(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    _refused(capsys, with_database(server, "mockcall_no_such_db"), "does not exist")


def test_the_driver_names_no_password_in_the_location(server: str) -> None:
    from mockcall.store.postgres import safe_location

    assert _password(server) not in safe_location(server)
    assert safe_location(server).startswith("postgresql://")


# ------------------------------------------------------------------ lost connections


@pytest.fixture
def pg() -> Iterator[StoreFactory]:
    """A database of its own on the test server (PostgreSQL only)."""
    factory = StoreFactory.postgres()
    try:
        yield factory
    finally:
        factory.drop()


def _kill_connection(pg: StoreFactory, store: object) -> None:
    pid = int(store._conn.info.backend_pid)  # type: ignore[attr-defined]
    pg.admin(f"SELECT pg_terminate_backend({pid})")


def test_a_lost_connection_mid_call_loses_no_turn(pg: StoreFactory) -> None:
    with pg.open() as store:
        sid = store.begin(_meta())
        events = said(6)
        for e in events[:3]:
            store.append(sid, e)
        _kill_connection(pg, store)
        store.append(sid, events[3])  # reconnects once, then writes
        # the server took event 4, but the answer never came back: the retry must not
        # store it twice nor call it a duplicate
        pg.sql(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?)",
            (sid, 4, events[4].t, events[4].kind, json.dumps(events[4].data)),
        )
        _kill_connection(pg, store)
        store.append(sid, events[4])
        store.append(sid, events[5])
        assert store.events(sid) == events
        [u] = store.unfinished()
        assert u.running  # the new connection holds the call's lock again
        with pytest.raises(ValueError, match="already stored"):
            store.append(sid, events[5])  # a real duplicate is still refused


def test_a_server_that_stays_away_is_a_store_error_and_the_recorder_keeps_the_turn(
    pg: StoreFactory,
) -> None:
    dbname = urlsplit(pg.location).path.strip("/")
    with pg.open(connect_timeout=1) as store:
        recorder = Recorder(store)
        events = said(4)
        for e in events[:2]:
            recorder.on_event(e)
        sid = recorder.session_id
        assert sid is not None
        pg.admin(f"ALTER DATABASE {dbname} WITH ALLOW_CONNECTIONS false")
        try:
            _kill_connection(pg, store)
            with pytest.raises(StoreError) as caught:
                store.append(sid, events[2])
            assert _password(pg.location) not in str(caught.value)
            recorder.on_event(events[2])  # the UI says "not saved yet"; the call goes on
            assert recorder.problem is not None and recorder.pending == [events[2]]
        finally:
            pg.admin(f"ALTER DATABASE {dbname} WITH ALLOW_CONNECTIONS true")
        recorder.on_event(events[3])  # back: the queued turn is written first, in order
        assert recorder.problem is None and not recorder.pending
        assert store.events(sid) == events


def test_a_call_on_another_machine_is_running_while_its_connection_lives(
    pg: StoreFactory,
) -> None:
    seat = pg.open()
    sid = seat.begin(_meta())
    seat.append(sid, said(1)[0])
    pg.sql("UPDATE sessions SET host = 'seat-17', pid = 999999 WHERE id = ?", (sid,))
    with pg.open() as desk:
        [u] = desk.unfinished()
        assert u.running and u.host == "seat-17"  # its seat's connection holds the lock
        assert resumable(desk) == []
        seat.close()  # the seat dies: the server drops its lock with the connection
        deadline = time.monotonic() + 5
        while desk.unfinished()[0].running and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [r.meta.id for r in resumable(desk)] == [sid]
