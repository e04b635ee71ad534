"""Date bounds of a session filter, as the text ``started_at`` is compared with.

``started_at`` is stored as ISO 8601 UTC text with milliseconds and a ``Z``
(``2026-12-01T09:30:00.000Z``), so a range is a plain text comparison that an index serves.
A reviewer types a bare date (``2026-12-01``: that UTC day) or a full ISO time, possibly with
an offset (``2026-12-01T16:30+07:00``); both become UTC text of the same shape here, once,
for every backend.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta


def parse_when(value: str) -> date | datetime:
    """A bare date, or an aware UTC datetime (a time without offset is taken as UTC).

    Raises ValueError with a sentence a reviewer can act on.
    """
    text = value.strip()
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"'{value}' is not a date: give 2026-12-01 or an ISO time like 2026-12-01T09:30"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def lower_bound(value: str) -> str:
    """``started_at >= this`` keeps sessions from that day, or that moment, on."""
    when = parse_when(value)
    if isinstance(when, datetime):
        return _text(when)
    return when.isoformat()


def upper_bound(value: str) -> str:
    """``started_at < this`` keeps sessions up to the end of that day, or up to and including
    that moment (to the millisecond)."""
    when = parse_when(value)
    if isinstance(when, datetime):
        return _text(when + timedelta(milliseconds=1))
    return (when + timedelta(days=1)).isoformat()


def _text(moment: datetime) -> str:
    """Without the ``Z``: every stored time of that millisecond sorts after it."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
