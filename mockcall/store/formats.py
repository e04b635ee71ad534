"""Stored sessions as interchange records: CSV rows and JSON objects (xAPI: ``xapi.py``).

Pure functions over :class:`SessionRecord`, one session at a time, so ``mockcall export`` can
stream 100 000 sessions and the review TUI can export the one on screen with the same code.

The CSV is for a spreadsheet: one row per session, every cell a plain value, and one column
pair per criterion (``<rubric>/<criterion>.status`` and ``.points``) so a QA lead can filter
and pivot on single criteria.  The column order is documented in docs/formats.md and
fixed by :func:`csv_header`: the fixed columns, then sections, then criteria.  Free text
(names) that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) is written
with a leading ``'``, as spreadsheets themselves mark text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from mockcall.store.api import OverrideRecord, SessionMeta, SessionRecord

#: The fixed CSV columns, before one ``section:<id>`` column per section.
CSV_COLUMNS: Final[tuple[str, ...]] = (
    "id",
    "started_at",
    "ended_at",
    "trainee",
    "account",
    "persona",
    "mode",
    "channel",
    "direction",
    "seed",
    "status",
    "ending",
    "duration_s",
    "total",
    "passed",
    "fatal_count",
    "fatal_failures",
    "overridden",
    "original_total",
    "rubric_id",
    "rubric_version",
    "rubric_hash",
    "overrides",
    "reviewers",
    "disputes",
    "open_disputes",
)

#: A criterion column: (rubric id, criterion id).
CriterionKey = tuple[str, str]


def csv_header(sections: Sequence[str], criteria: Sequence[CriterionKey] = ()) -> list[str]:
    """The fixed columns, ``section:<id>`` per section, then a status/points pair per criterion."""
    pairs = [f"{r}/{c}.{part}" for r, c in criteria for part in ("status", "points")]
    return [*CSV_COLUMNS, *(f"section:{s}" for s in sections), *pairs]


def criterion_keys(cards: Iterable[Mapping[str, Any] | None]) -> list[CriterionKey]:
    """Every (rubric, criterion) scored in ``cards``: rubrics by id, each rubric's criteria in
    the order its scorecards list them (a later version's new criteria after the old ones).

    Keyed by rubric as well as criterion: two accounts' rubrics may both have a ``greeting``
    criterion, and a spreadsheet must not put their results in one column.
    """
    seen: dict[str, dict[str, None]] = {}
    for card in cards:
        if not card:
            continue
        rubric = str(card.get("rubric_id") or "")
        ids = seen.setdefault(rubric, {})
        for criterion in card.get("criteria", ()):
            ids.setdefault(str(criterion["id"]), None)
    return [(rubric, c) for rubric in sorted(seen) for c in seen[rubric]]


def csv_row(
    meta: SessionMeta,
    sections: Sequence[str],
    criteria: Sequence[CriterionKey] = (),
    card: Mapping[str, Any] | None = None,
    overrides: Sequence[OverrideRecord] = (),
) -> list[str]:
    """One session as CSV cells: empty for unknown, ``true``/``false`` for yes/no."""
    values = _fixed_values(meta, overrides)
    cells = [_text(values[c]) if c in _FREE_TEXT else _cell(values[c]) for c in CSV_COLUMNS]
    cells += [_cell(meta.section_scores.get(s)) for s in sections]
    cells += _criterion_cells(card, criteria)
    return cells


def _criterion_cells(card: Mapping[str, Any] | None, criteria: Sequence[CriterionKey]) -> list[str]:
    """``status, earned points`` per criterion column; empty where the session's rubric has no
    such criterion (another rubric's column), so blanks never read as zero points."""
    if not criteria:
        return []
    mine: dict[CriterionKey, Mapping[str, Any]] = {}
    if card:
        rubric = str(card.get("rubric_id") or "")
        mine = {(rubric, str(c["id"])): c for c in card.get("criteria", ())}
    cells: list[str] = []
    for key in criteria:
        found = mine.get(key)
        cells += ["", ""] if found is None else [str(found["status"]), _cell(found["earned"])]
    return cells


def reviewers(overrides: Sequence[OverrideRecord]) -> list[str]:
    """The reviewers' names, each once, in the order they first overrode something."""
    return list(dict.fromkeys(o.reviewer for o in overrides if o.reviewer))


def _fixed_values(meta: SessionMeta, overrides: Sequence[OverrideRecord]) -> dict[str, Any]:
    return {
        "id": meta.id,
        "started_at": meta.started_at,
        "ended_at": meta.ended_at,
        "trainee": meta.trainee,
        "account": meta.account,
        "persona": meta.persona,
        "mode": meta.mode,
        "channel": meta.channel,
        "direction": meta.direction,
        "seed": meta.seed,
        "status": meta.status,
        "ending": meta.ending,
        "duration_s": meta.duration,
        "total": meta.total,
        "passed": meta.passed,
        "fatal_count": meta.fatal_count,
        "fatal_failures": ";".join(meta.fatal_failures),
        "overridden": meta.overridden,
        "original_total": meta.original_total,
        "rubric_id": meta.rubric_id,
        "rubric_version": meta.rubric_version,
        "rubric_hash": meta.rubric_hash,
        "overrides": len(overrides),
        "reviewers": "; ".join(reviewers(overrides)),
        "disputes": meta.disputes,
        "open_disputes": meta.open_disputes,
    }


_FREE_TEXT: Final = frozenset({"trainee", "account", "persona", "reviewers"})


def _text(value: object) -> str:
    """A name as a cell that a spreadsheet shows as typed, never evaluates."""
    text = _cell(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _cell(value: object) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def json_item(record: SessionRecord) -> dict[str, Any]:
    """The session's summary fields, its current scorecard and its full event log."""
    item = record.meta.to_dict()
    item["scorecard"] = None if record.scorecard is None else dict(record.scorecard)
    item["events"] = [e.to_dict() for e in record.events]
    return item
