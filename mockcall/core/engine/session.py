"""A call of one trainee with one persona, and how it opens: ringing, dialing, connecting.

:class:`CallSession` is assembled from focused parts, each a module of this package:

* ``base.py``: the fields, clock, log and read-only views;
* ``gates.py``: which actions fit the phase; ``offer.py``: what is offered, in which order;
* ``turn.py``: a turn and the customer's side of it; ``talk.py``: choosing, typing, silence;
* ``hold.py``: hold and mute; ``endings.py``: transfer, escalate, hang up, wrap-up;
* ``effects.py``: what an option does inside its transition; ``tools.py``: tools and KB;
* ``acw.py``: after-call work.

The parts are mixins of one object rather than collaborators, because a session is a model of
the ``transitions`` machines (they write ``state`` and ``phase`` on it and call back into it)
and ``explore.fork`` copies a call by copying that one object's ``__dict__``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final, cast

from mockcall.core import events as ev
from mockcall.core.daytime import local_time
from mockcall.core.engine.acw import Acw
from mockcall.core.engine.effects import OptionEffects
from mockcall.core.engine.stamp import _action
from mockcall.core.engine.talk import Talk
from mockcall.core.engine.tools import Tools
from mockcall.core.engine.types import Refusal
from mockcall.core.model import Persona, Sop

_WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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


class CallSession(OptionEffects, Talk, Tools, Acw):
    """One call of one trainee with one persona.

    Public methods are the trainee's actions; each returns a :class:`Refusal` or ``None`` and
    never raises for a user mistake. Read-only properties give a UI everything it renders.
    The persona machine writes ``state`` and the phase machine writes ``phase`` on this object
    (their ``model_attribute``); nothing else should.
    """

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

    # ------------------------------------------------------------------ the first instant

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
            "company": a.name,
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

    def _within_hours(self, local: datetime) -> bool:
        hours = self._account.sop.calling_hours
        if hours is None:
            return True
        day = _WEEKDAYS[local.weekday()]
        hhmm = local.strftime("%H:%M")
        return day in hours.days and hours.start <= hhmm < hours.end
