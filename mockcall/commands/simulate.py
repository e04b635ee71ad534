"""``mockcall simulate PERSONA``: play one path (``--path``), or explore every path.

With ``--path`` the call is played on the simulated clock and the transcript and scorecard are
printed; a refused step exits 1 (the partial call is still shown and scored). Without it the
persona is explored (``mockcall.core.explore``) and the report lists reachable and unreachable
states, endings with their shortest paths, dead ends, endless loops, the score range and the
criteria no path earns or loses; dead ends and endless loops exit 1.

By default the exploration has no count bounds and a time budget (``--seconds``, 2 s): a persona
whose paths all fit is explored to the end and its score range is exact; a larger one is cut
when the budget runs out and reported "partial" with what it found. ``--seconds 0`` with count
bounds gives the same answer on every machine.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from mockcall.commands.common import error, find_persona
from mockcall.exit_codes import EXIT_NOT_FOUND, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    found = find_persona(args, args.persona)
    if isinstance(found, str):
        error(found)
        return EXIT_NOT_FOUND
    persona, bundle, _ = found
    if args.path is not None:
        return _one_path(args, persona, bundle)
    from mockcall.core.explore import Limits, explore

    if min(args.max_paths, args.score_paths, args.max_depth) < 1:
        error("--max-paths, --score-paths and --max-depth must be at least 1")
        return EXIT_USAGE
    if args.seconds < 0:
        error("--seconds must be 0 (no time budget) or more")
        return EXIT_USAGE
    limits = Limits(
        max_depth=args.max_depth,
        max_paths=args.max_paths,
        score_paths=args.score_paths,
        seconds=args.seconds or None,
    )
    result = explore(persona, bundle.account, bundle.rubric, limits, seed=args.seed)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(report(result, persona.endings))
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def _one_path(args: argparse.Namespace, persona: Any, bundle: Any) -> int:
    from mockcall.core.events import transcript
    from mockcall.core.simulate import play_path

    run_ = play_path(persona, bundle.account, bundle.rubric, args.path, seed=args.seed)
    if run_.path_error is not None:
        error(f"--path: {run_.path_error}")
        return EXIT_USAGE
    card = run_.scorecard
    refused = [str(r) for r in run_.refusals]
    lines = [
        {"t": e.t, "speaker": speaker, "text": text} for e, speaker, text in transcript(run_.events)
    ]
    if args.json:
        out = {
            "persona": persona.id,
            "path": args.path,
            "ending": run_.ending,
            "refused": refused[0] if refused else None,
            "transcript": lines,
            "scorecard": card.to_dict() if card is not None else None,
        }
        print(json.dumps(out, ensure_ascii=False))
    else:
        for line in lines:
            print(f"{line['t']:7.1f}  {line['speaker']:<8} {line['text']}")
        print()
        if refused:
            print(f"refused: {refused[0]}")
        print(f"ending: {run_.ending or '(call not ended)'}")
        if card is not None:
            print(f"score: {card.total} ({'pass' if card.passed else 'fail'})")
            for c in card.criteria:
                print(f"  {c.status:<4} {c.earned:5.1f}/{c.points:<5.1f} {c.id}: {c.reason}")
    return EXIT_PROBLEMS if refused else EXIT_OK


def report(result: Any, endings: Any = ()) -> str:
    """The exploration as text a trainer reads top to bottom.

    Long because it follows the report it prints, section by section, in order.
    """

    def p(path: Any) -> str:
        return ",".join(path) if path else "(start)"

    out = [f"persona {result.persona}"]
    stats = (
        f"{result.graph_nodes} states of play, {result.graph_edges} moves; "
        f"{result.graph_nodes + result.score_nodes} distinct states explored, "
        f"{result.paths} complete paths covered (counted through merged states), "
        f"{result.steps} engine steps in {result.seconds:.2f} s"
    )
    out.append(stats)
    if result.bounds_hit:
        out.append(f"bounds hit: {', '.join(result.bounds_hit)} (results cover what was explored)")
    else:
        out.append("explored completely")
    out.append("")
    out.append("states reached (shortest path):")
    out += [f"  {s:<24} {p(path)}" for s, path in result.states.items()]
    if result.unreachable:
        out.append(f"unreachable states: {', '.join(result.unreachable)}")
    out.append("endings (shortest path):")
    out += [f"  {e:<24} {p(path)}" for e, path in sorted(result.endings.items())]
    if result.endings_never:
        out.append(f"endings never reached: {', '.join(result.endings_never)}")
    if result.escalation is not None:
        out.append(
            "escalation threshold: "
            + (f"reached by {p(result.escalation_path)}" if result.escalation else "never reached")
        )
    for state, path in result.dead_ends.items():
        out.append(f"DEAD END: state '{state}' offers nothing, reached by {p(path)}")
    for states, path in result.loops:
        out.append(f"ENDLESS LOOP: {', '.join(states)} never ends, entered by {p(path)}")
    for state, option in result.options_never_offered:
        out.append(f"option never offered: {option} (state '{state}')")
    if result.min_score is not None and result.max_score is not None:
        lo, hi = result.min_score, result.max_score
        out.append("")
        exact = "exact" if result.score_complete else "partial: bounds hit, lowest/highest found"
        out.append(f"score range: {lo.total} .. {hi.total} ({exact})")

        def src(sp: Any) -> str:
            return f" [declared test '{sp.declared}']" if getattr(sp, "declared", None) else ""

        out.append(f"  lowest  {lo.total:5.1f} ({lo.ending}) {p(lo.path)}{src(lo)}")
        out.append(f"  highest {hi.total:5.1f} ({hi.ending}) {p(hi.path)}{src(hi)}")
        out.append(
            f"  can pass: {'yes' if result.can_pass else 'no'}; can fail: "
            f"{'yes' if result.can_fail else 'no'}"
        )
    # A partial search has not seen every path: say what the claim rests on.
    path = "path" if result.score_complete else "explored path"
    if result.criteria_never_earned:
        out.append(f"criteria no {path} earns: {', '.join(result.criteria_never_earned)}")
    if result.criteria_never_lost:
        out.append(f"criteria no {path} loses: {', '.join(result.criteria_never_lost)}")
    if result.criteria_always_na:
        always = "always" if result.score_complete else "on every explored path"
        out.append(f"criteria N/A {always}: {', '.join(result.criteria_always_na)}")
    errors = result.errors
    out.append("")
    out.append(f"{len(errors)} error(s)" if errors else "no errors")
    return "\n".join(out)
