"""``mockcall qa``: a real contact's transcript read into the event log and scored by the scorer.

The transcripts under ``tests/data/qa/dev/`` are hand-written calls, chats and emails in both
locales; ``labels/`` holds the result a reviewer gave each (QA contract format).
"""

from __future__ import annotations

import json
import shutil
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from mockcall.cli import main
from mockcall.core import events as ev
from mockcall.core.kb_prices import price_book
from mockcall.core.loader import kb_texts, load_library
from mockcall.core.model import AccountBundle
from mockcall.core.qa import QaResult, result_dict, score_transcript
from mockcall.core.scoring import score
from mockcall.core.transcript import MAX_BYTES, parse, read
from mockcall.core.transcript_events import spoken_seconds, to_events
from mockcall.exit_codes import EXIT_DATA, EXIT_NOT_FOUND, EXIT_OK, EXIT_PROBLEMS

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "qa" / "dev"
sys.path.insert(0, str(ROOT / "scripts"))

HEADER = (
    "# account: telco\n# channel: {channel}\n# locale: {locale}\n# direction: {direction}\n"
    "# started: {started}\n"
)


def transcript(
    body: str,
    *,
    channel: str = "call",
    locale: str = "id",
    direction: str = "inbound",
    started: str = "2026-03-14T10:05:00+07:00",
) -> str:
    head = HEADER.format(channel=channel, locale=locale, direction=direction, started=started)
    return head + body.strip() + "\n"


@lru_cache(maxsize=1)
def _library() -> Any:
    return load_library([ROOT / "personas"])


def qa_bundle() -> AccountBundle:
    bundle: AccountBundle = _library().bundles["qa"]
    assert bundle.rubric is not None and bundle.rubric.id == "qa-general"
    return bundle


def scored(text: str, file: str = "t.txt") -> QaResult:
    tr, problems = parse(text, file)
    assert tr is not None, problems
    bundle = qa_bundle()
    assert bundle.rubric is not None
    contact = _library().bundles.get(tr.account)
    return score_transcript(
        tr,
        bundle.rubric,
        rubric_account=bundle.account,
        contact_account=None if contact is None else contact.account,
        prices=None if contact is None else price_book(kb_texts(contact)),
    )


def status(result: QaResult, criterion: str) -> str:
    bundle = qa_bundle()
    assert bundle.rubric is not None
    data = result_dict(result, bundle.rubric)
    return str(next(c["status"] for c in data["criteria"] if c["id"] == criterion))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


GOOD_OPENING = (
    "[00:00] AGENT: Selamat pagi, terima kasih telah menghubungi Nusanet, dengan saya Rina, "
    "ada yang bisa saya bantu?\n"
)


# --------------------------------------------------------------------------- reading


def test_a_transcript_becomes_the_events_a_played_call_writes() -> None:
    tr, problems = read(str(DEV / "id-call-inbound-outage-good.txt"))
    assert tr is not None and problems == []
    log = to_events(tr)
    assert all(e.kind in ev.EVENT_KINDS for e in log)
    assert [e.seq for e in log] == list(range(len(log)))
    kinds = [e.kind for e in log]
    assert kinds[:2] == [ev.CALL_STARTED, ev.ANSWERED]
    assert kinds.count(ev.HOLD_STARTED) == kinds.count(ev.HOLD_ENDED) == 1
    assert kinds[-5:] == [ev.CALL_ENDED, ev.ACW_STARTED, ev.ACW_NOTE, ev.DISPOSITION, ev.ACW_ENDED]
    first = next(e for e in log if e.kind == ev.AGENT_SAID)
    assert {"greet", "identify_self", "offer_help"} <= set(first.data["acts"])
    assert first.data["free"] is True and first.data["seconds"] > 0
    disposition = next(e for e in log if e.kind == ev.DISPOSITION)
    assert disposition.data["code"] == "ticket_created"  # the contract's hyphens, snake_case


def test_the_scorer_of_played_calls_is_the_one_that_scores_transcripts() -> None:
    result = scored((DEV / "id-call-inbound-rude-hold.txt").read_text(encoding="utf-8"))
    bundle = qa_bundle()
    assert bundle.rubric is not None
    assert score(list(result.events), bundle.rubric) == result.card


def test_spoken_length_is_words_over_the_locale_rate_rounded_up() -> None:
    assert spoken_seconds("satu dua tiga empat lima", "id") == 3  # 5 / 2.2 = 2.27
    assert spoken_seconds("one two three four five", "en") == 2  # 5 / 2.5 = 2.0
    assert spoken_seconds("", "en") == 0


