"""Free-text matching: typed replies against the options on screen (mockcall/core/matching.py).

Fixtures are the two personas of ``tests/data/personas/match`` (one Indonesian, one English);
the labelled set is ``tests/data/matching.yaml``, scored by ``scripts/bench_matching.py``.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from mockcall.core import matching
from mockcall.core.acts import Lexicon, load_lexicon
from mockcall.core.engine import CallSession, ManualClock, OfferedOption
from mockcall.core.loader import load_library
from mockcall.core.matching import Match, match_reply
from mockcall.core.model import AccountBundle, Persona
from mockcall.core.scoring import score

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "data" / "personas" / "match"
ID = "match-sari-internet"
EN = "match-daniel-card"


@cache
def _library() -> tuple[dict[str, Persona], AccountBundle]:
    lib = load_library([FOLDER])
    personas = {p.id: p for p in lib.personas()}
    bundle = lib.bundle_for(personas[ID])
    assert bundle is not None
    return personas, bundle


def _lexicon(persona: Persona) -> Lexicon:
    return load_lexicon(persona.locale, _library()[1].account.lexicon)


def offered(persona_id: str, state: str) -> list[OfferedOption]:
    persona = _library()[0][persona_id]
    return [
        OfferedOption(n, o, o.text.replace("{agent.name}", "Rina"), o.id)
        for n, o in enumerate(persona.states[state].options, start=1)
    ]


def m(persona_id: str, state: str, text: str) -> Match:
    persona = _library()[0][persona_id]
    return match_reply(text, offered(persona_id, state), persona.locale, _lexicon(persona))


# --------------------------------------------------------------------------- clear cases


@pytest.mark.parametrize(
    ("persona", "state", "text", "option"),
    [
        (ID, "opening", "Selamat pagi, dengan Rina dari MatchNet, ada yang bisa saya bantu?",
         "open.greet"),
        (ID, "complaint", "Untuk verifikasi, boleh saya minta nomor pelanggan dan nama lengkap?",
         "comp.verify"),
        (ID, "result", "Saya buatkan tiket perbaikan, teknisi datang besok paling lambat jam 12.",
         "res.solution"),
        (EN, "opening",
         "Good morning, thank you for calling MatchNet, this is Rina. How can I help?",
         "open.greet"),
        (EN, "verified", "Thank you, I'll block the card now and order a replacement.",
         "ver.block"),
        (EN, "closing", "Is there anything else I can help you with?", "close.more"),
    ],
)  # fmt: skip
def test_clear_replies_are_taken(persona: str, state: str, text: str, option: str) -> None:
    got = m(persona, state, text)
    assert got.decision == "take", got.reason
    assert got.option_id == option
    assert got.candidates[0].option_id == option
    assert got.reason


@pytest.mark.parametrize(
    ("persona", "state", "text", "option"),
    [
        (ID, "complaint", "maaf ya bu", "comp.empathy"),
        (ID, "result", "Teknisi akan datang besok.", "res.solution"),
        (EN, "opening", "Hello, how can I help?", "open.greet"),
        (EN, "issue", "Can I have your postcode, please?", "issue.verify"),
    ],
)
def test_partial_replies_ask_first(persona: str, state: str, text: str, option: str) -> None:
    got = m(persona, state, text)
    assert got.decision == "confirm", got.reason
    assert got.option_id is None
    assert option in [c.option_id for c in got.candidates]
    assert 1 <= len(got.candidates) <= matching.MAX_CANDIDATES
    sims = [c.similarity for c in got.candidates]
    assert sims == sorted(sims, reverse=True)


@pytest.mark.parametrize(
    ("persona", "state", "text"),
    [
        (ID, "opening", "Cuaca hari ini cerah sekali ya."),
        (EN, "opening", "The weather is lovely today."),
        (EN, "closing", "Please hold the line."),
        (EN, "closing", ""),
        (EN, "closing", "?!"),
    ],
)
def test_unrelated_replies_match_nothing(persona: str, state: str, text: str) -> None:
    got = m(persona, state, text)
    assert got.decision == "none", got.reason
    assert got.option_id is None and got.candidates == ()
    assert got.acts == got.recognition.acts


def test_a_bare_wait_a_moment_is_never_taken_and_never_a_fault() -> None:
    """ "bentar ya" asks the customer to wait: the recogniser may hear a hold request (and the UI
    ask "Did you mean...?"), but nothing is played and no fault is logged."""
    got = m(ID, "check", "bentar ya, gw lagi makan")
    assert got.decision in ("none", "confirm"), got.reason
    assert got.option_id is None
    assert not set(got.recognition.acts) & {"rude", "blame_customer", "request_secret"}


def test_options_without_text_are_never_matched() -> None:
    opts = offered(EN, "verified")
    silent = OfferedOption(len(opts) + 1, opts[1].option, "", "ver.silent-hold")
    got = match_reply("", [*opts, silent], "en", _lexicon(_library()[0][EN]))
    assert got.decision == "none"


# --------------------------------------------------------------------------- faults


def test_a_rude_reply_never_matches_a_polite_option() -> None:
    got = m(EN, "opening", "Good morning, this is Rina from MatchNet, calm down and tell me.")
    assert "rude" in got.recognition.acts
    assert "open.greet" not in [c.option_id for c in got.candidates]
    assert got.decision != "take"
    assert "rude" in got.acts


def test_a_rude_reply_with_no_rude_option_is_unclear_and_keeps_rude() -> None:
    got = m(EN, "issue", "Calm down, it's not the end of the world.")
    assert got.decision == "none"
    assert "rude" in got.acts


def test_a_secret_request_keeps_request_secret_when_confirmed() -> None:
    got = m(ID, "complaint", "Mohon kirimkan password akun Ibu ke saya.")
    assert "request_secret" in got.recognition.acts
    cand = got.candidate("comp.secret")
    assert cand is not None and "request_secret" in cand.acts
    assert all("request_secret" in c.acts for c in got.candidates)


def test_option_faults_are_logged_even_when_the_words_do_not_show_them() -> None:
    """Disclosing before verification is a fact of the state: the option's tag carries it."""
    got = m(EN, "issue", "Sure, your current balance is 2,300 pounds.")
    assert got.decision == "take" and got.option_id == "issue.balance"
    assert "disclose_without_verify" not in got.recognition.acts
    assert "disclose_without_verify" in got.acts
    chat = m(EN, "issue", "ur balance is 2300")
    cand = chat.candidate("issue.balance")
    assert chat.decision == "confirm" and cand is not None
    assert "disclose_without_verify" in cand.acts


