"""What a check can read of a call: the vocabulary check kinds declare their dependencies in.

Why a vocabulary: the explorer memoises path prefixes on a *score key* that must keep exactly
what the rubric's checks read of the past, no less (or scores merge that differ) and little
more (or nothing merges). Each check kind declares, next to its code, what it reads by calling
these methods (see :mod:`mockcall.core.scoring.registry`); the explorer implements every method
as a part of its score key. A check that needs something new to be read adds a method here,
and the explorer's type check then fails until it keeps that part too.

Each method names one aspect of the *past* of a call. Things fixed for the whole call (its
channel, direction, locale, start time, customer, the account's SOP) need no declaration:
equal behaviour states of one persona share them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol


class Reads(Protocol):
    """A score model being told what a check reads (one call per aspect, repeats allowed)."""

    @property
    def channel(self) -> str:
        """The call's channel (``call``, ``chat``, ``email``): a check may read per channel."""
        ...

    def sop(self, key: str) -> float:
        """The SOP value ``key`` of the call, to resolve ``sop`` limits."""
        ...

    # --- the agent's acts -----------------------------------------------------------------

    def acts(self, acts: Iterable[str]) -> None:
        """Whether each of ``acts`` was performed, in any agent turn."""
        ...

    def act_order(self, earlier: str, later: str) -> None:
        """Whether ``later`` was first performed with no ``earlier`` at or before that turn."""
        ...

    def turn_window(self, acts: Iterable[str], *, within: int | None, last: int | None) -> None:
        """Which of ``acts`` each of the first ``within`` / last ``last`` agent turns had."""
        ...

    def anchored_window(
        self,
        requires: Iterable[str],
        any_of: Iterable[str],
        *,
        within: int | None,
        last: int | None,
        after_event: str | None,
        before_event: str | None,
    ) -> None:
        """Whether the agent turn right after (before) each such event had every act of
        ``requires`` (one of ``any_of``), counting only the first ``within`` / last ``last``
        agent turns; and whether such an event happened at all."""
        ...

    def acts_after(self, kind: str, where: Mapping[str, Any], acts: Iterable[str]) -> None:
        """Which of ``acts`` were performed after the first such event."""
        ...

    def repeats(self, cap: int) -> None:
        """How often each agent line was said (:func:`~.predicates.line_key`), up to ``cap``."""
        ...

    def words(self, words: Iterable[str]) -> None:
        """Which of ``words`` (:func:`~.predicates.forbidden_words`) an agent line contained."""
        ...

    def phrases(self, phrases: Iterable[str]) -> None:
        """Mark each agent turn with the ``phrases`` it contains (:func:`~.phrases.said_marks`),
        so windows can read the marks as they read acts."""
        ...

    def first_turn(self) -> None:
        """The first agent turn: its text, its acts and when it was said."""
        ...

    # --- events ---------------------------------------------------------------------------

    def event(self, kind: str, where: Mapping[str, Any]) -> None:
        """Whether an event of ``kind`` with these data values happened."""
        ...

    def count(self, *, act: str | None = None, event: str | None = None, cap: int) -> None:
        """How many turns performed ``act`` / how many ``event`` events happened, up to ``cap``."""
        ...

    def tool_before(self, tool: str, act: str | None, event: str | None) -> None:
        """Whether ``act`` (the first ``event``) came before any use of ``tool``."""
        ...

    def demands(self, cap: int) -> None:
        """How many times the customer asked for a supervisor, up to ``cap``."""
        ...

    def transfers(self) -> None:
        """Each transfer's kind and which briefing keys it lacked."""
        ...

    def dial_time(self) -> None:
        """When the call was dialled (else when the line went live)."""
        ...

    # --- time -----------------------------------------------------------------------------

    def hold_total(self, limit: float) -> None:
        """Whether the total time on hold passed ``limit`` seconds."""
        ...

    def hold_longest(self, limit: float) -> None:
        """Whether one hold lasted longer than ``limit`` seconds."""
        ...

    def silence(self, limit: float) -> None:
        """Whether the live, un-held line was silent longer than ``limit`` seconds."""
        ...

    def reply_waits(self, first: float | None, reply: float | None) -> None:
        """Written channels: whether the customer waited longer than ``first`` seconds for
        the first reply, or ``reply`` seconds for a later one."""
        ...

    def handle(self, limit: float) -> None:
        """Whether the time from the line going live to the end passed ``limit`` seconds."""
        ...

    def greetings(self) -> None:
        """Whether an agent line gave a time-of-day greeting wrong for the customer's clock."""
        ...

    # --- the end of the call --------------------------------------------------------------

    def ending(self) -> None:
        """How the call ended."""
        ...

    def after_call_work(self) -> None:
        """The after-call work: its time, notes and disposition."""
        ...
