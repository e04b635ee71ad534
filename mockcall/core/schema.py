"""JSON Schema of the file formats, generated from the model dataclasses.

Editors (VS Code's YAML extension, IntelliJ) use it for completion and squiggles while a trainer
types a persona.  It is *derived*, never hand-kept: the same type hints and field metadata that
drive the loader give the types, ``doc`` gives descriptions, ``min``/``max``/``pattern`` give the
constraints, ``Literal`` gives enums, and a class's ``shorthand`` (a lone scalar standing for
``{shorthand: value}``) and the loader's lone-scalar-as-one-item-list rule become ``anyOf``.
So the schema cannot drift from what ``mockcall validate`` accepts.

The loader stays the authority: it also catches YAML 1.1 traps and cross-references, which a
JSON Schema cannot express.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from typing import Any, Literal, Union, get_args, get_origin

from mockcall.core import model
from mockcall.core.model import Account, Located, Persona, Rubric

Kind = Literal["persona", "rubric", "account"]
_ROOTS: dict[str, type[Located]] = {"persona": Persona, "rubric": Rubric, "account": Account}
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: Kind) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one file kind."""
    root = _ROOTS[kind]
    defs: dict[str, Any] = {}
    _define(root, defs)
    body = dict(defs.pop(root.__name__))
    return {
        "$schema": DIALECT,
        "$id": f"https://mockcall.dev/schema/{kind}.json",
        "title": f"mockcall {kind} file",
        **body,
        "$defs": dict(sorted(defs.items())),
    }


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().splitlines()[0] if doc and doc.strip() else ""


def _define(cls: type[Located], defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder: classes may refer to each other
    hints = typing.get_type_hints(cls, vars(model))
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        prop = _type_schema(hints[f.name], defs)
        prop = _constrain(prop, f.metadata)
        doc = f.metadata.get("doc")
        if doc:
            prop["description"] = doc
        if f.default is not dataclasses.MISSING:
            default = _json_default(f.default)
            if default is not None or f.default is None:
                prop["default"] = default
        elif f.default_factory is not dataclasses.MISSING:
            prop["default"] = _json_default(f.default_factory())
        else:
            required.append(f.name)
        properties[f.name] = prop
    schema: dict[str, Any] = {
        "type": "object",
        "title": cls.__name__,
        "description": _first_line(cls.__doc__),
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    if cls.shorthand is not None:
        lone = dict(properties[cls.shorthand])
        lone.pop("default", None)
        if "anyOf" in lone:  # a lone value is never null
            kept = [b for b in lone.pop("anyOf") if b != {"type": "null"}]
            lone.update(kept[0] if len(kept) == 1 else {"anyOf": kept})
        lone["description"] = f"shorthand for {{{cls.shorthand}: ...}}"
        schema = {
            "title": cls.__name__,
            "description": schema["description"],
            "anyOf": [schema, lone],
        }
    defs[cls.__name__] = schema


def _constrain(prop: dict[str, Any], meta: Mapping[str, Any]) -> dict[str, Any]:
    """Put ``min``/``max``/``pattern`` on the branch of ``prop`` they apply to."""
    extra: dict[str, Any] = {}
    if meta.get("min") is not None:
        extra["minimum"] = meta["min"]
    if meta.get("max") is not None:
        extra["maximum"] = meta["max"]
    if meta.get("pattern"):
        extra["pattern"] = meta["pattern"]
    if not extra:
        return prop
    if "anyOf" in prop:
        branches = [
            {**b, **_applicable(b, extra)} if _applicable(b, extra) else b for b in prop["anyOf"]
        ]
        return {**prop, "anyOf": branches}
    return {**prop, **_applicable(prop, extra)}


def _applicable(branch: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    kind = branch.get("type")
    if kind in ("integer", "number"):
        return {k: v for k, v in extra.items() if k in ("minimum", "maximum")}
    if kind == "string" and "enum" not in branch:
        return {k: v for k, v in extra.items() if k == "pattern"}
    return {}


def _json_default(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return None


def _takes_scalar(hint: Any) -> bool:
    if hint in (str, int, float, bool) or get_origin(hint) is Literal:
        return True
    return isinstance(hint, type) and issubclass(hint, Located) and hint.shorthand is not None


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if hint is str:
        return {"type": "string"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    origin = get_origin(hint)
    args = get_args(hint)
    if origin is Literal:
        return {"type": "string", "enum": [str(a) for a in args]}
    if origin is Union or origin is types.UnionType:
        rest = [a for a in args if a is not type(None)]
        if set(rest) == {str, int, float, bool}:
            branches: list[dict[str, Any]] = [{"type": ["string", "number", "boolean"]}]
        else:
            branches = [_type_schema(a, defs) for a in rest]
        if len(rest) < len(args):
            branches.append({"type": "null"})
        return branches[0] if len(branches) == 1 else {"anyOf": branches}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _type_schema(args[0], defs)
        array = {"type": "array", "items": item}
        if not _takes_scalar(args[0]):
            return array
        if "$ref" in item:  # a lone scalar is the shorthand, never a lone mapping
            return {"anyOf": [array, defs[args[0].__name__]["anyOf"][1]]}
        return {"anyOf": [array, item]}
    if origin is Mapping or origin is dict:
        mapping = {"type": "object", "additionalProperties": _type_schema(args[1], defs)}
        if get_origin(args[0]) is Literal:  # keys from a closed set, as the loader holds them
            mapping["propertyNames"] = {"enum": [str(a) for a in get_args(args[0])]}
        return mapping
    if isinstance(hint, type) and issubclass(hint, Located):
        _define(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    raise TypeError(f"no JSON Schema rule for {hint!r}")
