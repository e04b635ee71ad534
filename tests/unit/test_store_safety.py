"""Someone else's database is never touched; a busy database waits, then says so; old databases
upgrade.  File-level checks are SQLite's; the schema checks run on both backends."""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from store_helpers import StoreFactory, open_db, play, record_call

from mockcall.store import StoreError, open_store, schema
from mockcall.store.api import NewSession
from mockcall.store.sqlite import now_iso


def _refused(path: Path, kind: str, words: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_db(path)
    assert caught.value.kind == kind
    assert words in str(caught.value) and str(path) in str(caught.value)
    assert path.read_bytes() == before


def test_a_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my shopping list\n" * 50)
    _refused(path, "foreign", "not a SQLite database")


def test_a_damaged_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with open_db(path) as store:
        record_call(store)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # trash the schema page after a valid header
    path.write_bytes(bytes(data))
    _refused(path, "corrupt", "damaged")


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Budi')")
    conn.commit()
    conn.close()
    _refused(path, "foreign", "another program")


def test_a_foreign_schema_version_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (app TEXT, version INTEGER, migrated_at TEXT)")
    conn.execute("INSERT INTO schema_version VALUES ('ledger', 1, '')")
    conn.commit()
    conn.close()
    _refused(path, "foreign", "'ledger'")


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with open_db(path) as store:
        store.begin(NewSession(trainee="t", account="a", persona="p"))
        store._conn.execute("UPDATE schema_version SET version = ?", (schema.CURRENT + 1,))
    _refused(path, "foreign", "newer mockcall")


def _refused_db(factory: StoreFactory, kind: str, words: str) -> None:
    """Opening ``factory``'s database fails with ``kind``; no table is created or changed."""
    tables = "SELECT count(*) FROM schema_version"
    before = factory.sql(tables) if "schema_version" in _tables(factory) else None
    names = _tables(factory)
    with pytest.raises(StoreError) as caught:
        factory.open()
    assert caught.value.kind == kind and words in str(caught.value)
    assert _tables(factory) == names
    if before is not None:
        assert factory.sql(tables) == before


def _tables(factory: StoreFactory) -> set[str]:
    if factory.backend == "sqlite":
        return {str(r[0]) for r in factory.sql("SELECT name FROM sqlite_master")}
    rows = factory.sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    )
    return {str(r[0]) for r in rows}


