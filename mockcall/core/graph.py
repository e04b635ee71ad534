"""The persona's dialogue as a graph: the edges lint reasons about and diagrams draw.

Edges come from the model, the same places the engine builds its machine from: one edge per
option (its goto or ending), plus the mood-driven edges (any escalatable state to the demand
state, the demand state back to the calm state, and the hang-up). Mermaid output is rendered by
``transitions``' own mermaid backend; DOT is written as text so no graphviz install is needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal, TypeVar

from mockcall.core.model import Option, Persona

EdgeKind = Literal["option", "action", "mood"]
N = TypeVar("N")

_ACTION_ENDINGS = {
    "escalate": "escalated",
    "transfer_warm": "transferred",
    "transfer_cold": "transferred",
    "end": "agent_hung_up",
}


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    dest: str
    label: str
    kind: EdgeKind
    option: Option | None = None


def ending_node(ending: str) -> str:
    """Endings share the state namespace in diagrams and machines; prefix them."""
    return f"end_{ending}"


def option_dest(state: str, option: Option) -> str:
    """Where choosing ``option`` in ``state`` leads: a state, an ending node, or ``state``."""
    if option.end:
        return ending_node(option.end)
    if option.action in _ACTION_ENDINGS and not option.goto:
        return ending_node(_ACTION_ENDINGS[option.action])
    return option.goto or state


def edges(persona: Persona) -> Iterator[Edge]:
    for name, state in persona.states.items():
        for number, option in enumerate(state.options, start=1):
            label = f"{number}: {', '.join(option.acts) or option.action or '-'}"
            kind: EdgeKind = "action" if option.action else "option"
            yield Edge(name, option_dest(name, option), label, kind, option)
    mood = persona.mood
    if mood.demand_state and mood.demand_state in persona.states:
        for name, state in persona.states.items():
            if name != mood.demand_state and state.mood_escalation:
                yield Edge(name, mood.demand_state, f"mood >= {mood.escalate_at}", "mood")
        if mood.calm_state:
            yield Edge(mood.demand_state, mood.calm_state, f"mood < {mood.calm_at}", "mood")
    if mood.hangup_at <= 100 or mood.give_up_after > 0:
        why = [f"mood >= {mood.hangup_at}"] if mood.hangup_at <= 100 else []
        if mood.give_up_after > 0:
            why.append(f"wasted turns > {mood.give_up_after}")
        for name in persona.states:
            yield Edge(name, ending_node("customer_hung_up"), " or ".join(why), "mood")


def closure(seeds: Iterable[N], step: Mapping[N, Iterable[N]]) -> set[N]:
    """The seeds and everything reachable from them along ``step`` (successors for what a
    node leads to, predecessors for what can lead to it)."""
    seen = set(seeds)
    todo = list(seen)
    while todo:
        for nxt in step.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def components(starts: Iterable[int], succ: Callable[[int], Iterable[int]]) -> list[list[int]]:
    """Strongly connected components of what ``starts`` reach along ``succ`` (iterative
    Tarjan), sinks first: a component comes after every component it leads to, so summaries
    can be built in one pass over the list."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on: set[int] = set()
    stack: list[int] = []
    found: list[list[int]] = []
    for start in starts:
        if start in index:
            continue
        work: list[tuple[int, Iterator[int]]] = []
        index[start] = low[start] = len(index)
        stack.append(start)
        on.add(start)
        work.append((start, iter(succ(start))))
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(succ(w))))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[v])
                if low[v] == index[v]:
                    comp: list[int] = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    found.append(comp)
    return found


def reachable(persona: Persona, *, include_mood: bool = True) -> set[str]:
    """States and ending nodes reachable from ``start``."""
    succ: dict[str, set[str]] = {}
    for e in edges(persona):
        if include_mood or e.kind != "mood":
            succ.setdefault(e.source, set()).add(e.dest)
    return closure([persona.start], succ)


def to_dot(persona: Persona) -> str:
    """Graphviz DOT text: options solid, call actions bold, mood edges dashed, endings boxed."""
    out = [f'digraph "{persona.id}" {{', "  rankdir=LR;", "  node [shape=ellipse];"]
    out.append(f'  "__start" [shape=point]; "__start" -> "{persona.start}";')
    endings = {e.dest for e in edges(persona) if e.dest.startswith("end_")}
    for name in persona.states:
        style = ', style=filled, fillcolor="#ffe0e0"' if name == persona.mood.demand_state else ""
        out.append(f'  "{name}" [label="{name}"{style}];')
    for node in sorted(endings):
        out.append(f'  "{node}" [shape=doubleoctagon, label="{node[4:]}"];')
    for e in edges(persona):
        style = {"option": "solid", "action": "bold", "mood": "dashed"}[e.kind]
        label = e.label.replace('"', "'")
        out.append(f'  "{e.source}" -> "{e.dest}" [label="{label}", style={style}];')
    out.append("}")
    return "\n".join(out) + "\n"


def to_mermaid(persona: Persona) -> str:
    """Mermaid ``stateDiagram-v2`` via transitions' mermaid backend (no graphviz needed)."""
    from transitions.extensions.diagrams import GraphMachine

    _quiet_transitions_logger()
    all_edges = list(edges(persona))
    endings = sorted({e.dest for e in all_edges if e.dest.startswith("end_")})
    states = [*persona.states, *endings]
    machine = GraphMachine(
        model=_Diagram(),
        states=states,
        initial=persona.start,
        auto_transitions=False,
        graph_engine="mermaid",
        title=persona.title,
        show_conditions=False,
        show_state_attributes=False,
    )
    for i, e in enumerate(all_edges):
        prefix = "~ " if e.kind == "mood" else ("! " if e.kind == "action" else "")
        trigger = f"{prefix}{e.label}".replace(":", " ·")
        machine.add_transition(f"{trigger} #{i}", e.source, e.dest)
    source = str(getattr(machine.get_combined_graph(), "source", ""))
    # Trigger names carry a unique "#i" suffix only to keep parallel edges apart.
    lines = [_strip_suffixes(line) for line in source.splitlines()]
    lines += [f"  {node} --> [*]" for node in endings]
    legend = "%% edges: '~' mood-driven, '!' call action; end_* nodes are endings"
    return "\n".join([*lines, legend]) + "\n"


class _Diagram:
    """A throwaway model: transitions draws the graph of a machine's first model."""


def _quiet_transitions_logger() -> None:
    """transitions warns through the root logger; a CLI must not print its internals."""
    import logging

    log = logging.getLogger("transitions")
    if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
        log.addHandler(logging.NullHandler())
    log.propagate = False


def _strip_suffixes(line: str) -> str:
    import re

    return re.sub(r" #\d+", "", line)
