"""What the trainee is offered now, in the order shown, and finding the option they meant.

Separate from the turn itself because the screen, the recogniser and the controls all ask the
same questions ("which options hold?", "which one is number 3?") without saying anything.
"""

from __future__ import annotations

from typing import Any

from mockcall.core.engine.base import SessionBase
from mockcall.core.engine.machines import _Opt
from mockcall.core.engine.order import shown_order
from mockcall.core.engine.types import OfferedOption, Refusal
from mockcall.core.model import OptionOrder


class Offers(SessionBase):
    """The offered options of the current state, on screen and by id."""

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
