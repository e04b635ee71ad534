"""The loader turns the demonstration files into model objects with marks and no problems."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest
import yaml

from mockcall.core import model
from mockcall.core.loader import (
    Loaded,
    field_types,
    load_account,
    load_library,
    load_persona,
    load_rubric,
)
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


# --------------------------------------------------------------------------- broken inputs

BAD = ROOT / "tests" / "data" / "bad"
FIXTURES = ROOT / "tests" / "data" / "personas"
EXPECTED: dict[str, list[str]] = yaml.safe_load((BAD / "expected.yaml").read_text())


def _load_any(path: Path) -> Loaded[object]:
    if path.name.startswith("rubric-"):
        return load_rubric(path)  # type: ignore[return-value]
    if path.name.startswith("account-"):
        return load_account(path)  # type: ignore[return-value]
    return load_persona(path)  # type: ignore[return-value]


def test_every_bad_file_is_listed_and_there_are_enough() -> None:
    on_disk = {p.name for p in BAD.glob("*.yaml")} - {"expected.yaml"}
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_gives_exactly_its_problems(name: str) -> None:
    loaded = _load_any(BAD / name)
    got = [f"{p.code} {p.line}:{p.col}" for p in loaded.problems]
    assert got == EXPECTED[name]
    for p in loaded.problems:
        assert p.file == str(BAD / name)
        assert p.message and "Traceback" not in p.message
        assert str(p).startswith(f"{BAD / name}:{p.line}:{p.col}: {p.code}: ")


def test_all_problems_of_a_file_at_once() -> None:
    codes = {p.code for p in _load_any(BAD / "all-problems-at-once.yaml").problems}
    assert codes == {"bad-value", "wrong-type", "unknown-key"}
    assert len(_load_any(BAD / "all-problems-at-once.yaml").problems) == 4


def test_did_you_mean_in_messages() -> None:
    (problem,) = load_persona(BAD / "unknown-key-option.yaml").problems
    assert "did you mean 'goto'" in problem.message
    (problem,) = load_persona(BAD / "literal-not-allowed.yaml").problems
    assert "inbound, outbound" in problem.message and "did you mean 'inbound'" in problem.message


def test_duplicate_key_names_the_first_line() -> None:
    (problem,) = load_persona(BAD / "duplicate-key.yaml").problems
    assert "line 6" in problem.message


def test_yaml11_messages_say_how_to_fix() -> None:
    (as_text,) = load_persona(BAD / "yaml11-bool-as-text.yaml").problems
    assert 'quote it: "no"' in as_text.message
    (as_flag,) = load_persona(BAD / "yaml11-bool-flag.yaml").problems
    assert "write true" in as_flag.message
    (number,) = load_persona(BAD / "number-where-text-needed.yaml").problems
    assert "quote it" in number.message


# --------------------------------------------------------------------------- conveniences


def test_merge_keys_shorthands_and_plain_scalars() -> None:
    loaded = load_persona(FIXTURES / "merge-keys-and-shorthands.yaml")
    assert loaded.problems == ()
    persona = loaded.value
    assert persona is not None
    assert persona.endings == ("resolved",)
    assert persona.starts_at == "2026-03-02T10:00:00+07:00"
    assert persona.customer.utc_offset == "-05:00" and persona.customer.city == "n"
    assert persona.facts == {
        "outage_days": 3,
        "plan": "Fiber 50",
        "vip_since": "2020-01-01",
        "compensated": False,
        "rate": 1.5,
    }
    opening = persona.states["opening"]
    assert opening.say == ("Hello, my internet is down.",)
    first, second = opening.options
    assert first.id == "opening.1" and first.acts == ("greet",)
    assert second.id == "opening.polite-again"
    assert second.acts == ("greet", "identify_self")
    assert second.goto == "closing" and second.seconds == 4 and second.text == first.text
    # a merged value is marked where it was written: in the anchored block
    assert second.mark_of("goto") == first.mark_of("goto")


def test_shorthand_scalars_in_account_and_rubric(tmp_path: Path) -> None:
    account = tmp_path / "account.yaml"
    account.write_text(
        "id: shop\nname: Shop\nsop: {}\ndispositions: [resolved, {id: refund, label: Refund}]\n"
        "followups: email_summary\n"
    )
    loaded = load_account(account)
    assert loaded.problems == ()
    assert loaded.value is not None
    assert [d.id for d in loaded.value.dispositions] == ["resolved", "refund"]
    assert [f.id for f in loaded.value.followups] == ["email_summary"]
    assert loaded.value.dispositions[0].mark_of("id").line == 4


def test_content_hash_ignores_comments_and_formatting(tmp_path: Path) -> None:
    original = (TELCO / "rubric.yaml").read_text()
    reformatted = "# a new comment\n" + original.replace("pass_mark: 85", "pass_mark: 85.0  # same")
    other = tmp_path / "rubric.yaml"
    other.write_text(reformatted)
    a = load_rubric(TELCO / "rubric.yaml").value
    b = load_rubric(other).value
    assert a is not None and b is not None
    assert a.content_hash == b.content_hash
    other.write_text(original.replace("pass_mark: 85", "pass_mark: 80"))
    c = load_rubric(other).value
    assert c is not None and c.content_hash != a.content_hash


def test_library_reports_missing_paths_and_keeps_orphans(tmp_path: Path) -> None:
    lone = tmp_path / "lone.yaml"
    lone.write_text((TELCO / "darmawan-repeat-outage.yaml").read_text())
    library = load_library([tmp_path / "missing", lone])
    assert [p.code for p in library.problems] == ["unreadable"]
    assert [p.id for p in library.orphans] == ["telco-darmawan-repeat-outage"]
    assert library.bundle_for(library.orphans[0]) is None
    # the lone persona joins its account's bundle when that account is loaded too
    both = load_library([ROOT / "personas", lone])
    assert len(both.bundles["telco"].personas) == len(load_library([TELCO]).personas()) + 1


def test_field_types_are_the_type_hints_of_every_model_class() -> None:
    classes = [
        c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)
    ]
    assert len(classes) > 25
    for cls in classes:
        hints = typing.get_type_hints(cls, vars(model))
        types_ = field_types(cls)
        assert list(types_) == [f.name for f in dataclasses.fields(cls)]
        for name, hint in types_.items():
            assert hint == hints[name] and type(hint) is type(hints[name]), (cls, name)