def test_every_problem_of_a_bad_transcript_at_once() -> None:
    text = (
        "# account: telco\n# channel: fax\n# locale: id\n# direction: inbound\n"
        "# started: 2026-03-14T10:05:00+07:00\n"
        "[00:10] AGENT: Selamat pagi\n"
        "[00:05] CUSTOMER: Halo\n"
        "[00:20] MUSIC ON\n"
        "[00:30] hello there\n"
        "[00:40] SUPERVISOR: saya ambil alih\n"
        "[00:50]\n"
        "ACW: lama\n"
    )
    tr, problems = parse(text, "bad.txt")
    assert tr is None
    found = {(p.line, p.code) for p in problems}
    assert found == {
        (2, "bad-header"),
        (7, "time-backwards"),
        (8, "unknown-marker"),
        (9, "missing-speaker"),
        (10, "unknown-speaker"),
        (11, "missing-speaker"),
        (12, "bad-acw"),
    }


def test_no_header_is_one_clear_problem() -> None:
    tr, problems = parse("[00:00] AGENT: Halo\n", "x.txt")
    assert tr is None
    assert [p.code for p in problems] == ["no-header"]


def test_missing_header_keys_are_named() -> None:
    tr, problems = parse("# channel: call\n[00:00] AGENT: Halo\n", "x.txt")
    assert tr is None
    missing = sorted(p.message for p in problems if p.code == "missing-header")
    assert missing == ["no '# account:' line", "no '# direction:' line", "no '# locale:' line",
                       "no '# started:' line"]  # fmt: skip


def test_hold_markers_must_pair_and_nothing_follows_the_end() -> None:
    body = "[00:00] HOLD END\n[00:05] END CALL\n[00:06] AGENT: Halo\n"
    tr, problems = parse(transcript(body), "x.txt")
    assert tr is None
    assert {p.code for p in problems} == {"hold-mismatch", "after-end"}


def test_notes_continue_on_the_following_lines() -> None:
    body = GOOD_OPENING + "[00:09] END CALL\nACW: 30s\nNOTES: baris satu\nbaris dua\n"
    tr, problems = parse(transcript(body), "x.txt")
    assert tr is not None, problems
    assert tr.notes == "baris satu\nbaris dua" and tr.acw_seconds == 30


# --------------------------------------------------------------------------- silence


def test_voice_silence_runs_from_a_lines_end_to_the_next_start() -> None:
    # The customer's 11 words take 5 s (11 / 2.2): ending at 00:15, the reply at 00:30 is a
    # 15 s gap (at the limit, met); at 00:31 it is 16 s (missed).
    line = "[00:10] CUSTOMER: saya mau tanya soal tagihan bulan ini yang naik dua kali\n"
    for reply, expected in (("00:30", "met"), ("00:31", "missed")):
        body = GOOD_OPENING + line + f"[{reply}] AGENT: Baik Bapak, saya cek dulu.\n"
        assert status(scored(transcript(body)), "no_dead_air") == expected


def test_time_on_hold_is_not_silence() -> None:
    body = (
        GOOD_OPENING + "[00:09] AGENT: Mohon izin saya cek dulu ya Pak, kurang lebih satu menit.\n"
        "[00:14] HOLD START\n[01:10] HOLD END\n[01:11] AGENT: Terima kasih sudah menunggu, Pak.\n"
    )
    result = scored(transcript(body))
    assert status(result, "no_dead_air") == "met"
    assert status(result, "hold_permission") == "met"
    assert status(result, "hold_checkback") == "met"


def test_chat_silence_is_the_customers_wait_for_an_agent_message() -> None:
    opening = "[00:00] CUSTOMER: Halo kak, paket saya belum sampai\n"
    fast = (
        opening
        + "[00:50] AGENT: Selamat pagi Kak, dengan Sari dari TokoKita, ada yang bisa dibantu?\n"
    )
    slow = (
        opening
        + "[01:05] AGENT: Selamat pagi Kak, dengan Sari dari TokoKita, ada yang bisa dibantu?\n"
    )
    # a customer taking 5 minutes to answer is not the agent's silence
    later = "[06:00] CUSTOMER: INV-123\n[07:50] AGENT: Terima kasih Kak, saya cek.\n"
    assert status(scored(transcript(fast + later, channel="chat")), "no_dead_air") == "met"
    assert status(scored(transcript(slow + later, channel="chat")), "no_dead_air") == "missed"
    too_late = "[06:00] CUSTOMER: INV-123\n[08:01] AGENT: Terima kasih Kak, saya cek.\n"
    assert status(scored(transcript(fast + too_late, channel="chat")), "no_dead_air") == "missed"


