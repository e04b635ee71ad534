"""The call engine: a persona's dialogue and the call's phases, driven by ``transitions``.

Two state machines move each call:

* the **persona machine** — one ``transitions.Machine`` per persona, built once and cached. Its
  states are the persona's dialogue states plus one final state per ending; every option is a
  transition whose ``conditions`` come from the option's ``when``; mood thresholds are the
  conditional transitions of the ``mood_check`` trigger. Building a machine costs far more than
  a turn, and a nesting shift plays the same persona many times, so each :class:`CallSession`
  is ``add_model``-ed to the cached machine and removed again when its call ends.
* the **call-phase machine** — shared by every session (ringing, dialing, connected, on_hold,
  ended, acw, done), so "can I hold now?" has one answer for every persona.

Everything that happens is appended to the session's event log (``mockcall.core.events``); the
log is the single truth of a call: scoring, replay, review and crash recovery (:func:`restore`)
read nothing else. ``docs/semantics.md`` is the contract this module implements, including the
"Engine notes" section for the choices the contract leaves open.

Nothing here raises for something a user did: an action that does not fit returns a
:class:`Refusal` with a stable code the UI translates.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Concatenate, Final, Literal, ParamSpec, Protocol, TypeVar, cast

from transitions import EventData, Machine

from mockcall.core import events as ev
from mockcall.core.daytime import greeting, local_time
from mockcall.core.events import Event, EventLog
from mockcall.core.model import (
    Account,
    Condition,
    Option,
    OptionOrder,
    Persona,
    Rubric,
    Scalar,
    Sop,
)
from mockcall.core.vocab import ENGINE_ENDINGS

# transitions logs every trigger and warns about skipped model bindings through the standard
# logging tree; a terminal UI must never print its internals, so its logger is detached here once.
_TRANSITIONS_LOG = logging.getLogger("transitions")
if not any(isinstance(h, logging.NullHandler) for h in _TRANSITIONS_LOG.handlers):
    _TRANSITIONS_LOG.addHandler(logging.NullHandler())
_TRANSITIONS_LOG.propagate = False

RefusalCode = Literal[
    "ringing",
    "not-connected",
    "in-call",
    "on-hold",
    "not-on-hold",
    "call-ended",
    "no-such-option",
    "option-unavailable",
    "no-such-tool",
    "no-such-doc",
    "no-such-entry",
    "not-outbound",
    "briefing-required",
    "reason-required",
    "muted",
    "not-muted",
    "not-in-acw",
    "unknown-disposition",
]

Phase = Literal["idle", "ringing", "dialing", "connected", "on_hold", "ended", "acw", "done"]
Mode = Literal["practice", "assessment", "shift"]
TransferKind = Literal["warm", "cold"]

#: Phases of the shared call-phase machine, in the order a call normally passes them.
PHASES: Final[tuple[str, ...]] = (
    "ringing",
    "dialing",
    "connected",
    "on_hold",
    "ended",
    "acw",
    "done",
)

#: Endings a call action produces when the option does not name one.
ACTION_ENDINGS: Final[dict[str, str]] = {
    "escalate": "escalated",
    "transfer_warm": "transferred",
    "transfer_cold": "transferred",
    "end": "agent_hung_up",
}

#: The briefing keys a warm transfer needs (DOMAIN §4: who, issue, what was tried).
BRIEFING_KEYS: Final[tuple[str, ...]] = ("to", "issue", "tried")

MOOD_CHECK: Final = "mood_check"


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why an action was not done. ``code`` is stable (the UI translates it); the message is
    English for logs, tests and the command line."""

    code: RefusalCode
    message: str


class Clock(Protocol):
    """Monotonic seconds. Injected so tests and the simulator control time exactly."""

    def __call__(self) -> float: ...


