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
* ``actions.py``: a log read back as the agent's actions, and an action done again;
* ``restore.py``: rebuilding a live session from a stored log.

Everything a caller needs is importable from ``mockcall.core.engine`` itself.
"""

from __future__ import annotations

from mockcall.core import events as ev
from mockcall.core.daytime import greeting, local_time
from mockcall.core.engine.machines import (
    PersonaMachine,
    Predicate,
    cached_machine_count,
    clear_machine_cache,
    ending_state,
    persona_machine,
    phase_machine,
)
from mockcall.core.engine.order import option_order_for, shown_order
from mockcall.core.engine.restore import restore
from mockcall.core.engine.session import CallSession
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
