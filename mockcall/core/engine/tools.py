"""The agent's desktop: account tools (lookups, the customer card, DNC checks) and the
knowledge base.

Using a tool says nothing to the customer, but it reveals facts and sets flags that decide what
the trainee is offered next, so it is an action of the call like any other.
"""

from __future__ import annotations

from mockcall.core import events as ev
from mockcall.core.engine.gates import Gates
from mockcall.core.engine.stamp import _action
from mockcall.core.engine.turn import Turn
from mockcall.core.engine.types import Refusal


class Tools(Gates, Turn):
    """Tools and knowledge-base documents."""

    @_action
    def use_tool(self, tool_id: str) -> Refusal | None:
        tool = self._account.tool(tool_id)
        if tool is None:
            return Refusal("no-such-tool", f"the account has no tool '{tool_id}'")
        allowed = ("connected", "on_hold", "dialing") if tool.kind == "dnc" else None
        if allowed is None or self._phase not in allowed:
            refusal = self._control_gate()
            if refusal is not None:
                return refusal
        facts = self._persona.facts
        shown = {f: facts[f] for f in tool.reveals if f in facts}
        self._emit(ev.TOOL_USED, tool=tool.id, kind=tool.kind, revealed=dict(shown), card=tool.card)
        self._tools_used = self._tools_used | {tool.id}
        if tool.card:
            self._card_visible = True
        for fact, value in shown.items():
            self._reveal(fact, value, f"tool:{tool.id}")
        for flag in tool.sets:
            self._set_flag(flag, True)
        if tool.kind == "dnc":
            self._emit(ev.DNC_CHECKED, entries={e.id: e.dnc for e in self._persona.call_list})
        return None

    @_action
    def open_kb(self, doc_id: str) -> Refusal | None:
        if not any(d.id == doc_id for d in self._account.kb):
            return Refusal("no-such-doc", f"the knowledge base has no document '{doc_id}'")
        if self._phase == "idle":
            return Refusal("not-connected", "the call has not started")
        if self._phase == "done":
            return Refusal("call-ended", "the call and its after-call work are finished")
        self._emit(ev.KB_OPENED, doc=doc_id)
        return None
