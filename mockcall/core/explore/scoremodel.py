"""The score model: what the rubric's checks read of a call, derived from the scoring registry.

Why here and not as a list of check fields: each check kind in
:mod:`mockcall.core.scoring.registry` declares what it reads, and :class:`_Needs` implements
that vocabulary (:class:`~mockcall.core.scoring.reads.Reads`), so a new check cannot be scored
without the explorer keeping what it depends on (``tests/unit/test_explore_fields.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, TypeVar

from mockcall.core import events as ev
from mockcall.core.events import Event
from mockcall.core.model import (
    Account,
    Check,
    Criterion,
    Persona,
)
from mockcall.core.scoring.predicates import (
    event_matches,
    forbidden_words,
)
from mockcall.core.scoring.registry import reads_check, reads_na

#: event fields that can differ between two paths reaching the same behaviour state (turn
#: numbers, counters, durations, wording); every other field follows from the state and step
_VOLATILE: Final = frozenset(
    {"turn", "count", "seconds", "text", "variant", "t", "seq", "shown", "key"}
)


@dataclass(frozen=True)
class _Window:
    """A criterion whose requires/any_of hang on an event (after_event / before_event)."""

    index: int
    requires: frozenset[str]
    any_of: frozenset[str]
    within: int | None
    after: str | None
    before: str | None


@dataclass(frozen=True, eq=False)
class _Match:
    """An event a check asks about: ``kind`` with these data values."""

    kind: str
    where: Mapping[str, Any]

    def __call__(self, e: Event) -> bool:
        return e.kind == self.kind and event_matches(self.kind, self.where, e)


def _cap(limits: Sequence[float]) -> float | None:
    return max(limits) + 1.0 if limits else None


class _Needs:
    """What the registry's declarations asked for, criterion by criterion (implements
    :class:`~mockcall.core.scoring.reads.Reads`; :class:`_ScoreModel` is built from it)."""

    def __init__(self, persona: Persona, account: Account) -> None:
        self.channel = persona.channel
        self._sop = account.sop
        self.owner = 0
        self.act_names: set[str] = set()
        self.pairs: list[tuple[str, str]] = []
        self.within = self.last = self.turn_cap = 0
        self.first_acts: set[str] = set()
        self.last_acts: set[str] = set()
        self.full_history = False
        self.windows: list[tuple[int, _Window]] = []
        self.matches: list[tuple[int, _Match]] = []
        self.after: list[tuple[int, tuple[_Match, frozenset[str]]]] = []
        self.tool_rules: list[tuple[int, tuple[str, str | None, str | None]]] = []
        self.reply_rules: list[tuple[int, tuple[float | None, float | None]]] = []
        self.kind_caps: dict[str, int] = {}
        self.act_caps: dict[str, int] = {}
        self.repeat_caps: set[int] = set()
        self.demand_cap = 0
        self.word_pairs: dict[str, str] = {}
        self.said: dict[str, None] = {}
        self.greeting = self.first = self.transferred = self.dialled = False
        self.ended = self.acw = False
        self.hold_limits: list[float] = []
        self.total_limits: list[float] = []
        self.longest_limits: list[float] = []
        self.dead_limits: list[float] = []
        self.handle_limits: list[float] = []

    def sop(self, key: str) -> float:
        return float(getattr(self._sop, key))

    def acts(self, acts: Iterable[str]) -> None:
        self.act_names.update(acts)

    def act_order(self, earlier: str, later: str) -> None:
        self.pairs.append((earlier, later))

    def turn_window(self, acts: Iterable[str], *, within: int | None, last: int | None) -> None:
        names = tuple(acts)
        self.act_names.update(names)
        if within is not None:
            self.within = max(self.within, within)
            self.first_acts.update(names)
        if last is not None:
            self.last = max(self.last, last)
            self.last_acts.update(names)
        if within is not None and last is not None:
            # both: which turns count depends on how many there were, up to within + last
            self.turn_cap = max(self.turn_cap, within + last)

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
        req, one = frozenset(requires), frozenset(any_of)
        self.act_names.update(req, one)
        self.full_history = self.full_history or last is not None
        window = _Window(len(self.windows), req, one, within, after_event, before_event)
        self.windows.append((self.owner, window))

    def acts_after(self, kind: str, where: Mapping[str, Any], acts: Iterable[str]) -> None:
        self.after.append((self.owner, (_Match(kind, dict(where)), frozenset(acts))))

    def repeats(self, cap: int) -> None:
        self.repeat_caps.add(cap)

    def words(self, words: Iterable[str]) -> None:
        self.word_pairs.update(forbidden_words(tuple(words)))

    def phrases(self, phrases: Iterable[str]) -> None:
        self.said.update(dict.fromkeys(phrases))

    def first_turn(self) -> None:
        self.first = True

    def event(self, kind: str, where: Mapping[str, Any]) -> None:
        self.matches.append((self.owner, _Match(kind, dict(where))))

    def count(self, *, act: str | None = None, event: str | None = None, cap: int) -> None:
        if act is not None:
            self.act_caps[act] = max(self.act_caps.get(act, 0), cap)
        if event is not None:
            self.kind_caps[event] = max(self.kind_caps.get(event, 0), cap)

    def tool_before(self, tool: str, act: str | None, event: str | None) -> None:
        self.tool_rules.append((self.owner, (tool, act, event)))

    def demands(self, cap: int) -> None:
        self.demand_cap = max(self.demand_cap, cap)

    def transfers(self) -> None:
        self.transferred = True

    def dial_time(self) -> None:
        self.dialled = True

    def hold_total(self, limit: float) -> None:
        self.hold_limits.append(limit)
        self.total_limits.append(limit)

    def hold_longest(self, limit: float) -> None:
        self.hold_limits.append(limit)
        self.longest_limits.append(limit)

    def silence(self, limit: float) -> None:
        self.dead_limits.append(limit)

    def reply_waits(self, first: float | None, reply: float | None) -> None:
        self.reply_rules.append((self.owner, (first, reply)))

    def handle(self, limit: float) -> None:
        self.handle_limits.append(limit)

    def greetings(self) -> None:
        self.greeting = True

    def ending(self) -> None:
        self.ended = True

    def after_call_work(self) -> None:
        self.acw = True


_T = TypeVar("_T")


def _owned(pairs: Sequence[tuple[int, _T]]) -> tuple[list[_T], list[int]]:
    return [x for _, x in pairs], [owner for owner, _ in pairs]


class _ScoreModel:
    """What the rubric's checks read of a call, turned into a digest that is fed events.

    Built only from the scoring registry: each criterion's ``na_unless`` and check kinds
    declare what they read (:mod:`mockcall.core.scoring.reads`, collected by :class:`_Needs`)
    and every aspect of that vocabulary is a part of the digest. Sound by construction: equal
    digests always score equally for every continuation (a window combined with
    ``last_turns`` and an event anchor keeps the full relevant history). What no part keeps
    is fixed for the call (channel, SOP, start time) or for the ending (the ACW the search
    files), and the ending is in every leaf key.
    """

    def __init__(self, persona: Persona, account: Account, criteria: Sequence[Criterion]) -> None:
        need = _Needs(persona, account)
        for ci, crit in enumerate(criteria):
            need.owner = ci
            if crit.na_unless is not None:
                reads_na(crit.na_unless, need)
            for rule in crit.na_unless_any:
                reads_na(rule, need)
            if crit.review_unless is not None:
                need.event(crit.review_unless.kind, crit.review_unless.where)
            reads_check(crit.check, need)
        self.channel = need.channel
        self.acts = frozenset(need.act_names)
        self.pairs = tuple(dict.fromkeys(need.pairs))
        self.within, self.last, self.full_history = need.within, need.last, need.full_history
        self.turn_cap = max(need.turn_cap, need.within, need.last)
        self.first_acts = frozenset(need.first_acts)
        self.last_acts = frozenset(need.last_acts)
        #: per window / event match / tool rule / ...: the index of the criterion it came from
        self.windows, self.window_owner = _owned(need.windows)
        self.matches, self.match_owner = _owned(need.matches)
        #: per event kind: the matches (index, match) that can hold for it
        self.matches_of: dict[str, list[tuple[int, _Match]]] = {}
        for i, match in enumerate(self.matches):
            self.matches_of.setdefault(match.kind, []).append((i, match))
        self.after_rules, self.after_owner = _owned(need.after)
        self.tool_rules, self.tool_owner = _owned(need.tool_rules)
        self.reply_rules, self.reply_owner = _owned(need.reply_rules)
        self.kind_caps, self.act_caps = need.kind_caps, need.act_caps
        #: repeat counts are kept up to the largest limit, and per limit whether a line
        #: already went over it (a line no longer reachable keeps only that)
        self.repeat_caps = tuple(sorted(need.repeat_caps))
        self.repeats = max(self.repeat_caps, default=0)
        self.demands = need.demand_cap
        self.word_pairs = tuple(need.word_pairs.items())
        self.words = frozenset(need.word_pairs)
        #: ``says`` phrases: each agent turn is marked with those it contains
        self.phrases = tuple(need.said)
        #: a greeting_fits_time check: the digest keeps whether a wrong greeting was said
        self.greeting = need.greeting
        self.starts_at, self.utc_offset = persona.starts_at, persona.customer.utc_offset
        self.first_turn, self.transfers, self.dial = need.first, need.transferred, need.dialled
        #: the score pass may feed events recorded on another path to the same behaviour
        #: state unless a rule matches a field that depends on the path (see _VOLATILE)
        wheres = [m.where for m in self.matches] + [m.where for m, _ in self.after_rules]
        self.recorded_ok = not any(set(w) & _VOLATILE for w in wheres)
        # Checks compare a total or a maximum with a limit: a maximum (longest hold, longest
        # silence) is kept as which limits it already passed, a total that can still grow as
        # its value capped one second past the largest limit, a running hold or silence too.
        self.hold_cap = _cap(need.hold_limits)
        self.total_cap = _cap(need.total_limits)
        self.longest_limits = tuple(sorted(set(need.longest_limits)))
        self.dead_cap = _cap(need.dead_limits)
        self.dead_limits = tuple(sorted(set(need.dead_limits)))
        self.handle_cap = _cap(need.handle_limits)
        self.reply_cap = _cap([x for rule in self.reply_rules for x in rule if x is not None])
        #: what the behaviour search must try for the rubric (see _relevance)
        self.event_kinds = frozenset(
            {m.kind for m in self.matches}
            | {m.kind for m, _ in self.after_rules}
            | set(self.kind_caps)
            | {k for w in self.windows for k in (w.after, w.before) if k}
            | {kind for _, _, kind in self.tool_rules if kind}
        )
        self.tools = frozenset(
            {tool for tool, _, _ in self.tool_rules}
            | {str(m.where["tool"]) for m in self.matches if _is_tool_match(m)}
        )
        self.holds = bool(need.hold_limits)


def _is_tool_match(m: _Match) -> bool:
    return m.kind == ev.TOOL_USED and "tool" in m.where


def _judged_on_acw(check: Check, persona: Persona, account: Account) -> bool:
    """A check of the ACW form alone: the search always files the expected disposition and
    notes, so "no path loses it" would say nothing about the rubric (a trainee's own ACW can).

    Derived from the registry: the check's declarations read the after-call work and at most
    the ending, nothing of the conversation.
    """
    need, blank = _Needs(persona, account), _Needs(persona, account)
    reads_check(check, need)
    ignored = {"acw", "ended"}
    said = {k: v for k, v in vars(need).items() if k not in ignored}
    return need.acw and said == {k: v for k, v in vars(blank).items() if k not in ignored}
