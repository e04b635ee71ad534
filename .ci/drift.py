"""Print which installed versions differ between two virtualenvs (locked vs newest allowed).

Information for whoever reads a red CI run: when the newest versions break the suite, this says
which releases moved.  It never fails by itself.
"""

from __future__ import annotations

import json
import subprocess
import sys


def versions(venv: str) -> dict[str, str]:
    out = subprocess.run(
        [f"{venv}/bin/python", "-m", "pip", "list", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {p["name"].lower(): p["version"] for p in json.loads(out)}


def main(locked: str, newest: str) -> None:
    old, new = versions(locked), versions(newest)
    moved = sorted(n for n in old.keys() & new.keys() if old[n] != new[n] and n != "mockcall")
    added = sorted(new.keys() - old.keys())
    if not moved and not added:
        print("newest allowed versions are the locked ones")
        return
    for name in moved:
        print(f"newer than the lock: {name} {old[name]} -> {new[name]}")
    for name in added:
        print(f"not in the lock: {name} {new[name]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
