"""A parsed transcript -> the event log a played call produces, for the one scorer.

The agent's lines are tagged by the free-text recogniser, and holds, transfers, escalations,
the end and the after-call work become the events the engine writes, so
:func:`mockcall.core.scoring.score` scores a real contact like any stored call.

What the reader decides (the scorer decides everything else):

* a spoken line lasts ``ceil(words / rate)`` seconds (``speech_rate`` in
  ``lexicon/transcript.yaml``) and carries that as ``seconds``; chat and email lines have no
  length (a message is there when it is sent);
* a CUSTOMER line cut off (ending in "—") followed by an AGENT line is an interruption: the
  agent turn gets the ``interrupt`` act, unless the agent stopped the customer reading out a
  secret (the turn refuses one);
* the agent turn right after ``TRANSFER WARM:`` is the introduction that completes the warm
  transfer: it gets the ``warm_transfer`` act;
* customer cues (``customer_cues``): a supervisor demand logs ``escalation_demand``, an opt-out
  and a complaint log ``flag_set`` (``opt_out`` / ``complaint``);
* an outbound agent line that quotes a price or promotion (``agent_cues.pitch``) is an offer
  (``offer_solution``), not the prospect's account data;
* the company is the brand the agent named in the opening (``call_started.company``), and each
  product price the agent quotes is held against the account KB's prices (``kb_compared``);
* the ending: ``transferred`` after a transfer, ``escalated`` after an escalation, else
  ``resolved``; a transcript without ``END CALL`` ends when its last line does.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final

from mockcall.core import events as ev
from mockcall.core.acts import (
    Lexicon,
    brand_in_opening,
    full_names,
    load_lexicon,
    recognise,
    with_names,
)
from mockcall.core.events import Event, EventLog
from mockcall.core.kb_prices import PriceBook, quoted_prices
from mockcall.core.transcript import CUT_MARKS, Line, Transcript
from mockcall.core.vocab import FAULT_ACTS
from mockcall.core.yamlsafe import load_text_data

__all__ = ["spoken_seconds", "to_events"]

# --------------------------------------------------------------------------- cues


@dataclass(frozen=True)
class _Cues:
    rate: Mapping[str, float]
    phrases: Mapping[str, Mapping[str, tuple[str, ...]]]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    ref = resources.files("mockcall.core").joinpath("lexicon", "transcript.yaml")
    data, _ = load_text_data(ref.read_text(encoding="utf-8"), "lexicon/transcript.yaml")
    data = data if isinstance(data, dict) else {}
    rates = {str(k): float(v) for k, v in (data.get("speech_rate") or {}).items()}
    phrases: dict[str, dict[str, tuple[str, ...]]] = {}
    for section in ("customer_cues", "agent_cues"):
        for locale, table in (data.get(section) or {}).items():
            phrases.setdefault(str(locale), {}).update(
                {str(c): tuple(_words(str(w)) for w in (ws or ())) for c, ws in table.items()}
            )
    return _Cues(rates, phrases)


def _words(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return " ".join(re.findall(r"[\w']+", text))


def _cue_hits(text: str, locale: str) -> set[str]:
    folded = f" {_words(text)} "
    table = _cues().phrases.get(locale, {})
    return {cue for cue, phrases in table.items() if any(f" {w} " in folded for w in phrases if w)}


def spoken_seconds(text: str, locale: str) -> int:
    """A line's spoken length: words ÷ the locale's rate, rounded up."""
    words = len(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text))
    rate = _cues().rate.get(locale, 2.5)
    return math.ceil(words / rate) if words else 0


# --------------------------------------------------------------------------- events

_SENTENCE_SPLIT: Final = re.compile(r"(?<=[.?!])\s+")
#: Words at the end of a first turn read for the company when its opening names none.
_SIGN_OFF_WORDS: Final = 12


def _acts(text: str, locale: str, lex: Lexicon, whole: Sequence[str]) -> list[str]:
    """The acts of an agent line: the whole line's, plus each sentence's good acts.

    The recogniser reads one reply at a time and its suppress rules are written for a reply
    ("thank you for calling X" opening a call is not a closing); a real turn, an email above
    all, holds several replies in a row, so the closing at the end of a long turn must not be
    suppressed by the brand named at its start.  A fault needs its context: "Great." alone
    reads as sarcasm, "Great. To recap: ..." does not; so a sentence on its own adds good
    acts only, and a fault comes from the turn, read whole when it is as long as a reply
    (``_REPLY_SENTENCES``) and in windows of that size when it is longer (a long polite email
    read at once piles up n-grams until a fault fires on words no part of it holds).
    """
    sentences = [s for s in _SENTENCE_SPLIT.split(text.strip()) if s]
    size = _REPLY_SENTENCES
    if len(sentences) <= size:
        acts = list(whole)
    else:
        acts = [a for a in whole if a not in FAULT_ACTS]
        for i in range(len(sentences) - size + 1):
            for act in recognise(" ".join(sentences[i : i + size]), locale, lex).acts:
                if act in FAULT_ACTS and act not in acts:
                    acts.append(act)
    if len(sentences) > 1:
        for sentence in sentences:
            for act in recognise(sentence, locale, lex).acts:
                if act not in acts and act not in FAULT_ACTS:
                    acts.append(act)
    return acts


#: the most sentences of one reply in the recogniser's training data (its writers write 1 to 3)
_REPLY_SENTENCES: Final = 3


_TRANSFERS: Final = frozenset({"TRANSFER WARM", "TRANSFER COLD"})


def to_events(
    tr: Transcript,
    *,
    lexicon: Lexicon | None = None,
    sop: Mapping[str, Any] | None = None,
    rubric: Mapping[str, Any] | None = None,
    trainee: str = "",
    company: str = "",
    prices: PriceBook | None = None,
) -> list[Event]:
    """The transcript as the event log a played call writes (see the module docstring).

    ``company`` is the contact's account name, recorded when the agent's opening names no
    company of its own.  ``prices``, the contact account's KB prices, are compared with each
    price the agent quotes for a product (``kb_compared``).
    """
    base = lexicon if lexicon is not None else load_lexicon(tr.locale)
    reader = _Reader(tr, base, sop)
    reader.account_name = company
    reader.company = reader.find_company()
    reader.lex = with_names(base, customer_names(tr, base), [company, reader.company])
    reader.prices = prices or PriceBook({})
    reader.open(rubric, trainee)
    for line in tr.lines:
        if line.speaker == "agent":
            reader.agent(line)
        elif line.speaker:
            reader.customer(line)
        else:
            reader.marker(line)
        reader.previous = line
    reader.close()
    return list(reader.log.events)


def customer_names(tr: Transcript, lex: Lexicon) -> set[str]:
    """The customer's names this contact gives: the header's ``customer`` and every name spelt
    in full after an honorific ("Bapak Made Suarjana?", "this is Mrs Helen Whitlock").

    Why: an address is heard by the name's shape, which fails for names that are also words
    (Made, Slamet); a name the contact itself spells out is one the agent may address.
    """
    names = {tr.header.get("customer", "")} - {""}
    for line in tr.lines:
        if line.speaker:
            names |= full_names(lex, line.text)
    return names


_FIGURE_RE: Final = re.compile(r"[^\W_]*\d[\w.,/-]*\w|\d")


def _figures(text: str) -> set[str]:
    """The figures of a line (anything with a digit: "PSK-77310928", "Rp 1.250.000", "4410"),
    case and trailing punctuation ignored."""
    return {m.group(0).casefold() for m in _FIGURE_RE.finditer(text)}


def _only_echoes(text: str, said: set[str]) -> bool:
    """Every figure of an agent line is one the customer said before (and it has one)."""
    figures = _figures(text)
    return bool(figures) and figures <= said


class _Reader:
    """One transcript turned into events, line by line: what a played call would have logged."""

    def __init__(self, tr: Transcript, lex: Lexicon, sop: Mapping[str, Any] | None) -> None:
        self.tr, self.lex, self.sop = tr, lex, dict(sop or {})
        #: the contact's account name: the company when the opening names none
        self.account_name = ""
        #: the company the agent speaks for (:meth:`find_company`)
        self.company = ""
        #: the contact account's KB prices, to hold quoted prices against
        self.prices = PriceBook({})
        self.locale = tr.locale
        self.voice = tr.channel == "call"
        self.log = EventLog()
        self.started = tr.header.get("started", "").replace("Z", "+00:00")
        self.turn = self.demands = 0
        self.flags: set[str] = set()
        self.previous: Line | None = None
        self.hold_start: float | None = None
        self.transferred = self.escalated = False
        #: the next agent turn introduces the customer after a warm briefing
        self.introducing = False
        #: every figure the customer has said (order numbers, account numbers, amounts)
        self.customer_figures: set[str] = set()
        #: the caller has said they speak for the account holder (a spouse, a child...)
        self.third_party = False
        self.end_t: float | None = None
        #: when the last line (or marker) ended: the call's end when END CALL is missing
        self.last_end = 0.0

    def find_company(self) -> str:
        """The brand the agent named in their first line: a transcript has no account name
        to trust (one account, several brands), and the opening is where the card wants it."""
        first = next((line for line in self.tr.lines if line.speaker == "agent"), None)
        if first is None:
            return self.account_name
        people = [self.tr.header.get(k, "") for k in ("agent", "customer")]
        # the locale's own lexicon: an account's phrases spell its brand, which would make
        # the brand a "known word" and hide it
        base = load_lexicon(self.locale)
        known = [p for p in people if p]
        # an email often names the company only in its sign-off
        sign_off = " ".join(first.text.split()[-_SIGN_OFF_WORDS:])
        return (
            brand_in_opening(base, first.text, known)
            or brand_in_opening(base, sign_off, known)
            or self.account_name
        )

    def open(self, rubric: Mapping[str, Any] | None, trainee: str) -> None:
        """``call_started``, then the call connecting as its channel and direction do."""
        tr, started = self.tr, self.started
        offset = started[-6:] if len(started) >= 6 and started[-6] in "+-" else "+00:00"
        name = tr.header.get("customer", "")
        self.log.append(
            0.0,
            ev.CALL_STARTED,
            persona="",
            account=tr.account,
            company=self.company,
            channel=tr.channel,
            direction=tr.direction,
            locale=self.locale,
            mode="qa",
            trainee=trainee,
            agent=tr.header.get("agent", ""),
            seed=0,
            starts_at=started,
            sop=self.sop,
            expect={},
            rubric=dict(rubric or {}),
            customer={"name": name, "title": "", "utc_offset": offset},
            source=tr.file,
        )
        if tr.channel == "call" and tr.direction == "inbound":
            self.log.append(0.0, ev.ANSWERED)
            return
        if tr.channel == "call":
            self.log.append(
                0.0, ev.DIALED, entry="", phone="", name=name, target=True, local_time=started
            )
        self.log.append(0.0, ev.CONNECTED)

    def _spoken(self, line: Line) -> dict[str, Any]:
        """A voice line's spoken length (it delays the next line's start); none in writing."""
        seconds = spoken_seconds(line.text, self.locale) if self.voice else 0
        self.last_end = max(self.last_end, line.t + seconds)
        return {"seconds": seconds} if self.voice else {}

    def agent(self, line: Line) -> None:
        extra = self._spoken(line)
        found = recognise(line.text, self.locale, self.lex)
        acts = _acts(line.text, self.locale, self.lex, found.acts)
        previous = self.previous
        cut_customer = (
            previous is not None
            and previous.speaker == "customer"
            and previous.text.rstrip().endswith(CUT_MARKS)
        )
        if cut_customer and "refuse_secret" not in acts and "interrupt" not in acts:
            acts.append("interrupt")
        if self.introducing and "warm_transfer" not in acts:
            acts.append("warm_transfer")  # the introduction after the briefing
        # the caller said they are not the holder: what the engine knows from the persona's
        # state, the reader knows from the caller's words
        if self.tr.direction == "outbound" and "pitch" in _cue_hits(line.text, self.locale):
            # a price quoted to a prospect is an offer, not their account's data
            acts = [a for a in acts if a not in ("disclose_account", "disclose_without_verify")]
            if "offer_solution" not in acts:
                acts.append("offer_solution")
        if "disclose_account" in acts and _only_echoes(line.text, self.customer_figures):
            # "I'll check the refund on order PSK-77310928": the customer's own reference,
            # read back, tells them nothing about the account
            acts = [a for a in acts if a not in ("disclose_account", "disclose_without_verify")]
        third_party = self.third_party and "disclose_account" in acts
        if third_party and "disclose_without_verify" not in acts:
            acts.append("disclose_without_verify")
        self.introducing = False
        self.log.append(
            float(line.t),
            ev.AGENT_SAID,
            turn=self.turn,
            state="",
            option="",
            text=line.text,
            acts=acts,
            free=True,
            confidence=round(found.confidence, 3),
            control="",
            shown=[],
            key=0,
            **extra,
        )
        self.turn += 1
        for quote in quoted_prices(line.text, self.prices):
            self.log.append(
                float(line.t),
                ev.KB_COMPARED,
                product=quote.product,
                said=quote.said,
                kb=list(quote.kb),
                agrees=quote.agrees,
            )

    def customer(self, line: Line) -> None:
        t = float(line.t)
        self.customer_figures |= _figures(line.text)
        extra = self._spoken(line)
        self.log.append(
            t, ev.CUSTOMER_SAID, state="", text=line.text, variant=0, source="say", **extra
        )
        hits = _cue_hits(line.text, self.locale)
        if "escalation_demand" in hits:
            self.demands += 1
            self.log.append(t, ev.ESCALATION_DEMAND, count=self.demands, state="")
        for flag in ("opt_out", "complaint"):
            if flag in hits and flag not in self.flags:
                self.flags.add(flag)
                self.log.append(t, ev.FLAG_SET, flag=flag, value=True)
        # who is on the line: a caller speaking for someone else until the holder comes on
        if "account_holder" in hits and self.third_party:
            self.third_party = False
            self.log.append(t, ev.FLAG_SET, flag="third_party", value=False)
        elif "third_party" in hits and not self.third_party:
            self.third_party = True
            self.log.append(t, ev.FLAG_SET, flag="third_party", value=True)

    def marker(self, line: Line) -> None:
        t = float(line.t)
        self.last_end = max(self.last_end, t)
        if line.marker == "HOLD START":
            self.hold_start = t
            self.log.append(t, ev.HOLD_STARTED)
        elif line.marker == "HOLD END":
            held = t - (self.hold_start if self.hold_start is not None else t)
            self.hold_start = None
            self.log.append(t, ev.HOLD_ENDED, seconds=held)
        elif line.marker in _TRANSFERS:
            self._transfer(t, line)
        elif line.marker == "ESCALATE":
            self.escalated = True
            self.log.append(t, ev.ESCALATED, reason=line.text)
        elif line.marker == "END CALL":
            self.end_t = t

    def _transfer(self, t: float, line: Line) -> None:
        """A warm transfer carries its briefing (spoken, on a call); a cold one nothing."""
        self.transferred = True
        warm = line.marker == "TRANSFER WARM"
        text = line.text
        briefing = (
            {"to": "receiving party", "issue": text, "tried": text, "text": text}
            if warm and text
            else {}
        )
        spoken = spoken_seconds(text, self.locale) if self.voice and warm else 0
        self.last_end = max(self.last_end, t + spoken)
        self.introducing = warm
        kind = "warm" if warm else "cold"
        seconds = {"seconds": spoken} if spoken else {}
        self.log.append(t, ev.TRANSFERRED, kind=kind, briefing=briefing, **seconds)

    def close(self) -> None:
        """A hold still open ends with the call; the call ends (at END CALL, else after the
        last line, by the system); then the after-call work the transcript gives."""
        end_t, end_by = self.end_t, "agent"
        if self.hold_start is not None:
            at = end_t if end_t is not None else self.last_end
            self.log.append(at, ev.HOLD_ENDED, seconds=at - self.hold_start)
        if end_t is None:
            end_t, end_by = self.last_end, "system"
        ending = (
            "transferred" if self.transferred else "escalated" if self.escalated else "resolved"
        )
        self.log.append(end_t, ev.CALL_ENDED, ending=ending, by=end_by)
        self._acw(end_t)

    def _acw(self, end_t: float) -> None:
        tr = self.tr
        if tr.acw_seconds is None and tr.disposition is None and tr.notes is None:
            return
        limit = self.sop.get("acw_seconds", 60)
        self.log.append(end_t, ev.ACW_STARTED, limit=limit)
        if tr.notes is not None:
            self.log.append(end_t, ev.ACW_NOTE, text=tr.notes)
        if tr.disposition is not None:
            # Account codes are snake_case ("ticket_created"); the contract writes "ticket-created".
            code = tr.disposition.strip().replace("-", "_").lower()
            self.log.append(end_t, ev.DISPOSITION, code=code)
        if tr.acw_seconds is not None:
            seconds = float(tr.acw_seconds)
            over = seconds > float(limit)
            self.log.append(end_t + seconds, ev.ACW_ENDED, seconds=seconds, limit=limit, over=over)
