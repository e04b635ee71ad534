"""Outbound: the call list with each number's local time and its Do-Not-Call flag.

Dialling a DNC number is allowed on purpose, as on a real dialler, and the rubric scores it as
a fatal error; the flag is shown and the call screen asks for confirmation first, so the
mistake is a choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from mockcall.core.engine import local_time
from mockcall.tui.i18n import t
from mockcall.tui.messages import EntryDialled

if TYPE_CHECKING:
    from mockcall.core.model import CallListEntry, Persona


class CallList(DataTable[str | Text]):
    """One row per entry; arrows move, Enter dials the highlighted number."""

    #: shown in the key legend while the list has focus: how to move in it
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", t("key.move"), key_display="↑↓"),
        Binding("down", "cursor_down", t("key.move"), show=False),
    ]

    def __init__(self, persona: Persona, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.persona = persona
        self._minute = ""

    def on_mount(self) -> None:
        self.add_column(t("call.list.name"), key="name")
        self.add_column(t("call.list.phone"), key="phone")
        self.add_column(t("call.list.local"), key="local")
        self.add_column(t("call.list.dnc"), key="dnc")
        self.add_column(t("call.list.note"), key="note")
        self._add_rows()

    def _add_rows(self) -> None:
        for entry in self.persona.call_list:
            self.add_row(*self._cells(entry, 0.0), key=entry.id)

    def restart(self, persona: Persona) -> None:
        """Live preview reloaded the persona: its call list as the file now has it."""
        self.persona = persona
        self._minute = ""
        self.clear()
        self._add_rows()

    def _cells(self, entry: CallListEntry, elapsed: float) -> list[str | Text]:
        dnc = Text(t("call.list.yes"), "bold red") if entry.dnc else Text("")
        local = local_time(self.persona.starts_at, elapsed, entry.utc_offset).strftime("%a %H:%M")
        return [entry.name, entry.phone, local, dnc, entry.note]

    def tick(self, elapsed: float) -> None:
        """Keep local times current (only redrawn when the minute changes)."""
        minute = f"{int(elapsed // 60)}"
        if minute == self._minute:
            return
        self._minute = minute
        for entry in self.persona.call_list:
            self.update_cell(entry.id, "local", self._cells(entry, elapsed)[2])

    @property
    def entry_id(self) -> str | None:
        """The highlighted entry, if any."""
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return str(key.value) if key.value is not None else None

    @on(DataTable.RowSelected)
    def _dial(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(EntryDialled(str(event.row_key.value)))
