"""The explorer on hand-countable personas (tests/data/personas/sim/) and on the bundled set."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockcall.core import engine
from mockcall.core.explore import Limits, explore, fork
from mockcall.core.lint import lint_library
from mockcall.core.loader import load_library
from mockcall.core.simulate import parse_path, play_path, play_step, start_session

ROOT = Path(__file__).resolve().parents[2]
SIM = ROOT / "tests" / "data" / "personas" / "sim"


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    engine.clear_machine_cache()


def _sim(persona_id: str):  # type: ignore[no-untyped-def]
    lib = load_library([SIM])
    persona = lib.persona(persona_id)
    assert persona is not None
    bundle = lib.bundle_for(persona)
    assert bundle is not None
    return persona, bundle.account, bundle.rubric


def test_tiny_counts_by_hand() -> None:
    persona, account, rubric = _sim("sim-tiny")
    r = explore(persona, account, rubric)
    assert r.complete and r.score_complete
    assert r.paths == 4  # 2 openings x 2 endings
    assert r.graph_nodes == 4  # a, b (both openings merge: nothing differs), 2 endings
    assert r.states == {"a": (), "b": ("1",)}
    assert r.endings == {"resolved": ("1", "1"), "customer_hung_up": ("1", "2")}
    assert r.min_score is not None and r.max_score is not None
    assert (r.min_score.total, r.min_score.path[0]) == (0.0, "2")
    assert (r.max_score.total, r.max_score.path[0]) == (100.0, "1")
    assert r.criteria_always_na == ["looked_up"] and not r.errors


def test_tool_gated_option_and_tool_before() -> None:
    persona, account, rubric = _sim("sim-gated")
    r = explore(persona, account, rubric)
    assert r.paths == 3  # 1 | tool:lookup,1 | tool:lookup,2
    assert r.min_score is not None and r.min_score.total == 100.0
    assert set(r.criteria_never_lost) == {"greet", "polite", "looked_up"}
    assert not r.options_never_offered


def test_traps_are_found() -> None:
    persona, account, rubric = _sim("sim-trap")
    r = explore(persona, account, rubric)
    assert r.graph_complete
    assert r.dead_ends == {"gated": ("2",)}
    assert [states for states, _ in r.loops] == [("loop_a", "loop_b")]
    assert r.unreachable == ["demand"]
    assert r.escalation is False
    assert r.endings_never == ["refunded"]
    assert ("start", "start.hidden") in r.options_never_offered
    assert len(r.errors) == 2


def test_lint_codes_and_severities() -> None:
    problems = lint_library(load_library([SIM]))
    got = {(Path(p.file).name, p.code, p.severity) for p in problems}
    assert ("trap.yaml", "dead-end", "error") in got
    assert ("trap.yaml", "no-exit", "error") in got
    assert ("trap.yaml", "option-never-offered", "warning") in got
    assert ("trap.yaml", "escalation-unreachable", "warning") in got
    assert ("trap.yaml", "unreachable-state", "warning") in got
    assert ("gated.yaml", "criterion-never-lost", "warning") in got
    assert not any(p.severity == "error" for p in problems if "tiny" in p.file)


def test_fork_matches_play_path() -> None:
    """A path played through forks gives the same log as play_path (timing and all)."""
    persona, account, rubric = _sim("sim-gated")
    steps = parse_path("tool:lookup,2")
    assert isinstance(steps, list)
    s, clock = start_session(persona, account, rubric)
    s.detach()
    for step in steps:
        s, clock = fork(s, clock)
        assert play_step(s, clock, step, persona, account) is None
    direct = play_path(persona, account, rubric, steps)
    mine = [(e.kind, e.t) for e in s.events]
    assert mine == [(e.kind, e.t) for e in direct.events][: len(mine)]


def test_shortest_paths_replay_to_their_endings() -> None:
    lib = load_library([ROOT / "personas"])
    persona = lib.persona("telco-darmawan-repeat-outage")
    assert persona is not None
    bundle = lib.bundle_for(persona)
    assert bundle is not None
    r = explore(persona, bundle.account, bundle.rubric, Limits(max_paths=300))
    assert r.endings
    for ending, path in r.endings.items():
        run = play_path(persona, bundle.account, bundle.rubric, ",".join(path))
        assert run.completed and run.ending == ending


def test_every_bundled_persona_explores_without_traps() -> None:
    """(How long it takes is measured by scripts/bench.py, not asserted here.)"""
    lib = load_library([ROOT / "personas"])
    for persona in lib.personas():
        bundle = lib.bundle_for(persona)
        assert bundle is not None
        r = explore(persona, bundle.account, bundle.rubric)
        assert not r.errors, (persona.id, r.errors)
        assert r.min_score is not None


@pytest.mark.parametrize(
    "persona_id", ["telco-darmawan-repeat-outage", "outbound-agus-consent-dnc"]
)
def test_recorded_events_score_like_the_engine(persona_id: str) -> None:
    """The score pass walks the graph with the events the graph pass recorded; feeding it
    the engine's own events instead must give the same answers, path counts included."""
    lib = load_library([ROOT / "personas"])
    persona = lib.persona(persona_id)
    assert persona is not None
    bundle = lib.bundle_for(persona)
    assert bundle is not None
    fast = explore(persona, bundle.account, bundle.rubric, Limits(max_paths=400, score_paths=None))
    slow = explore(
        persona,
        bundle.account,
        bundle.rubric,
        Limits(max_paths=400, score_paths=None, engine_events=True),
    )
    assert slow.steps > fast.steps  # the check really ran the engine on every edge
    for r in (fast, slow):
        r.seconds, r.steps = 0.0, 0
    assert fast.to_dict() == slow.to_dict()


