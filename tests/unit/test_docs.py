"""Docs generated from the code stay in step with it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_formats_reference_is_regenerated_from_the_model() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_formats_doc.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_readme_opens_with_the_install_and_test_commands_ci_uses() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```sh\n")
    install, tests = blocks[1].split("\n```")[0], blocks[2].split("\n```")[0]
    assert "pip install -e '.[dev]'" in install and install.endswith("mockcall")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.strip() in ci
