"""Checks on the clock: handle time, time-of-day greetings, outbound calling hours.

They read the customer's wall clock or the call's duration, so they share the offset and
local-time helpers of :mod:`..timeline`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from mockcall.core import events as ev
from mockcall.core.daytime import greetings_in, local_time, wrong_greetings
from mockcall.core.model import Check, DayPart
from mockcall.core.scoring.call import Call, Outcome
from mockcall.core.scoring.predicates import has_words, normalise, secs
from mockcall.core.scoring.reads import Reads
from mockcall.core.scoring.reasons import reason
from mockcall.core.scoring.timeline import (
    WEEKDAYS,
    customer_local_time,
    minutes_of,
    offset_text,
    region_for,
    resolve_limit,
)


def check_max_handle(check: Check, call: Call) -> Outcome | None:
    if check.max_handle_seconds is None:
        return None
    limit = resolve_limit(check.max_handle_seconds, "max_handle_seconds", call.channel, call.sop)
    connect = call.connected
    if connect is None:
        return Outcome(True, reason("handle.never_connected"))
    seconds = max(0.0, call.ended_at - connect.t)
    end = call.first(ev.CALL_ENDED)
    evidence = tuple(call.evidence(e, f"handle {secs(seconds)}") for e in (connect, end) if e)
    if seconds > limit:
        return Outcome(False, reason("handle.over", took=seconds, limit=limit), evidence)
    return Outcome(True, reason("handle.within", took=seconds, limit=limit), evidence)


def check_greeting(check: Check, call: Call) -> Outcome | None:
    if not check.greeting_fits_time:
        return None
    started = call.started
    customer = started.get("customer")
    offset = "+07:00"  # the model's default: logs from before the offset was recorded
    if isinstance(customer, Mapping) and customer.get("utc_offset"):
        offset = str(customer["utc_offset"])
    starts_at = str(started.get("starts_at", ""))
    greeted = []
    for turn in call.turns:
        text = str(turn.event.data.get("text", ""))
        local = local_time(starts_at, turn.event.t, offset)
        for said, fits in wrong_greetings(text, local):
            return Outcome(
                False,
                reason("greeting.wrong_time", said=said, clock=local.strftime("%H:%M"), fits=fits),
                (call.evidence(turn.event),),
            )
        if greetings_in(text):
            greeted.append(call.evidence(turn.event))
    if not greeted:
        return Outcome(True, reason("greeting.none"))
    return Outcome(True, reason("greeting.fits"), tuple(greeted))


def _day_part(parts: Sequence[DayPart], local: datetime) -> DayPart:
    """The part of the day ``local`` falls in: the last part started by then (wrapping)."""
    now = local.hour * 60 + local.minute
    ordered = sorted(parts, key=lambda p: minutes_of(p.start))
    current = ordered[-1]
    for part in ordered:
        if minutes_of(part.start) <= now:
            current = part
    return current


def check_greeting_time(check: Check, call: Call) -> Outcome | None:
    rule = check.time_greeting
    if rule is None:
        return None
    if not call.turns:
        return Outcome(False, reason("salutation.silent"))
    first = call.turns[0]
    text = normalise(str(first.event.data.get("text", "")))
    words = set(text.split())
    locale = str(call.started.get("locale", "id"))
    parts = [p for p in rule.parts if p.locale == locale]
    said = {w for p in parts for w in p.words if has_words(words, text, w)}
    if call.channel in rule.name_on:
        if "use_name" in first.acts:
            return Outcome(True, reason("salutation.named"), (call.evidence(first.event, "greet"),))
        return Outcome(
            False,
            reason("salutation.unnamed"),
            (call.evidence(first.event, "no name in the salutation"),),
        )
    greeted = "greet" in first.acts or bool(said)
    if not greeted:
        return Outcome(
            False, reason("salutation.missing"), (call.evidence(first.event, "no greeting"),)
        )
    if call.channel not in rule.channels or not parts:
        return Outcome(True, reason("salutation.greeted"), (call.evidence(first.event, "greet"),))
    local = customer_local_time(call, first.event.t)
    if local is None:
        return Outcome(
            True,
            reason("salutation.time_unknown"),
            (call.evidence(first.event, "greet"),),
        )
    current = _day_part(parts, local)
    clock = local.strftime("%H:%M")
    right = [w for w in current.words if w in said]
    wrong = sorted(said - set(current.words))
    if wrong:
        return Outcome(
            False,
            reason("salutation.wrong_time", said=wrong[0], clock=clock, fits=current.words[0]),
            (call.evidence(first.event, f"{clock} local"),),
        )
    if not right:
        return Outcome(
            False,
            reason("salutation.no_time", fits=current.words[0], clock=clock),
            (call.evidence(first.event, f"{clock} local"),),
        )
    return Outcome(
        True,
        reason("salutation.fits", said=right[0], clock=clock),
        (call.evidence(first.event, f"{clock} local"),),
    )


def check_calling_hours(check: Check, call: Call) -> Outcome | None:
    if not check.calling_hours:
        return None
    if str(call.started.get("direction", "inbound")) != "outbound":
        return Outcome(True, reason("hours.not_outbound"))
    dial = call.first(ev.DIALED) or call.connected
    t = dial.t if dial is not None else 0.0
    local = customer_local_time(call, t)
    if local is None or local.utcoffset() is None:
        return Outcome(True, reason("hours.time_unknown"))
    offset = offset_text(local.utcoffset() or timedelta())
    region = region_for(check.calling_hours, offset)
    evidence = (call.evidence(dial, f"{local:%a %H:%M} local"),) if dial is not None else ()
    if region is None:
        return Outcome(True, reason("hours.no_region", offset=offset), evidence)
    day = WEEKDAYS[local.weekday()]
    now = local.hour * 60 + local.minute
    when = {"day": day, "time": f"{local:%H:%M}", "region": region.name}
    for window in region.windows:
        if day in window.days and minutes_of(window.start) <= now < minutes_of(window.end):
            return Outcome(True, reason("hours.inside", **when), evidence)
    return Outcome(False, reason("hours.outside", **when), evidence)


# --- what each check reads (see registry.py)


def reads_max_handle(check: Check, need: Reads) -> None:
    if check.max_handle_seconds is not None:
        key = "max_handle_seconds"
        need.handle(resolve_limit(check.max_handle_seconds, key, need.channel, need.sop))


def reads_greeting(check: Check, need: Reads) -> None:
    if check.greeting_fits_time:
        need.greetings()


def reads_greeting_time(check: Check, need: Reads) -> None:
    if check.time_greeting is not None:
        need.first_turn()


def reads_calling_hours(check: Check, need: Reads) -> None:
    if check.calling_hours:
        need.dial_time()
