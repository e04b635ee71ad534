"""The two ``transitions`` machines a call runs on, built once and shared.

* the **persona machine**: one ``transitions.Machine`` per persona, cached. Its states are the
  persona's dialogue states plus one final state per ending; every option is a transition whose
  ``conditions`` come from the option's ``when``; mood thresholds are the conditional
  transitions of the ``mood_check`` trigger. Building a machine costs far more than a turn, and
  a nesting shift plays the same persona many times, so each session is ``add_model``-ed to the
  cached machine and removed again when its call ends.
* the **call-phase machine**: shared by every session (ringing, dialing, connected, on_hold,
  ended, acw, done), so "can I hold now?" has one answer for every persona.

Kept apart from the session because it is built per persona, not per call: a reader changing
what an option's ``when`` means, or how mood thresholds fire, needs only this module.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from transitions import EventData, Machine

from mockcall.core.engine.types import ACTION_ENDINGS, MOOD_CHECK, PHASES
from mockcall.core.model import Condition, Option, Persona
from mockcall.core.vocab import ENGINE_ENDINGS

if TYPE_CHECKING:
    from mockcall.core.engine.base import SessionBase
    from mockcall.core.engine.session import CallSession

# transitions logs every trigger and warns about skipped model bindings through the standard
# logging tree; a terminal UI must never print its internals, so its logger is detached here once.
_TRANSITIONS_LOG = logging.getLogger("transitions")
if not any(isinstance(h, logging.NullHandler) for h in _TRANSITIONS_LOG.handlers):
    _TRANSITIONS_LOG.addHandler(logging.NullHandler())
_TRANSITIONS_LOG.propagate = False


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


#: An option's ``when``, compiled: it reads only the fields a session keeps.
Predicate = Callable[["SessionBase"], bool]


def _always(_: SessionBase) -> bool:
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


# --------------------------------------------------------------------------- callbacks
# The machines call back into the session that is their model; the session does the work.


def _session(data: EventData) -> CallSession:
    return cast("CallSession", data.model)


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


# --------------------------------------------------------------------------- building


def _build_persona_machine(persona: Persona) -> PersonaMachine:
    """The machine of one persona; transitions are added options first, then mood thresholds,
    then call controls (the order ``transitions`` tries a trigger's transitions in)."""
    endings = _endings(persona)
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
    options, by_id = _add_options(machine, persona)
    gates = _add_mood_thresholds(machine, persona)
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


def _endings(persona: Persona) -> list[str]:
    """Every ending a call of ``persona`` can reach: declared, the engine's own, and those the
    options' call actions imply, in that order."""
    endings = list(dict.fromkeys([*persona.endings, *ENGINE_ENDINGS]))
    for state in persona.states.values():
        for option in state.options:
            end = _option_ending(option)
            if end and end not in endings:
                endings.append(end)
    return endings


def _add_options(
    machine: Machine, persona: Persona
) -> tuple[dict[str, tuple[_Opt, ...]], dict[str, dict[str, _Opt]]]:
    """One transition per option: the options of each state in file order, and by id."""
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
            opt = _add_option(machine, name, index, option, oid, trigger)
            compiled.append(opt)
            ids.setdefault(oid, opt)
        options[name] = tuple(compiled)
        by_id[name] = ids
    return options, by_id


def _add_option(
    machine: Machine, state: str, index: int, option: Option, oid: str, trigger: str
) -> _Opt:
    """The transition of one option: to its ending, its ``goto``, or internal (no move)."""
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
        state,
        dest,
        conditions=[_cond(pred)],
        before=[_before_option],
        after=[_after_option],
    )
    return _Opt(oid, state, option, trigger, ending, pred)


def _add_mood_thresholds(machine: Machine, persona: Persona) -> dict[str, tuple[int, int]]:
    """The ``mood_check`` transitions, in priority order (a customer past ``hangup_at`` leaves
    whatever else holds), and the mood gates of :attr:`PersonaMachine.mood_gates`."""
    mood = persona.mood
    hang_at = mood.hangup_at
    dialogue = list(persona.states)
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
    if not (demand and demand in persona.states):
        return gates
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
    return gates


# --------------------------------------------------------------------------- the caches

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