class ManualClock:
    """A clock that moves only when told: simulations and tests are exact and instant."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = float(now)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        """Move time forward (never back: the engine assumes a monotonic clock)."""
        self.now += max(0.0, float(seconds))
        return self.now


@dataclass(frozen=True, slots=True)
class OfferedOption:
    """An option as the trainee sees it: its key (``number``, 1-based in the order shown), its
    text with placeholders filled in, and ``position``: its number among the offered options
    in *file* order (what a path's ``3`` means, whatever the screen order)."""

    number: int
    option: Option
    text: str
    id: str
    position: int = 0


def option_order_for(mode: str, persona: Persona, requested: str | None = None) -> OptionOrder:
    """The order a call shows its options in (docs/semantics.md, "Option order").

    An assessment (or a shift) always shuffles: a trainee who learnt that the best reply comes
    first must not be able to pass by pressing ``1``. A practice call shuffles unless the trainer
    asks for the file order (``requested``) or the persona pins it (``option_order: file``).
    """
    if mode != "practice":
        return "shuffled"
    if requested == "file":
        return "file"
    if requested == "shuffled":
        return "shuffled"
    return persona.option_order


def shown_order(seed: int, state: str, turn: int, count: int) -> list[int]:
    """The screen order of a state's ``count`` options (indices in file order) for a shuffled
    call: a permutation drawn from (seed, state, turn) alone, so a replay redraws it and the
    order changes when the trainee comes back to a state later in the call."""
    order = list(range(count))
    random.Random(f"options:{seed}:{state}:{turn}").shuffle(order)
    return order


class RestoreError(ValueError):
    """The stored log cannot be replayed against this persona (it was edited, or the log is
    damaged). ``seq`` is the first event that could not be reproduced."""

    def __init__(self, seq: int, message: str) -> None:
        super().__init__(f"event {seq}: {message}")
        self.seq = seq


# --------------------------------------------------------------------------- persona machine


def ending_state(ending: str) -> str:
    """The machine state of an ending. Prefixed (as ``graph.ending_node`` does) because endings
    and dialogue states share one namespace in the machine and could otherwise collide."""
    return f"end_{ending}"


def _effective_id(state: str, index: int, option: Option) -> str:
    """An option's id; unnamed options are ``<state>.<n>`` (1-based in file order)."""
    return option.id or f"{state}.{index + 1}"


def _option_ending(option: Option) -> str | None:
    """The ending an option reaches: its ``end``, else the one its call action implies."""
    if option.end:
        return option.end
    if option.action is not None:
        return ACTION_ENDINGS.get(option.action)
    return None


Predicate = Callable[["CallSession"], bool]


def _always(_: CallSession) -> bool:
    return True


def _predicate(cond: Condition | None) -> Predicate:
    """Compile an option's ``when`` into one function of the session.

    Built once per persona, so a turn only evaluates the keys that were actually written.
    """
    if cond is None:
        return _always
    tests: list[Predicate] = []
    if cond.mood_at_least is not None:
        lo = cond.mood_at_least
        tests.append(lambda s: s._mood >= lo)
    if cond.mood_below is not None:
        hi = cond.mood_below
        tests.append(lambda s: s._mood < hi)
    if cond.flags:
        need = frozenset(cond.flags)
        tests.append(lambda s: need <= s._flags)
    if cond.not_flags:
        avoid = frozenset(cond.not_flags)
        tests.append(lambda s: not (avoid & s._flags))
    if cond.revealed:
        facts = tuple(cond.revealed)
        tests.append(lambda s: all(f in s._revealed for f in facts))
    if cond.not_revealed:
        hidden = tuple(cond.not_revealed)
        tests.append(lambda s: not any(f in s._revealed for f in hidden))
    if cond.tools_used:
        tools = frozenset(cond.tools_used)
        tests.append(lambda s: tools <= s._tools_used)
    if cond.visited:
        seen = tuple(cond.visited)
        tests.append(lambda s: all(s._visits[v] > 0 for v in seen))
    if cond.not_visited:
        unseen = tuple(cond.not_visited)
        tests.append(lambda s: all(s._visits[v] == 0 for v in unseen))
    if cond.min_visits:
        mins = dict(cond.min_visits)
        tests.append(lambda s: all(s._visits[k] >= n for k, n in mins.items()))
    if cond.max_visits:
        maxs = dict(cond.max_visits)
        tests.append(lambda s: all(s._visits[k] <= n for k, n in maxs.items()))
    if cond.facts:
        want = dict(cond.facts)
        tests.append(lambda s: all(s._persona.facts.get(k) == v for k, v in want.items()))
    if cond.held is not None:
        held = cond.held
        tests.append(lambda s: s._held_ever == held)
    if not tests:
        return _always
    if len(tests) == 1:
        return tests[0]
    return lambda s: all(t(s) for t in tests)


@dataclass(frozen=True, slots=True)
class _Opt:
    """An option compiled for one persona machine."""

    id: str
    state: str
    option: Option
    trigger: str
    ending: str | None
    when: Predicate


@dataclass
class PersonaMachine:
    """A persona's cached machine plus the lookup tables a turn needs."""

    persona: Persona
    machine: Machine
    options: dict[str, tuple[_Opt, ...]]
    by_id: dict[str, dict[str, _Opt]]
    finals: frozenset[str]
    mood_sources: frozenset[str]
    #: per state with a mood transition: the lowest mood a rising threshold fires at, and the
    #: mood a falling one (calming down) fires below (-1: none). ``_mood_check`` asks the
    #: machine only when one can hold: most turns cross no threshold, and a trigger costs more
    #: than the comparison.
    mood_gates: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict)
    #: The machine's transition queue is shared by its models; sessions driven from several
    #: threads must not interleave their triggers.
    lock: threading.RLock = dataclasses.field(default_factory=threading.RLock)


