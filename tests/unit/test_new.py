"""``mockcall new``: every scaffold validates, lints clean and passes its declared playthrough."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mockcall.cli import main
from mockcall.commands.new import expected_dispositions

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def telco(tmp_path: Path) -> Path:
    """A persona folder holding a copy of the telco account and rubric, without its personas."""
    folder = tmp_path / "personas" / "telco"
    folder.mkdir(parents=True)
    for name in ("account.yaml", "rubric.yaml"):
        shutil.copy(ROOT / "personas" / "telco" / name, folder / name)
    shutil.copytree(ROOT / "personas" / "telco" / "kb", folder / "kb")
    return tmp_path / "personas"


def _new(root: Path, *args: str) -> int:
    return main(["--personas", str(root), "new", *args, "--yes"])


def _lint_problems(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["lint", str(path), "--format", "json"]) == 0
    problems: list[dict[str, object]] = json.loads(capsys.readouterr().out)["problems"]
    return [p for p in problems if p["file"] == str(path)]


def _check_green(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert path.read_text().startswith("# yaml-language-server: $schema=")
    assert main(["validate", str(path)]) == 0
    assert _lint_problems(path, capsys) == []
    capsys.readouterr()
    assert main(["test", str(path)]) == 0
    assert "1 passed, 0 failed" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("locale", "direction", "channel"),
    [
        ("id", "inbound", "call"),
        ("en", "inbound", "call"),
        ("id", "inbound", "chat"),
        ("en", "inbound", "email"),
        ("id", "outbound", "call"),
        ("en", "outbound", "call"),
        ("en", "outbound", "chat"),
        ("id", "outbound", "email"),
    ],
)
def test_persona_scaffolds_are_green(
    telco: Path, capsys: pytest.CaptureFixture[str], locale: str, direction: str, channel: str
) -> None:
    pid = f"telco-{locale}-{direction}-{channel}"
    args = ["persona", "--account", "telco", "--id", pid, "--locale", locale]
    assert _new(telco, *args, "--direction", direction, "--channel", channel) == 0
    out = capsys.readouterr().out
    path = telco / "telco" / f"{pid}.yaml"
    assert f"wrote {path}" in out and f"mockcall test {path}" in out
    text = path.read_text()
    assert "# yaml-language-server: $schema=../schema/persona.schema.json" in text
    assert f"channel: {channel}" in text and ("call_list:" in text) == (direction == "outbound")
    _check_green(path, capsys)


def test_account_rubric_persona_from_scratch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "personas"
    assert _new(root, "account", "--id", "acme", "--locale", "en") == 0
    assert _new(root, "rubric", "--account", "acme") == 0
    assert _new(root, "persona", "--account", "acme", "--id", "acme-first") == 0
    folder = root / "acme"
    assert sorted(p.name for p in folder.iterdir()) == [
        "account.yaml",
        "acme-first.yaml",
        "rubric.yaml",
    ]
    for name, kind in (("account.yaml", "account"), ("rubric.yaml", "rubric")):
        assert (
            (folder / name)
            .read_text()
            .startswith(f"# yaml-language-server: $schema=../schema/{kind}.schema.json\n")
        )
    capsys.readouterr()
    assert main(["validate", str(root)]) == 0
    assert main(["lint", "--strict", str(root)]) == 0
    assert main(["test", str(root)]) == 0
    assert "1 passed, 0 failed" in capsys.readouterr().out
    # the persona's locale defaults to the account's
    assert "locale: en" in (folder / "acme-first.yaml").read_text()


def test_refuses_to_overwrite(telco: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (telco / "telco" / "rubric.yaml").read_text()
    assert _new(telco, "rubric", "--account", "telco") == 1
    assert "already exists; not overwritten" in capsys.readouterr().err
    assert (telco / "telco" / "rubric.yaml").read_text() == before
    assert _new(telco, "persona", "--account", "telco", "--id", "twice") == 0
    assert _new(telco, "persona", "--account", "telco", "--id", "twice") == 1


def test_no_account_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "personas"
    assert _new(root, "persona", "--account", "ghost") == 1
    assert "mockcall new account --id ghost" in capsys.readouterr().err
    assert not root.exists()  # not even an empty folder is left behind
    assert _new(root, "persona") == 2  # which account? nothing to default to
    assert _new(root, "account", "--id", "Bad Id") == 2


def test_out_and_no_temp_left(telco: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = telco / "telco" / "custom.yaml"
    assert _new(telco, "persona", "--account", "telco", "--id", "c1", "--out", str(out)) == 0
    assert out.is_file()
    assert not [p for p in (telco / "telco").iterdir() if p.name.startswith(".")]


def test_questions_on_a_terminal(
    telco: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["", "asked-id", "en", "sideways", "outbound", "chat"])
    monkeypatch.setattr("mockcall.commands.new._interactive", lambda args: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    assert main(["--personas", str(telco), "new", "persona", "--account", "telco"]) == 0
    text = (telco / "telco" / "asked-id.yaml").read_text()
    assert "direction: outbound" in text and "channel: chat" in text and "locale: en" in text
    assert "choose one of: inbound, outbound" in capsys.readouterr().out


def test_expected_dispositions_use_the_accounts_codes() -> None:
    telco = ["resolved_first_contact", "ticket_created", "escalated", "customer_disconnected"]
    assert expected_dispositions(telco) == {
        "resolved": "resolved_first_contact",
        "escalated": "escalated",
        "customer_hung_up": "customer_disconnected",
    }
    assert expected_dispositions(["sale_agreed", "no_answer"]) == {"resolved": "sale_agreed"}
    assert expected_dispositions([]) == {}
