"""A trainee's acknowledgement or dispute, and a reviewer's resolution — the same for every backend.

After a call has been reviewed the trainee may acknowledge the review (``review_ack``) or
dispute one criterion with a reason (``dispute``); a reviewer then resolves the dispute
(``dispute_resolved``): *upheld* (the score stands) or *changed* (an ``override`` event is
written with it, in the same transaction). All three are events appended to the session's
append-only log, so the whole conversation about a score travels with the call (exports, xAPI,
re-scoring). Scoring reads none of them: only ``override`` changes a criterion.

The backends differ only in how they read the log and write the events and the summary
(``disputes``, ``open_disputes``, and the card when an override came with a resolution) in one
transaction; what may be written, and what it records, is decided here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from mockcall.core import events as ev
from mockcall.core.events import Event
from mockcall.store.api import SessionMeta
from mockcall.store.errors import SessionNotFound
from mockcall.store.overrides import REQUESTED_STATUSES, check_override, override_event

if TYPE_CHECKING:
    from mockcall.core.model import Rubric

#: the kinds ``add_review`` writes (an override alone goes through ``add_override``)
WRITABLE: Final = (ev.REVIEW_ACK, ev.DISPUTE, ev.DISPUTE_RESOLVED)
OUTCOMES: Final = ("upheld", "changed")


@dataclass(frozen=True, slots=True)
class Dispute:
    """A trainee's dispute of one criterion, with its resolution once a reviewer gave one."""

    seq: int
    at: str
    criterion: str
    reason: str
    trainee: str
    #: the criterion's status the trainee disputed
    status: str
    resolution: Mapping[str, Any] | None = field(default=None)

    @property
    def open(self) -> bool:
        return self.resolution is None


@dataclass(frozen=True, slots=True)
class ReviewWrite:
    """What one ``add_review`` appends, and the summary the session gets with it."""

    events: tuple[Event, ...]
    #: the re-scored card when a resolution changed the criterion, else None (card unchanged)
    card: dict[str, Any] | None
    disputes: int
    open_disputes: int


def disputes(log: Sequence[Event]) -> list[Dispute]:
    """Every dispute of the log, oldest first, each with its resolution if it has one."""
    found: dict[int, Dispute] = {}
    for e in log:
        d = e.data
        if e.kind == ev.DISPUTE:
            found[e.seq] = Dispute(
                e.seq,
                str(d.get("at", "")),
                str(d.get("criterion", "")),
                str(d.get("reason", "")),
                str(d.get("trainee", "")),
                str(d.get("status", "")),
            )
        elif e.kind == ev.DISPUTE_RESOLVED:
            seq = d.get("dispute_seq")
            if isinstance(seq, int) and seq in found:
                resolution = {**d, "seq": e.seq}
                old = found[seq]
                found[seq] = Dispute(
                    old.seq, old.at, old.criterion, old.reason, old.trainee, old.status, resolution
                )
    return list(found.values())


def open_dispute(log: Sequence[Event], criterion: str) -> Dispute | None:
    """The criterion's dispute still waiting for a reviewer, if any."""
    return next((d for d in disputes(log) if d.open and d.criterion == criterion), None)


def check_review(
    session_id: str,
    meta: SessionMeta | None,
    rubric_text: str | None,
    kind: str,
    data: Mapping[str, Any],
) -> Rubric:
    """The session's frozen rubric, once the request is known to be acceptable in itself
    (whether a dispute is open is a question for the log, inside the transaction)."""
    from mockcall.store.rubrics import rubric_from_text

    if kind not in WRITABLE:
        raise ValueError(f"a review event is one of {', '.join(WRITABLE)}, not '{kind}'")
    if kind == ev.DISPUTE_RESOLVED:
        return _check_resolution(session_id, meta, rubric_text, data)
    _required(data, "trainee", "the trainee's name")
    if kind == ev.DISPUTE:
        _required(data, "reason", "a reason saying why the criterion is disputed")
    if meta is None:
        raise SessionNotFound(session_id)
    if meta.status != "finished" or rubric_text is None:
        raise ValueError(f"session {session_id} has no score to acknowledge or dispute")
    rubric = rubric_from_text(rubric_text)
    if kind == ev.DISPUTE:
        _known_criterion(rubric, str(data.get("criterion", "")))
    return rubric