def test_email_has_no_silence_and_no_hold_section() -> None:
    body = (
        "[00:00] CUSTOMER: Dear TokoKita, my order 77120 never arrived.\n"
        "[300:00] AGENT: Dear Mr Hughes, thank you for writing to TokoKita.\n"
    )
    result = scored(transcript(body, channel="email", locale="en"))
    assert status(result, "no_dead_air") == "na"
    bundle = qa_bundle()
    assert bundle.rubric is not None
    assert result_dict(result, bundle.rubric)["sections"]["hold_silence_transfer"] is None


# --------------------------------------------------------------------------- the card


def test_greeting_must_fit_the_customers_local_time() -> None:
    # 10:05 +07:00 is morning in Jakarta; the same instant is 11:05 in Makassar (+08:00).
    jakarta = transcript(GOOD_OPENING)
    makassar = transcript(GOOD_OPENING, started="2026-03-14T11:05:00+08:00")
    assert status(scored(jakarta), "greeting") == "met"
    assert status(scored(makassar), "greeting") == "missed"
    english = "[00:00] AGENT: Good evening, Nusanet, this is Tom, how can I help?\n"
    assert status(scored(transcript(english, locale="en", started="2026-03-14T17:00:00+00:00")),
                  "greeting") == "met"  # fmt: skip
    assert status(scored(transcript(english, locale="en", started="2026-03-14T16:59:00+00:00")),
                  "greeting") == "missed"  # fmt: skip


def test_calling_hours_come_from_the_region_table_of_the_card() -> None:
    body = (
        "[00:00] CUSTOMER: Hello?\n"
        "[00:02] AGENT: Good morning, this is Nina from Lintas Proteksi. "
        "Am I speaking with Mr Cole?\n"
    )
    # Australia: Saturday 09:00-17:00 — 16:30 is in, 17:30 is out.
    inside = transcript(
        body, locale="en", direction="outbound", started="2026-03-21T16:30:00+10:00"
    )
    outside = transcript(
        body, locale="en", direction="outbound", started="2026-03-21T17:30:00+10:00"
    )
    assert scored(inside).card.fatal_failures == ()
    assert scored(outside).card.fatal_failures == ("outside_calling_hours",)
    # Calling hours are not a question for an inbound call: N/A, whatever the hour.
    late = transcript(GOOD_OPENING, started="2026-03-22T23:00:00+07:00")
    assert status(scored(late), "outside_calling_hours") == "na"
    assert scored(late).card.fatal_failures == ()


def test_verification_applies_where_account_data_is_looked_up_or_disclosed() -> None:
    """An outbound right-party question is no lookup: a pitch that names no account data
    leaves verification N/A while consent stays judged; an inbound caller's verification
    is a lookup, and disclosing account data on an outbound call is one too."""
    pitch = (
        "[00:00] CUSTOMER: Hello?\n"
        "[00:02] AGENT: Good morning, this is Nina from Lintas Proteksi. "
        "Am I speaking with Mr Cole?\n"
        "[00:07] CUSTOMER: Yes, speaking.\n"
        "[00:10] AGENT: Is now a good time for a two-minute chat about travel cover?\n"
    )
    outbound = {"locale": "en", "direction": "outbound", "started": "2026-03-19T10:30:00+07:00"}
    cold = scored(transcript(pitch, **outbound))
    assert [status(cold, c) for c in ("verified", "before_disclosure")] == ["na", "na"]
    assert status(cold, "consent_dnc") == "met"
    disclosed = pitch + "[00:16] AGENT: Your card ending 4410 has a balance of 2,300 dollars.\n"
    assert status(scored(transcript(disclosed, **outbound)), "before_disclosure") == "met"
    inbound = (
        GOOD_OPENING + "[00:09] AGENT: Boleh saya minta nomor pelanggan dan tanggal lahir "
        "Bapak untuk verifikasi?\n"
    )
    assert status(scored(transcript(inbound)), "verified") == "met"


def test_the_disposition_must_fit_how_the_contact_ended() -> None:
    body = GOOD_OPENING + "[00:09] TRANSFER COLD\n[00:10] END CALL\nACW: 20s\nDISPOSITION: {code}\n"
    assert status(scored(transcript(body.format(code="transferred"))), "disposition") == "met"
    wrong = scored(transcript(body.format(code="resolved-first-contact")))
    assert status(wrong, "disposition") == "missed"
    assert status(scored(transcript(body.format(code="made-up"))), "disposition") == "missed"


