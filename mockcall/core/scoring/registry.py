"""The check registry: every check kind a rubric can use, what judges it and what it reads.

Why one registry: the scorer runs the checks, and the explorer memoises paths on a score key
that must keep what those checks read of a call. Both take the list from here, so a check kind
cannot be scored without the explorer knowing what it depends on. Each :class:`CheckKind`
names the ``Check`` fields it owns, the function that judges them and the function that
declares what they read (in the vocabulary of :class:`~mockcall.core.scoring.reads.Reads`).
``na_unless`` is declared the same way (:data:`NA_FIELDS`, :func:`reads_na`).

Importing this module checks that every field of ``Check`` and of ``NaRule`` is owned by a
registered kind (:func:`verify`): a field added to the model without a declaration of what it
reads fails at import, before any score could be wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import Final

from mockcall.core.model import Check, NaRule
from mockcall.core.scoring.call import Call, Outcome
from mockcall.core.scoring.checks import acts, acw, clock, escalation, events, holds
from mockcall.core.scoring.reads import Reads


class RegistryError(RuntimeError):
    """The registry and the rubric model disagree (a field nobody declared, or a typo)."""


@dataclass(frozen=True, slots=True)
class CheckKind:
    """One check key of a rubric: the ``Check`` fields it reads (its own key first, then the
    modifiers it shares with other kinds), how it is judged and what it reads of a call."""

    fields: tuple[str, ...]
    judge: Callable[[Check, Call], Outcome | None]
    reads: Callable[[Check, Reads], None]

    @property
    def key(self) -> str:
        return self.fields[0]


_WINDOW: Final = ("within_turns", "last_turns", "after_event", "before_event")

#: Every check kind, in ``Check`` field order: the first failing one gives the reason.
CHECKS: Final[tuple[CheckKind, ...]] = (
    CheckKind(("requires", *_WINDOW), acts.check_requires, acts.reads_requires),
    CheckKind(("any_of", *_WINDOW), acts.check_any_of, acts.reads_any_of),
    CheckKind(("before",), acts.check_before, acts.reads_before),
    CheckKind(("forbids", "forbids_after"), acts.check_forbids, acts.reads_forbids),
    CheckKind(("forbids_event",), events.check_forbids_event, events.reads_forbids_event),
    CheckKind(("requires_event",), events.check_requires_event, events.reads_requires_event),
    CheckKind(("max_count",), events.check_max_count, events.reads_max_count),
    CheckKind(("max_repeats",), events.check_max_repeats, events.reads_max_repeats),
    CheckKind(("greeting_fits_time",), clock.check_greeting, clock.reads_greeting),
    CheckKind(("max_hold_seconds",), holds.check_max_hold, holds.reads_max_hold),
    CheckKind(("max_dead_air_seconds",), holds.check_dead_air, holds.reads_dead_air),
    CheckKind(("max_acw_seconds",), acw.check_max_acw, acw.reads_max_acw),
    CheckKind(("max_handle_seconds",), clock.check_max_handle, clock.reads_max_handle),
    CheckKind(("hold_checkback",), holds.check_hold_checkback, holds.reads_hold_checkback),
    CheckKind(("tool_before",), events.check_tool_before, events.reads_tool_before),
    CheckKind(("disposition_expected",), acw.check_disposition, acw.reads_disposition),
    CheckKind(("notes_mention_expected",), acw.check_notes_mention, acw.reads_notes_mention),
    CheckKind(("notes_min_chars",), acw.check_notes_min_chars, acw.reads_notes_min_chars),
    CheckKind(("outcome_in",), acw.check_outcome, acw.reads_outcome),
    CheckKind(("escalation_justified",), escalation.check_escalation, escalation.reads_escalation),
    CheckKind(("transfer_type",), escalation.check_transfer_type, escalation.reads_transfer_type),
    CheckKind(("briefing_complete",), escalation.check_briefing, escalation.reads_briefing),
    CheckKind(("time_greeting",), clock.check_greeting_time, clock.reads_greeting_time),
    CheckKind(("calling_hours",), clock.check_calling_hours, clock.reads_calling_hours),
    CheckKind(("silence",), holds.check_silence, holds.reads_silence),
    CheckKind(("disposition_fits",), acw.check_disposition_fits, acw.reads_disposition_fits),
    CheckKind(("forbids_words",), events.check_forbids_words, events.reads_forbids_words),
    CheckKind(("says", *_WINDOW), acts.check_says, acts.reads_says),
)

#: The ``NaRule`` fields :func:`reads_na` declares (``channel`` and ``direction`` are fixed
#: for a call, so they read nothing of its past).
NA_FIELDS: Final = (
    "event",
    "where",
    "act",
    "any_event",
    "any_act",
    "outcome",
    "channel",
    "direction",
)


def reads_na(rule: NaRule, need: Reads) -> None:
    """What ``na_unless`` reads of a call (see ``judge._not_applicable``)."""
    if rule.event is not None:
        need.event(rule.event, rule.where)
    if rule.act is not None:
        need.acts((rule.act,))
    for kind in rule.any_event:
        need.event(kind, {})
    need.acts(rule.any_act)
    if rule.outcome:
        need.ending()


def reads_check(check: Check, need: Reads) -> None:
    """Declare to ``need`` what every key of ``check`` reads of a call."""
    for kind in CHECKS:
        kind.reads(check, need)


def model_fields(model: type[object]) -> tuple[str, ...]:
    """The rubric-facing fields of a model class (positions and other internals left out)."""
    return tuple(
        f.name
        for f in fields(model)  # type: ignore[arg-type]
        if not f.metadata.get("internal")
    )


def verify(kinds: Iterable[CheckKind] = CHECKS) -> None:
    """Raise :class:`RegistryError` unless every ``Check`` and ``NaRule`` field is declared.

    A field with no registered kind would be scored by nobody, or (worse) scored by code the
    explorer knows nothing of; a declared name that is no field is a typo.
    """
    check_fields = set(model_fields(Check))
    declared = {name for kind in kinds for name in kind.fields}
    problems = [f"Check.{name} has no registered check kind" for name in check_fields - declared]
    problems += [f"no Check field {name!r} (registry typo)" for name in declared - check_fields]
    na_fields = set(model_fields(NaRule))
    problems += [f"NaRule.{n} is not declared in NA_FIELDS" for n in na_fields - set(NA_FIELDS)]
    problems += [f"no NaRule field {n!r} (NA_FIELDS typo)" for n in set(NA_FIELDS) - na_fields]
    if problems:
        raise RegistryError("scoring registry: " + "; ".join(sorted(problems)))


verify()
