"""A transcript of a real call, chat or email -> the event log a played call produces.

``mockcall qa`` scores live work with the very scorer that scores practice calls, so a
transcript is not scored here: it is *read* into :class:`~mockcall.core.events.Event` objects
(agent lines tagged by the free-text recogniser, holds, transfers, escalations, the end, ACW)
and handed to :func:`mockcall.core.scoring.score` like any stored call.

The format is ``docs/qa.md`` (the contract is the product's QA page): header lines
``# key: value``, then ``[mm:ss] AGENT: ...`` / ``[mm:ss] CUSTOMER: ...`` lines and markers
(``HOLD START``, ``HOLD END``, ``TRANSFER WARM: <briefing>``, ``TRANSFER COLD``,
``ESCALATE: <reason>``, ``END CALL``), then ``ACW: 75s``, ``DISPOSITION: code`` and
``NOTES: ...``.  Every problem of a file is reported at once, as values; nothing raises.

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
* the ending: ``transferred`` after a transfer, ``escalated`` after an escalation, else
  ``resolved``; a transcript without ``END CALL`` ends when its last line does.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any, Final

from mockcall.core import events as ev
from mockcall.core.acts import Lexicon, brand_in_opening, load_lexicon, recognise
from mockcall.core.events import Event, EventLog
from mockcall.core.kb_prices import PriceBook, quoted_prices
from mockcall.core.model import Problem
from mockcall.core.vocab import FAULT_ACTS
from mockcall.core.yamlsafe import Limits, load_text_data, read_text

__all__ = [
    "HEADER_KEYS",
    "MAX_BYTES",
    "Line",
    "Transcript",
    "parse",
    "read",
    "to_events",
]

#: A transcript larger than this is refused unread (an email thread of a day is ~100 KB).
MAX_BYTES: Final = 2_000_000
_LIMITS: Final = Limits(max_bytes=MAX_BYTES)

#: Header keys and the values each may take (None: free text, checked elsewhere).
HEADER_KEYS: Final[dict[str, tuple[str, ...] | None]] = {
    "account": None,
    "channel": ("call", "chat", "email"),
    "locale": ("id", "en"),
    "direction": ("inbound", "outbound"),
    "started": None,
}
#: Optional header keys: the customer's and the agent's names.
_OPTIONAL_KEYS: Final = ("customer", "agent")

_HEADER_RE: Final = re.compile(r"^#\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_TIMED_RE: Final = re.compile(r"^\[\s*(\d+):(\d{1,2})(?::(\d{1,2}))?\s*\]\s*(.*)$")
_BAD_TIME_RE: Final = re.compile(r"^\[[^\]]*\]")
_SPEAKER_RE: Final = re.compile(r"^(AGENT|CUSTOMER)\s*:\s*(.*)$", re.IGNORECASE)
_OTHER_SPEAKER_RE: Final = re.compile(r"^([A-Za-z][\w .'-]{0,30}?)\s*:\s*(.*)$")
_ACW_RE: Final = re.compile(r"^(ACW|DISPOSITION|NOTES)\s*:\s*(.*)$", re.IGNORECASE)
_SECONDS_RE: Final = re.compile(r"^(\d+)\s*(?:s|sec|secs|seconds?)?$", re.IGNORECASE)
_STARTED_RE: Final = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$")
_CUT: Final = ("—", "--", "–")
_MARKERS: Final = (
    "HOLD START",
    "HOLD END",
    "TRANSFER WARM",
    "TRANSFER COLD",
    "ESCALATE",
    "END CALL",
)


@dataclass(frozen=True, slots=True)
class Line:
    """One timed line: a speaker's words or a marker. ``lineno`` is 1-based."""

    lineno: int
    t: int
    speaker: str  # "agent", "customer" or "" for a marker
    text: str
    marker: str = ""  # one of _MARKERS for a marker line


