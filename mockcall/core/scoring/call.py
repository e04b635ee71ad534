"""The call, indexed: an event log read once into the shapes the checks ask about.

Every check reads the same :class:`Call`, so what "the line went live" or "an SOP value" means
is decided once here, not per check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from mockcall.core import events as ev
from mockcall.core.events import Event, transcript
from mockcall.core.model import Sop
from mockcall.core.scoring.card import OVERRIDE_STATUSES, Evidence, Override, parse_status
from mockcall.core.scoring.reasons import Reason

#: Events that make noise on the line: silence is measured between them.
#: A transfer counts too: its briefing is spoken (for its ``seconds``, in a transcript).
SOUND_KINDS: Final = frozenset(
    {ev.CUSTOMER_SAID, ev.AGENT_SAID, ev.HOLD_STARTED, ev.HOLD_ENDED, ev.TRANSFERRED}
)


#: Events that put the customer on a live line (inbound answer, outbound pickup, chat opened).
CONNECT_KINDS: Final = frozenset({ev.ANSWERED, ev.CONNECTED})


@dataclass(frozen=True, slots=True)
class Turn:
    """An agent turn: its event, its position among agent turns, and its acts."""

    index: int
    event: Event
    acts: frozenset[str]


@dataclass(frozen=True)
class Call:
    """The log read once into the shapes the checks ask about. Never mutates the events."""

    events: tuple[Event, ...]
    turns: tuple[Turn, ...]
    lines: Mapping[int, tuple[str, str]]
    started: Mapping[str, Any]
    ending: str | None
    ended_at: float
    overrides: Mapping[str, Override]

    @classmethod
    def of(cls, raw: Sequence[Event]) -> Call:
        ordered = sorted(raw, key=lambda e: e.seq)
        # overrides replace statuses (below); a trainee's notes (``misheard``) are not scored
        call_events = tuple(
            e for e in ordered if e.kind != ev.OVERRIDE and e.kind not in ev.TRAINEE_NOTE_KINDS
        )
        turns: list[Turn] = []
        for e in call_events:
            if e.kind == ev.AGENT_SAID:
                acts = e.data.get("acts") or ()
                turns.append(Turn(len(turns), e, frozenset(str(a) for a in acts)))
        started = next((e.data for e in call_events if e.kind == ev.CALL_STARTED), {})
        ended = next((e for e in call_events if e.kind == ev.CALL_ENDED), None)
        ending = None if ended is None else str(ended.data.get("ending", "")) or None
        last_t = call_events[-1].t if call_events else 0.0
        ended_at = ended.t if ended is not None else last_t
        overrides: dict[str, Override] = {}
        for e in ordered:
            if e.kind == ev.OVERRIDE:
                over = _override(e)
                if over is not None:
                    overrides[str(e.data.get("criterion", ""))] = over
        lines = {e.seq: (speaker, text) for e, speaker, text in transcript(call_events)}
        return cls(call_events, tuple(turns), lines, started, ending, ended_at, overrides)

    # --- queries -------------------------------------------------------------------------

    def of_kind(self, kind: str) -> list[Event]:
        return [e for e in self.events if e.kind == kind]

    def first(self, kind: str) -> Event | None:
        return next((e for e in self.events if e.kind == kind), None)

    def last(self, kind: str) -> Event | None:
        return next((e for e in reversed(self.events) if e.kind == kind), None)

    def turns_with(self, act: str) -> list[Turn]:
        return [t for t in self.turns if act in t.acts]

    def sop(self, key: str) -> float:
        """An SOP value from ``call_started``; the model's documented default if it is absent."""
        sop = self.started.get("sop")
        if isinstance(sop, Mapping) and isinstance(sop.get(key), (int, float)):
            return float(sop[key])
        return float(getattr(_DEFAULT_SOP, key))

    @property
    def channel(self) -> str:
        return str(self.started.get("channel", "call"))

    @property
    def expect(self) -> Mapping[str, Any]:
        expect = self.started.get("expect")
        return expect if isinstance(expect, Mapping) else {}

    @property
    def connected(self) -> Event | None:
        """Where the line went live; a log without answer/connect goes live at its first line."""
        first = next((e for e in self.events if e.kind in CONNECT_KINDS), None)
        if first is None:
            first = next(
                (e for e in self.events if e.kind in (ev.CUSTOMER_SAID, ev.AGENT_SAID)), None
            )
        return first

    def evidence(self, event: Event, note: str = "") -> Evidence:
        speaker, text = self.lines.get(event.seq, ("system", event.kind.replace("_", " ")))
        return Evidence(event.seq, event.t, speaker, text, note)


_DEFAULT_SOP: Final = Sop()


def _override(event: Event) -> Override | None:
    """An override event as an Override; malformed ones are ignored (reviews never crash)."""
    status = event.data.get("status")
    if status not in OVERRIDE_STATUSES:
        return None
    points = event.data.get("points")
    if isinstance(points, bool) or not isinstance(points, (int, float)):
        points = None
    return Override(
        seq=event.seq,
        t=event.t,
        status=parse_status(status),
        reviewer=str(event.data.get("reviewer", "")),
        comment=str(event.data.get("comment", "")),
        points=None if points is None else float(points),
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    """One check's finding on a call: passed or not, why (a coded :class:`Reason`, so the card
    can be read in any language), and the events that show it."""

    ok: bool
    reason: Reason
    evidence: tuple[Evidence, ...] = ()
