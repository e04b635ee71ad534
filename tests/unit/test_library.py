"""The bundled persona library: a trainer can adopt it on day one.

Given the four accounts shipped in ``personas/``, these tests prove that

* ``mockcall validate`` and ``mockcall lint --strict`` find nothing (warnings included);
* every playthrough a persona declares under ``tests:`` ends as declared (ending, pass/fail,
  fatal criteria, score band) through the public engine;
* the library covers what a BPO floor trains on: directions, channels, languages, difficulties
  and the classic traps;
* every criterion of every account's rubric is both earned and lost by some declared
  playthrough of that account, so no line of a scorecard is dead weight;
* personas do not share lines, so no two calls feel alike.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from mockcall.cli import main
from mockcall.core import engine
from mockcall.core.loader import Library, load_library
from mockcall.core.model import AccountBundle, Persona, PersonaTest
from mockcall.core.simulate import Playthrough, play_path

ROOT = Path(__file__).resolve().parents[2]
PERSONAS = ROOT / "personas"

#: Traps the library promises, by persona tag.
TRAPS = (
    "otp-offered",
    "third-party",
    "dnc-number",
    "outside-hours",
    "vip-viral",
    "silent",
    "elderly",
    "chatty",
    "formal-email",
    "dont-call-again",
)

#: How many identical lines two personas may share.
MAX_SHARED_LINES = 3


@cache
def library() -> Library:
    return load_library([PERSONAS])


def personas() -> list[Persona]:
    return sorted(library().personas(), key=lambda p: p.id)


def bundle(persona: Persona) -> AccountBundle:
    found = library().bundle_for(persona)
    assert found is not None, f"{persona.id}: no account '{persona.account}'"
    return found


def declared() -> Iterator[tuple[Persona, PersonaTest]]:
    for persona in personas():
        for test in persona.tests:
            yield persona, test


@cache
def playthrough(persona_id: str, test_index: int) -> Playthrough:
    persona = library().persona(persona_id)
    assert persona is not None
    found = bundle(persona)
    return play_path(persona, found.account, found.rubric, persona.tests[test_index].path)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    engine.clear_machine_cache()


# ----------------------------------------------------------------------------- the CLI gates


def test_validate_finds_no_problem(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", "--format", "text", str(PERSONAS)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.strip().startswith("ok:"), out
    assert "no problems" in out


def test_lint_finds_no_problem_not_even_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["lint", "--strict", str(PERSONAS)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.strip() == f"ok: {len(personas())} persona(s), no problems", out


# ----------------------------------------------------------------------- declared playthroughs


@pytest.mark.parametrize(
    ("persona_id", "index"),
    [(p.id, i) for p in personas() for i, _ in enumerate(p.tests)],
    ids=[f"{p.id}:{t.name[:50]}" for p, t in declared()],
)
def test_declared_playthrough_ends_as_declared(persona_id: str, index: int) -> None:
    persona = library().persona(persona_id)
    assert persona is not None
    test = persona.tests[index]
    run = playthrough(persona_id, index)
    where = f"{persona_id}: {test.name}"
    assert run.completed, (where, [str(r) for r in run.refusals], run.path_error)
    assert run.ending == test.ending, where
    card = run.scorecard
    assert card is not None, where
    assert test.min_score <= card.total <= test.max_score, (where, card.total)
    if test.passed is not None:
        assert card.passed == test.passed, (where, card.total, card.fatal_failures)
    assert set(card.fatal_failures) == set(test.fatal), where


def test_every_persona_declares_the_four_golden_playthroughs() -> None:
    """Best path, a fatal path, a soup call handled well and one handled badly."""
    for persona in personas():
        kinds: set[str] = set()
        for index, test in enumerate(persona.tests):
            run = playthrough(persona.id, index)
            card = run.scorecard
            assert card is not None
            demanded = any(e.kind == "escalation_demand" for e in run.events)
            if test.passed is True and test.min_score >= 90 and not demanded:
                kinds.add("best")
            if test.passed is False and test.fatal:
                kinds.add("fatal")
            if demanded and card.passed and run.ending not in ("escalated", "customer_hung_up"):
                kinds.add("soup-handled")
            if demanded and not card.passed:
                kinds.add("soup-badly")
        assert kinds == {"best", "fatal", "soup-handled", "soup-badly"}, (persona.id, kinds)


def test_declared_tests_state_ending_and_score_band() -> None:
    for persona, test in declared():
        assert test.ending, (persona.id, test.name)
        assert (test.min_score, test.max_score) != (0.0, 100.0), (persona.id, test.name)
        assert test.passed is not None, (persona.id, test.name)


# ------------------------------------------------------------------------------- coverage


def test_library_size_and_mix() -> None:
    all_personas = personas()
    assert len(all_personas) >= 14
    locales = Counter(p.locale for p in all_personas)
    assert locales["id"] >= 8 and locales["en"] >= 4, locales
    assert {p.direction for p in all_personas} == {"inbound", "outbound"}
    assert {p.channel for p in all_personas} == {"call", "chat", "email"}
    assert {p.difficulty for p in all_personas} == {1, 2, 3, 4, 5}
    assert {p.account for p in all_personas} == {"telco", "bank", "shop", "outbound"}
    telco = [p for p in all_personas if p.account == "telco"]
    assert {p.locale for p in telco} == {"id", "en"}


def test_international_personas_carry_culture_and_time_zone() -> None:
    english = [p for p in personas() if p.locale == "en"]
    assert {p.region for p in english} == {"international"}
    for persona in english:
        assert len(persona.culture) > 80, persona.id
        assert persona.customer.utc_offset, persona.id
    cultures = " ".join(p.culture for p in english)
    for country in ("American", "British", "Australian"):
        assert country in cultures


def test_every_trap_is_in_the_library() -> None:
    tags = {tag for p in personas() for tag in p.tags}
    assert set(TRAPS) <= tags, sorted(set(TRAPS) - tags)


def test_trap_details_are_real_not_only_tags() -> None:
    by_tag = {tag: [p for p in personas() if tag in p.tags] for tag in TRAPS}
    assert any(e.dnc for p in by_tag["dnc-number"] for e in p.call_list)
    assert any(p.customer.vip for p in by_tag["vip-viral"])
    assert any(p.channel == "email" and p.subject for p in by_tag["formal-email"])
    assert any(p.direction == "outbound" for p in by_tag["dont-call-again"])
    hours = [p for p in by_tag["outside-hours"]]
    assert any(e.utc_offset != p.customer.utc_offset for p in hours for e in p.call_list), (
        "an outside-hours trap needs a number in another time zone"
    )
    outbound_accounts = {p.account for p in personas() if p.direction == "outbound"}
    for account in outbound_accounts:
        assert library().bundles[account].account.sop.calling_hours is not None


def test_every_persona_has_mood_paths_facts_and_tools() -> None:
    for persona in personas():
        mood = persona.mood
        assert mood.demand_state in persona.states, persona.id
        assert mood.calm_state in persona.states, persona.id
        assert persona.facts, persona.id
        tools = {t.id: t for t in bundle(persona).account.tools}
        by_tool = {f for t in tools.values() for f in t.reveals if f in persona.facts}
        by_probe = {f for s in persona.states.values() for o in s.options for f in o.reveal}
        assert by_tool, f"{persona.id}: no fact comes from a tool"
        assert by_probe, f"{persona.id}: no fact comes from probing"
        used = _placeholders(persona)
        assert used & by_probe, f"{persona.id}: no probed fact is used in a later line"


def test_every_state_has_a_hint_variants_and_a_choice() -> None:
    for persona in personas():
        for name, state in persona.states.items():
            assert state.hint, (persona.id, name)
            assert len(state.say) >= 2, (persona.id, name)
            if name != persona.mood.demand_state:
                assert len(state.options) >= 2, (persona.id, name)


# ----------------------------------------------------------------------------- the rubrics


def test_rubrics_are_scorecards_a_qa_lead_would_sign() -> None:
    for account_id, found in library().bundles.items():
        rubric = found.rubric
        assert rubric is not None, account_id
        assert sum(s.weight for s in rubric.sections) == pytest.approx(100), account_id
        assert 80 <= rubric.pass_mark <= 90, account_id
        criteria = [c for _, c in rubric.criteria()]
        assert any(c.fatal for c in criteria), account_id
        assert all(c.coaching for c in criteria), account_id
        assert any(c.na_unless is not None for c in criteria), account_id


def test_every_rubric_criterion_can_be_earned_and_lost() -> None:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for persona in personas():
        for index, _ in enumerate(persona.tests):
            card = playthrough(persona.id, index).scorecard
            for result in card.criteria:
                seen[(persona.account, result.id)].add(result.status)
    missing = []
    for account_id, found in library().bundles.items():
        assert found.rubric is not None
        if not found.personas:
            continue  # a card for real contacts (qa): its dev transcripts cover it (test_qa.py)
        for _, criterion in found.rubric.criteria():
            statuses = seen[(account_id, criterion.id)]
            if not {"pass", "fail"} <= statuses:
                missing.append((account_id, criterion.id, sorted(statuses)))
    assert not missing, missing


def test_no_two_personas_share_more_than_a_few_lines() -> None:
    lines = {p.id: _lines(p) for p in personas()}
    crowded = []
    for a, b in itertools.combinations(sorted(lines), 2):
        shared = lines[a] & lines[b]
        if len(shared) > MAX_SHARED_LINES:
            crowded.append((a, b, sorted(shared)))
    assert not crowded, crowded


def _lines(persona: Persona) -> set[str]:
    out: set[str] = set()
    for state in persona.states.values():
        out |= set(state.say) | set(state.again)
        for option in state.options:
            if option.text:
                out.add(option.text)
            out |= set(option.reply)
    return out


_PLACEHOLDER = re.compile(r"\{facts\.([a-z0-9_]+)\}")


def _placeholders(persona: Persona) -> set[str]:
    return {m for line in _lines(persona) for m in _PLACEHOLDER.findall(line)}
