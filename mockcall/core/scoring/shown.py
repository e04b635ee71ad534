"""How a score is written wherever it is shown: one function per figure.

The trainee's score screen, the review screens, ``sessions show``, the HTML scorecard and the
exports read the same card; these functions make them write it the same way: a criterion's
points as ``earned/points`` (``N/A`` when it does not apply, ``?/points`` while it waits for a
reviewer), a section's score as a percent or ``N/A``, and its weight as the share it had in the
total (``effective_weight``: the weight of N/A sections redistributed), never the raw weight
one screen and the effective one another.

A criterion's reason is written here too (:func:`reason_shown`): the card keeps the English
sentence and the reason's code, and a screen asks for it in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from mockcall.core.scoring.reasons import REASONS, Reason, as_sentence

if TYPE_CHECKING:
    from mockcall.core.scoring.card import CriterionResult

NOT_APPLICABLE = "N/A"


def points_shown(status: str, earned: float, points: float) -> str:
    if status == "na":
        return NOT_APPLICABLE
    if status == "review":
        return f"?/{points:g}"
    return f"{earned:g}/{points:g}"


def section_score_shown(na: bool, score: float) -> str:
    """A section's 0..1 share as a percent with one decimal, or N/A."""
    return NOT_APPLICABLE if na else f"{score * 100:.1f}"


def section_weight(section: Mapping[str, Any] | Any) -> float:
    """The weight a section had in the total (a card's dict or a SectionResult)."""
    if isinstance(section, Mapping):
        return float(section.get("effective_weight", section.get("weight", 0.0)))
    return float(section.effective_weight)


def reason_shown(result: CriterionResult, lang: str = "en") -> str:
    """A criterion's reason in ``lang``: rendered from its code where it has one, else the
    stored English sentence (a card stored before reasons had codes, or a code this version
    does not know). English is always the stored sentence, as exports and old cards have it."""
    if lang == "en" or result.reason_code not in REASONS:
        return result.reason
    try:
        return as_sentence(Reason.from_data(result.reason_code, result.reason_args), lang)
    except (KeyError, ValueError, IndexError, TypeError, AttributeError):
        return result.reason  # values a newer or damaged card wrote differently
