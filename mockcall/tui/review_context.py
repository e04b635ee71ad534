"""What every review screen shares: the store, who is reviewing, and how a session is labelled.

The review screens take this context instead of reaching for the app, so the same screens run
in ``mockcall review`` (:class:`~mockcall.tui.review_app.ReviewApp`) and can be pushed from the
trainee app's home screen without that app knowing anything about the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mockcall.core.scoring.wording import NO_WORDING, Wording
from mockcall.tui.i18n import STRINGS, t

if TYPE_CHECKING:
    from mockcall.core.model import Rubric
    from mockcall.core.scoring import Scorecard
    from mockcall.store.api import SessionStore
    from mockcall.store.review_history import HistoryItem
    from mockcall.tui.floor_feed import AssignTarget

#: criterion status -> the mark the trainee's scorecard uses (✓ ✗ –)
STATUS_KEYS = {
    "pass": "score.status.pass",
    "fail": "score.status.fail",
    "na": "score.status.na",
    "review": "score.status.review",
}


@dataclass
class ReviewContext:
    """``reviewer`` starts as ``--trainee``/``$MOCKCALL_REVIEWER`` (else empty: asked before the
    first decision, :func:`mockcall.tui.review_who.with_reviewer`) and then follows the last
    name typed in a review dialog, so a reviewer types their name once per sitting."""

    store: SessionStore
    reviewer: str = ""
    #: what the floor's assign dialog offers (asked when a trainer first assigns)
    assign_targets: Callable[[], Sequence[AssignTarget]] = tuple
    #: the library's rubrics (asked once, only when a card's stored rubric has no translations)
    rubrics: Callable[[], Sequence[Rubric]] = tuple
    _wordings: dict[str, Wording] = field(default_factory=dict, init=False, repr=False)
    _library: list[Rubric] | None = field(default=None, init=False, repr=False)

    def wording(self, card: Scorecard) -> Wording:
        """The translations of the rubric that scored ``card``, found by its hash (which
        translations do not change): the rubric text stored with the session, else the
        library's rubric of that hash — a store keeps the first text of a hash, so sessions
        stored before a rubric was translated have an untranslated copy."""
        found = self._wordings.get(card.rubric_hash)
        if found is None:
            found = self._wordings[card.rubric_hash] = self._find_wording(card.rubric_hash)
        return found

    def _find_wording(self, rubric_hash: str) -> Wording:
        from mockcall.store.errors import StoreError
        from mockcall.store.rubrics import rubric_from_text

        if not rubric_hash:
            return NO_WORDING
        try:
            text = self.store.rubric_text(rubric_hash)
            stored = Wording.of(rubric_from_text(text)) if text else NO_WORDING
        except (StoreError, ValueError):
            stored = NO_WORDING
        if stored:
            return stored
        if self._library is None:
            self._library = list(self.rubrics())
        same = (r for r in self._library if r.content_hash == rubric_hash)
        return next((w for w in map(Wording.of, same) if w), NO_WORDING)


def when(iso: str | None) -> str:
    """``2025-05-14T09:30:12Z`` -> ``2025-05-14 09:30`` (UTC, as stored; sorts as text)."""
    return "" if not iso else iso[:16].replace("T", " ")


def mark(status: str) -> str:
    """The one-character status mark shared with the trainee's score screen."""
    return t(STATUS_KEYS.get(status, "score.status.na"))


def verdict(total: float | None, passed: bool | None, fatal: int = 0) -> str:
    """``PASS 92.5%`` / ``FAIL 40.0%`` / ``-`` for a session that was never scored."""
    if total is None:
        return "-"
    word = t("score.pass") if passed else t("score.fail")
    fatal_tag = f" {t('review.fatal_tag')}" if fatal else ""
    return f"{word} {total:.1f}%{fatal_tag}"


def mode_label(mode: str) -> str:
    """``Practice`` for a known mode; an unknown one (a newer mockcall's) as stored."""
    return t(f"mode.{mode}") if f"mode.{mode}" in STRINGS else mode


def history_text(item: HistoryItem) -> str:
    """One review event for the history tab: ``2025-05-14 10:02 sari: edited override
    greet_and_name ✗ → ✓ “why”`` — every judgement, dispute and acknowledgement, none left out."""
    what = (
        t(f"review.action.{item.action}")
        if f"review.action.{item.action}" in STRINGS
        else item.action
    )
    change = ""
    if item.before and item.after:
        change = f" {mark(item.before)} → {mark(item.after)}"
    elif item.action == "dispute" and item.before:
        change = f" ({mark(item.before)})"
    target = f" {item.criterion}" if item.criterion else ""
    comment = f" “{item.comment}”" if item.comment else ""
    return f"{when(item.at)} {item.who or '?'}: {what}{target}{change}{comment}"
