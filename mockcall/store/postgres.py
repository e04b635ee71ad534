"""The PostgreSQL session store: one server for a training floor of many seats.

Same :class:`~mockcall.store.api.SessionStore` contract as the SQLite store, built on what a
server gives instead of a file:

* **One transaction per event, no file locks.**  The connection is in autocommit mode, so each
  ``append`` is one ``INSERT ... SELECT ... WHERE EXISTS (live session)`` committed before it
  returns.  Seats never wait for each other: each writes its own session's rows, and the
  primary keys (``sessions.id``, ``events(session_id, seq)``) refuse a duplicate id or event.
  The live-session check takes a share lock on the session row, so a ``finish`` and an
  ``append`` of one session never interleave.
* **Migrations are SQLite's**, rendered for PostgreSQL (:mod:`mockcall.store.schema`), each in
  one transaction, serialised by ``pg_advisory_xact_lock`` so seats starting at once do not
  both migrate.
* **Which live call is still running** is answered by the server: the connection recording a
  session holds ``pg_try_advisory_lock`` on it, and the server drops that lock the moment the
  seat's process dies, on whatever machine it ran.
* **A lost connection loses no completed turn.**  ``append`` reconnects once and retries; if
  the first attempt had in fact committed, the stored row is recognised and not duplicated.
  When the server stays unreachable, ``StoreError`` says so and the recorder keeps the event
  queued for the next attempt.

Connection strings are never echoed with their password: :attr:`location` and every message
name ``postgresql://user@host:port/database`` only.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, Final, TypeVar

from mockcall.core import events as ev
from mockcall.core.events import Event
from mockcall.store import assignments, schema
from mockcall.store.api import (
    Assignment,
    NewAssignment,
    NewSession,
    OverrideRecord,
    SessionFilter,
    SessionMeta,
    SessionRecord,
    Unfinished,
)
from mockcall.store.errors import DuplicateSource, Kind, SessionNotFound, StoreError
from mockcall.store.overrides import check_override, override_event, override_record
from mockcall.store.query import (
    META_SELECT,
    insert_session,
    meta_from_row,
    order_clause,
    page_clause,
    read_as_held,
    section_scores,
    session_row,
    where_clause,
)
from mockcall.store.reviews import check_review, review_write
from mockcall.store.sql_reads import SqlReads
from mockcall.store.sqlite import _alive, _dumps, _event, _new_id, now_iso

if TYPE_CHECKING:
    import psycopg

T = TypeVar("T")

#: advisory lock keys: (SESSION_LOCK, hashtext(session id)) held while a call records;
#: (MIGRATION_LOCK, 0) held by the transaction that migrates the schema.
SESSION_LOCK: Final = 0x4D4B434C
MIGRATION_LOCK: Final = 0x4D4B434D
_ALL: Final = SessionFilter()
_P: Final = "%s"
_INSERT_SESSION: Final = insert_session(_P)
_APPEND: Final = (
    "INSERT INTO events(session_id, seq, t, kind, data) SELECT %s, %s, %s, %s, %s::json"
    " WHERE EXISTS (SELECT 1 FROM sessions WHERE id = %s AND status = 'live' FOR SHARE)"
)
_EVENTS: Final = "SELECT seq, t, kind, data FROM events WHERE session_id = %s ORDER BY seq"
#: whether some connection (any machine) holds the session's lock: its call is being recorded
_HELD: Final = (
    "EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted"
    " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    f" AND l.classid = {SESSION_LOCK}::oid AND l.objsubid = 2"
    " AND l.objid = hashtext(sessions.id)::oid)"
)


def open_postgres(dsn: str, *, migrate: bool = True, read_only: bool = False) -> PostgresStore:
    """The store at ``dsn``; a clear StoreError when the driver is not installed."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise StoreError(
            "unwritable",
            f"sessions database {safe_location(dsn)} is on PostgreSQL, which needs the psycopg "
            "driver: pip install 'mockcall[postgres]'",
        ) from exc
    return PostgresStore(dsn, migrate=migrate, read_only=read_only)


