"""The trainee app as a trainee meets it: a real ``mockcall play`` in an 80x24 pseudo-terminal.

One assessment call is played to its score screen with the keys a trainee presses, reading the
option numbers off the screen (an assessment shuffles them). Then the same screens are walked
with ``--lang id`` and every English string of the UI table found on them is a failure: the
customer speaks the persona's language, everything else is Indonesian.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from terminal import Terminal  # tests/integration/terminal.py

from mockcall.tui.i18n import STRINGS

ROOT = Path(__file__).resolve().parents[2]
MOCKCALL = str(Path(sys.executable).with_name("mockcall"))
FIXTURES = ROOT / "tests" / "data" / "personas" / "tui"
#: English names from the fixture account that have an Indonesian wording there
ACCOUNT_ENGLISH = ("Customer lookup", "Line status", "Billing dates", "Email a summary")


@pytest.fixture
def terminals(tmp_path: Path) -> Iterator[list[Terminal]]:
    started: list[Terminal] = []
    yield started
    for term in started:
        term.kill()


def play(started: list[Terminal], tmp_path: Path, *args: str) -> Terminal:
    env = {**os.environ, "MOCKCALL_DATA_DIR": str(tmp_path), "MOCKCALL_CONFIG_DIR": str(tmp_path)}
    env.pop("MOCKCALL_DB", None)
    argv = [MOCKCALL, "play", "tui-inbound-basic", "--personas", str(FIXTURES), "--seed", "4"]
    term = Terminal([*argv, "--trainee", "Rina", *args], env=env, cwd=ROOT, cols=80, rows=24)
    started.append(term)
    return term


def option_key(term: Terminal, starts: str) -> str:
    """The number the options box shows now in front of the reply starting with ``starts``."""
    found = re.search(rf"(\d)\. {re.escape(starts)}", term.text())
    assert found, f"no option {starts!r} on the screen:\n{term.text()}"
    return found.group(1)


def say(term: Terminal, starts: str, then: str) -> None:
    term.wait_for(starts)
    term.press(option_key(term, starts))
    term.wait_for(then)


def finish_acw(term: Terminal, notes: str) -> None:
    """Notes, the first disposition (Space on the radio list), Ctrl+S."""
    term.settle()  # the form is drawn and the notes have the cursor
    term.type(notes)
    term.press("tab", "space", "ctrl+s")


def test_an_assessment_call_to_its_score_screen(terminals, tmp_path) -> None:  # type: ignore[no-untyped-def]
    term = play(terminals, tmp_path, "--mode", "assessment", "--lang", "en")
    term.wait_for("RINGING")
    term.press("a")
    say(term, "Good morning, Tiny Telco, this is Rina.", "When is my bill due?")
    say(term, "Your bill is due on the 5th.", "Great, thanks!")
    say(term, "Thank you for calling Tiny Telco.", "Disposition")
    finish_acw(term, "Bill due on the 5th, explained.")
    term.wait_for("PASS  100.0%")
    assert "Ending: resolved" in term.text()
    term.press("q")
    assert term.close() == 0


def test_the_indonesian_screens_hold_no_english_ui_string(terminals, tmp_path) -> None:  # type: ignore[no-untyped-def]
    term = play(terminals, tmp_path, "--lang", "id")
    seen: list[str] = []

    def look(words: str) -> None:
        term.wait_for(words)
        term.settle()
        seen.append(term.text())

    look("BERDERING")
    term.press("a")
    look("Jawaban Anda")
    assert term.text().splitlines()[-1].rstrip().endswith("f1 Tombol")  # the legend fits
    term.press("u")
    look("Cek pelanggan")
    term.press("escape", "k")
    look("Tanggal tagihan")
    term.press("escape", "1")
    look("When is my bill due?")
    term.press("1")
    look("pelanggan di-hold")
    term.press("h")
    look("kembali dari hold")
    term.press("1")
    look("Great, thanks!")
    term.press("1")
    look("Disposisi")
    finish_acw(term, "Tagihan jatuh tempo tanggal 5.")
    term.wait_for("LULUS")
    # the scorecard below its header is the rubric's own wording and the scorer's reasons
    seen.append("\n".join(term.text().splitlines()[:3]))
    term.press("t")
    look("Anda: Thank you for holding.")
    english = _english_fragments()
    left = sorted({f for f in english if any(f in screen for screen in seen)})
    assert left == [], "English on the Indonesian screens:\n" + "\n\n".join(seen)


def _english_fragments() -> set[str]:
    """The English text of every UI string that has its own Indonesian wording, cut at the
    ``{fields}``: the pieces a trainee would read (three words or more)."""
    pieces: set[str] = set(ACCOUNT_ENGLISH)
    for en, idn in STRINGS.values():
        if en == idn:
            continue
        for piece in re.split(r"\{[^}]*\}|\n", en):
            piece = piece.strip(" .,:;—()")
            if piece.count(" ") >= 2:  # three words: not a persona's hint sharing two
                pieces.add(piece)
    return pieces
