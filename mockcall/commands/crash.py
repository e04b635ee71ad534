"""The last guard: a bug becomes one clear line and a log file, never a traceback on screen."""

from __future__ import annotations

import sys
import tempfile
import traceback
from pathlib import Path

from mockcall.exit_codes import EXIT_INTERNAL


def report(exc: BaseException) -> int:
    """Write the traceback to a crash log and tell the user where it is."""
    text = "".join(traceback.format_exception(exc))
    log = _write_log(text)
    where = f" (details in {log})" if log else ""
    print(f"mockcall: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
    print(
        "mockcall: this is a bug in mockcall, not in your files; please report it.", file=sys.stderr
    )
    return EXIT_INTERNAL


def _write_log(text: str) -> Path | None:
    candidates: list[Path] = []
    try:
        from mockcall.locations import data_dir

        candidates.append(data_dir())
    except Exception:  # platformdirs missing or HOME unusable: fall back to the temp dir
        pass
    candidates.append(Path(tempfile.gettempdir()))
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            log = folder / "mockcall-crash.log"
            log.write_text(text, encoding="utf-8")
            return log
        except OSError:
            continue
    return None
