"""The event log: every fact of a call, in order. It is the single truth of a call.

Scoring, replay, review, export and crash recovery all read this log and nothing else, so
anything a rubric may want to judge must be written here by the engine.  Events are plain,
JSON-able data so the store can append them one by one and a reviewer can read them years later
with a newer mockcall.

``t`` is seconds since the call started, from the session's injected clock (monotonic).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

# --- kinds, with the data keys each carries ------------------------------------------------
#: persona, account, channel, direction, locale, mode, option_order, trainee, agent, seed,
#: starts_at, sop{...},
#: expect{disposition{ending: code}, notes_mention[...]}, rubric{id, version, hash},
#: customer{name, title, utc_offset}, demand_state, endings[...]
CALL_STARTED: Final = "call_started"
RINGING: Final = "ringing"  # (inbound call) -
ANSWERED: Final = "answered"  # -
DIALED: Final = "dialed"  # entry, phone, name, dnc, consent, target, local_time, within_hours
NO_ANSWER: Final = "no_answer"  # entry, reason ("no-answer" | "not-target")
CONNECTED: Final = "connected"  # - (outbound: the target picked up; chat/email: opened)
CUSTOMER_SAID: Final = "customer_said"  # state, text, variant, source (say|again|reply|<reaction>)
AGENT_SAID: Final = "agent_said"  # turn, state, option, text, acts[], free, confidence, control,
#   shown[] (option ids in screen order), key (number pressed; 0: by id, typed or a control)
#: A spoken line from a transcript (``mockcall qa``) also carries ``seconds``: how long it takes
#: to say; silence after it starts when it ends (a warm ``transferred`` likewise, its briefing).
STATE_CHANGED: Final = "state_changed"  # source, dest, via ("option" | "mood"), option
MOOD_CHANGED: Final = "mood_changed"  # before, after, delta, cause
ESCALATION_DEMAND: Final = "escalation_demand"  # count (how many times so far), state
FLAG_SET: Final = "flag_set"  # flag, value (bool)
FACT_REVEALED: Final = "fact_revealed"  # fact, value, via ("option" | "tool:<id>")
HOLD_STARTED: Final = "hold_started"  # -
HOLD_ENDED: Final = "hold_ended"  # seconds
MUTE_STARTED: Final = "mute_started"  # -
MUTE_ENDED: Final = "mute_ended"  # seconds
TOOL_USED: Final = "tool_used"  # tool, kind, revealed{fact: value}, card (bool)
KB_OPENED: Final = "kb_opened"  # doc
#: (transcripts) a product price the agent quoted, against the account KB's prices for it:
#: product, said, kb[...], agrees (bool)
KB_COMPARED: Final = "kb_compared"
DNC_CHECKED: Final = "dnc_checked"  # entries{entry: dnc}
DEAD_AIR: Final = "dead_air"  # seconds
TRANSFERRED: Final = "transferred"  # kind ("warm" | "cold"), briefing{to, issue, tried}
ESCALATED: Final = "escalated"  # reason
CALL_ENDED: Final = "call_ended"  # ending, by ("agent" | "customer" | "option" | "system")
ACW_STARTED: Final = "acw_started"  # limit
ACW_NOTE: Final = "acw_note"  # text
DISPOSITION: Final = "disposition"  # code
FOLLOWUP: Final = "followup"  # code
ACW_ENDED: Final = "acw_ended"  # seconds, limit, over (bool)
OVERRIDE: Final = "override"  # criterion, status, points, comment, reviewer (review-time only)
#   at, original_status, previous_status; retracts (bool): the reviewer's status "auto"
# --- after the call: appended to a finished session by review (store.add_review) -----------
REVIEW_ACK: Final = "review_ack"  # trainee, at, comment
DISPUTE: Final = "dispute"  # criterion, reason, trainee, at, status (the status disputed)
#: criterion, outcome ("upheld" | "changed"), comment, reviewer, at, dispute_seq,
#: override_seq (outcome "changed": the override event written with it)
DISPUTE_RESOLVED: Final = "dispute_resolved"
# --- during a practice call: the trainee's word for the trainer, never a fact of the call ---
#: said (seq of the flagged free ``agent_said``), text, acts[], option ("" when none was taken):
#: the trainee flagged that typed reply as not what they meant (``CallSession.flag_misheard``)
MISHEARD: Final = "misheard"

#: Kinds written after the call, by people reviewing it: never a fact of the call, so no rubric
#: may judge them (validation refuses them in ``event:`` rules) and scoring reads only
#: ``override`` among them.
REVIEW_KINDS: Final[frozenset[str]] = frozenset({OVERRIDE, REVIEW_ACK, DISPUTE, DISPUTE_RESOLVED})
#: Kinds the engine writes during a call that are the trainee's notes for the trainer, not facts
#: of the call: no rubric may judge them (validation refuses them in ``event:`` rules) and
#: scoring never reads them, so a call scores the same with or without them.
TRAINEE_NOTE_KINDS: Final[frozenset[str]] = frozenset({MISHEARD})

EVENT_KINDS: Final[frozenset[str]] = frozenset(
    {
        CALL_STARTED,
        RINGING,
        ANSWERED,
        DIALED,
        NO_ANSWER,
        CONNECTED,
        CUSTOMER_SAID,
        AGENT_SAID,
        STATE_CHANGED,
        MOOD_CHANGED,
        ESCALATION_DEMAND,
        FLAG_SET,
        FACT_REVEALED,
        HOLD_STARTED,
        HOLD_ENDED,
        MUTE_STARTED,
        MUTE_ENDED,
        TOOL_USED,
        KB_OPENED,
        KB_COMPARED,
        DNC_CHECKED,
        DEAD_AIR,
        TRANSFERRED,
        ESCALATED,
        CALL_ENDED,
        ACW_STARTED,
        ACW_NOTE,
        DISPOSITION,
        FOLLOWUP,
        ACW_ENDED,
        OVERRIDE,
        REVIEW_ACK,
        DISPUTE,
        DISPUTE_RESOLVED,
        MISHEARD,
    }
)
#: The facts of a call the engine writes: what a rubric's ``event:`` rule may name.
CALL_EVENT_KINDS: Final[frozenset[str]] = EVENT_KINDS - REVIEW_KINDS - TRAINEE_NOTE_KINDS


@dataclass(frozen=True, slots=True)
class Event:
    """One fact of a call. ``seq`` is its 0-based index in the log."""

    seq: int
    t: float
    kind: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "t": self.t, "kind": self.kind, "data": dict(self.data)}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Event:
        return cls(int(raw["seq"]), float(raw["t"]), str(raw["kind"]), dict(raw.get("data", {})))


@dataclass
class EventLog:
    """An append-only list of events with a hook, so a store can persist each one at once."""

    events: list[Event] = field(default_factory=list)

    def append(self, t: float, kind: str, /, **data: Any) -> Event:
        event = Event(len(self.events), round(t, 3), kind, data)
        self.events.append(event)
        return event

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def of(self, *kinds: str) -> list[Event]:
        return [e for e in self.events if e.kind in kinds]

    def last(self, kind: str) -> Event | None:
        return next((e for e in reversed(self.events) if e.kind == kind), None)


def transcript(events: Iterable[Event]) -> list[tuple[Event, str, str]]:
    """The lines a person reads: (event, speaker, text) for what was said and done.

    Speakers are ``customer``, ``agent`` and ``system`` (holds, tools, transfers, endings).
    """
    lines: list[tuple[Event, str, str]] = []
    for e in events:
        d = e.data
        if e.kind == CUSTOMER_SAID:
            lines.append((e, "customer", str(d.get("text", ""))))
        elif e.kind == AGENT_SAID:
            text = str(d.get("text", "")) or f"[{d.get('option', '')}]"
            lines.append((e, "agent", text))
        elif e.kind in _SYSTEM_LINES:
            lines.append((e, "system", _SYSTEM_LINES[e.kind](d)))
    return lines


_SYSTEM_LINES: Final[dict[str, Any]] = {
    HOLD_STARTED: lambda d: "hold",
    HOLD_ENDED: lambda d: f"back from hold ({d.get('seconds', 0):.0f}s)",
    TOOL_USED: lambda d: f"tool: {d.get('tool')}",
    KB_OPENED: lambda d: f"knowledge base: {d.get('doc')}",
    KB_COMPARED: lambda d: (
        f"price quoted for {d.get('product')}: {d.get('said')}"
        f" ({'as' if d.get('agrees') else 'not as'} the KB gives it:"
        f" {', '.join(str(p) for p in d.get('kb') or ())})"
    ),
    DNC_CHECKED: lambda d: "Do-Not-Call list checked",
    DIALED: lambda d: f"dialled {d.get('phone')} ({d.get('name')})",
    NO_ANSWER: lambda d: "no answer",
    DEAD_AIR: lambda d: f"dead air ({d.get('seconds', 0):.0f}s)",
    TRANSFERRED: lambda d: f"{d.get('kind')} transfer",
    ESCALATED: lambda d: f"escalated to supervisor: {d.get('reason', '')}",
    CALL_ENDED: lambda d: f"call ended: {d.get('ending')}",
    DISPOSITION: lambda d: f"disposition: {d.get('code')}",
    ACW_NOTE: lambda d: f"notes: {d.get('text')}",
    MISHEARD: lambda d: f"trainee flagged #{d.get('said')} as misread: not what they meant",
}
