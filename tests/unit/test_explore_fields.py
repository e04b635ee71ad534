"""The explorer's score key against brute force, for every field of every check kind.

The score key is built from what the scoring registry's check kinds declare they read
(``mockcall.core.scoring.registry``). Here every field of ``Check`` and of ``NaRule`` gets a
small rubric on a coverage persona (tests/data/personas/cover/), the persona is explored with
no bound, every path is also played and scored one by one, and the two must agree exactly: the
lowest and highest total, the criteria never earned / never lost / always N/A, the path count,
and, for every path, the ended call the memoised score pass merged it into scores as the path
does (total, pass, criteria earned and lost). Fields are enumerated from the model, so a field
added without a case here fails.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from mockcall.core import engine
from mockcall.core import explore as x
from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.explore.scoremodel import _judged_on_acw
from mockcall.core.loader import load_library
from mockcall.core.model import Account, Check, NaRule, Persona, Rubric
from mockcall.core.scoring import Scorecard, score
from mockcall.core.scoring.registry import CHECKS, NA_FIELDS, RegistryError, model_fields, verify
from mockcall.core.simulate import finish_acw, play_step, start_session

ROOT = Path(__file__).resolve().parents[2]
COVER = ROOT / "tests" / "data" / "personas" / "cover"

_HOURS = (
    '[{name: Indonesia, offsets: ["+07:00"],'
    ' windows: [{days: [mon, tue, wed, thu, fri], start: "08:00", end: "20:00"}]}]'
)
_TIME_GREETING = (
    '{parts: [{locale: en, start: "00:00", words: [good morning]},'
    ' {locale: en, start: "12:00", words: [good afternoon]}], channels: [call, chat]}'
)

#: per field: (persona, criteria); a criterion is its check, or (na_unless, check). Each
#: rubric's criteria are worth 1, 2, 4... points, so a total tells which of them passed.
CASES: dict[str, list[tuple[str, list[Any]]]] = {
    "requires": [("voice", ["{requires: [greet]}", "{requires: [explain, close]}"])],
    "any_of": [("voice", ["{any_of: [explain, offer_solution]}", "{any_of: [use_name]}"])],
    "within_turns": [
        (
            "voice",
            [
                "{requires: [greet, use_name], within_turns: 1}",
                "{any_of: [explain], within_turns: 2}",
            ],
        )
    ],
    "last_turns": [
        (
            "voice",
            [
                "{requires: [close], last_turns: 1}",
                "{any_of: [thank_for_holding, explain], last_turns: 2}",
                "{requires: [request_hold], within_turns: 2, last_turns: 2}",
            ],
        )
    ],
    "after_event": [
        (
            "voice",
            [
                "{requires: [thank_for_holding], after_event: hold_ended}",
                "{any_of: [empathize], after_event: escalation_demand, last_turns: 3}",
            ],
        )
    ],
    "before_event": [
        (
            "voice",
            [
                "{requires: [request_hold], before_event: hold_started}",
                "{any_of: [close, rude], before_event: customer_said, within_turns: 3}",
            ],
        )
    ],
    "before": [("voice", ["{before: [greet, explain, close]}", "{before: [probe, rude]}"])],
    "forbids": [("voice", ["{forbids: [rude]}", "{forbids: [probe, request_hold]}"])],
    "forbids_after": [
        (
            "voice",
            [
                "{forbids: [close], forbids_after: {kind: flag_set, where: {flag: opt_out}}}",
                "{forbids: [probe, rude], forbids_after: escalation_demand}",
            ],
        )
    ],
    "forbids_event": [
        (
            "voice",
            [
                "{forbids_event: hold_started}",
                "{forbids_event: {kind: flag_set, where: {flag: opt_out}}}",
            ],
        )
    ],
    "requires_event": [
        (
            "voice",
            [
                "{requires_event: escalation_demand}",
                "{requires_event: {kind: tool_used, where: {tool: lookup}}}",
            ],
        )
    ],
    "max_count": [
        (
            "voice",
            [
                "{max_count: {act: rude, max: 1}}",
                "{max_count: {event: escalation_demand, max: 1}}",
                "{max_count: {act: probe, event: customer_said, max: 4}}",
            ],
        )
    ],
    "max_repeats": [("voice", ["{max_repeats: 1}", "{max_repeats: 2}"])],
    "greeting_fits_time": [("voice", ["{greeting_fits_time: true}"])],
    "max_hold_seconds": [("voice", ["{max_hold_seconds: sop}", "{max_hold_seconds: 3}"])],
    "max_dead_air_seconds": [
        ("voice", ["{max_dead_air_seconds: sop}", "{max_dead_air_seconds: 8}"]),
        ("chat", ["{max_dead_air_seconds: sop}", "{max_dead_air_seconds: 10}"]),
    ],
    "max_acw_seconds": [("voice", ["{max_acw_seconds: sop}", "{max_acw_seconds: 10}"])],
    "max_handle_seconds": [("voice", ["{max_handle_seconds: sop}", "{max_handle_seconds: 20}"])],
    "hold_checkback": [("voice", ["{hold_checkback: true}"])],
    "tool_before": [
        (
            "voice",
            [
                "{tool_before: {tool: lookup, act: explain}}",
                "{tool_before: {tool: lookup, event: hold_started}}",
            ],
        )
    ],
    "disposition_expected": [("voice", ["{disposition_expected: true}"])],
    "notes_mention_expected": [("voice", ["{notes_mention_expected: true}"])],
    "notes_min_chars": [("voice", ["{notes_min_chars: 5}", "{requires: [close]}"])],
    "outcome_in": [
        ("voice", ["{outcome_in: [resolved]}", "{outcome_in: [escalated, transferred]}"])
    ],
    "escalation_justified": [
        (
            "voice",
            [
                "{escalation_justified: {min_demands: 2, attempt_first: [offer_solution]}}",
                "{escalation_justified: {min_demands: 1, attempt_first: [empathize]}}",
            ],
        ),
        # alone: one or two demands, with the same acts (a verdict no other criterion relearns)
        ("voice", ["{escalation_justified: {min_demands: 2, attempt_first: [probe]}}"]),
    ],
    "transfer_type": [("voice", ["{transfer_type: warm}", "{transfer_type: cold}"])],
    "briefing_complete": [("voice", ["{briefing_complete: true}", "{outcome_in: [transferred]}"])],
    "time_greeting": [
        ("voice", [f"{{time_greeting: {_TIME_GREETING}}}"]),
        ("chat", [f"{{time_greeting: {_TIME_GREETING[:-1]}, name_on: [chat]}}}}"]),
    ],
    "calling_hours": [
        (
            "dial",
            [
                f"{{calling_hours: {_HOURS}}}",
                # never matches, but makes the DNC tool worth trying (it delays the dial)
                "{forbids_event: {kind: dnc_checked, where: {entries: none}}}",
            ],
        )
    ],
    "silence": [
        ("voice", ["{silence: {voice: 6}}", "{silence: {voice: 10}}"]),
        ("chat", ["{silence: {first_reply: 5, reply: 10}}", "{silence: {reply: 4}}"]),
    ],
    "disposition_fits": [
        (
            "voice",
            [
                "{disposition_fits: [{event: escalated, codes: [escalated]},"
                " {event: flag_set, where: {flag: opt_out}, codes: [dnc-request]},"
                " {act: close, codes: [resolved]}]}"
            ],
        )
    ],
    "says": [
        (
            "voice",
            [
                '{says: ["mock co", moment]}',
                '{says: ["{company}"], last_turns: 1}',
                "{says: [morning], within_turns: 1}",
                "{says: [again, thanks], after_event: hold_ended}",
            ],
        )
    ],
    "forbids_words": [
        ("voice", ['{forbids_words: [damn, "good afternoon"]}', "{forbids_words: [darn]}"])
    ],
}

#: per ``na_unless`` field: (persona, criteria), as :data:`CASES`.
NA_CASES: dict[str, list[tuple[str, list[Any]]]] = {
    "event": [("voice", [("{event: hold_ended}", "{requires: [thank_for_holding]}")])],
    "where": [("voice", [("{event: flag_set, where: {flag: opt_out}}", "{requires: [greet]}")])],
    "act": [("voice", [("{act: explain}", "{tool_before: {tool: lookup, act: explain}}")])],
    "any_event": [
        ("voice", [("{any_event: [escalated, transferred]}", "{requires: [empathize]}")])
    ],
    "any_act": [("voice", [("{any_act: [rude, probe]}", "{requires: [empathize]}")])],
    "outcome": [("voice", [("{outcome: [resolved]}", "{requires: [use_name]}")])],
    "channel": [("chat", [("{channel: [chat]}", "{requires: [use_name]}")])],
    "direction": [("dial", [("{direction: outbound}", "{requires: [use_name]}")])],
}


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    engine.clear_machine_cache()


def _rubric_yaml(criteria: list[Any]) -> str:
    lines = [
        "id: cover-rubric",
        "account: cover",
        "version: 1",
        "pass_mark: 50",
        "sections:",
        "  - id: main",
        "    weight: 100",
        "    criteria:",
    ]
    for i, crit in enumerate(criteria):
        na, check = crit if isinstance(crit, tuple) else (None, crit)
        lines += [f"      - id: c{i}", f"        points: {2**i}", f"        check: {check}"]
        if isinstance(na, list):  # several rules: na_unless_any
            lines.append(f"        na_unless_any: [{', '.join(na)}]")
        elif na is not None:
            lines.append(f"        na_unless: {na}")
    return "\n".join(lines) + "\n"


def _bundle(tmp_path: Path, persona_id: str, criteria: list[Any]):  # type: ignore[no-untyped-def]
    for name in ("account.yaml", f"{persona_id}.yaml"):
        shutil.copy(COVER / name, tmp_path / name)
    (tmp_path / "rubric.yaml").write_text(_rubric_yaml(criteria), encoding="utf-8")
    lib = load_library([tmp_path])
    assert not [p for p in lib.problems if p.severity == "error"], lib.problems
    persona = lib.persona(f"cover-{persona_id}")
    assert persona is not None
    bundle = lib.bundle_for(persona)
    assert bundle is not None
    return persona, bundle.account, bundle.rubric


def _every_path(
    persona: Persona, account: Account, rubric: Rubric
) -> list[tuple[tuple[str, ...], Scorecard]]:
    """Every step sequence the explorer may take, played and scored one by one: (path, card)."""
    rel = x._relevance(persona, account, rubric, False)
    root, clock = start_session(persona, account, rubric)
    root.detach()
    cards: list[tuple[tuple[str, ...], Scorecard]] = []
    todo: list[tuple[CallSession, ManualClock, tuple[str, ...]]] = [(root, clock, ())]
    while todo:
        s, clk, path = todo.pop()
        if s.ending is not None:
            finish_acw(s, clk, persona, account)
            cards.append((path, score(s.events, rubric)))
            continue
        for step in x.actions(s, rel):
            child, child_clock = x.fork(s, clk)
            if play_step(child, child_clock, step, persona, account) is None:
                todo.append((child, child_clock, (*path, step.raw)))
    return cards


def _score_pass(persona: Persona, account: Account, rubric: Rubric, limits: x.Limits) -> Any:
    """The score pass's product graph, run to the end."""
    out = x.Exploration(persona.id)
    rel = x._relevance(persona, account, rubric, False)
    root, clock = start_session(persona, account, rubric)
    root.detach()
    graph = x._Graph(persona, account, rel, out, root, clock)
    x._explore_graph(graph, limits, out)
    scorer = x._Scorer(persona, account, rubric, limits, out, graph)
    root, clock = start_session(persona, account, rubric)
    root.detach()
    scorer.run(root, clock)
    return scorer


