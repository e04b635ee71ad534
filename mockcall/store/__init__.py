"""Where calls are kept: an append-only event log per session, summaries, frozen rubrics.

Callers (TUI, CLI, recorder) code against :class:`~mockcall.store.api.SessionStore` and get one
from :func:`open_store`, which picks the backend from the location: a file path means SQLite
(the embedded default), a ``postgresql://`` DSN means the PostgreSQL backend (docs/store.md).
Importing this package is cheap: sqlite3 (or psycopg, for a DSN) is loaded only when a store is
opened.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from mockcall.store.errors import SessionNotFound, StoreError

if TYPE_CHECKING:
    from mockcall.store.api import SessionStore

__all__ = ["SessionNotFound", "StoreError", "is_dsn", "open_store"]

_DSN_PREFIXES = ("postgresql://", "postgres://")


def is_dsn(location: str) -> bool:
    """True for a PostgreSQL connection string rather than a file path."""
    return location.startswith(_DSN_PREFIXES)


def open_store(
    flag: str | None = None, *, migrate: bool = True, read_only: bool = False
) -> SessionStore:
    """The session store named by ``--db`` (``flag``), else ``$MOCKCALL_DB``, else the default
    file in the data folder — the same precedence as :func:`mockcall.locations.database_path`,
    checked for a DSN first because a DSN is not a path.

    ``migrate=False`` opens without upgrading the schema (``mockcall db status``); a database
    that is not mockcall's, or newer than this mockcall, is refused either way.
    ``read_only=True`` opens for viewing only (a SQLite file that cannot be written is opened
    so anyway); the store's ``read_only`` says which it is.
    """
    from mockcall.locations import DB_ENV, database_path

    raw = flag or os.environ.get(DB_ENV) or ""
    if is_dsn(raw):
        from mockcall.store.postgres import open_postgres

        return open_postgres(raw, migrate=migrate and not read_only, read_only=read_only)
    from mockcall.store.sqlite import SQLiteStore

    return SQLiteStore(database_path(flag), migrate=migrate, read_only=read_only)
