"""``score``: each criterion judged by the registered checks, overrides applied, totalled.

The entry point stays small: which checks exist and what they read is the registry's
(:mod:`mockcall.core.scoring.registry`), the arithmetic is :mod:`~mockcall.core.scoring.totals`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mockcall.core.events import Event
from mockcall.core.model import Criterion, NaRule, Rubric
from mockcall.core.scoring.call import Call
from mockcall.core.scoring.card import CriterionResult, Evidence, Scorecard, Status, rubric_hash
from mockcall.core.scoring.predicates import described, matching, matching_kind
from mockcall.core.scoring.reasons import Reason, as_sentence, reason
from mockcall.core.scoring.registry import CHECKS
from mockcall.core.scoring.totals import points_earned, tally


def score(events: Sequence[Event], rubric: Rubric) -> Scorecard:
    """Score a call's event log against a rubric. Pure: same inputs, same card.

    A log that never reached ``call_ended`` (an abandoned call) is scored on what happened.
    ``override`` events are not part of the call: they only replace criterion statuses; a
    trainee's ``misheard`` flag is not read at all (the card is the same without it).
    """
    call = Call.of(events)
    results: list[CriterionResult] = []
    for section, criterion in rubric.criteria():
        status, why, evidence = _judge(criterion, call, rubric.abnormal_endings)
        over = call.overrides.get(criterion.id)
        final: Status = over.status if over is not None else status
        points = float(criterion.points)
        earned = points_earned(final, points, over)
        results.append(
            CriterionResult(
                section=section.id,
                id=criterion.id,
                title=criterion.title or criterion.id,
                status=final,
                points=points,
                earned=earned,
                fatal=criterion.fatal,
                reason=as_sentence(why),
                evidence=evidence,
                coaching=criterion.coaching,
                overridden=over,
                original_status=status,
                reason_code=why.code,
                reason_args=why.to_data()["args"],
            )
        )

    sections, total, fatal_failures, passed = tally(rubric, results)
    return Scorecard(
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        rubric_hash=rubric.content_hash or rubric_hash(rubric),
        total=total,
        passed=passed,
        pass_mark=float(rubric.pass_mark),
        fatal_failures=fatal_failures,
        sections=sections,
        criteria=tuple(results),
        ending=call.ending,
    )


def _judge(
    criterion: Criterion, call: Call, abnormal: Sequence[str] = ()
) -> tuple[Status, Reason, tuple[Evidence, ...]]:
    """Status, reason and evidence of one criterion, before any override."""
    if criterion.na_unless is not None:
        why_na = _not_applicable(criterion.na_unless, call, abnormal)
        if why_na is not None:
            return "na", why_na, ()
    if criterion.na_unless_any:
        found = [_not_applicable(rule, call, abnormal) for rule in criterion.na_unless_any]
        whys = [why for why in found if why is not None]
        if len(whys) == len(found):
            return "na", reason("na.none_of", parts=whys), ()
    outcomes = [kind.judge(criterion.check, call) for kind in CHECKS]
    given = [o for o in outcomes if o is not None]
    if not given:
        status: Status = "pass"
        why = reason("checks.none")
        evidence: tuple[Evidence, ...] = ()
    else:
        failed = next((o for o in given if not o.ok), None)
        if failed is not None:
            status, why, evidence = "fail", failed.reason, _sorted(failed.evidence)
        else:
            why = given[0].reason
            if len(given) > 1:
                why = reason("checks.all", parts=[o.reason for o in given])
            status, evidence = "pass", _sorted(e for o in given for e in o.evidence)
    settled = criterion.review_unless is not None and bool(matching(criterion.review_unless, call))
    if criterion.review and not settled:
        # A judgement the log cannot settle: the checks' finding is a hint for the reviewer.
        hint = reason("review.needed") if not given else reason("review.hint", found=why)
        return "review", hint, evidence
    return status, why, evidence


def _sorted(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Evidence in log order, each event once, its notes joined (a turn can earn two acts)."""
    seen: dict[int, Evidence] = {}
    for e in evidence:
        had = seen.get(e.seq)
        if had is None:
            seen[e.seq] = e
        elif e.note and e.note not in had.note.split("; "):
            note = f"{had.note}; {e.note}" if had.note else e.note
            seen[e.seq] = Evidence(had.seq, had.t, had.speaker, had.text, note)
    return tuple(seen[s] for s in sorted(seen))


def _not_applicable(rule: NaRule, call: Call, abnormal: Sequence[str] = ()) -> Reason | None:
    """Why the criterion is N/A, or None if every condition of ``na_unless`` holds.

    An ending in ``abnormal`` (the rubric's ``abnormal_endings``: the agent hung up) does not
    make an outcome-bound criterion N/A: a call cut short by the agent must not be spared its
    closing, so the criterion is judged on what happened — and missed.
    """
    if rule.event is not None and not matching_kind(rule.event, rule.where, call):
        return reason("na.no_event", what=described(rule.event, rule.where))
    if rule.act is not None and not call.turns_with(rule.act):
        return reason("na.no_act", act=rule.act)
    if rule.any_event and not any(call.first(k) for k in rule.any_event):
        return reason("na.no_any_event", events=list(rule.any_event))
    if rule.any_act and not any(call.turns_with(a) for a in rule.any_act):
        return reason("na.no_any_act", acts=list(rule.any_act))
    if rule.outcome and call.ending not in rule.outcome and call.ending not in abnormal:
        if call.ending:
            return reason("na.outcome", ending=call.ending, outcomes=list(rule.outcome))
        return reason("na.outcome_never", outcomes=list(rule.outcome))
    if rule.channel and call.channel not in rule.channel:
        return reason("na.channel", channels=list(rule.channel), channel=call.channel)
    if rule.direction is not None:
        direction = str(call.started.get("direction", "inbound"))
        if direction != rule.direction:
            return reason("na.direction", wanted=rule.direction, direction=direction)
    return None
