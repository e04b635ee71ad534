"""The trainee app: owns navigation between screens, the clock, and the store's hooks.

Screens post messages (``messages.py``) and the app decides what comes next, so a call screen
does not know whether it was started from home, a retry or a nesting shift. Everything with a
side effect outside the UI is injected: the clock (tests control time, nothing sleeps), the
recorder that persists events, and the list of recent scores.

Set the UI language (``i18n.set_language``) before importing this module: key legends are
translated when the screen classes are defined.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType

from mockcall.tui import messages as msg
from mockcall.tui.hooks import RecentScores, Recorder, no_recent, no_recorder
from mockcall.tui.i18n import t
from mockcall.tui.plan import CallPlan, finish, shift_plans

if TYPE_CHECKING:
    from mockcall.core.loader import Library

#: Benchmark hook: exit as soon as the first screen has been drawn (cold-start timing).
EXIT_AFTER_FIRST_SCREEN = "MOCKCALL_EXIT_AFTER_FIRST_SCREEN"

Start = CallPlan | Sequence[CallPlan] | None


class MockcallApp(App[None]):
    """``start``: None for the home screen, a plan to go straight to a call, or a shift's
    plans for a nesting shift."""

    CSS_PATH = "mockcall.tcss"
    TITLE = "mockcall"
    #: The footer is the trainee's manual; the palette's key would only crowd it at 80 columns.
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f1", "toggle_keys", t("key.keys"))]
    #: Below 110 columns the side panels stay slim so 80x24 remains usable.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual declares it as a plain attribute)
        (0, "-narrow"),
        (110, "-wide"),
    ]

    def __init__(
        self,
        library: Library,
        *,
        start: Start = None,
        trainee: str = "",
        clock: Callable[[], float] = time.monotonic,
        recorder: Recorder = no_recorder,
        recent: RecentScores = no_recent,
        seed: int | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.start = start
        self.trainee = trainee
        self.clock = clock
        self.recorder = recorder
        self.recent = recent
        self.available = True
        self._rng = random.Random(seed)

    def new_seed(self) -> int:
        return self._rng.randrange(1_000_000)

    def on_mount(self) -> None:
        self.title = t("app.title")
        # Screens are imported where first needed: `mockcall play` draws its call sooner when
        # the home, ACW, score and shift screens are not imported before it.
        start = self.start
        if start is None:
            from mockcall.tui.screens.home import HomeScreen

            self.push_screen(HomeScreen())
        elif isinstance(start, CallPlan):
            from mockcall.tui.screens.call import CallScreen

            self.push_screen(CallScreen(start))
        else:
            from mockcall.tui.screens.shift import ShiftScreen

            self.push_screen(ShiftScreen(list(start)))
        if os.environ.get(EXIT_AFTER_FIRST_SCREEN):
            self.call_after_refresh(self.exit)

    def action_toggle_keys(self) -> None:
        """F1: every key of the current screen in a side panel (the footer shows the main ones)."""
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    # ------------------------------------------------------------------ navigation

    @on(msg.StartRequested)
    def _start_call(self, event: msg.StartRequested) -> None:
        from mockcall.tui.screens.call import CallScreen
        from mockcall.tui.screens.score import ScoreScreen

        if isinstance(self.screen, ScoreScreen) and not self.screen.review:
            self.switch_screen(CallScreen(event.plan))
        else:
            self.push_screen(CallScreen(event.plan))

    @on(msg.CallFinished)
    def _to_acw(self, event: msg.CallFinished) -> None:
        from mockcall.tui.screens.acw import AcwScreen

        self.switch_screen(AcwScreen(event.plan, event.session))

    @on(msg.AcwSubmitted)
    def _to_score(self, event: msg.AcwSubmitted) -> None:
        from mockcall.tui.screens.score import ScoreScreen

        result = finish(event.plan, event.session)
        if event.plan.on_done is not None:
            self.pop_screen()
            event.plan.on_done(result)
        else:
            self.switch_screen(ScoreScreen(result))

    @on(msg.ShiftRequested)
    def _shift(self, event: msg.ShiftRequested) -> None:
        bundle = self.library.bundles.get(event.account)
        if bundle is None:
            return
        plans = shift_plans(
            bundle, event.calls, self.new_seed(), trainee=self.trainee, auto_in=event.auto_in
        )
        if plans:
            from mockcall.tui.screens.shift import ShiftScreen

            self.push_screen(ShiftScreen(plans))
        else:
            self.notify(t("shift.none"), severity="warning")

    @on(msg.ResultShown)
    def _review(self, event: msg.ResultShown) -> None:
        from mockcall.tui.screens.score import ScoreScreen

        self.push_screen(ScoreScreen(event.result, review=True))

    @on(msg.HomeRequested)
    def _home(self) -> None:
        from mockcall.tui.screens.home import HomeScreen

        while len(self.screen_stack) > 2:
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.switch_screen(HomeScreen())
