"""``mockcall lint``: validation plus graph and style problems of every persona."""

from __future__ import annotations

import argparse

from mockcall.commands.common import load_to_check, print_check_json, print_problems
from mockcall.exit_codes import EXIT_OK, EXIT_PROBLEMS


def run(args: argparse.Namespace) -> int:
    from mockcall.core.lint import lint_library

    library = load_to_check(args, args.paths)
    if isinstance(library, int):
        return library
    problems = lint_library(library)
    failing = [p for p in problems if p.severity == "error" or args.strict]
    if args.format == "json":
        print_check_json(library, problems, ok=not failing)
    else:
        print_problems(problems)
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        if problems:
            print(f"{errors} error(s), {warnings} warning(s)")
        else:
            print(f"ok: {len(library.personas())} persona(s), no problems")
    return EXIT_PROBLEMS if failing else EXIT_OK
