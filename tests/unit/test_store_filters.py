"""SessionFilter on both backends: case-insensitive prefixes (with ``%``/``_`` escaped), date
ranges from bare dates and ISO times with offsets, status/pass/fatal/reviewed — and that the
prefix conditions are served by the ``lower(column)`` indexes on SQLite and PostgreSQL alike."""

from __future__ import annotations

from typing import Any

import pytest
from store_helpers import StoreFactory, record_call

from mockcall.store.api import NewSession, SessionFilter
from mockcall.store.query import text_match, where_clause
from mockcall.store.when import lower_bound, upper_bound

PEOPLE = ("Rina", "rini", "Budi", "100%_sure", "100xxsure")


def _fill(store: Any) -> dict[str, str]:
    ids = {}
    for i, trainee in enumerate(PEOPLE):
        new = NewSession(
            trainee=trainee,
            account="Telco" if i % 2 else "bank",
            persona=f"telco-persona-{i}",
            started_at=f"2026-12-0{i + 1}T09:00:00.000Z",
        )
        sid = store.begin(new)
        card = {
            "total": 60.0 + i * 10,
            "passed": i >= 2,
            "fatal_failures": ["greeting"] if i == 0 else [],
            "sections": [],
        }
        store.finish(sid, card, "resolved")
        ids[trainee] = sid
    return ids


def _names(store: Any, **kw: Any) -> list[str]:
    where = SessionFilter(sort="started_at", descending=False, limit=None, **kw)
    return [m.trainee for m in store.sessions(where)]


def test_text_filters_are_case_insensitive_prefixes(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        _fill(store)
        assert _names(store, trainee="RIN") == ["Rina", "rini"]
        assert _names(store, trainee="rina") == ["Rina"]
        assert _names(store, trainee="rina", exact=True) == ["Rina"]
        assert _names(store, trainee="rin", exact=True) == []
        assert _names(store, account="tel") == ["rini", "100%_sure"]
        assert _names(store, persona="TELCO-PERSONA-4") == ["100xxsure"]
        # a typed % or _ matches itself, not "anything"
        assert _names(store, trainee="100%_") == ["100%_sure"]
        assert _names(store, trainee="100__") == []
        assert store.count(SessionFilter(trainee="r")) == 2


def test_dates_status_verdicts_and_review(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        _fill(store)
        assert _names(store, date_from="2026-12-02", date_to="2026-12-03") == ["rini", "Budi"]
        # 16:00 at +07:00 is 09:00 UTC: inclusive at both ends
        at = "2026-12-02T16:00:00+07:00"
        assert _names(store, date_from=at, date_to=at) == ["rini"]
        assert _names(store, date_to="2026-12-02T08:59:59Z") == ["Rina"]
        assert _names(store, passed=True) == ["Budi", "100%_sure", "100xxsure"]
        assert _names(store, passed=False) == ["Rina", "rini"]
        assert _names(store, fatal=True) == ["Rina"]
        assert _names(store, status="finished", reviewed=False) == list(PEOPLE)
        assert _names(store, reviewed=True) == []
        assert _names(store, status="abandoned") == []


def test_reviewed_means_overridden(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = record_call(store, trainee="ana")
        record_call(store, trainee="ana")
        store.add_override(sid, "greet_and_name", "fail", "no name given", "lead")
        assert [m.id for m in store.sessions(SessionFilter(reviewed=True))] == [sid]
        assert store.count(SessionFilter(reviewed=False)) == 1


def test_bad_dates_are_refused_with_a_sentence() -> None:
    with pytest.raises(ValueError, match="not a date"):
        where_clause(SessionFilter(date_from="May 1"))
    assert lower_bound("2026-12-01") == "2026-12-01"
    assert upper_bound("2026-12-01") == "2026-12-02"
    assert lower_bound("2026-12-01T10:00+07:00") == "2026-12-01T03:00:00.000"
    assert upper_bound("2026-12-01T03:00:00Z") == "2026-12-01T03:00:00.001"


def test_prefix_escapes_and_bounds() -> None:
    sql, params = text_match("trainee", "Ab%_\\")
    assert "LIKE ? ESCAPE" in sql and "lower(trainee) >= ?" in sql
    assert params == ["ab\\%\\_\\\\%", "ab%_\\", "ab%_]"]


def test_prefix_filters_use_the_folded_indexes(store_factory: StoreFactory) -> None:
    """EXPLAIN on both backends: a trainee prefix is searched through its lower() index."""
    with store_factory.open() as store:
        _fill(store)
    for column in ("trainee", "account", "persona"):
        where = SessionFilter(**{column: "Ri"})  # type: ignore[arg-type]
        sql_where, params = where_clause(where)
        query = f"SELECT id FROM sessions{sql_where} ORDER BY started_at DESC"
        index = f"sessions_{column}_folded"
        if store_factory.backend == "sqlite":
            plan = store_factory.sql(f"EXPLAIN QUERY PLAN {query}", params)
            assert any(index in str(row[-1]) for row in plan), plan
        else:
            text = _pg_plan(store_factory, query, params)
            assert index in text, text


def _pg_plan(factory: StoreFactory, query: str, params: list[Any]) -> str:
    import psycopg

    with psycopg.connect(factory.location, autocommit=True) as pg:
        pg.execute("SET enable_seqscan = off")
        rows = pg.execute(
            ("EXPLAIN " + query).replace("?", "%s"),
            tuple(params),
        ).fetchall()
    return "\n".join(str(r[0]) for r in rows)
