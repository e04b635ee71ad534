"""Write docs/formats.md from the model, so the key reference can never drift from the code.

python scripts/gen_formats_doc.py          # rewrite docs/formats.md
python scripts/gen_formats_doc.py --check  # exit 1 if the file is stale (used by a test)
"""

from __future__ import annotations

import collections.abc
import dataclasses
import sys
import types
import typing
from pathlib import Path

from mockcall.core import model

OUT = Path(__file__).resolve().parent.parent / "docs" / "formats.md"
#: the export formats are not model classes: their section is written by hand and appended
EXPORTS = OUT.with_name("formats-exports.md")

ROOTS = [
    ("Account file (`personas/<account>/account.yaml`)", model.Account),
    ("Persona file (`personas/<account>/<persona>.yaml`)", model.Persona),
    ("Rubric file (`personas/<account>/rubric.yaml`)", model.Rubric),
]

INTRO = """# File formats

Generated from `mockcall/core/model.py` by `scripts/gen_formats_doc.py`; do not edit by hand.
How these keys behave during a call and in scoring: [semantics.md](semantics.md). A guided
tour with examples: [authoring.md](authoring.md). `mockcall schema` prints the same as JSON Schema.

Conventions: a key marked *required* has no default. A list key also accepts a single value
(`acts: greet` is `acts: [greet]`). Objects marked *shorthand* also accept a single value for the
named key. Quote times, phone numbers and UTC offsets (`"08:00"`, `"0812…"`, `"-05:00"`): YAML 1.1
would read them as numbers, and mockcall rejects them unquoted rather than guess.
"""


def type_name(tp: object) -> str:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return " \\| ".join(f"`{a}`" for a in args)
    if origin in (typing.Union, types.UnionType):
        return " \\| ".join(type_name(a) for a in args if a is not type(None)) + " (optional)"
    if origin is tuple:
        return f"list of {type_name(args[0])}"
    if origin in (dict, collections.abc.Mapping):
        return f"map of {type_name(args[0])} → {type_name(args[1])}"
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return f"[{tp.__name__}](#{tp.__name__.lower()})"
    if isinstance(tp, type):
        return {"str": "text", "int": "integer", "float": "number", "bool": "true/false"}.get(
            tp.__name__, tp.__name__
        )
    return str(tp).replace("typing.", "")


def default_text(f: dataclasses.Field[object]) -> str:
    if f.default is not dataclasses.MISSING:
        value = f.default
        if value is None or value == () or value == "":
            return "—"
        return f"`{list(value) if isinstance(value, tuple) else value}`"
    if f.default_factory is not dataclasses.MISSING:
        return "—"
    return "**required**"


def render() -> str:
    out = [INTRO]
    seen: list[type] = []

    def visit(cls: type) -> None:
        if cls in seen:
            return
        seen.append(cls)
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            if f.metadata.get("internal"):
                continue
            for inner in _dataclasses_in(hints[f.name]):
                visit(inner)

    for title, cls in ROOTS:
        out.append(f"\n## {title}\n")
        before = len(seen)
        visit(cls)
        for c in seen[before:]:
            out.append(section(c))
    if EXPORTS.exists():
        out.append("\n" + EXPORTS.read_text(encoding="utf-8").strip() + "\n")
    return "\n".join(out).rstrip() + "\n"


def _dataclasses_in(tp: object) -> list[type]:
    found = []
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        found.append(tp)
    for arg in typing.get_args(tp):
        found += _dataclasses_in(arg)
    return found


def section(cls: type) -> str:
    hints = typing.get_type_hints(cls)
    doc = (cls.__doc__ or "").strip().splitlines()[0]
    short = getattr(cls, "shorthand", None)
    lines = [f"### {cls.__name__}", "", doc + (f" *Shorthand:* `{short}`." if short else ""), ""]
    lines += ["| key | type | default | meaning |", "|---|---|---|---|"]
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        meaning = str(f.metadata.get("doc", ""))
        extras = []
        if "min" in f.metadata or "max" in f.metadata:
            extras.append(f"{f.metadata.get('min', '')}..{f.metadata.get('max', '')}")
        if "ref" in f.metadata:
            extras.append(f"names: {f.metadata['ref']}")
        if extras:
            meaning += f" ({'; '.join(extras)})"
        meaning = meaning.replace("|", "\\|")
        lines.append(f"| `{f.name}` | {type_name(hints[f.name])} | {default_text(f)} | {meaning} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale: run python scripts/gen_formats_doc.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
