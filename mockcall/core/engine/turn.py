"""A turn: the agent speaks, the machine moves, the mood settles, the customer answers.

The frame every action that says something runs in (docs/semantics.md, "A turn", steps 1-7):
:meth:`Turn._take` fires an option's transition, :meth:`Turn._end_turn` checks the mood
thresholds and lets the customer speak. What an option *does* inside its transition is in
``effects.py``; the customer's side of the conversation (lines, mood, flags, facts) is here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mockcall.core import events as ev
from mockcall.core.engine.machines import _Opt
from mockcall.core.engine.offer import Offers
from mockcall.core.engine.types import MOOD_CHECK
from mockcall.core.model import Scalar


class Turn(Offers):
    """Running a turn, and the customer's reactions within it."""

    @property
    def wasted_turns(self) -> int:
        """Turns the customer found wasted so far: repeated lines, replies they did not
        understand, dead air (``mood.give_up_after`` of them are tolerated)."""
        return self._wasted

    def _begin_turn(self) -> None:
        self._entered = False
        self._said_this_turn = False
        self._moved = False
        self._reply = None

    def _take(
        self,
        opt: _Opt,
        *,
        said: Mapping[str, Any] | None = None,
        control: str = "",
        reason: str = "",
        briefing: Mapping[str, str] | None = None,
        key: int = 0,
    ) -> None:
        """Say ``opt``: its transition fires (``effects.py`` runs as its callbacks), then the
        turn ends unless the option ended the call."""
        self._begin_turn()
        order = self._order_fields(key)
        with self._pm.lock:
            self._moved = False
            self._pm.machine.events[opt.trigger].trigger(
                self,
                opt=opt,
                said=said,
                control=control,
                reason=reason,
                briefing=briefing,
                order=order,
            )
        if not self._moved:  # pragma: no cover - the gate checked the same predicate
            raise RuntimeError(f"option {opt.id} did not fire in state {self._state}")
        if self._ending is None:
            self._end_turn()

    def _gave_up(self) -> bool:
        """More wasted turns than the customer sits through (``mood.give_up_after``; 0: never):
        with a mood at ``hangup_at``, the condition of the hang-up transition."""
        limit = self._persona.mood.give_up_after
        return 0 < limit < self._wasted

    def _mood_check(self) -> None:
        if self._ending is None and self._state in self._pm.mood_sources:
            rises_at, calms_below = self._pm.mood_gates[self._state]
            if calms_below <= self._mood < rises_at and not self._gave_up():
                return  # no threshold can hold: the machine would not move
            with self._pm.lock:
                self._pm.machine.events[MOOD_CHECK].trigger(self)

    def _end_turn(self) -> None:
        """Steps 6-7: mood thresholds, then the customer speaks in the state the turn ended in
        (the state's line when it was entered, deferred on hold, or when nothing else was
        said)."""
        self._mood_check()
        if self._ending is not None:
            return
        self._say_reply()
        pending = self._pending_line and self._phase == "connected"
        if self._entered or not self._said_this_turn or pending:
            self._speak_state()

    # ------------------------------------------------------------------ the customer

    def _speak_state(self) -> None:
        if self._phase == "on_hold":
            self._pending_line = True
            return
        self._pending_line = False
        name = self._state
        state = self._persona.states.get(name)
        if state is None:
            return
        again = name in self._spoken and bool(state.again)
        self._say(state.again if again else state.say, "again" if again else "say", name)
        self._spoken.add(name)
        if name == self._persona.mood.demand_state:
            self._demands += 1
            self._emit(ev.ESCALATION_DEMAND, count=self._demands, state=name)

    def _say_reply(self) -> None:
        if self._reply is not None:
            lines, source = self._reply
            self._reply = None
            self._say(lines, source, self._state)

    def _react(self, lines: Sequence[str], source: str) -> None:
        self._say(lines, source, self._state)

    def _say(self, lines: Sequence[str], source: str, state: str) -> None:
        if not lines:
            return
        variant = self._rng.randrange(len(lines))
        text = self.interpolate(lines[variant])
        self._emit(ev.CUSTOMER_SAID, state=state, text=text, variant=variant, source=source)
        self._customer_lines.append(text)
        self._said_this_turn = True
        self._silence_since = self._now()

    def _change_mood(self, delta: int, cause: str) -> None:
        before = self._mood
        after = min(100, max(0, before + delta))
        if after != before:
            self._mood = after
            self._emit(
                ev.MOOD_CHANGED, before=before, after=after, delta=after - before, cause=cause
            )

    def _set_flag(self, flag: str, value: bool) -> None:
        self._flags = self._flags | {flag} if value else self._flags - {flag}
        self._emit(ev.FLAG_SET, flag=flag, value=value)

    def _reveal(self, fact: str, value: Scalar, via: str) -> None:
        self._revealed[fact] = value
        self._emit(ev.FACT_REVEALED, fact=fact, value=value, via=via)
