"""The trainer's assign dialog on the floor: a persona (practice or assessment) or a nesting
shift, for one trainee, with a note. It only asks: the floor screen stores the answer, so the
dialog is the same whichever store the floor reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet, Select

from mockcall.store.api import AssignedMode, NewAssignment
from mockcall.tui.floor_feed import AssignTarget
from mockcall.tui.i18n import t
from mockcall.tui.widgets.key_legend import KeyLegend


class AssignScreen(ModalScreen[NewAssignment | None]):
    """Returns the request (not yet stored), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "assign", t("assign.key.assign"), priority=True),
        Binding("escape", "cancel", t("key.cancel")),
    ]

    def __init__(self, targets: Sequence[AssignTarget], *, trainee: str = "", by: str = "") -> None:
        super().__init__()
        self.targets = {f"{x.kind}:{x.id}": x for x in targets}
        self.trainee = trainee
        self.by = by

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog assign-dialog"):
            yield Label(t("assign.title"), classes="dialog-title")
            yield Label(t("assign.trainee"))
            yield Input(self.trainee, id="assign-trainee")
            yield Label(t("assign.what"))
            yield Select(
                [(x.label, key) for key, x in self.targets.items()],
                prompt=t("assign.pick"),
                id="assign-target",
            )
            with Horizontal(id="assign-row"):
                with RadioSet(id="assign-mode"):
                    yield RadioButton(t("mode.practice"), value=True, name="practice")
                    yield RadioButton(t("mode.assessment"), name="assessment")
                yield Input("1", type="integer", id="assign-calls", tooltip=t("assign.calls"))
            yield Label(t("assign.note"))
            yield Input(id="assign-note")
        yield KeyLegend()

    def on_mount(self) -> None:
        start = "#assign-target" if self.trainee else "#assign-trainee"
        self.query_one(start).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_assign()

    def action_assign(self) -> None:
        request = self._request()
        if isinstance(request, str):
            self.notify(request, severity="warning")
            return
        self.dismiss(request)

    def _request(self) -> NewAssignment | str:
        """The request, or what is missing (as a notice)."""
        trainee = self.query_one("#assign-trainee", Input).value.strip()
        if not trainee:
            return t("assign.need_trainee")
        choice = self.query_one("#assign-target", Select).value
        target = self.targets.get(choice) if isinstance(choice, str) else None
        if target is None:
            return t("assign.need_target")
        calls_text = self.query_one("#assign-calls", Input).value
        calls = int(calls_text) if calls_text.lstrip("-").isdigit() else 0
        note = self.query_one("#assign-note", Input).value
        if target.kind == "shift":
            return NewAssignment(
                trainee, "shift", account=target.id, calls=calls, note=note, assigned_by=self.by
            )
        return NewAssignment(
            trainee, self._mode(), persona=target.id, calls=calls, note=note, assigned_by=self.by
        )

    def _mode(self) -> AssignedMode:
        button = self.query_one("#assign-mode", RadioSet).pressed_button
        return "assessment" if button is not None and button.name == "assessment" else "practice"

    def action_cancel(self) -> None:
        self.dismiss(None)
