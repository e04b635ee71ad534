"""The home screen: who is training, in which mode, on which persona; recent scores.

Enter on a persona starts it in the chosen mode; in nesting-shift mode it starts a shift of
that persona's account instead (the number of calls and auto-in are set here too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Checkbox, Input, Label, RadioButton, RadioSet, Static

from mockcall.tui.i18n import t
from mockcall.tui.messages import PersonaPicked, ShiftRequested, StartRequested
from mockcall.tui.plan import CallPlan
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.persona_picker import PersonaPicker

if TYPE_CHECKING:
    from mockcall.tui.app import MockcallApp

MODES = ("practice", "assessment", "shift")


class HomeScreen(Screen[None]):
    app: MockcallApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+f", "search", t("key.search")),
        Binding("f5", "start", t("key.start")),
        Binding("f6", "review", t("review.key.review")),
        Binding("ctrl+q", "app.quit", t("key.quit")),
    ]

    def compose(self) -> ComposeResult:
        lib = self.app.library
        names = {a: b.account.name for a, b in lib.bundles.items()}
        with Horizontal(id="home-body"):
            with Vertical(id="home-left"):
                yield Label(t("home.trainee"))
                yield Input(
                    self.app.trainee,
                    placeholder=t("home.trainee.placeholder"),
                    id="trainee",
                    disabled=self.app.seat,  # a browser seat keeps the name it logged in with
                )
                yield Label(t("home.mode"))
                with RadioSet(id="mode"):
                    for i, mode in enumerate(MODES):
                        yield RadioButton(t(f"mode.{mode}"), value=i == 0, name=mode)
                with Horizontal(id="shift-options"):
                    yield Input(
                        "5", type="integer", id="shift-calls", tooltip=t("home.shift.calls")
                    )
                    yield Checkbox(t("home.shift.autoin"), True, id="shift-autoin")
                yield Label(t("home.recent"))
                yield Static("", id="recent", markup=False)
            with Vertical(id="home-right"):
                yield Input(placeholder=t("home.search"), id="search")
                yield PersonaPicker(lib.personas(), names, id="picker")
        yield KeyLegend()

    def on_mount(self) -> None:
        self.query_one("#shift-options").display = False
        scores = self.app.recent(self.app.trainee)
        lines = [
            f"{s.when}  {s.persona}  {s.total:.0f}% {'✓' if s.passed else '✗'}" for s in scores
        ]
        self.query_one("#recent", Static).update("\n".join(lines) or t("home.recent.none"))
        self.query_one(PersonaPicker).focus()

    @on(RadioSet.Changed, "#mode")
    def _mode(self) -> None:
        self.query_one("#shift-options").display = self._mode_name() == "shift"

    def _mode_name(self) -> str:
        button = self.query_one("#mode", RadioSet).pressed_button
        return button.name if button is not None and button.name else "practice"

    @on(Input.Changed, "#search")
    def _search(self, event: Input.Changed) -> None:
        self.query_one(PersonaPicker).filter(event.value)

    @on(Input.Submitted, "#search")
    def _to_list(self) -> None:
        self.query_one(PersonaPicker).focus()

    def action_search(self) -> None:
        self.query_one("#search").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A browser seat (``mockcall serve``) has no F6: the stored sessions are the trainer's."""
        return not (action == "review" and self.app.seat)

    def action_review(self) -> None:
        """F6: the stored sessions, for a trainer at this seat (mockcall review's list)."""
        from mockcall.tui.review_app import open_review

        reviewer = self.query_one("#trainee", Input).value
        open_review(self.app, getattr(self.app, "db", None), reviewer)

    def action_start(self) -> None:
        persona_id = self.query_one(PersonaPicker).persona_id
        if persona_id is None:
            self.notify(t("home.pick"), severity="warning")
            return
        self.post_message(PersonaPicked(persona_id))

    @on(PersonaPicked)
    def _picked(self, event: PersonaPicked) -> None:
        event.stop()
        lib = self.app.library
        persona = lib.persona(event.persona_id)
        bundle = lib.bundle_for(persona) if persona is not None else None
        if persona is None or bundle is None:
            self.notify(event.persona_id, severity="error", markup=False)
            return
        self.app.trainee = self.query_one("#trainee", Input).value.strip()
        mode = self._mode_name()
        if mode == "shift":
            calls = self.query_one("#shift-calls", Input).value
            auto_in = self.query_one("#shift-autoin", Checkbox).value
            self.post_message(ShiftRequested(persona.account, max(1, int(calls or 1)), auto_in))
            return
        plan = CallPlan(persona, bundle, self.app.new_seed(), mode, self.app.trainee)
        self.post_message(StartRequested(plan))
