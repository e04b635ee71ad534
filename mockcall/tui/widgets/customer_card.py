"""The customer card: what the agent's systems show, and only after the agent looks it up.

A trainee who talks about the account before looking the customer up is guessing; keeping the
card empty until a ``card: true`` tool is used makes that visible, as on a real desktop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from mockcall.tui.i18n import t

if TYPE_CHECKING:
    from mockcall.core.engine import CallSession


class CustomerCard(Static):
    """Name, phone, account number, then every fact revealed so far."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(t("card.empty"), id=id, markup=False)
        self._key: tuple[object, ...] = ()

    def show(self, session: CallSession) -> None:
        revealed = session.revealed
        key = (session.card_visible, tuple(sorted(revealed.items(), key=str)))
        if key == self._key:
            return
        self._key = key
        lines: list[str] = []
        if session.card_visible:
            c = session.persona.customer
            name = " ".join(x for x in (c.title, c.name) if x)
            rows = [
                ("card.name", name),
                ("card.phone", c.phone),
                ("card.account", c.account_no),
                ("card.email", c.email),
                ("card.city", c.city),
            ]
            lines += [f"{t(k)}: {v}" for k, v in rows if v]
            if c.vip:
                lines.append(t("card.vip"))
        else:
            lines.append(t("card.empty"))
        if revealed:
            lines += ["", t("card.facts")]
            lines += [f"• {k}: {v}" for k, v in revealed.items()]
        self.update("\n".join(lines))