@dataclass(frozen=True)
class Transcript:
    """A parsed transcript: header values, timed lines and the after-call work."""

    file: str
    header: Mapping[str, str]
    lines: tuple[Line, ...]
    acw_seconds: int | None = None
    disposition: str | None = None
    notes: str | None = None
    acw_line: int = 0

    @property
    def channel(self) -> str:
        return self.header.get("channel", "call")

    @property
    def locale(self) -> str:
        return self.header.get("locale", "id")

    @property
    def direction(self) -> str:
        return self.header.get("direction", "inbound")

    @property
    def account(self) -> str:
        return self.header.get("account", "")


@dataclass
class _Parse:
    file: str
    problems: list[Problem] = field(default_factory=list)

    def add(self, line: int, code: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, 1, code, message))


# --------------------------------------------------------------------------- reading


def read(path: str) -> tuple[Transcript | None, list[Problem]]:
    """Read a transcript file: size checked before reading, strict UTF-8, every problem."""
    text, problems = read_text(path, _LIMITS)
    if text is None:
        return None, problems
    return parse(text, path)


#: line ends as an editor counts them; ``str.splitlines`` would also break at form feeds,
#: \x1c-\x1e and U+2028, and the line numbers of problems would not match the file
_LINE_END: Final = re.compile(r"\r\n|\r|\n")


def _lines(text: str) -> list[str]:
    lines = _LINE_END.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def parse(text: str, file: str = "<text>") -> tuple[Transcript | None, list[Problem]]:
    """Parse transcript text. The transcript is None when any problem was found."""
    p = _Parse(file)
    raw_lines = _lines(text)
    header, first = _read_header(p, raw_lines)
    body = _Body(p)
    for n in range(first, len(raw_lines)):
        body.read(n + 1, raw_lines[n].strip())
    if header and not body.lines:
        p.add(len(raw_lines) or 1, "no-lines", "the transcript has no [mm:ss] lines")
    acw_seconds, disposition, notes_text = _after_call_work(p, body.acw)
    if p.problems:
        return None, p.problems
    first_acw = min((at for _, at in body.acw.values()), default=0)
    transcript = Transcript(
        file, header, tuple(body.lines), acw_seconds, disposition, notes_text, first_acw
    )
    return transcript, []


def _read_header(p: _Parse, raw_lines: Sequence[str]) -> tuple[dict[str, str], int]:
    """The leading ``# key: value`` lines (blank lines allowed between them), checked; and the
    index of the first line after them."""
    header: dict[str, str] = {}
    header_line: dict[str, int] = {}
    i = 0
    while i < len(raw_lines):
        raw = raw_lines[i].strip()
        if not raw:
            i += 1
            continue
        m = _HEADER_RE.match(raw)
        if m is None:
            break
        key, value = m.group(1).lower(), m.group(2)
        if key in header:
            first = header_line[key]
            p.add(i + 1, "duplicate-header", f"'{key}' is given twice (first on line {first})")
        elif key in HEADER_KEYS or key in _OPTIONAL_KEYS:
            header[key] = value
            header_line[key] = i + 1
        else:
            known = ", ".join([*HEADER_KEYS, *_OPTIONAL_KEYS])
            p.add(i + 1, "unknown-header", f"unknown header '{key}' (known: {known})")
        i += 1
    if not header:
        p.add(
            1,
            "no-header",
            "a transcript starts with '# account:', '# channel:', '# locale:', "
            "'# direction:' and '# started:' lines",
        )
    else:
        _check_header(p, header, header_line)
    return header, i


