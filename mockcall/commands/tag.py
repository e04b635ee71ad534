"""``mockcall tag``: free text on stdin (one utterance a line) -> SOP acts.

With ``--json`` each input line gives one JSON object ``{"text", "acts", "confidence"}`` on its
own line, so the output can be piped line by line into other tools.
"""

from __future__ import annotations

import argparse
import json
import sys

from mockcall.commands.common import error, load
from mockcall.exit_codes import EXIT_NOT_FOUND, EXIT_OK


def run(args: argparse.Namespace) -> int:
    from mockcall.core.acts import load_lexicon, recognise

    extra = None
    if args.account:
        bundle = load(args).bundles.get(args.account)
        if bundle is None:
            error(f"no account '{args.account}'")
            return EXIT_NOT_FOUND
        extra = bundle.account.lexicon
    lexicon = load_lexicon(args.locale, extra)
    for raw in sys.stdin:
        text = raw.rstrip("\n")
        if not text.strip():
            continue
        result = recognise(text, args.locale, lexicon)
        if args.json:
            confidence = round(result.confidence, 3)
            row = {"text": text, "acts": list(result.acts), "confidence": confidence}
            print(json.dumps(row, ensure_ascii=False), flush=True)
        else:
            acts = ", ".join(result.acts) or "-"
            print(f"{result.confidence:4.2f}  {acts:<40}  {text}", flush=True)
    return EXIT_OK
