"""Every custom message of the trainee UI: small dataclasses, one place to read the flow.

Widgets tell their screen what the trainee picked; screens tell the app when a call, its
after-call work or the trainee's choice of what to do next is done. The app owns navigation, so
no screen needs to know which screen comes after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from mockcall.core.engine import CallSession
    from mockcall.tui.plan import CallPlan, CallResult


# --- widget -> screen -----------------------------------------------------------------------


@dataclass
class OptionPicked(Message):
    """The trainee chose the numbered reply ``number`` (1-based, as on screen)."""

    number: int


@dataclass
class FreeTextSubmitted(Message):
    """The trainee typed a reply and pressed Enter."""

    text: str


@dataclass
class ToolPicked(Message):
    """The trainee used an agent tool of the account."""

    tool_id: str


@dataclass
class KbDocPicked(Message):
    """The trainee opened a knowledge-base document."""

    doc_id: str


@dataclass
class EntryDialled(Message):
    """Outbound: the trainee dialled a call-list entry."""

    entry_id: str


@dataclass
class PersonaPicked(Message):
    """Home: the trainee picked a persona to play (or whose account to run a shift of)."""

    persona_id: str


# --- screen -> app --------------------------------------------------------------------------


@dataclass
class CallFinished(Message):
    """The call ended; after-call work begins."""

    plan: CallPlan
    session: CallSession


@dataclass
class AcwSubmitted(Message):
    """After-call work was submitted; the call can be scored."""

    plan: CallPlan
    session: CallSession


@dataclass
class StartRequested(Message):
    """Start a call (home, retry, or the next call of a shift)."""

    plan: CallPlan


@dataclass
class ShiftRequested(Message):
    """Home: run a nesting shift of an account."""

    account: str
    calls: int
    auto_in: bool


@dataclass
class HomeRequested(Message):
    """Back to the home screen."""


@dataclass
class ResultShown(Message):
    """Open the score screen of a finished call (shift summary rows)."""

    result: CallResult


# --- review (mockcall review) ------------------------------------------------- begin review


@dataclass
class CriterionChosen(Message):
    """Review: the cursor moved to a criterion; the transcript lights up its evidence."""

    criterion_id: str


# --- review --------------------------------------------------------------------- end review
