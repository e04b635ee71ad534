"""The trainee app: owns navigation between screens, the clock, and the store's hooks.

Screens post messages (``messages.py``) and the app decides what comes next, so a call screen
does not know whether it was started from home, a retry or a nesting shift. Everything with a
side effect outside the UI is injected: the clock (tests control time, nothing sleeps), the
recorder that persists events, and the list of recent scores — or a ``StoreLink``
(``recording.py``) that provides both from the session store, opened after the first screen is
drawn, and offers to resume calls a killed mockcall left unfinished.

Set the UI language (``i18n.set_language``) before importing this module: key legends are
translated when the screen classes are defined.
"""

from __future__ import annotations

import dataclasses
import os
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType

from mockcall.tui import messages as msg
from mockcall.tui.hooks import (
    AssignedWork,
    RecentScores,
    Recorder,
    no_assignments,
    no_recent,
    no_recorder,
)
from mockcall.tui.i18n import t
from mockcall.tui.plan import CallPlan, finish, shift_plans
from mockcall.tui.startup import EXIT_AFTER_FIRST_SCREEN, resume_collector
from mockcall.tui.widgets.key_legend import toggle_help

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from mockcall.core.loader import Library
    from mockcall.core.model import Persona
    from mockcall.store.api import Unfinished
    from mockcall.tui.hooks import EventSink
    from mockcall.tui.recording import StoreLink

#: Benchmark hook: exit as soon as the first screen has been drawn (cold-start timing).

Start = CallPlan | Sequence[CallPlan] | None


