"""The floor's table: one row per seat, redrawn on every poll with the cursor kept on its seat."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import DataTable

from mockcall.tui.i18n import clock, t
from mockcall.tui.review_context import mode_label, verdict

if TYPE_CHECKING:
    from mockcall.tui.floor_feed import SeatRow

COLUMNS = ("trainee", "persona", "mode", "time", "mood", "state", "score")
#: persona ids are cut to no less than this, so a row fits 80 columns; wider, they show whole
PERSONA_WIDTH = 18
#: what the other columns of a row take (their widest usual text and the cell padding)
OTHER_COLUMNS = 64
#: mood at or above this (0 calm ... 100 furious) is shown as a warning
HOT_MOOD = 80


class FloorTable(DataTable[str | Text]):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.seats: dict[str, SeatRow] = {}

    def on_mount(self) -> None:
        for key in COLUMNS:
            self.add_column(t(f"floor.col.{key}"), key=key)

    def show(self, rows: Sequence[SeatRow]) -> None:
        """Replace the rows; the cursor stays on the same seat when it is still there."""
        current = self.current_id()
        self.clear()
        self.seats = {row.id: row for row in rows}
        width = max(PERSONA_WIDTH, self.size.width - OTHER_COLUMNS)
        for row in rows:
            self.add_row(*cells(row, width), key=row.id)
        ids = list(self.seats)
        if current in self.seats:
            self.move_cursor(row=ids.index(current), animate=False)

    def on_resize(self) -> None:
        """Wider or narrower: persona ids get the room there is now."""
        if self.seats:
            self.show(list(self.seats.values()))

    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        return str(self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value)

    def texts(self) -> list[list[str]]:
        """Every row as the trainer reads it (for tests)."""
        return [[str(c) for c in self.get_row_at(i)] for i in range(self.row_count)]


def cells(row: SeatRow, persona_width: int = PERSONA_WIDTH) -> tuple[str | Text, ...]:
    meta = row.meta
    seconds = "" if row.seconds is None else clock(row.seconds)
    score = verdict(*row.last_score) if row.last_score is not None else "-"
    return (
        meta.trainee or "—",
        _cut(meta.persona, persona_width),
        mode_label(meta.mode),
        seconds,
        _mood(row),
        state(row),
        score,
    )


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _mood(row: SeatRow) -> str | Text:
    if row.mood is None:
        return "—"
    text = str(row.mood) if row.scale is None else f"{row.mood}/{row.scale.hangup_at}"
    return Text(text, style="bold red") if row.mood >= HOT_MOOD else text


def state(row: SeatRow) -> str:
    """What the seat is doing, in the trainer's words."""
    call, status = row.call, row.meta.status
    if call is None or status == "interrupted":
        return t("floor.state.done" if status == "finished" else f"floor.state.{status}")
    if row.hold_seconds is not None:
        return t("floor.state.hold", time=clock(row.hold_seconds))
    if row.acw_seconds is not None:
        return t("floor.state.acw", time=clock(row.acw_seconds))
    return t(f"floor.state.{call.phase}")
