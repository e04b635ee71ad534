"""The running score key of a path prefix, fed the events of each step.

Two prefixes with equal keys score equally in every future: this is what lets pass 2 merge
them, and what the field-by-field brute-force test checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from mockcall.core import events as ev
from mockcall.core.daytime import greetings_in, local_time, wrong_greetings
from mockcall.core.events import Event
from mockcall.core.explore.scoremodel import _ScoreModel, _Window
from mockcall.core.model import (
    Account,
    Persona,
    Rubric,
)
from mockcall.core.scoring.call import CONNECT_KINDS, SOUND_KINDS
from mockcall.core.scoring.checks.escalation import briefing_missing as missing
from mockcall.core.scoring.phrases import brand_words, said_marks
from mockcall.core.scoring.predicates import (
    line_key,
    normalise,
    words_said,
)
from mockcall.core.scoring.timeline import spoken


class _Digest:
    """The running score key of one path prefix (see :class:`_ScoreModel`)."""

    __slots__ = (
        "act_counts",
        "acts",
        "after",
        "before_failed",
        "chosen",
        "company",
        "connected_t",
        "demands",
        "dial",
        "first",
        "first_turn",
        "greet_bad",
        "history",
        "hold_max",
        "hold_since",
        "hold_total",
        "kinds",
        "last",
        "matched",
        "model",
        "replied",
        "reply_bad",
        "reply_since",
        "said_t",
        "silence_from",
        "silence_max",
        "tool_bad",
        "tools",
        "transfers",
        "turns",
        "windows",
        "words",
    )

    def __init__(self, model: _ScoreModel) -> None:
        self.model = model
        self.acts: frozenset[str] = frozenset()
        self.before_failed: frozenset[tuple[str, str]] = frozenset()
        self.first: tuple[frozenset[str], ...] = ()
        self.last: tuple[frozenset[str], ...] = ()
        self.turns = 0
        self.greet_bad = False
        self.history: tuple[Any, ...] = ()
        # per window: (anchor seen, failed, pending after-anchor, last turn met)
        self.windows: tuple[tuple[bool, bool, bool, bool], ...] = tuple(
            (False, False, False, False) for _ in model.windows
        )
        self.matched: frozenset[int] = frozenset()
        self.kinds: dict[str, int] = {}
        self.act_counts: dict[str, int] = {}
        self.chosen: dict[str, int] = {}
        self.tools: frozenset[str] = frozenset()
        self.tool_bad: frozenset[int] = frozenset()
        self.demands = 0
        self.hold_since: float | None = None
        self.hold_total = 0.0
        self.hold_max = 0.0
        self.connected_t: float | None = None
        self.said_t: float | None = None
        self.silence_from: float | None = None
        self.silence_max = 0.0
        # per forbids_after rule: None before its anchor, then the forbidden acts done since
        self.after: tuple[frozenset[str] | None, ...] = tuple(None for _ in model.after_rules)
        self.words: frozenset[str] = frozenset()
        #: the company's distinctive words, from ``call_started`` (fixed for the call)
        self.company: tuple[str, ...] = ()
        self.first_turn: tuple[str, frozenset[str], float] | None = None
        self.transfers: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self.dial: float | None = None
        # written channels: a reply was given, rules whose wait was passed, the wait's start
        self.replied = False
        self.reply_bad: frozenset[int] = frozenset()
        self.reply_since: float | None = None

    def copy(self) -> _Digest:
        new = object.__new__(_Digest)
        for name in _Digest.__slots__:
            setattr(new, name, getattr(self, name))
        new.kinds = dict(self.kinds)
        new.act_counts = dict(self.act_counts)
        new.chosen = dict(self.chosen)
        return new

    def feed(self, events: Iterable[Event], shift: float = 0.0) -> None:
        """Take in the events of one step; ``shift`` moves their times (events recorded on
        another path to the same behaviour state happened at another clock time)."""
        m = self.model
        for e in events:
            kind = e.kind
            t = round(e.t + shift, 3) if shift else e.t
            if kind in m.kind_caps:
                self.kinds[kind] = min(self.kinds.get(kind, 0) + 1, m.kind_caps[kind])
            for i, match in m.matches_of.get(kind, ()):
                if i not in self.matched and match(e):
                    self.matched = self.matched | {i}
            if kind == ev.AGENT_SAID:
                self._turn(e, t)
            elif kind == ev.CALL_STARTED and m.phrases:
                self.company = brand_words(str(e.data.get("company") or ""))
            elif kind == ev.TOOL_USED:
                self.tools = self.tools | {str(e.data.get("tool", ""))}
            elif kind == ev.ESCALATION_DEMAND:
                self.demands = min(self.demands + 1, m.demands)
            elif kind == ev.TRANSFERRED and m.transfers:
                self.transfers = (*self.transfers, (str(e.data.get("kind", "")), missing(e)))
            elif kind == ev.DIALED and self.dial is None:
                self.dial = t
            self._time(e, t)
            for i, (tool, _act, kind_rule) in enumerate(m.tool_rules):
                if kind_rule and kind == kind_rule and tool not in self.tools:
                    self.tool_bad = self.tool_bad | {i}
            for w in m.windows:
                if kind in (w.after, w.before):
                    self._anchor(w, kind)
            if m.after_rules and None in self.after:
                self.after = tuple(
                    frozenset() if seen is None and rule(e) else seen
                    for seen, (rule, _) in zip(self.after, m.after_rules, strict=True)
                )

    def _time(self, e: Event, t: float) -> None:
        """Holds, silence and reply waits, as :mod:`mockcall.core.scoring.timeline` measures."""
        kind = e.kind
        if kind in CONNECT_KINDS and self.connected_t is None:
            self.connected_t = t
            self.silence_from = t
        elif kind in SOUND_KINDS and self.silence_from is not None:
            if self.hold_since is None:  # silence while on hold is time on hold
                self.silence_max = max(self.silence_max, t - self.silence_from)
            self.silence_from = max(self.silence_from, t + spoken(e))
        if kind == ev.HOLD_STARTED:
            self.hold_since = t
        elif kind == ev.HOLD_ENDED and self.hold_since is not None:
            held = t - self.hold_since
            self.hold_total += held
            self.hold_max = max(self.hold_max, held)
            self.hold_since = None
        if kind in (ev.AGENT_SAID, ev.CUSTOMER_SAID) and self.said_t is None:
            self.said_t = t
        if self.model.reply_rules and (self.connected_t is not None or self.said_t is not None):
            self._reply(kind, t)

    def _reply(self, kind: str, t: float) -> None:
        """One event of a written channel's reply waits (:func:`~.timeline.reply_waits`)."""
        if kind == ev.CUSTOMER_SAID and self.reply_since is None:
            self.reply_since = t
        elif kind == ev.HOLD_STARTED:
            self.reply_since = None
        elif kind == ev.HOLD_ENDED:
            self.reply_since = t
        elif kind == ev.AGENT_SAID:
            if self.reply_since is not None:
                waited = max(0.0, t - self.reply_since)
                for i, (first, reply) in enumerate(self.model.reply_rules):
                    limit = reply if self.replied else first
                    if limit is not None and waited > limit:
                        self.reply_bad = self.reply_bad | {i}
            self.reply_since = None
            self.replied = True

    def _turn(self, e: Event, t: float) -> None:
        m = self.model
        raw = frozenset(str(a) for a in e.data.get("acts") or ())
        text = str(e.data.get("text", ""))
        if m.phrases:
            raw = raw | said_marks(text, m.phrases, self.company)
        acts = raw & m.acts
        for a, b in m.pairs:
            if b in acts and b not in self.acts and a not in self.acts and a not in acts:
                self.before_failed = self.before_failed | {(a, b)}
        for i, (tool, act, _) in enumerate(m.tool_rules):
            if act and act in raw and tool not in self.tools:
                self.tool_bad = self.tool_bad | {i}
        for a in raw:
            if a in m.act_caps:
                self.act_counts[a] = min(self.act_counts.get(a, 0) + 1, m.act_caps[a])
        if m.repeats:
            line = line_key(e)
            if line is not None:
                self.chosen[line] = min(self.chosen.get(line, 0) + 1, m.repeats)
        if m.greeting and not self.greet_bad and greetings_in(text):
            local = local_time(m.starts_at, t, m.utc_offset)
            self.greet_bad = bool(wrong_greetings(text, local))
        if m.word_pairs:
            self.words = self.words | set(words_said(text, m.word_pairs))
        if m.first_turn and self.first_turn is None:
            self.first_turn = (normalise(text), raw, t)
        if m.after_rules:
            self.after = tuple(
                seen if seen is None else seen | (raw & rule_acts)
                for seen, (_, rule_acts) in zip(self.after, m.after_rules, strict=True)
            )
        index = self.turns
        self.turns += 1
        if index < m.within:
            self.first = (*self.first, raw & m.first_acts)
        if m.last:
            self.last = (*self.last, raw & m.last_acts)[-m.last :]
        if m.full_history:
            self.history = (*self.history, acts)
        if m.windows:
            states = list(self.windows)
            for w in m.windows:
                seen, failed, pending, _ = states[w.index]
                met = (
                    (w.within is None or index < w.within)
                    and w.requires <= raw
                    and (not w.any_of or bool(w.any_of & raw))
                )
                if pending and not met:
                    failed = True
                states[w.index] = (seen, failed, False, met)
            self.windows = tuple(states)
        self.acts = self.acts | acts

    def _anchor(self, w: _Window, kind: str) -> None:
        _seen, failed, pending, last_met = self.windows[w.index]
        if kind == w.before and not last_met:
            failed = True
        if kind == w.after:
            pending = True
        if self.model.full_history:
            self.history = (*self.history, (w.index, kind))
        states = list(self.windows)
        states[w.index] = (True, failed, pending, last_met)
        self.windows = tuple(states)

    def key(
        self, now: float, reachable: frozenset[str], view: _View | None = None
    ) -> tuple[Any, ...]:
        """The digest as a memo key; ``reachable``: the options that can still be said (the
        repeat count of any other option can no longer change).

        With a ``view``: the key a digest built for that one criterion's model would have
        from the same events. Each part is the combined part restricted to what the criterion
        reads (its acts, pairs, windows, matches, tool rules) or re-capped at its own, lower,
        limits; equal view keys give that criterion the same verdict, as equal keys do the
        card. Parts a model never reads are constant for it and left out.
        """
        parts: list[Any] = []
        self._acts_key(parts.append, reachable, view)
        self._events_key(parts.append, view)
        self._time_key(parts.append, now, view)
        return tuple(parts)

    def _acts_key(
        self, add: Callable[[Any], None], reachable: frozenset[str], view: _View | None
    ) -> None:
        """The parts of :meth:`key` about the agent's turns."""
        m = self.model if view is None else view.model
        if m.acts:
            add(self.acts if view is None else self.acts & m.acts)
        if m.pairs:
            add(self.before_failed if view is None else self.before_failed & view.pairs)
        if m.within:
            first = self.first if view is None else self.first[: m.within]
            add(first if view is None else tuple(x & m.first_acts for x in first))
        if m.last:
            last = self.last if view is None else self.last[-m.last :]
            add(last if view is None else tuple(x & m.last_acts for x in last))
        if m.within or m.last:
            add(min(self.turns, m.turn_cap))
        if m.full_history:
            add(self.history if view is None else self._history(view))
        if m.windows:
            add(self.windows if view is None else tuple(self.windows[i] for i in view.windows))
        if m.act_caps:
            caps = m.act_caps
            add(
                tuple(sorted((a, min(n, caps[a])) for a, n in self.act_counts.items() if a in caps))
            )
        if m.repeats:
            cap = m.repeats
            add(tuple(any(n >= c for n in self.chosen.values()) for c in m.repeat_caps))
            add(
                tuple(
                    sorted(
                        (o, min(n, cap))
                        for o, n in self.chosen.items()
                        if o.removeprefix("option:") in reachable
                    )
                )
            )
        if m.after_rules:
            add(self.after if view is None else tuple(self.after[i] for i in view.after))
        if m.word_pairs:
            add(self.words & m.words)
        if m.first_turn:
            add(self.first_turn)
        if m.greeting:
            add(self.greet_bad)

    def _events_key(self, add: Callable[[Any], None], view: _View | None) -> None:
        """The parts of :meth:`key` about events."""
        m = self.model if view is None else view.model
        if m.matches:
            add(
                self.matched
                if view is None
                else frozenset(k for k, i in enumerate(view.matches) if i in self.matched)
            )
        if m.kind_caps:
            caps = m.kind_caps
            add(tuple(sorted((k, min(n, caps[k])) for k, n in self.kinds.items() if k in caps)))
        if m.tool_rules:
            add(self.tools)
            add(
                self.tool_bad
                if view is None
                else frozenset(k for k, i in enumerate(view.tools) if i in self.tool_bad)
            )
        if m.demands:
            add(min(self.demands, m.demands))
        if m.transfers:
            add(self.transfers)
        if m.dial:
            add((self.dial, self.connected_t, self.said_t))

    def _time_key(self, add: Callable[[Any], None], now: float, view: _View | None) -> None:
        """The parts of :meth:`key` about time: totals capped, maxima as limits passed."""
        m = self.model if view is None else view.model
        if m.hold_cap is not None or m.total_cap is not None or m.longest_limits or m.dead_limits:
            add(self.hold_since is not None)
        if m.total_cap is not None:
            add(round(min(self.hold_total, m.total_cap), 3))
        if m.longest_limits:
            add(tuple(self.hold_max > limit for limit in m.longest_limits))
        # running times: None (not running) keeps the parts' positions unambiguous
        if m.hold_cap is not None:
            held = self.hold_since
            add(None if held is None else round(min(now - held, m.hold_cap), 3))
        if m.dead_limits:
            add(tuple(self.silence_max > limit for limit in m.dead_limits))
        if m.dead_cap is not None:
            quiet = self.silence_from
            running = quiet is not None and self.hold_since is None
            add(round(min(now - quiet, m.dead_cap), 3) if running else None)  # type: ignore[operator]
        if m.handle_cap is not None:
            since = self.connected_t
            add(None if since is None else round(min(now - since, m.handle_cap), 3))
        if m.reply_cap is not None:
            bad = self.reply_bad
            add(
                bad
                if view is None
                else frozenset(k for k, i in enumerate(view.replies) if i in bad)
            )
            add(self.replied)
            since = self.reply_since
            add(None if since is None else round(min(now - since, m.reply_cap), 3))

    def _history(self, view: _View) -> tuple[Any, ...]:
        """The history a single criterion's model keeps: its acts per turn, its anchors."""
        at = {index: k for k, index in enumerate(view.windows)}
        history: tuple[Any, ...] = ()
        for entry in self.history:
            if isinstance(entry, frozenset):
                history = (*history, entry & view.model.acts)
            elif entry[0] in at:
                history = (*history, (at[entry[0]], entry[1]))
        return history


@dataclass(frozen=True, slots=True)
class _View:
    """One criterion's share of the combined score model (see :meth:`_Digest.key`)."""

    model: _ScoreModel
    pairs: frozenset[tuple[str, str]]
    #: indices into the combined model's windows, matches, tool rules, forbids_after rules
    #: and reply-wait rules, in order
    windows: tuple[int, ...]
    matches: tuple[int, ...]
    tools: tuple[int, ...]
    after: tuple[int, ...]
    replies: tuple[int, ...]


def _views(persona: Persona, account: Account, rubric: Rubric, whole: _ScoreModel) -> list[_View]:
    def owned(owners: list[int], ci: int) -> tuple[int, ...]:
        return tuple(i for i, owner in enumerate(owners) if owner == ci)

    views = []
    for ci, (_, crit) in enumerate(rubric.criteria()):
        cm = _ScoreModel(persona, account, [crit])
        views.append(
            _View(
                cm,
                frozenset(cm.pairs),
                owned(whole.window_owner, ci),
                owned(whole.match_owner, ci),
                owned(whole.tool_owner, ci),
                owned(whole.after_owner, ci),
                owned(whole.reply_owner, ci),
            )
        )
    return views
