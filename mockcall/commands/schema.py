"""``mockcall schema``: JSON Schema of the file formats, generated from the model.

``--write DIR`` writes one ``<kind>.schema.json`` per kind.  The library commits them in
``personas/schema/`` so an editor opening a scaffolded file (whose first line points at
``../schema/<kind>.schema.json``) completes keys without mockcall installed; a test keeps the
committed files equal to what the model generates now.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from mockcall.exit_codes import EXIT_OK

KINDS = ("persona", "rubric", "account")


def schema_text(kind: str) -> str:
    """The schema of ``kind`` exactly as written to its file (stable: diffs stay readable)."""
    from mockcall.core.schema import json_schema

    return json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n"  # type: ignore[arg-type]


def write(folder: Path, kinds: tuple[str, ...] = KINDS) -> list[Path]:
    """Write ``<kind>.schema.json`` for each kind into ``folder``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in kinds:
        path = folder / f"{kind}.schema.json"
        path.write_text(schema_text(kind), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def run(args: argparse.Namespace) -> int:
    from mockcall.core.schema import json_schema

    if getattr(args, "write", None):
        for path in write(Path(args.write), (args.kind,) if args.kind else KINDS):
            print(f"wrote {path}")
        return EXIT_OK
    if args.kind:
        print(json.dumps(json_schema(args.kind), indent=2, ensure_ascii=False))
    else:
        print(json.dumps({k: json_schema(k) for k in KINDS}, indent=2, ensure_ascii=False))  # type: ignore[arg-type]
    return EXIT_OK