def test_slang_is_a_miss_on_voice_only() -> None:
    body = GOOD_OPENING + "[00:09] AGENT: Oke Kak, nggak masalah.\n"
    assert status(scored(transcript(body)), "no_slang") == "missed"
    assert status(scored(transcript(body, channel="chat")), "no_slang") == "na"
    clean = GOOD_OPENING + "[00:09] AGENT: Baik Bapak, tidak masalah.\n"
    assert status(scored(transcript(clean)), "no_slang") == "met"


def test_a_name_the_contact_spells_out_is_the_customers() -> None:
    """ "Made" is also a word; the right-party question spells the customer's full name."""
    body = (
        "[00:00] AGENT: Selamat pagi, saya Nita dari Lintas Proteksi. "
        "Apakah benar saya berbicara dengan Bapak Made Suarjana?\n"
        "[00:06] CUSTOMER: Iya, betul.\n"
        "[00:09] AGENT: Terima kasih, Pak Made. Panggilan ini direkam.\n"
    )
    outbound = {"direction": "outbound", "started": "2026-03-19T10:30:00+07:00"}
    assert status(scored(transcript(body, **outbound)), "uses_name") == "met"
    unnamed = body.replace("Bapak Made Suarjana", "Bapak")
    assert status(scored(transcript(unnamed, **outbound)), "uses_name") == "missed"


def test_reading_back_the_customers_own_reference_discloses_nothing() -> None:
    """The order number the customer gave, repeated before verification, is no account data;
    anything the customer did not say (a date, an amount) still is."""
    body = (
        "[00:00] CUSTOMER: Hi, still no refund for order PSK-77310928.\n"
        "[00:05] AGENT: Good morning, thanks for contacting Pasarku, this is Yuda. "
        "I'll check the refund on order PSK-77310928 for you.\n"
    )
    chat = {"locale": "en", "channel": "chat"}
    assert scored(transcript(body, **chat)).card.fatal_failures == ()
    told = body + (
        "[00:20] AGENT: Order PSK-77310928 was refunded on 5 March: Rp 1.250.000 to your card.\n"
    )
    assert scored(transcript(told, **chat)).card.fatal_failures == ("disclose_before_verify",)


def test_a_pitch_is_a_dnc_violation_only_after_the_opt_out() -> None:
    opening = (
        "[00:00] CUSTOMER: Halo?\n"
        "[00:02] AGENT: Selamat pagi, saya Yoga dari Lintas Proteksi. "
        "Apakah saya berbicara dengan Ibu Yuni?\n"
    )
    pitch = "[{t}] AGENT: Saya rekomendasikan paket perlindungan keluarga kami.\n"
    opt_out = "[{t}] CUSTOMER: Tolong jangan telepon saya lagi.\n"
    before = opening + pitch.format(t="00:10") + opt_out.format(t="00:20")
    after = opening + opt_out.format(t="00:10") + pitch.format(t="00:20")
    outbound = {"direction": "outbound", "started": "2026-03-19T10:30:00+07:00"}
    assert scored(transcript(before, **outbound)).card.fatal_failures == ()
    assert scored(transcript(after, **outbound)).card.fatal_failures == ("dnc_violation",)
    # a pitch with its price in words is still a pitch
    worded = (
        opening
        + opt_out.format(t="00:10")
        + (
            "[00:20] AGENT: Sebentar saja, Bu. Premi hanya empat puluh sembilan ribu per bulan, "
            "tanpa pemeriksaan kesehatan.\n"
        )
    )
    assert scored(transcript(worded, **outbound)).card.fatal_failures == ("dnc_violation",)


def test_account_data_given_to_someone_speaking_for_the_holder_is_fatal() -> None:
    """The caller says she is the holder's wife: a bill read out to her is disclosed to a third
    party, even after she gives the account number; once the holder comes on and is verified,
    the same words are not."""
    opening = (
        "[00:00] AGENT: Selamat siang, Nusanet, dengan Rani, ada yang bisa saya bantu?\n"
        "[00:06] CUSTOMER: Siang Mbak, tagihan internet kami kok naik. Saya istrinya, "
        "rekeningnya atas nama suami saya, nomornya 5520 1187 33.\n"
    )
    bill = "[{t}] AGENT: Baik Bu, saya cek. Tagihan bulan ini Rp 689.000, ada tambahan paket.\n"
    to_wife = opening + bill.format(t="00:30")
    handed = (
        opening + "[00:20] AGENT: Mohon maaf Bu, detail tagihan hanya untuk pemilik akun.\n"
        "[00:28] CUSTOMER: Oh iya, sebentar saya berikan teleponnya.\n"
        "[00:40] CUSTOMER: Halo Mbak, ini saya sendiri, Bambang.\n"
        "[00:46] AGENT: Baik Pak Bambang, boleh sebutkan nomor pelanggan dan tanggal lahir?\n"
        "[00:55] CUSTOMER: 5520 1187 33, dua Mei delapan puluh.\n"
        "[01:03] AGENT: Terima kasih Pak, datanya sesuai.\n" + bill.format(t="01:08")
    )
    assert "disclose_before_verify" in scored(transcript(to_wife)).card.fatal_failures
    assert "disclose_before_verify" not in scored(transcript(handed)).card.fatal_failures


