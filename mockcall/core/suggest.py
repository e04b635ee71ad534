"""The "did you mean" hint that ends a message about a name mockcall does not know.

The loader (unknown keys and choices), the validator (unknown states, acts, accounts, criteria)
and the commands (unknown persona ids) all offer the closest known name; one function keeps the
wording and the closeness rule the same in all of them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

#: How alike two names must be (difflib's ratio) for the known one to be offered.
CUTOFF = 0.6


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = CUTOFF) -> str:
    """`` (did you mean 'x'?)`` for the known name closest to ``word``, or ``""``."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return f" (did you mean '{close[0]}'?)" if close else ""
