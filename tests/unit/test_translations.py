"""A rubric's ``translations``: titles and coaching in another UI language, checked like every
other key, and never part of what is scored or hashed.

A translation changes what a reader sees, not the score: a translated rubric keeps its hash (so
its stored sessions still find it) and scores a call exactly as before. A language mockcall does
not have, or a key a translation does not take, is a ``file:line:col`` problem like any other.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from mockcall.core.loader import load_rubric
from mockcall.core.model import Rubric
from mockcall.core.scoring import score
from mockcall.core.scoring.wording import NO_WORDING, Wording
from mockcall.core.simulate import play_path

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "personas" / "schema" / "rubric.schema.json"

PLAIN = """\
id: tiny
account: tui
version: 1
title: Tiny QA
sections:
  - id: opening
    title: Opening
    weight: 100
    criteria:
      - id: greet
        title: Greeting first
        check: {requires: [greet], within_turns: 1}
        coaching: Open with a greeting.
"""

TRANSLATED = """\
id: tiny
account: tui
version: 1
title: Tiny QA
translations: {id: {title: QA mungil}}
sections:
  - id: opening
    title: Opening
    weight: 100
    translations: {id: {title: Pembukaan}}
    criteria:
      - id: greet
        title: Greeting first
        check: {requires: [greet], within_turns: 1}
        coaching: Open with a greeting.
        translations:
          id: {title: Salam di awal, coaching: Buka dengan salam.}
          en: {coaching: "Open with a greeting, always."}
"""


def _write(tmp_path: Path, text: str, name: str = "rubric.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _rubric(path: Path) -> Rubric:
    loaded = load_rubric(path)
    assert loaded.problems == ()
    assert loaded.value is not None
    return loaded.value


def test_translations_load_and_give_the_card_s_text_in_a_language(tmp_path: Path) -> None:
    rubric = _rubric(_write(tmp_path, TRANSLATED))
    assert rubric.translations["id"].title == "QA mungil"
    greet = rubric.sections[0].criteria[0]
    assert greet.translations["id"].coaching == "Buka dengan salam."
    assert greet.translations["en"].title == ""  # not given: the title as written

    card = score([], rubric)
    wording = Wording.of(rubric)
    section, result = card.sections[0], card.criteria[0]
    assert wording.section_title(section, "id") == "Pembukaan"
    assert wording.criterion_title(result, "id") == "Salam di awal"
    assert wording.coaching(result, "id") == "Buka dengan salam."
    assert wording.criterion_title(result, "en") == "Greeting first"
    assert wording.coaching(result, "en") == "Open with a greeting, always."
    assert NO_WORDING.criterion_title(result, "id") == "Greeting first"


def test_a_translation_of_other_words_is_not_used(tmp_path: Path) -> None:
    """A card read against a rubric whose text changed since keeps its own words."""
    card = score([], _rubric(_write(tmp_path, PLAIN)))
    edited = TRANSLATED.replace("title: Greeting first", "title: Greeting in turn one")
    wording = Wording.of(_rubric(_write(tmp_path, edited, "edited.yaml")))
    assert wording.criterion_title(card.criteria[0], "id") == "Greeting first"
    assert wording.coaching(card.criteria[0], "id") == "Buka dengan salam."  # same tip


def test_translations_leave_the_hash_and_the_score_alone(tmp_path: Path) -> None:
    plain = _rubric(_write(tmp_path, PLAIN, "plain.yaml"))
    translated = _rubric(_write(tmp_path, TRANSLATED))
    assert translated.content_hash == plain.content_hash
    bundled = ROOT / "personas" / "telco"
    library_rubric = _rubric(bundled / "rubric.yaml")
    assert library_rubric.sections[0].translations  # the bundled rubrics are translated
    from mockcall.core.loader import load_library

    library = load_library([bundled])
    persona = library.persona("telco-darmawan-repeat-outage")
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None and bundle.rubric is not None
    path = persona.tests[0].path
    with_words = play_path(persona, bundle.account, bundle.rubric, path).scorecard
    stripped = _strip(bundle.rubric)
    without = play_path(persona, bundle.account, stripped, path).scorecard
    assert with_words is not None and without is not None
    assert with_words == without


def _strip(rubric: Rubric) -> Rubric:
    """``rubric`` with every translation taken out."""
    import dataclasses

    sections = tuple(
        dataclasses.replace(
            s,
            translations={},
            criteria=tuple(dataclasses.replace(c, translations={}) for c in s.criteria),
        )
        for s in rubric.sections
    )
    return dataclasses.replace(rubric, translations={}, sections=sections)


@pytest.mark.parametrize(
    ("edit", "where", "message"),
    [
        (
            ("{id: {title: Pembukaan}}", "{id: {title: Pembukaan}, fr: {title: Ouverture}}"),
            "10:44",
            "unknown-key: 'translations': 'fr' is not one of: id, en",
        ),
        (
            ("translations: {id: {title: QA", "translations: {ind: {title: QA"),
            "5:16",
            "unknown-key: 'translations': 'ind' is not one of: id, en (did you mean 'id'?)",
        ),
        (
            ('en: {coaching: "Open', 'en: {tip: "Open'),
            "18:16",
            "unknown-key: unknown key 'tip' in criterion translation",
        ),
        (
            ("{id: {title: Pembukaan}}", "{id: {title: Pembukaan, coaching: Buka.}}"),
            "10:43",
            "unknown-key: unknown key 'coaching' in translation",
        ),
    ],
)
def test_unknown_languages_and_keys_are_problems_with_their_place(
    tmp_path: Path, edit: tuple[str, str], where: str, message: str
) -> None:
    assert edit[0] in TRANSLATED
    path = _write(tmp_path, TRANSLATED.replace(edit[0], edit[1]))
    problems = [str(p) for p in load_rubric(path).problems]
    assert problems == [f"{path}:{where}: {message}"]


def test_the_schema_takes_translations_and_refuses_an_unknown_language() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data: Any = yaml.safe_load(TRANSLATED)
    jsonschema.validate(data, schema)
    data["sections"][0]["translations"]["fr"] = {"title": "Ouverture"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
