"""Product prices from an account's KB tables, and the prices an agent's line quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockcall.core.kb_prices import PriceBook, price_book, quoted_prices

ROOT = Path(__file__).resolve().parents[2]
TABLE = """
| package | standard price | welcome price |
|---|---|---|
| Fiber 30 Mbps | Rp 329.000 | Rp 259.000 |
| Fiber 100 Mbps | Rp 589.000 | Rp 469.000 |
| TV Basic (with any Fiber package) | Rp 110.000 | Rp 86.000 |
| Gold | Rp 99.000 | |
"""


def book() -> PriceBook:
    return price_book([TABLE])


def test_a_table_row_gives_its_product_every_price_in_it() -> None:
    products = book().products
    assert products[("fiber", "30")] == {329_000, 259_000}
    assert products[("tv", "basic")] == {110_000, 86_000}
    assert ("package",) not in products  # the header names no price


def test_the_bundled_telco_kb_has_its_price_table() -> None:
    folder = ROOT / "personas" / "telco" / "kb"
    products = price_book(p.read_text("utf-8") for p in folder.glob("*.md")).products
    assert products[("fiber", "100")] == {589_000, 469_000}
    assert products[("sports", "pack")] == {150_000}


@pytest.mark.parametrize(
    ("line", "quotes"),
    [
        (
            "Fiber 30, jadi Rp 329.000, ditambah TV Basic Rp 110.000, totalnya Rp 439.000.",
            [("fiber 30", 329_000, True), ("tv basic", 110_000, True)],
        ),
        ("Fiber 100 cuma 589rb aja Bu", [("fiber 100", 589_000, True)]),
        ("Fiber 100 harganya Rp 499.000 per bulan", [("fiber 100", 499_000, False)]),
        (
            "Harga normal Fiber 30 plus TV Basic Rp 439.000.",
            [("fiber 30 + tv basic", 439_000, True)],
        ),
        ("Hanya Rp 89.000 sebulan untuk paket Gold.", [("gold", 89_000, False)]),
        ("Tagihan Bapak bulan ini Rp 689.000.", []),
        ("Enam bulan pertama Rp 415.000, lalu Fiber 30.", []),
    ],
)
def test_a_price_belongs_to_the_product_named_with_it(
    line: str, quotes: list[tuple[str, int, bool]]
) -> None:
    found = quoted_prices(line, book())
    assert [(q.product, q.said, q.agrees) for q in found] == quotes


def test_no_kb_quotes_nothing() -> None:
    assert quoted_prices("Fiber 30 Rp 1", PriceBook({})) == []
