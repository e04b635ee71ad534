"""The call screen's soft-phone controls: answer, dial, hold, mute, transfers, escalate, end.

Kept apart from the conversation (``call.py``) because each control is the same small shape —
ask the engine, let the screen show the refusal or the new state — and the conversation side
(options, typed replies, matching) is where the call screen's real logic lives.

:class:`CallControls` is a mixin of :class:`~mockcall.tui.screens.call.CallScreen`: it uses the
screen's ``session``, ``act`` and widgets, and Textual finds its ``action_*`` methods and its
``on_entry_dialled`` handler through the screen's class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from mockcall.tui.i18n import t

if TYPE_CHECKING:
    from textual.screen import Screen

    from mockcall.core.engine import CallSession, Refusal
    from mockcall.tui import messages as msg
    from mockcall.tui.app import MockcallApp


class CallControls:
    """Actions behind the call keys (a, d, h, m, w, c, e, x) and dialling from the call list."""

    if TYPE_CHECKING:
        app: MockcallApp
        session: CallSession

        def act(self, result: Refusal | None) -> None: ...

    def _screen(self) -> Screen[None]:
        return cast("Screen[None]", self)

    def action_answer(self) -> None:
        self.act(self.session.answer())

    def action_dial(self) -> None:
        from mockcall.tui.widgets.call_list import CallList

        lists = list(self._screen().query(CallList))
        entry = lists[0].entry_id if lists else None
        self._dial(entry or "")

    def on_entry_dialled(self, event: msg.EntryDialled) -> None:
        self._dial(event.entry_id)

    def _dial(self, entry_id: str) -> None:
        """Dial, but never the same number twice in one call, and a Do-Not-Call number only
        once the trainee confirms it (dialled anyway, the rubric scores it as fatal)."""
        from mockcall.core import events as ev

        session = self.session
        entry = next((e for e in session.persona.call_list if e.id == entry_id), None)
        if entry is None or session.phase != "dialing":
            self._dialled(entry_id)  # the engine says why not
            return
        if any(e.kind == ev.DIALED and e.data.get("entry") == entry_id for e in session.events):
            self._screen().notify(t("dial.again", name=entry.name), severity="warning")
            return
        if not entry.dnc:
            self._dialled(entry_id)
            return
        from mockcall.tui.screens.confirm import ConfirmModal

        def answered(yes: bool | None) -> None:
            if yes:
                self._dialled(entry_id)

        body = t("dnc.body", name=entry.name, phone=entry.phone)
        self.app.push_screen(ConfirmModal(t("dnc.title"), body, t("key.dial_anyway")), answered)

    def _dialled(self, entry_id: str) -> None:
        self.act(self.session.dial(entry_id))
        if self.session.phase == "connected":
            self._screen().query_one("#options").focus()

    def action_hold(self) -> None:
        on_hold = self.session.phase == "on_hold"
        self.act(self.session.unhold() if on_hold else self.session.hold())

    def action_mute(self) -> None:
        self.act(self.session.unmute() if self.session.muted else self.session.mute())

    def action_warm(self) -> None:
        from mockcall.tui.screens.briefing import BriefingModal

        def done(brief: dict[str, str] | None) -> None:
            if brief is not None:
                self.act(self.session.transfer("warm", brief))

        self.app.push_screen(BriefingModal(), done)

    def action_cold(self) -> None:
        from mockcall.tui.screens.ask import AskModal

        def done(to: str | None) -> None:
            if to is not None:
                self.act(self.session.transfer("cold", {"to": to} if to else None))

        self.app.push_screen(AskModal(t("cold.title"), t("brief.to")), done)

    def action_escalate(self) -> None:
        from mockcall.tui.screens.ask import AskModal

        def done(reason: str | None) -> None:
            if reason is not None:
                self.act(self.session.escalate(reason))

        modal = AskModal(t("esc.title"), t("esc.reason"), empty_notice=t("esc.empty"))
        self.app.push_screen(modal, done)

    def action_end(self) -> None:
        self.act(self.session.end_call())
