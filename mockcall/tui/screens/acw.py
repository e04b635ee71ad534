"""After-call work: notes, a disposition, follow-ups, against the account's countdown.

Going over time is never blocked: the countdown turns negative and red, and the engine records
how long ACW took; the rubric decides what that costs. The transcript stays beside the form
because good notes quote it (ticket numbers, promised times).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, RadioButton, RadioSet, SelectionList, Static, TextArea

from mockcall.tui.i18n import clock, localized, refusal, t
from mockcall.tui.messages import AcwSubmitted
from mockcall.tui.widgets.conversation import Conversation, tool_labels
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from mockcall.core.engine import CallSession
    from mockcall.tui.app import MockcallApp
    from mockcall.tui.plan import CallPlan


class AcwScreen(Screen[None]):
    """Ctrl+S submits; Tab moves between notes, disposition and follow-ups."""

    app: MockcallApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "submit", t("key.submit")),
        Binding("f2", "avail", t("key.avail")),
    ]

    def __init__(self, plan: CallPlan, session: CallSession) -> None:
        super().__init__()
        self.plan = plan
        self.session = session
        self._sent = False

    def compose(self) -> ComposeResult:
        account = self.plan.bundle.account
        yield StatusBar(id="status")
        with Horizontal(id="acw-body"):
            yield Conversation(self.plan.persona, tools=tool_labels(account), id="conversation")
            with VerticalScroll(id="acw-form"):
                yield Static("", id="countdown")
                yield Label(t("acw.notes"))
                yield TextArea(id="notes", soft_wrap=True, tab_behavior="focus")
                yield Label(t("acw.disposition"))
                with RadioSet(id="disposition"):
                    for d in account.dispositions:
                        yield RadioButton(localized(d.label or d.id, d.labels), name=d.id)
                yield Static("", id="disposition-state", classes="choice-state", markup=False)
                if account.followups:
                    yield Label(t("acw.followups"))
                    yield SelectionList[str](
                        *((localized(f.label or f.id, f.labels), f.id) for f in account.followups),
                        id="followups",
                    )
                    yield Static("", id="followups-state", classes="choice-state", markup=False)
        yield KeyLegend()

    def on_mount(self) -> None:
        self.query_one(Conversation).sync(self.session.events)
        self.set_interval(1.0, self.tick)
        self.tick()
        self._show_choices()
        # Keys the trainee was still pressing as the call ended (a reply's digit, x) reach
        # this screen before it is drawn: nothing is focused until it is on the terminal, so
        # they never land in the notes; what is typed once the form shows goes in.
        self.set_focus(None)
        self.call_after_refresh(self._focus_notes)

    def _focus_notes(self) -> None:
        self.query_one("#notes").focus()

    @on(RadioSet.Changed, "#disposition")
    @on(SelectionList.SelectedChanged, "#followups")
    def _show_choices(self) -> None:
        """What is chosen, in words: the radio dot and the ticks differ only by colour."""
        button = self.query_one("#disposition", RadioSet).pressed_button
        chosen = t("acw.chosen", label=str(button.label)) if button else t("acw.chosen.none")
        self.query_one("#disposition-state", Static).update(chosen)
        for follow in self.query("#followups").results(SelectionList):
            account = self.plan.bundle.account
            labels = {f.id: localized(f.label or f.id, f.labels) for f in account.followups}
            picked = [labels.get(str(code), str(code)) for code in follow.selected]
            text = t("acw.followups.chosen", labels=", ".join(picked)) if picked else None
            self.query_one("#followups-state", Static).update(text or t("acw.followups.none"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.plan.on_done is not None if action == "avail" else True

    def tick(self) -> None:
        """Redraw the countdown (negative and red once over the limit)."""
        bar = self.query_one(StatusBar)
        bar.show(self.plan, self.session, aux=not self.app.available)
        left = self.session.acw_remaining
        if left is None:
            return
        text = t("acw.left", time=clock(left)) if left >= 0 else t("acw.over", time=clock(-left))
        countdown = self.query_one("#countdown", Static)
        countdown.update(text)
        countdown.set_class(left < 0, "-over")

    def action_avail(self) -> None:
        """In a shift: go AUX (or back to avail) before the next call can arrive."""
        self.app.available = not self.app.available
        self.tick()

    def action_submit(self) -> None:
        if self._sent:
            return
        button = self.query_one(RadioSet).pressed_button
        if button is None:
            self.notify(t("acw.pick"), severity="warning")
            return
        notes = self.query_one(TextArea).text
        follow = self.query_one(SelectionList).selected if self.query(SelectionList) else []
        result = self.session.submit_acw(notes, button.name or "", [str(f) for f in follow])
        if result is not None:
            self.notify(refusal(result.code), severity="warning")
            return
        self._sent = True
        self.post_message(AcwSubmitted(self.plan, self.session))
