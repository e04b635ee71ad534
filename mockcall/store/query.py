"""SessionFilter -> SQL, and summary rows -> SessionMeta: shared by every SQL backend.

Kept apart from the connection code because the SQLite and PostgreSQL backends need exactly the
same WHERE/ORDER BY logic with a different placeholder (``%s`` instead of ``?``); only column
names and standard SQL are used here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Final, cast

from mockcall.store.api import SORT_KEYS, NewSession, SessionFilter, SessionMeta, SessionStatus
from mockcall.store.when import lower_bound, upper_bound

#: Summary columns, in the order :func:`meta_from_row` reads them.
META_COLUMNS: Final[tuple[str, ...]] = (
    "id",
    "trainee",
    "account",
    "persona",
    "mode",
    "seed",
    "channel",
    "direction",
    "started_at",
    "ended_at",
    "status",
    "ending",
    "total",
    "passed",
    "fatal_count",
    "rubric_id",
    "rubric_version",
    "rubric_hash",
    "overridden",
    "original_total",
    "duration",
    "section_scores",
    "fatal_failures",
    "source",
    "source_ref",
    "disputes",
    "open_disputes",
)
META_SELECT: Final = ", ".join(META_COLUMNS)

#: The columns a new session is inserted with (status is always 'live'), in :func:`session_row`
#: order.
_NEW_COLUMNS: Final[tuple[str, ...]] = (
    "id",
    "trainee",
    "account",
    "persona",
    "mode",
    "seed",
    "channel",
    "direction",
    "started_at",
    "rubric_hash",
    "rubric_id",
    "rubric_version",
    "host",
    "pid",
    "source",
    "source_ref",
    "source_hash",
)


def insert_session(placeholder: str) -> str:
    """``INSERT INTO sessions ...`` of a new live session, with the driver's marker."""
    marks = ", ".join([placeholder] * len(_NEW_COLUMNS))
    return f"INSERT INTO sessions({', '.join(_NEW_COLUMNS)}, status) VALUES ({marks}, 'live')"


def session_row(
    meta: NewSession, session_id: str, started_at: str, host: str, pid: int
) -> tuple[Any, ...]:
    """The values of :func:`insert_session`, for one new session."""
    return (
        session_id,
        meta.trainee,
        meta.account,
        meta.persona,
        meta.mode,
        int(meta.seed),
        meta.channel,
        meta.direction,
        started_at,
        meta.rubric_hash,
        meta.rubric_id,
        meta.rubric_version,
        host,
        pid,
        meta.source,
        meta.source_ref,
        meta.source_hash,
    )


#: Columns a filter matches by text (case-insensitively, by prefix unless ``exact``).
TEXT_FILTERS: Final[tuple[str, ...]] = ("trainee", "account", "persona")
_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def where_clause(where: SessionFilter, placeholder: str = "?") -> tuple[str, list[Any]]:
    """``WHERE ...`` (or "") and its parameters. Every condition can use an index."""
    conds: list[str] = []
    params: list[Any] = []
    for column in TEXT_FILTERS:
        value = getattr(where, column)
        if value:
            sql, values = text_match(column, value, placeholder, exact=where.exact)
            conds.append(sql)
            params += values
    for column in ("mode", "status"):
        value = getattr(where, column)
        if value is not None:
            conds.append(f"{column} = {placeholder}")
            params.append(value)
    if where.date_from:
        conds.append(f"started_at >= {placeholder}")
        params.append(lower_bound(where.date_from))
    if where.date_to:
        conds.append(f"started_at < {placeholder}")
        params.append(upper_bound(where.date_to))
    for column, wanted in (("passed", where.passed), ("overridden", where.reviewed)):
        if wanted is not None:
            conds.append(f"{column} = {placeholder}")
            params.append(bool(wanted))  # SQLite binds it as 1/0, PostgreSQL as boolean
    if where.fatal is not None:
        conds.append("fatal_count > 0" if where.fatal else "fatal_count = 0")
    if where.disputed is not None:
        conds.append("open_disputes > 0" if where.disputed else "open_disputes = 0")
    return (" WHERE " + " AND ".join(conds) if conds else ""), params


def fold(value: str) -> str:
    """Lower-case ASCII letters only — exactly what SQL ``lower()`` does on both backends
    (SQLite's built-in ``lower``, and PostgreSQL's on our ``COLLATE "C"`` columns), so a
    bound computed here agrees with the ``lower(column)`` it is compared with."""
    return value.translate(_ASCII_LOWER)