def _session(data: EventData) -> CallSession:
    return cast(CallSession, data.model)


def _cond(pred: Predicate) -> Callable[[EventData], bool]:
    return lambda data: pred(_session(data))


def _before_option(data: EventData) -> None:
    _session(data)._apply_option(data)


def _after_option(data: EventData) -> None:
    _session(data)._arrived(data, via="option")


def _after_mood(data: EventData) -> None:
    _session(data)._arrived(data, via="mood")


def _after_finish(data: EventData) -> None:
    _session(data)._arrived(data, via="control")


def _build_persona_machine(persona: Persona) -> PersonaMachine:
    endings = list(dict.fromkeys([*persona.endings, *ENGINE_ENDINGS]))
    for state in persona.states.values():
        for option in state.options:
            end = _option_ending(option)
            if end and end not in endings:
                endings.append(end)
    finals = frozenset(ending_state(e) for e in endings)
    dialogue = list(persona.states)
    states: list[Any] = [*dialogue, *({"name": f, "final": True} for f in sorted(finals))]
    machine = Machine(
        model=None,
        states=states,
        initial=persona.start,
        auto_transitions=False,
        queued=True,
        send_event=True,
        model_attribute="state",
        ignore_invalid_triggers=False,
        name=f"persona:{persona.id}",
    )
    options: dict[str, tuple[_Opt, ...]] = {}
    by_id: dict[str, dict[str, _Opt]] = {}
    for name, state in persona.states.items():
        compiled: list[_Opt] = []
        ids: dict[str, _Opt] = {}
        for index, option in enumerate(state.options):
            oid = _effective_id(name, index, option)
            trigger = f"option:{oid}"
            # Ids are meant to be unique; if a file repeats one inside a state, keep both
            # options reachable by giving the later one its own trigger.
            if oid in ids:
                trigger = f"{trigger}#{index + 1}"
            ending = _option_ending(option)
            dest: str | None
            if ending:
                dest = ending_state(ending)
            elif option.goto:
                dest = option.goto
            else:
                dest = None  # internal transition: the state is kept, nothing exits or enters
            pred = _predicate(option.when)
            machine.add_transition(
                trigger,
                name,
                dest,
                conditions=[_cond(pred)],
                before=[_before_option],
                after=[_after_option],
            )
            opt = _Opt(oid, name, option, trigger, ending, pred)
            compiled.append(opt)
            ids.setdefault(oid, opt)
        options[name] = tuple(compiled)
        by_id[name] = ids

    # Mood thresholds, in priority order: a customer past hangup_at leaves whatever else holds.
    mood = persona.mood
    hang_at = mood.hangup_at
    gates = {name: (hang_at, -1) for name in dialogue}
    for name in dialogue:
        machine.add_transition(
            MOOD_CHECK,
            name,
            ending_state("customer_hung_up"),
            conditions=[lambda d, at=hang_at: _session(d)._mood >= at or _session(d)._gave_up()],
            after=[_after_mood],
        )
    demand, calm = mood.demand_state, mood.calm_state
    if demand and demand in persona.states:
        esc_at = mood.escalate_at
        for name, state in persona.states.items():
            if name != demand and state.mood_escalation:
                gates[name] = (min(hang_at, esc_at), -1)
                machine.add_transition(
                    MOOD_CHECK,
                    name,
                    demand,
                    conditions=[lambda d, at=esc_at: _session(d)._mood >= at],
                    after=[_after_mood],
                )
        if calm and calm in persona.states:
            calm_at = mood.calm_at
            gates[demand] = (gates[demand][0], calm_at)
            machine.add_transition(
                MOOD_CHECK,
                demand,
                calm,
                conditions=[lambda d, at=calm_at: _session(d)._mood < at],
                after=[_after_mood],
            )
    # Call controls that end the call without an option (hang up, transfer, escalate...).
    sources: list[Any] = list(dialogue)
    for ending in endings:
        machine.add_transition(
            f"finish:{ending}", sources, ending_state(ending), after=[_after_finish]
        )
    return PersonaMachine(
        persona=persona,
        machine=machine,
        options=options,
        by_id=by_id,
        finals=finals,
        mood_sources=frozenset(machine.events[MOOD_CHECK].transitions),
        mood_gates=gates,
    )


_MACHINES: dict[tuple[str, int], PersonaMachine] = {}
_PHASE_MACHINE: list[Machine] = []
_CACHE_LOCK = threading.Lock()