def test_a_fault_is_read_in_its_context_not_from_a_lone_sentence() -> None:
    """ "Great." on its own reads as sarcasm; opening a recap it does not. And a reply nothing
    recognises is never given a fault as a guess."""
    from mockcall.core.acts import recognise

    body = (
        GOOD_OPENING + "[00:09] CUSTOMER: Sudah saya coba restart, tetap mati.\n"
        "[00:15] AGENT: Great. To recap: the router is reset and a technician visits "
        "tomorrow between 9 and 12, ticket TK-5521.\n"
    )
    assert scored(transcript(body)).card.fatal_failures == ()
    assert not set(recognise("Tidak apa-apa, Bu.", "id").acts) & {"rude", "blame_customer"}


def test_fatal_errors_fail_whatever_the_total() -> None:
    result = scored((DEV / "id-call-inbound-otp-fatal.txt").read_text(encoding="utf-8"))
    assert result.card.fatal_failures == ("request_secret",)
    assert result.card.total > 80 and not result.card.passed


def test_stopping_a_customer_reading_out_an_otp_is_not_an_interruption() -> None:
    body = (
        GOOD_OPENING + "[00:09] CUSTOMER: Kode OTP saya 4 4 1 —\n"
        "[00:12] AGENT: Mohon jangan sebutkan kode OTP kepada siapa pun, termasuk saya.\n"
    )
    rude = (
        GOOD_OPENING + "[00:09] CUSTOMER: Jadi internet saya —\n[00:12] AGENT: Nomor pelanggan?\n"
    )
    assert status(scored(transcript(body)), "no_interrupt") == "met"
    assert status(scored(transcript(rude)), "no_interrupt") == "missed"


def test_judgements_the_log_cannot_make_need_review_and_leave_the_total() -> None:
    result = scored((DEV / "id-call-inbound-outage-good.txt").read_text(encoding="utf-8"))
    correct = result.card.criterion("correct_info")
    assert correct is not None and correct.status == "review" and correct.earned == 0
    section = result.card.section("accuracy_ownership")
    assert section is not None and section.possible == 3  # three of four criteria count
    assert result.card.total == 100.0


def test_an_override_settles_a_review() -> None:
    result = scored((DEV / "id-call-inbound-outage-good.txt").read_text(encoding="utf-8"))
    events = list(result.events)
    override = {"criterion": "correct_info", "status": "fail", "reviewer": "sari", "comment": "x"}
    events.append(ev.Event(len(events), events[-1].t, ev.OVERRIDE, override))
    bundle = qa_bundle()
    assert bundle.rubric is not None
    card = score(events, bundle.rubric)
    assert card.criterion("correct_info").status == "fail"  # type: ignore[union-attr]
    assert card.total == 93.8  # accuracy 3/4 of 25 points: 93.75, half up


def test_every_miss_quotes_a_line() -> None:
    for path in sorted(DEV.glob("*.txt")):
        result = scored(path.read_text(encoding="utf-8"), str(path))
        bundle = qa_bundle()
        assert bundle.rubric is not None
        for c in result_dict(result, bundle.rubric)["criteria"]:
            if c["status"] == "missed":
                assert c["evidence"], (path.name, c["id"])
                assert c["evidence"].startswith(("[", "NOTES:", "DISPOSITION:", "ACW:", "#"))


def test_account_rubrics_score_transcripts_too() -> None:
    library = _library()
    telco = library.bundles["telco"]
    tr, _ = read(str(DEV / "id-call-inbound-outage-good.txt"))
    assert tr is not None and telco.rubric is not None
    result = score_transcript(tr, telco.rubric, rubric_account=telco.account)
    assert result.card.rubric_id == "telco-inbound"
    assert result.card.criterion("greet_and_name").status == "pass"  # type: ignore[union-attr]
    # A transcript records no tool use and no persona expectations: those need a reviewer.
    for needs_call_data in ("checked_systems", "right_disposition", "notes_complete"):
        assert result.card.criterion(needs_call_data).status == "review"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- the dev set


INDEPENDENT = ("d2-", "d3-")


