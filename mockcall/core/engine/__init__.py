"""The call engine: a persona's dialogue and the call's phases, driven by ``transitions``.

Two state machines move each call (``machines.py``): the **persona machine**, one per persona,
built once and cached, whose transitions are the persona's options and mood thresholds; and the
**call-phase machine** shared by every session (ringing, dialing, connected, on_hold, ended,
acw, done). A :class:`CallSession` is a model of both.

Everything that happens is appended to the session's event log (``mockcall.core.events``); the
log is the single truth of a call: scoring, replay, review and crash recovery (:func:`restore`)
read nothing else. ``docs/semantics.md`` is the contract this package implements, including the
"Engine notes" section for the choices the contract leaves open.

Nothing here raises for something a user did: an action that does not fit returns a
:class:`Refusal` with a stable code the UI translates.

Where things are:

* ``types.py``: Refusal, the clocks, OfferedOption, RestoreError, phase and ending constants;
* ``machines.py``: the persona and phase machines and their cache;
* ``order.py``: the order options are shown in; ``stamp.py``: one clock stamp per action;
* ``session.py``: :class:`CallSession` and how a call opens; the parts it is made of are listed
  there (turns, holds, endings, tools, ACW...);
* ``restore.py``: rebuilding a live session from a stored log.

Everything a caller needs is importable from ``mockcall.core.engine`` itself, private helpers
included (they were once names of a single ``engine`` module, and callers still use some).
"""

from __future__ import annotations

from mockcall.core import events as ev
from mockcall.core.daytime import greeting, local_time
from mockcall.core.engine.base import _PLACEHOLDER as _PLACEHOLDER
from mockcall.core.engine.machines import _CACHE_LOCK as _CACHE_LOCK
from mockcall.core.engine.machines import _MACHINES as _MACHINES
from mockcall.core.engine.machines import _PHASE_MACHINE as _PHASE_MACHINE
from mockcall.core.engine.machines import _TRANSITIONS_LOG as _TRANSITIONS_LOG
from mockcall.core.engine.machines import (
    PersonaMachine,
    Predicate,
    cached_machine_count,
    clear_machine_cache,
    ending_state,
    persona_machine,
    phase_machine,
)
from mockcall.core.engine.machines import _after_finish as _after_finish
from mockcall.core.engine.machines import _after_mood as _after_mood
from mockcall.core.engine.machines import _after_option as _after_option
from mockcall.core.engine.machines import _always as _always
from mockcall.core.engine.machines import _before_option as _before_option
from mockcall.core.engine.machines import _build_persona_machine as _build_persona_machine
from mockcall.core.engine.machines import _cond as _cond
from mockcall.core.engine.machines import _effective_id as _effective_id
from mockcall.core.engine.machines import _Opt as _Opt
from mockcall.core.engine.machines import _option_ending as _option_ending
from mockcall.core.engine.machines import _predicate as _predicate
from mockcall.core.engine.machines import _session as _session
from mockcall.core.engine.order import option_order_for, shown_order
from mockcall.core.engine.restore import _check_prefix as _check_prefix
from mockcall.core.engine.restore import _following as _following
from mockcall.core.engine.restore import _replay_one as _replay_one
from mockcall.core.engine.restore import restore
from mockcall.core.engine.session import _WEEKDAYS as _WEEKDAYS
from mockcall.core.engine.session import CallSession
from mockcall.core.engine.session import _plain as _plain
from mockcall.core.engine.session import _sop_dict as _sop_dict
from mockcall.core.engine.stamp import _action as _action
from mockcall.core.engine.talk import _norm_text as _norm_text
from mockcall.core.engine.types import (
    ACTION_ENDINGS,
    BRIEFING_KEYS,
    MOOD_CHECK,
    PHASES,
    Clock,
    ManualClock,
    Mode,
    OfferedOption,
    Phase,
    Refusal,
    RefusalCode,
    RestoreError,
    TransferKind,
)
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

__all__ = [
    "ACTION_ENDINGS",
    "BRIEFING_KEYS",
    "ENGINE_ENDINGS",
    "MOOD_CHECK",
    "PHASES",
    "Account",
    "CallSession",
    "Clock",
    "Condition",
    "Event",
    "EventLog",
    "ManualClock",
    "Mode",
    "OfferedOption",
    "Option",
    "OptionOrder",
    "Persona",
    "PersonaMachine",
    "Phase",
    "Predicate",
    "Refusal",
    "RefusalCode",
    "RestoreError",
    "Rubric",
    "Scalar",
    "Sop",
    "TransferKind",
    "cached_machine_count",
    "clear_machine_cache",
    "ending_state",
    "ev",
    "greeting",
    "local_time",
    "option_order_for",
    "persona_machine",
    "phase_machine",
    "restore",
    "shown_order",
]
