"""vCon in and out: a transcript survives the trip through a vCon, and exports follow the draft.

``check_vcon`` writes down the JSON rules of IETF draft-ietf-vcon-vcon-core that our documents
must follow (the object's required members and their types, dialog and analysis entries,
party indices, encodings), so the test does not depend on any vCon library's own checker.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from store_helpers import FATAL, open_db, record_call

from mockcall.cli import main
from mockcall.core.loader import load_library
from mockcall.core.qa import result_dict, score_transcript
from mockcall.core.transcript import read
from mockcall.core.vcon import from_vcon, vcon_of
from mockcall.exit_codes import EXIT_OK

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "qa" / "dev"

_DIALOG_TYPES = {"recording", "text", "transfer", "incomplete"}
_ENCODINGS = {"base64url", "json", "none"}
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]*=*$")


def _rfc3339(value: Any) -> bool:
    if not isinstance(value, str) or "T" not in value:
        return False
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return when.tzinfo is not None


def _indices(value: Any, n: int) -> bool:
    items = value if isinstance(value, list) else [value]
    return all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i < n for i in items)


def _body_ok(item: dict[str, Any], where: str, problems: list[str]) -> None:
    if "body" not in item:
        return
    encoding = item.get("encoding")
    if encoding not in _ENCODINGS:
        problems.append(f"{where}.encoding: {encoding!r} is not one of {sorted(_ENCODINGS)}")
        return
    body = item["body"]
    if encoding == "none" and not isinstance(body, str):
        problems.append(f"{where}.body: encoding none needs a string body")
    if encoding == "base64url" and not (isinstance(body, str) and _BASE64URL.match(body)):
        problems.append(f"{where}.body: not base64url")
    if encoding == "json" and isinstance(body, str):
        try:
            json.loads(body)
        except json.JSONDecodeError:
            problems.append(f"{where}.body: encoding json but the body is not JSON")


def check_vcon(doc: Any) -> list[str]:
    """Problems of a vCon against the draft's JSON rules (empty when it follows them)."""
    problems: list[str] = []
    if not isinstance(doc, dict):
        return ["$: a vCon is a JSON object"]
    if "vcon" in doc and not isinstance(doc["vcon"], str):
        problems.append("$.vcon: the syntax version is a string")
    try:
        uuid.UUID(str(doc.get("uuid")))
    except ValueError:
        problems.append("$.uuid: required, a UUID")
    if not _rfc3339(doc.get("created_at")):
        problems.append("$.created_at: required, an RFC 3339 date-time")
    if sum(k in doc for k in ("redacted", "appended", "group")) > 1:
        problems.append("$: at most one of redacted, appended, group")
    parties = doc.get("parties")
    if not isinstance(parties, list):
        problems.append("$.parties: required, an array")
        parties = []
    for i, party in enumerate(parties):
        if not isinstance(party, dict):
            problems.append(f"$.parties[{i}]: an object")
            continue
        for key in ("tel", "mailto", "name", "role", "uuid", "validation"):
            if key in party and not isinstance(party[key], str):
                problems.append(f"$.parties[{i}].{key}: a string")
    dialog = doc.get("dialog", [])
    if not isinstance(dialog, list):
        problems.append("$.dialog: an array")
        dialog = []
    for i, d in enumerate(dialog):
        where = f"$.dialog[{i}]"
        if not isinstance(d, dict):
            problems.append(f"{where}: an object")
            continue
        if d.get("type") not in _DIALOG_TYPES:
            problems.append(f"{where}.type: one of {sorted(_DIALOG_TYPES)}")
        if not _rfc3339(d.get("start")):
            problems.append(f"{where}.start: required, an RFC 3339 date-time")
        if "parties" not in d or not _indices(d["parties"], len(parties)):
            problems.append(f"{where}.parties: party indices")
        if "originator" in d and not _indices(d["originator"], len(parties)):
            problems.append(f"{where}.originator: a party index")
        duration = d.get("duration")
        if duration is not None and (not isinstance(duration, (int, float)) or duration < 0):
            problems.append(f"{where}.duration: a non-negative number of seconds")
        if d.get("type") in ("text", "recording"):
            if not isinstance(d.get("mediatype"), str):
                problems.append(f"{where}.mediatype: required for inline content")
            if "body" not in d and "url" not in d:
                problems.append(f"{where}: content as body or url")
        _body_ok(d, where, problems)
    for key in ("analysis", "attachments"):
        items = doc.get(key, [])
        if not isinstance(items, list):
            problems.append(f"$.{key}: an array")
            continue
        for i, item in enumerate(items):
            where = f"$.{key}[{i}]"
            if not isinstance(item, dict):
                problems.append(f"{where}: an object")
                continue
            if not isinstance(item.get("type", item.get("purpose")), str):
                problems.append(f"{where}.type: a string")
            if key == "analysis":
                if not isinstance(item.get("vendor"), str):
                    problems.append(f"{where}.vendor: required, a string")
                if "dialog" in item and not _indices(item["dialog"], len(dialog)):
                    problems.append(f"{where}.dialog: dialog indices")
            if "party" in item and not _indices(item["party"], len(parties)):
                problems.append(f"{where}.party: a party index")
            if "body" not in item and "url" not in item:
                problems.append(f"{where}: content as body or url")
            _body_ok(item, where, problems)
    return problems