def _dev_subset(tmp_path: Path, origin: str) -> Path:
    """The dev transcripts and labels of one origin: ours (``own``), or an independent
    writer's (``d2-``, ``d3-``)."""
    folder = tmp_path / origin.strip("-")
    (folder / "labels").mkdir(parents=True)
    for path in DEV.glob("*.txt"):
        mine = (
            path.name.startswith(origin)
            if origin != "own"
            else not path.name.startswith(INDEPENDENT)
        )
        if mine:
            shutil.copy(path, folder / path.name)
            shutil.copy(DEV / "labels" / f"{path.stem}.json", folder / "labels")
    return folder


def test_own_dev_set_agrees_with_its_labels(tmp_path: Path) -> None:
    from bench_qa import agreement

    own = _dev_subset(tmp_path, "own")
    found = agreement(own, own / "labels")
    assert found.n == len(list(own.glob("*.txt"))) >= 12
    assert found.unreadable == [] and found.unlabelled == []
    assert found.fatal_missed == found.fatal_false_alarm == 0
    assert found.pass_agree == found.n
    # Totals move with the recogniser (lexicon and act model); the bench reports the share.
    assert found.within >= 0.6 * found.n


#: per independent dev writer: (contacts, fatal agreement, pass/fail, within ±5) reached.
#: ``d2-``: 34/36, 35/36, 26/36. ``d3-`` (ordinary nesting-week contacts): first read, before
#: any tuning, 26/32 (2 missed, 5 false alarms), 24/32, 19/32; now 28/32, 25/32, 20/32.
REACHED = {"d2-": (36, 34, 35, 26), "d3-": (32, 28, 25, 20)}


@pytest.mark.parametrize("writer", sorted(REACHED))
def test_independent_dev_sets_hold_the_line(tmp_path: Path, writer: str) -> None:
    """Each independent writer labelled from QA.md alone, never reading the scorer: tuning may
    read their contacts (the eval sets stay untouched), and this keeps what has been reached
    from slipping back."""
    from bench_qa import agreement

    n, fatal, passed, within = REACHED[writer]
    folder = _dev_subset(tmp_path, writer)
    found = agreement(folder, folder / "labels")
    assert found.n == n and found.unreadable == [] and found.unlabelled == []
    assert found.fatal_agree >= fatal
    assert found.pass_agree >= passed
    assert found.within >= within


def test_dev_set_covers_locales_channels_directions_and_fatals() -> None:
    seen: set[tuple[str, str, str]] = set()
    fatal = 0
    for path in DEV.glob("*.txt"):
        tr, _ = read(str(path))
        assert tr is not None
        seen.add((tr.locale, tr.channel, tr.direction))
        label = json.loads((DEV / "labels" / f"{path.stem}.json").read_text(encoding="utf-8"))
        fatal += bool(label["fatal"])
    assert {loc for loc, _, _ in seen} == {"id", "en"}
    assert {ch for _, ch, _ in seen} == {"call", "chat", "email"}
    assert {d for _, _, d in seen} == {"inbound", "outbound"}
    assert fatal >= 2


def test_every_criterion_of_the_card_is_met_and_missed_in_the_dev_set() -> None:
    bundle = qa_bundle()
    assert bundle.rubric is not None
    seen: dict[str, set[str]] = {}
    for path in sorted(DEV.glob("*.txt")):
        result = scored(path.read_text(encoding="utf-8"), str(path))
        for c in result.card.criteria:
            seen.setdefault(c.id, set()).add(c.status)
    for _, criterion in bundle.rubric.criteria():
        wanted = {"review"} if criterion.review else {"pass", "fail"}
        assert wanted <= seen[criterion.id], (criterion.id, seen[criterion.id])


# --------------------------------------------------------------------------- the command


def test_qa_text_card_puts_fatal_errors_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "qa", str(DEV / "id-call-inbound-rude-hold.txt"))
    assert code == EXIT_PROBLEMS
    assert out.index("FATAL ERRORS") < out.index("Opening [opening]")
    assert "[03:16] AGENT: Bapak tenang dulu ya" in out
    assert "NEEDS REVIEW" in out


def test_qa_json_lines_one_object_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "qa", str(DEV), "--format", "json")
    lines = out.splitlines()
    assert code == EXIT_PROBLEMS and len(lines) == len(list(DEV.glob("*.txt")))
    first = json.loads(lines[0])
    assert set(first) >= {"file", "total", "passed", "fatal", "sections", "criteria"}
    assert {c["status"] for c in first["criteria"]} <= {"met", "missed", "na", "review"}
    assert first["sections"]["opening"] in (None, 0.0, 0.25, 0.5, 0.75, 1.0)


