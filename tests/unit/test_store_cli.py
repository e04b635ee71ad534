"""``mockcall sessions`` and ``mockcall export`` through ``cli.main``, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from store_helpers import FATAL, StoreFactory, record_call, telco

from mockcall.cli import main
from mockcall.core.events import Event
from mockcall.core.scoring import score
from mockcall.store import open_store
from mockcall.store.api import NewSession
from mockcall.store.rubrics import rubric_from_text


@pytest.fixture
def db(store_factory: StoreFactory) -> str:
    """Three calls: a pass, a fatal fail with a review, an abandoned one; one other trainee.
    The ``--db`` value: a SQLite file, or a PostgreSQL DSN (both backends run every test)."""
    with store_factory.open() as store:
        record_call(store, started_at="2026-02-01T09:00:00.000Z")
        sid = record_call(store, FATAL, started_at="2026-02-02T09:00:00.000Z")
        store.add_override(sid, "greet_and_name", "fail", "Name was mumbled", "qa-sari")
        record_call(store, trainee="budi", started_at="2026-02-03T09:00:00.000Z")
        live = store.begin(
            NewSession(trainee="rina", account="telco", persona="telco-darmawan-repeat-outage")
        )
        store.append(live, Event(0, 0.0, "call_started", {}))
        store.abandon(live)
    return store_factory.location


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sessions_list_table_and_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "sessions", "--db", db)
    assert code == 0 and err == ""
    assert "FATAL" in out and "budi" in out and "abandoned" in out and "*" in out
    code, out, _ = run(capsys, "sessions", "list", "--db", db, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["count"] == 4 and len(data["sessions"]) == 4
    code, out, _ = run(
        capsys, "sessions", "list", "--db", db, "--format", "json", "--trainee", "budi"
    )
    assert [s["trainee"] for s in json.loads(out)["sessions"]] == ["budi"]
    code, out, _ = run(capsys, "sessions", "--db", db, "--limit", "1")
    assert "(1 of 4" in out


def test_sessions_show_prints_transcript_evidence_and_score(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db) as store:
        reviewed = next(m for m in store.sessions() if m.overridden)
    code, out, err = run(capsys, "sessions", "show", reviewed.id, "--db", db)
    assert code == 0 and err == ""
    assert "Transcript" in out and "customer" in out and "agent" in out
    assert "Fatal errors: verify_before_disclose" in out
    assert "FATAL" in out and "why:" in out and "coaching:" in out
    assert "override: pass -> fail by qa-sari: Name was mumbled" in out
    assert "Review history" in out and "originally" in out
    code, out, _ = run(capsys, "sessions", "show", reviewed.id, "--db", db, "--format", "json")
    data = json.loads(out)
    assert data["session"]["id"] == reviewed.id and data["overrides"][0]["reviewer"] == "qa-sari"
    assert data["scorecard"]["total"] < data["original_scorecard"]["total"]
    assert data["events"][0]["kind"] == "call_started"


def test_sessions_show_lists_the_typed_replies_flagged_as_misread(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    from mockcall.core.simulate import start_session
    from mockcall.store.recorder import Recorder

    persona, account, rubric = telco()
    session, clock = start_session(persona, account, rubric, trainee="rina")
    with store_factory.open() as store:
        recorder = Recorder(store, rubric=rubric)
        for event in session.events:
            recorder.on_event(event)
        session._on_event = recorder.on_event
        clock.advance(4)
        session.say_free("let me explain why", ["cold_transfer"], 0.2)
        clock.advance(2)
        assert session.flag_misheard() is None
        clock.advance(3)
        session.say_free("zzz", [], 0.0)  # not flagged: not listed
        session.end_call()
        session.submit_acw("notes", account.dispositions[0].id)
        sid = recorder.finish(score(session.events, rubric))
    code, out, err = run(capsys, "sessions", "show", sid, "--db", store_factory.location)
    assert code == 0 and err == ""
    said = next(e for e in session.events if e.data.get("text") == "let me explain why")
    flag = next(e for e in session.events if e.kind == "misheard")
    assert f"  #{flag.seq:<4}   0:06  system    trainee flagged #{said.seq} as misread" in out
    section = out.split("Typed replies the trainee flagged as misread (not scored)\n")[1]
    assert section.splitlines()[0] == (
        f'  #{said.seq:<4}   0:04  "let me explain why" — heard: cold_transfer; no option taken'
    )
    assert section.splitlines()[1] == ""  # one flagged reply, then the score
    code, out, _ = run(
        capsys, "sessions", "show", sid, "--db", store_factory.location, "--format", "json"
    )
    [logged] = [e for e in json.loads(out)["events"] if e["kind"] == "misheard"]
    assert logged["data"]["said"] == said.seq


def test_sessions_errors_have_exit_codes_and_no_traceback(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "sessions", "show", "no-such-id", "--db", db)
    assert code == 3 and err.startswith("mockcall: no session 'no-such-id'") and out == ""
    code, _, err = run(capsys, "sessions", "show", "--db", db)
    assert code == 2 and "needs a session id" in err
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all")
    for argv in (["sessions"], ["export"]):
        code, out, err = run(capsys, *argv, "--db", str(junk))
        assert (
            code == 4 and err.startswith("mockcall: sessions database") and "Traceback" not in err
        )
    assert junk.read_text() == "not a database at all"


def test_export_json_round_trip_rescores_to_the_same_totals(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "export.json"
    code, out, err = run(capsys, "export", "--format", "json", "--out", str(out_file), "--db", db)
    assert code == 0 and out == "" and "exported 4 session(s)" in err
    items = json.loads(out_file.read_text("utf-8"))
    assert len(items) == 4
    with open_store(db) as store:
        for item in items:
            if item["scorecard"] is None:
                assert item["status"] == "abandoned"
                continue
            rubric = rubric_from_text(store.rubric_text(item["rubric_hash"]) or "")
            card = score([Event.from_dict(e) for e in item["events"]], rubric)
            assert card.total == item["total"] == item["scorecard"]["total"]
            assert card.to_dict() == item["scorecard"]
    assert not (tmp_path / "export.json.partial").exists()


def test_export_csv_one_row_per_session_with_section_columns(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "export", "--db", db, "--trainee", "rina")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 3
    sections = [h for h in rows[0] if h.startswith("section:")]
    assert "section:opening" in sections and "section:verification" in sections
    passed = next(r for r in rows if r["passed"] == "true")
    assert float(passed["total"]) >= 85 and passed["section:opening"] == "100.0"
    fatal = next(r for r in rows if r["fatal_count"] not in ("", "0"))
    assert "verify_before_disclose" in fatal["fatal_failures"] and fatal["overridden"] == "true"
    abandoned = next(r for r in rows if r["status"] == "abandoned")
    assert abandoned["total"] == "" and abandoned["section:opening"] == ""


def test_export_xapi_statements(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MOCKCALL_XAPI_HOMEPAGE", raising=False)
    code, out, _ = run(capsys, "export", "--format", "xapi", "--db", db)
    statements = json.loads(out)
    voids = [s for s in statements if s["verb"]["display"]["en-US"] == "voided"]
    calls = [s for s in statements if s not in voids]
    assert code == 0 and len(calls) == 3  # the abandoned call has no result to report
    assert len(voids) == 1  # the reviewed call's score changed: its first statement is voided
    by_verb = {s["verb"]["display"]["en-US"]: s for s in reversed(calls)}  # rina's first
    assert by_verb["passed"]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert by_verb["failed"]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/failed"
    s = by_verb["passed"]
    assert s["actor"]["account"] == {"homePage": "https://mockcall.invalid", "name": "rina"}
    assert s["object"]["id"] == "urn:mockcall:persona:telco-darmawan-repeat-outage"
    assert s["object"]["definition"]["name"] == {
        "id-ID": "Pak Darmawan: internet down for the third time"
    }
    score_ = s["result"]["score"]
    assert score_["min"] == 0 and score_["max"] == 100 and score_["scaled"] == score_["raw"] / 100
    assert s["result"]["success"] is True and s["result"]["duration"].startswith("PT")
    criterion = s["result"]["extensions"]["urn:mockcall:criterion:telco-inbound/greet_and_name"]
    assert criterion["status"] == "pass" and criterion["earned"] == criterion["points"]
    assert "urn:mockcall:section:telco-inbound/opening" in s["result"]["extensions"]
    ext = s["context"]["extensions"]
    assert ext["urn:mockcall:account"] == "telco" and ext["urn:mockcall:mode"] == "practice"
    assert len(ext["urn:mockcall:rubric-hash"]) == 64
    assert len({st["id"] for st in statements}) == 4
    assert voids[0]["object"]["objectType"] == "StatementRef"
    assert voids[0]["object"]["id"] not in {c["id"] for c in calls}
    _, again, _ = run(
        capsys, "export", "--format", "xapi", "--db", db, "--homepage", "https://lms.example"
    )
    assert [st["id"] for st in json.loads(again)] == [st["id"] for st in statements]
    assert json.loads(again)[0]["actor"]["account"]["homePage"] == "https://lms.example"
    code, _, err = run(capsys, "export", "--format", "xapi", "--db", db, "--homepage", "lms")
    assert code == 2 and "http(s) URL" in err


def test_export_of_an_empty_store(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store_factory.location  # nothing created yet
    nothing: list[object] = []
    for fmt, expected in (("json", nothing), ("xapi", nothing)):
        code, out, _ = run(capsys, "export", "--format", fmt, "--db", db)
        assert code == 0 and json.loads(out) == expected
    code, out, _ = run(capsys, "export", "--db", db)
    assert code == 0 and out.startswith("id,started_at")
    code, out, _ = run(capsys, "sessions", "--db", db)
    assert code == 0 and "no sessions stored yet" in out


def test_sessions_list_and_export_share_the_filters(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def ids(*argv: str) -> list[str]:
        code, out, err = run(capsys, *argv, "--db", db, "--format", "json")
        assert code == 0, err
        return [s["id"] for s in json.loads(out)["sessions"]]

    def exported(*argv: str) -> list[str]:
        code, out, err = run(capsys, "export", *argv, "--db", db, "--format", "json")
        assert code == 0, err
        return sorted(s["id"] for s in json.loads(out))

    cases = [
        ("--trainee", "RIN"),
        ("--persona", "TELCO-darmawan"),
        ("--status", "abandoned"),
        ("--fatal",),
        ("--reviewed",),
        ("--unreviewed", "--passed"),
        ("--failed",),
        ("--since", "2026-02-02", "--until", "2026-02-02T23:59:59+00:00"),
    ]
    counts = []
    for case in cases:
        listed = ids("sessions", "list", *case)
        assert sorted(listed) == exported(*case), case
        counts.append(len(listed))
    assert counts == [3, 4, 1, 1, 1, 2, 1, 1]
    code, _, err = run(capsys, "sessions", "--db", db, "--until", "31/12/2026")
    assert code == 2 and "not a date" in err
    code, _, err = run(capsys, "sessions", "--db", db, "--format", "html")
    assert code == 2 and "sessions show ID" in err
    code, _, err = run(capsys, "sessions", "--db", db, "--passed", "--failed")
    assert code == 2
