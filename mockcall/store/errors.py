"""Why the session store could not do its job, in words a trainee or trainer can act on.

Every failure of the database itself (held by another writer too long, damaged, not ours, not
writable) becomes one :class:`StoreError` with a ``kind``, so the CLI maps it to exit code 4 and
the TUI to a dialog, and neither has to know SQLite's (or PostgreSQL's) exception zoo.

Mistakes by the caller (an unknown session id, an override without a comment) are
``SessionNotFound`` / ``ValueError`` instead: those are bugs or user input, not a sick database.
"""

from __future__ import annotations

from typing import Final, Literal

Kind = Literal["locked", "corrupt", "foreign", "unwritable"]
KINDS: Final[tuple[Kind, ...]] = ("locked", "corrupt", "foreign", "unwritable")


class StoreError(Exception):
    """The database cannot be used. ``message`` is a full sentence naming the file."""

    def __init__(self, kind: Kind, message: str) -> None:
        super().__init__(message)
        self.kind: Kind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


class SessionNotFound(KeyError):
    """No session with this id in the store (CLI exit 3)."""

    def __init__(self, session_id: str) -> None:
        super().__init__(session_id)
        self.session_id = session_id

    def __str__(self) -> str:
        return f"no session '{self.session_id}'"


class AssignmentNotFound(KeyError):
    """No assignment with this number in the store (CLI exit 3)."""

    def __init__(self, assignment_id: int) -> None:
        super().__init__(assignment_id)
        self.assignment_id = assignment_id

    def __str__(self) -> str:
        return f"no assignment #{self.assignment_id}"