def test_qa_csv_one_row_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    good = str(DEV / "id-call-inbound-outage-good.txt")
    code, out, _ = run(capsys, "qa", good, good, "--format", "csv")
    rows = out.splitlines()
    assert code == EXIT_OK and len(rows) == 3
    assert rows[0].startswith("file,total,passed,fatal,needs_review,section:opening")
    assert rows[1].split(",")[1:3] == ["100.0", "true"]


def test_qa_bad_transcript_exit_code_and_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("[00:00] AGENT: halo\n", encoding="utf-8")
    binary = tmp_path / "latin.txt"
    binary.write_bytes(transcript(GOOD_OPENING).encode("utf-8") + b"[00:09] AGENT: caf\xe9\n")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"x" * (MAX_BYTES + 1))
    good = DEV / "id-call-inbound-outage-good.txt"
    code, out, err = run(capsys, "qa", str(bad), str(binary), str(huge), str(good))
    assert code == EXIT_DATA
    assert f"{bad}:1: no-header:" in err
    assert f"{binary}:7: not-utf8:" in err
    assert f"{huge}:1: file-too-large:" in err
    assert "Traceback" not in err
    assert "PASS  total 100.0" in out  # the readable file is still scored


def test_qa_not_found_and_rubric_choice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = str(DEV / "id-call-inbound-outage-good.txt")
    assert run(capsys, "qa", str(tmp_path / "nope.txt"))[0] == EXIT_NOT_FOUND
    code, _, err = run(capsys, "qa", good, "--rubric", "no-such-card")
    assert code == EXIT_NOT_FOUND and "qa-general" in err
    code, out, _ = run(capsys, "qa", good, "--rubric", "telco", "--format", "json")
    assert json.loads(out)["rubric"]["id"] == "telco-inbound"
    rubric_file = str(ROOT / "personas" / "qa" / "rubric.yaml")
    code, out, _ = run(capsys, "qa", good, "--rubric", rubric_file, "--format", "json")
    assert code == EXIT_OK and json.loads(out)["rubric"]["id"] == "qa-general"


def test_many_files_are_shared_among_workers_in_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import mockcall.commands.qa as qa_command

    alone = run(capsys, "qa", str(DEV), "--format", "json")
    monkeypatch.setattr(qa_command, "PARALLEL_FROM", 2)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    shared = run(capsys, "qa", str(DEV), "--format", "json")
    assert shared == alone


def test_the_cards_day_parts_say_what_the_engine_greets_with() -> None:
    from mockcall.core.daytime import PARTS

    bundle = qa_bundle()
    assert bundle.rubric is not None
    rule = next(c.check.time_greeting for _, c in bundle.rubric.criteria() if c.check.time_greeting)
    assert rule is not None
    for locale, parts in PARTS.items():
        starts = [0] + [end for end, _ in parts[:-1]]
        expected = [(start, (word,)) for start, (_, word) in zip(starts, parts, strict=True)]
        card = [
            (int(p.start[:2]) * 60 + int(p.start[3:]), p.words)
            for p in rule.parts
            if p.locale == locale
        ]
        assert card == expected, locale


# --------------------------------------------------------------------------- closing


def _closing(last: str, **kw: str) -> QaResult:
    body = (
        GOOD_OPENING
        + "[00:08] CUSTOMER: Internet saya mati sejak pagi.\n"
        + "[00:14] AGENT: Baik Bapak, gangguan di area Bapak selesai jam dua siang.\n"
        + f"[00:30] AGENT: {last}\n[00:40] END CALL\n"
    )
    return scored(transcript(body, **kw))


def test_anything_else_wants_the_question_not_just_a_goodbye() -> None:
    goodbye = _closing("Baik Pak, terima kasih. Selamat siang.")
    assert status(goodbye, "anything_else") == "missed"
    asked = _closing("Ada lagi yang bisa saya bantu? Terima kasih, selamat siang.")
    assert status(asked, "anything_else") == "met"
    card = {c.id: c for c in goodbye.card.criteria}
    assert card["anything_else"].reason == (
        "Did not say ada lagi or ada lg or ada lgi or … in the last 3 turns."
    )


def test_thanks_brand_wants_the_company_the_agent_named_in_the_opening() -> None:
    plain = _closing("Ada lagi yang bisa dibantu? Terima kasih, selamat siang.")
    assert plain.events[0].data["company"] == "Nusanet"
    assert status(plain, "thanks_brand") == "missed"
    branded = _closing("Ada lagi yang bisa dibantu? Terima kasih telah menghubungi Nusanet.")
    assert status(branded, "thanks_brand") == "met"
    card = {c.id: c for c in branded.card.criteria}
    assert "nusanet" in card["thanks_brand"].evidence[-1].note


