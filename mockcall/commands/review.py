"""``mockcall review``: the review TUI over the session store (list, review, progress).

The reviewer's name for overrides is ``--trainee`` (the shared name option), else
``$MOCKCALL_REVIEWER``, else asked once per sitting before the first decision — never the OS
user name, which at a shared seat would put one person's name on another's judgements. A
store that cannot be opened is exit 4 with the store's own sentence, never a traceback.
``--read-only`` (or a SQLite file that cannot be written) opens the store for viewing: the list
says so in a banner, and an override is refused with a sentence instead of failing at save.
"""

from __future__ import annotations

import argparse
import os
from functools import partial
from typing import TYPE_CHECKING, Any

from mockcall.commands.common import load, run_on_store

if TYPE_CHECKING:
    from mockcall.core.model import Rubric
    from mockcall.store.api import SessionStore
    from mockcall.tui.floor_feed import AssignTarget


def run(args: argparse.Namespace) -> int:
    from mockcall.locations import ui_language
    from mockcall.tui import i18n

    i18n.set_language(ui_language(getattr(args, "lang", None)))

    def app_for(store: SessionStore) -> Any:
        from mockcall.tui.review_app import ReviewApp  # after the language: legends translated

        targets = partial(_assign_targets, args)
        rubrics = partial(_rubrics, args)
        return ReviewApp(store, reviewer=_reviewer(args), assign_targets=targets, rubrics=rubrics)

    return run_on_store(args, app_for)


def _assign_targets(args: argparse.Namespace) -> list[AssignTarget]:
    from mockcall.tui.floor_feed import assign_targets

    return assign_targets(load(args))


def _rubrics(args: argparse.Namespace) -> list[Rubric]:
    """The library's rubrics: their translations, for cards whose stored rubric has none."""
    return [b.rubric for b in load(args).bundles.values() if b.rubric is not None]


def _reviewer(args: argparse.Namespace) -> str:
    from mockcall.locations import REVIEWER_ENV

    return (getattr(args, "trainee", None) or os.environ.get(REVIEWER_ENV) or "").strip()
