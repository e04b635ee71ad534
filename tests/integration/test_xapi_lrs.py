"""The xAPI export against a real LRS: Ralph, with its file-system backend, on loopback.

An export is posted, a reviewer overrides a criterion (``store.add_override``), the
re-export is posted, and the statements read back (GET) show the new score as the session's
statement and the old one voided.  Ralph stores voiding statements but does not itself hide
what they void (it does not implement ``voidedStatementId``), so the reading side applies
xAPI's rule here: a statement referenced by a ``voided`` statement no longer counts.

Ralph 5.1's file-system LRS backend writes each POST in "create" mode, which refuses the
second POST because its statements file exists; the server is therefore started with that
backend's default write mode set to "append" (:data:`LAUNCH`) — Ralph's own code otherwise.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from store_helpers import FATAL, open_db, record_call

from mockcall.cli import main

USER, PASSWORD = "mockcall", "lrs-test-password"
LAUNCH = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""
VOIDED = "http://adlnet.gov/expapi/verbs/voided"


def _need_ralph() -> None:
    from importlib.util import find_spec

    # found, not imported: importing ralph.api starts its default (Elasticsearch) backend
    missing = [m for m in ("bcrypt", "ralph", "uvicorn", "requests") if find_spec(m) is None]
    if missing:
        why = f"the LRS test needs Ralph: pip install -e '.[dev]' (missing {', '.join(missing)})"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set, so this cannot be skipped: {why}")
        pytest.skip(why)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def lrs(tmp_path: Path) -> Iterator[str]:
    """Ralph's LRS on a free loopback port, statements in a temp folder; its base URL."""
    _need_ralph()
    import bcrypt

    hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode()
    auth = tmp_path / "auth.json"
    user: dict[str, object] = {"username": USER, "hash": hashed, "scopes": ["all"]}
    user["agent"] = {"account": {"homePage": "https://lms.example.com", "name": USER}}
    auth.write_text(json.dumps([user]), "utf-8")
    (tmp_path / "lrs").mkdir()
    port = _free_port()
    env = {
        **os.environ,
        "RALPH_APP_DIR": str(tmp_path / "app"),
        "RALPH_AUTH_FILE": str(auth),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(tmp_path / "lrs"),
        "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(tmp_path / "lrs"),
    }
    server = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "ralph.log").open("wb"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_up(base, server)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_up(base: str, server: subprocess.Popen[bytes]) -> None:
    """Until the heartbeat answers; Ralph's own log is ``ralph.log`` in the test's folder."""
    deadline = time.monotonic() + 90  # a loaded CI machine imports FastAPI slowly
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail("Ralph stopped at start-up (see ralph.log in the test's folder)")
        try:
            urllib.request.urlopen(f"{base}/__heartbeat__", timeout=1).close()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    pytest.fail("Ralph did not answer within 90 s")


def _call(base: str, method: str, path: str, body: Any = None) -> Any:
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    headers = {"Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(base + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
    except urllib.error.HTTPError as exc:
        pytest.fail(f"{method} {path}: HTTP {exc.code}: {exc.read().decode()[:2000]}")
    return json.loads(text) if text else None


def _export(db: str, out: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    code = main(["export", "--format", "xapi", "--db", db, "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    return list(json.loads(out.read_text("utf-8")))


def _stored(base: str) -> list[dict[str, Any]]:
    page = _call(base, "GET", "/xAPI/statements?limit=100")
    return list(page["statements"])


def test_a_rescored_call_reaches_the_lrs_and_voids_its_old_score(
    lrs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOCKCALL_XAPI_HOMEPAGE", "https://lms.example.com")
    db = str(tmp_path / "s.db")
    with open_db(Path(db)) as store:
        record_call(store, started_at="2026-02-01T09:00:00.000Z")
        sid = record_call(store, FATAL, started_at="2026-02-02T09:00:00.000Z")
    first = _export(db, tmp_path / "1.json", capsys)
    assert len(first) == 2
    assert len(_call(lrs, "POST", "/xAPI/statements", first)) == 2
    old = next(s for s in first if s["context"]["extensions"]["urn:mockcall:session"] == sid)

    with open_db(Path(db)) as store:
        store.add_override(sid, "greet_and_name", "fail", "Name was mumbled", "qa-sari")
        new_total = store.session(sid).total  # type: ignore[union-attr]
    second = _export(db, tmp_path / "2.json", capsys)
    _call(lrs, "POST", "/xAPI/statements", second)  # the unchanged call's statement again
    _call(lrs, "POST", "/xAPI/statements", second)  # exporting twice changes nothing

    stored = _stored(lrs)
    voided = {s["object"]["id"] for s in stored if s["verb"]["id"] == VOIDED}
    assert voided == {old["id"]}
    mine = [
        s
        for s in stored
        if s["verb"]["id"] != VOIDED and s["context"]["extensions"]["urn:mockcall:session"] == sid
    ]
    new = next(
        s
        for s in second
        if s["verb"]["id"] != VOIDED and s["context"]["extensions"]["urn:mockcall:session"] == sid
    )
    assert new["id"] != old["id"]
    assert {s["id"] for s in mine} == {old["id"], new["id"]}
    effective = [s for s in mine if s["id"] not in voided]
    assert len(effective) == 1 and effective[0]["id"] != old["id"]
    assert effective[0]["result"]["score"]["raw"] == new_total != old["result"]["score"]["raw"]
    assert len(stored) == 4  # two calls, the re-score, one voiding statement: no duplicates
