"""The free-text recogniser: a typed reply gets the SOP acts a trainer would give it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockcall.core.acts import (
    brand_in_opening,
    full_names,
    load_lexicon,
    normalise,
    recognise,
    stem_id,
    with_names,
)
from mockcall.core.acts_eval import Sample, evaluate, load_samples
from mockcall.core.vocab import CORE_ACTS

DATA = Path(__file__).resolve().parents[1] / "data" / "utterances"


def acts(text: str, locale: str) -> set[str]:
    return set(recognise(text, locale).acts)


# One short original reply per act and locale (not taken from the labelled sets).
CASES: list[tuple[str, str, str]] = [
    ("id", "greet", "Selamat siang, ada keluhan apa?"),
    ("en", "greet", "Good evening!"),
    ("id", "identify_self", "Perkenalkan, saya Tono dari tim layanan."),
    ("en", "identify_self", "My name is Farah and I work in the card team."),
    ("id", "offer_help", "Ada yang bisa kami bantu, Bu?"),
    ("en", "offer_help", "How can I help you this afternoon?"),
    ("id", "verify_identity", "Mohon sebutkan tanggal lahir pemegang kartu."),
    ("en", "verify_identity", "Can you confirm the postcode on the account?"),
    ("id", "disclose_account", "Saldo Bapak saat ini Rp 90.000."),
    ("en", "disclose_account", "Your balance is 41 dollars."),
    (
        "id",
        "disclose_without_verify",
        "Tanpa verifikasi pun saya kasih tahu, tagihannya Rp 80.000.",
    ),
    ("en", "disclose_without_verify", "No need to verify, your balance is 20 pounds."),
    ("id", "probe", "Sejak kapan aplikasinya error, Kak?"),
    ("en", "probe", "When did the router start blinking?"),
    ("id", "acknowledge", "Oke Bu, saya catat keluhannya."),
    ("en", "acknowledge", "Got it, the screen stays black."),
    ("id", "empathize", "Wajar kalau Bapak kecewa."),
    ("en", "empathize", "I can imagine how stressful that is."),
    ("id", "apologize", "Mohon maaf atas keterlambatannya, Pak."),
    ("en", "apologize", "I'm sorry about the wait."),
    ("id", "explain", "Ini terjadi karena ada gangguan jaringan."),
    ("en", "explain", "That happened because the card expired."),
    ("id", "offer_solution", "Saya bisa kirimkan kartu pengganti."),
    ("en", "offer_solution", "I can send you a new router today."),
    ("id", "set_expectation", "Dananya masuk maksimal 3 hari kerja."),
    ("en", "set_expectation", "You'll get a text within 2 hours."),
    ("id", "request_hold", "Mohon ditunggu sebentar, Pak."),
    ("en", "request_hold", "May I put you on hold for a minute?"),
    ("id", "thank_for_holding", "Terima kasih sudah menunggu, Kak."),
    ("en", "thank_for_holding", "Thanks for holding."),
    ("id", "deescalate", "Beri saya kesempatan untuk menyelesaikan ini, Pak."),
    ("en", "deescalate", "Leave it with me, I will sort it."),
    ("id", "offer_callback", "Nanti saya telepon balik jam 4 ya."),
    ("en", "offer_callback", "I'll call you back after lunch."),
    ("id", "escalate_supervisor", "Saya sambungkan ke supervisor ya, Bu."),
    ("en", "escalate_supervisor", "I'll get my supervisor for you."),
    ("id", "warm_transfer", "Saya jelaskan dulu kasusnya ke tim teknis sebelum menyambungkan."),
    ("en", "warm_transfer", "I'll brief the billing team before I connect you."),
    ("id", "cold_transfer", "Saya alihkan ke bagian lain ya."),
    ("en", "cold_transfer", "I'm transferring you to sales."),
    ("id", "summarize", "Saya rangkum: tiket sudah dibuat."),
    ("en", "summarize", "To recap, the refund is on its way."),
    ("id", "close", "Ada lagi yang bisa dibantu?"),
    ("en", "close", "Is there anything else today?"),
    ("id", "dnc_check", "Nomor Bapak tidak masuk daftar jangan hubungi."),
    ("en", "dnc_check", "Your number is not on our do-not-call list."),
    ("id", "use_name", "Baik Pak Wahyu."),
    ("en", "use_name", "Thanks, Mrs Green."),
    ("id", "ask_consent", "Boleh saya jelaskan promonya sebentar?"),
    ("en", "ask_consent", "Is it okay if I record this call?"),
    ("id", "refuse_secret", "Jangan bagikan PIN Ibu ke siapa pun."),
    ("en", "refuse_secret", "Never share your PIN with anyone."),
    ("id", "blame_customer", "Itu salah Bapak sendiri."),
    ("en", "blame_customer", "You should have checked first."),
    ("id", "rude", "Terserah Bapak saja."),
    ("en", "rude", "Calm down, please."),
    ("id", "interrupt", "Stop dulu, dengarkan saya."),
    ("en", "interrupt", "Let me stop you there."),
    ("id", "promise_unauthorized", "Saya jamin refund penuh hari ini."),
    ("en", "promise_unauthorized", "I guarantee a full refund today."),
    ("id", "request_secret", "Sebutkan kode OTP yang masuk ya, Pak."),
    ("en", "request_secret", "Tell me your card PIN please."),
]


@pytest.mark.parametrize(("locale", "act", "text"), CASES)
def test_each_act_is_recognised_in_both_locales(locale: str, act: str, text: str) -> None:
    assert act in acts(text, locale)


def test_cases_cover_every_text_act_in_both_locales() -> None:
    covered = {(loc, act) for loc, act, _ in CASES}
    for act in CORE_ACTS - {"dead_air"}:
        assert ("id", act) in covered and ("en", act) in covered, act


def test_dead_air_never_comes_from_text() -> None:
    assert "dead_air" not in acts("...", "en")
    assert "dead_air" not in acts("halo? halo?", "id")


@pytest.mark.parametrize(
    ("text", "locale", "absent"),
    [
        ("saya tidak bisa bantu", "id", "offer_help"),
        ("sy gak bisa bantu kak", "id", "offer_help"),
        ("I won't apologise", "en", "apologize"),
        ("I'm not going to say sorry.", "en", "apologize"),
        ("jangan kasih OTP ke siapapun", "id", "request_secret"),
        ("Please don't give me your PIN.", "en", "request_secret"),
        ("It's not your fault.", "en", "blame_customer"),
        ("Bukan salah Ibu kok.", "id", "blame_customer"),
        ("I can't promise a refund.", "en", "promise_unauthorized"),
        ("Saya tidak bisa menjamin kompensasi.", "id", "promise_unauthorized"),
    ],
)
def test_negation_voids_the_act(text: str, locale: str, absent: str) -> None:
    assert absent not in acts(text, locale)


def test_advice_not_to_share_a_secret_is_refusal() -> None:
    got = acts("jangan kasih OTP ke siapapun", "id")
    assert "refuse_secret" in got and "request_secret" not in got


def test_talking_about_a_wrong_pin_is_not_asking_for_it() -> None:
    assert "request_secret" not in acts("Kartunya terblokir karena salah PIN tiga kali.", "id")


@pytest.mark.parametrize(
    ("raw", "standard"),
    [
        ("sy mhn maaf", "saya mohon maaf"),
        ("tdk", "tidak"),
        ("gak", "tidak"),
        ("nggak", "tidak"),
        ("udh", "sudah"),
        ("bpk", "bapak"),
        ("utk", "untuk"),
        ("dgn", "dengan"),
        ("yg", "yang"),
        ("krn", "karena"),
        ("blm", "belum"),
    ],
)
def test_chat_spelling_normalises_to_standard_words(raw: str, standard: str) -> None:
    assert normalise(raw, "id") == normalise(standard, "id")


def test_thanks_spellings_are_one_word() -> None:
    want = normalise("terima kasih", "id")
    for raw in ("makasih", "mksh", "trims", "tq"):
        assert normalise(raw, "id") == want


def test_chat_style_reply_matches_formal_one() -> None:
    chat = acts("mhn ditunggu ya kak, sy cek dl", "id")
    formal = acts("Mohon ditunggu ya Kak, saya cek dulu", "id")
    assert chat == formal
    assert "request_hold" in chat


def test_code_switching_line_gets_both_languages_acts() -> None:
    got = acts("Sorry ya kak, sy cek dulu ke sistem, please wait", "id")
    assert {"apologize", "request_hold"} <= got


def test_stemmer_strips_affixes() -> None:
    assert stem_id("membantu") == stem_id("bantu") == "bantu"
    assert stem_id("menanyakan") == "tanya"
    assert stem_id("dikirimkan", frozenset({"kirim"})) == "kirim"
    assert stem_id("pertanyaan") == "tanya"


def test_a_typo_is_tolerated() -> None:
    assert "empathize" in acts("I can imagine how frustarting that is.", "en")


def test_use_name_needs_an_actual_name() -> None:
    assert "use_name" in acts("Baik Bu Sari, saya cek.", "id")
    assert "use_name" not in acts("Baik Bu, saya cek.", "id")


@pytest.mark.parametrize(
    ("locale", "customer", "reply"),
    [
        ("id", "Made Suarjana", "Terima kasih, Pak Made. Panggilan ini direkam."),
        ("id", "Slamet Riyadi", "Baik, Pak Slamet, saya cek tagihannya."),
        ("id", "Siska Maharani", "Baik, Bu Siska. Saya cek dulu ya."),
        ("id", "Siska Maharani", "ok kak siska sy cek dl ya"),
        ("en", "Bill Turner", "Thank you, Mr Bill. Let me check that."),
    ],
)
def test_the_customers_own_name_is_an_address(locale: str, customer: str, reply: str) -> None:
    """Names that are also words (made, selamat, bill) or that the act model never saw
    (Siska) are missed by shape alone; the call knows its customer's name."""
    plain = load_lexicon(locale)
    assert "use_name" not in recognise(reply, locale, plain).acts
    assert "use_name" in recognise(reply, locale, with_names(plain, [customer])).acts


