"""A reviewer's override, checked and turned into an event — the same for every backend.

The backends differ only in how they read the log and write the event and the new summary in
one transaction; what an override may be, and what it records, is decided here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from mockcall.core import events as ev
from mockcall.core.events import Event
from mockcall.store.api import OverrideRecord, SessionMeta
from mockcall.store.errors import SessionNotFound

if TYPE_CHECKING:
    from mockcall.core.model import Rubric

OVERRIDE_STATUSES: Final = ("pass", "fail", "na")
#: what a reviewer may ask for: a status, or ``auto`` — take back the override (a retraction)
REQUESTED_STATUSES: Final = (*OVERRIDE_STATUSES, "auto")


def check_override(
    session_id: str,
    meta: SessionMeta | None,
    rubric_text: str | None,
    criterion: str,
    status: str,
    comment: str,
    reviewer: str,
) -> Rubric:
    """The session's frozen rubric, once the override is known to be acceptable."""
    from mockcall.store.rubrics import rubric_from_text

    if not comment or not comment.strip():
        raise ValueError("an override needs a comment saying why the criterion is changed")
    if not reviewer or not reviewer.strip():
        raise ValueError("an override needs the reviewer's name")
    if status not in REQUESTED_STATUSES:
        raise ValueError(f"override status must be one of {', '.join(REQUESTED_STATUSES)}")
    if meta is None:
        raise SessionNotFound(session_id)
    if meta.status == "live":
        raise ValueError(f"session {session_id} is still live: review it once it has ended")
    if rubric_text is None:
        raise ValueError(f"session {session_id} has no frozen rubric, so it cannot be re-scored")
    rubric = rubric_from_text(rubric_text)
    if criterion not in {c.id for _, c in rubric.criteria()}:
        known = ", ".join(c.id for _, c in rubric.criteria())
        raise ValueError(f"rubric {rubric.id} has no criterion '{criterion}' ({known})")
    return rubric


def override_event(
    log: Sequence[Event],
    rubric: Rubric,
    criterion: str,
    status: str,
    comment: str,
    reviewer: str,
    points: float | None,
    at: str,
) -> tuple[Event, dict[str, Any]]:
    """The ``override`` event that follows ``log``, and the scorecard the log gets with it.

    ``status`` ``auto`` is a retraction: it is written as the criterion's automatic status (the
    scorer's, before any override) with ``retracts: true``, so the latest override still simply
    wins and scoring needs no notion of taking anything back.
    """
    from mockcall.core.scoring import Scorecard, score

    before = score(log, rubric).criterion(criterion)
    assert before is not None
    retracts = status == "auto"
    if retracts:
        if before.overridden is None:
            raise ValueError(f"criterion '{criterion}' has no override to take back")
        status = before.original_status
        if status not in OVERRIDE_STATUSES:
            raise ValueError(f"criterion '{criterion}' has no automatic status to return to")
    data = {
        "criterion": criterion,
        "status": status,
        "points": points,
        "comment": comment.strip(),
        "reviewer": reviewer.strip(),
        "at": at,
        "original_status": before.original_status,
        "previous_status": before.status,
    }
    if retracts:
        data["retracts"] = True
    seq = log[-1].seq + 1 if log else 0
    t = log[-1].t if log else 0.0
    event = Event(seq, t, ev.OVERRIDE, data)
    card = score([*log, event], rubric).to_dict()
    Scorecard.from_dict(card)  # the stored card must stay readable
    return event, card


def override_record(session_id: str, seq: int, data: Mapping[str, Any]) -> OverrideRecord:
    """The event's data as a record; keys a newer or older mockcall lacks read as empty."""
    points = data.get("points")
    return OverrideRecord(
        session_id=session_id,
        seq=seq,
        at=str(data.get("at", "")),
        criterion=str(data.get("criterion", "")),
        status=str(data.get("status", "")),
        original_status=str(data.get("original_status", "")),
        previous_status=str(data.get("previous_status", "")),
        points=None if points is None else float(points),
        comment=str(data.get("comment", "")),
        reviewer=str(data.get("reviewer", "")),
        retracts=bool(data.get("retracts", False)),
    )
