"""Scoring: an event log and a rubric in, a scorecard out.

``score(events, rubric)`` is a pure function.  It reads no clock, no file and no random source,
so the same log scored by the same rubric gives the same card today and years later — which is
what makes a review, a calibration session or an export trustworthy.  Everything a check needs is
in the log: the account's SOP limits and the persona's expectations are copied into
``call_started`` by the engine.

The card carries *why* for every line: a plain-sentence reason and the evidence (the events and
transcript lines that earned or lost it), because a QA score that cannot be argued with the
transcript is useless to a trainee. The reason is English on the card and also a code with its
values (:mod:`.reasons`), so it can be shown in the reader's language without the scorer
knowing any.  Reviewer overrides are events too, so re-scoring a reviewed
call reproduces the reviewed card.

The package is split by what changes together: the card (:mod:`.card`), its arithmetic
(:mod:`.totals`), the indexed call (:mod:`.call`), shared predicates (:mod:`.predicates`,
:mod:`.timeline`), one module per family of checks (:mod:`.checks`) and the registry that lists
every check kind with what it reads (:mod:`.registry`, :mod:`.reads`), which the explorer builds
its score key from.  This module re-exports the names callers import.

The contract is ``docs/semantics.md`` ("Scoring" and "Scoring notes").
"""

from __future__ import annotations

from mockcall.core.scoring.call import Call, Outcome, Turn
from mockcall.core.scoring.card import (
    OVERRIDE_STATUSES,
    STATUSES,
    CriterionResult,
    Evidence,
    Override,
    Scorecard,
    SectionResult,
    Status,
    rubric_hash,
)
from mockcall.core.scoring.judge import score
from mockcall.core.scoring.reads import Reads
from mockcall.core.scoring.registry import CHECKS, NA_FIELDS, CheckKind, RegistryError
from mockcall.core.scoring.totals import coaching, tally

# The names the single-module scorer had, for callers that reached into it.
_Call = Call
_Turn = Turn
_Outcome = Outcome

__all__ = [
    "CHECKS",
    "NA_FIELDS",
    "OVERRIDE_STATUSES",
    "STATUSES",
    "Call",
    "CheckKind",
    "CriterionResult",
    "Evidence",
    "Outcome",
    "Override",
    "Reads",
    "RegistryError",
    "Scorecard",
    "SectionResult",
    "Status",
    "Turn",
    "coaching",
    "rubric_hash",
    "score",
    "tally",
]
