"""The call screen's side column: customer card, tools and knowledge base, as tabs.

The tabs are the costliest part of the call screen to build and style, and on a narrow
terminal the column stays hidden until the trainee opens it. So the screen composes the column
empty and calls :meth:`SidePanels.fill` once its first frame is on the terminal: the call shows
sooner, and the panels follow on the next frame. Anything that needs a panel awaits ``fill``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Vertical

from mockcall.tui.i18n import t

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.widget import AwaitMount

    from mockcall.core.model import AccountBundle


class SidePanels(Vertical):
    """Empty until :meth:`fill`; then a ``TabbedContent`` (``#side-tabs``) with the panels."""

    def __init__(self, bundle: AccountBundle, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bundle = bundle
        self._filled: AwaitMount | None = None

    @property
    def filled(self) -> bool:
        """The panels have been asked for (they are mounted, or being mounted)."""
        return self._filled is not None

    def fill(self) -> AwaitMount:
        """Mount the panels (once); await the result to use them."""
        if self._filled is None:
            from textual.compose import compose

            self._filled = self.mount_all(compose(self, self._panels()))
        return self._filled

    async def rebuild(self, bundle: AccountBundle) -> None:
        """Live preview reloaded the account: the panels are built again from it (now if
        they were shown, else when first asked for)."""
        self.bundle = bundle
        if self._filled is None:
            return
        await self._filled
        await self.remove_children()
        self._filled = None
        await self.fill()

    def _panels(self) -> ComposeResult:
        from textual.widgets import TabbedContent, TabPane

        from mockcall.tui.widgets.customer_card import CustomerCard
        from mockcall.tui.widgets.kb_panel import KbPanel
        from mockcall.tui.widgets.tools_panel import ToolsPanel

        with TabbedContent(id="side-tabs"):
            with TabPane(t("tab.card"), id="card"):
                yield CustomerCard(id="customer-card")
            with TabPane(t("tab.tools"), id="tools"):
                yield ToolsPanel(self.bundle.account, id="tools-panel")
            with TabPane(t("tab.kb"), id="kb"):
                yield KbPanel(self.bundle, id="kb-panel")
