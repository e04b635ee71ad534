"""The order a call shows its options in (docs/semantics.md, "Option order").

Pure functions of the mode, the persona and the seed, so a replay, the simulator and the
explorer redraw exactly the screen the trainee saw.
"""

from __future__ import annotations

import random

from mockcall.core.model import OptionOrder, Persona


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
