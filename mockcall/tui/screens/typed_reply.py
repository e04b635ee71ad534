"""Typed replies on the call screen: matched to the options on screen, confirmed, or sent.

A number picks that option. Anything else goes to ``mockcall.core.matching.match_reply``
against the options offered now: ``take`` plays the option it clearly means (the log keeps the
words as typed), ``confirm`` asks "Did you mean…?" with the closest two or three (a number
picks one, Escape sends the words as typed), ``none`` sends them as typed — the customer reacts
to the recognised acts and asks what was meant.

The account's act lexicon takes a few hundred milliseconds to build, so it is loaded in a
thread worker as soon as the trainee starts typing (never on the UI thread, never at start-up);
a reply sent before it is ready waits for it and is matched the moment it arrives.

:class:`TypedReplies` is a mixin of the call screen (it uses ``plan``, ``session``, ``act``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.widgets import Input
from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from mockcall.core.acts import Lexicon
    from mockcall.core.engine import CallSession, Refusal
    from mockcall.tui.app import MockcallApp
    from mockcall.tui.plan import CallPlan


class TypedReplies:
    """``handle_free_text`` and the lexicon worker behind it."""

    if TYPE_CHECKING:
        app: MockcallApp
        plan: CallPlan
        session: CallSession

        def act(self, result: Refusal | None) -> None: ...

        def action_choose(self, number: int) -> None: ...

    def typed_reply_init(self) -> None:
        self._lexicon: Lexicon | None = None
        self._lexicon_loading = False
        #: replies sent before the lexicon was ready, matched as soon as it is
        self._waiting: list[str] = []

    def handle_free_text(self, text: str) -> None:
        """A typed reply: a number picks that option; anything else is matched (see above)."""
        if text.isdigit():
            self.action_choose(int(text))
            return
        if self._lexicon is None:
            self._waiting.append(text)
            self._want_lexicon()
            return
        self._match(text)

    def _match(self, text: str) -> None:
        from mockcall.core.matching import match_reply

        s = self.session
        m = match_reply(text, s.offered(), self.plan.persona.locale, self._lexicon)
        if m.decision == "take" and m.option_id:
            self.act(s.say_free(text, m.acts, m.confidence, m.option_id))
        elif m.decision == "confirm" and m.candidates:
            from mockcall.tui.screens.confirm_reply import ConfirmReplyModal

            def done(option_id: str | None) -> None:
                picked = m.candidate(option_id) if option_id else None
                if picked is None:  # Escape: send the words as typed
                    self.act(s.say_free(text, m.acts, m.confidence))
                else:
                    self.act(s.say_free(text, picked.acts, picked.similarity, picked.option_id))

            numbers = [c.number for c in m.candidates]  # as in the options box
            self.app.push_screen(ConfirmReplyModal(text, m.candidates, numbers), done)
        else:
            self.act(s.say_free(text, m.acts, m.confidence))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "reply" and event.value:
            self._want_lexicon()

    def _want_lexicon(self) -> None:
        if self._lexicon is None and not self._lexicon_loading:
            self._lexicon_loading = True
            self._load_lexicon()

    @work(thread=True, group="lexicon", exit_on_error=False)
    def _load_lexicon(self) -> Lexicon:
        from mockcall.core import matching  # noqa: F401  (its import cost is paid here too)
        from mockcall.core.acts import load_lexicon, with_names
        from mockcall.core.acts_model import load_model

        load_model()  # numpy and the act model load here too, off the UI thread
        plan = self.plan
        locale = plan.persona.locale
        # the customer's own name is an address whatever else the word means ("Pak Made"),
        # and the company's is never one ("Selamat pagi, Nusanet, dengan Rina")
        account = load_lexicon(locale, plan.bundle.lexicon_for(locale))
        return with_names(account, [plan.persona.customer.name], [plan.bundle.account.name])

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "lexicon":
            return
        if event.state == WorkerState.SUCCESS:
            self._lexicon = event.worker.result
            waiting, self._waiting = self._waiting, []
            for text in waiting:
                self._match(text)
        elif event.state == WorkerState.ERROR:  # a broken lexicon must not lose the reply
            self._lexicon_loading = False
            waiting, self._waiting = self._waiting, []
            for text in waiting:
                self.act(self.session.say_free(text, (), 0.0))
