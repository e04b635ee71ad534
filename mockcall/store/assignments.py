"""Assignments from the floor, written once for every backend.

The SQL here runs unchanged on SQLite and PostgreSQL: the backends pass their connection and
their parameter marker (``?`` or ``%s``), so what an assignment is, how it is checked and how
its progress is counted is decided in one place.  Progress is read, never written: a trainee's
app knows nothing about assignments beyond showing them, and a call finished on any seat (or
resumed after a crash) counts the moment its session is stored as finished.
"""

from __future__ import annotations

from typing import Any, Final, Protocol

from mockcall.store.api import ASSIGNED_MODES, Assignment, NewAssignment
from mockcall.store.errors import AssignmentNotFound

#: the most calls one assignment may ask for (a shift is 5-10 calls; a typo of 500 is refused)
MAX_CALLS: Final = 50


class Connection(Protocol):
    """What sqlite3 and psycopg connections share, and all this module needs."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...


def check(new: NewAssignment) -> NewAssignment:
    """The request with its text trimmed, or ValueError saying what is wrong."""
    trainee = new.trainee.strip()
    if not trainee:
        raise ValueError("an assignment needs the trainee's name")
    if new.mode not in ASSIGNED_MODES:
        raise ValueError(f"mode must be one of {', '.join(ASSIGNED_MODES)}")
    if new.mode == "shift":
        if not new.account or new.persona:
            raise ValueError("a nesting shift is assigned by account, not by persona")
    elif not new.persona or new.account:
        raise ValueError(f"a {new.mode} call is assigned by persona")
    if not 1 <= new.calls <= MAX_CALLS:
        raise ValueError(f"calls must be between 1 and {MAX_CALLS}")
    return NewAssignment(
        trainee=trainee,
        mode=new.mode,
        persona=new.persona,
        account=new.account,
        calls=new.calls,
        note=new.note.strip(),
        assigned_by=new.assigned_by.strip(),
    )


#: the finished sessions that count towards assignment ``a``
_MATCHING: Final = (
    "FROM sessions s WHERE s.status = 'finished' AND lower(s.trainee) = lower(a.trainee)"
    " AND s.mode = a.mode AND s.started_at >= a.assigned_at"
    " AND (a.persona IS NULL OR s.persona = a.persona)"
    " AND (a.account IS NULL OR s.account = a.account)"
)


def _select() -> str:
    matching = _MATCHING
    latest = f"(SELECT {{col}} {matching} ORDER BY s.started_at DESC, s.id DESC LIMIT 1)"
    return (
        "SELECT a.id, a.trainee, a.mode, a.persona, a.account, a.calls, a.note, a.assigned_by,"
        f" a.assigned_at, a.cancelled_at, (SELECT count(*) {matching}),"
        f" {latest.format(col='s.id')}, {latest.format(col='s.total')},"
        f" {latest.format(col='s.passed')}"
        " FROM assignments a"
    )


def _row(r: Any) -> Assignment:
    return Assignment(
        id=int(r[0]),
        trainee=str(r[1]),
        mode=r[2],
        persona=r[3],
        account=r[4],
        calls=int(r[5]),
        note=str(r[6]),
        assigned_by=str(r[7]),
        assigned_at=str(r[8]),
        cancelled_at=r[9],
        done_calls=int(r[10]),
        last_session=r[11],
        last_total=None if r[12] is None else float(r[12]),
        last_passed=None if r[13] is None else bool(r[13]),
    )


def insert(c: Connection, p: str, new: NewAssignment, at: str) -> Assignment:
    """Store a checked request; the new assignment as read back."""
    row = c.execute(
        "INSERT INTO assignments(trainee, mode, persona, account, calls, note, assigned_by,"
        f" assigned_at) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}) RETURNING id",
        (
            new.trainee,
            new.mode,
            new.persona,
            new.account,
            new.calls,
            new.note,
            new.assigned_by,
            at,
        ),
    ).fetchone()
    return one(c, p, int(row[0]))


def one(c: Connection, p: str, assignment_id: int) -> Assignment:
    row = c.execute(f"{_select()} WHERE a.id = {p}", (assignment_id,)).fetchone()
    if row is None:
        raise AssignmentNotFound(assignment_id)
    return _row(row)


def listed(c: Connection, p: str, trainee: str | None, open_only: bool) -> list[Assignment]:
    """Newest first; ``open_only`` leaves out the cancelled and the done."""
    sql, params = _select(), tuple[str, ...]()
    if trainee is not None:
        sql, params = f"{sql} WHERE lower(a.trainee) = lower({p})", (trainee.strip(),)
    rows = c.execute(f"{sql} ORDER BY a.assigned_at DESC, a.id DESC", params).fetchall()
    found = [_row(r) for r in rows]
    return [a for a in found if a.open] if open_only else found


def cancel(c: Connection, p: str, assignment_id: int, at: str) -> Assignment:
    c.execute(
        f"UPDATE assignments SET cancelled_at = {p} WHERE id = {p} AND cancelled_at IS NULL",
        (at, assignment_id),
    )
    return one(c, p, assignment_id)
