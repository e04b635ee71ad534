"""The core stays free of UI and storage; quick commands stay free of Textual.

Checked two ways: statically (no import statement in mockcall/core names them) and at run time
(importing every core module in a fresh interpreter loads neither Textual nor sqlite3).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "mockcall" / "core"
FORBIDDEN = ("textual", "sqlite3", "mockcall.tui", "mockcall.store", "mockcall.commands", "rich")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_core_module_imports_no_ui_or_storage(path: Path) -> None:
    bad = [n for n in _imports(path) if n.split(".")[0] in FORBIDDEN or n.startswith(FORBIDDEN)]
    assert bad == [], f"{path.name} imports {bad}"


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def test_importing_all_of_core_loads_no_textual_or_sqlite() -> None:
    modules = [  # every module, those of core's packages (core/loader/...) included
        ".".join(("mockcall", "core", *p.relative_to(CORE).with_suffix("").parts))
        for p in sorted(CORE.rglob("*.py"))
        if p.stem != "__init__"
    ]
    loaded = _loaded_after("\n".join(f"import {m}" for m in modules))
    assert not {m for m in loaded if m.split(".")[0] in ("textual", "sqlite3", "_sqlite3")}


@pytest.mark.parametrize("argv", [["--help"], ["validate", "--help"], ["list", "--help"]])
def test_quick_commands_do_not_import_textual(argv: list[str]) -> None:
    code = (
        f"import sys; sys.argv=['mockcall', *{argv!r}]\nfrom mockcall.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass"
    )
    loaded = _loaded_after(code)
    assert "textual" not in loaded
