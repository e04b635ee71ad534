"""Sessions list: every stored call as one row, filtered and sorted by the store, paged.

A training floor stores thousands of calls, so the list never loads them all: the store sorts
and filters (indexed summary columns), and rows arrive a page at a time as the cursor nears the
end of what is loaded. Enter opens a call for review; ``p`` shows the trainee's progress;
``k`` compares the call's reviewers (calibration); ``d`` keeps only calls with a dispute
waiting (marked ⚑); ``l`` shows the floor (every seat live).
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from mockcall.store.api import SORT_KEYS, SessionFilter, SortKey
from mockcall.store.errors import StoreError
from mockcall.tui.i18n import t
from mockcall.tui.review_context import ReviewContext
from mockcall.tui.screens.progress import ProgressScreen
from mockcall.tui.screens.review_filters import ReviewFiltersScreen, describe
from mockcall.tui.screens.review_session import ReviewSessionScreen
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.review_table import SORTABLE, SessionTable

#: rows fetched per query; the next page loads when the cursor is this close to the end
PAGE = 100
PREFETCH = 10


class ReviewListScreen(Screen[None]):
    CSS_PATH = "../review.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", t("key.open"), priority=True),
        Binding("f", "filters", t("review.key.filter")),
        Binding("x", "fatal_only", t("review.key.fatal")),
        Binding("s", "sort", t("review.key.sort")),
        Binding("r", "reverse", t("review.key.reverse"), show=False),
        Binding("p", "progress", t("review.key.progress")),
        Binding("k", "calibrate", t("review.key.calibrate"), show=False),
        Binding("d", "disputed_only", t("review.key.disputed"), show=False),
        Binding("c", "clear", t("review.key.clear")),
        Binding("l", "floor", t("floor.key.floor")),
        Binding("escape,q", "close", t("key.quit"), key_display="q"),
    ]

    def __init__(self, ctx: ReviewContext, where: SessionFilter | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.where = where or SessionFilter(limit=PAGE)
        self.matching = 0

    def compose(self) -> ComposeResult:
        yield Static("", id="rv-list-title", markup=False)
        yield SessionTable(id="rv-table")
        yield KeyLegend()

    def on_mount(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        """Back from a session: an override may have changed its row."""
        if self.is_mounted and self.matching:
            self.reload(keep_cursor=True)

    def action_floor(self) -> None:
        """``l``: every seat live (the floor view), over the same store."""
        from mockcall.tui.floor_feed import FloorFeed
        from mockcall.tui.screens.floor import FloorScreen

        feed = FloorFeed(self.ctx.store, targets=self.ctx.assign_targets, trainer=self.ctx.reviewer)
        self.app.push_screen(FloorScreen(feed))

    # ------------------------------------------------------------------ data

    def reload(self, *, keep_cursor: bool = False) -> None:
        table = self.query_one(SessionTable)
        row = table.cursor_row
        try:
            self.matching = self.ctx.store.count(self.where)
            table.reset()
            self._load_page(min(max(row + PREFETCH, PAGE), self.matching) if keep_cursor else PAGE)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
        if keep_cursor and table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        self._describe()

    def _load_page(self, size: int = PAGE) -> None:
        table = self.query_one(SessionTable)
        page = replace(self.where, limit=size, offset=table.row_count)
        table.append(self.ctx.store.sessions(page))

    def _describe(self) -> None:
        table = self.query_one(SessionTable)
        arrow = "↓" if self.where.descending else "↑"
        title = t(
            "review.list.title",
            filters=describe(self.where) or t("review.filter.none"),
            shown=table.row_count,
            matching=self.matching,
            sort=t(f"review.col.{SORTABLE.get(self.where.sort, 'date')}"),
            arrow=arrow,
        )
        if getattr(self.ctx.store, "read_only", False):
            banner = t("review.read_only", location=self.ctx.store.location)
            title = f"{banner}\n{title}"
        self.query_one("#rv-list-title", Static).update(title)
        if not self.matching:
            key = "review.list.empty" if self.ctx.store.count() == 0 else "review.list.nomatch"
            self.query_one("#rv-list-title", Static).update(f"{title}\n{t(key)}")

    @on(DataTable.RowHighlighted)
    def _maybe_more(self, event: DataTable.RowHighlighted) -> None:
        table = self.query_one(SessionTable)
        if event.cursor_row >= table.row_count - PREFETCH and table.row_count < self.matching:
            try:
                self._load_page()
            except StoreError as exc:
                self.notify(str(exc), severity="error", timeout=10)
            self._describe()

    @on(DataTable.HeaderSelected)
    def _sort_by_header(self, event: DataTable.HeaderSelected) -> None:
        key = next((k for k, col in SORTABLE.items() if col == event.column_key.value), None)
        if key is not None:
            same = key == self.where.sort
            self._set(sort=key, descending=not self.where.descending if same else True)

    @on(DataTable.RowSelected)
    def _open_row(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    # ------------------------------------------------------------------ actions

    def _set(self, **changes: object) -> None:
        self.where = replace(self.where, **changes)  # type: ignore[arg-type]
        self.reload()

    def action_open(self) -> None:
        session_id = self.query_one(SessionTable).current_id()
        if session_id is not None:
            self.app.push_screen(ReviewSessionScreen(self.ctx, session_id))

    def action_filters(self) -> None:
        def apply(where: SessionFilter | None) -> None:
            if where is not None:
                self.where = replace(where, sort=self.where.sort, descending=self.where.descending)
                self.reload()

        self.app.push_screen(ReviewFiltersScreen(self.where), apply)

    def action_fatal_only(self) -> None:
        self._set(fatal=None if self.where.fatal else True)

    def action_disputed_only(self) -> None:
        self._set(disputed=None if self.where.disputed else True)

    def action_calibrate(self) -> None:
        """``k``: the reviewers of the call under the cursor, side by side."""
        from mockcall.tui.screens.calibration import CalibrationScreen

        session_id = self.query_one(SessionTable).current_id()
        if session_id is not None:
            self.app.push_screen(CalibrationScreen(self.ctx, [session_id]))

    def action_sort(self) -> None:
        keys: tuple[SortKey, ...] = tuple(k for k in SORT_KEYS if k in SORTABLE)
        at = keys.index(self.where.sort) if self.where.sort in keys else -1
        nxt = keys[(at + 1) % len(keys)]
        self._set(sort=nxt, descending=nxt in ("started_at", "total"))

    def action_reverse(self) -> None:
        self._set(descending=not self.where.descending)

    def action_clear(self) -> None:
        self._set(
            **{f: None for f in ("trainee", "account", "persona", "mode")},
            date_from=None,
            date_to=None,
            passed=None,
            fatal=None,
            status=None,
            reviewed=None,
            disputed=None,
        )

    def action_progress(self) -> None:
        trainee = self.where.trainee or self.query_one(SessionTable).current_trainee()
        if trainee is None:
            self.notify(t("review.progress.pick"), severity="warning")
            return
        self.app.push_screen(ProgressScreen(self.ctx, trainee))

    def action_close(self) -> None:
        """Quit ``mockcall review``; when opened from the home screen, go back to it."""
        if len(self.app.screen_stack) > 2:
            self.dismiss(None)
        else:
            self.app.exit()
