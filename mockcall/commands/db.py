"""``mockcall db [status|migrate]``: the sessions database itself, on SQLite or PostgreSQL.

``status`` says which backend and database (a DSN without its password), the schema version
the database has against the one this mockcall knows, and how many sessions it holds; it
changes nothing (a database with migrations pending is reported, not upgraded).  ``migrate``
applies the pending migrations — what every mockcall also does on its own when it opens the
store; the command lets an administrator do it once, before a training floor starts.
Exit 4 with one sentence when the database cannot be used; never a traceback, never a password.
"""

from __future__ import annotations

import argparse
import json
from contextlib import closing
from pathlib import Path
from typing import Any, Protocol

from mockcall.commands.common import error
from mockcall.exit_codes import EXIT_OK, EXIT_STORE


class _Admin(Protocol):
    """What both stores offer beyond SessionStore for this command."""

    location: str

    def schema_version(self) -> int | None: ...

    def migrate(self) -> tuple[int, int]: ...

    def count(self) -> int: ...

    def close(self) -> None: ...


def run(args: argparse.Namespace) -> int:
    from mockcall.store import StoreError

    try:
        if args.action == "migrate":
            return _migrate(args)
        return _status(args)
    except StoreError as exc:
        error(str(exc))
        return EXIT_STORE


def _target(args: argparse.Namespace) -> tuple[str, str | None]:
    """(backend, DSN or path) from --db / $MOCKCALL_DB / the default file."""
    import os

    from mockcall.locations import DB_ENV, database_path
    from mockcall.store import is_dsn

    raw = args.db or os.environ.get(DB_ENV) or ""
    if is_dsn(raw):
        return "postgresql", raw
    return "sqlite", str(database_path(args.db))


def _open(args: argparse.Namespace) -> _Admin:
    from mockcall.store import open_store

    store: Any = open_store(args.db, migrate=False)
    return store  # type: ignore[no-any-return]


def _status(args: argparse.Namespace) -> int:
    from mockcall.store import schema

    backend, where = _target(args)
    info: dict[str, Any] = {"backend": backend, "program_schema": schema.CURRENT}
    if backend == "sqlite" and where is not None and not Path(where).exists():
        info.update(location=where, exists=False, schema=None, sessions=0)
    else:
        with closing(_open(args)) as store:
            version = store.schema_version()
            info.update(
                location=store.location,
                exists=True,
                schema=version,
                sessions=store.count() if version else 0,
            )
    if args.format == "json":
        print(json.dumps(info, ensure_ascii=False))
        return EXIT_OK
    version = info["schema"]
    if version is None:
        state = "none yet (created by 'mockcall db migrate' or on first use)"
    elif version < schema.CURRENT:
        pending = schema.CURRENT - version
        state = f"v{version}, {pending} migration(s) pending: run 'mockcall db migrate'"
    else:
        state = f"v{version}, up to date"
    where_line = info["location"] + ("" if info["exists"] else " (does not exist yet)")
    print(f"backend:   {'PostgreSQL' if backend == 'postgresql' else 'SQLite'}")
    print(f"location:  {where_line}")
    print(f"schema:    {state} (this mockcall: v{schema.CURRENT})")
    print(f"sessions:  {info['sessions']}")
    return EXIT_OK


def _migrate(args: argparse.Namespace) -> int:
    with closing(_open(args)) as store:
        before, after = store.migrate()
        location = store.location
    if before == after:
        print(f"{location}: schema v{after}, nothing to migrate")
    else:
        print(f"{location}: migrated from schema v{before} to v{after}")
    return EXIT_OK
