"""``mockcall progress`` and the progress report: per trainee and cohort, criteria by rubric
and title, trend per day — through the real store on both backends."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from store_helpers import FATAL, StoreFactory, record_call

from mockcall.cli import main
from mockcall.store.api import SessionMeta, SessionRecord
from mockcall.store.progress_report import build


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(store_factory: StoreFactory) -> str:
    with store_factory.open() as store:
        record_call(store, started_at="2026-02-01T09:00:00.000Z")
        record_call(store, FATAL, started_at="2026-02-02T09:00:00.000Z")
        record_call(store, FATAL, trainee="Budi", started_at="2026-02-02T10:00:00.000Z")
        record_call(store, trainee="budi", started_at="2026-02-03T10:00:00.000Z")
    return store_factory.location


def test_progress_table_json_and_csv(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "progress", "--db", db)
    assert code == 0 and out.startswith("Cohort: 2 trainee(s), 4 call(s)")
    assert "No account data before verification FATAL" in out  # titles, not ids only
    assert "2026-02-02  2" in out  # the trend: two calls that day
    code, out, _ = run(capsys, "progress", "--db", db, "--format", "json")
    data = json.loads(out)
    assert [t["trainee"] for t in data["trainees"]] == ["Budi", "rina"]  # one Budi, any case
    rina = data["trainees"][1]
    assert rina["calls"] == 2 and rina["change"] < 0 and rina["fatal_calls"] == 1
    weakest = data["cohort"]["criteria"][0]
    assert weakest["rubric"] == "telco-inbound" and weakest["loss_rate"] > 0
    code, out, _ = run(capsys, "progress", "--db", db, "--format", "csv", "--trainee", "BU")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["trainee"] for r in rows} == {"*", "Budi"}
    assert {r["calls"] for r in rows} == {"2"}
    code, out, _ = run(capsys, "progress", "--db", db, "--since", "2026-03-01")
    assert code == 0 and "no finished, scored call matches" in out
    code, _, err = run(capsys, "progress", "--db", db, "--since", "yesterday")
    assert code == 2 and "not a date" in err


def _record(trainee: str, rubric: str, status: str, day: str) -> SessionRecord:
    meta: dict[str, Any] = {f: None for f in SessionMeta.__slots__}
    meta.update(id=day + trainee, trainee=trainee, status="finished", started_at=day)
    card = {
        "rubric_id": rubric,
        "total": 100.0 if status == "pass" else 50.0,
        "passed": status == "pass",
        "fatal_failures": [],
        "criteria": [
            {"id": "greeting", "title": f"Greeting ({rubric})", "section": "open"}
            | {"status": status, "fatal": False, "earned": 1, "points": 1}
        ],
    }
    return SessionRecord(SessionMeta(**meta), card, ())


def test_same_criterion_id_of_two_rubrics_is_never_merged() -> None:
    report = build(
        [
            _record("ana", "bank", "fail", "2026-01-01T09:00:00.000Z"),
            _record("ana", "telco", "pass", "2026-01-02T09:00:00.000Z"),
            _record("ANA", "telco", "na", "2026-01-02T10:00:00.000Z"),
        ]
    )
    [ana] = report.trainees
    assert ana.calls == 3 and [d.calls for d in ana.trend] == [1, 2]
    stats = {(c.rubric, c.criterion): (c.lost, c.applicable, c.title) for c in ana.criteria}
    assert stats == {
        ("bank", "greeting"): (1, 1, "Greeting (bank)"),
        ("telco", "greeting"): (0, 1, "Greeting (telco)"),
    }
    assert ana.criteria[0].rubric == "bank"  # weakest first
