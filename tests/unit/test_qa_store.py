"""``mockcall qa --store``: scored contacts become reviewable sessions, once per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_helpers import StoreFactory

from mockcall.cli import main
from mockcall.core.qa import for_transcripts
from mockcall.core.scoring import score
from mockcall.store import open_store
from mockcall.store.rubrics import rubric_from_text

DEV = Path(__file__).resolve().parents[1] / "data" / "qa" / "dev"
GOOD = DEV / "id-call-inbound-outage-good.txt"
FATAL = DEV / "id-call-inbound-otp-fatal.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_each_contact_is_stored_once_with_its_log_card_and_source(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store_factory.location
    argv = ("qa", str(GOOD), str(FATAL), "--store", "--trainee", "Rina", "--format", "json")
    code, out, err = run(capsys, *argv, "--db", db)
    assert code == 1  # the OTP contact fails
    reports = [json.loads(line) for line in out.splitlines()]
    stored = [line.rsplit(" ", 1) for line in err.splitlines()]
    assert [s[0] for s in stored] == [
        f"{GOOD}: stored as session",
        f"{FATAL}: stored as session",
    ]
    with open_store(db) as store:
        for report, (_, session_id) in zip(reports, stored, strict=True):
            meta = store.session(session_id)
            assert meta is not None
            assert (meta.source, meta.source_ref, meta.trainee, meta.mode) == (
                "transcript",
                report["file"],
                "Rina",
                "qa",
            )
            assert meta.persona == Path(report["file"]).stem
            assert (meta.total, meta.passed, meta.status) == (
                report["total"],
                report["passed"],
                "finished",
            )
        assert store.count() == 2

    code, _, err = run(capsys, *argv, "--db", db)  # the same files again
    assert code == 1
    assert err.splitlines() == [
        f"{GOOD}: already stored as session {stored[0][1]}",
        f"{FATAL}: already stored as session {stored[1][1]}",
    ]
    with open_store(db) as store:
        assert store.count() == 2


def test_an_override_re_scores_an_imported_contact_by_the_rubric_it_was_scored_with(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store_factory.location
    run(capsys, "qa", str(FATAL), "--store", "--trainee", "Rina", "--db", db)
    with open_store(db) as store:
        [meta] = store.sessions()
        frozen = rubric_from_text(store.rubric_text(meta.rubric_hash or "") or "")
        card = store.scorecard(meta.id) or {}
        fatal = card["fatal_failures"]
        assert fatal  # the contact failed on a fatal error
        store.add_override(meta.id, fatal[0], "pass", "customer read it out unasked", "Bu Sari")
        events = store.events(meta.id)
        after = store.session(meta.id)
        assert after is not None and after.overridden
        assert after.total == score(events, frozen).total
        assert after.original_total == meta.total
    # the frozen rubric is the card as transcripts are scored by it
    review = {c.id for _, c in frozen.criteria() if c.review}
    assert review >= {c.id for _, c in for_transcripts(frozen).criteria() if c.review}


def test_storing_needs_a_trainee(
    store_factory: StoreFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "qa", str(GOOD), "--store", "--db", store_factory.location)
    assert (code, out) == (2, "")
    assert "--store needs --trainee NAME" in err
    with open_store(store_factory.location) as store:
        assert store.count() == 0
