"""The trainee's name, remembered between starts in a small JSON file (``locations.config_path``).

A trainee types their name once; every later ``mockcall`` and ``mockcall play`` on that account
of the machine uses it, so the agent in the script always introduces themselves by name. The
file is the trainee's, not the floor's: the sessions database may be shared by a whole room.
A file that cannot be read or written is ignored — the name is then asked for again.
"""

from __future__ import annotations

import json
from pathlib import Path

from mockcall.locations import config_path


def remembered_name(path: Path | None = None) -> str:
    """The name saved by :func:`remember_name`, or '' when there is none (or it is unreadable)."""
    try:
        data = json.loads((path or config_path()).read_text("utf-8"))
    except (OSError, ValueError):
        return ""
    name = data.get("trainee", "") if isinstance(data, dict) else ""
    return name.strip() if isinstance(name, str) else ""


def remember_name(name: str, path: Path | None = None) -> bool:
    """Save ``name`` for the next start; False when the file cannot be written."""
    name = name.strip()
    target = path or config_path()
    if not name or remembered_name(target) == name:
        return bool(name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"trainee": name}, ensure_ascii=False) + "\n", "utf-8")
    except OSError:
        return False
    return True