def test_a_known_name_is_an_address_only_where_a_name_stands() -> None:
    lex = with_names(load_lexicon("id"), ["Made Suarjana"])
    assert "use_name" not in recognise("Baik, Pak. Made sure it works.", "id", lex).acts
    assert "use_name" not in recognise("Paketnya made in Indonesia, Pak.", "id", lex).acts
    assert with_names(lex, []) is lex


def test_the_company_named_in_an_opening_is_not_the_customer() -> None:
    """A brand between commas has a name's shape; the call knows which company it is."""
    opening = "Selamat pagi, Nusanet, dengan Rina, ada yang bisa saya bantu?"
    plain = load_lexicon("id")
    assert "use_name" in recognise(opening, "id", plain).acts
    call = with_names(plain, ["Darmawan Saputra"], ["Nusanet Home Internet"])
    assert "use_name" not in recognise(opening, "id", call).acts
    assert {"greet", "identify_self", "offer_help"} <= set(recognise(opening, "id", call).acts)
    assert "use_name" in recognise("Baik, Pak Darmawan.", "id", call).acts


def test_an_apostrophe_keeps_a_name_whole() -> None:
    assert "use_name" in acts("Thank you, Mr O'Connor. Let me check that.", "en")


def test_full_names_after_an_honorific_are_the_callers() -> None:
    id_lex, en_lex = load_lexicon("id"), load_lexicon("en")
    line = "Apakah benar saya berbicara dengan Bapak Made Suarjana?"
    assert full_names(id_lex, line) == {"Made", "Suarjana"}
    assert full_names(en_lex, "May I speak with Mrs Helen Whitlock, please?") == {
        "Helen",
        "Whitlock",
    }
    assert full_names(id_lex, "Baik Pak, saya cek dulu.") == set()


