"""How a call ends: transfer, escalate, hang up, and wrapping up into after-call work.

Every ending (the agent's control, an option's ``end``, the customer hanging up) passes through
:meth:`Endings._wrap_up`, so the events that close a call are written in one place.
"""

from __future__ import annotations

from collections.abc import Mapping

from mockcall.core import events as ev
from mockcall.core.engine.hold import Hold
from mockcall.core.engine.stamp import _action
from mockcall.core.engine.types import BRIEFING_KEYS, Refusal


class Endings(Hold):
    """The controls that end a call, and the end of every call."""

    @_action
    def transfer(self, kind: str, briefing: Mapping[str, str] | None = None) -> Refusal | None:
        """Warm (briefed: ``to``, ``issue``, ``tried``) or cold transfer; ends the call."""
        refusal = self._control_gate()
        if refusal is not None:
            return refusal
        if kind not in ("warm", "cold"):
            return Refusal("no-such-option", f"unknown transfer kind '{kind}' (warm or cold)")
        brief = {str(k): str(v) for k, v in (briefing or {}).items()}
        if kind == "warm":
            missing = [k for k in BRIEFING_KEYS if not brief.get(k, "").strip()]
            if missing:
                return Refusal(
                    "briefing-required",
                    f"a warm transfer needs a briefing: {', '.join(missing)} missing",
                )
        action = f"transfer_{kind}"
        opt = self._control_option(action)
        if opt is not None:
            self._take(opt, control=action, briefing=brief)
            return None
        self._begin_turn()
        self._emit(ev.TRANSFERRED, kind=kind, briefing=brief)
        self._finish("transferred", "agent")
        return None

    @_action
    def escalate(self, reason: str) -> Refusal | None:
        """Hand the call to a supervisor; a reason is required. Ends the call."""
        refusal = self._control_gate()
        if refusal is not None:
            return refusal
        if not reason.strip():
            return Refusal("reason-required", "say why the call is escalated")
        opt = self._control_option("escalate")
        if opt is not None:
            self._take(opt, control="escalate", reason=reason.strip())
            return None
        self._begin_turn()
        self._emit(ev.ESCALATED, reason=reason.strip())
        self._finish("escalated", "agent")
        return None

    @_action
    def end_call(self) -> Refusal | None:
        """Hang up. Ringing or dialing: the call is abandoned. In the dialogue: the current
        state's ``end`` option if it has one, else the agent hung up on the customer."""
        if self._phase in ("ringing", "dialing"):
            self._begin_turn()
            self._finish("abandoned", "agent")
            return None
        refusal = self._control_gate()
        if refusal is not None:
            return refusal
        opt = self._control_option("end")
        if opt is None and self._phase == "connected" and self._mute_since is None:
            opt = next(
                (o for o in self._offered_opts() if o.option.end and o.option.action is None),
                None,
            )
        if opt is not None:
            self._take(opt, control="end")
            return None
        self._begin_turn()
        self._finish("agent_hung_up", "agent")
        return None

    def _finish(self, ending: str, by: str) -> None:
        """End the call by a control: the persona machine moves to the ending's final state."""
        with self._pm.lock:
            self._pm.machine.events[f"finish:{ending}"].trigger(self, by=by)
        if self._ending is None:  # not in a dialogue state (never happens after start)
            self._wrap_up(ending, by)

    def _wrap_up(self, ending: str, by: str) -> None:
        """Close the line (a hold or mute still open ends with the call), record the ending,
        leave the persona machine and start after-call work."""
        if self._hold_since is not None:
            self._emit(ev.HOLD_ENDED, seconds=round(self._now() - self._hold_since, 3))
            self._hold_since = None
        if self._mute_since is not None:
            self._end_mute()
        self._ending = ending
        self._pending_line = False
        self._emit(ev.CALL_ENDED, ending=ending, by=by)
        self._phm.events["phase_finish"].trigger(self)
        if self._in_persona_machine:
            self._pm.machine.remove_model(self)
            self._in_persona_machine = False
        self._phm.events["phase_start_acw"].trigger(self)
        self._acw_since = self._now()
        self._emit(ev.ACW_STARTED, limit=self._account.sop.acw_seconds)