def persona_machine(persona: Persona) -> PersonaMachine:
    """The cached machine of ``persona``, built on first use.

    Keyed by the persona's id and object identity: a reloaded (edited) persona is a new object
    and gets a fresh machine, while the replaced one's idle machine is dropped.
    """
    key = (persona.id, id(persona))
    found = _MACHINES.get(key)
    if found is not None and found.persona is persona:
        return found
    with _CACHE_LOCK:
        found = _MACHINES.get(key)
        if found is not None and found.persona is persona:
            return found
        for old_key, old in list(_MACHINES.items()):
            if old_key[0] == persona.id and not old.machine.models:
                del _MACHINES[old_key]
        built = _build_persona_machine(persona)
        _MACHINES[key] = built
        return built


def phase_machine() -> Machine:
    """The call-phase machine shared by every session."""
    if _PHASE_MACHINE:
        return _PHASE_MACHINE[0]
    with _CACHE_LOCK:
        if not _PHASE_MACHINE:
            # Triggers are prefixed "phase_" so they never shadow CallSession's own methods
            # (answer, hold, unhold) nor the persona machine's triggers on the same model.
            machine = Machine(
                model=None,
                states=list(PHASES),
                initial="ringing",
                transitions=[
                    ["phase_answer", "ringing", "connected"],
                    ["phase_connect", "dialing", "connected"],
                    ["phase_hold", "connected", "on_hold"],
                    ["phase_unhold", "on_hold", "connected"],
                    ["phase_finish", ["ringing", "dialing", "connected", "on_hold"], "ended"],
                    ["phase_start_acw", "ended", "acw"],
                    ["phase_close", "acw", "done"],
                ],
                auto_transitions=False,
                send_event=True,
                model_attribute="phase",
                name="phase",
            )
            _PHASE_MACHINE.append(machine)
        return _PHASE_MACHINE[0]


def clear_machine_cache() -> None:
    """Forget every cached machine (tests; a trainer reloading personas)."""
    with _CACHE_LOCK:
        _MACHINES.clear()
        _PHASE_MACHINE.clear()


def cached_machine_count() -> int:
    return len(_MACHINES)


# --------------------------------------------------------------------------- helpers

_PLACEHOLDER = re.compile(r"\{([a-z]+\.[A-Za-z0-9_]+|greeting)\}")


