"""The JSON Schema is derived from the model and agrees with the loader on the demo files."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from mockcall.core.model import Account, Persona, Rubric
from mockcall.core.schema import json_schema

ROOT = Path(__file__).resolve().parents[2]
DEMOS = sorted((ROOT / "personas").glob("*/*.yaml"))


def _kind(path: Path) -> str:
    return path.stem if path.stem in ("account", "rubric") else "persona"


def _public_fields(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal")]


@pytest.mark.parametrize(
    ("kind", "cls"), [("persona", Persona), ("rubric", Rubric), ("account", Account)]
)
def test_schema_mirrors_the_model(kind: str, cls: type) -> None:
    schema = json_schema(kind)  # type: ignore[arg-type]
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert list(schema["properties"]) == _public_fields(cls)
    assert schema["additionalProperties"] is False
    for name, definition in schema["$defs"].items():
        body = definition["anyOf"][0] if "anyOf" in definition else definition
        assert body["additionalProperties"] is False, name
        assert body["description"], name


def test_constraints_enums_docs_and_shorthands() -> None:
    persona = json_schema("persona")
    props = persona["properties"]
    assert props["difficulty"]["minimum"] == 1 and props["difficulty"]["maximum"] == 5
    assert props["id"]["pattern"] == "^[a-z0-9][a-z0-9_-]*$"
    assert props["direction"]["enum"] == ["inbound", "outbound"]
    assert props["title"]["description"] == "one line shown in the picker"
    assert set(persona["required"]) >= {"id", "title", "account", "states", "start"}
    # a lone scalar is accepted where a list of words is expected
    acts = persona["$defs"]["Option"]["properties"]["acts"]
    assert {"type": "string"} in acts["anyOf"]
    rubric = json_schema("rubric")
    na = rubric["$defs"]["NaRule"]
    assert na["anyOf"][1] == {"type": "string", "description": "shorthand for {event: ...}"}
    limit = rubric["$defs"]["Check"]["properties"]["max_hold_seconds"]["anyOf"]
    assert {"type": "string", "enum": ["sop"]} in limit


@pytest.mark.parametrize("path", DEMOS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_demo_files_are_valid(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = yaml.safe_load(path.read_text())
    jsonschema.validate(data, json_schema(_kind(path)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "change"),
    [
        ("persona", {"difficulty": 9}),
        ("persona", {"direction": "sideways"}),
        ("persona", {"sayy": "unknown key"}),
        ("persona", {"id": "Not An Id"}),
        ("rubric", {"version": "one"}),
        ("account", {"sop": {"acw_seconds": 1}}),
    ],
)
def test_bad_documents_are_rejected(kind: str, change: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    source = {
        "persona": ROOT / "personas" / "telco" / "darmawan-repeat-outage.yaml",
        "rubric": ROOT / "personas" / "telco" / "rubric.yaml",
        "account": ROOT / "personas" / "telco" / "account.yaml",
    }[kind]
    data = yaml.safe_load(source.read_text())
    data.update(change)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema(kind))  # type: ignore[arg-type]


def test_missing_required_key_is_rejected() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = yaml.safe_load((ROOT / "personas" / "telco" / "darmawan-repeat-outage.yaml").read_text())
    del data["start"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema("persona"))
