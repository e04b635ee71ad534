"""``mockcall test [PATH ...]``: run every persona's declared ``tests:`` playthroughs.

Reports like a test runner: one ``PASS``/``FAIL persona :: name`` line per playthrough with the
reason on failure, then ``N passed, M failed``. A refused step is a failure that names the step.
Exit 1 on any failure (or a persona that cannot be played), 0 otherwise.
"""

from __future__ import annotations

import argparse

from mockcall.commands.common import load
from mockcall.core.model import Persona, PersonaTest
from mockcall.exit_codes import EXIT_OK, EXIT_PROBLEMS


def check(persona: Persona, test: PersonaTest, run: object) -> list[str]:
    """Why a playthrough does not meet its declaration (empty when it does)."""
    from mockcall.core.simulate import Playthrough

    assert isinstance(run, Playthrough)
    if run.path_error is not None:
        return [f"bad path: {run.path_error}"]
    reasons = [f"refused at {r}" for r in run.refusals]
    if test.ending is not None and run.ending != test.ending:
        reasons.append(f"ended {run.ending or 'not at all'}, expected {test.ending}")
    card = run.scorecard
    if card is None:
        if test.passed is not None or test.fatal or test.min_score > 0 or test.max_score < 100:
            reasons.append("no rubric to score against")
        return reasons
    if not test.min_score <= card.total <= test.max_score:
        reasons.append(f"score {card.total} not in {test.min_score}..{test.max_score}")
    if test.passed is not None and card.passed != test.passed:
        reasons.append(
            f"{'passed' if card.passed else 'failed'}, expected {'pass' if test.passed else 'fail'}"
        )
    failed_fatal = set(card.fatal_failures)
    missing = [f for f in test.fatal if f not in failed_fatal]
    if missing:
        reasons.append(f"expected fatal failure of {', '.join(missing)}")
    return reasons


def run(args: argparse.Namespace) -> int:
    from mockcall.core.simulate import play_path

    library = load(args, args.paths)
    broken = {p.file for p in library.problems if p.severity == "error"}
    passed = failed = 0
    for persona in sorted(library.personas(), key=lambda p: p.id):
        if not persona.tests:
            continue
        bundle = library.bundle_for(persona)
        for test in persona.tests:
            label = f"{persona.id} :: {test.name}"
            if persona.source in broken or bundle is None:
                why = "the persona has errors" if bundle else f"no account '{persona.account}'"
                print(f"FAIL {label} — {why}")
                failed += 1
                continue
            result = play_path(persona, bundle.account, bundle.rubric, test.path)
            reasons = check(persona, test, result)
            if reasons:
                failed += 1
                print(f"FAIL {label} — {'; '.join(reasons)}")
            else:
                passed += 1
                print(f"PASS {label}")
    print(f"{passed} passed, {failed} failed")
    return EXIT_PROBLEMS if failed else EXIT_OK