class _Body:
    """The lines after the header, read one by one: timed lines in order, at most one hold
    open at a time, nothing after END CALL, then the after-call work block."""

    def __init__(self, p: _Parse) -> None:
        self.p = p
        self.lines: list[Line] = []
        #: ACW / DISPOSITION / NOTES -> (value, line number)
        self.acw: dict[str, tuple[str, int]] = {}
        self.last_t = -1
        self.last_t_line = 0
        self.ended_line = 0
        self.hold_open = 0

    def read(self, lineno: int, raw: str) -> None:
        p = self.p
        if raw.startswith("#"):
            late = _HEADER_RE.match(raw)
            if late is not None and late.group(1).lower() in (*HEADER_KEYS, *_OPTIONAL_KEYS):
                p.add(lineno, "late-header", "header lines come before the first timed line")
            return  # any other '#' line is a comment
        if not raw:
            return
        m_acw = _ACW_RE.match(raw)
        if m_acw is not None and not raw.startswith("["):
            self._acw_line(lineno, m_acw.group(1).upper(), m_acw.group(2).strip())
            return
        m = _TIMED_RE.match(raw)
        if m is None:
            self._untimed(lineno, raw)
            return
        if self.acw:
            p.add(lineno, "after-acw", "a timed line after the ACW block")
        self._time(lineno, m)
        if self.ended_line:
            p.add(lineno, "after-end", f"a timed line after END CALL (line {self.ended_line})")
        line = _timed(p, lineno, _seconds(m), m.group(4).strip())
        if line is not None:
            self._marker(lineno, line.marker)
            self.lines.append(line)

    def _acw_line(self, lineno: int, key: str, value: str) -> None:
        if key in self.acw:
            first = self.acw[key][1]
            self.p.add(lineno, "duplicate-acw", f"{key} is given twice (first on line {first})")
        else:
            self.acw[key] = (value, lineno)

    def _untimed(self, lineno: int, raw: str) -> None:
        """A line that is neither timed nor ACW: a bad time, a note's next line, or wrong."""
        if _BAD_TIME_RE.match(raw):
            self.p.add(lineno, "bad-time", "a time is [mm:ss], e.g. [04:10] (minutes may pass 59)")
        elif "NOTES" in self.acw and _notes_last(self.acw):
            notes, at = self.acw["NOTES"]
            self.acw["NOTES"] = (f"{notes}\n{raw}", at)
        else:
            self.p.add(
                lineno, "unknown-line", "expected a [mm:ss] line, ACW:, DISPOSITION: or NOTES:"
            )

    def _time(self, lineno: int, m: re.Match[str]) -> None:
        """The line's time is a clock reading and never earlier than the one before."""
        t = _seconds(m)
        # [mm:ss]: the seconds are group 2; [h:mm:ss]: minutes are group 2, seconds group 3
        hour_form = m.group(3) is not None
        seconds, minutes = (m.group(3), m.group(2)) if hour_form else (m.group(2), "0")
        if int(seconds) > 59 or int(minutes) > 59:
            self.p.add(lineno, "bad-time", "seconds (and minutes of an hour) run 00..59")
        if t < self.last_t:
            self.p.add(
                lineno,
                "time-backwards",
                f"[{_clock(t)}] is earlier than [{_clock(self.last_t)}] on line {self.last_t_line}",
            )
        else:
            self.last_t, self.last_t_line = t, lineno

    def _marker(self, lineno: int, marker: str) -> None:
        if marker == "HOLD START":
            if self.hold_open:
                since = self.hold_open
                self.p.add(lineno, "hold-mismatch", f"HOLD START while on hold since line {since}")
            self.hold_open = lineno
        elif marker == "HOLD END":
            if not self.hold_open:
                self.p.add(lineno, "hold-mismatch", "HOLD END without a HOLD START")
            self.hold_open = 0
        elif marker == "END CALL":
            self.ended_line = self.ended_line or lineno


def _seconds(m: re.Match[str]) -> int:
    """``[mm:ss]`` or ``[h:mm:ss]`` as seconds from the contact's start."""
    if m.group(3) is not None:
        return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
    return int(m.group(1)) * 60 + int(m.group(2))


def _after_call_work(
    p: _Parse, acw: Mapping[str, tuple[str, int]]
) -> tuple[int | None, str | None, str | None]:
    """ACW seconds, disposition code and notes, each checked."""
    acw_seconds: int | None = None
    if "ACW" in acw:
        value, at = acw["ACW"]
        m_sec = _SECONDS_RE.match(value)
        if m_sec is None:
            p.add(at, "bad-acw", f"ACW is seconds, e.g. 'ACW: 75s', not '{value}'")
        else:
            acw_seconds = int(m_sec.group(1))
    disposition = acw["DISPOSITION"][0] if "DISPOSITION" in acw else None
    if disposition is not None and not re.match(r"^[A-Za-z][A-Za-z0-9_-]*$", disposition):
        at = acw["DISPOSITION"][1]
        p.add(at, "bad-disposition", f"'{disposition}' is not a disposition code")
    notes_text = acw["NOTES"][0] if "NOTES" in acw else None
    return acw_seconds, disposition, notes_text


