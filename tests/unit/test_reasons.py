"""The scorer's reasons in the reader's language: every reason a code of one table, English as
it always was, Indonesian without English in it.

Scoring knows no language; a card keeps the English sentence and the reason's code and values,
and ``shown.reason_shown`` writes it in another language. These tests hold the table complete
(both languages, the same fields, every code the scorer names), English cards unchanged, and
Indonesian cards free of English words, on every bundled persona's declared and bot paths and on
a call recorded in a store.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from store_helpers import FATAL, open_db, record_call

from mockcall.core.loader import load_library
from mockcall.core.scoring import CriterionResult, Scorecard
from mockcall.core.scoring.reason_words import TOKENS
from mockcall.core.scoring.reasons import REASONS, Reason, as_sentence, reason
from mockcall.core.scoring.shown import reason_shown
from mockcall.core.simulate import play_one_key, play_path

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT / "mockcall" / "core" / "scoring"

#: Words an Indonesian reason must never contain (outside quoted speech and codes).
ENGLISH = frozenset(
    {
        "the", "a", "an", "was", "were", "is", "are", "never", "did", "said", "within", "over",
        "happened", "not", "and", "or", "any", "of", "in", "first", "last", "before", "after",
        "limit", "took", "should", "but", "each", "time", "times", "once", "no", "to", "for",
        "with", "by",
    }
)  # fmt: skip

#: The recorded call's card as the scorer wrote it before reasons had codes.
RECORDED_EN = {
    "greet_and_name": "Said greet, identify_self in the first turn; "
    "greeted by the customer's time of day.",
    "verify_identity": "Never said: verify_identity.",
    "verify_before_disclose": "Out of order: disclose_account happened but verify_identity "
    "never did.",
    "probe_issue": "Never said: probe.",
    "acknowledge_issue": "Never said: acknowledge.",
    "no_repeats": "No line said more than once.",
    "empathy_shown": "Never said: empathize, apologize.",
    "no_trigger_phrases": "Never did rude or blame_customer.",
    "soup_call_handled": "N/A: no escalation_demand happened.",
    "hold_permission": "N/A: no hold_started happened.",
    "hold_thanks": "N/A: no hold_ended happened.",
    "hold_time": "N/A: no hold_started happened.",
    "no_dead_air": "Longest silence 6s, within 15s.",
    "warm_transfer": "N/A: no transferred happened.",
    "checked_systems": "Did explain before using the account_lookup tool.",
    "solution_offered": "Said offer_solution.",
    "expectation_set": "Said set_expectation.",
    "no_unauthorised_promise": "Never did promise_unauthorized.",
    "summary_and_close": "Said summarize, close in the last 3 turns.",
    "call_resolved": "The call ended resolved.",
    "right_disposition": "Disposition ticket_created as expected.",
    "notes_complete": "The notes mention every expected word; the notes are 64 characters.",
    "acw_in_time": "ACW took 30s, within 60s.",
    "uses_name": "Said use_name.",
}


def _fields(template: str) -> dict[str, set[str]]:
    """Field name -> the format words written after its colon."""
    out: dict[str, set[str]] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is not None:
            out.setdefault(name, set()).update((spec or "").split())
    return out


def english_words(text: str) -> set[str]:
    """The English function words in ``text``, leaving out quoted speech and codes."""
    text = re.sub(r"\"[^\"]*\"|'[^']*'|\([^()]*=[^()]*\)|N/A", " ", text)
    words = {w for w in re.findall(r"[A-Za-z_]+", text) if "_" not in w}
    return {w for w in words if w.casefold() in ENGLISH}


@pytest.mark.parametrize("code", sorted(REASONS))
def test_every_reason_reads_in_both_languages_with_the_same_fields(code: str) -> None:
    en, id_ = REASONS[code]
    assert en.strip() and id_.strip()
    assert _fields(en).keys() == _fields(id_).keys()
    for words in (*_fields(en).values(), *_fields(id_).values()):
        assert words <= TOKENS


#: A value for every field name the templates use, to render each reason once.
SAMPLE: dict[str, object] = {
    "act": "verify_identity", "acts": ["greet", "close"], "channel": "call",
    "channels": ["chat", "email"], "clock": "14:05", "code": "resolved",
    "codes": ["ticket_created", "callback_booked"],
    "count": 3, "counts": [reason("count.item", what=reason("word.act", act="greet"), count=2)],
    "day": "sat", "demands": 1, "direction": "inbound", "earlier": "verify_identity",
    "ending": "customer_hung_up", "events": ["hold_started", "transferred"],
    "expected": ["ticket_created", "resolved"], "fits": "selamat siang",
    "found": reason("hold.within", held=10, limit=120), "held": 130.5,
    "keys": ["to", "issue"], "kind": "hold_ended", "lacking": reason("lacking.any", acts=["greet"]),
    "later": "disclose_account", "length": 12, "limit": 60, "max": 2, "min": 30, "n": 2,
    "offset": "-05:00", "outcomes": ["resolved", "transferred"],
    "parts": [reason("checkback.no_hold"), reason("transfer.none")], "region": "Indonesia",
    "said": "selamat pagi", "seq": 12, "silent": 20, "text": "Please hold.", "time": "19:30",
    "took": 95, "tool": "crm_lookup", "waited": 75, "wanted": "outbound",
    "what": reason("word.event_where", kind="tool_used", where="tool=crm"),
    "where": [reason("where.after", kind="hold_ended"), reason("where.last", n=1)],
    "why": reason("word.any_call"), "words": ["bodoh", "goblok"],
}  # fmt: skip


@pytest.mark.parametrize("code", sorted(REASONS))
def test_every_reason_renders_and_reads_in_indonesian_without_english(code: str) -> None:
    names = _fields(REASONS[code][0]).keys()
    found = Reason(code, {name: SAMPLE[name] for name in names})
    assert found.render("en")
    assert english_words(found.render("id")) == set(), found.render("id")


def _codes_in_scorer() -> set[str]:
    found: set[str] = set()
    for path in SCORER.rglob("*.py"):
        if path.name == "reasons.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = getattr(node, "value", None)
            code = isinstance(value, str) and re.fullmatch(r"[a-z]+\.[a-z_]+", value)
            if isinstance(node, ast.Constant) and code:
                found.add(str(value))
    return found


def test_every_code_the_scorer_names_is_in_the_table_and_every_entry_is_used() -> None:
    used = _codes_in_scorer()
    assert used, "the scorer names no reason code"
    assert used - REASONS.keys() == set()
    assert REASONS.keys() - used == set()


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(KeyError):
        reason("hold.too_long_maybe", held=1.0)


def _bundled_cards() -> list[tuple[str, Scorecard]]:
    library = load_library([ROOT / "personas"])
    cards: list[tuple[str, Scorecard]] = []
    for persona in library.personas():
        bundle = library.bundle_for(persona)
        if bundle is None or bundle.rubric is None:
            continue
        played = [play_path(persona, bundle.account, bundle.rubric, t.path) for t in persona.tests]
        played += [
            play_one_key(persona, bundle.account, bundle.rubric, k) for k in ("first", "last")
        ]
        cards += [(persona.id, p.scorecard) for p in played if p.scorecard is not None]
    return cards


def test_bundled_calls_read_in_indonesian_without_english_and_in_english_as_stored() -> None:
    cards = _bundled_cards()
    assert len(cards) > 30
    codes: set[str] = set()
    for persona, card in cards:
        for c in card.criteria:
            assert c.reason_code in REASONS, (persona, c.id)
            codes.add(c.reason_code)
            again = Reason.from_data(c.reason_code, c.reason_args)
            assert reason_shown(c, "en") == c.reason
            assert as_sentence(again) == c.reason  # the stored sentence is the code's
            indonesian = reason_shown(c, "id")
            assert indonesian != c.reason or not english_words(c.reason), (persona, c.id)
            assert english_words(indonesian) == set(), (persona, c.id, indonesian)
    assert len(codes) > 25  # the paths reach most kinds of reason


def test_a_recorded_call_reads_in_indonesian_and_its_english_card_is_unchanged(
    tmp_path: Path,
) -> None:
    with open_db(tmp_path / "sessions.sqlite3") as store:
        session = record_call(store, FATAL)
        raw = store.scorecard(session)
    assert raw is not None
    card = Scorecard.from_dict(raw)
    assert {c.id: c.reason for c in card.criteria} == RECORDED_EN
    assert {c.id: reason_shown(c, "en") for c in card.criteria} == RECORDED_EN
    shown = {c.id: reason_shown(c, "id") for c in card.criteria}
    assert shown["verify_identity"] == "Tidak ada verifikasi identitas."
    assert shown["no_dead_air"] == "Keheningan terlama 6 detik, masih dalam batas 15 detik."
    assert shown["call_resolved"] == "Hasil panggilan: tertangani."
    assert shown["hold_permission"] == "N/A: tidak ada hold."
    for text in shown.values():
        assert english_words(text) == set(), text


def test_values_are_written_the_language_s_way() -> None:
    held = reason("hold.over", held=130.5, limit=120)
    assert held.render() == "held 130.5s in total, over the 120s limit"
    assert held.render("id") == "total hold 130,5 detik, melebihi batas 120 detik"
    acts = reason("forbids.never", acts=["rude", "blame_customer", "interrupt"])
    assert acts.render() == "never did rude or blame_customer or interrupt"
    assert acts.render("id") == (
        "tidak pernah ada sikap kasar, sikap menyalahkan pelanggan atau memotong pembicaraan"
    )
    window = reason(
        "acts.not_said_in",
        where=[reason("where.first", n=1)],
        lacking=reason("lacking.all", acts=["greet", "identify_self"]),
    )
    assert window.render() == "not said in the first turn: greet, identify_self"
    assert window.render("id") == "tidak ada salam dan perkenalan diri di giliran pertama"
    ending = reason("outcome.ended", ending="refund_issued")  # a persona's own ending
    assert ending.render("id") == "hasil panggilan: refund issued"


def test_a_card_stored_before_reasons_had_codes_reads_in_english() -> None:
    old = {
        "section": "s", "id": "c", "title": "T", "status": "fail", "points": 1.0,
        "earned": 0.0, "fatal": False, "reason": "Never said: greet.", "evidence": [],
        "coaching": "", "overridden": None, "original_status": "fail",
    }  # fmt: skip
    result = CriterionResult.from_dict(old)
    assert (result.reason_code, dict(result.reason_args)) == ("", {})
    assert reason_shown(result, "id") == "Never said: greet."
    newer = CriterionResult.from_dict({**old, "reason_code": "from.a.newer.version"})
    assert reason_shown(newer, "id") == "Never said: greet."


def test_codes_and_values_survive_the_card_s_round_trip() -> None:
    cards = _bundled_cards()[:5]
    for _, card in cards:
        again = Scorecard.from_dict(card.to_dict())
        assert again == card
        assert [c.reason_code for c in again.criteria] == [c.reason_code for c in card.criteria]
        assert [reason_shown(c, "id") for c in again.criteria] == [
            reason_shown(c, "id") for c in card.criteria
        ]
