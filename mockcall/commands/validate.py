"""``mockcall validate``: every problem of every file, as ``file:line:col: code: message``."""

from __future__ import annotations

import argparse

from mockcall.commands.common import (
    collector_paused,
    load_to_check,
    print_check_json,
    print_problems,
)
from mockcall.exit_codes import EXIT_OK, EXIT_PROBLEMS


def run(args: argparse.Namespace) -> int:
    from mockcall.core.validate import validate_library

    with collector_paused():
        library = load_to_check(args, args.paths)
        if isinstance(library, int):
            return library
        problems = [p for p in validate_library(library) if p.severity == "error"]
    if args.format == "json":
        print_check_json(library, problems, ok=not problems)
    else:
        print_problems(problems)
        if not problems:
            print(f"ok: {len(library.files)} file(s), no problems")
        else:
            print(f"{len(problems)} problem(s) in {len({p.file for p in problems})} file(s)")
    return EXIT_PROBLEMS if problems else EXIT_OK
