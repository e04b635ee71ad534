"""Every reason the scorer gives, as a stable code with an English and an Indonesian template.

Why codes: scoring must stay a pure function of (event log, rubric) — it cannot know who reads
the card — yet a trainee reading Indonesian should not be told why they lost a point in
English. So a check returns a :class:`Reason` (a code and the raw values it names), the card
stores the English sentence *and* the code with its values, and whoever shows the card renders
it in the reader's language (:func:`mockcall.core.scoring.shown.reason_shown`).

The English templates reproduce the scorer's sentences word for word, so English cards, exports
and stored data read as they always have. How a value is written in each language (``45s`` or
``45 detik``, act codes or Indonesian words, ``or`` or ``atau``) is decided by the word after a
field's colon, in :mod:`.reason_words`, never at the call site.

Both templates of a code name the same fields (a test holds them to it), and a code the scorer
uses must be here (``reason()`` refuses an unknown one, and a test scores every bundled persona).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from mockcall.core.scoring.reason_words import fill, sentence

#: code -> (English template, Indonesian template)
REASONS: Final[dict[str, tuple[str, str]]] = {
    # --- the judge: no check, several checks, a reviewer's call
    "checks.none": ("Nothing to check.", "Tidak ada yang perlu diperiksa."),
    "checks.all": ("{parts:semi}", "{parts:semi}"),
    "review.needed": ("Needs review.", "Perlu direview."),
    "review.hint": (
        "Needs review. The log suggests: {found:sentence}",
        "Perlu direview. Menurut log: {found:sentence}",
    ),
    # --- not applicable (na_unless)
    "na.none_of": ("{parts:semi}", "{parts:semi}"),
    "na.no_event": ("N/A: no {what} happened.", "N/A: tidak ada {what}."),
    "na.no_act": (
        "N/A: the agent never performed {act:act}.",
        "N/A: tidak ada {act:act} dari agen.",
    ),
    "na.no_any_event": ("N/A: no {events:event or} happened.", "N/A: tidak ada {events:event or}."),
    "na.no_any_act": (
        "N/A: the agent never performed {acts:act or}.",
        "N/A: tidak ada {acts:act or} dari agen.",
    ),
    "na.outcome": (
        "N/A: the call ended {ending:ending}, not {outcomes:ending or}.",
        "N/A: hasil panggilan {ending:ending}, bukan {outcomes:ending or}.",
    ),
    "na.outcome_never": (
        "N/A: the call never ended, not {outcomes:ending or}.",
        "N/A: panggilan tidak pernah selesai, jadi bukan {outcomes:ending or}.",
    ),
    "na.channel": (
        "N/A: applies only on {channels:channel or}, this was {channel:channel}.",
        "N/A: hanya berlaku untuk {channels:channel or}, sedangkan ini {channel:channel}.",
    ),
    "na.direction": (
        "N/A: applies only to {wanted} calls, this was {direction}.",
        "N/A: hanya berlaku untuk panggilan {wanted}, sedangkan ini {direction}.",
    ),
    # --- pieces other reasons are made of
    "word.act": ("{act:act}", "{act:act}"),
    "word.event": ("{kind:event}", "{kind:event}"),
    "word.event_where": ("{kind:event} ({where})", "{kind:event} ({where})"),
    "word.any_call": ("any call", "kondisi apa pun"),
    "where.first": ("in the first {n:turns}", "di {n:turns} pertama"),
    "where.last": ("in the last {n:turns}", "di {n:turns} terakhir"),
    "where.after": (
        "in the turn right after {kind:event}",
        "di giliran tepat setelah {kind:event}",
    ),
    "where.before": (
        "in the turn right before {kind:event}",
        "di giliran tepat sebelum {kind:event}",
    ),
    "lacking.all": ("{acts:act}", "{acts:act and}"),
    "lacking.any": ("any of {acts:act}", "{acts:act or}"),
    # --- acts: requires / any_of in windows
    "acts.no_anchor": (
        "no {kind:event} happened, so no turn could be checked: {acts:act}",
        "tidak ada {kind:event}, jadi tidak ada giliran yang bisa diperiksa: {acts:act}",
    ),
    "acts.never_said": ("never said: {lacking}", "tidak ada {lacking}"),
    "acts.no_turn_after": (
        "no agent turn in the window right after {kind:event} (seq {seq}) to say: {lacking}",
        "tidak ada giliran agen tepat setelah {kind:event} (seq {seq}) untuk menyampaikan"
        " {lacking}",
    ),
    "acts.no_turn_before": (
        "no agent turn in the window right before {kind:event} (seq {seq}) to say: {lacking}",
        "tidak ada giliran agen tepat sebelum {kind:event} (seq {seq}) untuk menyampaikan"
        " {lacking}",
    ),
    "acts.not_said_in": ("not said {where:and}: {lacking}", "tidak ada {lacking} {where:and}"),
    "acts.said": ("said {acts:act}", "sudah ada {acts:act and}"),
    "acts.said_in": ("said {acts:act} {where:and}", "sudah ada {acts:act and} {where:and}"),
    "acts.said_in_each": (
        "said {acts:act} {where:and} each time",
        "sudah ada {acts:act and} {where:and}, setiap kali",
    ),
    # --- acts: order and forbidden acts
    "order.never": (
        "out of order: {later:act} happened but {earlier:act} never did",
        "urutan salah: ada {later:act}, tetapi tidak pernah ada {earlier:act}",
    ),
    "order.swapped": (
        "out of order: {later:act} came before {earlier:act}",
        "urutan salah: {later:act} muncul sebelum {earlier:act}",
    ),
    "order.kept": (
        "in order: {acts:act before} wherever they occurred",
        "urutan benar: {acts:act before}, setiap kali muncul",
    ),
    "forbids.no_anchor": (
        "no {what}, so nothing was forbidden",
        "tidak ada {what}, jadi tidak ada yang dilarang",
    ),
    "forbids.done": (
        "did what must not be done: {acts:act}",
        "ada hal yang dilarang: {acts:act and}",
    ),
    "forbids.done_after": (
        "did what must not be done after {what}: {acts:act}",
        "ada hal yang dilarang setelah {what}: {acts:act and}",
    ),
    "forbids.never": ("never did {acts:act or}", "tidak pernah ada {acts:act or}"),
    "forbids.never_after": (
        "never did {acts:act or} after {what}",
        "tidak pernah ada {acts:act or} setelah {what}",
    ),
    # --- events: forbidden, required, counted, repeated lines, words, tools
    "event.forbidden": (
        "a forbidden event happened: {what}",
        "terjadi peristiwa yang dilarang: {what}",
    ),
    "event.none": ("no {what}", "tidak ada {what}"),
    "event.missing": ("no {what} happened", "tidak ada {what}"),
    "event.found": ("found {what}", "ada {what}"),
    "count.over": (
        "counted {what} {count} times, more than the {max} allowed",
        "{what} terhitung {count} kali, lebih dari batas {max}",
    ),
    "count.item": ("{what} {count}x", "{what} {count}x"),
    "count.within": (
        "counted {counts}, within {max}",
        "terhitung {counts}, masih dalam batas {max}",
    ),
    "repeat.over": (
        'said the same line {count} times (limit {limit}): "{text}"',
        'kalimat yang sama diucapkan {count} kali (batas {limit}): "{text}"',
    ),
    "repeat.within": (
        "no line said more than {limit:times}",
        "tidak ada kalimat yang diucapkan lebih dari {limit:times}",
    ),
    "says.said": ("said {words:or}", "sudah mengucapkan {words:or}"),
    "says.said_in": ("said {words:or} {where:and}", "sudah mengucapkan {words:or} {where:and}"),
    "says.never": ("never said {words:or}", "tidak pernah mengucapkan {words:or}"),
    "says.not_in": (
        "did not say {words:or} {where:and}",
        "tidak mengucapkan {words:or} {where:and}",
    ),
    "says.lacking": ("{words:or}", "{words:or}"),
    "says.no_anchor": (
        "no {kind:event} happened to say {words:or} around",
        "tidak ada {kind:event} untuk mengucapkan {words:or} di sekitarnya",
    ),
    "words.said": ("said {words}", "mengucapkan kata terlarang: {words}"),
    "words.never": ("never said {words:or}", "tidak pernah mengucapkan {words:or}"),
    "tool.not_needed": (
        "no {what:or} happened, so {tool} was not needed",
        "tidak ada {what:or}, jadi tool {tool} tidak diperlukan",
    ),
    "tool.too_late": (
        "did {what} before using the {tool} tool",
        "ada {what} sebelum tool {tool} dipakai",
    ),
    "tool.used_before": (
        "used {tool} before {what:or}",
        "tool {tool} sudah dipakai sebelum {what:or}",
    ),
    # --- holds and silence
    "hold.over": (
        "held {held:secs} in total, over the {limit:secs} limit",
        "total hold {held:secs}, melebihi batas {limit:secs}",
    ),
    "hold.within": (
        "held {held:secs} in total, within {limit:secs}",
        "total hold {held:secs}, masih dalam batas {limit:secs}",
    ),
    "checkback.no_hold": (
        "no hold to check back on",
        "tidak ada hold, jadi tidak perlu check-back",
    ),
    "checkback.over": (
        "a hold lasted {held:secs} without a check-back (check back every {limit:secs})",
        "hold berlangsung {held:secs} tanpa check-back (sapa pelanggan setiap {limit:secs})",
    ),
    "checkback.within": (
        "longest hold {held:secs}, within {limit:secs}",
        "hold terlama {held:secs}, masih dalam batas {limit:secs}",
    ),
    "silence.over": (
        "the line was silent for {silent:secs} (limit {limit:secs})",
        "ada keheningan selama {silent:secs} (batas {limit:secs})",
    ),
    "silence.within": (
        "longest silence {silent:secs}, within {limit:secs}",
        "keheningan terlama {silent:secs}, masih dalam batas {limit:secs}",
    ),
    "silence.voice_unchecked": (
        "voice silence is not checked",
        "keheningan pada telepon tidak diperiksa",
    ),
    "wait.first_over": (
        "the customer waited {waited:secs} for first reply (limit {limit:secs})",
        "pelanggan menunggu balasan pertama selama {waited:secs} (batas {limit:secs})",
    ),
    "wait.reply_over": (
        "the customer waited {waited:secs} for a reply (limit {limit:secs})",
        "pelanggan menunggu balasan selama {waited:secs} (batas {limit:secs})",
    ),
    "wait.within": (
        "longest wait for a reply {waited:secs}",
        "waktu tunggu balasan terlama {waited:secs}",
    ),
    # --- after-call work and the outcome
    "acw.unfinished": ("after-call work was never finished", "ACW tidak pernah diselesaikan"),
    "acw.over": (
        "ACW took {took:secs}, over the {limit:secs} limit",
        "ACW memakan waktu {took:secs}, melebihi batas {limit:secs}",
    ),
    "acw.within": (
        "ACW took {took:secs}, within {limit:secs}",
        "ACW memakan waktu {took:secs}, masih dalam batas {limit:secs}",
    ),
    "disposition.none": ("no disposition was chosen", "tidak ada disposition yang dipilih"),
    "disposition.no_expectation": (
        "disposition {code} (no disposition is expected for this ending)",
        "disposition {code} (tidak ada disposition yang ditentukan untuk hasil panggilan ini)",
    ),
    "disposition.expected": ("disposition {code} as expected", "disposition {code} sudah sesuai"),
    "disposition.wrong": (
        "disposition {code}, but a call ending {ending:ending} should be {expected:or}",
        "disposition {code}, padahal panggilan dengan hasil {ending:ending} seharusnya"
        " {expected:or}",
    ),
    "disposition.fits": (
        "disposition {code} fits ({why})",
        "disposition {code} sudah tepat ({why})",
    ),
    "disposition.misfit": (
        "disposition {code}, but a call with {why} should be {codes:or}",
        "disposition {code}, padahal panggilan dengan {why} seharusnya {codes:or}",
    ),
    "disposition.chosen": ("disposition {code}", "disposition {code}"),
    "notes.missing": ("the notes do not mention: {words}", "catatan tidak menyebut: {words}"),
    "notes.nothing_expected": (
        "no words are expected in the notes",
        "tidak ada kata yang wajib ada di catatan",
    ),
    "notes.complete": (
        "the notes mention every expected word",
        "catatan sudah menyebut semua kata yang diharapkan",
    ),
    "notes.short": (
        "the notes are {length} characters, under {min}",
        "catatan hanya {length} karakter, kurang dari {min}",
    ),
    "notes.length": ("the notes are {length} characters", "catatan sepanjang {length} karakter"),
    "outcome.never_ended": ("the call never ended", "panggilan tidak pernah selesai"),
    "outcome.ended": ("the call ended {ending:ending}", "hasil panggilan: {ending:ending}"),
    "outcome.wrong": (
        "the call ended {ending:ending}, not {outcomes:ending or}",
        "hasil panggilan: {ending:ending}, bukan {outcomes:ending or}",
    ),
    # --- the clock: handle time, greetings, calling hours
    "handle.never_connected": (
        "the customer was never on the line",
        "pelanggan tidak pernah tersambung",
    ),
    "handle.over": (
        "the call took {took:secs}, over the {limit:secs} limit",
        "durasi panggilan {took:secs}, melebihi batas {limit:secs}",
    ),
    "handle.within": (
        "the call took {took:secs}, within {limit:secs}",
        "durasi panggilan {took:secs}, masih dalam batas {limit:secs}",
    ),
    "greeting.wrong_time": (
        'said "{said}" at {clock} customer time: "{fits}" fits',
        'mengucapkan "{said}" pada pukul {clock} waktu pelanggan, padahal yang tepat "{fits}"',
    ),
    "greeting.none": (
        "no time-of-day greeting to check",
        "tidak ada salam sesuai waktu (pagi, siang, sore, malam) untuk diperiksa",
    ),
    "greeting.fits": (
        "greeted by the customer's time of day",
        "salam sudah sesuai waktu setempat pelanggan",
    ),
    "salutation.silent": (
        "the agent never spoke, so never greeted",
        "agen tidak pernah berbicara, jadi tidak ada salam",
    ),
    "salutation.named": (
        "the salutation names the customer",
        "salam pembuka menyebut nama pelanggan",
    ),
    "salutation.unnamed": (
        "the salutation does not name the customer",
        "salam pembuka tidak menyebut nama pelanggan",
    ),
    "salutation.missing": ("the first turn has no greeting", "giliran pertama tidak berisi salam"),
    "salutation.greeted": ("greeted in the first turn", "sudah ada salam di giliran pertama"),
    "salutation.time_unknown": (
        "greeted (the local time is unknown, so the time of day was not checked)",
        "sudah ada salam (waktu setempat tidak diketahui, jadi kesesuaian waktunya tidak"
        " diperiksa)",
    ),
    "salutation.wrong_time": (
        "greeted '{said}' at {clock} local time, which calls for '{fits}'",
        "salam '{said}' pada pukul {clock} waktu setempat, padahal seharusnya '{fits}'",
    ),
    "salutation.no_time": (
        "the greeting does not give the time of day ('{fits}' at {clock})",
        "salam tidak menyebut waktu ('{fits}' untuk pukul {clock})",
    ),
    "salutation.fits": (
        "greeted '{said}' at {clock} local time",
        "salam '{said}' pada pukul {clock} waktu setempat",
    ),
    "hours.not_outbound": (
        "not an outbound call: calling hours do not apply",
        "bukan panggilan outbound: jam telepon tidak berlaku",
    ),
    "hours.time_unknown": (
        "the customer's local time is unknown: calling hours not checked",
        "waktu setempat pelanggan tidak diketahui: jam telepon tidak diperiksa",
    ),
    "hours.no_region": (
        "no calling-hours region for UTC{offset}: calling hours not checked",
        "tidak ada wilayah jam telepon untuk UTC{offset}: jam telepon tidak diperiksa",
    ),
    "hours.inside": (
        "called at {day:weekday} {time} local time, inside {region} hours",
        "menelepon pada {day:weekday} {time} waktu setempat, masih dalam jam telepon {region}",
    ),
    "hours.outside": (
        "called at {day:weekday} {time} local time, outside {region} calling hours",
        "menelepon pada {day:weekday} {time} waktu setempat, di luar jam telepon {region}",
    ),
    # --- leaving the call: escalation, transfer, briefing
    "escalation.none": ("the call was not escalated", "panggilan tidak dieskalasi"),
    "escalation.early": (
        "escalated after {demands} supervisor request(s); the SOP asks to wait for {min}",
        "dieskalasi setelah {demands} kali permintaan bicara dengan supervisor; SOP meminta"
        " menunggu sampai {min} kali",
    ),
    "escalation.no_attempt": (
        "escalated without first trying {acts:act or}",
        "dieskalasi tanpa lebih dulu mencoba {acts:act or}",
    ),
    "escalation.justified": (
        "escalated after {demands} request(s) and an attempt to resolve",
        "dieskalasi setelah {demands} kali permintaan dan sudah ada upaya menyelesaikan masalah",
    ),
    "transfer.none": ("the call was not transferred", "panggilan tidak ditransfer"),
    "transfer.wrong_kind": (
        "a {kind} transfer where the SOP asks for {wanted}",
        "{kind} transfer, padahal SOP meminta {wanted} transfer",
    ),
    "transfer.kind": ("a {kind} transfer", "{kind} transfer"),
    "briefing.missing": (
        "the transfer briefing lacks: {keys:briefing}",
        "briefing transfer belum berisi: {keys:briefing and}",
    ),
    "briefing.complete": (
        "the transfer briefing was complete",
        "briefing transfer sudah lengkap",
    ),
}

_LANGS: Final = ("en", "id")
_PLAIN: Final = frozenset({str, int, float, bool, type(None)})


@dataclass(frozen=True, slots=True)
class Reason:
    """A reason as the scorer gives it: a code of :data:`REASONS` and the values it names.

    Values are plain data (text, numbers, lists) or other reasons (a window, an event with its
    data), so :meth:`to_data` is JSON and :meth:`from_data` reads it back.
    """

    code: str
    args: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def render(self, lang: str = "en") -> str:
        """The reason in ``lang`` (``en`` or ``id``; anything else reads English)."""
        pair = REASONS[self.code]
        return fill(pair[_LANGS.index(lang) if lang in _LANGS else 0], self.args, lang)

    def to_data(self) -> dict[str, Any]:
        """``{"code": ..., "args": {...}}``: JSON data, nested reasons included."""
        args = self.args
        if all(type(v) in _PLAIN for v in args.values()):
            return {"code": self.code, "args": dict(args)}
        return {"code": self.code, "args": {k: _data(v) for k, v in args.items()}}

    @classmethod
    def from_data(cls, code: str, args: Mapping[str, Any]) -> Reason:
        return cls(code, {str(k): _value(v) for k, v in args.items()})


def reason(code: str, /, **args: Any) -> Reason:
    """The reason ``code`` with its values; an unknown code is a bug, refused at once."""
    if code not in REASONS:
        raise KeyError(f"no reason {code!r} in REASONS")
    return Reason(code, args)


def as_sentence(found: Reason, lang: str = "en") -> str:
    """A criterion's reason as the card writes it: one sentence."""
    return sentence(found.render(lang))


def _data(value: Any) -> Any:
    if isinstance(value, Reason):
        return value.to_data()
    if isinstance(value, (list, tuple)):
        return [_data(v) for v in value]
    return value


def _value(value: Any) -> Any:
    if isinstance(value, Mapping) and "code" in value:
        return Reason.from_data(str(value["code"]), value.get("args") or {})
    if isinstance(value, list):
        return [_value(v) for v in value]
    return value
