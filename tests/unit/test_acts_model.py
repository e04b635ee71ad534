"""The trained half of the recogniser, the fixed writer split, explanations, account phrases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mockcall.core.acts import load_lexicon, recognise, recognise_lexicon
from mockcall.core.acts_eval import (
    TEST_WRITERS,
    TUNE_WRITERS,
    evaluate,
    load_writer,
    load_writers,
)
from mockcall.core.acts_model import MODEL_FILE, explain, load_model
from mockcall.core.loader import load_library
from mockcall.core.validate import validate_library

ROOT = Path(__file__).resolve().parents[2]
WRITERS = ROOT / "tests" / "data" / "utterances" / "writers"
MODEL = ROOT / "mockcall" / "core" / "lexicon" / MODEL_FILE


def acts(text: str, locale: str) -> set[str]:
    return set(recognise(text, locale).acts)


def test_the_writer_split_is_fixed_and_covers_every_writer_once() -> None:
    assert set(TUNE_WRITERS).isdisjoint(TEST_WRITERS)
    assert (len(TUNE_WRITERS), len(TEST_WRITERS)) == (21, 6)
    on_disk = {p.stem for p in WRITERS.glob("*.yaml")}
    assert on_disk == set(TUNE_WRITERS) | set(TEST_WRITERS)
    # only the TUNE side is read here: headers and labels, as training reads them
    for ws in load_writers(WRITERS, TUNE_WRITERS):
        assert ws.writer in TUNE_WRITERS and ws.profile and len(ws.samples) >= 100


def test_a_writer_file_names_its_writer(tmp_path: Path) -> None:
    f = tmp_path / "Z9.yaml"
    f.write_text(
        "writer: Z9\nprofile: test\nsamples:\n"
        '  - {text: "Thanks for holding.", locale: en, acts: [thank_for_holding]}\n',
        encoding="utf-8",
    )
    ws = load_writer(f)
    assert (ws.writer, ws.profile, len(ws.samples)) == ("Z9", "test", 1)
    f.write_text("writer: Z9\nsamples:\n  - {text: x, acts: [not_an_act]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown acts"):
        load_writer(f)


def test_the_model_ships_small_and_loads() -> None:
    assert MODEL.is_file()
    assert MODEL.stat().st_size < 20_000_000
    model = load_model()
    assert model is not None
    assert "request_secret" in model.acts and "rude" in model.acts
    assert len(model.modes) == len(model.acts) == len(model.thresholds)


def test_a_hold_request_with_a_reason_is_a_hold_not_a_disclosure() -> None:
    text = (
        "Mohon izin saya tahan teleponnya sebentar ya Bu, saya cek riwayat transaksinya, "
        "kira-kira satu menit."
    )
    got = acts(text, "id")
    assert "request_hold" in got
    assert "disclose_account" not in got


def test_blocking_a_card_and_filing_a_report_is_a_solution() -> None:
    text = "I'll block the card right now and file a fraud report for both charges."
    rec = recognise(text, "en")
    assert "offer_solution" in rec.acts
    assert rec.scores["offer_solution"] >= 0.5
    assert not {"rude", "blame_customer", "promise_unauthorized"} & set(rec.acts)


@pytest.mark.parametrize(
    ("locale", "text", "act"),
    [
        ("en", "Honestly, that's on you for clicking the link.", "blame_customer"),
        ("en", "Calm down, I can't help you if you keep shouting.", "rude"),
        ("id", "Sebutkan kode OTP yang masuk ke HP Bapak ya.", "request_secret"),
        ("en", "Please never read your PIN to anyone, including us.", "refuse_secret"),
        ("en", "I guarantee you'll get the full refund by tomorrow.", "promise_unauthorized"),
    ],
)
def test_faults_are_heard(locale: str, text: str, act: str) -> None:
    assert act in acts(text, locale)


def test_recognition_is_deterministic() -> None:
    text = "sy cek dl ya kak, ditunggu sebentar"
    first = recognise(text, "id")
    assert all(recognise(text, "id") == first for _ in range(3))


def test_disclose_without_verify_always_brings_disclose_account() -> None:
    text = "Saya bacakan saja ya Bu, saldo suami Ibu tinggal 500 ribu, tidak perlu verifikasi."
    got = acts(text, "id")
    if "disclose_without_verify" in got:
        assert "disclose_account" in got


def test_the_lexicon_alone_stays_available() -> None:
    rec = recognise_lexicon("Thanks for holding.", "en")
    assert rec.acts == ("thank_for_holding",)


def test_explain_names_phrases_model_scores_and_features() -> None:
    why = explain("Terima kasih sudah menunggu, Bu.", "id")
    assert "thank_for_holding" in why.acts
    reason = next(r for r in why.reasons if r.act == "thank_for_holding")
    assert reason.reported
    assert reason.phrases  # a lexicon phrase fired
    assert reason.probability is not None and reason.threshold is not None
    assert reason.features and all(v > 0 for _, v in reason.features)
    voided = explain("It's not your fault.", "en").voided
    assert any(act == "blame_customer" for act, _ in voided)


def test_tag_explain_prints_why(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mockcall", "tag", "--locale", "en", "--explain"],
        input="Thanks for holding.\n",
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    assert "thank_for_holding" in out and "phrase:" in out and "threshold" in out
    out = subprocess.run(
        [sys.executable, "-m", "mockcall", "tag", "--locale", "en", "--explain", "--json"],
        input="Thanks for holding.\n",
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    row = json.loads(out.splitlines()[0])
    assert any(r["act"] == "thank_for_holding" and r["reported"] for r in row["explain"])


def _account(tmp_path: Path, lexicon_yaml: str) -> Path:
    folder = tmp_path / "acme"
    folder.mkdir()
    src = (ROOT / "personas" / "shop" / "account.yaml").read_text(encoding="utf-8")
    (folder / "account.yaml").write_text(src, encoding="utf-8")
    (folder / "lexicon.yaml").write_text(lexicon_yaml, encoding="utf-8")
    return folder


def test_an_account_adds_phrases_per_locale_in_lexicon_yaml(tmp_path: Path) -> None:
    folder = _account(
        tmp_path,
        "id:\n  offer_solution: [kirim kupon zebra]\nen:\n  greet: [welcome to zebra mart]\n",
    )
    lib = load_library([folder])
    bundle = next(iter(lib.bundles.values()))
    assert not bundle.personas  # lexicon.yaml is not a persona, nor a loose file
    assert not [p for p in lib.problems if p.file.endswith("lexicon.yaml")]
    assert not [
        p for p in load_library([folder / "lexicon.yaml"]).problems if p.severity == "error"
    ]
    assert bundle.lexicon_for("id")["offer_solution"] == ("kirim kupon zebra",)
    assert "offer_solution" not in bundle.lexicon_for("en")
    lex_id = load_lexicon("id", bundle.lexicon_for("id"))
    assert "offer_solution" in recognise("sy kirim kupon zebra ya", "id", lex_id).acts
    lex_en = load_lexicon("en", bundle.lexicon_for("en"))
    assert "greet" in recognise("welcome to zebra mart", "en", lex_en).acts
    why = explain("sy kirim kupon zebra ya", "id", lex_id)
    r = next(r for r in why.reasons if r.act == "offer_solution")
    assert "kirim kupon zebra" in r.phrases


def test_the_validator_checks_lexicon_yaml(tmp_path: Path) -> None:
    folder = _account(tmp_path, "id:\n  offer_soluton: [kirim kupon]\n  greet: ['* *']\n")
    problems = validate_library(load_library([folder]))
    text = "\n".join(p.message for p in problems)
    assert "offer_soluton" in text
    assert any(p.file.endswith("lexicon.yaml") for p in problems)


def test_test_writers_hold_the_line() -> None:
    """Aggregate scores on the never-tuned TEST writers stay at what the shipped recogniser
    reaches (micro 0.825, macro 0.833, exact 0.609) minus a small margin, so a lexicon or model
    change that loses ground on unseen writers fails here.  Only aggregates are computed."""
    samples = [s for w in load_writers(WRITERS, TEST_WRITERS) for s in w.samples]
    rep = evaluate(samples)
    assert rep.micro_f1 >= 0.81
    assert rep.macro_f1 >= 0.815
    assert rep.exact_match >= 0.59


@pytest.mark.parametrize(
    ("locale", "text", "present", "absent"),
    [
        ("id", "Saya tidak bisa memberikan PIN Bapak ya.", "refuse_secret", "request_secret"),
        ("en", "I won't transfer you, I can sort this myself.", None, "cold_transfer"),
        ("en", "I won't transfer you, I can sort this myself.", None, "warm_transfer"),
        ("en", "I am unable to send your PIN by email.", None, "request_secret"),
        ("en", "Dear Ms. Shah, thank you for your email.", "greet", None),
    ],
)
def test_negation_scope_and_salutations(
    locale: str, text: str, present: str | None, absent: str | None
) -> None:
    got = acts(text, locale)
    assert present is None or present in got
    assert absent is None or absent not in got
