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
    locked = "-c constraints.txt -e '.[dev]'"
    assert f"pip install {locked}" in install
    assert install.endswith(".venv/bin/mockcall")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"fresh_venv .venv {locked}" in ci
    assert f"run_pytest {tests.strip().removesuffix('/bin/pytest')}" in ci
    assert (ROOT / "constraints.txt").is_file()
