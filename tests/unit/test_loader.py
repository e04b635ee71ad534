"""The loader turns the demonstration files into model objects with marks and no problems."""

from __future__ import annotations

from pathlib import Path

from mockcall.core.loader import load_account, load_library, load_persona, load_rubric
from mockcall.core.model import Account, Persona, Rubric

ROOT = Path(__file__).resolve().parents[2]
TELCO = ROOT / "personas" / "telco"


def test_demo_persona_loads_without_problems() -> None:
    loaded = load_persona(TELCO / "darmawan-repeat-outage.yaml")
    assert loaded.problems == ()
    persona = loaded.value
    assert isinstance(persona, Persona)
    assert persona.id == "telco-darmawan-repeat-outage"
    assert persona.source == str(TELCO / "darmawan-repeat-outage.yaml")
    assert persona.customer.phone == "081233450917"
    assert persona.facts["previous_tickets"] == 2
    assert persona.mood.acts["rude"] == 25
    # option ids default to <state>.<n>, 1-based
    assert [o.id for o in persona.states["opening"].options] == ["opening.1", "opening.2"]
    assert persona.states["complaint"].options[0].id == "complaint.empathy-verify"
    # marks are 1-based and point at the value
    assert persona.mark_of("start").line == 42
    assert persona.mark_of("start").col == 8
    assert persona.at.line == 4 and persona.at.col == 1


def test_demo_account_and_rubric_load_without_problems() -> None:
    account = load_account(TELCO / "account.yaml")
    rubric = load_rubric(TELCO / "rubric.yaml")
    assert account.problems == () and rubric.problems == ()
    assert isinstance(account.value, Account) and isinstance(rubric.value, Rubric)
    assert account.value.tool("ticketing") is not None
    assert len(rubric.value.content_hash) == 64
    assert rubric.value.source == str(TELCO / "rubric.yaml")


def test_library_of_the_demo_folder() -> None:
    library = load_library([ROOT / "personas"])
    assert library.problems == ()
    bundle = library.bundles["telco"]
    assert bundle.rubric is not None
    persona = library.persona("telco-darmawan-repeat-outage")
    assert persona is not None
    assert library.bundle_for(persona) is bundle
    assert str(TELCO / "account.yaml") in library.files


def test_single_persona_file_brings_its_account() -> None:
    library = load_library([TELCO / "darmawan-repeat-outage.yaml"])
    assert library.problems == ()
    assert [p.id for p in library.personas()] == ["telco-darmawan-repeat-outage"]
    persona = library.personas()[0]
    bundle = library.bundle_for(persona)
    assert bundle is not None and bundle.account.id == "telco" and bundle.rubric is not None
