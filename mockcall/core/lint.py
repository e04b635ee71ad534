"""Graph and style checks on personas that load cleanly: does the dialogue play well?

Validation answers "is this file well-formed?"; lint answers "will a trainee get stuck, or never
see half of what was written?". Problems carry codes and severities:

* ``unreachable-state`` (warning) — no path of options or mood leads there from ``start``;
* ``dead-end`` (error) — a state with no options: the call can only be hung up;
* ``no-exit`` (error) — states from which no ending can be reached (a loop that never ends);
* ``ending-never-reached`` (warning) — a declared ending no option, control or mood produces;
* ``one-variant`` (warning) — a state with a single line: repeated calls feel scripted;
* ``single-option`` (warning) — a state offering one choice is not a decision;
* ``endless-cycle`` (error) — a customer who never gives up (``mood.give_up_after: 0``) and a
  cycle of states that no mood change can leave either: repeating it never ends the call;
* ``same-text`` (warning) — two options of a state say the same thing: once shuffled, the
  trainee cannot tell them apart;

Exploration on the real engine (``mockcall.core.explore``, capped by :data:`LINT_LIMITS_PATHS` so
lint stays fast) adds what only playing reveals:

* ``dead-end`` / ``no-exit`` (errors) — a live point offering nothing, a loop with no ending;
* ``unreachable-state`` / ``ending-never-reached`` (warnings) — no *playable* path gets there
  (conditions never hold), reported only when exploration was complete;
* ``escalation-unreachable`` (warning) — a demand_state exists but mood never reaches
  ``escalate_at`` on any explored path;
* ``option-never-offered`` (warning) — its ``when`` never holds where its state is reached;
* ``criterion-never-earned`` / ``criterion-never-lost`` (warnings, for the rubric author) —
  only when the score pass saw every path;
* ``exploration-incomplete`` is not reported: a bound is normal for a rich persona, and the
  claims above that need completeness are simply withheld.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from mockcall.core.graph import closure, components, edges, ending_node, option_dest, reachable
from mockcall.core.model import Account, Persona, Problem, Rubric

if TYPE_CHECKING:
    from mockcall.core.explore import Exploration
    from mockcall.core.loader import Library

#: Exploration bounds for lint: enough for the shape of a call, small enough to stay fast.
LINT_LIMITS_PATHS = 300


def _lint_limits() -> Any:
    from mockcall.core.explore import Limits

    # Half the graph budget for scores: lint reports criterion claims only from a complete
    # search, and a deep score walk grows the graph with engine steps (lint runs on save).
    return Limits(max_depth=40, max_paths=LINT_LIMITS_PATHS, score_paths=LINT_LIMITS_PATHS // 2)


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
    problems += _endless_cycles(persona, seen)
    problems += _same_text(persona)
    problems += _endings_never_reached(persona, seen)
    return problems


def _endless_cycles(persona: Persona, seen: set[str]) -> list[Problem]:
    """Cycles of states no mood or patience change can leave (docs/semantics.md, "Every call
    ends"). With ``give_up_after`` > 0 there are none: every lap of a cycle repeats a line, and
    repeated lines use up the customer's patience. Without it a cycle ends only if each of its
    options, said again, raises the mood (its own change plus ``mood.repeat``) towards a
    ``hangup_at`` the mood can reach."""
    mood = persona.mood
    if mood.give_up_after > 0:
        return []
    names = [n for n in persona.states if n in seen]
    index = {n: i for i, n in enumerate(names)}
    inner: dict[int, list[tuple[int, int]]] = {i: [] for i in range(len(names))}
    for name in names:
        for option in persona.states[name].options:
            dest = option_dest(name, option)
            if dest in index and not option.end:
                rise = option.mood if option.mood is not None else 0
                if option.mood is None:
                    rise = sum(mood.acts.get(a, 0) for a in option.acts)
                inner[index[name]].append((index[dest], rise + mood.repeat))
    out = []
    for comp in components(range(len(names)), lambda v: [w for w, _ in inner[v]]):
        members = set(comp)
        laps = [r for v in comp for w, r in inner[v] if w in members]
        if not laps:
            continue  # a single state without a self-loop is no cycle
        if mood.hangup_at <= 100 and all(r > 0 for r in laps):
            continue  # every repeated step angers the customer until they hang up
        cycle = sorted(names[v] for v in comp)
        out.append(
            Problem.at(
                persona.states[cycle[0]].at,
                "endless-cycle",
                f"the call can go round {', '.join(cycle)} forever: the customer never gives up"
                " (mood.give_up_after: 0) and repeating these options does not anger them"
                " enough to hang up",
            )
        )
    return out


def _same_text(persona: Persona) -> list[Problem]:
    """Options of one state with the same words (case and spacing ignored): shuffled, the
    trainee cannot tell which is which."""
    out = []
    for name, state in persona.states.items():
        first: dict[str, int] = {}
        for number, option in enumerate(state.options, start=1):
            key = " ".join(option.text.casefold().split())
            if not key:
                continue  # a pure call control is shown by its action
            if key in first:
                out.append(
                    Problem.at(
                        option.at,
                        "same-text",
                        f"options {first[key]} and {number} of state '{name}' say the same"
                        " thing: once the options are shuffled the trainee cannot tell them"
                        " apart",
                        "warning",
                    )
                )
            else:
                first[key] = number
    return out


def _no_exit(persona: Persona, seen: set[str]) -> list[Problem]:
    """States (reachable, with options) from which no ending node can be reached."""
    pred: dict[str, set[str]] = {}
    for e in edges(persona):
        pred.setdefault(e.dest, set()).add(e.source)
    can_end = closure((n for n in pred if n.startswith("end_")), pred)
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


def lint_explored(
    persona: Persona, account: Account, rubric: Rubric | None, limits: Any = None
) -> list[Problem]:
    """Problems only playing the persona reveals (see the module docstring)."""
    from mockcall.core.explore import explore

    result = explore(persona, account, rubric, limits or _lint_limits())
    out = _path_problems(persona, result)
    if result.graph_complete:
        out += _coverage_problems(persona, result)
    if result.score_complete and rubric is not None:
        out += _criteria_problems(persona, rubric, result)
    return out


def _path_problems(persona: Persona, result: Exploration) -> list[Problem]:
    """Dead ends, endless loops and an escalation no path reaches."""
    out: list[Problem] = []
    states = persona.states
    for name, path in result.dead_ends.items():
        out.append(
            Problem.at(
                states[name].at if name in states else persona.at,
                "dead-end",
                f"state '{name}' offers the trainee nothing here (path {_p(path)})",
            )
        )
    for names, path in result.loops:
        first = states[names[0]].at if names and names[0] in states else persona.at
        out.append(
            Problem.at(
                first,
                "no-exit",
                f"the call can loop forever through {', '.join(names)} with no way to an ending"
                f" (entered by {_p(path)})",
            )
        )
    if result.escalation is False:
        out.append(
            Problem.at(
                persona.mood.mark_of("escalate_at"),
                "escalation-unreachable",
                f"mood never reaches escalate_at {persona.mood.escalate_at} on any explored "
                f"path, so demand_state '{persona.mood.demand_state}' is never used",
                "warning",
            )
        )
    return out


def _coverage_problems(persona: Persona, result: Exploration) -> list[Problem]:
    """States, endings and options no playable path reaches (only a complete graph tells)."""
    out: list[Problem] = []
    states = persona.states
    for name in result.unreachable:
        out.append(
            Problem.at(
                states[name].at,
                "unreachable-state",
                f"no playable path reaches state '{name}' (its conditions never hold)",
                "warning",
            )
        )
    for ending in result.endings_never:
        out.append(
            Problem.at(
                persona.mark_of("endings"),
                "ending-never-reached",
                f"no playable path ends '{ending}'",
                "warning",
            )
        )
    for state, oid in result.options_never_offered:
        opt = next(
            (o for i, o in enumerate(states[state].options) if (o.id or f"{state}.{i + 1}") == oid),
            None,
        )
        out.append(
            Problem.at(
                opt.at if opt is not None else states[state].at,
                "option-never-offered",
                f"option '{oid}' is never offered: its 'when' never holds in '{state}'",
                "warning",
            )
        )
    return out


def _criteria_problems(persona: Persona, rubric: Rubric, result: Exploration) -> list[Problem]:
    """Criteria no path earns, or none loses (only a complete scoring of the paths tells)."""
    out: list[Problem] = []
    marks = {c.id: c.at for _, c in rubric.criteria()}
    for cid in result.criteria_never_earned:
        out.append(
            Problem.at(
                persona.mark_of("account"),
                "criterion-never-earned",
                f"no path of this persona earns criterion '{cid}' ({marks[cid]})",
                "warning",
            )
        )
    for cid in result.criteria_never_lost:
        out.append(
            Problem.at(
                persona.mark_of("account"),
                "criterion-never-lost",
                f"no path of this persona loses criterion '{cid}' ({marks[cid]})",
                "warning",
            )
        )
    return out


def _p(path: Iterable[str]) -> str:
    return ",".join(path) or "the start"


def lint_library(library: Library, *, explore: bool = True) -> list[Problem]:
    """Validation problems first; personas that failed to load are not linted further.

    With ``explore`` each persona is also played (capped); a problem exploration finds that
    the static checks already reported at the same place is not repeated.
    """
    from mockcall.core.validate import validate_library

    problems = list(validate_library(library))
    broken = {p.file for p in problems if p.severity == "error"}
    for persona in library.personas():
        if persona.source in broken:
            continue
        static = lint_persona(persona)
        problems += static
        bundle = library.bundle_for(persona)
        if not explore or bundle is None:
            continue
        seen = {(p.code, p.file, p.line, p.col) for p in static}
        for p in lint_explored(persona, bundle.account, bundle.rubric):
            if (p.code, p.file, p.line, p.col) not in seen:
                problems.append(p)
    return problems
