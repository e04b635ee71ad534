"""What the TUI, the CLI and the recorder may ask of a session store — and nothing more.

``SessionStore`` is a :class:`typing.Protocol`, so the SQLite store and a future PostgreSQL
store are interchangeable without either inheriting from anything, and the UI never sees SQL.
Records are frozen dataclasses of plain values: they cross threads, processes and JSON safely.

Rules every implementation keeps (docs/store.md explains why):

* ``append`` is one transaction, committed before it returns: a killed process loses no event
  that ``append`` returned for.
* The event log is append-only.  A review never edits an event or a stored score; an override is
  a new ``override`` event and the summary columns are recomputed from the log.
* Database trouble is :class:`~mockcall.store.errors.StoreError` (kind locked | corrupt |
  foreign | unwritable); an unknown id is :class:`~mockcall.store.errors.SessionNotFound`;
  bad input (empty override comment, appending to a closed session) is ``ValueError``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal, Protocol

from mockcall.core import events as ev
from mockcall.core.events import Event

#: ``interrupted`` is never written: it is how a ``live`` session reads once no process holds it
#: any more (its mockcall was killed or crashed), until it is resumed or abandoned.
SessionStatus = Literal["live", "interrupted", "finished", "abandoned"]
SESSION_STATUSES: tuple[SessionStatus, ...] = ("live", "interrupted", "finished", "abandoned")
SortKey = Literal["started_at", "total", "trainee", "account", "persona", "duration"]
SORT_KEYS: tuple[SortKey, ...] = (
    "started_at",
    "total",
    "trainee",
    "account",
    "persona",
    "duration",
)


@dataclass(frozen=True, slots=True)
class NewSession:
    """What is known when a call starts: enough to list, filter and resume it later."""

    trainee: str
    account: str
    persona: str
    mode: str = "practice"
    seed: int = 0
    channel: str = "call"
    direction: str = "inbound"
    rubric_id: str | None = None
    rubric_version: int | None = None
    rubric_hash: str | None = None
    #: wall-clock ISO 8601 UTC; None = now (tests and imports pass their own)
    started_at: str | None = None
    #: 'played' in mockcall, or 'transcript': a real contact scored by ``mockcall qa --store``
    source: str = "played"
    #: the file an imported session was read from, and its sha256 (unique in the store)
    source_ref: str | None = None
    source_hash: str | None = None

    @classmethod
    def from_call_started(cls, event: Event, *, started_at: str | None = None) -> NewSession:
        """Read the meta from the engine's ``call_started`` event, so nothing is said twice."""
        if event.kind != ev.CALL_STARTED:
            raise ValueError(f"expected a call_started event, got {event.kind}")
        d = event.data
        rubric = d.get("rubric") or {}
        version = rubric.get("version")
        return cls(
            trainee=str(d.get("trainee", "")),
            account=str(d.get("account", "")),
            persona=str(d.get("persona", "")),
            mode=str(d.get("mode", "practice")),
            seed=int(d.get("seed", 0)),
            channel=str(d.get("channel", "call")),
            direction=str(d.get("direction", "inbound")),
            rubric_id=rubric.get("id") or None,
            rubric_version=None if version is None else int(version),
            rubric_hash=rubric.get("hash") or None,
            started_at=started_at,
        )


@dataclass(frozen=True, slots=True)
class SessionMeta:
    """One session's summary row: everything a list, a filter or a CSV line needs, no JSON."""

    id: str
    trainee: str
    account: str
    persona: str
    mode: str
    seed: int
    channel: str
    direction: str
    started_at: str
    ended_at: str | None
    status: SessionStatus
    ending: str | None
    total: float | None
    passed: bool | None
    fatal_count: int
    rubric_id: str | None
    rubric_version: int | None
    rubric_hash: str | None
    #: True once a reviewer overrode a criterion; ``total`` is then the re-scored one
    overridden: bool = False
    #: the score the call got before any override (None until finished)
    original_total: float | None = None
    #: call time in seconds (last event's ``t``), set when the session closes
    duration: float | None = None
    #: section id -> percent (None when N/A), set when finished
    section_scores: Mapping[str, float | None] = field(default_factory=dict)
    #: ids of the fatal criteria failed (after overrides)
    fatal_failures: tuple[str, ...] = ()
    #: 'played', or 'transcript' for a real contact imported by ``mockcall qa --store``
    source: str = "played"
    #: the file an imported session was read from
    source_ref: str | None = None
    #: disputes a trainee raised on this call, and how many of them are not resolved yet
    disputes: int = 0
    open_disputes: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data (field by field: ``asdict``'s deep copies cost 4x on export)."""
        out = {name: getattr(self, name) for name in _META_FIELDS}
        out["section_scores"] = dict(self.section_scores)
        out["fatal_failures"] = list(self.fatal_failures)
        return out


_META_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SessionMeta))


