"""The trainee's side of a review: dispute a criterion with a reason, or acknowledge the review.

A trainee who thinks a criterion was judged wrongly says so here instead of in a corridor: the
dispute (criterion + reason) is an event in the call's log, the review list marks the call ⚑,
and a reviewer answers it (upheld or changed) from the session screen. Acknowledging records
that the trainee has read the review. Either is one ``store.add_review`` call.

Opened over any screen that knows the stored session — e.g. the trainee's score screen, once
its call is stored: ``self.app.push_screen(DisputeScreen(store, session_id, trainee))``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from mockcall.core import events as ev
from mockcall.core.scoring import Scorecard
from mockcall.core.scoring.wording import NO_WORDING, Wording
from mockcall.store.api import SessionStore
from mockcall.store.errors import SessionNotFound, StoreError
from mockcall.store.reviews import disputes
from mockcall.tui.i18n import language, t
from mockcall.tui.review_context import mark
from mockcall.tui.widgets.key_legend import KeyLegend


class DisputeScreen(Screen[None]):
    CSS_PATH = "../review.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "send", t("dispute.key.send")),
        Binding("ctrl+y", "ack", t("dispute.key.ack")),
        Binding("escape", "back", t("key.back")),
    ]

    def __init__(
        self,
        store: SessionStore,
        session_id: str,
        trainee: str,
        wording: Wording = NO_WORDING,
    ) -> None:
        """``wording``: the rubric's translations, for titles in the trainee's language."""
        super().__init__()
        self.store = store
        self.session_id = session_id
        self.trainee = trainee
        self.wording = wording

    def compose(self) -> ComposeResult:
        yield Static("", id="dp-head", markup=False)
        yield Static(t("dispute.help"), id="dp-help", markup=False)
        yield OptionList(id="dp-criteria")
        yield Label(t("dispute.reason"), id="dp-reason-label")
        yield Input(id="dp-reason")
        yield KeyLegend()

    def on_mount(self) -> None:
        self.load()
        self.query_one(OptionList).focus()

    def load(self) -> None:
        """The current card (after reviews), each criterion with its status and open dispute."""
        try:
            meta = self.store.session(self.session_id)
            raw = self.store.scorecard(self.session_id)
            log = self.store.events(self.session_id)
        except (StoreError, SessionNotFound) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        persona = meta.persona if meta is not None else self.session_id
        self.query_one("#dp-head", Static).update(t("dispute.title", persona=persona))
        options = self.query_one(OptionList)
        at = options.highlighted
        options.clear_options()
        if raw is None:
            return
        waiting = {d.criterion for d in disputes(log) if d.open}
        for c in Scorecard.from_dict(raw).criteria:
            line = Text(f"{mark(c.status)} {self.wording.criterion_title(c, language())}")
            if c.id in waiting:
                line.append(f"  {t('dispute.open')}", style="bold magenta")
            options.add_option(Option(line, id=c.id))
        options.highlighted = at if at is not None else 0

    def _criterion(self) -> str | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        return options.get_option_at_index(options.highlighted).id

    def on_input_submitted(self) -> None:
        self.action_send()

    def action_send(self) -> None:
        reason = self.query_one("#dp-reason", Input).value.strip()
        criterion = self._criterion()
        if not reason:
            self.notify(t("dispute.reason.empty"), severity="warning")
            self.query_one("#dp-reason", Input).focus()
            return
        data = {"criterion": criterion, "reason": reason, "trainee": self.trainee}
        if self._write(ev.DISPUTE, data):
            self.query_one("#dp-reason", Input).value = ""
            self.notify(t("dispute.sent", id=criterion))

    def action_ack(self) -> None:
        if self._write(ev.REVIEW_ACK, {"trainee": self.trainee}):
            self.notify(t("dispute.acked"))

    def _write(self, kind: str, data: Mapping[str, object]) -> bool:
        try:
            self.store.add_review(self.session_id, kind, data)
        except (StoreError, SessionNotFound, ValueError) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return False
        self.load()
        return True

    def action_back(self) -> None:
        self.app.pop_screen()
