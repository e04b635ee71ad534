"""simulate, test and lint through mockcall.cli.main: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mockcall.cli import main

ROOT = Path(__file__).resolve().parents[2]
SIM = str(ROOT / "tests" / "data" / "personas" / "sim")


def test_simulate_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--personas", SIM, "simulate", "sim-tiny"]) == 0
    out = capsys.readouterr().out
    assert "explored completely" in out and "score range: 0.0 .. 100.0" in out


def test_simulate_json_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--personas", SIM, "simulate", "sim-trap", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["dead_ends"] == {"gated": "2"}
    assert data["loops"][0]["states"] == ["loop_a", "loop_b"]
    assert {"persona", "states", "endings", "score", "errors", "stats"} <= set(data)


def test_simulate_one_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--personas", SIM, "simulate", "sim-tiny", "--path", "1,1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ending"] == "resolved" and data["refused"] is None
    assert data["scorecard"]["total"] == 100.0
    assert data["transcript"][0]["speaker"] in {"customer", "system"}
    assert main(["--personas", SIM, "simulate", "sim-tiny", "--path", "1,7"]) == 1
    assert "refused: step 2 '7'" in capsys.readouterr().out


def test_simulate_unknown_persona() -> None:
    assert main(["--personas", SIM, "simulate", "nobody"]) == 3


def test_persona_tests(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test", SIM]) == 0
    out = capsys.readouterr().out
    assert "PASS sim-tiny :: polite call resolves" in out and "2 passed, 0 failed" in out


def test_persona_test_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("account.yaml", "rubric.yaml"):
        (tmp_path / name).write_text((Path(SIM) / name).read_text())
    text = (Path(SIM) / "tiny.yaml").read_text().replace('path: "1,1"', 'path: "1,9"')
    (tmp_path / "tiny.yaml").write_text(text)
    assert main(["test", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL sim-tiny :: polite call resolves" in out and "step 2 '9'" in out
    assert "1 passed, 1 failed" in out


def test_lint_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", SIM]) == 1
    assert "dead-end" in capsys.readouterr().out


def test_simulate_explores_everything_within_its_time_budget(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No count bounds by default: a small persona closes (exact); ``--seconds`` is checked."""
    assert main(["--personas", SIM, "simulate", "sim-tiny", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["bounds_hit"] == [] and data["complete"] and data["score_complete"]
    assert main(["--personas", SIM, "simulate", "sim-tiny", "--seconds", "-1"]) == 2
    assert "--seconds" in capsys.readouterr().err
