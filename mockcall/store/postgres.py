"""The PostgreSQL backend's place: documented in docs/store.md, not shipped yet.

A training floor (many seats, one server) will run the same :class:`SessionStore` protocol on
PostgreSQL.  Until that backend is written and tested against a real server, a DSN in ``--db`` or
``$MOCKCALL_DB`` fails with a clear StoreError instead of being taken for a file name.
"""

from __future__ import annotations

from typing import NoReturn

from mockcall.store.errors import StoreError


def open_postgres(dsn: str) -> NoReturn:
    """Refuse politely (naming the server, never the password); see docs/store.md."""
    host = dsn.split("@")[-1] if "@" in dsn else dsn.split("://", 1)[-1]
    raise StoreError(
        "foreign",
        f"PostgreSQL sessions databases ({host}) are not supported by this mockcall yet; "
        "use a SQLite file with --db FILE",
    )
