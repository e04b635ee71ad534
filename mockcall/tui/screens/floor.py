"""The trainer's floor: every seat live — trainee, persona, mode, call time, the customer's
mood, hold and after-call work, last score — re-read from the shared store every second.

Enter opens the seat's transcript, read-only and following the call as it goes; ``a`` gives
the seat's trainee (or anyone) a persona or a nesting shift, which they see on their home
screen. Open assignments, and those of the last hours, are listed under the seats.
"""

from __future__ import annotations

import time
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from mockcall.store.api import Assignment, NewAssignment
from mockcall.store.errors import StoreError
from mockcall.tui.floor_feed import FloorFeed
from mockcall.tui.i18n import t
from mockcall.tui.screens.floor_transcript import FloorTranscriptScreen
from mockcall.tui.widgets.floor_table import FloorTable
from mockcall.tui.widgets.key_legend import KeyLegend

#: seconds between polls of the store (the floor is at most this much behind a seat)
POLL = 1.0


class FloorScreen(Screen[None]):
    CSS_PATH = "../floor.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", t("floor.key.open"), priority=True),
        Binding("a", "assign", t("floor.key.assign")),
        Binding("escape,q", "close", t("key.quit"), key_display="q"),
    ]

    def __init__(self, feed: FloorFeed) -> None:
        super().__init__()
        self.feed = feed
        self.polls = 0

    def compose(self) -> ComposeResult:
        yield Static("", id="floor-title", markup=False)
        yield FloorTable(id="floor-table")
        yield Static("", id="floor-empty", markup=False)
        yield Static("", id="floor-assignments", markup=False)
        yield Static("", id="floor-updated", markup=False)
        yield KeyLegend()

    def on_mount(self) -> None:
        self.poll()
        self.set_interval(POLL, self.poll)
        self.query_one(FloorTable).focus()

    def poll(self) -> None:
        """Re-read the seats; a store problem is one notice, and the next poll tries again."""
        try:
            rows = self.feed.rows()
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=POLL * 2)
            return
        self.polls += 1
        self.query_one(FloorTable).show(rows)
        self.query_one("#floor-title", Static).update(t("floor.title", n=len(rows)))
        empty = self.query_one("#floor-empty", Static)
        empty.display = not rows
        empty.update(t("floor.none", hours=f"{self.feed.hours:g}"))
        self.query_one("#floor-assignments", Static).update(self._assignments())
        self.query_one("#floor-updated", Static).update(
            t("floor.updated", time=_clock_time(self.feed.clock()), every=POLL)
        )

    def _assignments(self) -> str:
        listed = self.feed.assignments()
        if not listed:
            return t("floor.assignments.none")
        return "\n".join(
            [t("floor.assignments", n=sum(a.open for a in listed))]
            + [assignment_line(a) for a in listed]
        )

    def action_assign(self) -> None:
        """Give a trainee work; the dialog starts with the selected seat's trainee."""
        from mockcall.tui.screens.assign import AssignScreen

        table = self.query_one(FloorTable)
        seat = table.seats.get(table.current_id() or "")
        trainee = seat.meta.trainee if seat is not None else ""
        screen = AssignScreen(self.feed.targets, trainee=trainee, by=self.feed.trainer)
        self.app.push_screen(screen, self._store_assignment)

    def _store_assignment(self, new: NewAssignment | None) -> None:
        if new is None:
            return
        try:
            given = self.feed.assign(new)
        except (StoreError, ValueError) as exc:
            self.notify(str(exc), severity="error")
            return
        said = t("floor.assigned", trainee=given.trainee, what=assignment_what(given))
        self.notify(said, markup=False)
        self.poll()

    def action_open(self) -> None:
        table = self.query_one(FloorTable)
        seat = table.seats.get(table.current_id() or "")
        if seat is None:
            self.notify(t("floor.pick"), severity="warning")
            return
        self.app.push_screen(FloorTranscriptScreen(self.feed.store, seat.meta))

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.dismiss()
        else:
            self.app.exit()


def _clock_time(seconds: float) -> str:
    """The feed's wall time as the trainer's clock shows it (``HH:MM:SS``, local time)."""
    return time.strftime("%H:%M:%S", time.localtime(seconds))


def assignment_what(a: Assignment) -> str:
    """``telco-… · Assessment ×2`` or ``Nesting shift: telco ×5``, in the UI's language."""
    if a.mode == "shift":
        what = t("assign.shift_of", account=a.account or "")
    else:
        what = f"{a.persona} · {t(f'mode.{a.mode}')}"
    return what + (f" ×{a.calls}" if a.calls > 1 else "")


def assignment_line(a: Assignment) -> str:
    """One assignment under the seats: number, trainee, what, progress, who gave it, note."""
    if a.cancelled_at is not None:
        state = t("assign.state.cancelled")
    elif a.done:
        score = (
            "" if a.last_total is None else f" {a.last_total:.0f}% {'✓' if a.last_passed else '✗'}"
        )
        state = t("assign.state.done") + score
    else:
        state = f"{a.done_calls}/{a.calls}"
    by = f" · {a.assigned_by}" if a.assigned_by else ""
    note = f" — {a.note}" if a.note else ""
    return f"#{a.id} {a.trainee}: {assignment_what(a)} · {state}{by}{note}"
