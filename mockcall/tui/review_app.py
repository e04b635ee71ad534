"""``mockcall review``: the reviewers' app — sessions list, session review, progress.

A separate small app rather than a mode of the trainee app: a reviewer's seat has no personas
to load and needs the store from the first frame. The screens themselves take a
:class:`ReviewContext`, so the trainee app's home screen can push the same sessions list.

Set the UI language (``i18n.set_language``) before importing this module: key legends are
translated when the screen classes are defined.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from mockcall.tui.i18n import t
from mockcall.tui.review_context import ReviewContext
from mockcall.tui.screens.review_list import ReviewListScreen
from mockcall.tui.startup import EXIT_AFTER_FIRST_SCREEN
from mockcall.tui.widgets.key_legend import toggle_help

if TYPE_CHECKING:
    from mockcall.core.model import Rubric
    from mockcall.store.api import SessionStore
    from mockcall.tui.floor_feed import AssignTarget


class ReviewApp(App[None]):
    CSS_PATH = "mockcall.tcss"
    TITLE = "mockcall review"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f1", "toggle_keys", t("key.keys"))]
    #: the same breakpoints as the trainee app: -wide widens the side panels
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012 (App declares it per instance)

    def __init__(
        self,
        store: SessionStore,
        *,
        reviewer: str = "",
        assign_targets: Callable[[], Sequence[AssignTarget]] = tuple,
        rubrics: Callable[[], Sequence[Rubric]] = tuple,
    ) -> None:
        super().__init__()
        self.ctx = ReviewContext(store, reviewer, assign_targets, rubrics)

    def on_mount(self) -> None:
        self.title = t("review.title")
        self.push_screen(ReviewListScreen(self.ctx))
        if os.environ.get(EXIT_AFTER_FIRST_SCREEN):
            self.call_after_refresh(self.exit)

    def action_toggle_keys(self) -> None:
        toggle_help(self)


def open_review(
    app: App[object] | App[None],
    db: str | None,
    reviewer: str,
    assign_targets: Callable[[], Sequence[AssignTarget]] = tuple,
    rubrics: Callable[[], Sequence[Rubric]] = tuple,
) -> None:
    """Push the sessions list over another app (the trainee home screen's review key).

    The store is opened here, on demand, so the trainee app keeps no store of its own; it is
    closed when the reviewer leaves the list. A store that cannot be opened is a notice.
    """
    from mockcall.store import StoreError, open_store

    try:
        store = open_store(db)
    except StoreError as exc:
        app.notify(str(exc), severity="error", timeout=10)
        return
    context = ReviewContext(store, reviewer, assign_targets, rubrics)
    app.push_screen(ReviewListScreen(context), lambda _: store.close())