def safe_location(dsn: str) -> str:
    """``postgresql://user@host:port/database`` — the DSN without its password."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(dsn)
    except Exception:  # an unparsable DSN: say nothing from it beyond the scheme
        return "postgresql://(unreadable connection string)"
    return _location(params)


def _location(params: Mapping[str, Any]) -> str:
    user = str(params.get("user") or "")
    host = str(params.get("host") or params.get("hostaddr") or "")
    port = str(params.get("port") or "")
    dbname = str(params.get("dbname") or user or "")
    return f"postgresql://{user + '@' if user else ''}{host}{':' + port if port else ''}/{dbname}"


class PostgresStore(SqlReads):
    """:class:`~mockcall.store.api.SessionStore` on one PostgreSQL database."""

    _P = "%s"
    _LOSSES = (
        "SELECT (c.value->>'id') COLLATE \"C\" AS criterion,"
        " c.value->>'section' AS section,"
        " sum(CASE WHEN c.value->>'status' = 'fail' THEN 1 ELSE 0 END) AS lost,"
        " sum(CASE WHEN c.value->>'status' != 'na' THEN 1 ELSE 0 END) AS applicable,"
        " bool_or(coalesce((c.value->>'fatal')::boolean, false)) AS fatal"
        " FROM sessions, json_array_elements(sessions.scorecard->'criteria') AS c(value)"
        " WHERE {cond} GROUP BY 1, 2"
        " ORDER BY lost DESC, applicable DESC, criterion"
    )

    def _read(self, fn: Callable[[Any], T]) -> T:
        return self._run(fn)

    def __init__(
        self,
        dsn: str,
        *,
        connect_timeout: float = 5.0,
        lock_timeout: float = 5.0,
        migrate: bool = True,
        read_only: bool = False,
    ) -> None:
        from psycopg.conninfo import conninfo_to_dict

        try:
            self._params = conninfo_to_dict(dsn)
        except Exception:  # its message may quote the password: not chained
            raise StoreError(
                "unwritable", "the PostgreSQL connection string (--db, $MOCKCALL_DB) cannot be read"
            ) from None
        self._dsn = dsn
        self.read_only = read_only
        self._password = str(self._params.get("password") or "")
        self.location = _location(self._params)
        self._connect_timeout = connect_timeout
        self._lock_timeout = lock_timeout
        self._host = socket.gethostname()
        #: live sessions this store records: it holds their advisory lock
        self._owned: set[str] = set()
        self._conn = self._connect()
        try:
            self._probe()
            if migrate and not read_only:
                self.migrate()
        except BaseException:
            self._conn.close()
            raise

    # ================================================================ connecting

    def _connect(self) -> psycopg.Connection[tuple[Any, ...]]:
        import psycopg
        from psycopg.types.string import TextLoader

        try:
            conn = psycopg.connect(
                self._dsn,
                autocommit=True,
                connect_timeout=max(1, round(self._connect_timeout)),
                application_name=str(self._params.get("application_name") or "mockcall"),
            )
        except psycopg.Error as exc:
            raise self._connect_error(exc) from None
        conn.adapters.register_loader("json", TextLoader)  # JSON stays text, as in SQLite
        try:
            conn.execute(f"SET lock_timeout = {int(self._lock_timeout * 1000)}")
            if self.read_only:  # the server itself refuses writes on this connection
                conn.execute("SET default_transaction_read_only = on")
        except psycopg.Error as exc:
            conn.close()
            raise self._translate(exc) from None
        return conn

    def _refuse_write(self) -> None:
        """Every write path calls this first: a clear sentence instead of the server's."""
        if self.read_only:
            raise self._error(
                "read-only",
                "is open read-only (--read-only): nothing can be changed (no override, no call)",
            )

    def _connect_error(self, exc: Exception) -> StoreError:
        text = self._scrub(str(exc))
        low = text.lower()
        user = str(self._params.get("user") or os.environ.get("PGUSER") or "")
        dbname = str(self._params.get("dbname") or user)
        if "password" in low or "authentication" in low or ("role" in low and "not exist" in low):
            return self._error(
                "unwritable",
                f"refused the login of user '{user}' (check the password in ~/.pgpass or "
                "$PGPASSWORD, or the server's pg_hba.conf)",
            )
        if "database" in low and "does not exist" in low:
            return self._error(
                "unwritable",
                f"does not exist on the server (create it first: createdb {dbname})",
            )
        if "does not allow connections" in low or "too many" in low:
            return self._error("unwritable", f"does not accept connections now ({_tail(text)})")
        return self._error(
            "unwritable",
            f"cannot be reached ({_tail(text)}); is the PostgreSQL server running?",
        )

    def _scrub(self, text: str) -> str:
        return text.replace(self._password, "***") if self._password else text

    def _error(self, kind: Kind, what: str) -> StoreError:
        return StoreError(kind, f"sessions database {self.location} {what}")

    def _reconnect(self) -> None:
        """A fresh connection after a lost one; the advisory locks of owned calls are taken
        again (the server released them with the old connection)."""
        import contextlib

        import psycopg

        with contextlib.suppress(Exception):
            self._conn.close()
        self._conn = self._connect()
        try:
            for session_id in sorted(self._owned):
                self._lock(self._conn, session_id)
        except psycopg.Error as exc:
            raise self._translate(exc) from None

    # ================================================================ schema

    def _probe(self) -> None:
        """Refuse a database that is someone else's or newer than this mockcall (under the
        migration lock: a seat migrating at this moment is waited for, not taken for a
        stranger's half-made tables)."""

        def read(conn: psycopg.Connection[tuple[Any, ...]]) -> tuple[str, int] | None:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s, 0)", (MIGRATION_LOCK,))
                return self._marker(conn)

        marker = self._run(read)
        if marker is None:
            return
        app, version = marker
        if app != schema.APP:
            raise self._error("foreign", f"belongs to '{app}', not mockcall; left untouched")
        if version > schema.CURRENT:
            raise self._error(
                "foreign",
                f"was written by a newer mockcall (schema v{version}; this one knows up to "
                f"v{schema.CURRENT}); upgrade mockcall to open it",
            )

    def _marker(self, conn: psycopg.Connection[tuple[Any, ...]]) -> tuple[str, int] | None:
        """(app, version) from schema_version; None for an empty schema; StoreError for
        someone else's tables."""
        found = conn.execute(
            "SELECT to_regclass('schema_version') IS NOT NULL, (SELECT count(*) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
            " AND c.relkind IN ('r', 'v', 'm', 'p', 'f'))"
        ).fetchone()
        has, others = (bool(found[0]), int(found[1])) if found else (False, 0)
        if has:
            row = conn.execute("SELECT app, version FROM schema_version").fetchone()
            return (str(row[0]), int(row[1])) if row else ("", 0)
        if others:
            raise self._error(
                "foreign",
                "holds another program's tables (no mockcall schema_version); "
                "mockcall leaves it untouched",
            )
        return None

    def schema_version(self) -> int | None:
        """The database's schema version (None: nothing created yet)."""
        marker = self._run(self._marker)
        return None if marker is None else marker[1]

    def migrate(self) -> tuple[int, int]:
        """Apply the missing migrations; (version before, version after)."""
        self._refuse_write()
        import psycopg

        migrations = schema.migrations("postgres")

        def step(conn: psycopg.Connection[tuple[Any, ...]]) -> tuple[int, int]:
            try:
                return upgrade(conn)
            except psycopg.Error as exc:
                if conn.closed or conn.broken:
                    raise
                raise _MigrationFailed(exc) from None

        def upgrade(conn: psycopg.Connection[tuple[Any, ...]]) -> tuple[int, int]:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s, 0)", (MIGRATION_LOCK,))
                marker = self._marker(conn)
                found = 0 if marker is None else marker[1]
                if found > schema.CURRENT:
                    return found, found  # a newer mockcall raced us: _probe says so
                for target in range(found + 1, schema.CURRENT + 1):
                    for statement in migrations[target]:
                        conn.execute(statement.replace("%", "%%"))
                    if target == 1:
                        conn.execute(
                            "INSERT INTO schema_version(app, version, migrated_at)"
                            " VALUES (%s, %s, %s)",
                            (schema.APP, 1, now_iso()),
                        )
                    else:
                        conn.execute(
                            "UPDATE schema_version SET version = %s, migrated_at = %s",
                            (target, now_iso()),
                        )
                return found, max(found, schema.CURRENT)

        found = self.schema_version() or 0
        if found >= schema.CURRENT:
            return found, found
        try:
            result = self._run(step, retry=False)
        except _MigrationFailed as failed:  # rolled back: the database is as it was
            exc = failed.error
            kind: Kind = "unwritable" if _sqlstate(exc) == "42501" else "corrupt"
            raise self._error(
                kind,
                f"could not be upgraded from schema v{found} to v{schema.CURRENT} "
                f"({_tail(self._scrub(str(exc)))}); it was left unchanged",
            ) from None
        self._probe()
        return result

    # ================================================================ running statements

    def _run(
        self, fn: Callable[[psycopg.Connection[tuple[Any, ...]]], T], *, retry: bool = True
    ) -> T:
        """``fn(connection)``; a lost connection is reopened, and ``fn`` run once more when
        ``retry`` (reads, and appends, which recognise their own committed row)."""
        import psycopg

        for attempt in (0, 1):
            conn = self._conn
            try:
                return fn(conn)
            except psycopg.IntegrityError:
                raise
            except psycopg.Error as exc:
                if not (conn.closed or conn.broken):
                    raise self._translate(exc) from None
                self._reconnect()  # StoreError when the server stays away
                if not retry or attempt:
                    raise self._error(
                        "unwritable",
                        "lost the connection during a write; it was reconnected, but the write "
                        "must be tried again",
                    ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _translate(self, exc: Exception) -> StoreError:
        state = _sqlstate(exc)
        text = _tail(self._scrub(str(exc)))
        if state in ("55P03", "57014", "40P01", "40001"):
            return self._error(
                "locked",
                f"is busy: another mockcall holds what this one needs ({text}); try again",
            )
        if state == "42501":
            return self._error("unwritable", f"cannot be written by this user ({text})")
        if state in ("42P01", "42703"):
            return self._error("corrupt", f"is missing part of its schema ({text})")
        return self._error("unwritable", f"failed ({text})")

    def _lock(self, conn: psycopg.Connection[tuple[Any, ...]], session_id: str) -> None:
        conn.execute(
            "SELECT pg_try_advisory_lock(%s, hashtext(%s))", (SESSION_LOCK, session_id)
        ).fetchone()

    def _unlock(self, session_id: str) -> None:
        if session_id in self._owned:
            self._owned.discard(session_id)
            self._run(
                lambda c: c.execute(
                    "SELECT pg_advisory_unlock(%s, hashtext(%s))", (SESSION_LOCK, session_id)
                ).fetchone()
            )

    # ================================================================ recording

    def begin(self, meta: NewSession) -> str:
        self._refuse_write()
        import psycopg

        started = meta.started_at or now_iso()
        for _ in range(5):
            session_id = _new_id(started)
            row = session_row(meta, session_id, started, self._host, os.getpid())

            try:
                self._run(partial(self._insert_session, row), retry=False)
            except psycopg.errors.UniqueViolation as exc:
                if exc.diag.constraint_name == "sessions_source_hash" and meta.source_hash:
                    raise DuplicateSource(self.find_source(meta.source_hash) or "?") from None
                continue  # the same id drawn twice in one second: draw again
            except psycopg.IntegrityError as exc:
                raise ValueError(f"cannot begin a session: {exc}") from None
            self._owned.add(session_id)
            return session_id
        raise RuntimeError("could not draw a unique session id")  # pragma: no cover

    def _insert_session(
        self, row: tuple[Any, ...], conn: psycopg.Connection[tuple[Any, ...]]
    ) -> None:
        conn.execute(_INSERT_SESSION, row)
        self._lock(conn, str(row[0]))  # held while this seat records the call

    def append(self, session_id: str, event: Event) -> None:
        self._refuse_write()
        import psycopg

        if event.kind in ev.REVIEW_KINDS:
            raise ValueError("review events are added with add_override or add_review, not append")
        data = _dumps(dict(event.data))
        params = (session_id, event.seq, event.t, event.kind, data, session_id)
        attempts: list[int] = []

        def insert(c: psycopg.Connection[tuple[Any, ...]]) -> int:
            attempts.append(1)
            if session_id not in self._owned:  # a resumed call: this seat records it now
                self._lock(c, session_id)
                self._owned.add(session_id)
            return c.execute(_APPEND, params).rowcount

        try:
            inserted = self._run(insert)
        except psycopg.errors.UniqueViolation:
            if len(attempts) > 1 and self._stored(session_id, event, data):
                return  # the lost attempt had committed: stored once, as it should be
            raise ValueError(f"session {session_id}: event {event.seq} is already stored") from None
        if inserted == 0:
            self._owned.discard(session_id)
            raise self._closed(session_id, "cannot take more events")

    def _stored(self, session_id: str, event: Event, data: str) -> bool:
        row = self._run(
            lambda c: c.execute(
                "SELECT t, kind, data FROM events WHERE session_id = %s AND seq = %s",
                (session_id, event.seq),
            ).fetchone()
        )
        return row is not None and (float(row[0]), str(row[1]), json.loads(row[2])) == (
            event.t,
            event.kind,
            json.loads(data),
        )

    def finish(
        self,
        session_id: str,
        scorecard: Mapping[str, Any] | None,
        ending: str | None,
        *,
        ended_at: str | None = None,
    ) -> None:
        self._refuse_write()
        card = None if scorecard is None else dict(scorecard)
        card_json = None if card is None else _dumps(card)
        total = None if card is None else float(card["total"])
        passed = None if card is None else bool(card["passed"])
        fatal = 0 if card is None else len(card.get("fatal_failures", ()))
        scores = None if card is None else _dumps(section_scores(card))
        fatal_ids = None if card is None else _dumps(list(card.get("fatal_failures", ())))
        params = (
            ended_at or now_iso(),
            ending,
            card_json,
            card_json,
            total,
            passed,
            fatal,
            fatal_ids,
            scores,
            total,
            passed,
            None if card is None else card.get("rubric_id"),
            None if card is None else card.get("rubric_version"),
            None if card is None else card.get("rubric_hash"),
            session_id,
            session_id,
        )
        updated = self._run(
            lambda c: (
                c.execute(
                    "UPDATE sessions SET status = 'finished', ended_at = %s, ending = %s,"
                    " scorecard = %s::json, original_scorecard = %s::json, total = %s, passed = %s,"
                    " fatal_count = %s, fatal_failures = %s::json, section_scores = %s::json,"
                    " original_total = %s, original_passed = %s,"
                    " rubric_id = coalesce(%s, rubric_id),"
                    " rubric_version = coalesce(%s::integer, rubric_version),"
                    " rubric_hash = coalesce(%s, rubric_hash),"
                    " duration = (SELECT max(t) FROM events WHERE session_id = %s)"
                    " WHERE id = %s AND status = 'live'",
                    params,
                ).rowcount
            ),
            retry=False,
        )
        if updated == 0:
            raise self._closed(session_id, "was already closed")
        self._unlock(session_id)

    def save_rubric(self, content_hash: str, rubric_id: str, version: int, text: str) -> None:
        self._refuse_write()
        if not content_hash:
            raise ValueError("a rubric needs its content hash to be frozen")
        self._run(
            lambda c: c.execute(
                "INSERT INTO rubrics(hash, rubric_id, version, text, saved_at)"
                " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (hash) DO NOTHING",
                (content_hash, rubric_id, int(version), text, now_iso()),
            )
        )

    # ================================================================ crash recovery

    def unfinished(self) -> list[Unfinished]:
        rows = self._run(
            lambda c: c.execute(
                f"SELECT {META_SELECT}, host, pid,"
                " (SELECT count(*) FROM events WHERE session_id = sessions.id),"
                " (SELECT coalesce(max(t), 0) FROM events WHERE session_id = sessions.id),"
                f" {_HELD} FROM sessions WHERE status = 'live' ORDER BY started_at, id"
            ).fetchall()
        )
        out = []
        for row in rows:
            n = len(row)
            host, pid = str(row[n - 5]), int(row[n - 4])
            running = self._running(bool(row[n - 1]), host, pid)
            meta = meta_from_row(row)
            out.append(
                Unfinished(
                    meta=meta if running else replace(meta, status="interrupted"),
                    event_count=int(row[n - 3]),
                    last_t=float(row[n - 2]),
                    host=host,
                    pid=pid,
                    running=running,
                )
            )
        return out

    def _running(self, held: bool, host: str, pid: int) -> bool:
        """A live call is running while a connection holds its lock — on any machine, as the
        server sees it — or while its process runs here (a seat between reconnects)."""
        return held or (host == self._host and _alive(pid))

    def _orphans(self) -> frozenset[str]:
        """Ids of live sessions nobody records any more (they read as ``interrupted``)."""
        rows = self._run(
            lambda c: c.execute(
                f"SELECT id, host, pid, {_HELD} FROM sessions WHERE status = 'live'"
            ).fetchall()
        )
        return frozenset(
            str(r[0]) for r in rows if not self._running(bool(r[3]), str(r[1]), int(r[2]))
        )

    def claim(self, session_id: str) -> None:
        """This process now records a live session (a crashed call being resumed): its host
        and pid are written and its lock taken, so it reads ``live`` and is not offered again."""
        self._refuse_write()
        self._owned.add(session_id)

        def tx(c: psycopg.Connection[tuple[Any, ...]]) -> int:
            n = c.execute(
                "UPDATE sessions SET host = %s, pid = %s WHERE id = %s AND status = 'live'",
                (self._host, os.getpid(), session_id),
            ).rowcount
            if n:
                self._lock(c, session_id)
            return n

        if self._run(tx) == 0:
            self._owned.discard(session_id)
            raise self._closed(session_id, "cannot be resumed")

    def abandon(self, session_id: str, *, ended_at: str | None = None) -> None:
        self._refuse_write()
        updated = self._run(
            lambda c: (
                c.execute(
                    "UPDATE sessions SET status = 'abandoned', ended_at = %s,"
                    " duration = (SELECT max(t) FROM events WHERE session_id = %s)"
                    " WHERE id = %s AND status = 'live'",
                    (ended_at or now_iso(), session_id, session_id),
                ).rowcount
            ),
            retry=False,
        )
        if updated == 0:
            raise self._closed(session_id, "cannot be abandoned")
        self._unlock(session_id)

    # ================================================================ reading

    def session(self, session_id: str) -> SessionMeta | None:
        row = self._run(
            lambda c: c.execute(
                f"SELECT {META_SELECT}, host, pid, {_HELD} FROM sessions WHERE id = %s",
                (session_id,),
            ).fetchone()
        )
        if row is None:
            return None
        meta = meta_from_row(row)
        if meta.status == "live" and not self._running(bool(row[-1]), str(row[-3]), int(row[-2])):
            return replace(meta, status="interrupted")
        return meta

    def events(self, session_id: str) -> list[Event]:
        def read(c: psycopg.Connection[tuple[Any, ...]]) -> list[Event]:
            rows = c.execute(_EVENTS, (session_id,)).fetchall()
            if (
                not rows
                and not c.execute("SELECT 1 FROM sessions WHERE id = %s", (session_id,)).fetchone()
            ):
                raise SessionNotFound(session_id)
            return [_event(r) for r in rows]

        return self._run(read)

    def records(
        self,
        where: SessionFilter | None = None,
        *,
        with_events: bool = True,
        with_scorecard: bool = True,
    ) -> Iterator[SessionRecord]:
        """Streams through a server-side cursor on a connection of its own, in one
        repeatable-read transaction: memory stays at one session whatever the count, the export
        is consistent while calls go on, and the seat's own connection stays free to record."""
        import psycopg

        where = where or _ALL
        sql_where, params = where_clause(where, _P)
        card_column = "scorecard" if with_scorecard else "NULL"
        sql = f"SELECT {META_SELECT}, {card_column} FROM sessions{sql_where}"
        sql += order_clause(where) + page_clause(where, "ALL")
        orphans = self._orphans()
        conn = self._connect()
        try:
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            with conn.cursor(name=f"mockcall_records_{secrets.token_hex(4)}") as cursor:
                cursor.itersize = 200
                cursor.execute(sql, params)
                for row in cursor:
                    card = None if row[-1] is None else json.loads(row[-1])
                    log: tuple[Event, ...] = ()
                    if with_events:
                        log = tuple(_event(r) for r in conn.execute(_EVENTS, (row[0],)))
                    meta = read_as_held([meta_from_row(row)], orphans)[0]
                    yield SessionRecord(meta, card, log)
        except psycopg.Error as exc:
            raise self._translate(exc) from None
        finally:
            conn.close()

    def section_ids(self, where: SessionFilter | None = None) -> list[str]:
        sql_where, params = where_clause(where or _ALL, _P)
        sql = (
            "SELECT j.key FROM (SELECT section_scores FROM sessions"
            f"{sql_where}) AS s, json_each(s.section_scores) WITH ORDINALITY AS j(key, value, n)"
            ' GROUP BY j.key ORDER BY min(j.n), j.key COLLATE "C"'
        )
        return [str(r[0]) for r in self._run(lambda c: c.execute(sql, params).fetchall())]

    # ================================================================ review

    def add_override(
        self,
        session_id: str,
        criterion: str,
        status: str,
        comment: str,
        reviewer: str,
        *,
        points: float | None = None,
    ) -> OverrideRecord:
        self._refuse_write()
        meta = self.session(session_id)
        text = self.rubric_text(meta.rubric_hash) if meta and meta.rubric_hash else None
        rubric = check_override(session_id, meta, text, criterion, status, comment, reviewer)
        at = now_iso()

        def tx(c: psycopg.Connection[tuple[Any, ...]]) -> OverrideRecord:
            with c.transaction():
                # one reviewer at a time per session: the next override sees this one
                c.execute("SELECT 1 FROM sessions WHERE id = %s FOR UPDATE", (session_id,))
                log = [_event(r) for r in c.execute(_EVENTS, (session_id,))]
                event, card = override_event(
                    log, rubric, criterion, status, comment, reviewer, points, at
                )
                c.execute(
                    "INSERT INTO events(session_id, seq, t, kind, data)"
                    " VALUES (%s, %s, %s, %s, %s::json)",
                    (session_id, event.seq, event.t, ev.OVERRIDE, _dumps(dict(event.data))),
                )
                _store_card(c, session_id, card)
            return override_record(session_id, event.seq, event.data)

        return self._run(tx, retry=False)

    def add_review(self, session_id: str, kind: str, data: Mapping[str, Any]) -> list[Event]:
        self._refuse_write()
        meta = self.session(session_id)
        text = self.rubric_text(meta.rubric_hash) if meta and meta.rubric_hash else None
        rubric = check_review(session_id, meta, text, kind, data)
        at = now_iso()

        def tx(c: psycopg.Connection[tuple[Any, ...]]) -> list[Event]:
            with c.transaction():
                # one writer at a time per session: the next review sees this one
                c.execute("SELECT 1 FROM sessions WHERE id = %s FOR UPDATE", (session_id,))
                log = [_event(r) for r in c.execute(_EVENTS, (session_id,))]
                write = review_write(log, rubric, kind, data, at)
                for e in write.events:
                    c.execute(
                        "INSERT INTO events(session_id, seq, t, kind, data)"
                        " VALUES (%s, %s, %s, %s, %s::json)",
                        (session_id, e.seq, e.t, e.kind, _dumps(dict(e.data))),
                    )
                c.execute(
                    "UPDATE sessions SET disputes = %s, open_disputes = %s WHERE id = %s",
                    (write.disputes, write.open_disputes, session_id),
                )
                if write.card is not None:
                    _store_card(c, session_id, write.card)
            return list(write.events)

        return self._run(tx, retry=False)

    # ================================================================ the floor

    def assign(self, new: NewAssignment) -> Assignment:
        self._refuse_write()
        checked, at = assignments.check(new), now_iso()
        return self._run(lambda c: assignments.insert(c, _P, checked, at), retry=False)

    def assignments(
        self, trainee: str | None = None, *, open_only: bool = False
    ) -> list[Assignment]:
        return self._run(lambda c: assignments.listed(c, _P, trainee, open_only))

    def cancel_assignment(self, assignment_id: int) -> Assignment:
        self._refuse_write()
        at = now_iso()
        return self._run(lambda c: assignments.cancel(c, _P, assignment_id, at))

    def close(self) -> None:
        self._owned.clear()
        self._conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _MigrationFailed(Exception):
    """A migration statement failed (the transaction was rolled back)."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def _sqlstate(exc: Exception) -> str:
    return str(getattr(exc, "sqlstate", "") or "")


def _tail(text: str) -> str:
    """The useful part of a driver message: its last line, without psycopg's prefix."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    line = lines[0] if lines else text
    for prefix in ("connection failed: ",):
        line = line.removeprefix(prefix)
    return line.replace("FATAL:  ", "").strip()


def _store_card(
    c: psycopg.Connection[tuple[Any, ...]], session_id: str, card: Mapping[str, Any]
) -> None:
    """The re-scored card and its summary columns, after an override."""
    c.execute(
        "UPDATE sessions SET scorecard = %s::json, total = %s, passed = %s,"
        " fatal_count = %s, fatal_failures = %s::json, section_scores = %s::json,"
        " overridden = true WHERE id = %s",
        (
            _dumps(card),
            float(card["total"]),
            bool(card["passed"]),
            len(card["fatal_failures"]),
            _dumps(card["fatal_failures"]),
            _dumps(section_scores(card)),
            session_id,
        ),
    )
