"""The one-line agent status bar: who is working, their status, the account, mode and timers.

It mirrors the soft-phone bar on a real floor, where an agent glances at their status (avail,
AUX, on call) and the call and hold timers far more often than at anything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from mockcall.tui.i18n import clock, t

if TYPE_CHECKING:
    from mockcall.core.engine import CallSession
    from mockcall.tui.plan import CallPlan


class StatusBar(Static):
    """Agent │ status │ call timer │ hold timer │ mode │ account."""

    def show(self, plan: CallPlan, session: CallSession | None, *, aux: bool = False) -> None:
        """Redraw from the session (None between calls: the agent is avail or AUX)."""
        if session is None or session.phase == "idle":  # between calls, or before one rings
            status = "aux" if aux else "avail"
        else:
            status = session.phase
        # Timers come before the account name: a long client name must never push them off.
        parts: list[tuple[str, str]] = [
            # Without a trainee name the agent is just "Agent", not "Agent Agent".
            (f"{t('status.agent')} {plan.trainee}" if plan.trainee else plan.agent, "bold"),
            (t(f"status.{status}"), f"status-{status}"),
        ]
        if session is not None:
            parts.append((f"⏱ {clock(session.elapsed)}", "bold"))
            held = session.on_hold_since
            if held is not None:
                parts.append((t("status.hold", time=clock(session.elapsed - held)), "reverse"))
            if session.muted:
                parts.append((t("status.muted"), "reverse"))
        if aux and session is not None:
            parts.append((f"→ {t('status.aux')}", "status-aux"))
        parts += [(t(f"mode.{plan.mode}"), "italic"), (plan.bundle.account.name, "")]
        text = Text(no_wrap=True, overflow="ellipsis")
        for i, (label, style) in enumerate(parts):
            if i:
                text.append(" │ ", "dim")
            text.append(label, _STYLES.get(style, style))
        self.update(text)
        self.set_class(aux, "-aux")


_STYLES = {
    "status-avail": "bold green",
    "status-aux": "bold yellow",
    "status-ringing": "bold blink magenta",
    "status-dialing": "bold magenta",
    "status-connected": "bold green",
    "status-on_hold": "bold yellow",
    "status-acw": "bold cyan",
    "status-ended": "bold",
    "status-done": "bold",
}
