"""What both SQL backends read the same way, written once.

SQLite and PostgreSQL differ in how they connect, lock, retry and write JSON; most reads are
the same standard SQL with another parameter marker. Those live here, and each backend supplies
only what differs: ``_P`` (``?`` or ``%s``), ``_read`` (run a function on its connection, with
its own retries), the one dialect-specific query (``_LOSSES``: criteria lost, from the scorecard
JSON), and the reads that are not standard SQL (``session``, ``events``, ``_orphans``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar, Final, TypeVar

from mockcall.core import events as ev
from mockcall.core.events import Event
from mockcall.store.api import (
    CriterionLoss,
    OverrideRecord,
    Progress,
    ProgressPoint,
    SessionFilter,
    SessionMeta,
)
from mockcall.store.errors import SessionNotFound
from mockcall.store.overrides import override_record
from mockcall.store.query import (
    META_SELECT,
    held_filter,
    meta_from_row,
    order_clause,
    page,
    page_clause,
    read_as_held,
    where_clause,
)

T = TypeVar("T")
_ALL: Final = SessionFilter()


class SqlReads:
    """The shared half of :class:`~mockcall.store.api.SessionStore` for SQL backends."""

    #: the driver's parameter marker
    _P: ClassVar[str]
    #: criterion, section, times lost, times applicable, fatal — over ``{cond}``'s sessions
    _LOSSES: ClassVar[str]

    def _read(self, fn: Callable[[Any], T]) -> T:
        raise NotImplementedError

    def _orphans(self) -> frozenset[str]:
        raise NotImplementedError

    def session(self, session_id: str) -> SessionMeta | None:
        raise NotImplementedError

    def events(self, session_id: str) -> list[Event]:
        raise NotImplementedError

    def _one(self, sql: str, *params: Any) -> Any:
        return self._read(lambda c: c.execute(sql.replace("?", self._P), params).fetchone())

    def find_source(self, source_hash: str) -> str | None:
        row = self._one("SELECT id FROM sessions WHERE source_hash = ?", source_hash)
        return None if row is None else str(row[0])

    def rubric_text(self, content_hash: str) -> str | None:
        row = self._one("SELECT text FROM rubrics WHERE hash = ?", content_hash)
        return None if row is None else str(row[0])

    def scorecard(self, session_id: str) -> dict[str, Any] | None:
        return self._card(session_id, "scorecard")

    def original_scorecard(self, session_id: str) -> dict[str, Any] | None:
        return self._card(session_id, "original_scorecard")

    def _card(self, session_id: str, column: str) -> dict[str, Any] | None:
        row = self._one(f"SELECT {column} FROM sessions WHERE id = ?", session_id)
        if row is None:
            raise SessionNotFound(session_id)
        return None if row[0] is None else dict(json.loads(row[0]))

    def _closed(self, session_id: str, what: str) -> Exception:
        """Why a write to a session that is not live was refused."""
        meta = self.session(session_id)
        if meta is None:
            return SessionNotFound(session_id)
        return ValueError(f"session {session_id} is {meta.status}: it {what}")

    def sessions(self, where: SessionFilter | None = None) -> list[SessionMeta]:
        where = where or _ALL
        held = held_filter(where)
        query = held or where
        sql_where, params = where_clause(query, self._P)
        sql = f"SELECT {META_SELECT} FROM sessions{sql_where}{order_clause(query)}"
        sql += page_clause(query)
        rows = self._read(lambda c: c.execute(sql, params).fetchall())
        metas = read_as_held((meta_from_row(r) for r in rows), self._orphans())
        return metas if held is None else page(metas, where)

    def count(self, where: SessionFilter | None = None) -> int:
        where = where or _ALL
        if held_filter(where) is not None:
            return len(self.sessions(replace(where, limit=None, offset=0)))
        sql_where, params = where_clause(where, self._P)
        row = self._read(
            lambda c: c.execute(f"SELECT count(*) FROM sessions{sql_where}", params).fetchone()
        )
        return int(row[0])

    def progress(self, trainee: str, account: str | None = None) -> Progress:
        p = self._P
        cond = f"trainee = {p} AND status = 'finished' AND total IS NOT NULL"
        params: list[Any] = [trainee]
        if account is not None:
            cond += f" AND account = {p}"
            params.append(account)

        def read(c: Any) -> tuple[list[Any], list[Any]]:
            points = c.execute(
                "SELECT id, started_at, account, persona, mode, total, passed, fatal_count"
                f" FROM sessions WHERE {cond} ORDER BY started_at, id",
                params,
            ).fetchall()
            return points, c.execute(self._LOSSES.format(cond=cond), params).fetchall()

        points, losses = self._read(read)
        weakest = tuple(
            CriterionLoss(str(r[0]), str(r[1]), int(r[2]), int(r[3]), bool(r[4])) for r in losses
        )
        return Progress(
            trainee=trainee,
            account=account,
            points=tuple(
                ProgressPoint(r[0], r[1], r[2], r[3], r[4], float(r[5]), bool(r[6]), int(r[7]))
                for r in points
            ),
            weakest=weakest,
            fatal_counts={w.criterion: w.lost for w in weakest if w.fatal and w.lost},
        )

    def overrides(self, session_id: str) -> list[OverrideRecord]:
        return [
            override_record(session_id, e.seq, e.data)
            for e in self.events(session_id)
            if e.kind == ev.OVERRIDE
        ]
