"""A file watch cheap enough to poll from a Textual ``set_interval`` (``play --watch``).

No inotify/watchdog dependency: a persona file is one small file, and comparing ``st_mtime_ns``
and ``st_size`` twice a second costs a ``stat``.  The size is compared too because some editors
save twice within the file system's mtime granularity.  A file that disappears (an editor
saving by rename) is not a change until it is back, so a half-written save is never loaded.
"""

from __future__ import annotations

import os
from pathlib import Path


class FileWatch:
    """``changed()`` is True once per modification of ``path`` since the last call."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._seen = self._signature()

    def _signature(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def changed(self) -> bool:
        now = self._signature()
        if now is None or now == self._seen:
            return False
        self._seen = now
        return True
