"""A card's titles and coaching in the reader's language, from its rubric's ``translations``.

The card keeps the rubric's own text (``title``, ``coaching``), as exports and stored cards
always have; a screen showing it to someone reading another language asks a :class:`Wording`
for that language's text. A translation is used only where the rubric's own text is the card's
(same title, same tip): a rubric of another version, or a card a reviewer reads against a
rubric edited since, never puts a translation of other words beside a line.

Translations are not part of a rubric's hash (``core.canonical``), so the rubric that scored a
card is found by the card's ``rubric_hash`` whether or not it was translated since.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mockcall.core.model import CriterionTranslation, Rubric, Translation
    from mockcall.core.scoring.card import CriterionResult, SectionResult


@dataclass(frozen=True)
class Wording:
    """One rubric's translations, by section and criterion id, with the text they translate."""

    sections: Mapping[str, tuple[str, Mapping[str, Translation]]] = field(default_factory=dict)
    criteria: Mapping[str, tuple[str, str, Mapping[str, CriterionTranslation]]] = field(
        default_factory=dict
    )

    @classmethod
    def of(cls, rubric: Rubric | None) -> Wording:
        """The translations of ``rubric`` (none for no rubric)."""
        if rubric is None:
            return cls()
        return cls(
            {
                s.id: (s.title or s.id, {str(k): v for k, v in s.translations.items()})
                for s in rubric.sections
                if s.translations
            },
            {
                c.id: (c.title or c.id, c.coaching, {str(k): v for k, v in c.translations.items()})
                for _, c in rubric.criteria()
                if c.translations
            },
        )

    def __bool__(self) -> bool:
        return bool(self.sections or self.criteria)

    def section_title(self, result: SectionResult, lang: str) -> str:
        own, translations = self.sections.get(result.id, ("", {}))
        found = translations.get(lang)
        if found is None or own != result.title:
            return result.title or result.id
        return found.title or result.title or result.id

    def criterion_title(self, result: CriterionResult, lang: str) -> str:
        own, _, translations = self.criteria.get(result.id, ("", "", {}))
        found = translations.get(lang)
        if found is None or own != result.title:
            return result.title or result.id
        return found.title or result.title or result.id

    def coaching(self, result: CriterionResult, lang: str) -> str:
        _, own, translations = self.criteria.get(result.id, ("", "", {}))
        found = translations.get(lang)
        if found is None or own != result.coaching:
            return result.coaching
        return found.coaching or result.coaching


#: No translations: every text as the card has it.
NO_WORDING = Wording()