def test_darmawan_max_covers_the_declared_best_playthrough() -> None:
    lib = load_library([ROOT / "personas"])
    persona = lib.persona("telco-darmawan-repeat-outage")
    assert persona is not None
    bundle = lib.bundle_for(persona)
    assert bundle is not None
    best = max(
        play_path(persona, bundle.account, bundle.rubric, t.path).scorecard.total
        for t in persona.tests
    )
    r = explore(persona, bundle.account, bundle.rubric)
    assert r.max_score is not None and r.max_score.total >= best
    run = play_path(persona, bundle.account, bundle.rubric, ",".join(r.max_score.path))
    assert run.completed and run.scorecard.total == r.max_score.total
    assert r.min_score is not None and r.min_score.total <= r.max_score.total


BRUTE = ROOT / "tests" / "data" / "personas" / "brute"


def _every_path(persona, account, rubric):  # type: ignore[no-untyped-def]
    """Play every step sequence the explorer may take, one by one, without any memo."""
    from mockcall.core.explore import _relevance, actions
    from mockcall.core.scoring import score
    from mockcall.core.simulate import finish_acw

    rel = _relevance(persona, account, rubric, False)
    root, clock = start_session(persona, account, rubric)
    root.detach()
    cards = []
    todo = [(root, clock)]
    while todo:
        s, clk = todo.pop()
        if s.ending is not None:
            finish_acw(s, clk, persona, account)
            cards.append(score(s.events, rubric))
            continue
        for step in actions(s, rel):
            child, child_clock = fork(s, clk)
            if play_step(child, child_clock, step, persona, account) is None:
                todo.append((child, child_clock))
    return cards


def test_memo_keys_lose_nothing_against_brute_force() -> None:
    """Every path played separately gives the same path count, score range and criteria as
    the memoised search: the behaviour key (settled moods included) and the score key merge
    only prefixes with the same futures."""
    lib = load_library([BRUTE])
    persona = lib.persona("brute-mood")
    assert persona is not None
    bundle = lib.bundle_for(persona)
    assert bundle is not None
    rel_reach = explore(persona, bundle.account, bundle.rubric, Limits(max_paths=1))
    assert rel_reach.min_score is not None
    r = explore(
        persona,
        bundle.account,
        bundle.rubric,
        Limits(max_paths=100_000, score_paths=100_000),
    )
    assert r.complete and r.score_complete
    assert bundle.rubric is not None
    cards = _every_path(persona, bundle.account, bundle.rubric)  # type: ignore[no-untyped-call]
    assert r.paths == len(cards) > 500
    assert r.min_score is not None and r.max_score is not None
    assert r.min_score.total == min(c.total for c in cards)
    assert r.max_score.total == max(c.total for c in cards)
    earned = {c.id for card in cards for c in card.criteria if c.status == "pass"}
    lost = {c.id for card in cards for c in card.criteria if c.status == "fail"}
    crits = [c.id for _, c in bundle.rubric.criteria()]
    assert r.criteria_never_lost == [c for c in crits if c in earned and c not in lost]
    assert r.criteria_never_earned == [c for c in crits if c in lost and c not in earned]
    assert r.leaf_hits > 0  # merges really happened