def test_recognition_is_deterministic_and_sorted() -> None:
    text = "Selamat pagi Pak Budi, dengan Rina dari Telkonet, ada yang bisa dibantu?"
    first = recognise(text, "id")
    for _ in range(3):
        again = recognise(text, "id")
        assert again == first
    assert list(first.acts) == sorted(first.acts)
    assert 0.0 <= first.confidence <= 1.0
    assert all(0.0 <= v <= 1.0 for v in first.scores.values())


def test_confidence_is_low_when_nothing_matched() -> None:
    assert recognise("hmm", "en").confidence < 0.5
    assert recognise("Thanks for holding.", "en").confidence > 0.7


def test_extra_phrases_extend_an_account_lexicon_and_report_bad_acts() -> None:
    # a brand word nobody but the account uses: only its own phrase can tie it to an act
    lex = load_lexicon("en", {"offer_solution": ["zorblax pack"], "not_an_act": ["x"]})
    assert "offer_solution" in recognise("ok the zorblax pack", "en", lex).acts
    assert "offer_solution" not in recognise("ok the zorblax pack", "en").acts
    assert any("not_an_act" in p for p in lex.problems)
    assert load_lexicon("en", {"offer_solution": ["loyalty voucher"]}) is load_lexicon(
        "en", {"offer_solution": ["loyalty voucher"]}
    )


