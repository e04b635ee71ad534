"""The call replayed for a reviewer: every line with its time, and the criteria it bears on.

Each line carries the marks of the criteria that quote it as evidence (``✓ greet  ✗ close``),
so a reviewer reading the call sees where points were earned or lost without opening the
card. Choosing a criterion lights its evidence lines up and scrolls to the first one.
Evidence that is not a spoken or system line (an ACW submission, say) is shown at its place
in the log from the evidence itself, so no quoted event is ever missing from the replay.
Under each typed reply a quiet line says what mockcall heard in it, as the trainee saw it
(``heard.py``); a reply the trainee flagged as not what they meant is marked there (≠), and the
flag itself is a system line at the time it was pressed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.widgets import Static

from mockcall.core import events as ev
from mockcall.core.events import transcript
from mockcall.tui.heard import flagged, heard_text, understood
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


class HeardLine(Static):
    """Under a typed reply: what mockcall heard in it, and the trainee's flag if they set one."""

    def __init__(self, seq: int, text: str, *, unknown: bool, misheard: bool) -> None:
        self.text = text
        self.seq = seq
        classes = "rv-heard" + (" -unknown" if unknown else "") + (" -misheard" if misheard else "")
        super().__init__(text, markup=False, classes=classes)


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
        by_seq = {e.seq: e for e in events}
        misheard = flagged(events)
        self.remove_children()
        widgets: list[Static] = []
        for seq in sorted(rows):
            t_, speaker, text = rows[seq]
            event = by_seq.get(seq)
            if event is not None and event.kind == ev.MISHEARD:
                said = by_seq.get(int(event.data.get("said", -1)))
                when = clock(said.t) if said is not None else "?"
                text = t("call.misheard.review.line", time=when)
            line = TranscriptLine(seq, t_, speaker, text, "  ".join(marks.get(seq, ())))
            widgets.append(line)
            heard = heard_text(event.data) if event is not None else None
            if event is not None and event.kind == ev.AGENT_SAID and heard is not None:
                was_flagged = seq in misheard
                line.set_class(was_flagged, "-misheard")
                if was_flagged:
                    heard += "  " + t("call.misheard.review")
                unknown = not understood(event.data)
                widgets.append(HeardLine(seq, heard, unknown=unknown, misheard=was_flagged))
        self.mount_all(widgets)
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

    def heard(self) -> list[str]:
        """The lines under typed replies (what mockcall heard, a flag), as read."""
        return [line.text for line in self.query(HeardLine)]

    def lit(self) -> list[str]:
        """The lines highlighted now, as read."""
        return [line.text for line in self.query(TranscriptLine) if line.has_class("-evidence")]
