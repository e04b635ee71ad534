"""Starting the trainee UI without the cyclic garbage collector running.

Importing Textual and mockcall, loading the persona and building the first screen allocate
some eighty thousand objects that live as long as the app (modules, classes, the model, the
widgets) and almost no garbage cycles (about two thousand objects). The collector still runs
a hundred times over them before the first screen is drawn: a tenth of the start-up.

So ``mockcall play`` and the home screen pause it from the start, and the app resumes it once
its first screen is on the terminal, after moving everything allocated so far to the permanent
generation (``gc.freeze``): later collections never walk the start-up's objects again. The few
start-up cycles that were garbage stay in memory (well under a megabyte).

Only a pause made here is resumed here: an app started by tests keeps the collector as it is.
"""

from __future__ import annotations

import gc

#: Set in the environment, an app exits once its first screen is drawn (start-up timing).
EXIT_AFTER_FIRST_SCREEN = "MOCKCALL_EXIT_AFTER_FIRST_SCREEN"

_paused = False


def pause_collector() -> None:
    """Stop automatic collections until :func:`resume_collector` (no-op if already off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """Freeze what the start-up allocated and collect again, if :func:`pause_collector` paused."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
