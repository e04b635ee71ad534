"""How the values inside a scorer's reason are written in each language.

A reason's template (:mod:`.reasons`) names its values, and a word after the colon says what a
value *is* — ``{held:secs}``, ``{acts:act or}``, ``{ending:ending}`` — so the language, not the
check, decides how it reads: ``45s`` or ``45 detik``, ``greet or close`` or ``salam atau
penutupan``. The check passes the raw value (seconds, act codes, an ending code) and the card
stores it that way, which is what lets a stored card be read again in another language.

English writes every value exactly as the scorer always has (codes as they are, ``45s``,
``a or b``): an English card reads the same as before reasons had codes. Indonesian writes acts,
events, endings, channels, weekdays and briefing keys as words; a code it has no word for (a
persona's own ending) is written with spaces for underscores.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

#: act code -> Indonesian noun phrase (every act of ``vocab.CORE_ACTS``)
ACTS_ID: Final[dict[str, str]] = {
    "greet": "salam",
    "identify_self": "perkenalan diri",
    "offer_help": "tawaran bantuan",
    "verify_identity": "verifikasi identitas",
    "disclose_account": "penyampaian data akun",
    "probe": "probing",
    "acknowledge": "tanggapan atas keluhan",
    "empathize": "empati",
    "apologize": "permohonan maaf",
    "explain": "penjelasan",
    "offer_solution": "tawaran solusi",
    "set_expectation": "info langkah selanjutnya",
    "request_hold": "izin hold",
    "thank_for_holding": "ucapan terima kasih telah menunggu",
    "deescalate": "de-eskalasi",
    "offer_callback": "tawaran callback",
    "escalate_supervisor": "eskalasi ke supervisor",
    "warm_transfer": "warm transfer",
    "cold_transfer": "cold transfer",
    "summarize": "rangkuman",
    "close": "penutupan",
    "dnc_check": "cek DNC",
    "use_name": "sapaan dengan nama pelanggan",
    "ask_consent": "permintaan izin",
    "refuse_secret": "penolakan data rahasia",
    "blame_customer": "sikap menyalahkan pelanggan",
    "rude": "sikap kasar",
    "interrupt": "memotong pembicaraan",
    "promise_unauthorized": "janji di luar wewenang",
    "disclose_without_verify": "pemberian data tanpa verifikasi",
    "request_secret": "permintaan PIN, OTP, CVV atau password",
    "dead_air": "dead air",
}

#: event kind -> Indonesian noun phrase (every kind a rubric may name)
EVENTS_ID: Final[dict[str, str]] = {
    "call_started": "awal panggilan",
    "ringing": "telepon berdering",
    "answered": "telepon diangkat",
    "dialed": "panggilan keluar",
    "no_answer": "panggilan tidak terjawab",
    "connected": "panggilan tersambung",
    "customer_said": "ucapan pelanggan",
    "agent_said": "ucapan agen",
    "state_changed": "perpindahan state",
    "mood_changed": "perubahan mood",
    "escalation_demand": "permintaan bicara dengan supervisor",
    "flag_set": "flag diset",
    "fact_revealed": "fakta terungkap",
    "hold_started": "hold",
    "hold_ended": "hold selesai",
    "mute_started": "mute",
    "mute_ended": "mute selesai",
    "tool_used": "pemakaian tool",
    "kb_opened": "KB dibuka",
    "dnc_checked": "cek DNC",
    "dead_air": "dead air",
    "transferred": "transfer",
    "escalated": "eskalasi",
    "call_ended": "akhir panggilan",
    "acw_started": "awal ACW",
    "acw_note": "catatan ACW",
    "disposition": "pemilihan disposition",
    "followup": "tindak lanjut",
    "acw_ended": "ACW selesai",
}

#: ending code -> Indonesian, as the result of a call ("hasil panggilan: dieskalasi")
ENDINGS_ID: Final[dict[str, str]] = {
    "resolved": "tertangani",
    "escalated": "dieskalasi",
    "transferred": "ditransfer",
    "customer_hung_up": "ditutup pelanggan",
    "agent_hung_up": "ditutup agen",
    "abandoned": "ditinggalkan",
    "callback_booked": "callback dijadwalkan",
    "sale_agreed": "penjualan disepakati",
    "dnc_requested": "minta tidak dihubungi lagi",
    "refunded": "dana dikembalikan",
}

CHANNELS_ID: Final[dict[str, str]] = {"call": "telepon", "chat": "chat", "email": "email"}

WEEKDAYS_ID: Final[dict[str, str]] = {
    "mon": "Sen",
    "tue": "Sel",
    "wed": "Rab",
    "thu": "Kam",
    "fri": "Jum",
    "sat": "Sab",
    "sun": "Min",
}

#: a transfer briefing's keys (``escalation.briefing_missing``)
BRIEFING_ID: Final[dict[str, str]] = {
    "to": "tujuan transfer",
    "issue": "masalah",
    "tried": "yang sudah dicoba",
}


def secs(value: float, lang: str = "en") -> str:
    """A duration: ``45s`` / ``4.5s``; ``45 detik`` / ``4,5 detik``."""
    whole = float(value).is_integer()
    number = f"{value:.0f}" if whole else f"{value:.1f}"
    if lang == "id":
        return number.replace(".", ",") + " detik"
    return number + "s"


def sentence(text: str) -> str:
    """``text`` as a sentence: a capital first letter and a full stop (unless it has one)."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _coded(table: Mapping[str, str]) -> Callable[[Any, str], str]:
    def word(value: Any, lang: str) -> str:
        code = str(value)
        if lang != "id":
            return code
        return table.get(code) or code.replace("_", " ")

    return word