def _notes_last(acw: Mapping[str, tuple[str, int]]) -> bool:
    """NOTES continue on the following untimed lines while it is the last ACW key given."""
    return max(acw.values(), key=lambda v: v[1])[1] == acw["NOTES"][1]


def _check_header(p: _Parse, header: Mapping[str, str], at: Mapping[str, int]) -> None:
    for key, allowed in HEADER_KEYS.items():
        value = header.get(key)
        if value is None:
            p.add(1, "missing-header", f"no '# {key}:' line")
            continue
        if allowed is not None and value not in allowed:
            p.add(at[key], "bad-header", f"{key} is {' or '.join(allowed)}, not '{value}'")
    started = header.get("started")
    if started is not None:
        if not _STARTED_RE.match(started):
            p.add(
                at["started"],
                "bad-header",
                f"started is the customer's local time with its offset, "
                f"e.g. 2026-03-14T10:05:00+07:00, not '{started}'",
            )
        else:
            try:
                datetime.fromisoformat(started.replace("Z", "+00:00"))
            except ValueError:
                p.add(at["started"], "bad-header", f"'{started}' is not a real date and time")


def _timed(p: _Parse, lineno: int, t: int, body: str) -> Line | None:
    m = _SPEAKER_RE.match(body)
    if m is not None:
        return Line(lineno, t, m.group(1).lower(), m.group(2).strip())
    upper = body.upper()
    for marker in _MARKERS:
        if upper == marker or upper.startswith(marker + ":") or upper.startswith(marker + " :"):
            rest = body[len(marker) :].lstrip().removeprefix(":").strip()
            if marker in ("HOLD START", "HOLD END", "END CALL", "TRANSFER COLD") and rest:
                p.add(lineno, "bad-marker", f"{marker} takes nothing after it")
                return None
            if marker == "ESCALATE" and not rest:
                p.add(lineno, "bad-marker", "ESCALATE: needs its reason (callback, ticket...)")
                return None
            return Line(lineno, t, "", rest, marker)
    if not body:
        p.add(lineno, "missing-speaker", "a timed line needs AGENT: or CUSTOMER: and the words")
        return None
    m = _OTHER_SPEAKER_RE.match(body)
    if m is not None:
        p.add(
            lineno,
            "unknown-speaker",
            f"'{m.group(1)}' is not a speaker: use AGENT or CUSTOMER",
        )
        return None
    if body.upper() == body and any(c.isalpha() for c in body):
        known = ", ".join(_MARKERS)
        p.add(lineno, "unknown-marker", f"'{body}' is not a marker (known: {known})")
        return None
    p.add(lineno, "missing-speaker", "a timed line needs AGENT: or CUSTOMER: before the words")
    return None


def _clock(t: int) -> str:
    return f"{t // 60:02d}:{t % 60:02d}"


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
    reader = _Reader(tr, lexicon if lexicon is not None else load_lexicon(tr.locale), sop)
    reader.account_name = company
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


class _Reader:
    """One transcript turned into events, line by line: what a played call would have logged."""

    def __init__(self, tr: Transcript, lex: Lexicon, sop: Mapping[str, Any] | None) -> None:
        self.tr, self.lex, self.sop = tr, lex, dict(sop or {})
        #: the contact's account name: the company when the opening names none
        self.account_name = ""
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
        #: the caller has said they speak for the account holder (a spouse, a child...)
        self.third_party = False
        self.end_t: float | None = None
        #: when the last line (or marker) ended: the call's end when END CALL is missing
        self.last_end = 0.0

    def _company(self) -> str:
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
            company=self._company(),
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
            and previous.text.rstrip().endswith(_CUT)
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
