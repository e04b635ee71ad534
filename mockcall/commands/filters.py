"""The session filter options (``--trainee``, ``--since``, ``--passed``, ...) as one
:class:`~mockcall.store.api.SessionFilter`, for every command that lists sessions.

One function, so ``sessions list``, ``export`` and ``progress`` can never disagree about which
sessions a set of options selects; the review TUI's filter screen builds the same dataclass.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mockcall.store.api import SessionFilter, SessionStore


def session_filter(args: argparse.Namespace, **fixed: Any) -> SessionFilter:
    """The filter the options ask for; ``fixed`` sets the order and page (or anything else).

    Raises ValueError (a sentence for the user) for a date that cannot be read.
    """
    from mockcall.store.api import SessionFilter
    from mockcall.store.when import parse_when

    since, until = getattr(args, "since", None), getattr(args, "until", None)
    for value in (since, until):
        if value:
            parse_when(value)
    fields: dict[str, Any] = {
        "trainee": getattr(args, "trainee", None) or None,
        "account": getattr(args, "account", None) or None,
        "persona": getattr(args, "persona", None) or None,
        "mode": getattr(args, "mode", None),
        "date_from": since,
        "date_to": until,
        "status": getattr(args, "status", None),
        "passed": getattr(args, "verdict", None),
        "fatal": True if getattr(args, "fatal", False) else None,
        "reviewed": getattr(args, "reviewed", None),
        "disputed": True if getattr(args, "disputed", False) else None,
    }
    return SessionFilter(**{**fields, **fixed})


def open_for_reading(args: argparse.Namespace, *, announce: bool = True) -> SessionStore:
    """The store for a command that only reads: read-only when asked (``--read-only``) or when
    the SQLite file cannot be written, said once on stderr so a reviewer knows why an override
    would fail (stdout stays clean for pipes)."""
    from mockcall.store import open_store

    store = open_store(getattr(args, "db", None), read_only=getattr(args, "read_only", False))
    if announce and getattr(store, "read_only", False):
        print(f"mockcall: {store.location} is open read-only", file=sys.stderr)
    return store
