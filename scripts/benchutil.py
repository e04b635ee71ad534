"""What every benchmark script shares: a percentile and the printed table."""

from __future__ import annotations

from collections.abc import Sequence


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The value at quantile ``q`` (0..1) of an already sorted, non-empty sequence."""
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


def print_rows(rows: Sequence[tuple[str, str, str]]) -> None:
    """(measure, value, target) rows as an aligned table on stdout."""
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    print(f"{'measure':<{w0}}  {'value':>{w1}}  target")
    for name, value, target in rows:
        print(f"{name:<{w0}}  {value:>{w1}}  {target}")