def test_an_email_names_its_company_in_the_sign_off() -> None:
    body = (
        "[00:00] CUSTOMER: Dear team, my parcel has not arrived.\n"
        "[95:00] AGENT: Dear Mr Okafor, Thank you for your email, and I'm sorry for the wait. "
        "The parcel left our hub today and arrives tomorrow. Is there anything else I can help "
        "with? Thank you for shopping with us. Kind regards, Ayu, Pasarku Customer Care\n"
    )
    result = scored(transcript(body, channel="email", locale="en").replace("telco", "shop"))
    assert "Pasarku" in result.events[0].data["company"].split()
    assert status(result, "thanks_brand") == "met"
    assert status(result, "anything_else") == "met"


def test_asking_to_hold_must_say_for_how_long() -> None:
    def held(ask: str) -> QaResult:
        body = (
            GOOD_OPENING
            + "[00:08] CUSTOMER: Tagihan saya kok naik?\n"
            + f"[00:14] AGENT: {ask}\n[00:20] CUSTOMER: Iya.\n"
            + "[00:22] HOLD START\n[00:50] HOLD END\n"
            + "[00:51] AGENT: Terima kasih sudah menunggu, Pak.\n"
        )
        return scored(transcript(body))

    assert status(held("Bentar ya, Pak."), "hold_permission") == "missed"
    timed = "Mohon izin saya cek tagihannya, kira-kira satu menit. Berkenan menunggu?"
    assert status(held(timed), "hold_permission") == "met"


def reply_to(customer: str, agent: str) -> QaResult:
    """The smallest contact a criterion can read: the good opening, one customer line and the
    agent's reply to it."""
    body = GOOD_OPENING + f"[00:08] CUSTOMER: {customer}\n[00:14] AGENT: {agent}\n"
    return scored(transcript(body))


def test_but_right_after_an_apology_is_a_trigger() -> None:
    late = "Paket saya belum sampai, padahal sudah seminggu!"
    but = "Mohon maaf ya Bu, tapi paketnya tercatat sudah diterima."
    assert status(reply_to(late, but), "no_triggers") == "missed"
    kind = "Mohon maaf atas keterlambatannya, Bu. Saya cek posisi paketnya sekarang."
    assert status(reply_to(late, kind), "no_triggers") == "met"


def test_an_opening_that_names_no_company_falls_back_to_the_accounts_name() -> None:
    body = (
        "[00:00] AGENT: Selamat pagi, dengan Bapak Andi?\n[00:04] CUSTOMER: Iya.\n"
        "[00:08] AGENT: Terima kasih atas waktunya, salam dari Nusanet.\n"
    )
    result = scored(transcript(body))
    assert result.events[0].data["company"] == "Nusanet Home Internet"


def test_a_price_pitched_after_an_opt_out_is_a_dnc_violation_not_a_disclosure() -> None:
    body = (
        "[00:00] CUSTOMER: Halo?\n"
        "[00:02] AGENT: Selamat pagi, saya Yoga dari Lintas Proteksi. "
        "Apakah saya berbicara dengan Ibu Yuni?\n"
        "[00:08] CUSTOMER: Iya. Tolong jangan telepon saya lagi.\n"
        "[00:14] AGENT: Baik, Bu. Tapi paket Gold kami hanya Rp 99.000 per bulan.\n"
    )
    outbound = {"direction": "outbound", "started": "2026-03-19T10:30:00+07:00"}
    result = scored(transcript(body, **outbound))
    assert result.card.fatal_failures == ("dnc_violation",)
    said = [e for e in result.events if e.kind == ev.AGENT_SAID]
    assert "offer_solution" in said[-1].data["acts"]
    assert "disclose_account" not in said[-1].data["acts"]


def test_a_price_quoted_against_the_kb_settles_correct_info() -> None:
    def quoted(line: str) -> QaResult:
        return reply_to("Saya mau upgrade ke paket yang lebih cepat.", line)

    right = quoted("Bisa, Pak. Fiber 100 harganya Rp 589.000 per bulan.")
    assert status(right, "correct_info") == "met"
    wrong = quoted("Bisa, Pak. Fiber 100 harganya Rp 499.000 per bulan.")
    assert status(wrong, "correct_info") == "missed"
    card = {c.id: c for c in wrong.card.criteria}
    assert "not as the KB gives it" in card["correct_info"].evidence[0].text
    assert card["correct_info"].evidence[0].t == 14.0
    unquoted = quoted("Bisa, Pak. Paket yang lebih cepat ada, saya jelaskan pilihannya.")
    assert status(unquoted, "correct_info") == "review"
