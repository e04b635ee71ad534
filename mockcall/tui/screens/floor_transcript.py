"""One seat's call as it happens, for the trainer: read-only, re-read while the call grows."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from mockcall.store.errors import SessionNotFound, StoreError
from mockcall.tui.i18n import t
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.review_transcript import ReviewTranscript

if TYPE_CHECKING:
    from mockcall.store.api import SessionMeta, SessionStore

#: seconds between re-reads of the log
POLL = 1.0


class FloorTranscriptScreen(Screen[None]):
    CSS_PATH = "../floor.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", t("floor.key.floor"), key_display="esc"),
    ]

    def __init__(self, store: SessionStore, meta: SessionMeta) -> None:
        super().__init__()
        self.store = store
        self.meta = meta
        self.shown = -1

    def compose(self) -> ComposeResult:
        title = t("floor.transcript.title", trainee=self.meta.trainee, persona=self.meta.persona)
        yield Static(title, id="floor-transcript-title", markup=False)
        yield ReviewTranscript(id="floor-transcript")
        yield KeyLegend()

    def on_mount(self) -> None:
        self.poll()
        self.set_interval(POLL, self.poll)
        self.query_one(ReviewTranscript).focus()

    def poll(self) -> None:
        try:
            events = self.store.events(self.meta.id)
        except SessionNotFound:
            self.notify(t("floor.transcript.gone", id=self.meta.id), severity="error")
            return
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=POLL * 2)
            return
        if len(events) == self.shown:
            return
        self.shown = len(events)
        view = self.query_one(ReviewTranscript)
        following = view.scroll_y >= view.max_scroll_y  # at the bottom: stay with the call
        view.show(events, None)
        if following:
            view.call_after_refresh(view.scroll_end, animate=False)

    def texts(self) -> list[str]:
        return self.query_one(ReviewTranscript).texts()

    def action_close(self) -> None:
        self.dismiss()