def _plain(value: Any) -> Any:
    """Model values as JSON-able event data (tuples to lists, dataclasses to dicts)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not f.metadata.get("internal")
        }
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _sop_dict(sop: Sop) -> dict[str, Any]:
    return cast(dict[str, Any], _plain(sop))


def _norm_text(text: str) -> str:
    return " ".join(text.casefold().split())


_WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# --------------------------------------------------------------------------- the session


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _action(
    method: Callable[Concatenate[CallSession, _P], _R],
) -> Callable[Concatenate[CallSession, _P], _R]:
    """One trainee action reads the clock once: every event it records carries that time.

    This is the invariant crash recovery rests on (docs/semantics.md, "Time"): restore replays
    each action with the clock set to its first event's time, so the action must not read the
    clock again halfway.  The time is rounded to the millisecond the log keeps *before* anything
    is computed from it, so a duration worked out live and one worked out on replay agree to the
    last digit.  An action called from inside another keeps the outer action's time.
    """

    @functools.wraps(method)
    def stamped(self: CallSession, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        if self._stamp is not None:
            return method(self, *args, **kwargs)
        self._stamp = round(self._clock() - self._t0, 3)
        try:
            return method(self, *args, **kwargs)
        finally:
            self._stamp = None

    return stamped


class CallSession:
    """One call of one trainee with one persona.

    Public methods are the trainee's actions; each returns a :class:`Refusal` or ``None`` and
    never raises for a user mistake. Read-only properties give a UI everything it renders.
    The persona machine writes ``state`` and the phase machine writes ``phase`` on this object
    (their ``model_attribute``); nothing else should.
    """

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
    def acw_remaining(self) -> float | None:
        """Seconds left of the ACW limit (negative when over), None outside ACW."""
        if self._acw_since is None or self._phase != "acw":
            return None
        return self._account.sop.acw_seconds - (self._now() - self._acw_since)

    @property
    def attached(self) -> bool:
        """Whether this session is still a model of the cached persona machine."""
        return self._in_persona_machine

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

    @property
    def option_order(self) -> OptionOrder:
        """``shuffled`` or ``file``: how this call orders its options on screen."""
        return self._option_order

    def offered(self) -> list[OfferedOption]:
        """Options whose ``when`` holds now, numbered 1..n in the order shown (shuffled by the
        seed, or file order); ``position`` is each one's number in file order.

        Empty whenever the trainee cannot speak: before the call connects, while the customer
        is on hold, and after it ends.
        """
        if self._phase != "connected":
            return []
        opts = self._offered_opts()
        position = {o.trigger: n for n, o in enumerate(opts, start=1)}
        return [
            OfferedOption(n, o.option, self.interpolate(o.option.text), o.id, position[o.trigger])
            for n, o in enumerate(self._shown_opts(), start=1)
        ]

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Refusal | None:
        """Begin the call: inbound calls ring, outbound calls show the call list, chat and
        email open connected. Starting twice does nothing."""
        if self._phase != "idle":
            return None
        self._start(None)
        return None

    @_action
    def answer(self) -> Refusal | None:
        if self._phase != "ringing":
            return self._gate(self._phase, "answer")
        self._emit(ev.ANSWERED)
        self._phm.events["phase_answer"].trigger(self)
        self._silence_since = self._now()
        self._begin_turn()
        self._speak_state()
        return None

    @_action
    def dial(self, entry_id: str) -> Refusal | None:
        """Outbound: dial a call-list entry. Only the persona's target starts the dialogue."""
        if self._persona.direction != "outbound":
            return Refusal("not-outbound", "this is not an outbound call")
        if self._phase != "dialing":
            return self._gate(self._phase, "dial")
        entry = next((e for e in self._persona.call_list if e.id == entry_id), None)
        if entry is None:
            return Refusal("no-such-entry", f"no call-list entry '{entry_id}'")
        local = local_time(self._persona.starts_at, self._now(), entry.utc_offset)
        self._emit(
            ev.DIALED,
            entry=entry.id,
            phone=entry.phone,
            name=entry.name,
            dnc=entry.dnc,
            consent=entry.consent,
            target=entry.target,
            local_time=local.isoformat(timespec="minutes"),
            within_hours=self._within_hours(local),
        )
        if not entry.answers or not entry.target:
            reason = "no-answer" if not entry.answers else "not-target"
            self._emit(ev.NO_ANSWER, entry=entry.id, reason=reason)
            return None
        self._emit(ev.CONNECTED)
        self._phm.events["phase_connect"].trigger(self)
        self._silence_since = self._now()
        self._begin_turn()
        self._speak_state()
        return None

    # ------------------------------------------------------------------ talking

    @_action
    def choose(self, number: int) -> Refusal | None:
        """Say the ``number``-th offered option (1-based, as on screen)."""
        refusal = self._can_speak()
        if refusal is not None:
            return refusal
        opts = self._shown_opts()
        if not 1 <= number <= len(opts):
            return Refusal("no-such-option", f"there is no option {number} (1..{len(opts)})")
        self._take(opts[number - 1], key=number)
        return None

    @_action
    def choose_id(self, option_id: str) -> Refusal | None:
        """Say an option by id (paths, free-text confirmation, crash recovery)."""
        refusal = self._can_speak()
        if refusal is not None:
            return refusal
        opt, refusal = self._find(option_id)
        if refusal is not None:
            return refusal
        assert opt is not None
        self._take(opt)
        return None

    @_action
    def say_free(
        self,
        text: str,
        acts: Sequence[str],
        confidence: float,
        option_id: str | None = None,
    ) -> Refusal | None:
        """A typed reply. With ``option_id`` (the recogniser's or trainee's confirmed match) it
        counts as that option, but the log keeps what was actually typed and recognised. Without,
        the acts alone move the mood and the customer asks what was meant."""
        refusal = self._can_speak()
        if refusal is not None:
            return refusal
        said = {"text": text, "acts": list(acts), "confidence": float(confidence)}
        if option_id:
            opt, refusal = self._find(option_id)
            if refusal is not None:
                return refusal
            assert opt is not None
            self._take(opt, said=said)
            return None
        self._begin_turn()
        order = self._order_fields(0)
        self._turn += 1
        self._emit(
            ev.AGENT_SAID,
            turn=self._turn,
            state=self._state,
            option="",
            text=text,
            acts=list(acts),
            free=True,
            confidence=float(confidence),
            control="",
            **order,
        )
        self._silence_since = self._now()
        key = _norm_text(text)
        repeated = key in self._free_said
        self._free_said.add(key)
        self._wasted += 1  # repeated, or not understood: either way the call did not move
        acts_mood = self._persona.mood.acts
        self._change_mood(sum(acts_mood.get(a, 0) for a in acts), "free_text")
        reactions = self._persona.reactions
        if repeated:
            self._change_mood(self._persona.mood.repeat, "repeat")
            if reactions is not None:
                self._react(reactions.repeat, "repeat")
        elif reactions is not None:
            self._react(reactions.unclear, "unclear")
        self._end_turn()
        return None

    # ------------------------------------------------------------------ call controls

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

    # ------------------------------------------------------------------ tools, KB, time

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

    @_action
    def poll(self) -> None:
        """Let time pass: silence past the customer's patience is dead air."""
        if self._phase != "connected" or self._persona.channel == "email":
            return
        patience = self._persona.mood.patience
        if self._persona.channel == "chat":
            patience = max(patience, self._account.sop.chat_response_seconds)
        silence = self._now() - self._silence_since
        if silence <= patience:
            return
        self._begin_turn()
        self._emit(ev.DEAD_AIR, seconds=round(silence, 3))
        self._silence_since = self._now()
        self._wasted += 1
        self._change_mood(self._persona.mood.dead_air, "dead_air")
        if self._persona.reactions is not None:
            self._react(self._persona.reactions.dead_air, "dead_air")
        self._end_turn()

    # ------------------------------------------------------------------ ACW

    @_action
    def submit_acw(
        self, notes: str, disposition: str, followups: Iterable[str] = ()
    ) -> Refusal | None:
        if self._phase != "acw":
            return Refusal("not-in-acw", "after-call work starts when the call has ended")
        codes = {d.id for d in self._account.dispositions}
        if codes and disposition not in codes:
            return Refusal("unknown-disposition", f"unknown disposition '{disposition}'")
        follow = list(followups)
        known = {f.id for f in self._account.followups}
        bad = [f for f in follow if f not in known]
        if bad:
            return Refusal("unknown-disposition", f"unknown follow-up '{bad[0]}'")
        assert self._acw_since is not None
        self._emit(ev.ACW_NOTE, text=notes)
        self._emit(ev.DISPOSITION, code=disposition)
        for code in follow:
            self._emit(ev.FOLLOWUP, code=code)
        seconds = round(self._now() - self._acw_since, 3)
        limit = self._account.sop.acw_seconds
        self._emit(ev.ACW_ENDED, seconds=seconds, limit=limit, over=seconds > limit)
        self._phm.events["phase_close"].trigger(self)
        self.detach()
        return None

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

    # ================================================================== internals

    def _now(self) -> float:
        if self._stamp is not None:
            return self._stamp
        return round(self._clock() - self._t0, 3)

    def _emit(self, kind: str, /, **data: Any) -> Event:
        event = self._log.append(self._now(), kind, **data)
        if self._on_event is not None:
            self._on_event(event)
        return event

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

    def _start(self, recorded: Mapping[str, Any] | None) -> None:
        persona = self._persona
        self._t0 = self._clock()
        self._stamp = 0.0
        try:
            self._open(persona, recorded)
        finally:
            self._stamp = None

    def _open(self, persona: Persona, recorded: Mapping[str, Any] | None) -> None:
        """The events of a call's first instant, all at t = 0."""
        with self._pm.lock:
            self._pm.machine.add_model(self, initial=persona.start)
        self._in_persona_machine = True
        if persona.direction == "outbound" and persona.channel == "call":
            first = "dialing"
        elif persona.channel == "call":
            first = "ringing"
        else:
            first = "connected"
        self._phm.add_model(self, initial=first)
        self._in_phase_machine = True
        if recorded is not None:
            order = recorded.get("option_order")
            # A log written before options were shuffled showed them in file order.
            self._option_order = "shuffled" if order == "shuffled" else "file"
            self._record_order = order is not None
            self._emit(ev.CALL_STARTED, **dict(recorded))
        else:
            self._emit(ev.CALL_STARTED, **self._call_started_data())
        if first == "ringing":
            self._emit(ev.RINGING)
        elif first == "connected":
            self._emit(ev.CONNECTED)
            self._silence_since = self._now()
            self._begin_turn()
            self._speak_state()

    def _call_started_data(self) -> dict[str, Any]:
        p, a, r = self._persona, self._account, self._rubric
        expect = p.expect
        return {
            "persona": p.id,
            "account": a.id,
            "channel": p.channel,
            "direction": p.direction,
            "locale": p.locale,
            "mode": self.mode,
            "option_order": self._option_order,
            "trainee": self.trainee,
            "agent": self.agent_name,
            "seed": self._seed,
            "starts_at": p.starts_at,
            "sop": _sop_dict(a.sop),
            "expect": {
                "disposition": dict(expect.disposition) if expect else {},
                "notes_mention": list(expect.notes_mention) if expect else [],
            },
            "rubric": (
                {"id": r.id, "version": r.version, "hash": r.content_hash}
                if r is not None
                else None
            ),
            "customer": {
                "name": p.customer.name,
                "title": p.customer.title,
                "utc_offset": p.customer.utc_offset,
            },
            "demand_state": p.mood.demand_state,
            "endings": list(p.endings),
        }

    # --- gates ---

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

    def _offered_opts(self) -> list[_Opt]:
        """Offered options in file order."""
        return [o for o in self._pm.options.get(self._state, ()) if o.when(self)]

    def _shown_opts(self) -> list[_Opt]:
        """Offered options in the order shown: file order, or the state's options permuted by
        :func:`shown_order` and then filtered, so an option appearing or disappearing in the
        middle of a turn (a tool, dead air) never reshuffles the others."""
        if self._option_order != "shuffled":
            return self._offered_opts()
        key = (self._state, self._turn)
        cached = self._order_cache
        if cached is None or cached[0] != key:
            opts = self._pm.options.get(self._state, ())
            order = shown_order(self._seed, self._state, self._turn, len(opts))
            cached = self._order_cache = (key, tuple(opts[i] for i in order))
        return [o for o in cached[1] if o.when(self)]

    def _order_fields(self, key: int) -> dict[str, Any]:
        """What ``agent_said`` records of the screen: the option ids in the order shown and the
        number pressed (0: by id, typed, or a call control). Nothing for a log from before
        shuffling, so it replays unchanged."""
        if not self._record_order:
            return {}
        shown = [o.id for o in self._shown_opts()] if self._phase == "connected" else []
        return {"shown": shown, "key": key}

    def _find(self, option_id: str) -> tuple[_Opt | None, Refusal | None]:
        opt = self._pm.by_id.get(self._state, {}).get(option_id)
        if opt is None:
            return None, Refusal("no-such-option", f"no option '{option_id}' here")
        if not opt.when(self):
            return None, Refusal("option-unavailable", f"option '{option_id}' is not offered now")
        return opt, None

    def _control_option(self, action: str) -> _Opt | None:
        """A call control *is* the current state's option performing that action, if offered
        and the customer can hear it (connected, not muted)."""
        if self._phase != "connected" or self._mute_since is not None:
            return None
        return next((o for o in self._offered_opts() if o.option.action == action), None)

    # --- a turn ---

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

    def _apply_option(self, data: EventData) -> None:
        """Steps 1-4 of a turn (docs/semantics.md): the agent's line, mood, flags, facts and
        the option's call action. Runs as the transition's ``before`` callback."""
        opt = cast(_Opt, data.kwargs["opt"])
        said = cast("Mapping[str, Any] | None", data.kwargs.get("said"))
        control = cast(str, data.kwargs.get("control", ""))
        option = opt.option
        self._moved = True
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
        # The customer's answer to this line, said in step 7: a repeat reaction replaces it.
        reactions = self._persona.reactions
        if repeated and reactions is not None and reactions.repeat:
            self._reply = (reactions.repeat, "repeat")
        elif option.reply:
            self._reply = (option.reply, "reply")

    def _arrived(self, data: EventData, *, via: str) -> None:
        """After-callback of every persona transition: log the move or wrap up the ending."""
        transition = data.transition
        if transition is None or transition.dest is None:
            return
        dest = transition.dest
        source = transition.source
        if dest in self._pm.finals:
            ending = dest.removeprefix("end_")
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

    def _gave_up(self) -> bool:
        """More wasted turns than the customer sits through (``mood.give_up_after``; 0: never):
        with a mood at ``hangup_at``, the condition of the hang-up transition."""
        limit = self._persona.mood.give_up_after
        return 0 < limit < self._wasted

    @property
    def wasted_turns(self) -> int:
        """Turns the customer found wasted so far: repeated lines, replies they did not
        understand, dead air (``mood.give_up_after`` of them are tolerated)."""
        return self._wasted

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

    def _finish(self, ending: str, by: str) -> None:
        """End the call by a control: the persona machine moves to the ending's final state."""
        with self._pm.lock:
            self._pm.machine.events[f"finish:{ending}"].trigger(self, by=by)
        if self._ending is None:  # not in a dialogue state (never happens after start)
            self._wrap_up(ending, by)

    def _wrap_up(self, ending: str, by: str) -> None:
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

    def _within_hours(self, local: datetime) -> bool:
        hours = self._account.sop.calling_hours
        if hours is None:
            return True
        day = _WEEKDAYS[local.weekday()]
        hhmm = local.strftime("%H:%M")
        return day in hours.days and hours.start <= hhmm < hours.end


