"""The call's local time and the time-of-day greeting that fits it.

One rule, read by the engine (``{greeting}`` in an option's text, the outbound dialler's
calling hours) and by the scorer (``greeting_fits_time``), so what the trainee is shown and
what they are marked on can never disagree:

* Indonesian: *pagi* before 11:00, *siang* before 15:00, *sore* before 18:00, else *malam*;
* English: *morning* before 12:00, *afternoon* before 17:00, else *evening*.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import Final

#: Per locale: (minute of the day the part ends, part), in order; the last part runs to midnight.
PARTS: Final[Mapping[str, tuple[tuple[int, str], ...]]] = {
    "id": ((11 * 60, "pagi"), (15 * 60, "siang"), (18 * 60, "sore"), (24 * 60, "malam")),
    "en": ((12 * 60, "morning"), (17 * 60, "afternoon"), (24 * 60, "evening")),
}

#: The greeting of each part, as it opens a sentence.
GREETINGS: Final[Mapping[str, Mapping[str, str]]] = {
    "id": {p: f"Selamat {p}" for _, p in PARTS["id"]},
    "en": {p: f"Good {p}" for _, p in PARTS["en"]},
}

_FOUND: Final = {
    locale: re.compile(
        r"\b(" + "|".join(re.escape(g) for g in table.values()) + r")\b", re.IGNORECASE
    )
    for locale, table in GREETINGS.items()
}
_PART_OF: Final = {
    g.casefold(): (locale, part) for locale, table in GREETINGS.items() for part, g in table.items()
}


def parse_offset(offset: str) -> timezone:
    """``+07:00`` / ``-05:30`` as a timezone; ValueError when it does not parse."""
    if len(offset) != 6 or offset[0] not in "+-" or offset[3] != ":":
        raise ValueError(f"not a UTC offset: {offset!r}")
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = offset[1:].split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def local_time(starts_at: str, elapsed: float, utc_offset: str) -> datetime:
    """The wall-clock time at ``utc_offset`` ``elapsed`` seconds into a call that started at
    ``starts_at`` (the persona's ISO start time). When either does not parse, the call is
    taken to start on Monday 2 March 2026, 10:00 UTC."""
    try:
        start = datetime.fromisoformat(starts_at)
        tz = parse_offset(utc_offset)
    except ValueError:
        start, tz = datetime(2026, 3, 2, 10, tzinfo=UTC), UTC
    return (start + timedelta(seconds=elapsed)).astimezone(tz)


def part_of_day(local: datetime, locale: str) -> str:
    """The time-of-day word for ``local`` in ``locale`` (English for a locale without one)."""
    parts = PARTS.get(locale, PARTS["en"])
    minute = local.hour * 60 + local.minute
    return next(part for end, part in parts if minute < end)


def greeting(local: datetime, locale: str) -> str:
    """``Selamat pagi`` / ``Good evening``...: the greeting that fits ``local``."""
    table = GREETINGS.get(locale, GREETINGS["en"])
    return table[part_of_day(local, locale)]


def greetings_in(text: str) -> list[tuple[str, str, str]]:
    """Every time-of-day greeting ``text`` contains: (as written, locale, part), in order."""
    return list(_greetings_in(text))


@lru_cache(maxsize=8192)
def _greetings_in(text: str) -> tuple[tuple[str, str, str], ...]:
    """:func:`greetings_in`, cached: the explorer asks again for every path through a line."""
    found: list[tuple[int, str, str, str]] = []
    for pattern in _FOUND.values():
        for m in pattern.finditer(text):
            locale, part = _PART_OF[" ".join(m.group(1).casefold().split())]
            found.append((m.start(), m.group(1), locale, part))
    return tuple((said, locale, part) for _, said, locale, part in sorted(found))


def wrong_greetings(text: str, local: datetime) -> list[tuple[str, str]]:
    """Greetings in ``text`` that do not fit ``local``: (as written, the greeting that fits)."""
    return [
        (said, greeting(local, locale))
        for said, locale, part in _greetings_in(text)
        if part != part_of_day(local, locale)
    ]
