"""The account's agent tools: one numbered line each, used with its digit or with Enter.

Using a tool is an event the rubric can score ("checked network status before explaining"), so
the panel only asks the screen to use it; the engine decides and logs. Each tool is one line
("2. Card status") so the whole list fits a slim side column at 80x24 without wrapping; the
highlighted tool's description shows under the list, and its result under that.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from mockcall.tui.i18n import localized, t
from mockcall.tui.messages import ToolPicked

if TYPE_CHECKING:
    from mockcall.core.model import Account, Tool


def tool_name(tool: Tool) -> str:
    return localized(tool.label or tool.id, tool.labels)


class ToolList(OptionList):
    """Digits 1-9 use that tool at once (they would otherwise pick a reply)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(str(n), f"use({n})", show=False) for n in range(1, 10)
    ]

    def action_use(self, number: int) -> None:
        if number <= self.option_count:
            self.highlighted = number - 1
            self.action_select()


class ToolsPanel(Vertical):
    """The numbered tool list, the highlighted tool's description, the last result."""

    def __init__(self, account: Account, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.account = account

    def compose(self) -> ComposeResult:
        yield ToolList(
            *(
                Option(Text.assemble((f"{n}. ", "bold"), tool_name(tool)), id=tool.id)
                for n, tool in enumerate(self.account.tools, start=1)
            ),
            id="tool-list",
        )
        yield Static("", id="tool-about", markup=False)
        yield Static(t("tools.keys"), id="tool-result", markup=False)

    @on(OptionList.OptionHighlighted, "#tool-list")
    def _about(self, event: OptionList.OptionHighlighted) -> None:
        tool = self.account.tool(event.option.id or "")
        about = localized(tool.description, tool.descriptions) if tool is not None else ""
        self.query_one("#tool-about", Static).update(about)

    def show_result(self, tool_id: str, revealed: Mapping[str, object]) -> None:
        tool = self.account.tool(tool_id)
        label = tool_name(tool) if tool is not None else tool_id
        found = "\n".join(f"• {k}: {v}" for k, v in revealed.items()) or t("tools.nothing")
        self.query_one("#tool-result", Static).update(t("tools.result", tool=label, result=found))

    @property
    def result_text(self) -> str:
        return str(self.query_one("#tool-result", Static).content)

    @on(OptionList.OptionSelected, "#tool-list")
    def _use(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(ToolPicked(event.option.id))
