"""``mockcall qa --store``: each scored contact kept as a reviewable session.

An imported contact is stored exactly as a played call is — its event log (the transcript read
into events), the frozen rubric, the scorecard — so review, overrides, progress and exports
treat it like any other session. What marks it: ``source`` 'transcript', ``source_ref`` the
file, ``source_hash`` the sha256 of the file's bytes, which the store keeps unique: importing
the same file again finds the session it became instead of storing it twice.

The rubric frozen with it is the one the contact was scored by: the card adapted to
transcripts (criteria a transcript cannot show are "needs review"), written out as YAML, so a
reviewer's override re-scores it with exactly the same rules.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mockcall.core.events import Event
    from mockcall.core.model import Rubric
    from mockcall.store.api import SessionStore


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


#: id(rubric) -> (rubric, its frozen text): one command stores many contacts under one rubric
_FROZEN: dict[int, tuple[Rubric, str]] = {}


def frozen_text(rubric: Rubric) -> str:
    """The rubric as transcripts are scored by it, as rubric YAML the loader reads back."""
    import yaml

    from mockcall.core.loader import canonical
    from mockcall.core.qa import for_transcripts

    cached = _FROZEN.get(id(rubric))
    if cached is None or cached[0] is not rubric:
        text = yaml.safe_dump(
            canonical(for_transcripts(rubric)), allow_unicode=True, sort_keys=False
        )
        cached = _FROZEN[id(rubric)] = (rubric, text)
    return cached[1]


def utc_start(started: str) -> str | None:
    """The transcript's ``started`` (local time with its offset) as stored: UTC with a Z."""
    try:
        moment = datetime.fromisoformat(started.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def store_contact(
    store: SessionStore,
    path: Path,
    events: Sequence[Event],
    card: dict[str, Any],
    rubric: Rubric,
    trainee: str,
) -> tuple[str, bool]:
    """Store one scored contact; (session id, True) — or (the earlier id, False) when the same
    file was imported before."""
    from mockcall.store.api import NewSession
    from mockcall.store.errors import DuplicateSource
    from mockcall.store.recorder import Recorder

    digest = file_hash(path)
    known = store.find_source(digest)
    if known is not None:
        return known, False
    first = events[0]
    meta = replace(
        NewSession.from_call_started(first, started_at=utc_start(str(first.data["starts_at"]))),
        trainee=trainee,
        persona=path.stem,
        source="transcript",
        source_ref=str(path),
        source_hash=digest,
    )
    recorder = Recorder(store, meta, rubric=rubric, rubric_text=frozen_text(rubric))
    try:
        for event in events:
            recorder.on_event(event)
        return recorder.finish(card), True
    except DuplicateSource as exc:  # imported by someone else a moment ago
        return exc.session_id, False
