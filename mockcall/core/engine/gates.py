"""Which actions fit the call's phase: the refusals every action starts with.

One place answers "can I do this now?" so every action refuses the same way in the same phase
(the codes are what the UI translates).
"""

from __future__ import annotations

from mockcall.core.engine.base import SessionBase
from mockcall.core.engine.types import Refusal


class Gates(SessionBase):
    """Phase checks shared by the trainee's actions."""

    def _gate(self, phase: str, action: str) -> Refusal:
        """The refusal for doing ``action`` in ``phase`` (the caller knows it does not fit)."""
        if phase == "idle":
            return Refusal("not-connected", "the call has not started")
        if phase == "ringing":
            return Refusal("ringing", "the call is ringing: answer it first")
        if phase == "dialing":
            return Refusal("not-connected", "nobody is on the line yet: dial the customer")
        if phase == "on_hold":
            if action in ("answer", "dial"):
                return Refusal("in-call", "already in a call")
            return Refusal("on-hold", "the customer is on hold: take them off hold first")
        if phase == "connected":
            return Refusal("in-call", "already in a call")
        return Refusal("call-ended", "the call has ended")

    def _control_gate(self) -> Refusal | None:
        """Controls need a live conversation (connected or on hold)."""
        if self._phase in ("connected", "on_hold"):
            return None
        return self._gate(self._phase, "control")

    def _can_speak(self) -> Refusal | None:
        if self._phase != "connected":
            return self._gate(self._phase, "speak")
        if self._mute_since is not None:
            return Refusal("muted", "the line is muted: the customer cannot hear you")
        return None
