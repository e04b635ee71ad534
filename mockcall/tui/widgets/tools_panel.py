"""The account's agent tools: pick one with Enter and see what it returned.

Using a tool is an event the rubric can score ("checked network status before explaining"), so
the panel only asks the screen to use it; the engine decides and logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from mockcall.tui.i18n import t
from mockcall.tui.messages import ToolPicked

if TYPE_CHECKING:
    from mockcall.core.model import Account


class ToolsPanel(Vertical):
    """The tool list over the last result."""

    def __init__(self, account: Account, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.account = account

    def compose(self) -> ComposeResult:
        yield OptionList(
            *(
                Option(
                    Text.assemble((tool.label or tool.id, "bold"), "\n", tool.description),
                    id=tool.id,
                )
                for tool in self.account.tools
            ),
            id="tool-list",
        )
        yield Static(t("tools.hint"), id="tool-result", markup=False)

    def show_result(self, tool_id: str, revealed: Mapping[str, object]) -> None:
        tool = self.account.tool(tool_id)
        label = tool.label if tool is not None and tool.label else tool_id
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
