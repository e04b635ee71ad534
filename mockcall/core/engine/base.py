"""What a call remembers, and what a screen may read of it.

:class:`SessionBase` holds every field of a session, the read-only views a UI renders, the
clock and the event log. Every part of :class:`~mockcall.core.engine.CallSession` (gates,
turns, holds, endings, tools, after-call work) builds on it, so all of a call's state lives in
one object: the machines write ``state`` and ``phase`` on it, and ``explore.fork`` copies a
call by copying its ``__dict__``.
"""

from __future__ import annotations

import dataclasses
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from mockcall.core.daytime import greeting, local_time
from mockcall.core.engine.machines import _Opt, persona_machine, phase_machine
from mockcall.core.engine.order import option_order_for
from mockcall.core.engine.types import Clock
from mockcall.core.events import Event, EventLog
from mockcall.core.model import Account, OptionOrder, Persona, Rubric, Scalar

_PLACEHOLDER = re.compile(r"\{([a-z]+\.[A-Za-z0-9_]+|greeting)\}")


class SessionBase:
    """The fields of one call, its clock and log, and the views a UI reads."""

    def __init__(
        self,
        persona: Persona,
        account: Account,
        *,
        rubric: Rubric | None = None,
        seed: int = 0,
        clock: Clock | None = None,
        trainee: str = "",
        agent_name: str = "",
        mode: str = "practice",
        on_event: Callable[[Event], None] | None = None,
        option_order: str | None = None,
    ) -> None:
        """Long by design: every field a session keeps is declared here, in one place."""
        self._persona = persona
        self._account = account
        self._rubric = rubric
        self._seed = seed
        self._rng = random.Random(seed)
        self._clock: Clock = clock if clock is not None else time.monotonic
        self._t0 = 0.0
        #: the time of the action in progress (see :func:`_action`), None between actions
        self._stamp: float | None = None
        self.trainee = trainee
        self.agent_name = agent_name
        self.mode = mode
        self._on_event = on_event
        self._log = EventLog()
        self._pm = persona_machine(persona)
        self._phm = phase_machine()
        self._state = persona.start
        self._phase: str = "idle"
        self._in_persona_machine = False
        self._in_phase_machine = False
        self._mood = persona.mood.start
        self._flags: frozenset[str] = frozenset()
        self._revealed: dict[str, Scalar] = {}
        self._tools_used: frozenset[str] = frozenset()
        self._card_visible = False
        self._visits: Counter[str] = Counter()
        self._spoken: set[str] = set()
        self._chosen: Counter[str] = Counter()
        self._free_said: set[str] = set()
        self._held_ever = False
        self._hold_since: float | None = None
        self._mute_since: float | None = None
        self._silence_since = 0.0
        self._pending_line = False
        self._ending: str | None = None
        self._turn = 0
        self._demands = 0
        self._acw_since: float | None = None
        self._customer_lines: list[str] = []
        # per-turn scratch, written by machine callbacks
        self._entered = False
        self._said_this_turn = False
        self._moved = False
        self._reply: tuple[Sequence[str], str] | None = None
        self._placeholders = self._placeholder_table()
        self._option_order: OptionOrder = option_order_for(mode, persona, option_order)
        #: whether agent_said records the options shown and the key pressed (a log written
        #: before options were shuffled has neither, and is replayed without them)
        self._record_order = True
        self._order_cache: tuple[tuple[str, int], tuple[_Opt, ...]] | None = None
        #: turns the customer found wasted (repeats, unclear replies, dead air); see give_up_after
        self._wasted = 0

    # ------------------------------------------------------------------ machine attributes

    @property
    def state(self) -> str:
        """The dialogue state (``end_<ending>`` once the call has ended)."""
        return self._state

    @state.setter
    def state(self, value: str) -> None:
        self._state = value

    @property
    def phase(self) -> str:
        """The call phase: ``idle`` before :meth:`start`, then one of :data:`PHASES`."""
        return self._phase

    @phase.setter
    def phase(self, value: str) -> None:
        self._phase = value

    # ------------------------------------------------------------------ read-only views

    @property
    def persona(self) -> Persona:
        return self._persona

    @property
    def account(self) -> Account:
        return self._account

    @property
    def events(self) -> list[Event]:
        """The event log so far (a copy: the log itself is append-only)."""
        return list(self._log.events)

    @property
    def seed(self) -> int:
        return self._seed

    @property
    def mood(self) -> int:
        return self._mood

    @property
    def flags(self) -> frozenset[str]:
        return self._flags

    @property
    def revealed(self) -> dict[str, Scalar]:
        """Facts the trainee has learnt so far (by probing or by tools), fact -> value."""
        return dict(self._revealed)

    @property
    def tools_used(self) -> frozenset[str]:
        return self._tools_used

    @property
    def card_visible(self) -> bool:
        """Whether a card tool was used, so the customer card may be shown."""
        return self._card_visible

    @property
    def ending(self) -> str | None:
        return self._ending

    @property
    def muted(self) -> bool:
        return self._mute_since is not None

    @property
    def on_hold_since(self) -> float | None:
        """Call time (seconds) the current hold started, or None when not on hold."""
        return self._hold_since

    @property
    def turn(self) -> int:
        """Agent turns so far (``agent_said`` events)."""
        return self._turn

    @property
    def demands(self) -> int:
        """How many times the customer has demanded a supervisor."""
        return self._demands

    @property
    def customer_lines(self) -> list[str]:
        """Everything the customer has said, in order."""
        return list(self._customer_lines)

    @property
    def last_customer_line(self) -> str:
        return self._customer_lines[-1] if self._customer_lines else ""

    @property
    def hint(self) -> str:
        """The practice-mode hint of the current state: '' outside the dialogue, and always ''
        in an assessment or a shift (nothing that gives the answer away is exposed there)."""
        st = self._persona.states.get(self._state)
        return st.hint if st is not None and self.mode == "practice" else ""

    @property
    def elapsed(self) -> float:
        """Seconds since the call started (0 before start)."""
        return self._now() if self._phase != "idle" else 0.0

    @property
    def attached(self) -> bool:
        """Whether this session is still a model of the cached persona machine."""
        return self._in_persona_machine

    # ------------------------------------------------------------------ words on screen

    def interpolate(self, text: str) -> str:
        """Fill ``{customer.name}``, ``{agent.name}``, ``{account.name}``, ``{facts.x}``...
        Unknown placeholders stay as written: a typo shows on screen instead of crashing."""
        if "{" not in text:
            return text
        table = self._placeholders
        if "{greeting}" in text:
            table = {**table, "greeting": self.greeting()}
        return _PLACEHOLDER.sub(lambda m: table.get(m.group(1), m.group(0)), text)

    def local_time(self) -> datetime:
        """The customer's wall-clock time now (``starts_at`` plus the call time, at the
        customer's ``utc_offset``)."""
        p = self._persona
        return local_time(p.starts_at, self.elapsed, p.customer.utc_offset)

    def greeting(self) -> str:
        """``{greeting}``: the time-of-day greeting for the customer's local time now, in the
        persona's language (mockcall.core.daytime decides, as the scorer does)."""
        return greeting(self.local_time(), self._persona.locale)

    def _placeholder_table(self) -> dict[str, str]:
        table: dict[str, str] = {}
        customer = self._persona.customer
        for f in dataclasses.fields(customer):
            if not f.metadata.get("internal"):
                table[f"customer.{f.name}"] = str(getattr(customer, f.name))
        for name in ("id", "name", "description"):
            table[f"account.{name}"] = str(getattr(self._account, name))
        agent = self.agent_name or self.trainee
        if agent:
            table["agent.name"] = agent
        for key, value in self._persona.facts.items():
            table[f"facts.{key}"] = str(value)
        return table

    # ------------------------------------------------------------------ clock, log, machines

    def _now(self) -> float:
        if self._stamp is not None:
            return self._stamp
        return round(self._clock() - self._t0, 3)

    def _emit(self, kind: str, /, **data: Any) -> Event:
        event = self._log.append(self._now(), kind, **data)
        if self._on_event is not None:
            self._on_event(event)
        return event

    def detach(self) -> None:
        """Leave both shared machines (done automatically; call it for an abandoned session
        object so the cached machines do not keep it alive)."""
        if self._in_persona_machine:
            with self._pm.lock:
                self._pm.machine.remove_model(self)
            self._in_persona_machine = False
        if self._in_phase_machine:
            self._phm.remove_model(self)
            self._in_phase_machine = False
