"""A rubric's hash stays what it was: stored sessions find their rubric by it.

``core.canonical.content_hash`` is the one definition; the loader sets ``Rubric.content_hash``
with it and the scorer hashes rubrics built in code with ``scoring.rubric_hash``.  These tests
hold all three to the same value for every bundled rubric, and hold the test rubrics (which never
change) to the hashes sessions were stored under.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from engine_fixtures import rubric

from mockcall.core import canonical
from mockcall.core.loader import content_hash, load_rubric
from mockcall.core.model import Rubric
from mockcall.core.scoring import rubric_hash

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "personas").rglob("rubric.yaml"))

#: sha256 of each test rubric's content, as computed when sessions were first stored with it.
STORED = {
    "brute": "84a093dd9029075a97c2bdf72b7f56b5c66ca50656f19d33b5af848ea9e45d30",
    "match": "081c8655195273625c83548841e399d86cc993451c146ce3375be4ea334572e4",
    "sim": "278e7fda1d3185ad4dd28daa2ee26c9d5bbdcc5d2119ce93d58ef64839d9d70f",
    "tui": "3e44694b175ead26885e47fe718737d9122b6ce1ec5508d7ef7bffeadc624f7f",
}


def _load(path: Path) -> Rubric:
    loaded = load_rubric(path)
    assert loaded.value is not None, loaded.problems
    return loaded.value


def test_there_are_bundled_rubrics() -> None:
    assert len(BUNDLED) >= 5


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.parent.name)
def test_bundled_rubric_hash_is_the_scorers(path: Path) -> None:
    loaded = _load(path)
    assert loaded.content_hash == rubric_hash(loaded) == canonical.content_hash(loaded)
    assert content_hash is canonical.content_hash


@pytest.mark.parametrize("name", sorted(STORED))
def test_stored_hashes_stay_identical(name: str) -> None:
    loaded = _load(ROOT / "tests" / "data" / "personas" / name / "rubric.yaml")
    assert loaded.content_hash == STORED[name]
    assert rubric_hash(loaded) == STORED[name]


def test_rubric_built_in_code_hashes_as_the_scorer_does() -> None:
    built = rubric()
    assert canonical.content_hash(built) == rubric_hash(built)
    # lists where the loader makes tuples, and a mapping's order, do not count
    as_lists = dataclasses.replace(built, sections=list(built.sections))  # type: ignore[arg-type]
    assert canonical.content_hash(as_lists) == rubric_hash(built)


def test_positions_source_and_hash_do_not_count() -> None:
    path = ROOT / "tests" / "data" / "personas" / "sim" / "rubric.yaml"
    loaded = _load(path)
    moved = dataclasses.replace(loaded, source="elsewhere.yaml", content_hash="x")
    assert canonical.content_hash(moved) == STORED["sim"]
    text = canonical.canonical_json(loaded)
    assert '"source"' not in text and '"marks"' not in text and '"content_hash"' not in text


def test_canonical_of_plain_values() -> None:
    assert canonical.canonical({"b": (1, 2.5), 3: [True, None]}) == {
        "b": [1, 2.5],
        "3": [True, None],
    }
    assert canonical.canonical_json({"é": 1, "a": "x"}) == '{"a":"x","é":1}'