def _turns(value: Any, lang: str) -> str:
    n = int(value)
    if lang == "id":
        return "giliran" if n == 1 else f"{n} giliran"
    return "turn" if n == 1 else f"{n} turns"


def _times(value: Any, lang: str) -> str:
    n = int(value)
    if lang == "id":
        return "sekali" if n == 1 else f"{n} kali"
    return "once" if n == 1 else f"{n} times"


def _weekday(value: Any, lang: str) -> str:
    code = str(value)
    return WEEKDAYS_ID.get(code, code) if lang == "id" else code.capitalize()


_ENDING_WORD: Final = _coded(ENDINGS_ID)


def _ending(value: Any, lang: str) -> str:
    if lang != "id":
        return str(value)
    return "-" if value is None else _ENDING_WORD(value, lang)


#: the word after a field's colon -> how one value of that kind is written
KINDS: Final[dict[str, Callable[[Any, str], str]]] = {
    "act": _coded(ACTS_ID),
    "event": _coded(EVENTS_ID),
    "ending": _ending,
    "channel": _coded(CHANNELS_ID),
    "briefing": _coded(BRIEFING_ID),
    "weekday": _weekday,
    "secs": lambda value, lang: secs(float(value), lang),
    "turns": _turns,
    "times": _times,
}

#: the word after a field's colon -> how a list of values is joined: (English, Indonesian);
#: English joins as the scorer always has, Indonesian puts the word before the last item only
JOINS: Final[dict[str, tuple[str, str]]] = {
    "list": (", ", ", "),
    "or": (" or ", "atau"),
    "and": (" and ", "dan"),
    "before": (" before ", " sebelum "),
    "semi": ("; ", "; "),
}

#: every word a template may put after a field's colon
TOKENS: Final[frozenset[str]] = frozenset({*KINDS, *JOINS, "sentence"})


def joined(items: Sequence[str], how: str, lang: str) -> str:
    en, id_ = JOINS[how]
    if lang != "id":
        return en.join(items)
    if how in ("or", "and") and len(items) > 1:
        return f"{', '.join(items[:-1])} {id_} {items[-1]}"
    return id_.join(items)


def _one(value: Any, kind: str, lang: str) -> str:
    if not kind and type(value) is str:
        return value
    if hasattr(value, "render"):  # a nested Reason (reasons.py imports this module, not back)
        text: str = value.render(lang)
        return sentence(text) if kind == "sentence" else text
    write = KINDS.get(kind)
    return write(value, lang) if write is not None else str(value)


#: template -> its pieces: (literal text, field name or None, kind, join), parsed once
_PARSED: dict[str, tuple[tuple[str, str | None, str, str], ...]] = {}


def _parse(template: str) -> tuple[tuple[str, str | None, str, str], ...]:
    pieces = _PARSED.get(template)
    if pieces is None:
        out: list[tuple[str, str | None, str, str]] = []
        for literal, name, spec, _ in string.Formatter().parse(template):
            words = (spec or "").split()
            unknown = [w for w in words if w not in TOKENS]
            if unknown:
                raise ValueError(f"unknown reason format word(s): {', '.join(unknown)}")
            kind = next((w for w in words if w in KINDS or w == "sentence"), "")
            how = next((w for w in words if w in JOINS), "list")
            out.append((literal, name, kind, how))
        pieces = _PARSED[template] = tuple(out)
    return pieces


def fill(template: str, args: Mapping[str, Any], lang: str) -> str:
    """``template`` with its ``{fields}`` written in ``lang`` (see the module docstring)."""
    parts: list[str] = []
    for literal, name, kind, how in _parse(template):
        parts.append(literal)
        if name is None:
            continue
        value = args[name]
        if isinstance(value, (list, tuple)):
            parts.append(joined([_one(v, kind, lang) for v in value], how, lang))
        else:
            parts.append(_one(value, kind, lang))
    return "".join(parts)
