"""``mockcall floor``: every seat live for the trainer, read from the shared store.

Seats are the live calls in ``--db`` / ``$MOCKCALL_DB`` (terminal and browser seats alike) and,
for trainees between calls, their latest call of the last ``--hours``. Personas are loaded
only to know each customer's mood scale. A store that cannot be opened is exit 4.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

from mockcall.commands.common import error, load, run_on_store
from mockcall.exit_codes import EXIT_USAGE
from mockcall.locations import REVIEWER_ENV

if TYPE_CHECKING:
    from mockcall.store.api import SessionStore


def run(args: argparse.Namespace) -> int:
    from mockcall.locations import ui_language
    from mockcall.tui import i18n
    from mockcall.tui.floor_feed import FloorFeed, MoodScale, assign_targets

    if args.hours <= 0:
        error("--hours must be more than 0")
        return EXIT_USAGE
    i18n.set_language(ui_language(getattr(args, "lang", None)))
    library = load(args)
    scales = {p.id: MoodScale(p.mood.start, p.mood.hangup_at) for p in library.personas()}

    def app_for(store: SessionStore) -> Any:
        from mockcall.tui.floor_app import FloorApp  # after the language: key legends translated

        feed = FloorFeed(
            store,
            hours=args.hours,
            moods=scales.get,
            targets=assign_targets(library),
            trainer=os.environ.get(REVIEWER_ENV, ""),
        )
        return FloorApp(feed)

    return run_on_store(args, app_for)
