"""The wheel built from pyproject.toml alone holds all of mockcall, the bundled personas included.

The personas live in the top-level ``personas/`` folder and ship as ``mockcall.personas``
(``package-dir`` in pyproject.toml); the packages are listed by name there, so this test builds a
real wheel (pip, with the build backend pyproject.toml names) from a copy of the sources and
fails on any file of ``mockcall/`` or ``personas/`` the wheel lacks.  Then it runs mockcall from
the unpacked wheel, in a folder without ``personas/``, to show an installed copy finds its
bundled library.  It takes a few seconds, most of them pip's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: What the build reads besides the two folders.
BUILD_FILES = ("pyproject.toml", "README.md")
SHIPPED_SUFFIXES = {".py", ".yaml", ".yml", ".md", ".json", ".tcss", ".npz", ".html", ".js", ".css"}


def _sources(folder: Path) -> list[str]:
    """The files of a source folder that belong in the wheel, relative to it."""
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix in SHIPPED_SUFFIXES
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a clean copy of the sources (no stale ``build/`` can leak in)."""
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("mockcall", "personas"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    for name in BUILD_FILES:
        shutil.copy2(ROOT / name, src / name)
    out = work / "dist"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("mockcall-*.whl")
    return built


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def test_every_folder_of_mockcall_is_a_listed_package() -> None:
    """A folder of ``mockcall/`` holding modules or data ships only when pyproject.toml lists it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "mockcall").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix in SHIPPED_SUFFIXES
    }
    missing = sorted(folders - listed)
    assert missing == [], f"add {missing} to [tool.setuptools] packages in pyproject.toml"
    assert "mockcall.personas" in listed


def test_wheel_has_every_module_and_data_file(wheel: Path) -> None:
    names = _names(wheel)
    expected = {f"mockcall/{name}" for name in _sources(ROOT / "mockcall")}
    assert sorted(expected - names) == []
    for pattern in ("*.tcss", "*.npz", "*.html", "*.js", "*.css"):
        assert any(Path(n).match(pattern) for n in names), pattern


def test_wheel_ships_the_personas_as_mockcall_personas(wheel: Path) -> None:
    names = _names(wheel)
    personas = _sources(ROOT / "personas")
    assert any(p.endswith(".yaml") for p in personas)
    assert (
        sorted(f"mockcall/personas/{p}" for p in personas if f"mockcall/personas/{p}" not in names)
        == []
    )
    assert not any(n.startswith("personas/") for n in names)


def test_installed_copy_finds_its_bundled_personas(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOCKCALL_")}
    env["PYTHONPATH"] = str(site)
    code = (
        "import mockcall, mockcall.locations as l; "
        "print(mockcall.__file__); print(*l.persona_paths())"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    module, paths = shown.stdout.splitlines()
    assert Path(module).is_relative_to(site)
    assert Path(paths) == site / "mockcall" / "personas"
    listed = subprocess.run(
        [sys.executable, "-m", "mockcall", "validate"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stdout + listed.stderr
    assert listed.stdout.startswith("ok:"), listed.stdout
