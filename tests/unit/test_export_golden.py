"""CSV, xAPI and the HTML scorecard against golden files (tests/data/golden/).

The store is the real SQLite store; session ids and clock readings are pinned so the bytes
are the same on every run: a pass, a fatal call a reviewer re-scored twice, an abandoned call,
and another trainee's call whose name a spreadsheet would take for a formula.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from golden import check
from store_helpers import FATAL, open_db, record_call

import mockcall.store.sqlite as sqlite_store
from mockcall.cli import main
from mockcall.core.events import Event
from mockcall.store.api import NewSession


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    ids = (f"20260201-0900{n:02d}-golden" for n in itertools.count(1))
    clock = iter(f"2026-02-0{d}T10:{m:02d}:00.000Z" for d in range(1, 10) for m in range(60))
    monkeypatch.delenv("MOCKCALL_XAPI_HOMEPAGE", raising=False)
    path = tmp_path / "golden.db"
    with open_db(path) as store:
        # pinned after the schema is made: a new migration must not shift the times below
        monkeypatch.setattr(sqlite_store, "_new_id", lambda started: next(ids))
        monkeypatch.setattr(sqlite_store, "now_iso", lambda: next(clock))
        record_call(store, started_at="2026-02-01T09:00:00.000Z")
        sid = record_call(store, FATAL, started_at="2026-02-02T09:00:00.000Z")
        store.add_override(sid, "greet_and_name", "fail", "Name <b>mumbled</b> & fast", "qa-sari")
        store.add_override(sid, "empathy_shown", "pass", "Tone was warm", "lead-budi")
        record_call(store, trainee="=budi", started_at="2026-02-03T09:00:00.000Z")
        live = store.begin(
            NewSession(trainee="rina", account="telco", persona="telco-darmawan-repeat-outage")
        )
        store.append(live, Event(0, 0.0, "call_started", {}))
        store.abandon(live)
    return str(path)


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_csv_golden(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(capsys, "export", "--format", "csv", "--db", db)
    header = out.splitlines()[0].split(",")
    assert header.index("reviewers") < header.index("section:opening")
    assert "telco-inbound/greet_and_name.status" in header
    check("export.csv", out)


def test_xapi_golden(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(capsys, "export", "--format", "xapi", "--db", db)
    statements = json.loads(out)
    voided = [s for s in statements if s["verb"]["display"]["en-US"] == "voided"]
    assert len(voided) == 2  # the call's own score and the one after the first review
    check("export.xapi.json", json.dumps(statements, ensure_ascii=False, indent=1) + "\n")


def test_html_scorecard_golden(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(capsys, "sessions", "show", "20260201-090002-golden", "--format", "html", "--db", db)
    assert "<script" not in out and "http" not in out.split("<body>")[1]
    assert "Name &lt;b&gt;mumbled&lt;/b&gt; &amp; fast" in out
    check("scorecard.html", out)


def test_html_scorecard_to_a_file(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "card.html"
    sid = "20260201-090002-golden"
    code = main(["sessions", "show", sid, "--format", "html", "--db", db, "--out", str(page)])
    _, err = capsys.readouterr()
    assert code == 0 and f"wrote {page}" in err
    assert page.read_text("utf-8") == _out(
        capsys, "sessions", "show", sid, "--format", "html", "--db", db
    )
    code = main(["sessions", "show", "nope", "--format", "html", "--db", db])
    assert code == 3 and "no session 'nope'" in capsys.readouterr().err