@dataclass(frozen=True, slots=True)
class SessionFilter:
    """Which sessions, in which order, which page. Every field None = no restriction.

    ``trainee``, ``account`` and ``persona`` match case-insensitively from the start of the
    value (``rin`` finds Rina and rini), as a reviewer types them; ``exact=True`` matches whole
    values instead (still in any case), for callers that know the full name.  One filter is
    turned into SQL in one place (:func:`mockcall.store.query.where_clause`), so ``sessions
    list``, ``export``, ``progress`` and the review TUI select exactly the same sessions.
    """

    trainee: str | None = None
    account: str | None = None
    persona: str | None = None
    mode: str | None = None
    #: ISO date or datetime (UTC, or with an offset); a bare date in ``date_to`` includes that
    #: whole day (see :func:`mockcall.store.when.utc_bound`)
    date_from: str | None = None
    date_to: str | None = None
    passed: bool | None = None
    #: True = at least one fatal failure, False = none
    fatal: bool | None = None
    status: SessionStatus | None = None
    #: True = a reviewer overrode at least one criterion, False = never reviewed
    reviewed: bool | None = None
    #: True = a trainee's dispute is waiting for a reviewer, False = none open
    disputed: bool | None = None
    #: whole-value (not prefix) matching of trainee/account/persona
    exact: bool = False
    sort: SortKey = "started_at"
    descending: bool = True
    limit: int | None = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Unfinished:
    """A live session found at start-up: resume it (engine.restore) or abandon it.

    ``running`` is True when the process that owns it still runs on this machine, or when it
    belongs to another machine (whose processes cannot be seen from here) — then it is a call in
    progress elsewhere, not a crash, and must not be offered.  Otherwise ``meta.status`` reads
    ``interrupted``.
    """

    meta: SessionMeta
    event_count: int
    last_t: float
    host: str
    pid: int
    running: bool


@dataclass(frozen=True, slots=True)
class OverrideRecord:
    """One reviewer decision, as recorded in the log (history is never rewritten)."""

    session_id: str
    seq: int
    at: str
    criterion: str
    status: str
    original_status: str
    previous_status: str
    points: float | None
    comment: str
    reviewer: str
    #: True when the reviewer took an earlier override back (``--status auto``): ``status`` is
    #: then the criterion's automatic status
    retracts: bool = False


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    """One finished, scored session on a trainee's score-over-time chart."""

    session_id: str
    started_at: str
    account: str
    persona: str
    mode: str
    total: float
    passed: bool
    fatal_count: int


@dataclass(frozen=True, slots=True)
class CriterionLoss:
    """How often a criterion was lost out of the calls where it applied (weakest first)."""

    criterion: str
    section: str
    lost: int
    applicable: int
    fatal: bool


@dataclass(frozen=True, slots=True)
class Progress:
    """A trainee's record: scores over time, weakest criteria, fatal errors per criterion."""

    trainee: str
    account: str | None
    points: tuple[ProgressPoint, ...]
    weakest: tuple[CriterionLoss, ...]
    fatal_counts: Mapping[str, int]

    @property
    def sessions(self) -> int:
        return len(self.points)

    @property
    def average(self) -> float | None:
        if not self.points:
            return None
        return round(sum(p.total for p in self.points) / len(self.points), 1)

    @property
    def pass_rate(self) -> float | None:
        if not self.points:
            return None
        return round(sum(p.passed for p in self.points) / len(self.points), 3)


AssignedMode = Literal["practice", "assessment", "shift"]
ASSIGNED_MODES: tuple[AssignedMode, ...] = ("practice", "assessment", "shift")


@dataclass(frozen=True, slots=True)
class NewAssignment:
    """What a trainer gives a trainee: one persona (``mode`` practice or assessment, played
    ``calls`` times) or a nesting shift of ``calls`` calls from one ``account``."""

    trainee: str
    mode: AssignedMode
    persona: str | None = None
    account: str | None = None
    calls: int = 1
    note: str = ""
    assigned_by: str = ""


