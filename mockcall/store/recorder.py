"""The bridge between a live call and the store: ``CallSession(on_event=recorder.on_event)``.

Why a separate object: the engine knows nothing about storage (core stays pure) and the TUI
should not have to sequence begin/append/finish itself.  The recorder opens the session on the
engine's first event (``call_started`` carries persona, account, trainee, mode, seed and the
rubric's id/version/hash, so the meta is never typed twice), freezes the rubric's source text,
appends every event as it happens, and closes the session with its scorecard.

A store hiccup must not break a call in progress: if an append fails with ``StoreError`` (say
the database is locked by a long export), the event is kept in order in ``pending`` and written
before the next one; ``problem`` tells the UI to show "not saved yet".  ``finish`` raises if the
backlog still cannot be written, so the UI can offer to retry — the call is still in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockcall.core.events import Event
from mockcall.store.api import NewSession, SessionStore, Unfinished
from mockcall.store.errors import StoreError

if TYPE_CHECKING:
    from mockcall.core.engine import CallSession, Clock
    from mockcall.core.model import Account, Persona, Rubric
    from mockcall.core.scoring import Scorecard


class Recorder:
    """Writes one call to a store, event by event."""

    def __init__(
        self,
        store: SessionStore,
        meta: NewSession | None = None,
        *,
        rubric: Rubric | None = None,
        rubric_text: str | None = None,
        session_id: str | None = None,
    ) -> None:
        self.store = store
        self.session_id = session_id
        self.pending: list[Event] = []
        self.problem: StoreError | None = None
        self._meta = meta
        self._rubric = rubric
        self._rubric_text = rubric_text
        self._rubric_saved = False

    # -------------------------------------------------------------- during the call

    def on_event(self, event: Event) -> None:
        """The engine's callback: store ``event`` now (or queue it if the store is busy)."""
        self.pending.append(event)
        self.flush()

    def flush(self) -> bool:
        """Write queued events in order; True when nothing is left unsaved."""
        try:
            if self.session_id is None and self.pending:
                self._begin(self.pending[0])
            while self.pending:
                assert self.session_id is not None
                self.store.append(self.session_id, self.pending[0])
                self.pending.pop(0)
        except StoreError as exc:
            self.problem = exc
            return False
        self.problem = None
        return True

    def _begin(self, first: Event) -> None:
        meta = self._meta or NewSession.from_call_started(first)
        self._save_rubric(meta.rubric_hash)
        self.session_id = self.store.begin(meta)

    def _save_rubric(self, content_hash: str | None) -> None:
        if self._rubric_saved:
            return
        rubric = self._rubric
        text = self._rubric_text
        if text is None and rubric is not None and rubric.source:
            try:
                text = Path(rubric.source).read_text(encoding="utf-8")
            except OSError:
                text = None
        content_hash = content_hash or (rubric.content_hash if rubric is not None else None)
        if text is None or not content_hash:
            return
        rubric_id = rubric.id if rubric is not None else ""
        version = rubric.version if rubric is not None else 0
        self.store.save_rubric(content_hash, rubric_id, version, text)
        self._rubric_saved = True

    # -------------------------------------------------------------- after the call

    def finish(
        self,
        scorecard: Scorecard | Mapping[str, Any] | None,
        rubric_text: str | None = None,
        *,
        ending: str | None = None,
    ) -> str:
        """Write what is pending, freeze the rubric text, store the card; returns the id.

        ``ending`` defaults to the scorecard's (the call's ``call_ended`` ending).
        """
        if not self.flush():
            assert self.problem is not None
            raise self.problem
        if self.session_id is None:
            raise ValueError("nothing was recorded: the call never started")
        card = _as_dict(scorecard)
        if rubric_text is not None:
            self._rubric_text = rubric_text
        if card is not None:
            self._save_rubric(str(card.get("rubric_hash") or "") or None)
        if ending is None and card is not None:
            ending = card.get("ending")
        self.store.finish(self.session_id, card, ending)
        return self.session_id

    def abandon(self) -> None:
        """The trainee quit mid-call: keep the log, mark it abandoned."""
        self.flush()
        if self.session_id is not None:
            self.store.abandon(self.session_id)


def _as_dict(card: Scorecard | Mapping[str, Any] | None) -> dict[str, Any] | None:
    if card is None:
        return None
    if isinstance(card, Mapping):
        return dict(card)
    return card.to_dict()


# ------------------------------------------------------------------ start-up: resume or abandon


def resumable(store: SessionStore) -> list[Unfinished]:
    """Sessions a crashed mockcall left live, for the TUI's "resume this call?" prompt.

    Calls still running in another terminal on this machine are left out.
    """
    return [u for u in store.unfinished() if not u.running]


@dataclass(frozen=True)
class Resumed:
    """A call brought back: the live engine session and the recorder writing its new events."""

    session: CallSession
    recorder: Recorder


def resume_or_abandon(
    store: SessionStore,
    session_id: str,
    persona: Persona,
    account: Account,
    *,
    rubric: Rubric | None = None,
    clock: Clock | None = None,
    on_problem: Callable[[str], None] | None = None,
) -> Resumed | None:
    """Rebuild the live call from its stored log and keep recording it; or, when the log no
    longer replays (the persona file changed since), mark it abandoned and return None.

    The engine's ``restore`` replays every recorded action and checks it reproduces the log, so
    a resumed call is exactly the one that was interrupted; new events continue its ``seq``.
    """
    from mockcall.core.engine import RestoreError, restore

    events = store.events(session_id)
    store.claim(session_id)
    recorder = Recorder(store, rubric=rubric, session_id=session_id)
    try:
        session = restore(
            persona, account, events, clock=clock, on_event=recorder.on_event, rubric=rubric
        )
    except RestoreError as exc:
        store.abandon(session_id)
        if on_problem is not None:
            on_problem(f"session {session_id} cannot be resumed ({exc}); it was abandoned")
        return None
    return Resumed(session, recorder)
