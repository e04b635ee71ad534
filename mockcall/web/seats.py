"""What a browser seat needs before any web framework: the trainee's name, the room token, the
seat ticket a login hands out, and the command line of the seat's own mockcall process.

A name typed in a browser is never put in a shell string: the seat process is started from an
argument list (``SeatConfig.argv``), and the name is checked first (``clean_name``) so what is
stored, listed and shown on the floor is a plain name, not control characters or an option.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

#: Longest trainee name accepted (the review list and the floor show about this much).
NAME_MAX = 40
#: Shortest room token ``serve`` accepts: trainees type it, so it is short, but not trivial.
TOKEN_MIN = 6
#: How long a login stays valid: a training day.
TICKET_TTL = 12 * 3600.0
#: Punctuation a name may hold besides letters, digits and spaces (O'Neil, Sri-Ayu, J. Doe).
_NAME_PUNCTUATION = frozenset(".'-_")


def clean_name(raw: str) -> str | None:
    """The trainee name as stored (NFC, spaces collapsed), or None when it is not a name.

    Letters and digits of any script, spaces and ``. ' - _``; it starts with a letter or a
    digit, so it can never be read as a command-line option; at most :data:`NAME_MAX` long.
    """
    name = " ".join(unicodedata.normalize("NFC", raw).split())
    if not 1 <= len(name) <= NAME_MAX or not name[0].isalnum():
        return None
    if all(c.isalnum() or c == " " or c in _NAME_PUNCTUATION for c in name):
        return name
    return None


def is_loopback(host: str) -> bool:
    """True when ``host`` only listens on this machine (127.0.0.0/8, ::1, ``localhost``)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to any interface


def token_matches(given: str, expected: str | None) -> bool:
    """Whether a typed token opens a seat (always, when the room has none)."""
    if expected is None:
        return True
    return hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8"))


@dataclass
class Tickets:
    """Seat tickets: a login gets a random ticket (the browser keeps it in a cookie) that names
    its trainee; the seat page and the terminal's websocket open only with a valid one."""

    ttl: float = TICKET_TTL
    clock: Callable[[], float] = time.monotonic
    _issued: dict[str, tuple[str, float]] = field(default_factory=dict)

    def issue(self, name: str) -> str:
        self._forget_expired()
        ticket = secrets.token_urlsafe(24)
        self._issued[ticket] = (name, self.clock())
        return ticket

    def name_for(self, ticket: str | None) -> str | None:
        """The trainee a ticket was issued to, or None (unknown, expired or revoked)."""
        if not ticket:
            return None
        found = self._issued.get(ticket)
        if found is None:
            return None
        name, at = found
        if self.clock() - at > self.ttl:
            del self._issued[ticket]
            return None
        return name

    def revoke(self, ticket: str | None) -> None:
        if ticket:
            self._issued.pop(ticket, None)

    def _forget_expired(self) -> None:
        now = self.clock()
        for ticket in [k for k, (_, at) in self._issued.items() if now - at > self.ttl]:
            del self._issued[ticket]


@dataclass(frozen=True)
class SeatConfig:
    """How every seat's mockcall is started: the shared store, personas and UI language."""

    db: str
    personas: tuple[str, ...] = ()
    lang: str | None = None
    #: the interpreter that runs the seats (this one: the same mockcall install)
    python: str = sys.executable

    def argv(self, name: str) -> list[str]:
        """``mockcall --seat --trainee=NAME --db=... [--personas=...] [--lang=...]`` as a list.

        ``name`` must come from :func:`clean_name`; ``--opt=value`` keeps every value one
        argument even if it began with a dash.
        """
        if clean_name(name) != name:
            raise ValueError(f"not a trainee name: {name!r}")
        argv = [self.python, "-m", "mockcall", "--seat", f"--trainee={name}", f"--db={self.db}"]
        argv += [f"--personas={p}" for p in self.personas]
        if self.lang:
            argv.append(f"--lang={self.lang}")
        return argv
