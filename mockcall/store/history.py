"""The scores a session has had, read back from its log: the call's own, then one per review.

A stored session keeps only its current scorecard and the one it ended with; every override
between them is an event in the append-only log, so each intermediate score is the log up to
that override, scored again with the session's frozen rubric.  The xAPI export needs them to
void the statements it may have sent for earlier scores.
"""

from __future__ import annotations

from typing import Any

from mockcall.core import events as ev
from mockcall.store.api import SessionStore


def earlier_scores(store: SessionStore, session_id: str) -> list[dict[str, Any]]:
    """Scorecards before the current one, oldest first: the call's own score as stored at the
    end of the call, then the score before each later override.  [] when never overridden."""
    from mockcall.core.scoring import score
    from mockcall.store.rubrics import rubric_from_text

    meta = store.session(session_id)
    original = store.original_scorecard(session_id)
    if meta is None or not meta.overridden or original is None or not meta.rubric_hash:
        return []
    text = store.rubric_text(meta.rubric_hash)
    if text is None:
        return [original]
    rubric = rubric_from_text(text)
    log = store.events(session_id)
    at = [i for i, e in enumerate(log) if e.kind == ev.OVERRIDE]
    # before the 2nd, 3rd, ... override: the score the earlier overrides had made
    return [original, *(score(log[:i], rubric).to_dict() for i in at[1:])]
