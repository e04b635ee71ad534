"""``mockcall progress [filters] [--format table|json|csv]``: how trainees are doing.

For a team lead: the cohort (every trainee the filters select) and each trainee — calls,
average, pass rate, calls with a fatal error, the trend per day, and the weakest criteria by
title and rubric (see :mod:`mockcall.store.progress_report` for what is counted how).
The filters are those of ``sessions list``; only finished, scored calls count.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from contextlib import closing
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from mockcall.commands.common import error, table
from mockcall.commands.filters import open_for_reading, session_filter
from mockcall.exit_codes import EXIT_OK, EXIT_STORE, EXIT_USAGE

if TYPE_CHECKING:
    from mockcall.store.progress_report import CriterionStat, Progress, Report

#: criteria shown per table; JSON and CSV have them all
WEAKEST = 10


def run(args: argparse.Namespace) -> int:
    from mockcall.store import StoreError
    from mockcall.store.progress_report import build

    try:
        where = session_filter(
            args, status="finished", sort="started_at", descending=False, limit=None
        )
    except ValueError as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        with closing(open_for_reading(args)) as store:
            progress = build(store.records(where, with_events=False))
    except StoreError as exc:
        error(str(exc))
        return EXIT_STORE
    if args.format == "json":
        print(json.dumps(as_json(progress), ensure_ascii=False))
    elif args.format == "csv":
        write_csv(progress)
    else:
        print("\n".join(as_text(progress)))
    return EXIT_OK


def as_json(progress: Progress) -> dict[str, Any]:
    """``{"cohort": report, "trainees": [report, ...]}``; a report is its fields plus
    ``change`` and each criterion's ``loss_rate``."""

    def report(r: Report) -> dict[str, Any]:
        out = asdict(r)
        out["change"] = r.change
        for stat, item in zip(r.criteria, out["criteria"], strict=True):
            item["loss_rate"] = round(stat.loss_rate, 3)
        return out

    return {"cohort": report(progress.cohort), "trainees": [report(t) for t in progress.trainees]}


CSV_COLUMNS = (
    "trainee",
    "calls",
    "average",
    "pass_rate",
    "fatal_calls",
    "rubric",
    "criterion",
    "title",
    "section",
    "fatal",
    "lost",
    "applicable",
    "loss_rate",
)


def write_csv(progress: Progress) -> None:
    """One row per (trainee, rubric criterion) with the trainee's summary repeated, the cohort
    first as trainee ``*`` — one rectangle a spreadsheet can pivot."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in (progress.cohort, *progress.trainees):
        head = [r.trainee or "*", r.calls, r.average, r.pass_rate, r.fatal_calls]
        for c in r.criteria:
            name = str(head[0])
            if name[:1] in ("=", "+", "-", "@"):
                head[0] = "'" + name
            rate = round(c.loss_rate, 3)
            tail = [c.rubric, c.criterion, c.title, c.section, c.fatal, c.lost, c.applicable, rate]
            writer.writerow(["" if v is None else _csv(v) for v in (*head, *tail)])


def _csv(value: object) -> str:
    return "true" if value is True else "false" if value is False else str(value)


def as_text(progress: Progress) -> list[str]:
    cohort = progress.cohort
    if not cohort.calls:
        return ["no finished, scored call matches"]
    out = [f"Cohort: {len(progress.trainees)} trainee(s), " + _summary(cohort), ""]
    rows = [_trainee_row(t) for t in progress.trainees]
    head = ["trainee", "calls", "average", "pass rate", "fatal calls", "change", "weakest"]
    out += table(head, rows).splitlines()
    out += ["", "Trend (per day, all trainees)"]
    trend = [[d.day, d.calls, _num(d.average), d.passed] for d in cohort.trend]
    out += ["  " + line for line in table(["day", "calls", "average", "passed"], trend).split("\n")]
    out += ["", "Weakest criteria across the cohort (lost / calls where it applied)"]
    out += ["  " + line for line in _criteria_table(cohort.criteria).split("\n")]
    out += ["", "change: last day's average minus the first day's; FATAL: a fatal criterion"]
    return out


def _criteria_table(criteria: tuple[CriterionStat, ...]) -> str:
    lost = [c for c in criteria if c.lost][:WEAKEST]
    if not lost:
        return "no criterion lost"
    rows = [
        [
            f"{c.lost}/{c.applicable}",
            f"{c.loss_rate * 100:.0f}%",
            c.rubric,
            c.title + (" FATAL" if c.fatal else ""),
            c.criterion,
        ]
        for c in lost
    ]
    return table(["lost", "rate", "rubric", "criterion", "id"], rows)


def _trainee_row(t: Report) -> list[object]:
    rate, change = _pct(t.pass_rate), _signed(t.change)
    return [t.trainee or "", t.calls, _num(t.average), rate, t.fatal_calls, change, _first_weak(t)]


def _summary(r: Report) -> str:
    return (
        f"{r.calls} call(s), average {_num(r.average)}, pass rate {_pct(r.pass_rate)}, "
        f"{r.fatal_calls} with a fatal error"
    )


def _first_weak(r: Report) -> str:
    lost = [c for c in r.criteria if c.lost]
    return f"{lost[0].title} ({lost[0].rubric})" if lost else "-"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _signed(value: float | None) -> str:
    return "-" if value is None else f"{value:+.1f}"
