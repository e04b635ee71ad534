"""``mockcall list``: the personas found, one line each (or JSON)."""

from __future__ import annotations

import argparse
import json

from mockcall.commands.common import load, table
from mockcall.exit_codes import EXIT_OK


def run(args: argparse.Namespace) -> int:
    library = load(args)
    personas = sorted(library.personas(), key=lambda p: (p.account, p.id))
    rows = [
        {
            "id": p.id,
            "title": p.title,
            "account": p.account,
            "direction": p.direction,
            "channel": p.channel,
            "locale": p.locale,
            "region": p.region,
            "difficulty": p.difficulty,
            "file": p.source,
        }
        for p in personas
    ]
    if args.format == "json":
        print(json.dumps({"personas": rows}, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print("no personas found (see 'mockcall --help' for --personas)")
        return EXIT_OK
    keys = ["id", "account", "direction", "channel", "locale", "difficulty", "title"]
    print(table(keys, [[r[k] for k in keys] for r in rows]))
    return EXIT_OK
