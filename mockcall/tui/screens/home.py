"""The home screen: who is training, in which mode, on which persona; recent scores.

Enter on a persona starts it in the chosen mode; in nesting-shift mode it starts a shift of
that persona's account instead (the number of calls and auto-in are set here too).

Work a trainer assigned from the floor is listed above the recent scores, re-read every few
seconds and whenever the trainee's name changes; Enter on it starts it as assigned (the
persona in the assigned mode, or a shift of the calls still to do).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Checkbox, Input, Label, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option

from mockcall.tui.i18n import t
from mockcall.tui.messages import PersonaPicked, ShiftRequested, StartRequested
from mockcall.tui.plan import CallPlan
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.persona_picker import PersonaPicker

if TYPE_CHECKING:
    from mockcall.store.api import Assignment
    from mockcall.tui.app import MockcallApp

MODES = ("practice", "assessment", "shift")
#: seconds between looks for new assignments (a trainer's assignment shows within this)
ASSIGNED_POLL = 3.0


class HomeScreen(Screen[None]):
    app: MockcallApp
    #: the first frame is on the terminal (the store is read only after it)
    _drawn = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+f", "search", t("key.search")),
        Binding("f5", "start", t("key.start")),
        Binding("f6", "review", t("review.key.review")),
        Binding("ctrl+q", "app.quit", t("key.quit")),
    ]

    def compose(self) -> ComposeResult:
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
                yield Label(t("home.assigned"), id="assigned-label")
                yield OptionList(id="assigned")
                yield Label(t("home.recent"))
                yield Static("", id="recent", markup=False)
            with Vertical(id="home-right"):
                yield Input(placeholder=t("home.search"), id="search")
                yield PersonaPicker(id="picker")
        yield KeyLegend()

    def on_mount(self) -> None:
        self.query_one("#shift-options").display = False
        self.assignments: dict[str, Assignment] = {}
        self._name_timer: Timer | None = None
        self.query_one("#assigned").display = False
        self.query_one("#assigned-label").display = False
        # A first-time trainee starts where the home screen needs them first: their name.
        first = "#picker" if self.app.trainee.strip() or self.app.seat else "#trainee"
        self.query_one(first).focus()
        if self.app.library_loaded:
            self._list_personas()
        self.call_after_refresh(self._after_first_frame)

    def _list_personas(self) -> None:
        lib = self.app.library
        names = {a: b.account.name for a, b in lib.bundles.items()}
        self.query_one(PersonaPicker).show(lib.personas(), names)
        self.query_one(PersonaPicker).filter(self.query_one("#search", Input).value)

    def _after_first_frame(self) -> None:
        """Scores and assignments come from the store: read once the screen is drawn."""
        if not self.app.screen_drawn():
            return
        self._drawn = True
        if not self.query_one(PersonaPicker).personas:
            self._list_personas()  # the persona files, read now that the screen is drawn
        self._show_recent()
        self._show_assigned(self.app.assigned(self.app.trainee), announce=False)
        self.set_interval(ASSIGNED_POLL, self._poll_assigned)

    def on_screen_resume(self) -> None:
        """Back from a call (its score screen, or a shift): the new score is listed."""
        if self._drawn:
            self._show_recent()

    def _show_recent(self) -> None:
        name = self.query_one("#trainee", Input).value.strip() or self.app.trainee
        scores = self.app.recent(name)
        lines = [
            f"{s.when}  {s.persona}  {s.total:.0f}% {'✓' if s.passed else '✗'}" for s in scores
        ]
        self.query_one("#recent", Static).update("\n".join(lines) or t("home.recent.none"))

    def _named(self) -> bool:
        """Take the name typed as the trainee's (remembered for the next start); without one
        no call starts: the agent would have no name to introduce themselves with."""
        name = self.query_one("#trainee", Input).value.strip()
        if not name:
            self.notify(t("home.need_name"), severity="warning")
            self.query_one("#trainee").focus()
            return False
        if name != self.app.trainee:
            self.app.set_trainee(name)
        return True

    # ------------------------------------------------------------------ assignments

    def _poll_assigned(self) -> None:
        self._show_assigned(self.app.assigned(self.query_one("#trainee", Input).value))

    @on(Input.Changed, "#trainee")
    def _name_changed(self) -> None:
        """A new name shows that trainee's assignments once typing pauses."""
        if self._name_timer is not None:
            self._name_timer.stop()
        self._name_timer = self.set_timer(0.4, lambda: self._poll_assigned())

    def _show_assigned(self, found: list[Assignment], *, announce: bool = True) -> None:
        listed = {f"assignment-{a.id}": a for a in found}
        box = self.query_one("#assigned", OptionList)
        box.display = bool(listed)
        self.query_one("#assigned-label").display = bool(listed)
        if list(listed) == list(self.assignments) and listed == self.assignments:
            return  # unchanged: the trainee's place in the list stays
        for key in listed.keys() - self.assignments.keys():
            if announce:
                what = f"{t(f'mode.{listed[key].mode}')} — {self._title(listed[key])}"
                self.notify(t("home.assigned.new", what=what), markup=False)
        self.assignments = listed
        box.clear_options()
        box.add_options([Option(self._line(a), id=key) for key, a in listed.items()])

    @on(OptionList.OptionSelected, "#assigned")
    def _start_assigned(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        a = self.assignments.get(event.option_id or "")
        if a is None:
            return
        lib = self.app.library
        if not self._named():
            return
        if a.mode == "shift":
            if a.account is None or a.account not in lib.bundles:
                self.notify(t("home.assigned.gone"), severity="error")
                return
            auto_in = self.query_one("#shift-autoin", Checkbox).value
            self.post_message(ShiftRequested(a.account, a.calls - a.done_calls, auto_in))
            return
        persona = lib.persona(a.persona or "")
        bundle = lib.bundle_for(persona) if persona is not None else None
        if persona is None or bundle is None:
            self.notify(t("home.assigned.gone"), severity="error")
            return
        self.post_message(
            StartRequested(CallPlan(persona, bundle, self.app.new_seed(), a.mode, self.app.trainee))
        )

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
    def _start_found(self) -> None:
        """Enter in the search box starts the persona highlighted in the list (the first
        match), as Enter on the list does; with no match it says so."""
        self.action_start()

    @on(Input.Submitted, "#trainee")
    def _name_done(self) -> None:
        self.query_one(PersonaPicker).focus()

    def action_search(self) -> None:
        self.query_one("#search").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A browser seat (``mockcall serve``) has no F6: the stored sessions are the trainer's."""
        return not (action == "review" and self.app.seat)

    def action_review(self) -> None:
        """F6: the stored sessions, for a trainer at this seat (mockcall review's list)."""
        from mockcall.tui.floor_feed import assign_targets
        from mockcall.tui.review_app import open_review

        reviewer = self.query_one("#trainee", Input).value
        library = self.app.library
        targets = lambda: assign_targets(library)  # noqa: E731 (asked only if a trainer assigns)
        rubrics = lambda: [b.rubric for b in library.bundles.values() if b.rubric]  # noqa: E731
        open_review(self.app, getattr(self.app, "db", None), reviewer, targets, rubrics)

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
        if not self._named():
            return
        mode = self._mode_name()
        if mode == "shift":
            calls = self.query_one("#shift-calls", Input).value
            auto_in = self.query_one("#shift-autoin", Checkbox).value
            self.post_message(ShiftRequested(persona.account, max(1, int(calls or 1)), auto_in))
            return
        plan = CallPlan(persona, bundle, self.app.new_seed(), mode, self.app.trainee)
        self.post_message(StartRequested(plan))

    def _title(self, a: Assignment) -> str:
        """The persona's one-line title (what the picker shows), or the shift's account."""
        if a.mode == "shift":
            bundle = self.app.library.bundles.get(a.account or "")
            return bundle.account.name if bundle is not None else a.account or ""
        persona = self.app.library.persona(a.persona or "")
        return persona.title if persona is not None else a.persona or ""

    def _line(self, a: Assignment) -> str:
        """Mode and progress, who asked, what to take, and the note: the trainee's whole brief."""
        mode = t(f"mode.{a.mode}")
        head = t("home.assigned.item", what=mode, done=a.done_calls, calls=a.calls)
        if a.assigned_by:
            head += " · " + t("home.assigned.by", by=a.assigned_by)
        lines = [head, self._title(a)] + ([f"“{a.note}”"] if a.note else [])
        return "\n".join(lines)
