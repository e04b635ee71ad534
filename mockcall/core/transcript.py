"""A transcript of a real call, chat or email: its format, read into lines with every problem.

``mockcall qa`` scores live work with the very scorer that scores practice calls, so a
transcript is not scored here: it is parsed into a :class:`Transcript` (header, timed lines,
after-call work), and :mod:`mockcall.core.transcript_events` reads that into the event log a
played call produces.

The format is ``docs/qa.md`` (the contract is the product's QA page): header lines
``# key: value``, then ``[mm:ss] AGENT: ...`` / ``[mm:ss] CUSTOMER: ...`` lines and markers
(``HOLD START``, ``HOLD END``, ``TRANSFER WARM: <briefing>``, ``TRANSFER COLD``,
``ESCALATE: <reason>``, ``END CALL``), then ``ACW: 75s``, ``DISPOSITION: code`` and
``NOTES: ...``.  Every problem of a file is reported at once, as values; nothing raises.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from mockcall.core.model import Problem
from mockcall.core.yamlsafe import Limits, read_text

__all__ = [
    "CUT_MARKS",
    "HEADER_KEYS",
    "MAX_BYTES",
    "Line",
    "Transcript",
    "parse",
    "read",
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
#: How a line cut off by the other party ends (the contract writes "—").
CUT_MARKS: Final = ("—", "--", "–")
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