@pytest.mark.parametrize(
    "persona_id",
    ["bank-hartono-otp-offer", "shop-ratna-seller-formal-email", "outbound-yuni-dont-call-again"],
)
def test_reported_extremes_replay_to_their_totals(persona_id: str) -> None:
    """Most ended calls are totalled from per-criterion verdicts learnt on earlier scorecards
    (equal projections of the score key); the lowest and highest paths the search reports,
    played and scored for real, must give exactly the totals it claims."""
    lib = load_library([ROOT / "personas"])
    persona = lib.persona(persona_id)
    assert persona is not None
    bundle = lib.bundle_for(persona)
    assert bundle is not None
    r = explore(persona, bundle.account, bundle.rubric)
    assert r.leaf_hits > 0
    for point in (r.min_score, r.max_score):
        assert point is not None
        run = play_path(persona, bundle.account, bundle.rubric, ",".join(point.path))
        assert run.completed and run.ending == point.ending
        assert run.scorecard.total == point.total and run.scorecard.passed == point.passed


def test_totals_from_learnt_verdicts_match_real_scorecards() -> None:
    """Every ended call the score pass totalled, played and scored for real: the same total,
    pass/fail and criteria (most of them came from verdicts learnt on other calls)."""
    from mockcall.core import explore as x

    lib = load_library([ROOT / "personas"])
    persona = lib.persona("telco-darmawan-repeat-outage")
    assert persona is not None
    bundle = lib.bundle_for(persona)
    assert bundle is not None
    account, rubric = bundle.account, bundle.rubric
    limits = Limits(max_paths=150, score_paths=300)
    out = x.Exploration(persona.id)
    rel = x._relevance(persona, account, rubric, False)
    root, clock = start_session(persona, account, rubric)
    root.detach()
    graph = x._Graph(persona, account, rel, out, root, clock)
    x._explore_graph(graph, limits, out)
    assert rubric is not None
    scorer = x._Scorer(persona, account, rubric, limits, out, graph)
    root, clock = start_session(persona, account, rubric)
    root.detach()
    scorer.run(root, clock)
    assert out.leaf_hits > len(scorer.leaf) // 2
    for pid, leaf in scorer.leaf.items():
        card = scorer._card(pid, None)
        assert card is not None
        assert (float(card.total), card.passed, card.ending) == leaf.point
        assert {c.id for c in card.criteria if c.status == "pass"} == leaf.earned
        assert {c.id for c in card.criteria if c.status == "fail"} == leaf.lost


class _Ticks:
    """A clock that moves one second each time it is read: a time budget of N seconds allows
    a fixed number of readings, whatever the machine."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def test_a_time_budget_cuts_the_search_and_says_so() -> None:
    lib = load_library([BRUTE])
    persona = lib.persona("brute-mood")
    assert persona is not None
    bundle = lib.bundle_for(persona)
    assert bundle is not None
    unbounded = Limits(max_paths=100_000, score_paths=100_000)
    whole = explore(persona, bundle.account, bundle.rubric, unbounded)
    assert whole.complete and whole.score_complete and whole.bounds_hit == []
    budget = Limits(max_paths=100_000, score_paths=100_000, seconds=50.0, clock=_Ticks())
    cut = explore(persona, bundle.account, bundle.rubric, budget)
    assert cut.bounds_hit == ["time 50 s"]
    assert not cut.score_complete and 0 < cut.score_nodes < whole.score_nodes
    # the graph pass stops at its share (40 %), the score pass goes on to the end of the budget
    assert cut.graph_nodes < whole.graph_nodes
    assert cut.min_score is not None and cut.min_score.total >= whole.min_score.total  # type: ignore[union-attr]
