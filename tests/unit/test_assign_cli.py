"""``mockcall assign`` / ``mockcall assignments`` through ``cli.main``, on both backends."""

from __future__ import annotations

import json

import pytest
from store_helpers import StoreFactory, record_call

from mockcall.cli import main
from mockcall.store import open_store

PERSONA = "telco-darmawan-repeat-outage"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_trainer_assigns_a_call_and_sees_it_done_once_the_trainee_plays_it(
    store_factory: StoreFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = store_factory.location
    monkeypatch.setenv("MOCKCALL_REVIEWER", "Bu Sari")
    code, out, _ = run(capsys, "assign", "Rina", PERSONA, "--note", "watch the hold", "--db", db)
    assert (code, out) == (0, f"#1 Rina: {PERSONA} · practice (watch the hold) — open 0/1\n")

    code, out, _ = run(capsys, "assignments", "--db", db)
    assert code == 0
    assert "Bu Sari" in out and "open 0/1" in out

    with open_store(db) as store:
        record_call(store, trainee="rina")
        total = store.assignments()[0].last_total
    code, out, _ = run(capsys, "assignments", "--db", db)
    assert (code, out) == (0, "no open assignments (--all shows every one)\n")
    code, out, _ = run(capsys, "assignments", "--all", "--format", "json", "--db", db)
    [row] = json.loads(out)["assignments"]
    assert (row["done"], row["done_calls"], row["last_total"], row["assigned_by"]) == (
        True,
        1,
        total,
        "Bu Sari",
    )


def test_a_shift_is_assigned_by_account_and_can_be_cancelled(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store_factory.location
    code, out, _ = run(capsys, "assign", "dewi", "--shift", "telco", "--calls", "3", "--db", db)
    assert (code, out) == (0, "#1 dewi: shift of telco ×3 — open 0/3\n")
    code, out, _ = run(capsys, "assignments", "cancel", "1", "--db", db)
    assert (code, out) == (0, "#1 dewi: shift of telco ×3 — cancelled\n")
    code, out, _ = run(capsys, "assignments", "--trainee", "DEWI", "--all", "--db", db)
    assert code == 0 and "cancelled" in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["assign", "rina", "nope"], 3, "no persona 'nope'"),
        (["assign", "rina", "--shift", "nope"], 3, "no account 'nope' (known: bank, outbound"),
        (["assign", "rina"], 2, "a persona id, or --shift ACCOUNT"),
        (["assign", "rina", PERSONA, "--shift", "telco"], 2, "not both"),
        (["assign", " ", PERSONA], 2, "needs the trainee's name"),
        (["assign", "rina", PERSONA, "--calls", "51"], 2, "between 1 and 50"),
        (["assignments", "cancel"], 2, "needs the assignment's number"),
        (["assignments", "cancel", "7"], 3, "no assignment #7"),
        (["assignments", "list", "7"], 2, "did you mean 'assignments cancel 7'"),
    ],
)
def test_a_wrong_request_says_why_and_stores_nothing(
    store_factory: StoreFactory,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    got, out, err = run(capsys, *argv, "--db", store_factory.location)
    assert (got, out) == (code, "")
    assert err.startswith("mockcall: ") and message in err
    with open_store(store_factory.location) as store:
        assert store.assignments() == []
