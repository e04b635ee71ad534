"""Stored sessions as interchange records: CSV rows, JSON objects, xAPI statements.

Pure functions over :class:`SessionRecord`, one session at a time, so ``mockcall export`` can
stream 100 000 sessions and the review TUI can export the one on screen with the same code.

xAPI (Experience API) is what an LMS takes in: one statement per finished call —
*trainee* **passed/failed/completed** *persona*, with the score, the call time and the
account, rubric hash and mode as context extensions.  Statement ids are derived from the
session id (UUID v5), so exporting the same calls twice does not duplicate them in an LRS.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Final

from mockcall.store.api import SessionMeta, SessionRecord

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
)

XAPI_HOME: Final = "urn:mockcall"
XAPI_NAMESPACE: Final = uuid.uuid5(uuid.NAMESPACE_URL, XAPI_HOME)
ADL_VERBS: Final[dict[str, str]] = {
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
}
SIMULATION: Final = "http://adlnet.gov/expapi/activities/simulation"


def csv_header(sections: Sequence[str]) -> list[str]:
    return [*CSV_COLUMNS, *(f"section:{s}" for s in sections)]


def csv_row(meta: SessionMeta, sections: Sequence[str]) -> list[str]:
    """One session as CSV cells: empty for unknown, ``true``/``false`` for yes/no."""
    values: dict[str, Any] = {
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
    }
    cells = [_cell(values[c]) for c in CSV_COLUMNS]
    cells += [_cell(meta.section_scores.get(s)) for s in sections]
    return cells


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


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration (``PT4M12.5S``), as xAPI's ``result.duration`` wants it."""
    centis = round(max(seconds, 0.0) * 100)
    hours, rest = divmod(centis, 360000)
    minutes, rest = divmod(rest, 6000)
    secs = rest / 100
    out = "PT"
    if hours:
        out += f"{hours}H"
    if minutes:
        out += f"{minutes}M"
    if secs or out == "PT":
        out += f"{secs:g}S"
    return out


def xapi_verb(meta: SessionMeta) -> str:
    """passed / failed for a scored call, completed for a finished call without a rubric."""
    if meta.passed is None:
        return "completed"
    return "passed" if meta.passed else "failed"


def xapi_statement(meta: SessionMeta) -> dict[str, Any] | None:
    """One statement for a finished session; None for live or abandoned ones (no result)."""
    if meta.status != "finished":
        return None
    verb = xapi_verb(meta)
    result: dict[str, Any] = {"completion": True}
    if meta.total is not None:
        result["score"] = {
            "scaled": round(meta.total / 100.0, 4),
            "raw": meta.total,
            "min": 0,
            "max": 100,
        }
        result["success"] = bool(meta.passed)
    if meta.duration is not None:
        result["duration"] = iso_duration(meta.duration)
    statement: dict[str, Any] = {
        "id": str(uuid.uuid5(XAPI_NAMESPACE, f"session:{meta.id}")),
        "actor": {
            "objectType": "Agent",
            "name": meta.trainee,
            "account": {"homePage": XAPI_HOME, "name": meta.trainee},
        },
        "verb": {"id": ADL_VERBS[verb], "display": {"en-US": verb}},
        "object": {
            "objectType": "Activity",
            "id": f"{XAPI_HOME}:persona:{meta.persona}",
            "definition": {"name": {"en-US": meta.persona}, "type": SIMULATION},
        },
        "result": result,
        "context": {
            "registration": str(uuid.uuid5(XAPI_NAMESPACE, f"registration:{meta.id}")),
            "extensions": {
                f"{XAPI_HOME}:account": meta.account,
                f"{XAPI_HOME}:rubric-hash": meta.rubric_hash,
                f"{XAPI_HOME}:mode": meta.mode,
                f"{XAPI_HOME}:session": meta.id,
            },
        },
        "timestamp": meta.ended_at or meta.started_at,
    }
    return statement
