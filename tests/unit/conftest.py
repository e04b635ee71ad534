"""``store_factory``: every store contract test runs on SQLite and on PostgreSQL.

The PostgreSQL half needs a real server (``$MOCKCALL_TEST_PG``, where the test may create
databases); without one it is skipped with the reason shown — except under CI (``$CI`` set),
where a missing server fails the run instead, so a skip can never hide these tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import StoreFactory

BACKENDS = ("sqlite", "postgres")


@pytest.fixture(params=BACKENDS)
def store_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    """One empty database for this test: a SQLite file, or a PostgreSQL database of its own
    (created for the test and dropped after it)."""
    if request.param == "sqlite":
        yield StoreFactory.sqlite(tmp_path)
        return
    factory = StoreFactory.postgres()
    try:
        yield factory
    finally:
        factory.drop()
