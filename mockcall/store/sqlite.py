"""The SQLite session store: the embedded default, one file per machine (or shared disk).

Why it is built the way it is:

* **WAL mode, one transaction per event.**  Readers (the review TUI, an export) never block the
  trainee's writes, and each ``append`` is committed before it returns, so ``kill -9`` loses no
  event the engine was told was stored.  ``synchronous=NORMAL`` is durable against a killed
  process (the WAL is in the OS cache); ``durable=True`` switches to ``FULL`` for power-loss
  safety at the cost of an fsync per event.
* **Writers wait, then give up clearly.**  Several trainees on one machine write at once:
  SQLite's busy timeout waits for the lock, a bounded retry with backoff covers the cases the
  busy handler does not (e.g. WAL recovery), and then a ``StoreError("locked")`` names the file.
  Every write transaction starts with ``BEGIN IMMEDIATE`` so it never has to upgrade a read lock
  (which SQLite refuses without waiting).
* **Someone else's file is sacred.**  Before a single write, the header bytes and the
  ``schema_version`` table are checked; a file that is not SQLite, not ours, or newer than this
  mockcall raises ``StoreError`` and is left exactly as it was.

A store object belongs to the thread that opened it (sqlite3's own rule); open another one for a
worker thread — connections are cheap and WAL lets them all work at once.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, Final, TypeVar

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
from mockcall.store.errors import DuplicateSource, SessionNotFound, StoreError
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

T = TypeVar("T")

SQLITE_HEADER: Final = b"SQLite format 3\x00"
_BUSY_CODES: Final = frozenset({5, 6, 261, 262, 517})  # BUSY, LOCKED and their extended codes
_ALL: Final = SessionFilter()
_INSERT_SESSION: Final = insert_session("?")


def now_iso() -> str:
    """Wall-clock now as ISO 8601 UTC with a ``Z``: sorts as text, reads in any time zone."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return int(code) in _BUSY_CODES
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _kind_of(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if _is_busy(exc):
        return "locked"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "corrupt"
    if any(w in text for w in ("readonly", "read-only", "unable to open", "disk i/o", "full")):
        return "unwritable"
    return ""


class SQLiteStore(SqlReads):
    """:class:`~mockcall.store.api.SessionStore` on one SQLite file."""

    _P = "?"
    _LOSSES = (
        "SELECT json_extract(c.value, '$.id') AS criterion,"
        " json_extract(c.value, '$.section') AS section,"
        " sum(json_extract(c.value, '$.status') = 'fail') AS lost,"
        " sum(json_extract(c.value, '$.status') != 'na') AS applicable,"
        " max(json_extract(c.value, '$.fatal')) AS fatal"
        " FROM sessions, json_each(sessions.scorecard, '$.criteria') AS c"
        " WHERE {cond} GROUP BY criterion, section"
        " ORDER BY lost DESC, applicable DESC, criterion"
    )

    def __init__(
        self,
        path: str | Path,
        *,
        busy_timeout: float = 2.0,
        retries: int = 4,
        backoff: float = 0.05,
        durable: bool = False,
        migrate: bool = True,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self.read_only = read_only or not _writable(self.path)
        self._retries = retries
        self._backoff = backoff
        self._busy_timeout = busy_timeout
        self._host = socket.gethostname()
        self._conn = self._open(durable, migrate)

    # ================================================================ opening and migrating

    def _open(self, durable: bool, migrate: bool) -> sqlite3.Connection:
        self._check_header()
        if self.read_only:
            return self._open_read_only()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._error("unwritable", f"cannot create its folder ({exc.strerror})") from exc
        try:
            conn = sqlite3.connect(self.path, timeout=self._busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._error("unwritable", f"cannot be opened ({exc})") from exc
        try:
            self._conn = conn
            self._probe(conn)  # reads only: a foreign file is refused before any write
            self._retrying(lambda: conn.execute("PRAGMA journal_mode=WAL").fetchone())
            conn.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            conn.execute("PRAGMA foreign_keys=ON")
            if migrate:
                self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_read_only(self) -> sqlite3.Connection:
        """Open without ever writing: no WAL switch, no migration, ``mode=ro``.

        A WAL database whose folder cannot be written may have no ``-shm`` file to share; SQLite
        then refuses ``mode=ro``, and the file is read as immutable instead (nobody can be
        writing it: nobody can create that file either).
        """
        if not self.path.is_file():
            raise self._error("unwritable", "does not exist, so there is nothing to read")
        uri = self.path.resolve().as_uri()
        last: sqlite3.Error | None = None
        for options in ("?mode=ro", "?mode=ro&immutable=1"):
            conn = sqlite3.connect(
                uri + options, uri=True, timeout=self._busy_timeout, isolation_level=None
            )
            try:
                self._conn = conn
                self._probe(conn)
                self._check_readable_version(conn)
                return conn
            except StoreError as exc:
                conn.close()
                if exc.kind != "unwritable":
                    raise
                last = sqlite3.OperationalError(str(exc))
        raise self._error("unwritable", f"cannot be opened read-only ({last})")

    def _check_readable_version(self, conn: sqlite3.Connection) -> None:
        """Read-only cannot migrate: a file older than the summary columns (v2) is refused."""
        version = self._version(conn) or 0
        if version < 2:
            raise self._error(
                "foreign",
                f"has schema v{version}, too old to read without upgrading it; run "
                "'mockcall db migrate' once with write access",
            )

    def _refuse_write(self) -> None:
        """Every write path calls this first: a clear sentence instead of SQLite's."""
        if self.read_only:
            raise self._error(
                "read-only",
                "is open read-only: nothing can be changed (no override, no call); open it "
                "without --read-only from an account that may write the file and its folder",
            )

    def _check_header(self) -> None:
        """A non-empty file must start with SQLite's magic bytes; nothing else is touched."""
        try:
            with self.path.open("rb") as fh:
                head = fh.read(len(SQLITE_HEADER))
        except FileNotFoundError:
            return
        except IsADirectoryError as exc:
            raise self._error("foreign", "is a folder, not a database file") from exc
        except OSError as exc:
            raise self._error("unwritable", f"cannot be read ({exc.strerror})") from exc
        if head and head != SQLITE_HEADER:
            raise self._error(
                "foreign",
                "is not a SQLite database; mockcall leaves it untouched "
                "(give another file with --db or $MOCKCALL_DB)",
            )

    def _probe(self, conn: sqlite3.Connection) -> None:
        """Refuse a SQLite file that is someone else's or newer than this mockcall."""

        def read() -> tuple[set[str], tuple[str, int] | None]:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "schema_version" not in names:
                return names, None
            row = conn.execute("SELECT app, version FROM schema_version").fetchone()
            return names, (str(row[0]), int(row[1])) if row else ("", 0)

        names, marker = self._retrying(read)
        if marker is None:
            if names:
                raise self._error(
                    "foreign",
                    "is a SQLite database of another program (no mockcall schema_version); "
                    "mockcall leaves it untouched",
                )
            return  # an empty database: ours to initialise
        app, version = marker
        if app != schema.APP:
            raise self._error("foreign", f"belongs to '{app}', not mockcall; left untouched")
        if version > schema.CURRENT:
            raise self._error(
                "foreign",
                f"was written by a newer mockcall (schema v{version}; this one knows up to "
                f"v{schema.CURRENT}); upgrade mockcall to open it",
            )

    def schema_version(self) -> int | None:
        """The file's schema version (None: nothing created yet)."""
        return self._read(self._version)

    def migrate(self) -> tuple[int, int]:
        """Apply the missing migrations; (version before, version after)."""
        found = self.schema_version() or 0
        self._migrate(self._conn)
        return found, self.schema_version() or 0

    def _migrate(self, conn: sqlite3.Connection) -> None:
        def step(c: sqlite3.Connection) -> None:
            version = self._version(c)
            if version is None:  # a fresh file: someone may have created tables meanwhile
                version = 0
            for target in range(version + 1, schema.CURRENT + 1):
                for statement in schema.MIGRATIONS[target]:
                    c.execute(statement)
                if target == 1:
                    c.execute(
                        "INSERT INTO schema_version(app, version, migrated_at) VALUES (?, ?, ?)",
                        (schema.APP, 1, now_iso()),
                    )
                else:
                    c.execute(
                        "UPDATE schema_version SET version = ?, migrated_at = ?",
                        (target, now_iso()),
                    )

        found = self._version(conn)
        if found == schema.CURRENT:
            return
        try:
            self._write(step)
        except sqlite3.DatabaseError as exc:  # rolled back: the file is as it was
            raise self._error(
                "corrupt",
                f"could not be upgraded from schema v{found or 0} to v{schema.CURRENT} ({exc}); "
                "it was left unchanged",
            ) from exc
        self._probe(conn)  # another mockcall may have raced us to a different state

    @staticmethod
    def _version(conn: sqlite3.Connection) -> int | None:
        has = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if not has:
            return None
        row = conn.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else None

    def _error(self, kind: Any, what: str) -> StoreError:
        return StoreError(kind, f"sessions database {self.path} {what}")

    # ================================================================ transactions

    def _retrying(self, fn: Callable[[], T]) -> T:
        """Run ``fn``; on a busy database wait with backoff a bounded number of times."""
        delay = self._backoff
        for attempt in range(self._retries + 1):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or attempt == self._retries:
                    raise self._translate(exc) from exc
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.IntegrityError):
                    raise
                raise self._translate(exc) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _translate(self, exc: sqlite3.Error) -> Exception:
        kind = _kind_of(exc)
        if kind == "locked":
            seconds = self._busy_timeout * (self._retries + 1)
            return self._error(
                "locked",
                f"is locked by another mockcall (waited about {seconds:.1f} s); "
                "try again when the other call or export has finished",
            )
        if kind == "corrupt":
            return self._error("corrupt", f"is damaged ({exc}); restore it from a backup")
        if kind == "unwritable":
            return self._error("unwritable", f"cannot be written ({exc})")
        return exc

    def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """``fn`` inside ``BEGIN IMMEDIATE ... COMMIT``, retried as a whole when busy."""
        self._refuse_write()
        conn = self._conn

        def attempt() -> T:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return result

        return self._retrying(attempt)

    def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return self._retrying(lambda: fn(self._conn))

    # ================================================================ recording

    def begin(self, meta: NewSession) -> str:
        self._refuse_write()
        started = meta.started_at or now_iso()
        for _ in range(5):
            session_id = _new_id(started)
            row = session_row(meta, session_id, started, self._host, os.getpid())
            try:
                self._retrying(partial(self._conn.execute, _INSERT_SESSION, row))
            except sqlite3.IntegrityError as exc:
                if "sessions.source_hash" in str(exc) and meta.source_hash:
                    raise DuplicateSource(self.find_source(meta.source_hash) or "?") from None
                if "sessions.id" not in str(exc):
                    raise ValueError(f"cannot begin a session: {exc}") from exc
                continue  # the same id drawn twice in one second: draw again
            return session_id
        raise RuntimeError("could not draw a unique session id")  # pragma: no cover

    def append(self, session_id: str, event: Event) -> None:
        if event.kind in ev.REVIEW_KINDS:
            raise ValueError("review events are added with add_override or add_review, not append")
        self._refuse_write()
        params = (session_id, event.seq, event.t, event.kind, _dumps(dict(event.data)), session_id)
        try:
            cur = self._retrying(
                lambda: self._conn.execute(
                    "INSERT INTO events(session_id, seq, t, kind, data) SELECT ?, ?, ?, ?, ?"
                    " WHERE EXISTS (SELECT 1 FROM sessions WHERE id = ? AND status = 'live')",
                    params,
                )
            )
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"session {session_id}: event {event.seq} is already stored") from exc
        if cur.rowcount == 0:
            raise self._closed(session_id, "cannot take more events")

    def finish(
        self,
        session_id: str,
        scorecard: Mapping[str, Any] | None,
        ending: str | None,
        *,
        ended_at: str | None = None,
    ) -> None:
        card = None if scorecard is None else dict(scorecard)
        card_json = None if card is None else _dumps(card)
        total = None if card is None else float(card["total"])
        passed = None if card is None else int(bool(card["passed"]))
        fatal = 0 if card is None else len(card.get("fatal_failures", ()))
        scores = None if card is None else _dumps(section_scores(card))
        fatal_ids = None if card is None else _dumps(list(card.get("fatal_failures", ())))

        def tx(c: sqlite3.Connection) -> int:
            return c.execute(
                "UPDATE sessions SET status = 'finished', ended_at = ?, ending = ?,"
                " scorecard = ?, original_scorecard = ?, total = ?, passed = ?, fatal_count = ?,"
                " fatal_failures = ?,"
                " section_scores = ?, original_total = ?, original_passed = ?,"
                " rubric_id = coalesce(?, rubric_id), rubric_version = coalesce(?, rubric_version),"
                " rubric_hash = coalesce(?, rubric_hash),"
                " duration = (SELECT max(t) FROM events WHERE session_id = ?)"
                " WHERE id = ? AND status = 'live'",
                (
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
                ),
            ).rowcount

        if self._write(tx) == 0:
            raise self._closed(session_id, "was already closed")

    def save_rubric(self, content_hash: str, rubric_id: str, version: int, text: str) -> None:
        if not content_hash:
            raise ValueError("a rubric needs its content hash to be frozen")
        self._refuse_write()
        self._retrying(
            lambda: self._conn.execute(
                "INSERT OR IGNORE INTO rubrics(hash, rubric_id, version, text, saved_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (content_hash, rubric_id, int(version), text, now_iso()),
            )
        )

    # ================================================================ crash recovery

    def unfinished(self) -> list[Unfinished]:
        rows = self._read(
            lambda c: c.execute(
                f"SELECT {META_SELECT}, host, pid,"
                " (SELECT count(*) FROM events WHERE session_id = sessions.id),"
                " (SELECT coalesce(max(t), 0) FROM events WHERE session_id = sessions.id)"
                " FROM sessions WHERE status = 'live' ORDER BY started_at, id"
            ).fetchall()
        )
        out = []
        for row in rows:
            n = len(row)
            host, pid = str(row[n - 4]), int(row[n - 3])
            running = host != self._host or _alive(pid)  # as _orphans decides
            meta = meta_from_row(row)
            out.append(
                Unfinished(
                    meta=meta if running else replace(meta, status="interrupted"),
                    event_count=int(row[n - 2]),
                    last_t=float(row[n - 1]),
                    host=host,
                    pid=pid,
                    running=running,
                )
            )
        return out

    def claim(self, session_id: str) -> None:
        """This process now holds a live session (a resumed call): it no longer reads as
        interrupted, and a second resume elsewhere is not offered while this one runs."""

        def tx(c: sqlite3.Connection) -> int:
            return c.execute(
                "UPDATE sessions SET host = ?, pid = ? WHERE id = ? AND status = 'live'",
                (self._host, os.getpid(), session_id),
            ).rowcount

        if self._write(tx) == 0:
            raise self._closed(session_id, "cannot be resumed")

    def _orphans(self) -> frozenset[str]:
        """Ids of live sessions whose process is gone from this machine (read as interrupted).

        A live session of another machine is taken as held: whether its process runs cannot
        be seen from here.
        """
        rows = self._read(
            lambda c: c.execute(
                "SELECT id, host, pid FROM sessions WHERE status = 'live'"
            ).fetchall()
        )
        return frozenset(
            str(r[0]) for r in rows if str(r[1]) == self._host and not _alive(int(r[2]))
        )

    def abandon(self, session_id: str, *, ended_at: str | None = None) -> None:
        def tx(c: sqlite3.Connection) -> int:
            return c.execute(
                "UPDATE sessions SET status = 'abandoned', ended_at = ?,"
                " duration = (SELECT max(t) FROM events WHERE session_id = ?)"
                " WHERE id = ? AND status = 'live'",
                (ended_at or now_iso(), session_id, session_id),
            ).rowcount

        if self._write(tx) == 0:
            raise self._closed(session_id, "cannot be abandoned")

    # ================================================================ reading

    def session(self, session_id: str) -> SessionMeta | None:
        row = self._read(
            lambda c: c.execute(
                f"SELECT {META_SELECT} FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        )
        if row is None:
            return None
        return read_as_held([meta_from_row(row)], self._orphans())[0]

    def events(self, session_id: str) -> list[Event]:
        def read(c: sqlite3.Connection) -> list[Event]:
            rows = c.execute(
                "SELECT seq, t, kind, data FROM events WHERE session_id = ? ORDER BY seq",
                (session_id,),
            ).fetchall()
            if (
                not rows
                and not c.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
            ):
                raise SessionNotFound(session_id)
            return [_event(r) for r in rows]

        return self._read(read)

    def records(
        self,
        where: SessionFilter | None = None,
        *,
        with_events: bool = True,
        with_scorecard: bool = True,
    ) -> Iterator[SessionRecord]:
        """Streams: the sessions cursor is read row by row and each session's events are
        fetched only when it is reached, so memory stays at one session whatever the count.
        The open cursor keeps one read snapshot, so an export is consistent while calls go on.
        """
        where = where or _ALL
        sql_where, params = where_clause(where)
        card_column = "scorecard" if with_scorecard else "NULL"
        sql = f"SELECT {META_SELECT}, {card_column} FROM sessions{sql_where}"
        sql += order_clause(where) + page_clause(where)
        orphans = self._orphans()
        cursor = self._read(lambda c: c.execute(sql, params))
        try:
            for row in _translated(cursor, self._translate):
                card = None if row[-1] is None else json.loads(row[-1])
                log: tuple[Event, ...] = ()
                if with_events:
                    log = tuple(
                        _event(r)
                        for r in self._conn.execute(
                            "SELECT seq, t, kind, data FROM events WHERE session_id = ?"
                            " ORDER BY seq",
                            (row[0],),
                        )
                    )
                yield SessionRecord(read_as_held([meta_from_row(row)], orphans)[0], card, log)
        finally:
            cursor.close()

    def section_ids(self, where: SessionFilter | None = None) -> list[str]:
        sql_where, params = where_clause(where or _ALL)
        sql = (
            "SELECT j.key FROM (SELECT section_scores FROM sessions"
            f"{sql_where}) AS s, json_each(s.section_scores) AS j"
            " GROUP BY j.key ORDER BY min(j.id), j.key"
        )
        return [str(r[0]) for r in self._read(lambda c: c.execute(sql, params).fetchall())]

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

        def tx(c: sqlite3.Connection) -> OverrideRecord:
            log = [
                _event(r)
                for r in c.execute(
                    "SELECT seq, t, kind, data FROM events WHERE session_id = ? ORDER BY seq",
                    (session_id,),
                )
            ]
            event, card = override_event(
                log, rubric, criterion, status, comment, reviewer, points, at
            )
            c.execute(
                "INSERT INTO events(session_id, seq, t, kind, data) VALUES (?, ?, ?, ?, ?)",
                (session_id, event.seq, event.t, ev.OVERRIDE, _dumps(dict(event.data))),
            )
            self._store_card(c, session_id, card)
            return override_record(session_id, event.seq, event.data)

        return self._write(tx)

    def add_review(self, session_id: str, kind: str, data: Mapping[str, Any]) -> list[Event]:
        self._refuse_write()
        meta = self.session(session_id)
        text = self.rubric_text(meta.rubric_hash) if meta and meta.rubric_hash else None
        rubric = check_review(session_id, meta, text, kind, data)
        at = now_iso()

        def tx(c: sqlite3.Connection) -> list[Event]:
            log = [
                _event(r)
                for r in c.execute(
                    "SELECT seq, t, kind, data FROM events WHERE session_id = ? ORDER BY seq",
                    (session_id,),
                )
            ]
            write = review_write(log, rubric, kind, data, at)
            c.executemany(
                "INSERT INTO events(session_id, seq, t, kind, data) VALUES (?, ?, ?, ?, ?)",
                [(session_id, e.seq, e.t, e.kind, _dumps(dict(e.data))) for e in write.events],
            )
            c.execute(
                "UPDATE sessions SET disputes = ?, open_disputes = ? WHERE id = ?",
                (write.disputes, write.open_disputes, session_id),
            )
            if write.card is not None:
                self._store_card(c, session_id, write.card)
            return list(write.events)

        return self._write(tx)

    @staticmethod
    def _store_card(c: sqlite3.Connection, session_id: str, card: Mapping[str, Any]) -> None:
        """The re-scored card and its summary columns, after an override."""
        c.execute(
            "UPDATE sessions SET scorecard = ?, total = ?, passed = ?, fatal_count = ?,"
            " fatal_failures = ?, section_scores = ?, overridden = 1 WHERE id = ?",
            (
                _dumps(card),
                float(card["total"]),
                int(bool(card["passed"])),
                len(card["fatal_failures"]),
                _dumps(card["fatal_failures"]),
                _dumps(section_scores(card)),
                session_id,
            ),
        )

    # ================================================================ the floor

    def assign(self, new: NewAssignment) -> Assignment:
        checked, at = assignments.check(new), now_iso()
        return self._write(lambda c: assignments.insert(c, "?", checked, at))

    def assignments(
        self, trainee: str | None = None, *, open_only: bool = False
    ) -> list[Assignment]:
        return self._read(lambda c: assignments.listed(c, "?", trainee, open_only))

    def cancel_assignment(self, assignment_id: int) -> Assignment:
        at = now_iso()
        return self._write(lambda c: assignments.cancel(c, "?", assignment_id, at))

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _writable(path: Path) -> bool:
    """Whether this process may write the file and its folder (SQLite needs both: the journal
    and WAL files live beside the database).  A file not there yet is judged by its folder."""
    folder = path.parent if path.parent != Path("") else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return not folder.exists() or os.access(folder, os.W_OK)


def _event(row: tuple[Any, ...]) -> Event:
    return Event(int(row[0]), float(row[1]), str(row[2]), json.loads(row[3]))


def _new_id(started_at: str) -> str:
    """``YYYYMMDD-HHMMSS-xxxxxx``: sorts by start time, short enough to type after ``show``."""
    digits = "".join(ch for ch in started_at[:19] if ch.isdigit())
    stamp = f"{digits[:8]}-{digits[8:14]}" if len(digits) >= 14 else digits or "session"
    return f"{stamp}-{secrets.token_hex(3)}"


def _translated(
    rows: Iterator[Any], translate: Callable[[sqlite3.Error], Exception]
) -> Iterator[Any]:
    """A cursor whose database errors surface as StoreError while it is being read."""
    try:
        yield from rows
    except sqlite3.DatabaseError as exc:
        raise translate(exc) from exc


def _alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (a crashed call's pid is gone)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _alive_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
    kernel32.CloseHandle(handle)
    return bool(ok) and code.value == 259  # STILL_ACTIVE