class MockcallApp(App[None]):
    """``start``: None for the home screen, a plan to go straight to a call, or a shift's
    plans for a nesting shift. ``seat``: a browser seat (``mockcall serve``). ``store``:
    record calls and read scores through this link (replaces ``recorder``, ``recent`` and
    ``assigned``).
    ``load_all``: when ``library`` holds only the account of the call asked for (``mockcall
    play``), how to load everything for the home screen or a resumed call of another account;
    with ``library`` None (the home screen), how to load it when it is first needed — after
    the first frame, so the home screen shows before the persona files are read."""

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
        library: Library | None,
        *,
        start: Start = None,
        trainee: str = "",
        clock: Callable[[], float] = time.monotonic,
        recorder: Recorder = no_recorder,
        recent: RecentScores = no_recent,
        assigned: AssignedWork = no_assignments,
        seed: int | None = None,
        store: StoreLink | None = None,
        load_all: Callable[[], Library] | None = None,
        seat: bool = False,
    ) -> None:
        super().__init__()
        self._library = library
        self.start = start
        self.trainee = trainee
        self.clock = clock
        self.store = store
        self.recorder: Recorder = store if store is not None else recorder
        self.recent: RecentScores = store.recent if store is not None else recent
        self.assigned: AssignedWork = store.assigned if store is not None else assigned
        #: the ``--db`` value, for screens that open the store themselves (review, F6)
        self.db = store.flag if store is not None else None
        self.available = True
        #: id(session) -> its event sink, so a scored call's card reaches its recording
        self.recordings: dict[int, EventSink] = {}
        self._load_all = load_all
        #: a browser seat of ``mockcall serve``: the trainee's name is fixed, no review (F6)
        self.seat = seat
        self._resumes: list[Unfinished] = []
        #: True from start-up until the offer to resume a crashed call is answered (or there
        #: is none): a call screen waits before it rings, so two calls never compete for keys
        self.resume_pending = store is not None
        self._rng = random.Random(seed)

    def new_seed(self) -> int:
        return self._rng.randrange(1_000_000)

    def breakpoint_class(self) -> str:
        """The width class (``-narrow``/``-wide``) a screen gets for the terminal's size now.

        A screen given it before mounting is styled once; Textual would otherwise add it on
        the screen's first resize event and restyle the whole tree.
        """
        width = self.size.width
        for minimum, name in sorted(self.HORIZONTAL_BREAKPOINTS or [], reverse=True):
            if width >= minimum:
                return name
        return ""

    def on_mount(self) -> None:
        self.title = t("app.title")
        # Screens are imported where first needed: `mockcall play` draws its call sooner when
        # the home, ACW, score and shift screens are not imported before it.
        start = self.start
        if os.environ.get(EXIT_AFTER_FIRST_SCREEN):
            self.resume_pending = False  # timing the start-up: the store is never opened
        if start is not None and not self.trainee.strip() and not self.seat:
            self._ask_name(start)  # the call waits for a name; so does the store
            return
        self._first_screen(start)

    def _ask_name(self, start: CallPlan | Sequence[CallPlan]) -> None:
        """No ``--trainee`` and no remembered name: ask once, remember, then start."""
        from mockcall.tui.profile import remembered_name
        from mockcall.tui.screens.name import NameModal

        def named(name: str | None) -> None:
            self.set_trainee(name or "")
            if isinstance(start, CallPlan):
                self._first_screen(replace(start, trainee=self.trainee))
            else:
                self._first_screen([replace(p, trainee=self.trainee) for p in start])

        known = remembered_name()  # `mockcall shift` passes no remembered name itself
        if known:
            named(known)
            return
        self.push_screen(NameModal(), named)
        if os.environ.get(EXIT_AFTER_FIRST_SCREEN):
            self.call_after_refresh(self.exit)

    def set_trainee(self, name: str) -> None:
        """The trainee's name from now on, remembered for the next start (not on a seat: a
        browser seat's name comes from its login)."""
        self.trainee = name.strip()
        if self.trainee and not self.seat:
            from mockcall.tui.profile import remember_name

            remember_name(self.trainee)

    def _first_screen(self, start: Start) -> None:
        """Push the screen the command asked for; then the store, after it is drawn."""
        if start is None:
            from mockcall.tui.screens.home import HomeScreen

            self.push_screen(HomeScreen())
        elif isinstance(start, CallPlan):
            from mockcall.tui.screens.call import CallScreen

            self.push_screen(CallScreen(start))
        else:
            from mockcall.tui.screens.shift import ShiftScreen

            self.push_screen(ShiftScreen(list(start)))
        self.call_after_refresh(resume_collector)  # paused by the command for the start-up
        if os.environ.get(EXIT_AFTER_FIRST_SCREEN):
            if not isinstance(start, CallPlan):  # a call screen says when it is drawn
                self.call_after_refresh(self.exit)
            return  # what follows the first screen (the store) is not part of the start-up
        if self.store is not None:
            self.store.on_problem = self._store_problem
            self.call_after_refresh(self._after_first_screen)

    def screen_drawn(self) -> bool:
        """A screen's first frame is on the terminal; it asks before the work it left for
        later (the call screen's side panels). False when the app exits instead: with
        MOCKCALL_EXIT_AFTER_FIRST_SCREEN (cold-start timing), what follows the first screen
        is not part of the start-up."""
        if os.environ.get(EXIT_AFTER_FIRST_SCREEN):
            self.exit()
            return False
        return True

    # ------------------------------------------------------------------ the store

    def _store_problem(self, reason: str) -> None:
        self.notify(t("store.not_saved", reason=reason), severity="warning", timeout=10)

    def _after_first_screen(self) -> None:
        """Open the store (queued events are written now), then offer crashed calls."""
        if self.store is None or self.store.open() is None:
            self._release_calls()
            return
        own = self.trainee.strip().casefold()
        self._resumes = [
            u for u in self.store.resumable() if u.meta.trainee.strip().casefold() == own
        ]
        self._offer_resume()

    def _offer_resume(self) -> None:
        """Offer the trainee's own interrupted calls one by one; then let a held call ring."""
        if not self._resumes:
            self._release_calls()
            return
        from mockcall.tui.screens.resume import ResumeModal

        unfinished = self._resumes.pop(0)

        def done(choice: str | None) -> None:
            if choice == "resume" and self._resume(unfinished):
                self._resumes.clear()  # the others stay interrupted: offered again next time
                self.resume_pending = False
                return
            if choice == "abandon":
                self._abandon(unfinished)
            self._offer_resume()

        self.push_screen(ResumeModal(unfinished), done)

    def _release_calls(self) -> None:
        """No (more) crashed call to ask about: a call screen that was waiting rings now."""
        self.resume_pending = False
        from mockcall.tui.screens.call import CallScreen

        for screen in self.screen_stack:
            if isinstance(screen, CallScreen):
                screen.begin_call()

    def _abandon(self, unfinished: Unfinished) -> None:
        from mockcall.store.errors import StoreError

        store = self.store.store if self.store is not None else None
        if store is None:
            return
        try:
            store.abandon(unfinished.meta.id)
        except (StoreError, ValueError) as exc:
            self._store_problem(str(exc))
            return
        self.notify(t("resume.abandoned", session=unfinished.meta.id))

    def _resume(self, unfinished: Unfinished) -> bool:
        """Rebuild the call from its stored log and continue it on a call screen."""
        from mockcall.store.errors import StoreError
        from mockcall.store.recorder import resume_or_abandon
        from mockcall.tui.screens.call import CallScreen

        meta = unfinished.meta
        store = self.store.store if self.store is not None else None
        persona = self.find_persona(meta.persona)
        bundle = self.library.bundle_for(persona) if persona is not None else None
        if store is None or self.store is None or persona is None or bundle is None:
            self.notify(
                t("resume.missing", session=meta.id, persona=meta.persona), severity="warning"
            )
            return False

        def cannot(_: str) -> None:
            self.notify(
                t("resume.failed", session=meta.id, persona=meta.persona),
                severity="warning",
                markup=False,
                timeout=15,
            )

        try:
            resumed = resume_or_abandon(
                store,
                meta.id,
                persona,
                bundle.account,
                rubric=bundle.rubric,
                clock=self.clock,
                on_problem=cannot,
            )
        except StoreError as exc:
            self._store_problem(str(exc))
            return False
        if resumed is None:
            return False
        session, sink = resumed.session, self.store.resumed(resumed.recorder)
        plan = CallPlan(persona, bundle, meta.seed, meta.mode, meta.trainee, seed_fixed=True)
        screen = CallScreen(plan, session=session, sink=sink)
        current = self.screen
        if isinstance(current, CallScreen) and current.session.phase == "idle":
            # `mockcall play` held its new call: the trainee chose the old one instead.
            self.recordings.pop(id(current.session), None)
            current.session.detach()
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        return True

    def find_persona(self, persona_id: str) -> Persona | None:
        """A persona by id, loading the whole library first if only part of it is loaded."""
        persona = self.library.persona(persona_id)
        if persona is None and self.full_library():
            persona = self.library.persona(persona_id)
        return persona

    @property
    def library(self) -> Library:
        """The persona library, loaded on first use when the command left that for later."""
        if self._library is None:
            self.full_library()
        assert self._library is not None, "MockcallApp needs a library or load_all"
        return self._library

    @property
    def library_loaded(self) -> bool:
        return self._library is not None

    def full_library(self) -> bool:
        """Load every account when only the one asked for was; True if that happened."""
        if self._load_all is None:
            return False
        load, self._load_all = self._load_all, None
        self._library = load()
        return True

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A notice already on screen is not stacked again: a key pressed twice (Ctrl+S on an
        unfinished ACW form, h while ringing) shows one message, not a column of copies."""
        for shown in self._notifications:
            if (shown.message, shown.title, shown.severity) == (message, title, severity):
                return
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def action_toggle_keys(self) -> None:
        toggle_help(self)

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
        sink = self.recordings.pop(id(event.session), None)
        save = getattr(sink, "finish", None)
        if save is not None:
            stored = save(result.scorecard)
            if isinstance(stored, str):
                result = dataclasses.replace(result, session_id=stored)
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

        self.full_library()
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.switch_screen(HomeScreen())
