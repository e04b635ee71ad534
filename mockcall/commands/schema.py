"""``mockcall schema``: JSON Schema of the file formats, generated from the model."""

from __future__ import annotations

import argparse
import json

from mockcall.cli import EXIT_OK


def run(args: argparse.Namespace) -> int:
    from mockcall.core.schema import json_schema

    if args.kind:
        print(json.dumps(json_schema(args.kind), indent=2, ensure_ascii=False))
    else:
        kinds = ("persona", "rubric", "account")
        print(json.dumps({k: json_schema(k) for k in kinds}, indent=2, ensure_ascii=False))
    return EXIT_OK
