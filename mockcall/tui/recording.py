"""The trainee app's link to the session store: every call recorded, nothing ever blocked.

:class:`StoreLink` is what the commands hand the app (``--db`` / ``$MOCKCALL_DB`` / the data
folder, through :func:`mockcall.store.open_store`). It implements the app's hooks
(``hooks.Recorder`` and ``hooks.RecentScores``) and the start-up check for calls a killed
process left unfinished.

The store is opened late — after the first screen is drawn (:meth:`StoreLink.open`), so a
store on a slow disk never delays the call appearing. Events of a call that starts before that
wait in memory and are written, in order, the moment the store opens. Each event is then one
transaction (:class:`mockcall.store.recorder.Recorder`).

A store problem — locked, corrupt, someone else's file, a read-only folder — never stops a
call: the app shows one notice ("This call is not being saved: …") and the call goes on in
memory. A corrupt or foreign file is never written to (the store refuses before any write).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mockcall.store.errors import StoreError
from mockcall.tui.hooks import RecentScore

if TYPE_CHECKING:
    from textual.app import App

    from mockcall.core.events import Event
    from mockcall.core.scoring import Scorecard
    from mockcall.store.api import Assignment, SessionStore, Unfinished
    from mockcall.store.recorder import Recorder
    from mockcall.tui.plan import CallPlan

#: How many recent scores the home screen lists.
RECENT = 5


def _quiet(_: str) -> None:
    return None


class CallRecording:
    """The event sink of one call (``CallSession(on_event=...)``): queues until the store is
    open, then writes each event as it happens; ``finish`` stores the scorecard."""

    def __init__(self, link: StoreLink, plan: CallPlan | None, recorder: Recorder | None = None):
        self.link = link
        self.plan = plan
        self.recorder = recorder
        self.queue: list[Event] = []
        self.closed = False
        self._warned = False

    def __call__(self, event: Event) -> None:
        if self.link.failed:
            return
        self.queue.append(event)
        if self.link.store is not None:
            self.flush()

    def flush(self) -> None:
        """Hand queued events to the store's recorder (called again once the store opens)."""
        store = self.link.store
        if store is None or self.closed:
            return
        if self.recorder is None:
            from mockcall.store.recorder import Recorder

            rubric = self.plan.bundle.rubric if self.plan is not None else None
            self.recorder = Recorder(store, rubric=rubric)
        queued, self.queue = self.queue, []
        for event in queued:
            self.recorder.on_event(event)
        if self.recorder.problem is not None:
            self._warn(self.recorder.problem)

    def finish(self, scorecard: Scorecard | None) -> str | None:
        """The call is scored: write what is left and the card. Returns the session id."""
        if self.closed or self.recorder is None or self.link.store is None:
            return None
        self.closed = True
        try:
            return self.recorder.finish(scorecard)
        except (StoreError, ValueError) as exc:
            self._warn(exc)
            return None

    def abandon(self) -> None:
        """The call was left mid-way (quit, or replaced by a resumed call): mark it abandoned."""
        if self.closed or self.recorder is None or self.link.store is None:
            return
        self.closed = True
        try:
            self.recorder.abandon()
        except StoreError as exc:
            self._warn(exc)

    def _warn(self, exc: Exception) -> None:
        if not self._warned:
            self._warned = True
            self.link.report(str(exc))


class StoreLink:
    """Opens the store once, on demand; records calls; lists recent scores and crashed calls.

    ``opener`` is :func:`mockcall.store.open_store` by default (tests pass their own).
    ``on_problem`` receives one sentence per problem; the app shows it as a notice.
    """

    def __init__(
        self,
        flag: str | None = None,
        *,
        opener: Callable[[str | None], SessionStore] | None = None,
    ) -> None:
        self.flag = flag
        self.store: SessionStore | None = None
        self.failed: str | None = None
        self.on_problem: Callable[[str], None] = _quiet
        self._opener = opener
        self._tried = False
        self.calls: list[CallRecording] = []

    def open(self) -> SessionStore | None:
        """The store, opened on first use; None (and one notice) when it cannot be used."""
        if self._tried:
            return self.store
        self._tried = True
        try:
            opener = self._opener
            if opener is None:
                from mockcall.store import open_store

                opener = open_store
            self.store = opener(self.flag)
        except StoreError as exc:
            self.failed = str(exc)
            self.report(self.failed)
            for call in self.calls:
                call.queue.clear()
            return None
        for call in self.calls:
            call.flush()
        return self.store

    def report(self, reason: str) -> None:
        self.on_problem(reason)

    # ------------------------------------------------------------------ hooks.Recorder

    def __call__(self, plan: CallPlan) -> CallRecording:
        call = CallRecording(self, plan)
        self.calls.append(call)
        return call

    def resumed(self, recorder: Recorder) -> CallRecording:
        """The sink of a call brought back from the store (its recorder continues the log)."""
        call = CallRecording(self, None, recorder)
        self.calls.append(call)
        return call

    # ------------------------------------------------------------------ hooks.RecentScores

    def recent(self, trainee: str) -> list[RecentScore]:
        store = self.open()
        if store is None:
            return []
        from mockcall.store.api import SessionFilter

        try:
            rows = store.sessions(
                SessionFilter(trainee=trainee or None, status="finished", limit=RECENT)
            )
        except StoreError as exc:
            self.report(str(exc))
            return []
        return [
            RecentScore(
                when=_short_time(m.started_at),
                persona=m.persona,
                mode=m.mode,
                total=m.total,
                passed=bool(m.passed),
            )
            for m in rows
            if m.total is not None
        ]

    # ------------------------------------------------------------------ hooks.AssignedWork

    def assigned(self, trainee: str) -> list[Assignment]:
        """The trainee's open assignments, newest first (none without a name or a store)."""
        store = self.open() if trainee.strip() else None
        if store is None:
            return []
        try:
            return store.assignments(trainee, open_only=True)
        except StoreError as exc:
            self.report(str(exc))
            return []

    # ------------------------------------------------------------------ crash recovery

    def resumable(self) -> list[Unfinished]:
        """Live sessions whose process is gone (calls still running elsewhere are left out)."""
        store = self.open()
        if store is None:
            return []
        from mockcall.store.recorder import resumable

        try:
            return resumable(store)
        except StoreError as exc:
            self.report(str(exc))
            return []

    def close(self) -> None:
        """Leaving the app: calls still open are abandoned, then the store is closed."""
        for call in self.calls:
            if not call.closed:
                call.abandon()
        if self.store is not None:
            with contextlib.suppress(StoreError):
                self.store.close()
            self.store = None


def _short_time(iso: str) -> str:
    """``2026-03-02T10:04:05Z`` -> ``2026-03-02 10:04`` (UTC, as stored)."""
    return iso.replace("T", " ")[:16]


def describe(u: Unfinished) -> dict[str, Any]:
    """The fields of the resume prompt's sentence."""
    m = u.meta
    return {
        "persona": m.persona,
        "account": m.account,
        "trainee": m.trainee or "-",
        "mode": m.mode,
        "started": _short_time(m.started_at),
        "events": u.event_count,
        "seconds": f"{u.last_t:.0f}",
    }


def run_app(app: App[Any], store: StoreLink) -> None:
    """Run the app; whatever happens, calls left open are abandoned and the store closed."""
    try:
        app.run()
    finally:
        store.close()
