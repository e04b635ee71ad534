"""Account lexicons are validated like every other file: phrases the recogniser would skip at
call time (unparsable, or under the text-less ``dead_air``) are ``bad-phrase`` problems at the
phrase itself, and unknown act names keep their did-you-mean."""

from __future__ import annotations

import re
from pathlib import Path

from mockcall.core.acts import load_lexicon, phrase_problems
from mockcall.core.loader import load_library
from mockcall.core.validate import validate_library

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "data" / "personas" / "validate-lexicon"
ACCOUNT = FOLDER / "account.yaml"
EXPECT = re.compile(r"#\s*expect:\s*(.+)$")


def _expected() -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for number, line in enumerate(ACCOUNT.read_text().splitlines(), start=1):
        m = EXPECT.search(line)
        if m:
            found.extend((number, code.strip()) for code in m.group(1).split(","))
    return sorted(found)


def test_bad_phrases_are_reported_at_the_phrase() -> None:
    problems = [p for p in validate_library(load_library([FOLDER])) if p.file == str(ACCOUNT)]
    assert sorted((p.line, p.code) for p in problems) == _expected()
    by_line = {p.line: p for p in problems}
    quoted = by_line[16]
    assert quoted.col == 7
    assert "halo | kak" in quoted.message and "empty alternative" in quoted.message
    assert "unknown class @brand" in by_line[17].message
    assert "did you mean 'greet'" in by_line[20].message


def test_validator_agrees_with_the_recogniser() -> None:
    """Every phrase the validator flags is one ``load_lexicon`` skips, and only those."""
    extra = {"greet": ["halo | kak", "ok kak"], "offer_help": ["[bisa]"]}
    flagged = {(p.act, p.phrase) for p in phrase_problems("id", extra)}
    assert flagged == {("greet", "halo | kak"), ("offer_help", "[bisa]")}
    skipped = load_lexicon("id", extra).problems
    assert len(skipped) == 2
    assert all(any(repr(phrase) in s for s in skipped) for _, phrase in flagged)


def test_shipped_account_lexicons_are_clean() -> None:
    library = load_library([ROOT / "personas"])
    assert [p for p in validate_library(library) if p.code == "bad-phrase"] == []
