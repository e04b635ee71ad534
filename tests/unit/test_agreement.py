"""The QA agreement measures (``mockcall.core.agreement``), read by the benchmark and by
``mockcall calibrate --gold``."""

from __future__ import annotations

from mockcall.core.agreement import Verdict, agreement, verdict_from_result


def verdict(total: float, fatal: tuple[str, ...] = (), **sections: float | None) -> Verdict:
    return Verdict(total, total >= 85 and not fatal, frozenset(fatal), sections)


def test_fatal_errors_pass_fail_totals_and_sections_are_counted_apart() -> None:
    found = agreement(
        [
            (verdict(90.0, opening=1.0, hold=None), verdict(86.0, opening=0.5, hold=None)),
            (verdict(70.0, ("rude",), opening=1.0), verdict(76.0, ("rude", "blame"), opening=None)),
            (verdict(95.0, ("rude",), opening=0.0), verdict(95.0, opening=0.0)),
        ]
    )
    assert (found.n, found.fatal_agree, found.fatal_missed, found.fatal_false_alarm) == (3, 1, 1, 1)
    assert found.pass_agree == 2  # the false alarm fails a call the reference passes
    assert found.within == 2  # 4 and 0 points apart; 6 is not within 5
    assert found.section_mae() == {"opening": 25.0}  # |1.0 - 0.5| and |0 - 0|, in points
    assert found.section_na_disagree == {"opening": 1}


def test_a_qa_json_result_reads_as_a_verdict() -> None:
    result = {"total": 86.7, "passed": True, "fatal": [], "sections": {"opening": 1, "hold": None}}
    assert verdict_from_result(result) == Verdict(
        86.7, True, frozenset(), {"opening": 1.0, "hold": None}
    )
