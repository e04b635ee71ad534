"""Golden files: an output compared byte for byte with ``tests/data/golden/<name>``.

A golden file is only ever rewritten on purpose: run the test with
``MOCKCALL_UPDATE_GOLDEN=1`` and review the diff before committing it.  Without it a
difference fails the test (and a missing file too), so an output format never drifts silently.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
UPDATE_ENV = "MOCKCALL_UPDATE_GOLDEN"


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get(UPDATE_ENV) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
        return
    assert path.exists(), f"no golden file {path}; create it with {UPDATE_ENV}=1 and review it"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{name} differs from its golden file; if the change is intended, rerun with "
        f"{UPDATE_ENV}=1 and review the diff"
    )
