"""Hold and mute: putting the customer on hold, muting the line, and what they cost.

Both are call controls the trainee presses and call actions an option can perform; either way
the line state changes here, so "where are holds handled" has one answer. A state's ``hold`` or
``mute`` option, when offered, *is* the control (docs/semantics.md, "Call controls").
"""

from __future__ import annotations

from mockcall.core import events as ev
from mockcall.core.engine.gates import Gates
from mockcall.core.engine.stamp import _action
from mockcall.core.engine.turn import Turn
from mockcall.core.engine.types import Refusal


class Hold(Gates, Turn):
    """Hold and mute, as controls and as the line state options change."""

    @_action
    def hold(self) -> Refusal | None:
        refusal = self._control_gate()
        if refusal is not None:
            return refusal
        if self._phase == "on_hold":
            return Refusal("on-hold", "the customer is already on hold")
        opt = self._control_option("hold")
        if opt is not None:
            self._take(opt, control="hold")
            return None
        self._begin_hold()
        return None

    @_action
    def unhold(self) -> Refusal | None:
        refusal = self._control_gate()
        if refusal is not None:
            return refusal
        if self._phase != "on_hold":
            return Refusal("not-on-hold", "the customer is not on hold")
        self._begin_turn()
        assert self._hold_since is not None
        seconds = self._now() - self._hold_since
        self._end_hold()
        reactions = self._persona.reactions
        if seconds > self._persona.mood.hold_patience:
            self._change_mood(self._persona.mood.hold_too_long, "hold_too_long")
            if reactions is not None:
                self._react(reactions.hold_too_long, "hold_too_long")
        elif reactions is not None:
            self._react(reactions.unhold, "unhold")
        self._end_turn()
        return None

    @_action
    def mute(self) -> Refusal | None:
        refusal = self._control_gate()
        if refusal is not None:
            return refusal
        if self._mute_since is not None:
            return Refusal("muted", "the line is already muted")
        opt = self._control_option("mute")
        if opt is not None:
            self._take(opt, control="mute")
            return None
        self._begin_mute()
        return None

    @_action
    def unmute(self) -> Refusal | None:
        refusal = self._control_gate()
        if refusal is not None:
            return refusal
        if self._mute_since is None:
            return Refusal("not-muted", "the line is not muted")
        self._end_mute()
        return None

    # ------------------------------------------------------------------ the line state

    def _begin_hold(self) -> None:
        self._emit(ev.HOLD_STARTED)
        self._hold_since = self._now()
        self._held_ever = True
        self._phm.events["phase_hold"].trigger(self)

    def _end_hold(self) -> None:
        assert self._hold_since is not None
        self._emit(ev.HOLD_ENDED, seconds=round(self._now() - self._hold_since, 3))
        self._hold_since = None
        self._phm.events["phase_unhold"].trigger(self)
        self._silence_since = self._now()

    def _begin_mute(self) -> None:
        self._emit(ev.MUTE_STARTED)
        self._mute_since = self._now()

    def _end_mute(self) -> None:
        assert self._mute_since is not None
        self._emit(ev.MUTE_ENDED, seconds=round(self._now() - self._mute_since, 3))
        self._mute_since = None
