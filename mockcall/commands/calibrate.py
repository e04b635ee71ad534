"""``mockcall calibrate SESSION... [--gold NAME]``: the reviewers of the same calls side by side.

Per session: each reviewer's total (the automatic score with only that reviewer's latest
judgements applied), each criterion as each reviewer left it, the spread (highest minus lowest
total) and, with a gold reviewer (``--gold``, else ``$MOCKCALL_GOLD_REVIEWER``), each
reviewer's agreement with them. The numbers come from :mod:`mockcall.store.calibration`, which
the review TUI's calibration screen reads too. Only reads: a read-only store is fine.
"""

from __future__ import annotations

import argparse
import json
import os
from contextlib import closing
from typing import TYPE_CHECKING

from mockcall.commands.common import store_command, table
from mockcall.core.agreement import TOLERANCE
from mockcall.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from mockcall.core.agreement import Agreement
    from mockcall.store.calibration import SessionCalibration

MARKS = {"pass": "met", "fail": "FAIL", "na": "n/a"}


def run(args: argparse.Namespace) -> int:
    from mockcall.commands.filters import open_for_reading
    from mockcall.locations import GOLD_REVIEWER_ENV
    from mockcall.store.calibration import agreement_with_gold, calibrate

    gold = (args.gold or os.environ.get(GOLD_REVIEWER_ENV) or "").strip() or None

    def run() -> int:
        with closing(open_for_reading(args)) as store:
            results = calibrate(store, args.sessions, gold)
        measured = agreement_with_gold(results) if gold else {}
        if args.format == "json":
            out: dict[str, object] = {"gold": gold, "sessions": [r.to_dict() for r in results]}
            if gold:
                out["agreement"] = {name: a.to_dict() for name, a in measured.items()}
            print(json.dumps(out))
        else:
            blocks = ["\n".join(render(r)) for r in results]
            if gold:
                blocks.append("\n".join(render_agreement(gold, measured)))
            print("\n\n".join(blocks))
        return EXIT_OK

    return store_command(run)


def render(cal: SessionCalibration) -> list[str]:
    """One session as text: a criterion per row, the scorer and each reviewer per column."""
    judges = [cal.auto, *cal.reviewers]
    headers = ["criterion", *(j.name for j in judges)]
    rows: list[list[object]] = [
        [cid, *(MARKS.get(j.statuses.get(cid, ""), "-") for j in judges)] for cid, _ in cal.criteria
    ]
    rows.append(["total", *(f"{j.total:.1f}" for j in judges)])
    if cal.gold is not None:
        agreement = ("-" if j.agreement is None else f"{j.agreement:.0f}%" for j in judges)
        rows.append([f"agreement with {cal.gold}", *agreement])
    head = f"session {cal.session_id} · {cal.trainee or '-'} · {cal.persona}"
    if not cal.reviewers:
        return [head, "  no reviewer has judged this call yet"]
    spread = f"spread {cal.spread:.1f} points between {len(cal.reviewers)} reviewer(s)"
    return [head, table(headers, rows), spread]


def render_agreement(gold: str, measured: dict[str, Agreement]) -> list[str]:
    """The scorer and each reviewer against the gold reviewer over every call gold judged,
    by the QA contract's measures (``mockcall.core.agreement``)."""
    if not measured:
        return [f"agreement with {gold}: {gold} has judged none of these calls"]

    def share(k: int, n: int) -> str:
        return f"{k}/{n} ({100 * k / n:.0f}%)"

    rows: list[list[object]] = []
    for name, a in measured.items():
        worst = max(a.section_mae().items(), key=lambda kv: (kv[1], kv[0]), default=None)
        rows.append(
            [
                name,
                a.n,
                share(a.fatal_agree, a.n),
                f"{a.fatal_missed} / {a.fatal_false_alarm}",
                share(a.pass_agree, a.n),
                share(a.within, a.n),
                "-" if worst is None else f"{worst[0]} {worst[1]:.1f} pts",
            ]
        )
    headers = [
        "judge",
        "calls",
        "fatal errors agree",
        "missed / false alarms",
        "pass/fail agree",
        f"totals within ±{TOLERANCE:g}",
        "largest section error",
    ]
    return [f"agreement with {gold} (QA measures, calls {gold} judged)", table(headers, rows)]