def _claimed(scorer: Any, path: tuple[str, ...]) -> Any:
    """What the score pass says a path scores: follow its steps to the ended call it merged into."""
    state = 0
    for raw in path:
        state = next(w for step, w in scorer.succ[state] if step == raw)
    leaf = scorer.leaf[state]
    return leaf.point, leaf.earned, leaf.lost


def _assert_exact(tmp_path: Path, persona_id: str, criteria: list[Any]) -> None:
    persona, account, rubric = _bundle(tmp_path, persona_id, criteria)
    limits = x.Limits(max_depth=200, max_paths=100_000, score_paths=100_000)
    r = x.explore(persona, account, rubric, limits)
    assert r.complete and r.score_complete, r.bounds_hit
    played = _every_path(persona, account, rubric)
    cards = [card for _, card in played]
    assert r.min_score is not None and r.max_score is not None
    assert (r.min_score.total, r.max_score.total) == (
        min(c.total for c in cards),
        max(c.total for c in cards),
    )
    assert r.paths == len(cards)
    ids = [c.id for _, c in rubric.criteria()]
    earned = {c.id for card in cards for c in card.criteria if c.status == "pass"}
    lost = {c.id for card in cards for c in card.criteria if c.status == "fail"}
    assert r.criteria_always_na == [c for c in ids if c not in earned | lost]
    assert r.criteria_never_earned == [c for c in ids if c in lost and c not in earned]
    never_lost = [c for c in ids if c in earned and c not in lost]
    acw_only = {c.id for _, c in rubric.criteria() if _judged_on_acw(c.check, persona, account)}
    assert r.criteria_never_lost == [c for c in never_lost if c not in acw_only]
    # every path, followed through the memoised graph, lands on an ended call scoring as it does
    scorer = _score_pass(persona, account, rubric, limits)
    for path, card in played:
        real = (
            (card.total, card.passed, card.ending),
            frozenset(c.id for c in card.criteria if c.status == "pass"),
            frozenset(c.id for c in card.criteria if c.status == "fail"),
        )
        assert _claimed(scorer, path) == real, ",".join(path)


