"""Everything said about a call after it ended, in order: one list for every screen and output.

A calibrated QA team needs every reviewer's judgement kept, not only the one that counts now:
``sessions show`` (text and JSON) and the review TUI's history tab all read this one timeline
of the log's review events — overrides (a first judgement, an edit by the same reviewer, a
retraction), acknowledgements, disputes and their resolutions — so none of them can drop one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Final

from mockcall.core import events as ev
from mockcall.core.events import Event

#: action -> what it is, for text outputs
ACTIONS: Final = {
    "override": "override",
    "edit": "edited override",
    "retract": "retracted override",
    "ack": "acknowledged",
    "dispute": "disputed",
    "upheld": "dispute upheld",
    "changed": "dispute changed",
}


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One review event as a person reads it. ``before``/``after`` are criterion statuses
    (empty for an acknowledgement); ``comment`` is the reviewer's comment or trainee's reason."""

    seq: int
    at: str
    who: str
    #: override | edit | retract | ack | dispute | upheld | changed
    action: str
    criterion: str
    before: str
    after: str
    comment: str

    def to_dict(self) -> dict[str, Any]:
        return dict(asdict(self))


def review_history(log: Sequence[Event]) -> list[HistoryItem]:
    """The log's review events, oldest first; nothing else in the log is read."""
    items: list[HistoryItem] = []
    judged: set[tuple[str, str]] = set()  # (reviewer, criterion) already overridden
    for e in log:
        d = e.data
        at, criterion = str(d.get("at", "")), str(d.get("criterion", ""))
        if e.kind == ev.OVERRIDE:
            who = str(d.get("reviewer", ""))
            action = "retract" if d.get("retracts") else "override"
            if action == "override" and (who, criterion) in judged:
                action = "edit"
            judged.add((who, criterion))
            before, after = str(d.get("previous_status", "")), str(d.get("status", ""))
            items.append(
                HistoryItem(e.seq, at, who, action, criterion, before, after, _c(d, "comment"))
            )
        elif e.kind == ev.REVIEW_ACK:
            who = str(d.get("trainee", ""))
            items.append(HistoryItem(e.seq, at, who, "ack", "", "", "", _c(d, "comment")))
        elif e.kind == ev.DISPUTE:
            who, status = str(d.get("trainee", "")), str(d.get("status", ""))
            items.append(
                HistoryItem(e.seq, at, who, "dispute", criterion, status, "", _c(d, "reason"))
            )
        elif e.kind == ev.DISPUTE_RESOLVED:
            who, outcome = str(d.get("reviewer", "")), str(d.get("outcome", ""))
            items.append(HistoryItem(e.seq, at, who, outcome, criterion, "", "", _c(d, "comment")))
    return items


def _c(data: Any, key: str) -> str:
    return str(data.get(key) or "")


def history_line(item: HistoryItem) -> str:
    """``2025-05-14T10:02Z  qa-sari: greet_and_name fail -> pass (edited override) — why``."""
    change = f" {item.before} -> {item.after}" if item.before and item.after else ""
    if item.action == "dispute" and item.before:
        change = f" (was {item.before})"
    target = f" {item.criterion}" if item.criterion else ""
    what = ACTIONS.get(item.action, item.action)
    comment = f" — {item.comment}" if item.comment else ""
    return f"{item.at}  {item.who or '?'}: {what}{target}{change}{comment}"