@dataclass(frozen=True, slots=True)
class Assignment:
    """An assignment as read back. Progress is never stored: ``done_calls`` counts the
    trainee's finished sessions that match it (same persona or account, same mode, started
    after it was given), so a call finished on any seat counts, crash-resumed ones included.
    Trainee names match case-insensitively, as people type them."""

    id: int
    trainee: str
    mode: AssignedMode
    persona: str | None
    account: str | None
    calls: int
    note: str
    assigned_by: str
    assigned_at: str
    cancelled_at: str | None
    done_calls: int
    #: the latest matching finished session, for the trainer's "last score"
    last_session: str | None
    last_total: float | None
    last_passed: bool | None

    @property
    def done(self) -> bool:
        return self.done_calls >= self.calls

    @property
    def open(self) -> bool:
        return self.cancelled_at is None and not self.done

    @property
    def target(self) -> str:
        """The persona id, or the shift's account id."""
        return self.persona or self.account or ""


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A whole session for export: summary, the current scorecard (JSON dict) and its log."""

    meta: SessionMeta
    scorecard: Mapping[str, Any] | None
    events: tuple[Event, ...]


class SessionStore(Protocol):
    """The session store interface; see docs/store.md for the rules behind each method."""

    #: where the data lives, for messages (a path, or a DSN without its password)
    location: str
    #: opened for reading only: every write raises StoreError("read-only")
    read_only: bool

    # -- recording a call
    def begin(self, meta: NewSession) -> str:
        """Create a live session and return its id."""
        ...

    def append(self, session_id: str, event: Event) -> None:
        """Store one event of a live session, durably, before returning."""
        ...

    def finish(
        self,
        session_id: str,
        scorecard: Mapping[str, Any] | None,
        ending: str | None,
        *,
        ended_at: str | None = None,
    ) -> None:
        """Close a live session with its scorecard (``Scorecard.to_dict()``) and ending."""
        ...

    def find_source(self, source_hash: str) -> str | None:
        """The session imported from the file with this sha256, if there is one."""
        ...

    def save_rubric(self, content_hash: str, rubric_id: str, version: int, text: str) -> None:
        """Keep a rubric's source text under its content hash (first text per hash wins)."""
        ...

    def rubric_text(self, content_hash: str) -> str | None:
        """The source text frozen under this hash, or None."""
        ...

    # -- crash recovery
    def unfinished(self) -> list[Unfinished]:
        """Live sessions, oldest first, with whether their process still runs (those whose
        process is gone read as ``interrupted``)."""
        ...

    def abandon(self, session_id: str, *, ended_at: str | None = None) -> None:
        """Mark a live session abandoned (its log is kept, it can still be reviewed)."""
        ...

    def claim(self, session_id: str) -> None:
        """This process now holds a live session (a crashed call being resumed)."""
        ...

    # -- reading
    def session(self, session_id: str) -> SessionMeta | None:
        """One session's summary, or None."""
        ...

    def events(self, session_id: str) -> list[Event]:
        """The session's log in order (raises SessionNotFound for an unknown id)."""
        ...

    def scorecard(self, session_id: str) -> dict[str, Any] | None:
        """The current scorecard (after overrides), or None when not scored."""
        ...

    def original_scorecard(self, session_id: str) -> dict[str, Any] | None:
        """The scorecard as first stored at finish, before any override."""
        ...

    def sessions(self, where: SessionFilter | None = None) -> list[SessionMeta]:
        """One page of summaries."""
        ...

    def count(self, where: SessionFilter | None = None) -> int:
        """How many sessions match (ignoring limit/offset), for paging."""
        ...

    def records(
        self,
        where: SessionFilter | None = None,
        *,
        with_events: bool = True,
        with_scorecard: bool = True,
    ) -> Iterator[SessionRecord]:
        """Stream whole sessions for export; holds one session in memory at a time."""
        ...

    def section_ids(self, where: SessionFilter | None = None) -> list[str]:
        """Every section id scored in the matching sessions (CSV columns), rubric order."""
        ...

    def progress(self, trainee: str, account: str | None = None) -> Progress:
        """A trainee's finished scored sessions over time and weakest criteria."""
        ...

    # -- review
    def add_override(
        self,
        session_id: str,
        criterion: str,
        status: str,
        comment: str,
        reviewer: str,
        *,
        points: float | None = None,
    ) -> OverrideRecord:
        """Record a reviewer's decision as an ``override`` event and re-score the session."""
        ...

    def overrides(self, session_id: str) -> list[OverrideRecord]:
        """Every override of the session, oldest first."""
        ...

    def add_review(self, session_id: str, kind: str, data: Mapping[str, Any]) -> list[Event]:
        """Append a ``review_ack``, ``dispute`` or ``dispute_resolved`` event to a finished
        session in one transaction (a resolution "changed" writes its ``override`` with it);
        returns the events written (:mod:`mockcall.store.reviews` says what each needs)."""
        ...

    # -- the floor
    def assign(self, new: NewAssignment) -> Assignment:
        """Give a trainee a persona or a shift (ValueError when the request makes no sense)."""
        ...

    def assignments(
        self, trainee: str | None = None, *, open_only: bool = False
    ) -> list[Assignment]:
        """Assignments, newest first: one trainee's (any case) or everyone's."""
        ...

    def cancel_assignment(self, assignment_id: int) -> Assignment:
        """Withdraw an assignment (AssignmentNotFound for an unknown number; cancelling twice
        is harmless)."""
        ...

    def close(self) -> None:
        """Release the connection; the store is unusable afterwards."""
        ...

    def __enter__(self) -> SessionStore:
        """``with open_store(...) as store:`` closes it on the way out."""
        ...

    def __exit__(self, *exc: object) -> None: ...
