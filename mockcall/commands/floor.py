"""``mockcall floor``: every seat live for the trainer, read from the shared store.

Seats are the live calls in ``--db`` / ``$MOCKCALL_DB`` (terminal and browser seats alike) and,
for trainees between calls, their latest call of the last ``--hours``. Personas are loaded
only to know each customer's mood scale. A store that cannot be opened is exit 4.
"""

from __future__ import annotations

import argparse
import os
from contextlib import closing

from mockcall.commands.common import error, load
from mockcall.exit_codes import EXIT_OK, EXIT_STORE, EXIT_USAGE
from mockcall.locations import REVIEWER_ENV


def run(args: argparse.Namespace) -> int:
    from mockcall.locations import ui_language
    from mockcall.store import StoreError, open_store
    from mockcall.tui import i18n
    from mockcall.tui.floor_feed import FloorFeed, MoodScale, assign_targets

    if args.hours <= 0:
        error("--hours must be more than 0")
        return EXIT_USAGE
    i18n.set_language(ui_language(getattr(args, "lang", None)))
    library = load(args)
    scales = {p.id: MoodScale(p.mood.start, p.mood.hangup_at) for p in library.personas()}
    try:
        store = open_store(getattr(args, "db", None))
    except StoreError as exc:
        error(str(exc))
        return EXIT_STORE
    from mockcall.tui.floor_app import FloorApp  # after the language: key legends translated

    with closing(store):
        feed = FloorFeed(
            store,
            hours=args.hours,
            moods=scales.get,
            targets=assign_targets(library),
            trainer=os.environ.get(REVIEWER_ENV, ""),
        )
        try:
            FloorApp(feed).run()
        except StoreError as exc:
            error(str(exc))
            return EXIT_STORE
    return EXIT_OK
