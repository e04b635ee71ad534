"""The safe reader refuses huge, binary, non-UTF-8 and absurdly nested files, quickly and alive.

The big inputs are generated in ``tmp_path`` rather than committed.  Timing ceilings are loose
(10 s) on purpose: the point is that nothing takes PyYAML's tens of seconds or kills the process.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from mockcall.core import yamlsafe
from mockcall.core.loader import load_persona
from mockcall.core.yamlsafe import Limits, compose_file, depth_bound_ok, measured_depth

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "personas" / "telco" / "darmawan-repeat-outage.yaml"
CEILING = 10.0


@pytest.fixture(params=["libyaml", "pure-python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's parser and again with PyYAML's own (the fallback)."""
    if request.param == "pure-python":
        monkeypatch.setattr(yamlsafe, "NodeLoader", yamlsafe.PureNodeLoader)
    elif not issubclass(yamlsafe.NodeLoader, yaml.CSafeLoader):
        pytest.fail("PyYAML was built without libyaml: the fast loader is missing")
    return str(request.param)


def codes(path: Path) -> list[str]:
    return [p.code for p in compose_file(path).problems]


def timed_codes(path: Path) -> tuple[list[str], float]:
    start = time.perf_counter()
    found = [p.code for p in load_persona(path).problems]
    return found, time.perf_counter() - start


def test_demo_composes() -> None:
    composed = compose_file(DEMO)
    assert composed.problems == ()
    assert composed.node is not None


def test_tens_of_megabytes_rejected_by_size_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.yaml"
    with open(big, "wb") as fh:
        fh.write(b"id: x\nsay: [" + b'"spam", ' * (30 * 1024 * 1024 // 8) + b"]\n")
    found, seconds = timed_codes(big)
    assert found == ["file-too-large"]
    assert seconds < CEILING


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text("id: x\n" * 100)
    assert [p.code for p in compose_file(f, Limits(max_bytes=100)).problems] == ["file-too-large"]


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "image.yaml"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    problems = compose_file(f).problems
    assert [p.code for p in problems] == ["binary-file"]
    assert (problems[0].line, problems[0].col) == (3, 1)


def test_utf16_is_binary(tmp_path: Path) -> None:
    f = tmp_path / "utf16.yaml"
    f.write_bytes("id: x\n".encode("utf-16"))
    assert codes(f) == ["binary-file"]


def test_not_utf8_reports_the_first_bad_byte(tmp_path: Path) -> None:
    f = tmp_path / "latin1.yaml"
    f.write_bytes("id: x\ntitle: Café ok\nsummary: Jalan Raya Waru\n".encode("latin-1"))
    problems = compose_file(f).problems
    assert [p.code for p in problems] == ["not-utf8"]
    assert (problems[0].line, problems[0].col) == (2, 11)


def test_not_utf8_column_counts_characters(tmp_path: Path) -> None:
    f = tmp_path / "mixed.yaml"
    f.write_bytes("title: café ".encode() + b"\xff\n")
    problem = compose_file(f).problems[0]
    assert (problem.line, problem.col) == (1, 13)


def test_bom_is_accepted(tmp_path: Path) -> None:
    f = tmp_path / "bom.yaml"
    f.write_bytes(b"\xef\xbb\xbf" + DEMO.read_bytes())
    loaded = load_persona(f)
    assert loaded.problems == ()
    assert loaded.value is not None and loaded.value.mark_of("start").col == 8


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.yaml"
    f.write_bytes(b"")
    assert codes(f) == ["empty-file"]
    f.write_text("\n   \n")
    assert codes(f) == ["empty-file"]


def test_missing_file(tmp_path: Path) -> None:
    assert codes(tmp_path / "nope.yaml") == ["unreadable"]


def test_huge_line(tmp_path: Path) -> None:
    f = tmp_path / "long.yaml"
    f.write_text("id: x\ntitle: " + "a" * 500_000 + "\n")
    problems = compose_file(f).problems
    assert [(p.code, p.line) for p in problems] == [("line-too-long", 2)]


def test_crlf_line_endings(tmp_path: Path) -> None:
    f = tmp_path / "crlf.yaml"
    f.write_bytes(DEMO.read_bytes().replace(b"\n", b"\r\n"))
    loaded = load_persona(f)
    assert loaded.problems == ()


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        "{a: " * 50_000 + "1" + "}" * 50_000,
        "- " * 100_000 + "x\n",
    ],
    ids=["flow-list", "flow-mapping", "compact-block"],
)
def test_deep_nesting_is_refused(tmp_path: Path, text: str, parser: str) -> None:
    f = tmp_path / "deep.yaml"
    f.write_text(text)
    start = time.perf_counter()
    problems = load_persona(f).problems
    seconds = time.perf_counter() - start
    assert [(p.code, p.line) for p in problems] == [("too-deep", 1)]
    assert problems[0].col == deepest_offset(text) + 1
    assert seconds < CEILING


