"""``mockcall graph``: the persona's dialogue as Mermaid (default) or DOT text."""

from __future__ import annotations

import argparse

from mockcall.commands.common import error, find_persona
from mockcall.exit_codes import EXIT_NOT_FOUND, EXIT_OK


def run(args: argparse.Namespace) -> int:
    from mockcall.core.graph import to_dot, to_mermaid

    found = find_persona(args, args.persona)
    if isinstance(found, str):
        error(found)
        return EXIT_NOT_FOUND
    persona = found[0]
    print(to_mermaid(persona) if args.format == "mermaid" else to_dot(persona), end="")
    return EXIT_OK