def test_the_authors_rude_line_typed_verbatim_is_taken_as_rude() -> None:
    got = m(ID, "opening", "ya mau apa lagi sih")
    assert got.decision == "take" and got.option_id == "open.rude"
    assert "rude" in got.acts


def test_good_acts_are_credited_only_for_the_options_own_words() -> None:
    short = m(ID, "opening", "halo bu")
    assert short.decision == "confirm"
    cand = short.candidate("open.greet")
    assert cand is not None and not cand.verbatim
    assert set(cand.acts) == set(short.recognition.acts)  # no identify_self for "halo bu"
    full = m(EN, "verified", "May I put you on a brief hold while I check the recent transactions?")
    assert full.decision == "take" and full.candidates[0].verbatim
    assert "request_hold" in full.acts  # the recogniser misses it; the author's tag stands


# --------------------------------------------------------------------------- negation


@pytest.mark.parametrize(
    "text",
    ["saya tidak bisa bantu", "Mohon maaf, saya tidak bisa bantu.", "sy tdk bs bantu bu",
     "saya gak bisa bantu ibu"],
)  # fmt: skip
@pytest.mark.parametrize("state", ["opening", "closing"])
def test_negated_help_is_never_the_offer_of_help(text: str, state: str) -> None:
    got = m(ID, state, text)
    assert got.decision != "take", got.reason
    assert "offer_help" not in got.acts


def test_a_question_tag_is_not_negation() -> None:
    got = m(ID, "check", "lampu LOS di modemnya kedip merah gak bu?")
    assert got.decision == "take" and got.option_id == "check.probe"


def test_negated_offer_in_english_is_not_taken() -> None:
    got = m(EN, "verified", "I can't block the card from here.")
    assert got.decision == "none"


# --------------------------------------------------------------------------- chat and typos


@pytest.mark.parametrize(
    ("persona", "state", "text", "option"),
    [
        (ID, "opening", "pagi bu, dgn rina dr matchnet, ada yg bs sy bantu?", "open.greet"),
        (ID, "result", "makasih udah nunggu ya bu", "res.thanks"),
        (ID, "complaint", "Untuk verfikasi, boleh saya tahu nomor pelangan dan nama lengkap Ibu?",
         "comp.verify"),
        (ID, "closing", "ada lg yg bs dibantu bu?", "close.more"),
        (EN, "issue", "b4 we go on can u confirm ur full name n date of birth?", "issue.verify"),
        (EN, "opening",
         "Good mornign, thank you for caling MatchNet, this is Rina. How may I help you?",
         "open.greet"),
        (EN, "closing", "Thank you for caling MatchNet, have a nice dya.", "close.bye"),
        (EN, "verified", "Baik, I'll block the card sekarang and order a replacement ya.",
         "ver.block"),
    ],
)  # fmt: skip
def test_chat_style_slang_and_typos(persona: str, state: str, text: str, option: str) -> None:
    got = m(persona, state, text)
    assert (got.decision, got.option_id) == ("take", option), got.reason


