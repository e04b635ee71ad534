"""A killed process loses no committed event; many processes writing at once lose nothing.

Both run on SQLite and on PostgreSQL (``store_factory``): the child processes open the store by
its location (a file, or a DSN) exactly as ``--db`` would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from store_helpers import StoreFactory, open_db

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys, time
from mockcall.core.events import Event
from mockcall.store.api import NewSession
from mockcall.store import open_store

store = open_store(sys.argv[1])
sid = store.begin(NewSession(trainee="rina", account="telco", persona="p1"))
print("session", sid, flush=True)
seq = 0
while True:
    store.append(sid, Event(seq, seq * 0.5, "agent_said", {"text": "halo " * 20}))
    print(seq, flush=True)  # printed only after append returned, i.e. committed
    seq += 1
"""

MANY = """
import sys
from mockcall.core.events import Event
from mockcall.store.api import NewSession
from mockcall.store import open_store
from mockcall.store.sqlite import SQLiteStore

path, who, sessions, events = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
store = open_store(path) if "://" in path else SQLiteStore(path, busy_timeout=5.0, retries=8)
for _ in range(sessions):
    sid = store.begin(NewSession(trainee=who, account="telco", persona="p1"))
    for seq in range(events):
        store.append(sid, Event(seq, float(seq), "customer_said", {"text": who}))
    card = {"total": 90.0, "passed": True, "fatal_failures": [], "sections": []}
    store.finish(sid, card, "resolved")
store.close()
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_mid_call_loses_no_printed_event(store_factory: StoreFactory) -> None:
    db = store_factory.location
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, db], stdout=subprocess.PIPE, text=True, env=_env()
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().split()
    assert first[0] == "session", first
    sid = first[1]
    printed: list[int] = []
    deadline = time.monotonic() + 30
    while len(printed) < 40 and time.monotonic() < deadline:
        printed.append(int(proc.stdout.readline()))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()  # reap it: a zombie still answers kill(pid, 0)
    printed += [int(line) for line in proc.stdout.read().split()]
    assert len(printed) >= 40

    with store_factory.open() as store:
        stored = [e.seq for e in store.events(sid)]
        assert stored[: len(printed)] == printed  # every printed event, in order
        assert stored == list(range(len(stored)))  # and nothing torn or missing
        [left] = _settled(store)
        assert left.meta.id == sid and not left.running
        store.abandon(sid)
        assert store.session(sid).status == "abandoned"
        assert store.unfinished() == []
    if store_factory.backend == "sqlite":
        assert store_factory.sql("PRAGMA integrity_check") == [("ok",)]


def _settled(store: Any, seconds: float = 5.0) -> list[Any]:
    """``unfinished()`` once no killed writer counts as running: PostgreSQL releases a dead
    client's session lock when it notices the closed socket, a few milliseconds later."""
    deadline = time.monotonic() + seconds
    left = store.unfinished()
    while any(u.running for u in left) and time.monotonic() < deadline:
        time.sleep(0.05)
        left = store.unfinished()
    return list(left)


def test_twenty_processes_writing_at_once_lose_nothing(store_factory: StoreFactory) -> None:
    db = store_factory.location  # nothing created yet: creating the schema races too
    writers, sessions, events = 20, 3, 8
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", MANY, db, f"t{i}", str(sessions), str(events)],
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for i in range(writers)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * writers, errors
    sql = store_factory.sql
    assert sql("SELECT count(*) FROM sessions") == [(writers * sessions,)]
    assert sql("SELECT count(*) FROM events") == [(writers * sessions * events,)]
    per = dict(sql("SELECT trainee, count(*) FROM sessions GROUP BY trainee"))
    assert per == {f"t{i}": sessions for i in range(writers)}
    assert sql("SELECT count(*) FROM schema_version") == [(1,)]
    with store_factory.open() as store:
        assert store.unfinished() == []


def _gone() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_call_whose_process_is_gone_reads_as_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mockcall.store.api import NewSession, SessionFilter

    db = tmp_path / "s.db"
    with open_db(db) as store:
        mine = store.begin(NewSession(trainee="rina", account="telco", persona="p1"))
        with monkeypatch.context() as m:
            m.setattr("mockcall.store.sqlite.os.getpid", _gone)
            crashed = store.begin(NewSession(trainee="rina", account="telco", persona="p2"))
        by_id = {meta.id: meta.status for meta in store.sessions()}
        assert by_id == {mine: "live", crashed: "interrupted"}
        [interrupted] = store.sessions(SessionFilter(status="interrupted"))
        assert interrupted.id == crashed
        assert [m.id for m in store.sessions(SessionFilter(status="live"))] == [mine]
        assert store.count(SessionFilter(status="interrupted")) == 1
        assert [u.meta.id for u in store.unfinished() if not u.running] == [crashed]

        store.claim(crashed)  # resumed by this process
        assert store.session(crashed).status == "live"  # type: ignore[union-attr]
        assert store.count(SessionFilter(status="interrupted")) == 0


def test_sessions_list_shows_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mockcall.cli import main
    from mockcall.store.api import NewSession

    db = tmp_path / "s.db"
    with open_db(db) as store, monkeypatch.context() as m:
        m.setattr("mockcall.store.sqlite.os.getpid", _gone)
        store.begin(NewSession(trainee="rina", account="telco", persona="p1"))
    out = tmp_path / "out.txt"
    with open(out, "w") as fh, monkeypatch.context() as m:
        m.setattr(sys, "stdout", fh)
        assert main(["sessions", "list", "--db", str(db)]) == 0
    assert "interrupted" in out.read_text()
    assert " live " not in out.read_text()
