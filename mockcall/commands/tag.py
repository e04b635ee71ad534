"""``mockcall tag``: free text on stdin (one utterance a line) -> SOP acts.

With ``--json`` each input line gives one JSON object ``{"text", "acts", "confidence"}`` on its
own line, so the output can be piped line by line into other tools.  ``--explain`` adds why each
act was reported (or nearly was): the lexicon phrases that fired, phrases voided by a negator,
the model's probability against the act's threshold and rule, and the features that weighed
most; with ``--json`` it is an ``explain`` list in each object.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import TYPE_CHECKING

from mockcall.commands.common import error, load
from mockcall.exit_codes import EXIT_NOT_FOUND, EXIT_OK

if TYPE_CHECKING:
    from mockcall.core.acts_model import Explanation


def run(args: argparse.Namespace) -> int:
    from mockcall.core.acts import load_lexicon, recognise
    from mockcall.core.acts_model import explain

    extra = None
    if args.account:
        bundle = load(args).bundles.get(args.account)
        if bundle is None:
            error(f"no account '{args.account}'")
            return EXIT_NOT_FOUND
        extra = bundle.lexicon_for(args.locale)
    lexicon = load_lexicon(args.locale, extra)
    for raw in sys.stdin:
        text = raw.rstrip("\n")
        if not text.strip():
            continue
        result = recognise(text, args.locale, lexicon)
        why = explain(text, args.locale, lexicon) if getattr(args, "explain", False) else None
        if args.json:
            confidence = round(result.confidence, 3)
            row: dict[str, object] = {
                "text": text,
                "acts": list(result.acts),
                "confidence": confidence,
            }
            if why is not None:
                row["explain"] = [dataclasses.asdict(r) for r in why.reasons]
            print(json.dumps(row, ensure_ascii=False), flush=True)
        else:
            acts = ", ".join(result.acts) or "-"
            print(f"{result.confidence:4.2f}  {acts:<40}  {text}", flush=True)
            if why is not None:
                print(_explained(why), flush=True)
    return EXIT_OK


def _explained(why: Explanation) -> str:
    lines = [f"      tokens: {' '.join(why.tokens)}", f"      model: {why.model}"]
    for r in why.reasons:
        mark = "+" if r.reported else "~"
        head = f"      {mark} {r.act}: {r.decided_by}, score {r.score:.2f}"
        if r.probability is not None and r.threshold is not None:
            head += f", model p={r.probability:.2f} (threshold {r.threshold:.2f})"
        lines.append(head)
        for phrase in r.phrases:
            lines.append(f"          phrase: {phrase}")
        if r.features:
            feats = ", ".join(f"{k!r} {v:+.2f}" for k, v in r.features)
            lines.append(f"          features: {feats}")
    for act, phrase in why.voided:
        lines.append(f"      - {act}: phrase {phrase!r} voided by a negator")
    return "\n".join(lines)
