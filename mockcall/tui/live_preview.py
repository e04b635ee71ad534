"""Live preview for ``mockcall play FILE --watch``: the call follows the persona file.

:class:`LivePreview` is a mixin of :class:`~mockcall.tui.screens.call.CallScreen`. Twice a
second it asks a :class:`~mockcall.watch.FileWatch` whether the persona file was saved; when it
was, the file is loaded and validated again. A file with errors never stops the call: the first
problems are shown in a notice and the call goes on with the last good version. Otherwise the
agent's actions so far are replayed onto the new persona (:mod:`mockcall.core.replay`) and the
replayed call takes the old one's place; where an action no longer fits, the call restarts there
and a notice says which action and why.

Recording: the old call is ended as abandoned and the replayed one is recorded as a new session
(its replayed events first, then whatever happens next).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from mockcall.tui.i18n import language, refusal, t

if TYPE_CHECKING:
    from textual.screen import Screen

    from mockcall.core.engine import CallSession
    from mockcall.core.model import Persona, Problem
    from mockcall.tui.app import MockcallApp
    from mockcall.tui.hooks import EventSink
    from mockcall.tui.plan import CallPlan
    from mockcall.watch import FileWatch

#: How often the file is checked (seconds): a stat, cheap enough to poll.
POLL_SECONDS = 0.5
#: How many problems a notice lists before "…and N more".
SHOWN_PROBLEMS = 3


class LivePreview:
    """Watches the persona file of a ``--watch`` call and swaps in the replayed call."""

    if TYPE_CHECKING:
        app: MockcallApp
        plan: CallPlan
        session: CallSession
        sink: EventSink
        _finished: bool
        _tools_seen: int
        _phase: str

        def sync(self) -> None: ...

    _watch: FileWatch | None = None

    def _screen(self) -> Screen[None]:
        return cast("Screen[None]", self)

    def live_preview_start(self) -> None:
        """Called from ``on_mount``: start polling when the plan asks for it."""
        source = self.plan.persona.source
        if not self.plan.watch or not source:
            return
        from mockcall.watch import FileWatch

        self._watch = FileWatch(source)
        self._screen().set_interval(POLL_SECONDS, self._reload_if_changed)

    def _reload_if_changed(self) -> None:
        if self._watch is None or self._finished or not self._watch.changed():
            return
        self.reload_persona()

    def reload_persona(self) -> None:
        """Load the file again; show its errors, or replay the call onto the new persona."""
        from mockcall.core.loader import load_library
        from mockcall.core.validate import validate_library

        source = self.plan.persona.source
        library = load_library([source])
        errors = [p for p in validate_library(library) if p.severity == "error"]
        if errors:
            self._screen().notify(
                t("watch.errors", file=source, problems=_listed(errors)),
                severity="error",
                timeout=15,
                markup=False,
            )
            return
        persona = _persona_of(library.personas(), source, self.plan.persona.id)
        bundle = library.bundle_for(persona) if persona is not None else None
        if persona is None or bundle is None:
            self._screen().notify(t("watch.missing", file=source), severity="error", markup=False)
            return
        self._swap(replace(self.plan, persona=persona, bundle=bundle))

    def _swap(self, plan: CallPlan) -> None:
        from mockcall.core.replay import replay_actions, replay_report
        from mockcall.tui.widgets.conversation import Conversation

        old = self.session
        result = replay_report(
            plan.persona,
            plan.bundle.account,
            replay_actions(old.events),
            rubric=plan.bundle.rubric,
            seed=plan.seed,
            trainee=plan.agent,
            mode=plan.mode,
            clock=self.app.clock,
            option_order=plan.option_order,
        )
        # The old call stops here: no more events reach its recording, which ends abandoned.
        old._on_event = None
        self.app.recordings.pop(id(old), None)
        abandon = getattr(self.sink, "abandon", None)
        if abandon is not None:
            abandon()
        # The replayed call is a new recording: its events so far, then the live ones.
        session = result.session
        sink = self.app.recorder(plan)
        for event in session.events:
            sink(event)
        session._on_event = sink  # as engine.restore hands a replayed session its sink
        self.app.recordings[id(session)] = sink
        self.plan, self.session, self.sink = plan, session, sink
        self._tools_seen = 0
        self._phase = ""
        self._screen().query_one(Conversation).restart(plan.persona)
        self._rebuild_panels(plan)
        self.sync()
        source = plan.persona.source
        if result.fitted:
            self._screen().notify(
                t("watch.reloaded", file=source, count=result.applied), markup=False
            )
        else:
            self._screen().notify(
                t(
                    "watch.stopped",
                    file=source,
                    count=result.applied,
                    action=str(result.stopped_at),
                    # English keeps the engine's detailed sentence; other languages its code's
                    reason=result.reason if language() == "en" else refusal(result.code),
                ),
                severity="warning",
                timeout=10,
                markup=False,
            )

    def _rebuild_panels(self, plan: CallPlan) -> None:
        """Every panel shows the new file: the call list, the card, tools and KB (rebuilt
        from the reloaded account), the status bar and the options (the next ``sync``)."""
        from mockcall.tui.widgets.call_list import CallList
        from mockcall.tui.widgets.side_panels import SidePanels

        for call_list in self._screen().query(CallList):
            call_list.restart(plan.persona)

        async def refill(side: SidePanels) -> None:
            await side.rebuild(plan.bundle)
            self.sync()  # the card and the last tool result, on the new panels

        for side in self._screen().query(SidePanels):
            self._screen().call_later(refill, side)


def _listed(problems: list[Problem]) -> str:
    shown = [str(p) for p in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        shown.append(t("watch.more", count=len(problems) - SHOWN_PROBLEMS))
    return "\n".join(shown)


def _persona_of(personas: list[Persona], source: str, persona_id: str) -> Persona | None:
    """The persona read from ``source`` (by path; by id if the loader spelled it otherwise)."""
    here = Path(source).resolve()
    by_path = [p for p in personas if p.source and Path(p.source).resolve() == here]
    if by_path:
        return by_path[0]
    return next((p for p in personas if p.id == persona_id), None)
