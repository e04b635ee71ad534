"""Time on the call: limits, holds, silence, reply waits and the customer's local clock.

Shared by the timing checks and the explorer's score key, so "the longest silence" or "what
``sop`` stands for" has one definition.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from mockcall.core import events as ev
from mockcall.core.daytime import local_time
from mockcall.core.events import Event
from mockcall.core.model import HoursRegion, Limit
from mockcall.core.scoring.call import SOUND_KINDS, Call
from mockcall.core.scoring.card import Evidence
from mockcall.core.scoring.predicates import secs

#: Which SOP value the word ``sop`` stands for, per timing key.
SOP_KEYS: Final[dict[str, str]] = {
    "max_hold_seconds": "max_hold_seconds",
    "max_dead_air_seconds": "dead_air_seconds",
    "max_acw_seconds": "acw_seconds",
    "max_handle_seconds": "max_handle_seconds",
    "hold_checkback": "hold_checkback_seconds",
}


def resolve_limit(value: Limit, key: str, channel: str, sop: Callable[[str], float]) -> float:
    """A timing limit: the number given, or the SOP value the word ``sop`` stands for.

    ``sop`` looks an SOP value up by name: the call's (:meth:`Call.sop`) when scoring, the
    account's when the explorer builds its score key, so both resolve ``sop`` alike.
    """
    if value != "sop":
        return float(value)
    if key == "max_dead_air_seconds" and channel in ("chat", "email"):
        # Written channels wait for a reply, as the engine does when it polls for silence.
        return max(sop("dead_air_seconds"), sop("chat_response_seconds"))
    return sop(SOP_KEYS[key])


@dataclass(frozen=True, slots=True)
class Hold:
    start: Event
    end: Event | None
    seconds: float


def holds_of(call: Call) -> list[Hold]:
    """Holds from timestamps; a hold still open when the call ends lasts until the end."""
    holds: list[Hold] = []
    open_start: Event | None = None
    for e in call.events:
        if e.kind == ev.HOLD_STARTED and open_start is None:
            open_start = e
        elif e.kind == ev.HOLD_ENDED and open_start is not None:
            holds.append(Hold(open_start, e, max(0.0, e.t - open_start.t)))
            open_start = None
    if open_start is not None:
        holds.append(Hold(open_start, None, max(0.0, call.ended_at - open_start.t)))
    return holds


def hold_evidence(call: Call, hold: Hold) -> list[Evidence]:
    note = f"hold {secs(hold.seconds)}" + ("" if hold.end else " (never ended)")
    out = [call.evidence(hold.start, note)]
    if hold.end is not None:
        out.append(call.evidence(hold.end, note))
    return out


def longest_silence(call: Call) -> tuple[float, Event | None, Event | None]:
    """The longest silence on the live, un-held line: (seconds, event before, event after).

    The line is live from answer/connect to the end of the call; each spoken line and each hold
    start/end breaks the silence; time on hold is never silence.
    """
    live = call.connected
    if live is None:
        return 0.0, None, None
    best: tuple[float, Event | None, Event | None] = (0.0, None, None)
    mark_t, mark_e = live.t, live
    on_hold = False
    for e in call.events:
        if e.seq <= live.seq or (e.kind not in SOUND_KINDS and e.kind != ev.CALL_ENDED):
            continue
        if not on_hold and e.t - mark_t > best[0]:
            best = (e.t - mark_t, mark_e, e)
        if e.kind == ev.CALL_ENDED:
            break
        if e.kind == ev.HOLD_STARTED:
            on_hold = True
        elif e.kind == ev.HOLD_ENDED:
            on_hold = False
        # A line with a spoken length (a transcript's) ends later; overlapping lines never
        # move the end of the line still being spoken backwards.
        mark_t, mark_e = max(mark_t, e.t + spoken(e)), e
    else:
        if not on_hold and call.ended_at - mark_t > best[0]:
            best = (call.ended_at - mark_t, mark_e, None)
    return best


def spoken(e: Event) -> float:
    """How long a line (or a transfer's briefing) takes to say: its ``seconds`` (transcripts),
    else 0 (the engine stamps a line when it is finished)."""
    if e.kind not in (ev.AGENT_SAID, ev.CUSTOMER_SAID, ev.TRANSFERRED):
        return 0.0
    seconds = e.data.get("seconds")
    return float(seconds) if isinstance(seconds, (int, float)) and seconds > 0 else 0.0


def reply_waits(call: Call) -> list[tuple[float, Event, Event, bool]]:
    """Written channels: (seconds, waited from, agent reply, first?) for each agent reply.

    The wait runs from the customer's first unanswered message (or a hold's end) to the next
    agent message; an agent message nobody was waiting for waits 0.
    """
    live = call.connected
    if live is None:
        return []
    waits: list[tuple[float, Event, Event, bool]] = []
    since: Event | None = None
    first = True
    for e in call.events:
        if e.seq < live.seq:
            continue
        if e.kind == ev.CALL_ENDED:
            break
        if e.kind == ev.CUSTOMER_SAID and since is None:
            since = e
        elif e.kind == ev.HOLD_STARTED:
            since = None
        elif e.kind == ev.HOLD_ENDED:
            since = e
        elif e.kind == ev.AGENT_SAID:
            if since is not None:
                waits.append((max(0.0, e.t - since.t), since, e, first))
            since = None
            first = False
    return waits


_OFFSET_RE: Final = re.compile(r"^([+-])(\d\d):(\d\d)$")


def parse_offset(text: str) -> timedelta | None:
    m = _OFFSET_RE.match(text.strip())
    if m is None:
        return None
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return -delta if m.group(1) == "-" else delta


def offset_text(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def customer_local_time(call: Call, t: float) -> datetime | None:
    """The customer's local wall-clock time ``t`` seconds into the call, or None if unknown.

    ``starts_at`` (ISO with offset) is when the call started; the customer's ``utc_offset``
    (``call_started.customer``) gives their zone, else the offset of ``starts_at`` itself.
    The clock arithmetic is :func:`mockcall.core.daytime.local_time`'s.
    """
    raw = call.started.get("starts_at")
    if not isinstance(raw, str) or not raw:
        return None
    try:
        start = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if start.tzinfo is None or start.utcoffset() is None:
        return None
    customer = call.started.get("customer")
    offset = offset_text(start.utcoffset() or timedelta())
    given = customer.get("utc_offset") if isinstance(customer, Mapping) else None
    if isinstance(given, str) and parse_offset(given) is not None:
        offset = given
    return local_time(raw, t, offset)


def minutes_of(hhmm: str) -> int:
    hours, _, minutes = hhmm.partition(":")
    return int(hours) * 60 + int(minutes or 0)


WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def region_for(regions: Sequence[HoursRegion], offset: str) -> HoursRegion | None:
    wanted = parse_offset(offset)
    for region in regions:
        if any(parse_offset(o) == wanted for o in region.offsets):
            return region
    return None
