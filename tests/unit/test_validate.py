"""Cross-reference checks: each fixture line marked ``# expect: code, ...`` gets exactly those."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from mockcall.core.loader import load_library
from mockcall.core.validate import validate_library

ROOT = Path(__file__).resolve().parents[2]
TELCO = ROOT / "personas" / "telco"
FIXTURES = ROOT / "tests" / "data" / "personas"
EXPECT = re.compile(r"#\s*expect:\s*(.+)$")


def expected_from_comments(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        m = EXPECT.search(line)
        if m:
            found.extend((number, code.strip()) for code in m.group(1).split(","))
    return sorted(found)


def test_demo_account_is_clean() -> None:
    assert validate_library(load_library([TELCO])) == []


@pytest.mark.parametrize("account", ["telco", "bank"])
def test_shipped_accounts_have_no_errors(account: str) -> None:
    library = load_library([ROOT / "personas" / account])
    assert [p for p in validate_library(library) if p.severity == "error"] == []


@pytest.mark.parametrize(
    "name",
    [
        "validate-cross-references.yaml",
        "validate-outbound-without-target.yaml",
        "validate-unknown-account.yaml",
    ],
)
def test_fixture_gets_exactly_the_marked_problems(name: str) -> None:
    path = FIXTURES / name
    library = load_library([TELCO, path])
    problems = [p for p in validate_library(library) if p.file == str(path)]
    assert sorted((p.line, p.code) for p in problems) == expected_from_comments(path)


def test_did_you_mean_and_exact_columns() -> None:
    path = FIXTURES / "validate-cross-references.yaml"
    problems = validate_library(load_library([TELCO, path]))
    by_code = {(p.code, p.line): p for p in problems}
    act = by_code[("unknown-act", 21)]
    assert act.col == 23 and "did you mean 'identify_self'" in act.message
    state = by_code[("unknown-state", 26)]
    assert state.col == 15 and "did you mean 'complaint'" in state.message
    warning = by_code[("bad-option", 48)]
    assert warning.severity == "warning"


@pytest.fixture
def account_dir(tmp_path: Path) -> Path:
    """A copy of the telco account to break in each test."""
    folder = tmp_path / "telco"
    shutil.copytree(TELCO, folder)
    return folder


def _problems(folder: Path, name: str) -> list[tuple[int, str]]:
    library = load_library([folder])
    return sorted((p.line, p.code) for p in validate_library(library) if p.file.endswith(name))


def test_rubric_checks(account_dir: Path) -> None:
    (account_dir / "rubric.yaml").write_text(
        """id: telco-inbound
account: telco
version: 2
sections:
  - id: opening
    weight: 50
    criteria:
      - id: greet
        check: {requires: [greet, summarise]}
      - id: greet
        check: {}
      - id: tools
        check:
          tool_before: {tool: crm, act: explain}
          outcome_in: [resolved, solved]
          after_event: hold_start
      - id: unproduced
        check: {requires: [dnc_check]}
"""
    )
    assert _problems(account_dir, "rubric.yaml") == [
        (5, "bad-weights"),
        (9, "unknown-act"),
        (10, "duplicate-id"),
        (11, "empty-check"),
        (14, "unknown-tool"),
        (15, "unknown-ending"),
        (16, "unknown-event"),
        (18, "unreachable-act"),
    ]


def test_a_rubric_may_not_judge_review_events_or_a_trainees_flag(account_dir: Path) -> None:
    """``misheard`` (the trainee's "not what I meant") and the review kinds are no facts of the
    call: an ``event:`` rule naming one is refused, as an event the engine never writes is."""
    (account_dir / "rubric.yaml").write_text(
        """id: telco-inbound
account: telco
version: 2
sections:
  - id: conduct
    weight: 100
    criteria:
      - id: no_flags
        check: {max_count: {event: misheard, max: 0}}
      - id: after_flag
        check: {requires: [greet], after_event: misheard}
      - id: no_disputes
        check: {max_count: {event: dispute, max: 0}}
      - id: holds
        check: {max_count: {event: hold_started, max: 2}}
"""
    )
    assert _problems(account_dir, "rubric.yaml") == [
        (9, "unknown-event"),
        (11, "unknown-event"),
        (13, "unknown-event"),
    ]


def test_rubric_for_another_account(account_dir: Path) -> None:
    text = (account_dir / "rubric.yaml").read_text().replace("account: telco", "account: bank")
    (account_dir / "rubric.yaml").write_text(text)
    assert _problems(account_dir, "rubric.yaml") == [(3, "unknown-account")]


def test_account_checks(account_dir: Path) -> None:
    text = (account_dir / "account.yaml").read_text()
    text = text.replace("file: kb/verification.md", "file: kb/verifikasi.md")
    text = text.replace("  - id: billing\n", "  - id: network_status\n")
    text += "lexicon:\n  greet: [halo nusanet]\n  greeting: [selamat datang]\n"
    (account_dir / "account.yaml").write_text(text)
    problems = _problems(account_dir, "account.yaml")
    codes = [code for _, code in problems]
    assert codes == ["duplicate-id", "missing-file", "unknown-act"]


def test_duplicate_persona_ids_across_files(account_dir: Path) -> None:
    persona = (account_dir / "darmawan-repeat-outage.yaml").read_text()
    (account_dir / "copy.yaml").write_text(persona)
    problems = [
        p for p in validate_library(load_library([account_dir])) if p.code == "duplicate-id"
    ]
    (dup,) = problems
    assert dup.line == 4 and dup.file.endswith("darmawan-repeat-outage.yaml")
    assert "copy.yaml:4" in dup.message


def test_loading_problems_are_included(account_dir: Path) -> None:
    (account_dir / "broken.yaml").write_text("id: [\n")
    codes = [p.code for p in validate_library(load_library([account_dir]))]
    assert codes == ["yaml-syntax"]


def test_bad_test_paths_name_the_step_and_suggest() -> None:
    path = FIXTURES / "validate-cross-references.yaml"
    problems = [p for p in validate_library(load_library([TELCO, path])) if p.code == "bad-path"]
    messages = " | ".join(p.message for p in problems)
    assert "step 2 '@opening.nope' names no option 'opening.nope'" in messages
    assert "did you mean 'billing'" in messages
    assert "empty step" in messages