# --------------------------------------------------------------------------- the measured set


def _bench() -> ModuleType:
    scripts = str(ROOT / "scripts")
    if scripts not in sys.path:  # the bench scripts import their shared helpers from there
        sys.path.insert(0, scripts)
    path = ROOT / "scripts" / "bench_matching.py"
    spec = importlib.util.spec_from_file_location("bench_matching", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_labelled_set_meets_its_targets() -> None:
    bench = _bench()
    items = bench.load_items()
    assert len(items) >= 80
    assert {i.persona for i in items} == {ID, EN}
    assert {"formal", "chat", "slang", "mixed", "typo"} <= {i.style for i in items}
    got = bench.measures(bench.evaluate(items))
    assert got["take_precision"] >= 0.95
    assert got["decision_accuracy"] >= 0.85


def test_bench_rows_have_names_values_targets() -> None:
    rows = _bench().rows(repeat=1)
    assert all(len(r) == 3 and all(isinstance(x, str) for x in r) for r in rows)
    assert any("p99" in r[0] for r in rows)


# --------------------------------------------------------------------------- determinism, cost


def test_matching_is_deterministic_and_order_independent() -> None:
    opts = offered(EN, "issue")
    lex = _lexicon(_library()[0][EN])
    texts = ["so sorry to hear that", "can u tell me ur pin", "Can I have your postcode?", "hmm"]
    for text in texts:
        first = match_reply(text, opts, "en", lex)
        assert match_reply(text, opts, "en", lex) == first
        shuffled = list(opts)
        random.Random(7).shuffle(shuffled)
        again = match_reply(text, shuffled, "en", lex)
        assert (again.decision, again.option_id, again.candidates) == (
            first.decision,
            first.option_id,
            first.candidates,
        )


def test_option_texts_are_normalised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed sanity without a timer: a turn normalises only the reply, options come cached."""
    opts = offered(ID, "result")
    lex = _lexicon(_library()[0][ID])
    match_reply("Ada gangguan kabel fiber", opts, "id", lex)
    calls: list[str] = []
    real = matching.normalise  # type: ignore[attr-defined]

    def counting(text: str, locale: str, lexicon: Lexicon | None = None) -> list[str]:
        calls.append(text)
        return real(text, locale, lexicon)

    monkeypatch.setattr(matching, "normalise", counting)
    for _ in range(50):
        match_reply("teknisi datang besok ya bu", opts, "id", lex)
    assert calls == ["teknisi datang besok ya bu"] * 50


# --------------------------------------------------------------------------- through the engine


def test_a_matched_reply_plays_the_option_and_the_scorer_sees_the_typed_acts() -> None:
    personas, bundle = _library()
    persona = personas[ID]
    assert bundle.rubric is not None
    lex = load_lexicon(persona.locale, bundle.account.lexicon)
    s = CallSession(
        persona, bundle.account, rubric=bundle.rubric, clock=ManualClock(), agent_name="Rina"
    )
    s.start()
    assert s.answer() is None

    typed = "pagi bu, dgn rina dr matchnet, ada yg bs sy bantu?"
    got = match_reply(typed, s.offered(), persona.locale, lex)
    assert got.decision == "take" and got.option_id == "open.greet"
    assert s.say_free(typed, got.acts, got.confidence, got.option_id) is None
    assert s.state == "complaint"  # as choosing option 1 would
    said = [e for e in s.events if e.kind == "agent_said"][-1]
    assert said.data["free"] is True and said.data["text"] == typed
    assert said.data["option"] == "open.greet"
    assert set(said.data["acts"]) == set(got.acts) >= {"greet", "offer_help"}

    rude = "Calm down, it's not the end of the world."
    got = match_reply(rude, s.offered(), persona.locale, lex)
    assert got.decision == "none"
    assert s.say_free(rude, got.acts, got.confidence) is None
    assert s.state == "complaint"
    last = [e for e in s.events if e.kind == "customer_said"][-1]
    assert last.data["source"] == "unclear"

    card = score(s.events, bundle.rubric)
    rudeness = card.criterion("no_rudeness")
    assert rudeness is not None and rudeness.status == "fail"
    assert "no_rudeness" in card.fatal_failures
    greet = card.criterion("greet")
    assert greet is not None and greet.status == "pass"