# --------------------------------------------------------------------------- restore


def restore(
    persona: Persona,
    account: Account,
    events: Iterable[Event],
    *,
    clock: Clock | None = None,
    on_event: Callable[[Event], None] | None = None,
    rubric: Rubric | None = None,
) -> CallSession:
    """Rebuild a live session from a stored log by replaying the agent's actions.

    The engine is deterministic (seeded RNG, time from the log), so replaying every action at
    its recorded time reproduces the log event for event; any difference means the persona
    changed or the log is damaged, and :class:`RestoreError` says where. ``call_started`` is
    taken from the log as written (the rubric frozen into it stays). After replay the session
    continues on ``clock`` from the last recorded time; ``on_event`` sees only new events.

    A process killed while it was writing one action's events leaves only the first of them.
    Replaying that last action regenerates the rest (one time stamp per action makes them
    exactly what they would have been); they are handed to ``on_event`` first, so the stored
    log is completed and the call resumes after the action the trainee took.
    """
    log = [e for e in events if e.kind != ev.OVERRIDE]
    if not log or log[0].kind != ev.CALL_STARTED:
        raise RestoreError(0, "the log does not begin with call_started")
    head = log[0].data
    replay = ManualClock(0.0)  # call_started is always at t = 0
    session = CallSession(
        persona,
        account,
        rubric=rubric,
        seed=int(head.get("seed", 0)),
        clock=replay,
        trainee=str(head.get("trainee", "")),
        agent_name=str(head.get("agent", "")),
        mode=str(head.get("mode", "practice")),
    )
    session._start(head)
    _check_prefix(session, log, 0)
    while len(session._log) < len(log):
        n = len(session._log)
        event = log[n]
        replay.now = event.t
        refusal = _replay_one(session, log, n)
        if refusal is not None:
            raise RestoreError(event.seq, f"{event.kind} was refused: {refusal.message}")
        if len(session._log) == n:
            raise RestoreError(event.seq, f"cannot replay a '{event.kind}' event here")
        _check_prefix(session, log, n)
    last_t = session._log.events[-1].t
    real: Clock = clock if clock is not None else time.monotonic
    session._clock = real
    session._t0 = real() - last_t
    session._on_event = on_event
    if on_event is not None:
        for cut_off in session._log.events[len(log) :]:
            on_event(cut_off)
    return session


