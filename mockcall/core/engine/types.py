"""The engine's vocabulary: what its actions return, the clock it reads, what it offers.

These are the names every other part of the engine (and every caller) speaks in, kept apart from
the machinery so a screen or a test can read them without reading how a call runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal, Protocol

from mockcall.core.model import Option

RefusalCode = Literal[
    "ringing",
    "not-connected",
    "in-call",
    "on-hold",
    "not-on-hold",
    "call-ended",
    "no-such-option",
    "option-unavailable",
    "no-such-tool",
    "no-such-doc",
    "no-such-entry",
    "not-outbound",
    "briefing-required",
    "reason-required",
    "muted",
    "not-muted",
    "not-in-acw",
    "unknown-disposition",
    "practice-only",
    "no-typed-reply",
    "already-flagged",
]

Phase = Literal["idle", "ringing", "dialing", "connected", "on_hold", "ended", "acw", "done"]
Mode = Literal["practice", "assessment", "shift"]
TransferKind = Literal["warm", "cold"]

#: Phases of the shared call-phase machine, in the order a call normally passes them.
PHASES: Final[tuple[str, ...]] = (
    "ringing",
    "dialing",
    "connected",
    "on_hold",
    "ended",
    "acw",
    "done",
)

#: Endings a call action produces when the option does not name one.
ACTION_ENDINGS: Final[dict[str, str]] = {
    "escalate": "escalated",
    "transfer_warm": "transferred",
    "transfer_cold": "transferred",
    "end": "agent_hung_up",
}

#: The briefing keys a warm transfer needs (DOMAIN §4: who, issue, what was tried).
BRIEFING_KEYS: Final[tuple[str, ...]] = ("to", "issue", "tried")

MOOD_CHECK: Final = "mood_check"


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why an action was not done. ``code`` is stable (the UI translates it); the message is
    English for logs, tests and the command line."""

    code: RefusalCode
    message: str


class Clock(Protocol):
    """Monotonic seconds. Injected so tests and the simulator control time exactly."""

    def __call__(self) -> float: ...


class ManualClock:
    """A clock that moves only when told: simulations and tests are exact and instant."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = float(now)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        """Move time forward (never back: the engine assumes a monotonic clock)."""
        self.now += max(0.0, float(seconds))
        return self.now


@dataclass(frozen=True, slots=True)
class OfferedOption:
    """An option as the trainee sees it: its key (``number``, 1-based in the order shown), its
    text with placeholders filled in, and ``position``: its number among the offered options
    in *file* order (what a path's ``3`` means, whatever the screen order)."""

    number: int
    option: Option
    text: str
    id: str
    position: int = 0


class RestoreError(ValueError):
    """The stored log cannot be replayed against this persona (it was edited, or the log is
    damaged). ``seq`` is the first event that could not be reproduced."""

    def __init__(self, seq: int, message: str) -> None:
        super().__init__(f"event {seq}: {message}")
        self.seq = seq
