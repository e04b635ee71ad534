"""``mockcall review``: the review TUI over the session store (list, review, progress).

The reviewer's name for overrides defaults to ``--trainee`` (the shared name option), else
``$USER``; it stays editable in the override dialog. A store that cannot be opened is exit 4
with the store's own sentence, never a traceback.  ``--read-only`` (or a SQLite file that
cannot be written) opens the store for viewing: the list says so in a banner, and an override
is refused with a sentence instead of failing at save.
"""

from __future__ import annotations

import argparse
import getpass
import os
from contextlib import closing
from functools import partial
from typing import TYPE_CHECKING

from mockcall.commands.common import error, load
from mockcall.exit_codes import EXIT_OK, EXIT_STORE

if TYPE_CHECKING:
    from mockcall.tui.floor_feed import AssignTarget


def run(args: argparse.Namespace) -> int:
    from mockcall.locations import ui_language
    from mockcall.store import StoreError, open_store
    from mockcall.tui import i18n

    i18n.set_language(ui_language(getattr(args, "lang", None)))
    try:
        read_only = bool(getattr(args, "read_only", False))
        store = open_store(getattr(args, "db", None), read_only=read_only)
    except StoreError as exc:
        error(str(exc))
        return EXIT_STORE
    from mockcall.tui.review_app import ReviewApp  # after the language: key legends are translated

    with closing(store):
        try:
            targets = partial(_assign_targets, args)
            ReviewApp(store, reviewer=_reviewer(args), assign_targets=targets).run()
        except StoreError as exc:
            error(str(exc))
            return EXIT_STORE
    return EXIT_OK


def _assign_targets(args: argparse.Namespace) -> list[AssignTarget]:
    from mockcall.tui.floor_feed import assign_targets

    return assign_targets(load(args))


def _reviewer(args: argparse.Namespace) -> str:
    name = getattr(args, "trainee", None) or os.environ.get("USER", "")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
