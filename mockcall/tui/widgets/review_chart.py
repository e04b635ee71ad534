"""A trainee's scores over time, one small bar chart per account, drawn with block characters.

Bars are scaled 0..100 (a sparkline scales min..max, which makes a dip from 100 to 95 look like
a collapse) and coloured by the call's verdict, so a failed call stands out even when its score
is high (a fatal error). One chart per account because rubrics differ between accounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from mockcall.tui.i18n import t

if TYPE_CHECKING:
    from mockcall.store.api import ProgressPoint

BLOCKS = " ▁▂▃▄▅▆▇█"
HEIGHT = 4
#: width of the 0..100 axis labels left of the bars
AXIS = 4


def bar_rows(scores: Sequence[float], passed: Sequence[bool], height: int = HEIGHT) -> Text:
    """``height`` rows of one column per call (oldest left), each 0..100 in eighths of a row,
    after a 0/100 axis so the scale is never in doubt."""
    out = Text()
    for level in range(height, 0, -1):
        axis = "100▕" if level == height else ("  0▕" if level == 1 else "   ▕")
        out.append(axis, style="dim")
        for score, ok in zip(scores, passed, strict=True):
            fill = round(max(0.0, min(100.0, score)) / 100 * height * 8) - (level - 1) * 8
            out.append(BLOCKS[max(0, min(8, fill))] + " ", style="green" if ok else "red")
        out.append("\n" if level > 1 else "")
    return out


class ScoreBars(Static):
    """The newest calls that fit the width, as bars; ``scores`` are all the account's totals."""

    def __init__(self, points: Sequence[ProgressPoint]) -> None:
        super().__init__(classes="rv-bars")
        self.scores = [p.total for p in points]
        self.passed = [p.passed for p in points]

    def render(self) -> Text:
        fits = max(1, (self.size.width - AXIS) // 2)
        return bar_rows(self.scores[-fits:], self.passed[-fits:])


class AccountChart(Vertical):
    """``telco — 5 calls, 3 passed · 62.5 → 100.0 · best 100.0`` over the bars."""

    def __init__(self, account: str, points: Sequence[ProgressPoint]) -> None:
        super().__init__(classes="rv-chart")
        scores = [p.total for p in points]
        self.points = points
        self.caption = t(
            "review.chart.caption",
            account=account,
            n=len(points),
            passed=sum(p.passed for p in points),
            first=scores[0],
            last=scores[-1],
            best=max(scores),
        )

    def compose(self) -> ComposeResult:
        yield Static(self.caption, classes="rv-chart-caption", markup=False)
        yield ScoreBars(self.points)


def charts(points: Sequence[ProgressPoint]) -> list[AccountChart]:
    """One chart per account, in the order the trainee first took a call on it."""
    accounts: dict[str, list[ProgressPoint]] = {}
    for p in sorted(points, key=lambda p: p.started_at):
        accounts.setdefault(p.account, []).append(p)
    return [AccountChart(account, pts) for account, pts in accounts.items()]
