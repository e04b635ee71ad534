"""No import cycles at run time, and the commands keep Textual out until a command runs.

import-linter (``lint-imports``, run in CI) checks the layers over *every* import statement,
lazy ones included. What it cannot see is *when* an import runs: a cycle between two modules
is harmless if one side imports lazily, inside the function that needs it, and harmful when
both import at module level (the second module sees the first half-initialised). So this test
builds the graph of module-level imports — what runs when a module is imported — leaving out
imports inside functions and ``if TYPE_CHECKING:`` blocks, and asserts it has no cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mockcall"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _run_time_imports(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements executed when the module is imported (not in defs or TYPE_CHECKING)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node):
                yield from _run_time_imports(node.body)
            yield from _run_time_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                yield from _run_time_imports(block)
        elif isinstance(node, ast.With):
            yield from _run_time_imports(node.body)


def _targets(
    node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]
) -> set[str]:
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:  # relative: from the module's package, one level up per extra dot
            parts = module.split(".") if is_package else module.split(".")[:-1]
            package = parts[: len(parts) - (node.level - 1)]
            base = ".".join([*package, base]) if base else ".".join(package)
        names = [base] + [f"{base}.{a.name}" for a in node.names]
    found = set()
    for name in names:
        # `from mockcall.core import engine` imports mockcall.core.engine (a module) too
        while name and name not in known:
            name = name.rpartition(".")[0]
        if name:
            found.add(name)
    return found


def run_time_graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    known = set(files)
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges: set[str] = set()
        for node in _run_time_imports(tree.body):
            edges |= _targets(node, module, path.name == "__init__.py", known)
        # importing a.b.c first imports its packages a and a.b
        graph[module] = {m for m in edges if m != module and not module.startswith(m + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative enough)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_sees_module_level_imports_and_skips_lazy_ones() -> None:
    graph = run_time_graph()
    assert "mockcall.exit_codes" in graph["mockcall.cli"]
    assert "mockcall.commands.crash" not in graph["mockcall.cli"]  # imported in main(), lazily
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    relative = ast.parse("from . import x\nfrom ..y import z").body
    known = {"p.q.x", "p.y.z", "p.q", "p.y", "p"}
    assert _targets(relative[0], "p.q.m", False, known) == {"p.q", "p.q.x"}  # type: ignore[arg-type]
    assert _targets(relative[1], "p.q", True, known) == {"p.y", "p.y.z"}  # type: ignore[arg-type]


def test_no_import_cycle_at_run_time() -> None:
    assert cycles(run_time_graph()) == []


def test_commands_import_no_textual_ui_at_module_level() -> None:
    graph = run_time_graph()
    loaded = {
        (module, target)
        for module, targets in graph.items()
        if module.startswith(("mockcall.commands", "mockcall.cli"))
        for target in targets
        if target.startswith(("mockcall.tui", "mockcall.web"))
    }
    assert loaded == set()
