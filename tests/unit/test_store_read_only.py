"""Read-only stores: viewing works, any write is a clear StoreError("read-only"), and the CLI
says on stderr that it opened the database read-only — on SQLite and PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from store_helpers import StoreFactory, record_call

from mockcall.cli import main
from mockcall.store import StoreError, open_store
from mockcall.store.api import NewAssignment, NewSession, SessionFilter
from mockcall.store.sqlite import SQLiteStore


def test_read_only_store_reads_and_refuses_every_write(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = record_call(store, trainee="ana")
    viewer = open_store(store_factory.location, read_only=True)
    try:
        assert viewer.read_only
        assert [m.id for m in viewer.sessions(SessionFilter(trainee="AN"))] == [sid]
        assert viewer.scorecard(sid) is not None and viewer.overrides(sid) == []
        writes = [
            lambda: viewer.add_override(sid, "greet_and_name", "fail", "why", "lead"),
            lambda: viewer.begin(NewSession(trainee="t", account="a", persona="p")),
            lambda: viewer.assign(NewAssignment(trainee="ana", mode="practice", persona="p")),
            lambda: viewer.abandon(sid),
        ]
        for write in writes:
            with pytest.raises(StoreError) as caught:
                write()  # type: ignore[no-untyped-call]
            assert caught.value.kind == "read-only" and "read-only" in str(caught.value)
    finally:
        viewer.close()
    with store_factory.open() as store:
        assert store.overrides(sid) == []


def test_unwritable_sqlite_file_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.db"
    with SQLiteStore(path) as store:
        record_call(store)
    real = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode)
    )  # root may write anything, so "not writable" is simulated
    with SQLiteStore(path) as viewer:
        assert viewer.read_only and viewer.count() == 1


def test_read_only_of_a_missing_file_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        SQLiteStore(tmp_path / "none.db", read_only=True)
    assert not (tmp_path / "none.db").exists()


def test_cli_lists_say_read_only_and_an_override_free_command_still_works(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    with store_factory.open() as store:
        record_call(store, trainee="ana", started_at="2026-12-01T09:00:00.000Z")
    db = store_factory.location
    for argv in (["sessions"], ["export"], ["progress"]):
        code = main([*argv, "--db", db, "--read-only"])
        out, err = capsys.readouterr()
        assert code == 0 and "open read-only" in err and "open read-only" not in out
    code = main(["sessions", "--db", db, "--read-only", "--since", "2026-12-01", "--passed"])
    out, _ = capsys.readouterr()
    assert code == 0 and "ana" in out
