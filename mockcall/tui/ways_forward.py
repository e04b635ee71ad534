"""What the options box says when the trainee has nothing to say: the ways forward, in words.

A state whose replies all wait for a tool, or a customer on hold, would otherwise leave an
empty box, and a trainee reads an empty box as a frozen program. The box instead names each
way on: take the customer off hold, look the account up, search the knowledge base, tell the
customer you are checking, transfer, escalate or end the call — with the key of each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mockcall.tui.i18n import t

if TYPE_CHECKING:
    from mockcall.core.engine import CallSession


def ways_forward(session: CallSession) -> str:
    """The box's text when nothing can be said now ('' outside the connected or held line)."""
    phase = session.phase
    if phase not in ("connected", "on_hold"):
        return ""
    account = session.account
    lines = [t("way.onhold"), t("way.unhold")] if phase == "on_hold" else [t("way.title")]
    if account.tools:
        lines.append(t("way.tools"))
    if account.kb:
        lines.append(t("way.kb"))
    if phase == "connected" and session.persona.channel != "email":
        lines.append(t("way.wait"))
    lines += [t("way.transfer"), t("way.escalate"), t("way.end")]
    return "\n".join(lines)
