"""How a QA team's rules about fatal errors and cut-short calls reach the score.

* ``fatal_policy``: a fatal error always fails the call; ``zero`` also scores it 0, ``fail``
  (the default) keeps the total so a reviewer sees what was done well.
* ``abnormal_endings``: when the agent hangs up, a criterion that applies only to other
  outcomes (the closing, ``na_unless: {outcome: [resolved]}``) is missed instead of N/A, so
  cutting a call short is never rewarded; a rubric can list no endings to keep them N/A.
"""

from __future__ import annotations

import dataclasses

from engine_fixtures import account, rubric, shop_persona

from mockcall.core import canonical
from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.events import Event
from mockcall.core.model import Check, Criterion, NaRule, Rubric, Section
from mockcall.core.scoring import score


def _call(*steps: str) -> list[Event]:
    clock = ManualClock()
    s = CallSession(shop_persona(), account(), clock=clock, trainee="rina", option_order="file")
    s.start()
    s.answer()
    for step in steps:
        clock.advance(3)
        refused = s.choose_id(step) if step != "hang up" else s.end_call()
        assert refused is None, refused
    return list(s.events)


def _with_closing(base: Rubric, **changes: object) -> Rubric:
    closing = Section(
        id="closing",
        weight=20,
        criteria=(
            Criterion(
                id="close",
                na_unless=NaRule(outcome=("resolved",)),
                check=Check(requires=("close",)),
            ),
        ),
    )
    return dataclasses.replace(base, sections=(*base.sections, closing), **changes)  # type: ignore[arg-type]


def test_a_fatal_error_fails_the_call_and_zero_also_scores_it_nothing() -> None:
    events = _call("greet.hello", "issue.blame", "hang up")
    kept = score(events, rubric())
    zeroed = score(events, dataclasses.replace(rubric(), fatal_policy="zero"))
    assert kept.fatal_failures == zeroed.fatal_failures == ("no_blame",)
    assert not kept.passed and not zeroed.passed
    assert kept.total > 0 and zeroed.total == 0.0
    assert kept.sections == zeroed.sections  # what was done well is still shown


def test_hanging_up_on_the_customer_misses_the_closing_instead_of_skipping_it() -> None:
    events = _call("hang up")
    card = score(events, _with_closing(rubric()))
    assert card.ending == "agent_hung_up"
    close = next(c for c in card.criteria if c.id == "close")
    assert close.status == "fail"

    lenient = score(events, _with_closing(rubric(), abnormal_endings=()))
    close = next(c for c in lenient.criteria if c.id == "close")
    assert close.status == "na" and close.reason.startswith("N/A: the call ended agent_hung_up")
    assert lenient.total > card.total


def test_a_rubric_that_says_nothing_of_the_new_rules_keeps_its_hash() -> None:
    plain = rubric()
    assert canonical.content_hash(plain) == canonical.content_hash(
        dataclasses.replace(plain, fatal_policy="fail", abnormal_endings=("agent_hung_up",))
    )
    assert canonical.content_hash(plain) != canonical.content_hash(
        dataclasses.replace(plain, fatal_policy="zero")
    )
