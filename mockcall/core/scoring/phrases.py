"""Words a rubric asks an agent turn to contain: ``says`` phrases and the company's name.

Why marks: the explorer keeps, per agent turn in a window, the acts its rubric reads; a phrase
a turn contains becomes a mark (``says:<phrase>``) beside those acts, so the scorer and the
explorer judge ``says`` with the window code they already share, from one function
(:func:`said_marks`) that decides what a line contains.

``{company}`` stands for the company the call is with, as its ``call_started`` event records it
(the account's name for a played call, the brand the agent named in the opening of a
transcript). Only its distinctive words count: "thank you for calling Nusanet" names the
company, "our home internet team" does not, though both words are in "Nusanet Home Internet".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from mockcall.core.scoring.predicates import has_words, normalise

#: The placeholder a ``says`` list may hold for the company's name.
COMPANY: Final = "{company}"
#: Prefix of the marks a turn gets for the phrases it contains.
MARK: Final = "says:"
#: Words of a company's name that do not name *this* company on their own (kept as data so a
#: trainer reading the docs sees exactly what is ignored).
GENERIC_COMPANY_WORDS: Final[frozenset[str]] = frozenset(
    {
        "and", "bank", "call", "care", "center", "centre", "contact", "cs", "customer",
        "dan", "digital", "group", "help", "home", "indonesia", "internet", "layanan",
        "of", "official", "online", "pelanggan", "pt", "seller", "service", "services",
        "shop", "store", "support", "tbk", "team", "the", "tim", "toko",
    }
)  # fmt: skip


def brand_words(company: str) -> tuple[str, ...]:
    """The distinctive words of a company's name, normalised (``Bank Arunika`` -> arunika)."""
    words = normalise(company).split()
    return tuple(dict.fromkeys(w for w in words if w not in GENERIC_COMPANY_WORDS and len(w) > 1))


def mark(phrase: str) -> str:
    """The mark a turn carries when it contains ``phrase``."""
    return MARK + (phrase if phrase == COMPANY else normalise(phrase))


def said_marks(text: str, phrases: Iterable[str], company: Sequence[str]) -> frozenset[str]:
    """Marks of the ``phrases`` the agent line ``text`` contains as whole words.

    ``{company}`` is contained when any distinctive word of the company's name is.
    """
    norm = normalise(text)
    if not norm:
        return frozenset()
    words = set(norm.split())
    out: set[str] = set()
    for phrase in phrases:
        if phrase == COMPANY:
            if any(w in words for w in company):
                out.add(MARK + COMPANY)
        else:
            wanted = normalise(phrase)
            if wanted and has_words(words, norm, wanted, normalised=True):
                out.add(MARK + wanted)
    return frozenset(out)
