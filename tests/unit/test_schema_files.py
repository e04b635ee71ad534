"""The committed schema files are current, and the schema agrees with the loader on real files.

Editors validate personas against ``personas/schema/*.schema.json`` without running mockcall, so
those files must equal what the model generates now, accept every bundled file and reject the
broken corpus's schema-level mistakes (unknown keys, wrong types, missing keys, bad values).
YAML-level traps (syntax, tags, aliases, YAML 1.1 booleans) are the loader's job, not the
schema's, and are left out by their expected codes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from mockcall.cli import main
from mockcall.commands.schema import KINDS, schema_text
from mockcall.core.yamlsafe import load_data

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = ROOT / "personas" / "schema"
BUNDLED = sorted((ROOT / "personas").glob("*/*.yaml"))
BAD = ROOT / "tests" / "data" / "bad"
#: Codes a JSON Schema can see; a bad file is used when every code it expects is one of them.
SCHEMA_CODES = frozenset({"unknown-key", "wrong-type", "missing-key", "bad-value"})


def _schema(kind: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text("utf-8"))
    return data


def _kind_of(name: str) -> str:
    for kind in ("account", "rubric"):
        if name == f"{kind}.yaml" or name.startswith(f"{kind}-"):
            return kind
    return "persona"


def _schema_level_bad_files() -> list[str]:
    expected = yaml.safe_load((BAD / "expected.yaml").read_text("utf-8"))
    out = []
    for name, items in sorted(expected.items()):
        codes = {item.split()[0] for item in items}
        # merge-key-not-mapping expects wrong-type, but for a '<<' the YAML reader reports
        # it: a file whose data cannot even be read is not a schema case.
        if codes <= SCHEMA_CODES and not load_data(BAD / name)[1]:
            out.append(name)
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_committed_schema_is_current(kind: str) -> None:
    path = SCHEMA_DIR / f"{kind}.schema.json"
    assert path.is_file(), "run mockcall schema --write personas/schema"
    assert path.read_text("utf-8") == schema_text(kind), (
        f"{path.name} is stale: run mockcall schema --write personas/schema"
    )


def test_schema_write_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--write", str(tmp_path / "out")]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["account.schema.json", "persona.schema.json", "rubric.schema.json"]
    assert "wrote" in capsys.readouterr().out
    assert main(["schema", "rubric", "--write", str(tmp_path / "one")]) == 0
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["rubric.schema.json"]


def test_schema_folder_is_not_read_as_personas(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ROOT / "personas")]) == 0
    assert "ok:" in capsys.readouterr().out


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bundled_files_validate(path: Path) -> None:
    data, problems = load_data(path)
    assert not problems
    jsonschema.validate(data, _schema(_kind_of(path.name)))


@pytest.mark.parametrize("name", _schema_level_bad_files())
def test_schema_level_mistakes_are_rejected(name: str) -> None:
    data, _ = load_data(BAD / name)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _schema(_kind_of(name)))


def test_the_bad_corpus_still_has_schema_cases() -> None:
    names = _schema_level_bad_files()
    assert len(names) >= 15
    assert {"unknown-key.yaml", "missing-keys.yaml", "out-of-range.yaml"} <= set(names)
