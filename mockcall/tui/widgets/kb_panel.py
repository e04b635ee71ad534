"""The account's knowledge base: search titles, tags and text; Enter opens a document.

The documents are small Markdown files, but they are read in a worker thread anyway so the call
screen never waits on a slow disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from mockcall.tui.i18n import localized, t
from mockcall.tui.messages import KbDocPicked

if TYPE_CHECKING:
    from mockcall.core.model import AccountBundle


class KbPanel(Vertical):
    """Search box over the matching documents."""

    def __init__(self, bundle: AccountBundle, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bundle = bundle
        self.texts: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Input(placeholder=t("kb.search"), id="kb-search")
        yield OptionList(id="kb-list")

    def on_mount(self) -> None:
        self._filter("")
        self._read_docs()

    @work(thread=True, exclusive=True)
    def _read_docs(self) -> None:
        texts: dict[str, str] = {}
        for doc in self.bundle.account.kb:
            try:
                texts[doc.id] = (Path(self.bundle.folder) / doc.file).read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                texts[doc.id] = ""
        self.app.call_from_thread(self._loaded, texts)

    def _loaded(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self._filter(self.query_one("#kb-search", Input).value)

    @on(Input.Changed, "#kb-search")
    def _search(self, event: Input.Changed) -> None:
        self._filter(event.value)

    @on(Input.Submitted, "#kb-search")
    def _to_list(self) -> None:
        self.query_one("#kb-list", OptionList).focus()

    def _filter(self, query: str) -> None:
        words = query.casefold().split()
        docs = [
            d
            for d in self.bundle.account.kb
            if all(
                w
                in " ".join(
                    (d.title, *d.titles.values(), d.id, *d.tags, self.texts.get(d.id, ""))
                ).casefold()
                for w in words
            )
        ]
        listing = self.query_one("#kb-list", OptionList)
        options = [Option(localized(d.title, d.titles), id=d.id) for d in docs]
        listing.set_options(options or [Option(t("kb.none"), disabled=True)])
        listing.highlighted = 0 if options else None

    @on(OptionList.OptionSelected, "#kb-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(KbDocPicked(event.option.id))