def test_a_newer_schema_is_refused_on_either_backend(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        store.begin(NewSession(trainee="t", account="a", persona="p"))
    store_factory.sql("UPDATE schema_version SET version = ?", (schema.CURRENT + 1,))
    _refused_db(store_factory, "foreign", "newer mockcall")
    assert store_factory.sql("SELECT version FROM schema_version") == [(schema.CURRENT + 1,)]


def test_another_programs_tables_are_refused_on_either_backend(
    store_factory: StoreFactory,
) -> None:
    store_factory.sql("CREATE TABLE contacts (name TEXT)")
    store_factory.sql("INSERT INTO contacts VALUES ('Budi')")
    _refused_db(store_factory, "foreign", "another program")
    assert store_factory.sql("SELECT name FROM contacts") == [("Budi",)]


def test_a_foreign_schema_version_is_refused_on_either_backend(
    store_factory: StoreFactory,
) -> None:
    store_factory.sql("CREATE TABLE schema_version (app TEXT, version INTEGER, migrated_at TEXT)")
    store_factory.sql("INSERT INTO schema_version VALUES ('ledger', 1, '')")
    _refused_db(store_factory, "foreign", "'ledger'")


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "touched.db"
    path.touch()
    with open_db(path) as store:
        store.begin(NewSession(trainee="t", account="a", persona="p"))
        assert store.count() == 1


def test_a_postgres_dsn_is_not_mistaken_for_a_file(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once it is closed
    with pytest.raises(StoreError) as caught:
        open_store(f"postgresql://user:secret@127.0.0.1:{port}/mockcall")
    message = str(caught.value)
    assert "secret" not in message and "postgresql://user@127.0.0.1" in message
    assert caught.value.kind == "unwritable" and not list(tmp_path.iterdir())


def _hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE schema_version SET migrated_at = migrated_at")

    def release() -> None:
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=release)
    thread.start()
    return thread


def test_a_briefly_locked_database_waits_then_succeeds(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with open_db(path, busy_timeout=0.05, retries=6, backoff=0.05) as store:
        sid = store.begin(NewSession(trainee="t", account="a", persona="p"))
        holder = _hold_write_lock(path, 0.3)
        started = time.monotonic()
        store.append(sid, play().events[0])
        waited = time.monotonic() - started
        holder.join()
        assert waited >= 0.2
        assert len(store.events(sid)) == 1


def test_a_database_locked_too_long_gives_store_error_locked(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with open_db(path, busy_timeout=0.05, retries=2, backoff=0.02) as store:
        sid = store.begin(NewSession(trainee="t", account="a", persona="p"))
        holder = _hold_write_lock(path, 1.5)
        started = time.monotonic()
        with pytest.raises(StoreError) as caught:
            store.append(sid, play().events[0])
        assert caught.value.kind == "locked" and "locked" in str(caught.value)
        assert time.monotonic() - started < 1.0
        holder.join()
        store.append(sid, play().events[0])  # usable again once the lock is gone
        assert store.count() == 1


def _make_v1(
    factory: StoreFactory, card: dict[str, object], events: list[dict[str, object]]
) -> None:
    """A database exactly as the first mockcall wrote it: v1 DDL and v1-shaped rows."""
    for statement in schema.migrations("postgres" if factory.backend == "postgres" else "sqlite")[
        1
    ]:
        factory.sql(statement)
    factory.sql("INSERT INTO schema_version VALUES ('mockcall', 1, ?)", (now_iso(),))
    factory.sql(
        "INSERT INTO rubrics VALUES (?, 'telco-inbound', 2, 'id: telco-inbound', ?)",
        (card["rubric_hash"], now_iso()),
    )
    factory.sql(
        "INSERT INTO sessions(id, trainee, account, persona, mode, seed, channel, direction,"
        " started_at, ended_at, status, ending, rubric_hash, scorecard) VALUES"
        " ('old-1', 'rina', 'telco', 'p1', 'assessment', 7, 'call', 'inbound',"
        " '2025-05-01T08:00:00.000Z', '2025-05-01T08:05:00.000Z', 'finished', 'resolved', ?, ?)",
        (card["rubric_hash"], json.dumps(card)),
    )
    factory.sql(
        "INSERT INTO sessions(id, trainee, account, persona, mode, seed, channel, direction,"
        " started_at, status) VALUES ('old-2', 'budi', 'telco', 'p1', 'practice', 0, 'call',"
        " 'inbound', '2025-05-02T08:00:00.000Z', 'live')"
    )
    for e in events:
        factory.sql(
            "INSERT INTO events VALUES ('old-1', ?, ?, ?, ?)",
            (e["seq"], e["t"], e["kind"], json.dumps(e["data"])),
        )


def _indexes(factory: StoreFactory) -> set[str]:
    if factory.backend == "sqlite":
        return {str(r[0]) for r in factory.sql("SELECT name FROM sqlite_master WHERE type='index'")}
    rows = factory.sql("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
    return {str(r[0]) for r in rows}


def test_a_v1_database_is_migrated_to_current(store_factory: StoreFactory) -> None:
    played = play("1,3,2,1,1,1")  # the fatal path: a non-empty fatal_failures to back-fill
    card = played.scorecard.to_dict()
    _make_v1(store_factory, card, [e.to_dict() for e in played.events])

    with store_factory.open() as store:
        assert store_factory.sql("SELECT app, version FROM schema_version") == [
            ("mockcall", schema.CURRENT)
        ]
        old = store.session("old-1")
        assert old is not None
        assert old.total == card["total"] and old.passed is False
        assert old.fatal_failures == tuple(card["fatal_failures"]) and old.fatal_count >= 1
        assert old.rubric_id == "telco-inbound" and old.rubric_version == card["rubric_version"]
        assert old.original_total == card["total"] and not old.overridden
        assert old.duration == played.events[-1].t
        assert set(old.section_scores) == {s["id"] for s in card["sections"]}
        assert old.section_scores == store.sessions()[-1].section_scores
        assert store.original_scorecard("old-1") == card
        assert [u.meta.id for u in store.unfinished()] == ["old-2"]
        indexes = _indexes(store_factory)
        assert {"sessions_trainee", "sessions_account", "sessions_persona"} <= indexes
        assert {"sessions_started", "sessions_passed"} <= indexes
        assert store_factory.sql("SELECT count(*) FROM overrides") == [(0,)]
        assert len(store.events("old-1")) == len(played.events)

    with store_factory.open() as store:  # opening again is a no-op
        assert store.count() == 2


def test_a_failed_migration_leaves_the_old_version(store_factory: StoreFactory) -> None:
    played = play()
    _make_v1(store_factory, played.scorecard.to_dict(), [])
    store_factory.sql("CREATE INDEX sessions_trainee ON sessions(trainee)")  # v2 will collide
    with pytest.raises(StoreError, match="could not be upgraded from schema v1"):
        store_factory.open()
    assert store_factory.sql("SELECT version FROM schema_version") == [(1,)]
    assert "total" not in store_factory.columns("sessions")  # the half-done v2 was rolled back
