"""The store's everyday contract: begin/append/finish, reading back, filters, progress.

Every test takes ``store_factory`` and so runs on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import FATAL, StoreFactory, record_call, said

from mockcall.core.events import Event
from mockcall.store import SessionNotFound, open_store
from mockcall.store.api import NewSession, SessionFilter


def meta(**kw: object) -> NewSession:
    base: dict[str, object] = {"trainee": "rina", "account": "telco", "persona": "p1"}
    return NewSession(**{**base, **kw})  # type: ignore[arg-type]


def test_events_round_trip_in_order(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = store.begin(meta())
        for e in said(6):
            store.append(sid, e)
        assert store.events(sid) == said(6)
        assert store.session(sid) is not None
        assert store.session(sid).status == "live"


def test_database_and_parent_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "sessions.sqlite3"
    with open_store(str(path)) as store:
        store.begin(meta())
    assert path.is_file()


def test_append_refuses_duplicates_closed_sessions_and_unknown_ids(
    store_factory: StoreFactory,
) -> None:
    with store_factory.open() as store:
        sid = store.begin(meta())
        store.append(sid, Event(0, 0.0, "call_started", {}))
        with pytest.raises(ValueError, match="already stored"):
            store.append(sid, Event(0, 0.0, "call_started", {}))
        with pytest.raises(ValueError, match="add_override"):
            store.append(sid, Event(1, 0.0, "override", {}))
        store.finish(sid, None, "resolved")
        with pytest.raises(ValueError, match="finished"):
            store.append(sid, Event(1, 1.0, "customer_said", {}))
        with pytest.raises(SessionNotFound):
            store.append("nope", Event(0, 0.0, "call_started", {}))
        with pytest.raises(SessionNotFound):
            store.events("nope")
        assert store.session("nope") is None


def test_finish_denormalises_the_scorecard(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = record_call(store)
        m = store.session(sid)
        card = store.scorecard(sid)
        assert m is not None and card is not None
        assert m.status == "finished" and m.ending == "resolved"
        assert m.total == card["total"] and m.passed is True and m.fatal_count == 0
        assert m.rubric_id == "telco-inbound" and m.rubric_hash == card["rubric_hash"]
        assert m.duration == store.events(sid)[-1].t
        assert set(m.section_scores) == {s["id"] for s in card["sections"]}
        assert store.rubric_text(card["rubric_hash"]) is not None


def test_rubric_text_is_frozen_once_per_hash(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        store.save_rubric("h1", "r", 1, "first")
        store.save_rubric("h1", "r", 1, "second")
        assert store.rubric_text("h1") == "first"
        assert store.rubric_text("h2") is None


def test_filters_sorting_and_paging(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        for i, trainee in enumerate(["ana", "budi", "ana", "citra"]):
            sid = store.begin(meta(trainee=trainee, started_at=f"2026-01-0{i + 1}T09:00:00.000Z"))
            card = {"total": 50.0 + i * 10, "passed": i >= 2, "fatal_failures": [], "sections": []}
            store.finish(sid, card, "resolved")
        assert [m.trainee for m in store.sessions()] == ["citra", "ana", "budi", "ana"]
        assert store.count(SessionFilter(trainee="ana")) == 2
        assert [m.total for m in store.sessions(SessionFilter(trainee="ana"))] == [70.0, 50.0]
        assert [m.trainee for m in store.sessions(SessionFilter(passed=True))] == ["citra", "ana"]
        page = store.sessions(SessionFilter(sort="total", descending=False, limit=2, offset=1))
        assert [m.total for m in page] == [60.0, 70.0]
        days = SessionFilter(date_from="2026-01-02", date_to="2026-01-03")
        assert [m.trainee for m in store.sessions(days)] == ["ana", "budi"]
        with pytest.raises(ValueError):
            store.sessions(SessionFilter(sort="id; DROP TABLE sessions"))  # type: ignore[arg-type]


def test_unfinished_and_abandon(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = store.begin(meta())
        for e in said(3):
            store.append(sid, e)
        [u] = store.unfinished()
        assert (u.meta.id, u.event_count, u.last_t) == (sid, 3, 2.0)
        assert u.running  # this very process owns it
        store.abandon(sid)
        assert store.unfinished() == []
        m = store.session(sid)
        assert m is not None and m.status == "abandoned" and m.duration == 2.0
        with pytest.raises(ValueError, match="abandoned"):
            store.abandon(sid)


def test_progress_over_time_and_weakest_criteria(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        record_call(store, started_at="2026-01-01T09:00:00.000Z")
        record_call(store, FATAL, started_at="2026-01-02T09:00:00.000Z")
        record_call(store, trainee="someone-else")
        progress = store.progress("rina")
        assert progress.sessions == 2
        assert [p.passed for p in progress.points] == [True, False]
        assert progress.fatal_counts == {"verify_before_disclose": 1}
        weakest = progress.weakest[0]
        assert weakest.lost >= 1 and weakest.applicable >= weakest.lost
        assert store.progress("rina", account="bank").sessions == 0
        assert store.progress("nobody").average is None


def test_a_second_connection_sees_committed_work_at_once(store_factory: StoreFactory) -> None:
    a = store_factory.open()
    b = store_factory.open()
    sid = a.begin(meta())
    assert b.session(sid) is not None  # a second connection sees committed work at once
    a.close()
    b.close()


def test_a_live_call_nobody_holds_reads_as_interrupted_until_claimed(
    store_factory: StoreFactory,
) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # its pid now names no process: the seat that "crashed"
    with store_factory.open() as seat:
        sid = seat.begin(meta())
        for e in said(2):
            seat.append(sid, e)
        other = seat.begin(meta(trainee="budi"))  # this process's own call, still going
    store_factory.sql("UPDATE sessions SET pid = ? WHERE id = ?", (dead.pid, sid))
    with store_factory.open() as desk:
        assert desk.session(sid).status == "interrupted"
        assert desk.session(other).status == "live"
        interrupted = SessionFilter(status="interrupted")
        assert [m.id for m in desk.sessions(interrupted)] == [sid]
        assert desk.count(interrupted) == 1 and desk.count(SessionFilter(status="live")) == 1
        [u] = [u for u in desk.unfinished() if u.meta.id == sid]
        assert not u.running and u.meta.status == "interrupted"
        assert [r.meta.status for r in desk.records() if r.meta.id == sid] == ["interrupted"]
        desk.claim(sid)  # resumed here: it is this process's call now
        assert desk.session(sid).status == "live"
        assert desk.count(interrupted) == 0
        desk.append(sid, Event(2, 2.0, "agent_said", {"text": "maaf menunggu"}))
        desk.abandon(sid)
        with pytest.raises(ValueError, match="abandoned"):
            desk.claim(sid)
