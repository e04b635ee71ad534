"""The conversation pane: what the customer said, what the trainee said, and what happened.

It reads the event log (the single truth of a call) and appends only the events it has not
shown yet, so the pane is cheap to sync every second. Chat and email personas get the same
lines with other CSS classes: bubbles for chat, a mail header for email. Under every typed
reply a quiet line says what mockcall heard in it (``heard.py``), and a trainee's "not what I
meant" shows as a system line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from textual.containers import VerticalScroll
from textual.widgets import Static

from mockcall.core import events as ev
from mockcall.tui.heard import heard_text, understood
from mockcall.tui.i18n import ending, localized, t

if TYPE_CHECKING:
    from mockcall.core.events import Event
    from mockcall.core.model import Account, Persona


class Line(Static):
    """One line of the conversation; ``text`` is what the trainee reads. ``speaker`` is
    ``customer``, ``agent``, ``system``, ``mail-header`` or ``heard`` (what mockcall understood
    of the typed reply above it); ``extra`` adds CSS classes."""

    def __init__(self, text: str, speaker: str, extra: str = "") -> None:
        super().__init__(text, markup=False, classes=f"line {speaker} {extra}".strip())
        self.text = text
        self.speaker = speaker


class Conversation(VerticalScroll, can_focus=True):
    """Transcript lines, newest at the bottom, scrolled into view as they arrive."""

    def __init__(
        self, persona: Persona, *, tools: Mapping[str, str] | None = None, id: str | None = None
    ) -> None:
        super().__init__(id=id, classes=f"-{persona.channel}")
        self.persona = persona
        #: tool id -> label, so system lines name tools as the tools panel does
        self.tools = dict(tools or {})
        self._shown = 0
        self._mail_header = False

    def restart(self, persona: Persona) -> None:
        """Forget the lines shown (live preview swapped the call): the next ``sync`` redraws."""
        self.persona = persona
        self._shown = 0
        self._mail_header = False
        self.remove_children()

    def sync(self, events: Sequence[Event]) -> None:
        """Show the events not shown yet."""
        new = [line for e in events[self._shown :] for line in self._lines(e)]
        self._shown = len(events)
        if new:
            self.mount_all(new)
            self.scroll_end(animate=False)

    def texts(self) -> list[str]:
        """The lines as shown, oldest first."""
        return [line.text for line in self.query(Line)]

    def _lines(self, e: Event) -> list[Line]:
        d = e.data
        customer = self.persona.customer
        if e.kind == ev.CUSTOMER_SAID:
            text = str(d.get("text", ""))
            if self.persona.channel == "email" and not self._mail_header:
                self._mail_header = True
                head = t("call.email.from", name=customer.name, email=customer.email or "-")
                subject = t("call.email.subject", subject=self.persona.subject or "-")
                return [Line(f"{head}\n{subject}", "mail-header"), Line(text, "customer")]
            name = " ".join(x for x in (customer.title, customer.name) if x)
            return [Line(f"{name}: {text}", "customer")]
        if e.kind == ev.AGENT_SAID:
            text = str(d.get("text", "")) or f"[{_control(d)}]"
            heard = heard_text(d)
            if heard is None:
                return [Line(f"{t('call.you')}: {text}", "agent")]
            unsure = "" if understood(d) else "-unknown"
            return [
                Line(f"{t('call.you')}: {text}", "agent", "-typed"),
                Line(heard, "heard", unsure),
            ]
        if e.kind == ev.TOOL_USED:
            tool = str(d.get("tool", ""))
            label = t("sys.tool_used", tool=self.tools.get(tool, tool))
            return [Line(f"— {label}{_found(d)} —", "system")]
        if e.kind == ev.KB_OPENED:
            doc = str(d.get("doc", ""))
            label = t("sys.kb_opened", doc=self.tools.get(f"kb:{doc}", doc))
            return [Line(f"— {label} —", "system")]
        render = _SYSTEM.get(e.kind)
        if render is None:
            return []
        return [Line(f"— {render(d)} —", "system")]


def tool_labels(account: Account) -> dict[str, str]:
    """Tool and KB document ids -> their names in the UI language, for the system lines."""
    names = {tool.id: localized(tool.label or tool.id, tool.labels) for tool in account.tools}
    names.update({f"kb:{doc.id}": localized(doc.title, doc.titles) for doc in account.kb})
    return names


def _seconds(d: Any) -> str:
    return f"{float(d.get('seconds', 0)):.0f}"


def _found(d: Any) -> str:
    """What a tool showed, inline: on a narrow terminal the tools panel is often closed."""
    shown = d.get("revealed") or {}
    return (" → " + ", ".join(f"{k}: {v}" for k, v in shown.items())) if shown else ""


def _control(d: Any) -> str:
    """A wordless turn (a key like hold or end) in the UI language; else the option's id."""
    control = str(d.get("control") or "")
    if control:
        key = f"control.{control}"
        return t(key) if t(key) != key else control
    return str(d.get("option", ""))


def _dialed(d: Any) -> str:
    key = "sys.dialed_dnc" if d.get("dnc") else "sys.dialed"
    return t(key, phone=d.get("phone", ""), name=d.get("name", ""))


_SYSTEM: dict[str, Callable[[Any], str]] = {
    ev.RINGING: lambda d: t("sys.ringing"),
    ev.ANSWERED: lambda d: t("sys.answered"),
    ev.DIALED: _dialed,
    ev.NO_ANSWER: lambda d: t("sys.no_answer"),
    ev.HOLD_STARTED: lambda d: t("sys.hold_started"),
    ev.HOLD_ENDED: lambda d: t("sys.hold_ended", seconds=_seconds(d)),
    ev.MUTE_STARTED: lambda d: t("sys.mute_started"),
    ev.MUTE_ENDED: lambda d: t("sys.mute_ended"),
    ev.DNC_CHECKED: lambda d: t("sys.dnc_checked"),
    ev.DEAD_AIR: lambda d: t("sys.dead_air", seconds=_seconds(d)),
    ev.TRANSFERRED: lambda d: t("sys.transferred", kind=t(f"xfer.{d.get('kind', 'cold')}")),
    ev.ESCALATED: lambda d: t("sys.escalated", reason=d.get("reason", "")),
    ev.CALL_ENDED: lambda d: t("sys.call_ended", ending=ending(str(d.get("ending", "")))),
    ev.ACW_NOTE: lambda d: t("sys.acw_note", text=d.get("text", "")),
    ev.DISPOSITION: lambda d: t("sys.disposition", code=d.get("code", "")),
    ev.FOLLOWUP: lambda d: t("sys.followup", code=d.get("code", "")),
    ev.MISHEARD: lambda d: t("call.misheard"),
}