def _check_prefix(session: CallSession, log: Sequence[Event], start: int) -> None:
    """The replayed events from ``start`` equal the stored ones.  More replayed than stored is
    an action the store holds only part of: the loop ends there (see :func:`restore`)."""
    mine = session._log.events
    for i in range(start, min(len(mine), len(log))):
        a, b = mine[i], log[i]
        if a.kind != b.kind or dict(a.data) != dict(b.data) or abs(a.t - b.t) > 1e-6:
            raise RestoreError(b.seq, f"replay produced {a.kind} {dict(a.data)}")


def _following(log: Sequence[Event], n: int, kind: str) -> Event | None:
    return next((e for e in log[n + 1 :] if e.kind == kind), None)


def _replay_one(s: CallSession, log: Sequence[Event], n: int) -> Refusal | None:
    """Re-apply the agent action that produced ``log[n]`` (the first event of an action)."""
    e = log[n]
    d = e.data
    kind = e.kind
    if kind == ev.ANSWERED:
        return s.answer()
    if kind == ev.DIALED:
        return s.dial(str(d["entry"]))
    if kind == ev.AGENT_SAID:
        control = str(d.get("control", ""))
        if control == "hold":
            return s.hold()
        if control == "mute":
            return s.mute()
        if control == "end":
            return s.end_call()
        if control == "escalate":
            esc = _following(log, n, ev.ESCALATED)
            return s.escalate(str(esc.data.get("reason", "")) if esc else "")
        if control in ("transfer_warm", "transfer_cold"):
            tr = _following(log, n, ev.TRANSFERRED)
            brief = dict(tr.data.get("briefing", {})) if tr else {}
            return s.transfer(control.removeprefix("transfer_"), brief)
        if d.get("free"):
            return s.say_free(
                str(d.get("text", "")),
                [str(a) for a in d.get("acts", [])],
                float(d.get("confidence", 0.0)),
                option_id=str(d.get("option", "")) or None,
            )
        key = d.get("key")
        if isinstance(key, int) and key > 0:
            return s.choose(key)  # the number pressed, on the order the log recorded
        return s.choose_id(str(d.get("option", "")))
    if kind == ev.HOLD_STARTED:
        return s.hold()
    if kind == ev.HOLD_ENDED:
        return s.unhold()
    if kind == ev.MUTE_STARTED:
        return s.mute()
    if kind == ev.MUTE_ENDED:
        return s.unmute()
    if kind == ev.TOOL_USED:
        return s.use_tool(str(d.get("tool", "")))
    if kind == ev.KB_OPENED:
        return s.open_kb(str(d.get("doc", "")))
    if kind == ev.DEAD_AIR:
        s.poll()
        return None
    if kind == ev.TRANSFERRED:
        return s.transfer(str(d.get("kind", "")), dict(d.get("briefing", {})))
    if kind == ev.ESCALATED:
        return s.escalate(str(d.get("reason", "")))
    if kind == ev.CALL_ENDED:
        return s.end_call()
    if kind == ev.ACW_NOTE:
        disp = _following(log, n, ev.DISPOSITION)
        follow = [str(x.data.get("code", "")) for x in log[n + 1 :] if x.kind == ev.FOLLOWUP]
        return s.submit_acw(
            str(d.get("text", "")), str(disp.data.get("code", "")) if disp else "", follow
        )
    return None
