"""``yamlsafe.load_data``: plain data out of a YAML file, the reader's checks kept as problems.

The recogniser's lexicons and the labelled test sets are read through it, so it must give
exactly what ``yaml.safe_load`` gives on good files and a problem (not an exception, not a
Python object) on bad ones.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from mockcall.core.yamlsafe import Limits, load_data, load_text_data

LEXICONS = Path(__file__).resolve().parents[2] / "mockcall" / "core" / "lexicon"


def test_same_data_as_safe_load_on_the_lexicons() -> None:
    for path in sorted(LEXICONS.glob("*.yaml")):
        data, problems = load_data(path)
        assert problems == []
        assert data == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_scalars_follow_yaml_11() -> None:
    text = "a: yes\nb: 0x1f\nc: 010\nd: 1_000\ne: -.inf\nf: ~\ng: '12'\nh: 1:30\ni: 2.5\n"
    data, problems = load_text_data(text)
    assert problems == []
    assert data == yaml.safe_load(text)


def test_merge_keys_and_aliases_are_plain_copies() -> None:
    data, problems = load_text_data("base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\n")
    assert problems == []
    assert data == {"base": {"x": 1, "y": 2}, "other": {"x": 1, "y": 3}}


def test_bad_input_gives_problems_not_exceptions() -> None:
    data, problems = load_text_data("a: 1\na: 2\n")
    assert data == {"a": 1}
    assert [p.code for p in problems] == ["duplicate-key"]
    data, problems = load_text_data("a: !!python/object:os.system ls\n")
    assert data == {"a": None}
    assert [p.code for p in problems] == ["unsafe-tag"]
    data, problems = load_text_data("a: [1, 2\n")
    assert data is None
    assert problems[0].code == "yaml-syntax"


def test_alias_bomb_is_cut() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    prev = "a"
    for name in "bcdefgh":
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
        prev = name
    _data, problems = load_text_data("\n".join(lines) + "\n", limits=Limits(max_alias_nodes=1000))
    assert "alias-limit" in [p.code for p in problems]


def test_missing_file_is_a_problem(tmp_path: Path) -> None:
    data, problems = load_data(tmp_path / "nope.yaml")
    assert data is None
    assert problems[0].code == "unreadable"