def deepest_offset(text: str) -> int:
    """Where the 201st collection opens in these one-line texts (0-based column)."""
    unit = {"[": 1, "{": 4, "-": 2}[text[0]]
    return unit * yamlsafe.MAX_DEPTH


def test_deeply_indented_block_is_refused(tmp_path: Path, parser: str) -> None:
    # 1 400 levels of one-space indentation: about 1 MB, deep enough for RecursionError in the
    # pure-Python composer.
    lines = [" " * level + "k:" for level in range(1400)]
    f = tmp_path / "indented.yaml"
    f.write_text("\n".join(lines) + " x\n")
    assert f.stat().st_size < 1024 * 1024
    found, seconds = timed_codes(f)
    assert found == ["too-deep"]
    assert seconds < CEILING


def test_process_survives_deep_nesting_in_a_child(tmp_path: Path) -> None:
    """A segfault would not fail a test in-process; run the loader in a child and check it."""
    f = tmp_path / "deep.yaml"
    f.write_text("[" * 100_000 + "]" * 100_000)
    g = tmp_path / "indented.yaml"
    g.write_text("\n".join(" " * level + "k:" for level in range(1400)) + " x\n")
    code = (
        "import sys\n"
        "from mockcall.core.loader import load_persona\n"
        "for f in sys.argv[1:]:\n"
        "    print(f, [p.code for p in load_persona(f).problems])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(f), str(g)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("['too-deep']") == 2


def test_depth_bound_is_cheap_and_safe() -> None:
    assert depth_bound_ok(DEMO.read_text(), yamlsafe.MAX_DEPTH)
    assert not depth_bound_ok("- " * 150 + "x", 200)
    assert not depth_bound_ok("a:\n" + " " * 150 + "b: 1\n", 200)
    assert measured_depth("[[[1]]]", 200) == 3
    assert measured_depth("a:\n  b:\n  - [1, {c: 2}]\n", 200) == 5
    assert measured_depth("[" * 1000, 200) == 201
    assert measured_depth("[" * 100_000, 200) == 201
    assert measured_depth("[" * 100_000, 200, yamlsafe.PureNodeLoader) == 201


def test_moderate_depth_within_the_limit_composes(tmp_path: Path) -> None:
    f = tmp_path / "fifty.yaml"
    f.write_text("[" * 50 + "]" * 50 + "\n")
    assert compose_file(f).problems == ()


def test_tab_in_block_scalar_is_not_an_indent_problem(tmp_path: Path) -> None:
    f = tmp_path / "tab-literal.yaml"
    f.write_text("summary: |\n  first\n  \tindented with a tab inside the text\nid: x\n")
    composed = compose_file(f)
    assert composed.problems == ()


def test_tab_indent_one_problem_per_line(tmp_path: Path) -> None:
    f = tmp_path / "tabs.yaml"
    f.write_text("a:\n\tb: 1\n\tc: 2\nd:\n  - 1\n\t- 2\n")
    problems = compose_file(f).problems
    assert [(p.code, p.line, p.col) for p in problems] == [
        ("tab-indent", 2, 1),
        ("tab-indent", 3, 1),
        ("tab-indent", 6, 1),
    ]


def test_python_tag_is_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "owned"
    f = tmp_path / "evil.yaml"
    f.write_text(
        f'id: x\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n'
        "summary: !!python/name:os.system\n"
    )
    problems = load_persona(f).problems
    assert [p.code for p in problems if p.code == "unsafe-tag"] == ["unsafe-tag", "unsafe-tag"]
    assert not marker.exists()


def test_files_are_never_modified(tmp_path: Path) -> None:
    bad = sorted((ROOT / "tests" / "data" / "bad").glob("*.yaml"))
    before = {f: (f.read_bytes(), f.stat().st_mtime_ns) for f in [*bad, DEMO]}
    for f in before:
        load_persona(f)
    after = {f: (f.read_bytes(), f.stat().st_mtime_ns) for f in before}
    assert before == after