def test_evaluate_counts_precision_and_recall() -> None:
    samples = [
        Sample("a", "en", frozenset({"greet"})),
        Sample("b", "en", frozenset({"close"})),
    ]

    class Fake:
        def __init__(self, acts: tuple[str, ...]) -> None:
            self.acts = acts

    answers = {"a": ("greet", "rude"), "b": ()}
    rep = evaluate(samples, recogniser=lambda t, loc: Fake(answers[t]))  # type: ignore[arg-type,return-value]
    assert rep.per_act["greet"].f1 == 1.0
    assert rep.per_act["rude"].precision == 0.0
    assert rep.per_act["close"].recall == 0.0
    assert rep.micro_f1 == pytest.approx(0.5)
    assert rep.macro_f1 == pytest.approx(0.5)  # greet 1.0, close 0.0; rude is not gold


def test_labelled_sets_are_large_enough_and_half_indonesian() -> None:
    tune = load_samples(DATA / "tune.yaml")
    held = load_samples(DATA / "heldout.yaml")
    assert len(held) >= 150 and len(tune) + len(held) >= 460
    assert sum(s.locale == "id" for s in tune + held) * 2 >= len(tune) + len(held)
    assert not {s.text for s in tune} & {s.text for s in held}


def test_heldout_metrics_meet_targets() -> None:
    rep = evaluate(load_samples(DATA / "heldout.yaml"))
    assert rep.micro_f1 >= 0.90
    assert rep.macro_f1 >= 0.80
    for act in ("request_secret", "rude", "blame_customer"):
        assert rep.per_act[act].recall >= 0.90, act


@pytest.mark.parametrize(
    ("locale", "opening", "brand"),
    [
        ("id", "Selamat pagi, Nusanet, dengan Joko, ada yang bisa dibantu?", "Nusanet"),
        (
            "id",
            "Selamat sore, saya Dinda dari Lintas Proteksi. Apakah benar ini Ibu Maria Theresia?",
            "Lintas Proteksi",
        ),
        ("id", "Yth. Ibu Ratna Kusuma, terima kasih telah menghubungi TokoKita.", "TokoKita"),
        ("en", "Hi Marcus, thanks for reaching Bank Arunika chat.", "Bank Arunika"),
        ("en", "Good morning, this is Sandra. Am I speaking with Mr Jake Hill?", ""),
    ],
)
def test_the_company_named_in_an_opening_is_found_and_people_are_not(
    locale: str, opening: str, brand: str
) -> None:
    assert brand_in_opening(load_lexicon(locale), opening) == brand


def test_a_lower_case_chat_opening_names_its_company_too() -> None:
    lex = load_lexicon("id")
    assert (
        brand_in_opening(lex, "halo kak, sy rina dari pasarku, ada yg bisa sy bantu?") == "pasarku"
    )
    assert brand_in_opening(lex, "selamat pagi kak, dgn sari dr tokokita") == "tokokita"


def test_asking_for_the_customer_by_name_is_not_introducing_oneself() -> None:
    # "dengan Joko" introduces the agent; "dengan Bapak Yosef?" asks for the right party
    assert "identify_self" not in acts("Selamat sore, dengan Bapak Yosef Wenda?", "id")
    assert "identify_self" in acts(
        "Selamat pagi, Nusanet, dengan Joko, ada yang bisa dibantu?", "id"
    )


@pytest.mark.parametrize(
    ("locale", "reply", "rude"),
    [
        ("en", "My manager has better things to do than this, sir.", True),
        ("en", "As if they will tell you anything else.", True),
        ("id", "Percuma minta atasan, Pak.", True),
        ("en", "I'll ask my supervisor to call you back today before 5 pm.", False),
        ("id", "Baik Pak, saya sambungkan ke atasan saya sekarang.", False),
        ("id", "Mohon maaf Bu, Ibu jadi ditelepon berkali-kali minggu ini.", False),
    ],
)
def test_refusing_a_supervisor_with_a_jibe_is_rude(locale: str, reply: str, rude: bool) -> None:
    """The QA card names it among rude faults; a supervisor named plainly is not one."""
    assert ("rude" in acts(reply, locale)) is rude
