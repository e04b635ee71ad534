"""Someone else's file is never touched; a busy database waits, then says so; old files upgrade."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from store_helpers import open_db, play, record_call

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


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "touched.db"
    path.touch()
    with open_db(path) as store:
        store.begin(NewSession(trainee="t", account="a", persona="p"))
        assert store.count() == 1


def test_a_postgres_dsn_is_not_mistaken_for_a_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://user:secret@db.example:5432/mockcall")
    assert "secret" not in str(caught.value) and "PostgreSQL" in str(caught.value)


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


def _make_v1(path: Path, card: dict[str, object], events: list[dict[str, object]]) -> None:
    """A database exactly as the first mockcall wrote it: v1 DDL and v1-shaped rows."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in schema.MIGRATIONS[1]:
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES ('mockcall', 1, ?)", (now_iso(),))
    conn.execute(
        "INSERT INTO rubrics VALUES (?, 'telco-inbound', 2, 'id: telco-inbound', ?)",
        (card["rubric_hash"], now_iso()),
    )
    conn.execute(
        "INSERT INTO sessions(id, trainee, account, persona, mode, seed, channel, direction,"
        " started_at, ended_at, status, ending, rubric_hash, scorecard) VALUES"
        " ('old-1', 'rina', 'telco', 'p1', 'assessment', 7, 'call', 'inbound',"
        " '2025-05-01T08:00:00.000Z', '2025-05-01T08:05:00.000Z', 'finished', 'resolved', ?, ?)",
        (card["rubric_hash"], json.dumps(card)),
    )
    conn.execute(
        "INSERT INTO sessions(id, trainee, account, persona, mode, seed, channel, direction,"
        " started_at, status) VALUES ('old-2', 'budi', 'telco', 'p1', 'practice', 0, 'call',"
        " 'inbound', '2025-05-02T08:00:00.000Z', 'live')"
    )
    for e in events:
        conn.execute(
            "INSERT INTO events VALUES ('old-1', ?, ?, ?, ?)",
            (e["seq"], e["t"], e["kind"], json.dumps(e["data"])),
        )
    conn.close()


def test_a_v1_database_is_migrated_to_current(tmp_path: Path) -> None:
    played = play("1,3,2,1,1,1")  # the fatal path: a non-empty fatal_failures to back-fill
    card = played.scorecard.to_dict()
    path = tmp_path / "old.db"
    _make_v1(path, card, [e.to_dict() for e in played.events])

    with open_db(path) as store:
        c = store._conn
        assert c.execute("SELECT app, version FROM schema_version").fetchone() == (
            "mockcall",
            schema.CURRENT,
        )
        old = store.session("old-1")
        assert old is not None
        assert old.total == card["total"] and old.passed is False
        assert old.fatal_failures == tuple(card["fatal_failures"]) and old.fatal_count >= 1
        assert old.rubric_id == "telco-inbound" and old.rubric_version == card["rubric_version"]
        assert old.original_total == card["total"] and not old.overridden
        assert old.duration == played.events[-1].t
        assert set(old.section_scores) == {s["id"] for s in card["sections"]}
        assert store.original_scorecard("old-1") == card
        assert [u.meta.id for u in store.unfinished()] == ["old-2"]
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"sessions_trainee", "sessions_account", "sessions_persona"} <= indexes
        assert {"sessions_started", "sessions_passed"} <= indexes
        assert c.execute("SELECT count(*) FROM overrides").fetchone()[0] == 0
        assert len(store.events("old-1")) == len(played.events)

    with open_db(path) as store:  # opening again is a no-op
        assert store.count() == 2


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    played = play()
    _make_v1(path, played.scorecard.to_dict(), [])
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE INDEX sessions_trainee ON sessions(trainee)")  # v2 will collide
    conn.close()
    with pytest.raises(StoreError, match="could not be upgraded from schema v1"):
        open_db(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == 1
    columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    assert "total" not in columns  # the half-done v2 was rolled back whole
    conn.close()