def _cases(model: type[object], table: dict[str, Any]) -> list[Any]:
    return [
        pytest.param(name, persona, criteria, id=f"{model.__name__}.{name}[{persona}]")
        for name in model_fields(model)
        for persona, criteria in table.get(name) or [("missing", [])]
    ]


@pytest.mark.parametrize(("field", "persona_id", "criteria"), _cases(Check, CASES))
def test_every_check_field_scores_exactly(
    tmp_path: Path, field: str, persona_id: str, criteria: list[Any]
) -> None:
    assert persona_id != "missing", f"Check.{field} has no case in CASES: add one"
    assert any(field in str(c) for c in criteria)
    _assert_exact(tmp_path, persona_id, criteria)


@pytest.mark.parametrize(("field", "persona_id", "criteria"), _cases(NaRule, NA_CASES))
def test_every_na_unless_field_scores_exactly(
    tmp_path: Path, field: str, persona_id: str, criteria: list[Any]
) -> None:
    assert persona_id != "missing", f"NaRule.{field} has no case in NA_CASES: add one"
    _assert_exact(tmp_path, persona_id, criteria)


def test_na_unless_any_scores_exactly(tmp_path: Path) -> None:
    """A criterion that applies for either of two reasons reads what both rules read."""
    rules = ["{event: hold_ended}", "{any_act: [rude, probe]}"]
    _assert_exact(tmp_path, "voice", [(rules, "{requires: [empathize]}"), "{requires: [greet]}"])


def test_cases_name_only_model_fields() -> None:
    assert set(CASES) == set(model_fields(Check))
    assert set(NA_CASES) == set(model_fields(NaRule)) == set(NA_FIELDS)
    assert {f for kind in CHECKS for f in kind.fields} == set(model_fields(Check))


def test_a_field_no_check_kind_declares_fails_loudly() -> None:
    """The registry refuses a ``Check`` field that no kind owns (so nothing declares what it
    reads); importing the registry runs the same check."""
    verify(CHECKS)
    without_last = CHECKS[:-1]
    with pytest.raises(RegistryError, match=CHECKS[-1].key):
        verify(without_last)
