"""The numbered replies the trainee can give now (keys 1-9, or arrows and Enter).

The list is rebuilt only when the offered options change, so a one-second sync never moves the
trainee's highlight while they are reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from mockcall.tui.i18n import t
from mockcall.tui.messages import OptionPicked

if TYPE_CHECKING:
    from mockcall.core.engine import OfferedOption


class ReplyOptions(OptionList):
    """``1. text`` per offered option; a placeholder line when there is nothing to say."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = t("call.options.title")
        self._key: tuple[str, ...] | None = None

    def show(self, offered: list[OfferedOption], placeholder: str = "") -> None:
        key = (*(f"{o.id}\n{o.text}" for o in offered), placeholder)
        if key == self._key:
            return
        self._key = key
        options: list[Option] = [
            Option(Text.assemble((f"{o.number}. ", "bold"), o.text), id=f"opt-{o.number}")
            for o in offered
        ]
        if not options and placeholder:
            options = [Option(Text(placeholder, "italic"), disabled=True)]
        self.set_options(options)
        if offered:
            self.highlighted = 0

    def prompts(self) -> list[str]:
        """The option texts as shown (tests and the benchmark read them)."""
        return [str(self.get_option_at_index(i).prompt) for i in range(self.option_count)]

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("opt-"):
            self.post_message(OptionPicked(int(option_id.removeprefix("opt-"))))
