"""The sessions table: one row per stored call, keyed by session id.

Rows are added a page at a time (``append``) and never re-read from the store here: the list
screen decides what to fetch. Columns that the store can sort by are named in ``SORTABLE`` so
a click on their header (or ``s``) re-sorts through the store, not in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import DataTable

from mockcall.tui.i18n import t
from mockcall.tui.review_context import mode_label, when

if TYPE_CHECKING:
    from mockcall.store.api import SessionMeta

COLUMNS = ("date", "trainee", "account", "total", "result", "fatal", "rev", "persona", "mode")
#: store sort key -> column key
SORTABLE = {
    "started_at": "date",
    "trainee": "trainee",
    "account": "account",
    "persona": "persona",
    "total": "total",
}


class SessionTable(DataTable[str | Text]):
    """A row cursor table; ``metas`` keeps each row's summary for the screen's actions."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.metas: dict[str, SessionMeta] = {}

    def on_mount(self) -> None:
        for key in COLUMNS:
            self.add_column(t(f"review.col.{key}"), key=key)

    def reset(self) -> None:
        self.clear()
        self.metas.clear()

    def append(self, metas: Sequence[SessionMeta]) -> None:
        """Add a page; a session already shown (the store grew meanwhile) is skipped."""
        for m in metas:
            if m.id not in self.metas:
                self.metas[m.id] = m
                self.add_row(*_cells(m), key=m.id)

    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        return str(self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value)

    def current_trainee(self) -> str | None:
        session_id = self.current_id()
        return None if session_id is None else self.metas[session_id].trainee or None


def _cells(m: SessionMeta) -> list[str | Text]:
    persona = m.persona  # in full: ids of one account share long prefixes, a cut one misleads
    if m.total is None:
        total, result = Text("-", justify="right"), Text(t(f"review.status.{m.status}"))
    else:
        total = Text(f"{m.total:.1f}", justify="right")
        ok = bool(m.passed)
        result = Text(t("score.pass") if ok else t("score.fail"), style="green" if ok else "red")
    fatal = Text(str(m.fatal_count), style="bold red") if m.fatal_count else Text("")
    rev = Text("✎", style="yellow") if m.overridden else Text("")
    if m.open_disputes:  # a trainee waits for an answer: the mark a reviewer looks for
        rev.append("⚑", style="bold magenta")
    who = m.trainee or "-"
    mode = mode_label(m.mode)
    return [when(m.started_at), who, m.account, total, result, fatal, rev, persona, mode]
