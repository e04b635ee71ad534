"""Graph and style checks on personas that load cleanly: does the dialogue play well?

Validation answers "is this file well-formed?"; lint answers "will a trainee get stuck, or never
see half of what was written?". Problems carry codes and severities:

* ``unreachable-state`` (warning) — no path of options or mood leads there from ``start``;
* ``dead-end`` (error) — a state with no options: the call can only be hung up;
* ``no-exit`` (error) — states from which no ending can be reached (a loop that never ends);
* ``ending-never-reached`` (warning) — a declared ending no option, control or mood produces;
* ``one-variant`` (warning) — a state with a single line: repeated calls feel scripted;
* ``single-option`` (warning) — a state offering one choice is not a decision;
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from mockcall.core.graph import edges, ending_node, reachable
from mockcall.core.model import Persona, Problem

if TYPE_CHECKING:
    from mockcall.core.loader import Library

#: Endings the trainee can always produce with call controls, whatever the options say.
CONTROL_ENDINGS = frozenset({"escalated", "transferred", "agent_hung_up", "abandoned"})


def lint_persona(persona: Persona) -> list[Problem]:
    problems: list[Problem] = []
    seen = reachable(persona)
    for name, state in persona.states.items():
        if name not in seen:
            problems.append(
                Problem.at(
                    state.at,
                    "unreachable-state",
                    f"state '{name}' cannot be reached from '{persona.start}'",
                    "warning",
                )
            )
        if not state.options:
            problems.append(
                Problem.at(
                    state.at, "dead-end", f"state '{name}' has no options: the call gets stuck"
                )
            )
        elif len(state.options) == 1 and name != persona.mood.demand_state:
            problems.append(
                Problem.at(
                    state.at,
                    "single-option",
                    f"state '{name}' offers one option; give the trainee a real choice",
                    "warning",
                )
            )
        if len(state.say) < 2:
            problems.append(
                Problem.at(
                    state.mark_of("say"),
                    "one-variant",
                    f"state '{name}' has one line; add variants so calls do not repeat",
                    "warning",
                )
            )
    problems += _no_exit(persona, seen)
    problems += _endings_never_reached(persona, seen)
    return problems


def _no_exit(persona: Persona, seen: set[str]) -> list[Problem]:
    """States (reachable, with options) from which no ending node can be reached."""
    pred: dict[str, set[str]] = {}
    for e in edges(persona):
        pred.setdefault(e.dest, set()).add(e.source)
    can_end = {n for n in pred if n.startswith("end_")}
    todo = list(can_end)
    while todo:
        for p in pred.get(todo.pop(), ()):
            if p not in can_end:
                can_end.add(p)
                todo.append(p)
    out = []
    for name, state in persona.states.items():
        if name in seen and state.options and name not in can_end:
            out.append(
                Problem.at(
                    state.at,
                    "no-exit",
                    f"no ending can be reached from state '{name}': the call loops forever",
                )
            )
    return out


def _endings_never_reached(persona: Persona, seen: Iterable[str]) -> list[Problem]:
    seen = set(seen)
    out = []
    for ending in persona.endings:
        if ending in CONTROL_ENDINGS or ending_node(ending) in seen:
            continue
        out.append(
            Problem.at(
                persona.mark_of("endings"),
                "ending-never-reached",
                f"ending '{ending}' is declared but no option or mood leads to it",
                "warning",
            )
        )
    return out


def lint_library(library: Library) -> list[Problem]:
    """Validation problems first; personas that failed to load are not linted further."""
    from mockcall.core.validate import validate_library

    problems = list(validate_library(library))
    broken = {p.file for p in problems if p.severity == "error"}
    for persona in library.personas():
        if persona.source not in broken:
            problems += lint_persona(persona)
    return problems