def _check_resolution(
    session_id: str, meta: SessionMeta | None, rubric_text: str | None, data: Mapping[str, Any]
) -> Rubric:
    """A resolution is a reviewer's decision: the same checks as an override."""
    outcome = data.get("outcome")
    if outcome not in OUTCOMES:
        raise ValueError(f"a dispute is resolved as {' or '.join(OUTCOMES)}")
    status = str(data.get("status", "auto")) if outcome == "changed" else "auto"
    if status not in REQUESTED_STATUSES:
        raise ValueError(f"the new status must be one of {', '.join(REQUESTED_STATUSES)}")
    return check_override(
        session_id,
        meta,
        rubric_text,
        str(data.get("criterion", "")),
        status,
        str(data.get("comment", "")),
        str(data.get("reviewer", "")),
    )


def _required(data: Mapping[str, Any], key: str, what: str) -> None:
    if not str(data.get(key) or "").strip():
        raise ValueError(f"{key.replace('_', ' ')} missing: give {what}")


def _known_criterion(rubric: Rubric, criterion: str) -> None:
    if criterion not in {c.id for _, c in rubric.criteria()}:
        known = ", ".join(c.id for _, c in rubric.criteria())
        raise ValueError(f"rubric {rubric.id} has no criterion '{criterion}' ({known})")


def review_write(
    log: Sequence[Event], rubric: Rubric, kind: str, data: Mapping[str, Any], at: str
) -> ReviewWrite:
    """The events that follow ``log`` for this request (checked against it), and the summary.

    Review events take the time ``t`` of the log's last event: they happen after the call, and
    must not lengthen it for anything that reads the log's last time stamp.
    """
    from mockcall.core.scoring import score

    seq, t = (log[-1].seq + 1, log[-1].t) if log else (0, 0.0)
    criterion = str(data.get("criterion", ""))
    written: list[Event] = []
    card: dict[str, Any] | None = None
    if kind == ev.REVIEW_ACK:
        body = {"trainee": _text(data, "trainee"), "at": at, "comment": _text(data, "comment")}
    elif kind == ev.DISPUTE:
        if open_dispute(log, criterion) is not None:
            raise ValueError(f"criterion '{criterion}' already has an open dispute")
        result = score(log, rubric).criterion(criterion)
        status = result.status if result is not None else ""
        body = {
            "criterion": criterion,
            "reason": _text(data, "reason"),
            "trainee": _text(data, "trainee"),
            "at": at,
            "status": status,
        }
    else:
        body, override, card = _resolution(log, rubric, data, at)
        if override is not None:
            written.append(override)
            seq += 1
    written.append(Event(seq, t, kind, body))
    everything = [*log, *written]
    all_disputes = disputes(everything)
    return ReviewWrite(tuple(written), card, len(all_disputes), sum(d.open for d in all_disputes))


def _resolution(
    log: Sequence[Event], rubric: Rubric, data: Mapping[str, Any], at: str
) -> tuple[dict[str, Any], Event | None, dict[str, Any] | None]:
    """A resolution's data, and the override (with the card it gives) when it changes the
    criterion."""
    criterion = str(data.get("criterion", ""))
    waiting = open_dispute(log, criterion)
    if waiting is None:
        raise ValueError(f"criterion '{criterion}' has no open dispute to resolve")
    outcome, comment, reviewer = (
        str(data["outcome"]),
        _text(data, "comment"),
        _text(data, "reviewer"),
    )
    body: dict[str, Any] = {
        "criterion": criterion,
        "outcome": outcome,
        "comment": comment,
        "reviewer": reviewer,
        "at": at,
        "dispute_seq": waiting.seq,
    }
    if outcome != "changed":
        return body, None, None
    status = str(data.get("status", "auto"))
    event, card = override_event(log, rubric, criterion, status, comment, reviewer, None, at)
    body["override_seq"] = event.seq
    return body, event, card


def _text(data: Mapping[str, Any], key: str) -> str:
    return str(data.get(key) or "").strip()
