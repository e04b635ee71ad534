"""``mockcall sessions override|dispute|ack|resolve`` and ``mockcall calibrate`` through
``cli.main``, on both backends."""

from __future__ import annotations

import json

import pytest
from store_helpers import FATAL, StoreFactory, record_call

from mockcall.cli import main

CRIT = "verify_before_disclose"


@pytest.fixture
def db(store_factory: StoreFactory, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """One fatal call; the ``--db`` value and its session id. No reviewer in the environment."""
    monkeypatch.delenv("MOCKCALL_REVIEWER", raising=False)
    monkeypatch.delenv("MOCKCALL_GOLD_REVIEWER", raising=False)
    with store_factory.open() as store:
        sid = record_call(store, FATAL)
    return store_factory.location, sid


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_override_edit_retract_all_shown(
    db: tuple[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    location, sid = db
    base = ("sessions", "override", sid, CRIT, "--db", location)
    code, out, _ = run(
        capsys, *base, "--status", "met", "--comment", "volunteered", "--reviewer", "sari"
    )
    assert code == 0 and "fail -> pass" in out
    monkeypatch.setenv("MOCKCALL_REVIEWER", "lead")
    code, out, _ = run(capsys, *base, "--status", "na", "--comment", "not asked")
    assert code == 0 and "by lead" in out
    code, out, _ = run(
        capsys, *base, "--status", "auto", "--comment", "scorer right", "--reviewer", "sari"
    )
    assert code == 0 and "retracted" in out
    code, out, _ = run(capsys, "sessions", "show", sid, "--db", location)
    history = out.split("Review history")[1]
    assert "sari: override" in history and "lead: override" in history
    assert "sari: retracted override" in history and "scorer right" in history
    code, out, _ = run(capsys, "sessions", "show", sid, "--db", location, "--format", "json")
    items = json.loads(out)["history"]
    assert [(h["who"], h["action"]) for h in items] == [
        ("sari", "override"),
        ("lead", "override"),
        ("sari", "retract"),
    ]
    assert all(h["at"] and h["comment"] for h in items)


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (("--status", "met", "--comment", "x"), 2, "--reviewer NAME"),
        (("--status", "met", "--comment", " ", "--reviewer", "a"), 2, "--comment"),
        (("--status", "great", "--comment", "x", "--reviewer", "a"), 2, "invalid choice"),
        (("--comment", "x", "--reviewer", "a"), 2, "--status"),
    ],
)
def test_override_usage_errors(
    db: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    code: int,
    words: str,
) -> None:
    location, sid = db
    got, _, err = run(capsys, "sessions", "override", sid, CRIT, "--db", location, *argv)
    assert got == code and words in err


def test_override_not_found_unknown_criterion_read_only(
    db: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    location, sid = db
    tail = ("--status", "met", "--comment", "x", "--reviewer", "a", "--db", location)
    code, _, err = run(capsys, "sessions", "override", "20990101-000000-aaaaaa", CRIT, *tail)
    assert code == 3 and "no session" in err
    code, _, err = run(capsys, "sessions", "override", sid, "nope", *tail)
    assert code == 2 and "no criterion 'nope'" in err
    code, _, err = run(capsys, "sessions", "override", sid, CRIT, *tail, "--read-only")
    assert code == 4 and "read-only" in err


def test_dispute_ack_resolve(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    location, sid = db
    code, out, _ = run(
        capsys, "sessions", "dispute", sid, CRIT, "--reason", "I did verify", "--db", location
    )
    assert code == 0 and "disputed by rina" in out
    code, out, _ = run(
        capsys, "sessions", "list", "--disputed", "--db", location, "--format", "json"
    )
    assert [s["id"] for s in json.loads(out)["sessions"]] == [sid]
    code, _, err = run(capsys, "sessions", "resolve", sid, CRIT, "--comment", "x", "--db", location)
    assert code == 2 and "--upheld or --changed" in err
    code, out, _ = run(
        capsys, "sessions", "resolve", sid, CRIT, "--changed", "--status", "met",
        "--comment", "heard it", "--reviewer", "lead", "--db", location,
    )  # fmt: skip
    assert code == 0 and "changed" in out
    code, out, _ = run(capsys, "sessions", "ack", sid, "--trainee", "Rina", "--db", location)
    assert code == 0 and "acknowledged by Rina" in out
    code, out, _ = run(capsys, "sessions", "show", sid, "--db", location, "--format", "json")
    shown = json.loads(out)
    assert [h["action"] for h in shown["history"]] == ["dispute", "override", "changed", "ack"]
    assert shown["disputes"][0]["open"] is False
    assert shown["session"]["open_disputes"] == 0 and shown["session"]["disputes"] == 1
    code, _, err = run(capsys, "sessions", "list", "--status", "met", "--db", location)
    assert code == 2 and "sessions override" in err


def test_a_qa_reviewer_may_use_the_cards_words(
    db: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``mockcall qa`` prints met / missed; a reviewer overriding its card types the same."""
    location, sid = db
    base = ("sessions", "override", sid, "greet_and_name", "--db", location, "--reviewer", "sari")
    code, out, _ = run(capsys, *base, "--status", "missed", "--comment", "no name given")
    assert code == 0 and out.strip().endswith("pass -> fail")


def test_calibrate_table_and_json(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with store_factory.open() as store:
        sid = record_call(store, FATAL)
        store.add_override(sid, CRIT, "pass", "volunteered", "sari")
        store.add_override(sid, "greet_and_name", "fail", "mumbled", "lead")
        plain = record_call(store)
    location = store_factory.location
    monkeypatch.setenv("MOCKCALL_GOLD_REVIEWER", "lead")
    code, out, _ = run(capsys, "calibrate", sid, plain, "--db", location)
    assert code == 0 and "agreement with lead" in out and "spread" in out
    assert "no reviewer has judged this call yet" in out
    code, out, _ = run(
        capsys, "calibrate", sid, "--db", location, "--format", "json", "--gold", "sari"
    )
    data = json.loads(out)
    [cal] = data["sessions"]
    assert data["gold"] == "sari" and [r["reviewer"] for r in cal["reviewers"]] == ["sari", "lead"]
    sari, lead = cal["reviewers"]
    assert sari["agreement"] == 100.0 and lead["agreement"] < 100.0
    assert cal["spread"] == round(abs(sari["total"] - lead["total"]), 1)
    assert lead["statuses"]["greet_and_name"] == "fail" and cal["auto"]["statuses"][CRIT] == "fail"
    code, _, _ = run(capsys, "calibrate", "20990101-000000-aaaaaa", "--db", location)
    assert code == 3


def test_calibrate_measures_the_scorer_against_the_gold_reviewer(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """A QA lead's question before trusting the automatic score: over the calls the gold
    reviewer judged, does it find the same fatal errors, the same pass/fail, totals within
    ±5? The same measures as the QA benchmark, for the scorer and for each reviewer."""
    with store_factory.open() as store:
        fatal = record_call(store, FATAL)
        store.add_override(fatal, CRIT, "pass", "the caller volunteered it", "sari")
        store.add_override(fatal, "greet_and_name", "fail", "mumbled", "lead")
        plain = record_call(store)
        store.add_override(plain, "greet_and_name", "fail", "no name", "sari")
        unjudged = record_call(store)
    location = store_factory.location
    code, out, _ = run(
        capsys, "calibrate", fatal, plain, unjudged, "--db", location,
        "--gold", "sari", "--format", "json",
    )  # fmt: skip
    assert code == 0
    measured = json.loads(out)["agreement"]
    assert sorted(measured) == ["auto", "lead"]
    auto, lead = measured["auto"], measured["lead"]
    assert auto["calls"] == 2 and lead["calls"] == 1  # only calls sari judged; lead judged one
    assert (auto["fatal_agree"], auto["fatal_missed"], auto["fatal_false_alarm"]) == (1, 0, 1)
    assert (lead["fatal_agree"], lead["fatal_false_alarm"]) == (0, 1)
    assert auto["pass_agree"] == 2  # the fatal call fails on its total for sari too
    code, out, _ = run(capsys, "calibrate", fatal, plain, "--db", location, "--gold", "sari")
    assert code == 0
    block = out.split("agreement with sari (QA measures, calls sari judged)")[1]
    auto_row = next(line for line in block.splitlines() if line.startswith("auto"))
    assert auto_row.split()[1:6] == ["2", "1/2", "(50%)", "0", "/"]
    code, out, _ = run(capsys, "calibrate", unjudged, "--db", location, "--gold", "sari")
    assert "sari has judged none of these calls" in out