def test_the_validator_catches_what_the_draft_forbids() -> None:
    assert check_vcon([]) == ["$: a vCon is a JSON object"]
    bad = {
        "uuid": "x",
        "created_at": "yesterday",
        "parties": [{"name": 3}],
        "dialog": [{"type": "chat", "start": "2026-01-01", "parties": [4], "body": 1}],
        "analysis": [{"type": "x", "body": {}, "encoding": "json"}],
    }
    found = "\n".join(check_vcon(bad))
    for part in ("$.uuid", "$.created_at", "$.parties[0].name", "$.dialog[0].type",
                 "$.dialog[0].start", "$.dialog[0].parties", "$.analysis[0].vendor"):  # fmt: skip
        assert part in found


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_transcript_to_vcon_and_back_gives_the_same_card(path: Path, tmp_path: Path) -> None:
    library = load_library([ROOT / "personas"])
    bundle = library.bundles["qa"]
    assert bundle.rubric is not None
    tr, problems = read(str(path))
    assert tr is not None, problems
    contact = library.bundles.get(tr.account)
    account = None if contact is None else contact.account
    first = score_transcript(
        tr, bundle.rubric, rubric_account=bundle.account, contact_account=account
    )
    doc = vcon_of(list(first.events), first.card.to_dict(), ident=path.name)
    assert check_vcon(doc) == []
    assert json.loads(json.dumps(doc)) == doc  # plain JSON
    again, problems = from_vcon(json.loads(json.dumps(doc)), "x.vcon")
    assert again is not None, problems
    second = score_transcript(
        again, bundle.rubric, rubric_account=bundle.account, contact_account=account
    )
    one, two = result_dict(first, bundle.rubric), result_dict(second, bundle.rubric)
    one.pop("file")
    two.pop("file")
    assert one == two
    assert doc["analysis"][0]["body"]["total"] == first.card.total


def test_qa_reads_a_vcon_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = load_library([ROOT / "personas"])
    bundle = library.bundles["qa"]
    assert bundle.rubric is not None
    tr, _ = read(str(DEV / "id-call-inbound-outage-good.txt"))
    assert tr is not None
    result = score_transcript(tr, bundle.rubric, rubric_account=bundle.account)
    target = tmp_path / "call.vcon.json"
    target.write_text(json.dumps(vcon_of(list(result.events))), encoding="utf-8")
    code = main(["qa", str(tmp_path), "--format", "json"])
    out = capsys.readouterr().out
    assert code == EXIT_OK and json.loads(out)["total"] == 100.0


def test_a_foreign_vcon_without_our_attachments_is_read_with_defaults() -> None:
    doc = {
        "vcon": "0.0.2",
        "uuid": str(uuid.uuid4()),
        "created_at": "2026-03-14T10:05:00+07:00",
        "parties": [{"name": "Rina", "role": "agent"}, {"tel": "+6281200000", "role": "customer"}],
        "dialog": [
            {
                "type": "text",
                "start": "2026-03-14T10:05:00+07:00",
                "parties": [0],
                "mediatype": "text/plain",
                "encoding": "none",
                "body": "Good morning, how can I help?",
            },
            {
                "type": "text",
                "start": "2026-03-14T10:05:20+07:00",
                "parties": [1],
                "mediatype": "text/plain",
                "encoding": "none",
                "body": "My parcel is late.",
            },
        ],
    }
    assert check_vcon(doc) == []
    tr, problems = from_vcon(doc, "foreign.json")
    assert tr is not None, problems
    assert tr.channel == "chat" and tr.locale == "en"
    assert [(line.t, line.speaker) for line in tr.lines] == [(0, "agent"), (20, "customer")]


def test_a_broken_vcon_reports_problems_not_a_traceback() -> None:
    tr, problems = from_vcon({"parties": [{"role": "customer"}], "dialog": "x"}, "b.json")
    assert tr is None
    assert {p.code for p in problems} == {"bad-vcon"}


def test_export_vcon_writes_stored_sessions_with_their_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    with open_db(db) as store:
        record_call(store, started_at="2026-02-01T09:00:00.000Z")
        record_call(store, FATAL, started_at="2026-02-02T09:00:00.000Z")
    code = main(["export", "--format", "vcon", "--db", str(db)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    docs = json.loads(out)
    assert len(docs) == 2
    for doc in docs:
        assert check_vcon(doc) == []
        card = doc["analysis"][0]["body"]
        assert doc["analysis"][0]["vendor"] == "mockcall" and "total" in card
        tr, problems = from_vcon(doc, "export.json")
        assert tr is not None, problems
    assert {d["analysis"][0]["body"]["passed"] for d in docs} == {True, False}
