"""The call replayed for a reviewer: every line with its time, and the criteria it bears on.

Each line carries the marks of the criteria that quote it as evidence (``✓ greet  ✗ close``),
so a reviewer reading the call sees where points were earned or lost without opening the
card. Choosing a criterion lights its evidence lines up and scrolls to the first one.
Evidence that is not a spoken or system line (an ACW submission, say) is shown at its place
in the log from the evidence itself, so no quoted event is ever missing from the replay.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.widgets import Static

from mockcall.core.events import transcript
from mockcall.tui.i18n import clock, t
from mockcall.tui.review_context import mark

if TYPE_CHECKING:
    from mockcall.core.events import Event
    from mockcall.core.scoring import Scorecard

SPEAKERS = {"customer": "call.customer", "agent": "status.agent"}


class TranscriptLine(Static):
    """One line; ``text`` is the line as read, ``marks`` the criteria beside it."""

    def __init__(self, seq: int, t_: float, speaker: str, text: str, marks: str) -> None:
        who = t(SPEAKERS[speaker]) + ": " if speaker in SPEAKERS else "— "
        self.text = f"{clock(t_)} {who}{text}"
        self.marks = marks
        body = self.text + (f"\n      {marks}" if marks else "")
        super().__init__(body, markup=False, classes=f"rv-line -{speaker}")
        self.seq = seq


class ReviewTranscript(VerticalScroll, can_focus=True):
    def show(self, events: Sequence[Event], card: Scorecard | None) -> None:
        """Rebuild from the log and the current card (marks change after an override)."""
        marks: dict[int, list[str]] = {}
        quoted: dict[int, tuple[float, str, str]] = {}
        for c in card.criteria if card is not None else ():
            for e in c.evidence:
                marks.setdefault(e.seq, []).append(f"{mark(c.status)} {c.id}")
                quoted.setdefault(e.seq, (e.t, e.speaker, e.text))
        rows = {e.seq: (e.t, speaker, text) for e, speaker, text in transcript(events)}
        for seq, (t_, speaker, text) in quoted.items():
            rows.setdefault(seq, (t_, speaker if speaker in SPEAKERS else "system", text))
        self.remove_children()
        self.mount_all(
            TranscriptLine(seq, *rows[seq], "  ".join(marks.get(seq, ()))) for seq in sorted(rows)
        )
        if not rows:
            self.mount(Static(t("review.transcript.empty"), classes="note"))

    def highlight(self, seqs: Iterable[int]) -> None:
        """Light up the lines with these ``seq`` numbers and bring the first into view."""
        wanted = set(seqs)
        first: TranscriptLine | None = None
        for line in self.query(TranscriptLine):
            lit = line.seq in wanted
            line.set_class(lit, "-evidence")
            if lit and first is None:
                first = line
        if first is not None:
            self.scroll_to_widget(first, animate=False, top=True)

    def texts(self) -> list[str]:
        return [line.text for line in self.query(TranscriptLine)]

    def lit(self) -> list[str]:
        """The lines highlighted now, as read."""
        return [line.text for line in self.query(TranscriptLine) if line.has_class("-evidence")]
