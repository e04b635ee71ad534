"""The prices an account's knowledge base states, and the prices an agent's line quotes.

Why: ``correct_info`` ("correct information, against the account's KB") is a judgement the
recogniser cannot make, so a transcript leaves it to a reviewer, except where the KB settles
it.  A product price is the fact a KB states plainly and an agent quotes word for word: a
Markdown table row names the product in its first cell and gives its prices in the others
(``| Fiber 100 Mbps | Rp 589.000 | Rp 469.000 |``).  A line that names such a product and
quotes an amount right after it either agrees with one of the product's prices or does not;
anything else the KB says is left to the reviewer.

Amounts are whole units of the currency: ``Rp 589.000``, ``Rp589.000``, ``589rb``, ``589 ribu``,
``1,5 jt``, ``USD 165``, ``$165``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

__all__ = ["PriceBook", "Quote", "price_book", "quoted_prices"]

#: Words of a product cell that only qualify it ("Fiber 30 Mbps" is quoted "Fiber 30").
_QUALIFIERS: Final = frozenset({"mbps", "gb", "per", "bulan", "month", "monthly", "with", "any"})
#: How many words from a product's name its quoted amount may stand ("Fiber 30, jadi Rp ...").
_REACH: Final = 5
#: Words that make an amount the price of the product named after it.
_FOR: Final = frozenset({"untuk", "buat", "for"})
#: Words that join two products into a bundle quoted as one amount.
_JOINERS: Final = frozenset({"plus", "dan", "and", "ditambah", "tambah", "with", "dengan", "sama"})
_AMOUNT_RE: Final = re.compile(
    r"(?:(?P<cur>rp|usd|\$)\s?(?P<a>\d[\d.,]*)(?:\s?(?P<ma>rb|ribu|k|jt|juta))?)"
    r"|(?:(?P<b>\d[\d.,]*)\s?(?P<mb>rb|ribu|jt|juta)\b)",
    re.IGNORECASE,
)
_WORD_RE: Final = re.compile(r"[^\W_]+(?:[.,]\d+)*", re.UNICODE)
_MULTIPLIERS: Final = {"rb": 1_000, "ribu": 1_000, "k": 1_000, "jt": 1_000_000, "juta": 1_000_000}


@dataclass(frozen=True, slots=True)
class PriceBook:
    """Product name (as its words) -> the prices the KB gives it."""

    products: Mapping[tuple[str, ...], frozenset[int]]

    def __bool__(self) -> bool:
        return bool(self.products)


@dataclass(frozen=True, slots=True)
class Quote:
    """One product price a line quotes, and whether the KB gives that price."""

    product: str
    said: int
    kb: tuple[int, ...]

    @property
    def agrees(self) -> bool:
        return self.said in self.kb


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _number(digits: str, multiplier: str | None) -> int | None:
    """``589.000`` -> 589000 (dots and commas group thousands); ``1,5`` jt -> 1500000."""
    scale = _MULTIPLIERS.get((multiplier or "").casefold(), 1)
    if scale > 1 and re.fullmatch(r"\d+[.,]\d{1,2}", digits):
        return round(float(digits.replace(",", ".")) * scale)
    plain = re.sub(r"[.,]", "", digits)
    return int(plain) * scale if plain.isdigit() else None


def _amounts(text: str) -> list[tuple[int, int]]:
    """(character position, amount) of each amount in ``text``."""
    out: list[tuple[int, int]] = []
    for m in _AMOUNT_RE.finditer(text):
        digits, mult = (m["a"], m["ma"]) if m["a"] else (m["b"], m["mb"])
        value = _number(digits.rstrip(".,"), mult)
        if value:
            out.append((m.start(), value))
    return out


def _product_words(cell: str) -> tuple[str, ...]:
    words = [w for w in _WORD_RE.findall(_fold(re.sub(r"\(.*?\)", " ", cell)))]
    return tuple(w for w in words if w not in _QUALIFIERS)


def price_book(texts: Iterable[str]) -> PriceBook:
    """Every table row of the KB documents ``texts`` that names a product and gives a price."""
    products: dict[tuple[str, ...], set[int]] = {}
    for text in texts:
        for line in text.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2 or not line.lstrip().startswith("|"):
                continue
            name = _product_words(cells[0])
            prices = {v for cell in cells[1:] for _, v in _amounts(cell)}
            if name and prices and not _amounts(cells[0]):
                products.setdefault(name, set()).update(prices)
    return PriceBook({k: frozenset(v) for k, v in products.items()})


def _mentions(tokens: list[str], book: PriceBook) -> list[tuple[int, int, tuple[str, ...]]]:
    """(first token, last token, product) of each product named in ``tokens``, longest name
    first where two overlap ("Fiber 100" is not also "Fiber 10")."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    used: set[int] = set()
    for name in sorted(book.products, key=lambda k: -len(k)):
        n = len(name)
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i : i + n]) == name and not used & set(range(i, i + n)):
                found.append((i, i + n - 1, name))
                used.update(range(i, i + n))
    return sorted(found)


def quoted_prices(text: str, book: PriceBook) -> list[Quote]:
    """The product prices ``text`` quotes.

    An amount belongs to the product named right before it (within a few words, no other
    product between: "Fiber 30, jadi Rp 329.000"), else to the one it is said to be for ("Rp
    89.000 sebulan untuk paket Gold").  Two products joined by a word such as "plus" / "dan"
    before one amount are a bundle, quoted against the sums of their prices ("Fiber 50 plus TV
    Basic Rp 539.000").  An amount serves one product only, and an amount nothing names
    (a total, a customer's bill) is left alone.
    """
    if not book:
        return []
    folded = _fold(text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(folded)]
    tokens = [w for _, _, w in words]
    mentions = _mentions(tokens, book)
    amounts = _amounts(folded)

    def word_at(pos: int) -> int:
        return next((i for i, (a, b, _) in enumerate(words) if a <= pos < b), len(words))

    quotes: list[tuple[int, Quote]] = []
    bound: set[int] = set()  # mentions that already have their amount
    for pos, value in amounts:
        at = word_at(pos)
        before = [m for m in mentions if m[1] < at and at - m[1] <= _REACH]
        after = [m for m in mentions if m[0] > at and m[0] - at <= _REACH]
        if before and before[-1][0] in bound:
            continue  # "TV Basic Rp 110.000, totalnya Rp 439.000": the total is nobody's
        if before:
            first, _, name = before[-1]
            bound.add(first)
            names = [name]
            joined = [m for m in mentions if m[1] < first and first - m[1] == 2]
            if joined and tokens[first - 1] in _JOINERS:
                names.insert(0, joined[-1][2])
        elif (
            after
            and after[0][0] not in bound
            and _FOR & set(tokens[at : after[0][0]])  # "Rp 89.000 sebulan untuk paket Gold"
        ):
            names = [after[0][2]]
            bound.add(after[0][0])
        else:
            continue
        kb = {0}
        for name in names:
            kb = {a + b for a in kb for b in book.products[name]}
        label = " + ".join(" ".join(n) for n in names)
        quotes.append((pos, Quote(label, value, tuple(sorted(kb)))))
    return [q for _, q in quotes]
