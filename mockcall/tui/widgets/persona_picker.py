"""The persona picker: personas grouped by account, with direction, channel, locale and
difficulty on each row, filtered by a search string.

Trainers group personas by account because an account is what a trainee is hired onto; the
filter matches titles, ids, tags and summaries so "dnc" or "soup" finds the right drills.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from mockcall.tui.i18n import t
from mockcall.tui.messages import PersonaPicked

if TYPE_CHECKING:
    from mockcall.core.model import Persona


class PersonaPicker(OptionList):
    """Account headings (disabled rows) over their personas; Enter picks one."""

    def __init__(self, *, id: str) -> None:
        super().__init__(Option(Text(t("home.loading"), "italic"), disabled=True), id=id)
        self.personas: list[Persona] = []
        self.names: dict[str, str] = {}

    def show(self, personas: Sequence[Persona], names: dict[str, str]) -> None:
        """The library's personas (the home screen reads it after its first frame)."""
        self.personas = sorted(personas, key=lambda p: (p.account, p.difficulty, p.id))
        self.names = names

    def filter(self, query: str) -> None:
        words = query.casefold().split()
        shown = [p for p in self.personas if all(w in _haystack(p) for w in words)]
        options: list[Option] = []
        for account, group in groupby(shown, key=lambda p: p.account):
            options.append(
                Option(Text(self.names.get(account, account), "bold underline"), disabled=True)
            )
            options += [Option(_row(p), id=p.id) for p in group]
        self.set_options(options or [Option(t("home.none"), disabled=True)])
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        self.highlighted = first

    @property
    def persona_id(self) -> str | None:
        index = self.highlighted
        if index is None:
            return None
        return self.get_option_at_index(index).id

    @on(OptionList.OptionSelected)
    def _pick(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(PersonaPicked(event.option.id))


def _haystack(p: Persona) -> str:
    return " ".join(
        (p.id, p.title, p.account, p.summary, p.channel, p.direction, *p.tags)
    ).casefold()


def _row(p: Persona) -> Text:
    brief = t(
        "home.brief",
        direction=t(f"dir.{p.direction}"),
        channel=t(f"channel.{p.channel}"),
        locale=p.locale,
        difficulty="★" * p.difficulty,
    )
    return Text.assemble((p.title, "bold"), "\n  ", (f"{p.id} · {brief}", "dim"))
