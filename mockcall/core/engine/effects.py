"""What saying an option does: the callbacks of the persona machine's transitions.

When :meth:`~mockcall.core.engine.turn.Turn._take` fires an option's transition, the machine
calls :meth:`OptionEffects._apply_option` before it moves (docs/semantics.md, "A turn", steps
1-4: the agent's line, mood, flags and facts, the option's call action) and
:meth:`OptionEffects._arrived` after it (step 5: the move is logged, or the ending wrapped up).
Mood thresholds and call controls arrive through ``_arrived`` too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from transitions import EventData

from mockcall.core import events as ev
from mockcall.core.engine.endings import Endings
from mockcall.core.engine.machines import _Opt
from mockcall.core.model import Option


class OptionEffects(Endings):
    """The persona machine's ``before`` and ``after`` callbacks."""

    def _apply_option(self, data: EventData) -> None:
        """Steps 1-4 of a turn (docs/semantics.md): the agent's line, mood, flags, facts and
        the option's call action. Runs as the transition's ``before`` callback."""
        opt = cast(_Opt, data.kwargs["opt"])
        option = opt.option
        self._moved = True
        self._say_option(opt, data)
        repeated = self._chosen[opt.id] > 0
        self._chosen[opt.id] += 1
        if repeated:
            self._wasted += 1
        mood = self._persona.mood
        delta = (
            option.mood
            if option.mood is not None
            else sum(mood.acts.get(a, 0) for a in option.acts)
        )
        self._change_mood(delta, "option")
        if repeated:
            self._change_mood(mood.repeat, "repeat")
        for flag in option.set:
            self._set_flag(flag, True)
        for flag in option.clear:
            self._set_flag(flag, False)
        facts = self._persona.facts
        for fact in option.reveal:
            if fact in facts:
                self._reveal(fact, facts[fact], "option")
        self._option_action(opt, data)
        # The customer's answer to this line, said in step 7: a repeat reaction replaces it.
        reactions = self._persona.reactions
        if repeated and reactions is not None and reactions.repeat:
            self._reply = (reactions.repeat, "repeat")
        elif option.reply:
            self._reply = (option.reply, "reply")

    def _say_option(self, opt: _Opt, data: EventData) -> None:
        """Step 1: ``agent_said``, with what was typed when the option was a typed reply."""
        said = cast("Mapping[str, Any] | None", data.kwargs.get("said"))
        control = cast(str, data.kwargs.get("control", ""))
        option = opt.option
        self._turn += 1
        if said is None:
            text, acts, free, conf = self.interpolate(option.text), list(option.acts), False, 1.0
        else:
            text, acts = str(said["text"]), list(said["acts"])
            free, conf = True, float(said["confidence"])
        self._emit(
            ev.AGENT_SAID,
            turn=self._turn,
            state=opt.state,
            option=opt.id,
            text=text,
            acts=acts,
            free=free,
            confidence=conf,
            control=control,
            **cast("Mapping[str, Any]", data.kwargs.get("order") or {}),
        )
        self._silence_since = self._now()

    def _option_action(self, opt: _Opt, data: EventData) -> None:
        """Step 4: the option's call action (an action that does not fit the line is skipped;
        the ending an escalation or transfer reaches is the transition's destination)."""
        option: Option = opt.option
        action = option.action
        if action == "hold" and self._phase == "connected":
            self._begin_hold()
        elif action == "unhold" and self._phase == "on_hold":
            self._end_hold()
        elif action == "mute" and self._mute_since is None:
            self._begin_mute()
        elif action == "unmute" and self._mute_since is not None:
            self._end_mute()
        elif action == "escalate":
            reason = cast(str, data.kwargs.get("reason", "")) or self.interpolate(option.text)
            self._emit(ev.ESCALATED, reason=reason or opt.id)
        elif action in ("transfer_warm", "transfer_cold"):
            brief = data.kwargs.get("briefing") or {}
            self._emit(ev.TRANSFERRED, kind=action.removeprefix("transfer_"), briefing=dict(brief))

    def _arrived(self, data: EventData, *, via: str) -> None:
        """After-callback of every persona transition: log the move or wrap up the ending."""
        transition = data.transition
        if transition is None or transition.dest is None:
            return
        dest = transition.dest
        source = transition.source
        if dest in self._pm.finals:
            self._arrived_at_ending(data, dest.removeprefix("end_"), via)
            return
        self._visits[dest] += 1
        self._entered = True
        opt = data.kwargs.get("opt")
        self._emit(
            ev.STATE_CHANGED,
            source=source,
            dest=dest,
            via="mood" if via == "mood" else "option",
            option=opt.id if isinstance(opt, _Opt) else "",
        )

    def _arrived_at_ending(self, data: EventData, ending: str, via: str) -> None:
        """The call reached an ending: by the customer's mood (they hang up), by an option (its
        reply is the last thing said), or by a control."""
        if via == "mood":
            reactions = self._persona.reactions
            if reactions is not None:
                self._react(reactions.hang_up, "hang_up")
            self._wrap_up(ending, "customer")
        elif via == "option":
            control = cast(str, data.kwargs.get("control", ""))
            self._say_reply()  # last words before the line closes
            self._wrap_up(ending, "agent" if control else "option")
        else:
            self._wrap_up(ending, cast(str, data.kwargs.get("by", "agent")))
