"""One clock stamp per trainee action (docs/semantics.md, "Time: one stamp per action").

Crash recovery rests on this one rule, so it is enforced in one place: every public action of
:class:`~mockcall.core.engine.CallSession` is wrapped by :func:`_action`, and no other code
stamps time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from mockcall.core.engine.base import SessionBase

_P = ParamSpec("_P")
_R = TypeVar("_R")
_S = TypeVar("_S", bound="SessionBase")


def _action(method: Callable[Concatenate[_S, _P], _R]) -> Callable[Concatenate[_S, _P], _R]:
    """One trainee action reads the clock once: every event it records carries that time.

    This is the invariant crash recovery rests on (docs/semantics.md, "Time"): restore replays
    each action with the clock set to its first event's time, so the action must not read the
    clock again halfway.  The time is rounded to the millisecond the log keeps *before* anything
    is computed from it, so a duration worked out live and one worked out on replay agree to the
    last digit.  An action called from inside another keeps the outer action's time.
    """

    @functools.wraps(method)
    def stamped(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        if self._stamp is not None:
            return method(self, *args, **kwargs)
        self._stamp = round(self._clock() - self._t0, 3)
        try:
            return method(self, *args, **kwargs)
        finally:
            self._stamp = None

    return stamped