def text_match(
    column: str, value: str, placeholder: str = "?", *, exact: bool = False
) -> tuple[str, list[str]]:
    """A case-insensitive prefix (or whole-value) condition on ``lower(column)``.

    The ``LIKE`` states the meaning (``%`` and ``_`` typed by a reviewer are escaped, so they
    match themselves).  The range beside it is what an index on ``lower(column)`` is searched
    by: SQLite never uses an index for ``LIKE`` on an expression, and PostgreSQL cannot for a
    parameter in a generic (prepared) plan; a range of bound text works on both.
    """
    folded = fold(value)
    if exact:
        return f"lower({column}) = {placeholder}", [folded]
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    conds = [f"lower({column}) LIKE {placeholder} ESCAPE '\\'", f"lower({column}) >= {placeholder}"]
    params = [escaped + "%", folded]
    after = _successor(folded)
    if after is not None:
        conds.append(f"lower({column}) < {placeholder}")
        params.append(after)
    return "(" + " AND ".join(conds) + ")", params


def _successor(prefix: str) -> str | None:
    """The least text greater than every text starting with ``prefix`` (code point order,
    which is byte order in UTF-8 — how both backends compare these columns)."""
    while prefix:
        last = ord(prefix[-1])
        if last < 0x10FFFF and not 0xD7FF <= last < 0xDFFF:
            return prefix[:-1] + chr(last + 1)
        prefix = prefix[:-1]
    return None


def held_filter(where: SessionFilter) -> SessionFilter | None:
    """For a filter on ``live`` or ``interrupted``: the same filter on the stored ``live``
    status, unpaged (the backend tells the two apart, then pages). None for any other filter.

    Whether a process still holds a live session is not a column: it is known only when asked
    (see :func:`read_as_held`), so these two statuses are filtered after the query.  There are
    only ever as many live sessions as seats.
    """
    if where.status not in ("live", "interrupted"):
        return None
    return replace(where, status="live", limit=None, offset=0)


def read_as_held(metas: Iterable[SessionMeta], orphans: frozenset[str]) -> list[SessionMeta]:
    """Live sessions no process holds (ids in ``orphans``) read as ``interrupted``."""
    return [
        replace(m, status="interrupted") if m.status == "live" and m.id in orphans else m
        for m in metas
    ]


def page(metas: list[SessionMeta], where: SessionFilter) -> list[SessionMeta]:
    """The filter's status, then its page, applied in Python (after :func:`held_filter`)."""
    kept = [m for m in metas if m.status == where.status]
    end = None if where.limit is None else where.offset + where.limit
    return kept[where.offset : end]


def order_clause(where: SessionFilter) -> str:
    """``ORDER BY`` on a known column only (the sort key never reaches SQL unchecked)."""
    if where.sort not in SORT_KEYS:
        raise ValueError(f"cannot sort by '{where.sort}' (one of: {', '.join(SORT_KEYS)})")
    direction = "DESC" if where.descending else "ASC"
    return f" ORDER BY {where.sort} {direction}, id {direction}"


def page_clause(where: SessionFilter, no_limit: str = "-1") -> str:
    """``LIMIT ... OFFSET ...``; ``no_limit`` is how the dialect says "all" (PostgreSQL: ALL)."""
    if where.limit is None and not where.offset:
        return ""
    if (where.limit is not None and where.limit < 0) or where.offset < 0:
        raise ValueError("limit and offset cannot be negative")
    limit = no_limit if where.limit is None else str(int(where.limit))
    return f" LIMIT {limit} OFFSET {int(where.offset)}"


def meta_from_row(row: Sequence[Any]) -> SessionMeta:
    """A summary row (columns as :data:`META_COLUMNS`) as a SessionMeta."""
    scores = row[21]
    sections: Mapping[str, float | None] = json.loads(scores) if scores else {}
    return SessionMeta(
        id=row[0],
        trainee=row[1],
        account=row[2],
        persona=row[3],
        mode=row[4],
        seed=int(row[5]),
        channel=row[6],
        direction=row[7],
        started_at=row[8],
        ended_at=row[9],
        status=cast(SessionStatus, row[10]),
        ending=row[11],
        total=None if row[12] is None else float(row[12]),
        passed=None if row[13] is None else bool(row[13]),
        fatal_count=int(row[14] or 0),
        rubric_id=row[15],
        rubric_version=None if row[16] is None else int(row[16]),
        rubric_hash=row[17],
        overridden=bool(row[18]),
        original_total=None if row[19] is None else float(row[19]),
        duration=None if row[20] is None else float(row[20]),
        section_scores=sections,
        fatal_failures=tuple(json.loads(row[22])) if row[22] else (),
        source=row[23],
        source_ref=row[24],
        disputes=int(row[25] or 0),
        open_disputes=int(row[26] or 0),
    )


def section_scores(scorecard: Mapping[str, Any]) -> dict[str, float | None]:
    """{section id: percent, None when N/A} — the CSV columns and the review list's bars."""
    out: dict[str, float | None] = {}
    for section in scorecard.get("sections", ()):
        na = bool(section.get("na"))
        out[str(section["id"])] = None if na else round(float(section["score"]) * 100, 1)
    return out
