"""After-call work: notes, a disposition and follow-ups, against the SOP's time limit.

ACW starts when a call ends (``endings.py``) and is the last thing a session does: submitting
it closes the call and leaves the shared machines.
"""

from __future__ import annotations

from collections.abc import Iterable

from mockcall.core import events as ev
from mockcall.core.engine.base import SessionBase
from mockcall.core.engine.stamp import _action
from mockcall.core.engine.types import Refusal


class Acw(SessionBase):
    """Submitting after-call work, and the time left for it."""

    @property
    def acw_remaining(self) -> float | None:
        """Seconds left of the ACW limit (negative when over), None outside ACW."""
        if self._acw_since is None or self._phase != "acw":
            return None
        return self._account.sop.acw_seconds - (self._now() - self._acw_since)

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
