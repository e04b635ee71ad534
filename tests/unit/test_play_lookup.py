"""`mockcall play ID` loads only that persona's account; anything unusual loads everything."""

from __future__ import annotations

import argparse
from pathlib import Path

from mockcall.commands.common import find_persona, persona_file

ROOT = Path(__file__).resolve().parents[2]
PERSONAS = ROOT / "personas"


def args() -> argparse.Namespace:
    return argparse.Namespace(personas=[str(PERSONAS)])


def test_the_id_line_finds_the_file() -> None:
    path = persona_file([PERSONAS], "telco-nadia-vip-viral")
    assert path is not None and path.parent.name == "telco"
    assert persona_file([PERSONAS], "telco") is None  # the account's id is not a persona


def test_play_by_id_loads_only_its_account() -> None:
    found = find_persona(args(), "bank-hartono-otp-offer", only_its_account=True)
    assert not isinstance(found, str)
    persona, bundle, library = found
    assert persona.id == "bank-hartono-otp-offer" and bundle.account.id == "bank"
    assert [p.id for p in library.personas()] == ["bank-hartono-otp-offer"]
    assert bundle.rubric is not None


def test_unknown_id_still_suggests_a_near_one() -> None:
    found = find_persona(args(), "bank-hartono-otp-ofer", only_its_account=True)
    assert isinstance(found, str) and "did you mean 'bank-hartono-otp-offer'" in found
