"""validate and lint read everything they are pointed at (``loader.discover``).

Loose files, nested folders, several paths; a missing path exits 3, a path with nothing to
check exits 1, a file whose kind cannot be told gets ``unknown-kind``.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from mockcall.cli import main
from mockcall.commands.common import persona_file
from mockcall.core.loader import discover, load_library, tell_kind
from mockcall.core.validate import validate_library
from mockcall.core.yamlsafe import compose_text

ROOT = Path(__file__).resolve().parents[2]
TELCO = ROOT / "personas" / "telco"
PERSONA = TELCO / "darmawan-repeat-outage.yaml"


def _broken(folder: Path) -> dict[str, Path]:
    """Loose broken files, one of each sort, some in nested folders."""
    files = {
        "syntax": folder / "syntax.yaml",
        "persona": folder / "deep" / "er" / "persona.yml",
        "unknown": folder / "deep" / "notes.yaml",
        "rubric": folder / "rubric.yaml",
    }
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    files["syntax"].write_text("id: x\nstates: [\n", encoding="utf-8")
    files["persona"].write_text("id: lone\nstart: opening\nstates: {}\n", encoding="utf-8")
    files["unknown"].write_text("colour: blue\n", encoding="utf-8")
    files["rubric"].write_text("id: r\naccount: a\nversion: 0\nsections: []\n", encoding="utf-8")
    return files


def _lines(out: str) -> list[str]:
    return out.strip().splitlines()


def test_loose_broken_files_in_nested_folders_are_all_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _broken(tmp_path)
    assert main(["validate", str(tmp_path)]) == 1
    out = _lines(capsys.readouterr().out)
    persona, rubric = files["persona"], files["rubric"]
    assert out == [
        f"{persona}:1:1: missing-key: persona is missing required keys 'title', 'account', "
        "'customer', 'mood', 'endings'",
        f"{files['unknown']}:1:1: unknown-kind: cannot tell what kind of file this is: a persona "
        "has 'states', a rubric 'sections', an account 'sop', and it has no key only one of "
        "them has",
        f"{rubric}:3:10: bad-value: 'version': 0 is below the minimum 1",
        f"{files['syntax']}:3:1: yaml-syntax: while parsing a flow node, did not find expected "
        "node content",
        "4 problem(s) in 4 file(s)",
    ]


def test_the_same_file_by_folder_or_by_its_own_path_is_reported_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _broken(tmp_path)
    assert main(["validate", str(tmp_path)]) == 1
    by_folder = [line for line in _lines(capsys.readouterr().out) if "notes.yaml" in line]
    assert main(["validate", str(files["unknown"])]) == 1
    by_path = _lines(capsys.readouterr().out)
    assert by_path == [*by_folder, "1 problem(s) in 1 file(s)"]


def test_lint_reads_loose_files_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = _broken(tmp_path)
    assert main(["lint", str(tmp_path), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    codes = sorted((Path(p["file"]).name, p["code"]) for p in data["problems"])
    assert codes == [
        ("notes.yaml", "unknown-kind"),
        ("persona.yml", "missing-key"),
        ("rubric.yaml", "bad-value"),
        ("syntax.yaml", "yaml-syntax"),
    ]
    assert data["files"] == 4
    assert sorted(data["read"]) == sorted(str(p) for p in files.values())


def test_json_lists_every_file_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    account = tmp_path / "accounts" / "telco"
    shutil.copytree(TELCO, account)
    lone = tmp_path / "drafts" / "lone.yaml"
    lone.parent.mkdir()
    lone.write_text(PERSONA.read_text(encoding="utf-8").replace("id: telco-d", "id: draft-d"))
    assert main(["validate", str(tmp_path / "accounts"), str(lone), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    personas = sorted(str(p) for p in account.glob("*.yaml") if p.stem not in ("account", "rubric"))
    assert data["read"] == [
        str(account / "account.yaml"),
        str(account / "rubric.yaml"),
        *personas,
        str(lone),
    ]
    assert data["files"] == len(personas) + 3
    assert data["ok"] is True
    assert data["problems"] == []


def test_an_empty_folder_is_nothing_to_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "notes.md").write_text("# notes\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.yaml").write_text("foo: 1\n")
    for command in ("validate", "lint"):
        assert main([command, str(tmp_path)]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == f"mockcall: nothing to check in {tmp_path}: no .yaml or .yml file\n"


def test_the_schema_folder_alone_is_nothing_to_check(capsys: pytest.CaptureFixture[str]) -> None:
    schema = ROOT / "personas" / "schema"
    assert main(["validate", str(schema)]) == 1
    assert capsys.readouterr().err == (
        f"mockcall: nothing to check in {schema}: no .yaml or .yml file\n"
    )


def test_a_missing_path_is_not_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope"
    for command in ("validate", "lint"):
        assert main([command, str(TELCO), str(missing)]) == 3
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == f"mockcall: {missing}: no such file or folder\n"


def test_a_file_of_another_kind_given_by_path_is_nothing_to_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    doc = TELCO / "kb" / "billing.md"
    assert main(["validate", str(doc)]) == 1
    assert (
        capsys.readouterr().err == f"mockcall: nothing to check in {doc}: no .yaml or .yml file\n"
    )


def test_several_paths_are_all_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = _broken(tmp_path / "a")
    assert main(["validate", str(TELCO), str(files["unknown"]), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["read"][-1] == str(files["unknown"])
    assert data["files"] == len(list(TELCO.glob("*.yaml"))) + 1
    assert [p["code"] for p in data["problems"]] == ["unknown-kind"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("id: p\nstates: {}\n", "persona"),
        ("id: p\naccount: a\nendings: [x]\nstart: s\n", "persona"),
        ("id: r\nsections: []\n", "rubric"),
        ("id: a\nsop: {}\n", "account"),
        ("id: a\nname: A\ntools: []\n", "account"),
        ("id: x\n", []),
        ("id: x\nstates: {}\nsections: []\n", ["persona", "rubric"]),
    ],
)
def test_kinds_are_told_by_keys_only_one_kind_has(text: str, kind: str | list[str]) -> None:
    node = compose_text(text, "f.yaml").node
    assert node is not None
    assert tell_kind(node) == kind  # type: ignore[arg-type]


def test_keys_of_two_kinds_are_named_in_the_problem(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.yaml"
    mixed.write_text("id: x\nstates: {}\nsections: []\n")
    problems = load_library([tmp_path]).problems
    assert [str(p) for p in problems] == [
        f"{mixed}:1:1: unknown-kind: cannot tell what kind of file this is: it has keys only a "
        "persona has (states) and keys only a rubric has (sections)"
    ]


def test_a_loose_persona_account_and_rubric_are_loaded_as_their_kind(tmp_path: Path) -> None:
    shutil.copy(PERSONA, tmp_path / "lone.yaml")
    shutil.copy(TELCO / "account.yaml", tmp_path / "telco-account.yml")
    shutil.copy(TELCO / "rubric.yaml", tmp_path / "rubric.yaml")
    library = load_library([tmp_path])
    assert library.problems == ()
    assert [p.id for p in library.orphans] == ["telco-darmawan-repeat-outage"]
    assert len(library.files) == 3


def test_one_discovery_finds_account_folders_nested_and_loose_files(tmp_path: Path) -> None:
    nested = tmp_path / "clients" / "telco"
    shutil.copytree(TELCO, nested)
    (nested / "drafts").mkdir()
    draft = nested / "drafts" / "draft.yaml"
    draft.write_text("id: d\n")
    found = discover([tmp_path, tmp_path / "missing"])
    assert [f.path for f in found.folders.values()] == [nested]
    assert found.loose == [draft]
    assert found.missing == [tmp_path / "missing"]
    assert found.empty == []
    # play's quick lookup uses the same discovery
    assert persona_file([tmp_path], "telco-darmawan-repeat-outage") == (
        nested / "darmawan-repeat-outage.yaml"
    )
    assert persona_file([tmp_path], "d") is None  # a loose file is not in an account folder


def test_the_benchmark_library_is_clean_and_its_ids_unique(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "bench_loader", ROOT / "scripts" / "bench_loader.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    files = bench.generate_library(tmp_path, copies=2)
    library = load_library([tmp_path])
    assert len(files) == 2 * 23
    assert len(library.files) == len(files)
    assert len(library.bundles) == 8
    assert len(library.personas()) == 2 * 15
    assert validate_library(library) == []
