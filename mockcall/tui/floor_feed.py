"""What the floor view shows, read from the shared store: one row per seat, re-read on a poll.

A seat is a live call (one per trainee's mockcall: a terminal or a browser seat), or — for a
trainee with no live call — their latest call of the last hours, so a trainee on the score
screen still shows with the score. Each live call's state is :func:`mockcall.core.live.fold`
over its log; a log is re-read only when it grew (``unfinished()`` counts the events), and only
its new events are folded. Nothing is stored twice: the store's summaries and logs are the
only source. No Textual here: this is plain data for the floor screen and its tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from mockcall.core.live import LiveCall, fold
from mockcall.store.api import Assignment, NewAssignment, SessionFilter, SessionMeta, SessionStore
from mockcall.tui.i18n import t

if TYPE_CHECKING:
    from mockcall.core.loader import Library

#: at most this many recent sessions are read per poll (about a day of a 50-seat room)
RECENT_LIMIT = 1_000


@dataclass(frozen=True, slots=True)
class MoodScale:
    """A persona's mood range: where calls start and where the customer hangs up."""

    start: int
    hangup_at: int


@dataclass(frozen=True, slots=True)
class AssignTarget:
    """Something a trainee can be given: a persona, or a nesting shift of an account."""

    kind: str  # "persona" | "shift"
    id: str
    label: str


def assign_targets(library: Library) -> list[AssignTarget]:
    """Every persona, then a nesting shift of every account, labelled for the assign dialog."""
    personas = [AssignTarget("persona", p.id, f"{p.id} — {p.title}") for p in library.personas()]
    shifts = [
        AssignTarget("shift", a, t("assign.shift_of", account=f"{a} — {b.account.name}"))
        for a, b in sorted(library.bundles.items())
    ]
    return personas + shifts


@dataclass(frozen=True, slots=True)
class SeatRow:
    """One seat on the floor."""

    meta: SessionMeta
    #: the live call's state (None for a finished or abandoned call)
    call: LiveCall | None
    #: call seconds now (frozen at the end of the conversation)
    seconds: float | None
    hold_seconds: float | None
    acw_seconds: float | None
    mood: int | None
    scale: MoodScale | None
    #: the trainee's latest scored call: (total, passed)
    last_score: tuple[float, bool] | None

    @property
    def id(self) -> str:
        return self.meta.id


def parse_time(iso: str) -> float:
    """Stored ISO 8601 UTC (``...Z``) -> POSIX seconds."""
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def iso_time(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class FloorFeed:
    """Polls ``store`` for the seats of the last ``hours``; ``moods`` names a persona's mood
    scale (None when the persona is not known here); ``clock`` is wall time (tests fix it);
    ``targets`` what the trainer may assign (or how to find out) and ``trainer`` who assigns."""

    def __init__(
        self,
        store: SessionStore,
        *,
        hours: float = 8.0,
        moods: Callable[[str], MoodScale | None] | None = None,
        clock: Callable[[], float] = time.time,
        targets: Sequence[AssignTarget] | Callable[[], Sequence[AssignTarget]] = (),
        trainer: str = "",
    ) -> None:
        self.store = store
        self.hours = hours
        self.moods = moods or (lambda _: None)
        self.clock = clock
        #: what may be assigned; a callable is asked once, when first needed (the review app
        #: opens the floor without loading the persona library until a trainer assigns)
        self._targets = targets
        self.trainer = trainer
        #: session id -> (events folded, state): a log is folded once per new event
        self._folded: dict[str, tuple[int, LiveCall]] = {}

    def rows(self) -> list[SeatRow]:
        """Every seat now: live calls first (by trainee), then the others' latest calls."""
        now = self.clock()
        where = SessionFilter(date_from=iso_time(now - self.hours * 3600), limit=RECENT_LIMIT)
        recent = self.store.sessions(where)  # newest first
        live = self.store.unfinished()
        scores: dict[str, tuple[float, bool]] = {}
        latest: dict[str, SessionMeta] = {}
        for m in recent:
            latest.setdefault(m.trainee, m)
            if m.status == "finished" and m.total is not None:
                scores.setdefault(m.trainee, (m.total, bool(m.passed)))
        seated = {u.meta.trainee for u in live}
        rows = [self._live_row(u.meta, u.event_count, now, scores) for u in live]
        rows += [
            self._row(m, None, now, scores)
            for trainee, m in latest.items()
            if trainee not in seated and m.status != "live"
        ]
        live_ids = {u.meta.id for u in live}
        for gone in set(self._folded) - live_ids:
            del self._folded[gone]
        rows.sort(key=lambda r: (r.call is None, r.meta.trainee.casefold(), r.meta.started_at))
        return rows

    @property
    def targets(self) -> tuple[AssignTarget, ...]:
        if callable(self._targets):
            self._targets = tuple(self._targets())
        return tuple(self._targets)

    def assignments(self) -> list[Assignment]:
        """Open assignments, and those done or cancelled in the last ``hours``, newest first."""
        since = iso_time(self.clock() - self.hours * 3600)
        return [a for a in self.store.assignments() if a.open or a.assigned_at >= since]

    def assign(self, new: NewAssignment) -> Assignment:
        return self.store.assign(new)

    def _live_row(
        self, meta: SessionMeta, count: int, now: float, scores: dict[str, tuple[float, bool]]
    ) -> SeatRow:
        done, state = self._folded.get(meta.id, (0, None))
        if count != done or state is None:
            new = self.store.events(meta.id)[done:]
            state = fold(new, state)
            self._folded[meta.id] = (done + len(new), state)
        return self._row(meta, state, now, scores)

    def _row(
        self,
        meta: SessionMeta,
        call: LiveCall | None,
        now: float,
        scores: dict[str, tuple[float, bool]],
    ) -> SeatRow:
        scale = self.moods(meta.persona)
        if call is None:
            score = scores.get(meta.trainee)
            return SeatRow(meta, None, meta.duration, None, None, None, scale, score)
        at = now - parse_time(meta.started_at)
        if meta.status == "interrupted":  # nobody holds it: its clock stopped at the last event
            at = call.last_t
        mood = call.mood if call.mood is not None else call.mood_start
        if mood is None and scale is not None:
            mood = scale.start
        return SeatRow(
            meta,
            call,
            call.call_seconds(at),
            call.hold_seconds(at),
            call.acw_seconds(at),
            mood,
            scale,
            scores.get(meta.trainee),
        )
