"""The warm-transfer briefing form: who takes the call, the issue, and what was tried.

A warm transfer is only warm if the receiving team is briefed, so an empty field is refused
here with a notice and the form stays open; the engine checks the same rule again.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from mockcall.tui.i18n import t
from mockcall.tui.widgets.key_legend import KeyLegend

FIELDS = ("to", "issue", "tried")


class BriefingModal(ModalScreen[dict[str, str] | None]):
    """Returns the briefing, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", t("key.cancel")),
        Binding("ctrl+s", "send", t("key.send")),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Label(t("brief.title"), classes="dialog-title")
            for name in FIELDS:
                yield Label(t(f"brief.{name}"))
                yield Input(id=f"brief-{name}")
        yield KeyLegend()

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        """Enter moves down the form; Enter on the last field sends it."""
        if event.input.id == f"brief-{FIELDS[-1]}":
            self.action_send()
        else:
            self.focus_next()

    def action_send(self) -> None:
        brief = {name: self.query_one(f"#brief-{name}", Input).value.strip() for name in FIELDS}
        if not all(brief.values()):
            self.notify(t("brief.empty"), severity="warning")
            return
        self.dismiss(brief)

    def action_cancel(self) -> None:
        self.dismiss(None)
