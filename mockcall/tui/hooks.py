"""The seams between the trainee UI and the session store, kept in one small place.

The store persists every event of a call as it happens and lists recent results for the home
screen. The UI must work without it (tests, a read-only machine), so both hooks default to
doing nothing, and the app never imports the store itself: the command that starts the app
passes the hooks in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mockcall.core.events import Event
    from mockcall.store.api import Assignment
    from mockcall.tui.plan import CallPlan

#: Called for each event of a call, in order, as it happens.
EventSink = Callable[["Event"], None]
#: Given the call about to start, returns the sink that records its events.
Recorder = Callable[["CallPlan"], EventSink]


@dataclass(frozen=True)
class RecentScore:
    """One line of the home screen's recent scores."""

    when: str
    persona: str
    mode: str
    total: float
    passed: bool


#: Returns the trainee's recent results, newest first (empty when there is no store).
RecentScores = Callable[[str], list[RecentScore]]
#: Returns the trainee's open assignments from the floor, newest first.
AssignedWork = Callable[[str], list["Assignment"]]


def _ignore(_: Event) -> None:
    return None


def no_recorder(_: CallPlan) -> EventSink:
    """The default recorder: events stay in memory only."""
    return _ignore


def no_recent(_: str) -> list[RecentScore]:
    """The default list of recent scores: none."""
    return []


def no_assignments(_: str) -> list[Assignment]:
    """The default list of assignments: none (no shared store, no trainer)."""
    return []
