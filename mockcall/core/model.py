"""The model: frozen, typed objects for accounts, personas and rubrics.

These dataclasses *are* the file formats.  The loader walks YAML nodes into them by reading
their type hints, and ``mockcall schema`` derives the JSON Schema from the same hints, so a key
exists in exactly one place.  Field metadata carries what the hints cannot say:

* ``doc`` — one line for the JSON Schema and the authoring guide;
* ``min`` / ``max`` — numeric bounds, ``pattern`` — a regular expression for strings;
* ``ref`` — what kind of name a string refers to (``state``, ``act``, ``tool``, ``fact``,
  ``ending``, ``disposition``, ``flag``, ``event``), checked by the validator;
* ``wording`` — text a reader sees in another language, never what is scored: left out of a
  rubric's hash (``core.canonical``), so translating a rubric keeps its sessions and scores.

Every object remembers where it came from (``at``) and where each of its keys' values sits
(``marks``), so any later check can still report ``file:line:col``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field
from typing import Any, ClassVar, Literal

from mockcall.core.vocab import CallAction, Channel, Direction, Locale, Region

Scalar = str | int | float | bool
OptionOrder = Literal["shuffled", "file"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@dataclass(frozen=True, slots=True)
class Mark:
    """A position in a source file; line and column are 1-based as editors show them."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


NOWHERE = Mark("<memory>", 0, 0)

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file. Errors are values: only the edges print them."""

    file: str
    line: int
    col: int
    code: str
    message: str
    severity: Severity = "error"

    @classmethod
    def at(cls, mark: Mark, code: str, message: str, severity: Severity = "error") -> Problem:
        return cls(mark.file, mark.line, mark.col, code, message, severity)

    def __str__(self) -> str:
        tag = "" if self.severity == "error" else " (warning)"
        return f"{self.file}:{self.line}:{self.col}: {self.code}: {self.message}{tag}"


def spec(default: Any = MISSING, doc: str = "", **meta: Any) -> Any:
    """A dataclass field with its documentation and constraints in ``metadata``.

    Mutable defaults (dicts) are turned into factories so frozen objects never share state.
    """
    metadata = {"doc": doc, **meta}
    if isinstance(default, dict):
        frozen_default = dict(default)
        return field(default_factory=lambda: dict(frozen_default), metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True, kw_only=True)
class Located:
    """Base of every model object: where it was written, and where each key's value was."""

    at: Mark = field(default=NOWHERE, compare=False, repr=False, metadata={"internal": True})
    marks: Mapping[str, Mark] = field(
        default_factory=dict, compare=False, repr=False, metadata={"internal": True}
    )

    #: When set, a lone scalar in YAML is read as a mapping with just this key.
    shorthand: ClassVar[str | None] = None

    def mark_of(self, key: str) -> Mark:
        """Where the value of ``key`` was written; the object's own mark if it was defaulted."""
        return self.marks.get(key, self.at)


# --------------------------------------------------------------------------- account


@dataclass(frozen=True, kw_only=True)
class CallingHours(Located):
    """When outbound calls are allowed, in the *customer's* local time."""

    days: tuple[Weekday, ...] = spec(
        ("mon", "tue", "wed", "thu", "fri", "sat"), "weekdays on which calls are allowed"
    )
    start: str = spec("08:00", "first allowed minute, HH:MM (quote it)", pattern=r"^\d\d:\d\d$")
    end: str = spec("18:00", "calls must start before this time, HH:MM", pattern=r"^\d\d:\d\d$")


@dataclass(frozen=True, kw_only=True)
class Sop(Located):
    """The account's timing rules; rubrics refer to them with the word ``sop``."""

    acw_seconds: int = spec(60, "after-call work time limit", min=5, max=3600)
    max_hold_seconds: int = spec(120, "total hold time before it is marked down", min=0)
    hold_checkback_seconds: int = spec(60, "check back with a held customer this often", min=0)
    dead_air_seconds: int = spec(15, "silence on a voice call before it is dead air", min=1)
    chat_response_seconds: int = spec(60, "longest wait between chat replies", min=1)
    max_handle_seconds: int = spec(900, "talk + hold time before the call is too long", min=1)
    calling_hours: CallingHours | None = spec(None, "outbound calling window")


@dataclass(frozen=True, kw_only=True)
class Disposition(Located):
    """A disposition code the agent picks in ACW."""

    shorthand: ClassVar[str | None] = "id"
    id: str = spec(doc="code, e.g. ticket_created", pattern=r"^[a-z][a-z0-9_]*$")
    label: str = spec("", "what the agent sees in the list")
    labels: Mapping[str, str] = spec({}, "the label in other UI languages: language -> label")


@dataclass(frozen=True, kw_only=True)
class Followup(Located):
    """A follow-up the agent can book in ACW (callback, email summary, courier claim...)."""

    shorthand: ClassVar[str | None] = "id"
    id: str = spec(doc="follow-up code", pattern=r"^[a-z][a-z0-9_]*$")
    label: str = spec("", "what the agent sees")
    labels: Mapping[str, str] = spec({}, "the label in other UI languages: language -> label")


@dataclass(frozen=True, kw_only=True)
class Tool(Located):
    """An agent tool of the account. Using it is an event the rubric can score."""

    id: str = spec(doc="tool id, e.g. account_lookup", pattern=r"^[a-z][a-z0-9_]*$")
    label: str = spec("", "name on the tools panel")
    labels: Mapping[str, str] = spec({}, "the name in other UI languages: language -> name")
    description: str = spec("", "what the tool does, shown on hover/help")
    descriptions: Mapping[str, str] = spec(
        {}, "the description in other UI languages: language -> text"
    )
    kind: Literal["lookup", "action", "dnc"] = spec(
        "lookup", "lookup shows data; action changes something (sets flags); dnc checks the list"
    )
    card: bool = spec(False, "using it fills the customer card (name, phone, account no.)")
    reveals: tuple[str, ...] = spec((), "persona facts this tool shows when used", ref="fact")
    sets: tuple[str, ...] = spec((), "flags set on the call when the tool is used", ref="flag")


@dataclass(frozen=True, kw_only=True)
class KbDoc(Located):
    """A knowledge-base document the trainee can open during a call."""

    id: str = spec(doc="document id", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str = spec(doc="title in the KB list")
    titles: Mapping[str, str] = spec({}, "the title in other UI languages: language -> title")
    file: str = spec(doc="Markdown file, relative to the account folder")
    tags: tuple[str, ...] = spec((), "search words")


@dataclass(frozen=True, kw_only=True)
class Account(Located):
    """The client company: SOP timings, dispositions, tools, knowledge base."""

    id: str = spec(doc="account id; also the folder name", pattern=r"^[a-z][a-z0-9_-]*$")
    name: str = spec(doc="client company name shown to the trainee")
    locale: Locale = spec("id", "main language of the account")
    sourcing: Literal["outsourced", "in-house"] = spec("outsourced", "who runs the centre")
    description: str = spec("", "what the client sells, for the trainee's briefing")
    sop: Sop = spec(doc="timing rules")
    dispositions: tuple[Disposition, ...] = spec((), "ACW disposition codes")
    followups: tuple[Followup, ...] = spec((), "ACW follow-ups")
    tools: tuple[Tool, ...] = spec((), "agent tools")
    kb: tuple[KbDoc, ...] = spec((), "knowledge-base documents")
    lexicon: Mapping[str, tuple[str, ...]] = spec(
        {}, "extra free-text phrases per act (brand greetings...)", ref="act"
    )

    def tool(self, tool_id: str) -> Tool | None:
        return next((t for t in self.tools if t.id == tool_id), None)


# --------------------------------------------------------------------------- persona


@dataclass(frozen=True, kw_only=True)
class Customer(Located):
    """Who the customer is; shown on the customer card once the agent looks them up."""

    name: str = spec(doc="customer's name")
    title: str = spec("", "honorific: Bapak, Ibu, Kak, Mr, Ms...")
    phone: str = spec("", "phone number (quote it: leading zeros)")
    account_no: str = spec("", "account/customer number (quote it)")
    email: str = spec("", "email address")
    city: str = spec("", "city or region")
    utc_offset: str = spec(
        "+07:00", "customer's UTC offset, e.g. '-05:00' (quote it)", pattern=r"^[+-]\d\d:\d\d$"
    )
    dnc: bool = spec(False, "the number is on the Do-Not-Call list")
    vip: bool = spec(False, "a VIP customer")


@dataclass(frozen=True, kw_only=True)
class CallListEntry(Located):
    """One line of an outbound call list."""

    id: str = spec(doc="entry id", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str = spec(doc="who the number belongs to")
    phone: str = spec(doc="number to dial (quote it)")
    utc_offset: str = spec(
        "+07:00", "local UTC offset of the number (quote it)", pattern=r"^[+-]\d\d:\d\d$"
    )
    dnc: bool = spec(False, "on the Do-Not-Call list: dialling it is a fatal error")
    consent: bool = spec(True, "the person agreed to be contacted")
    answers: bool = spec(True, "someone picks up")
    target: bool = spec(False, "the persona's own number: dialling it starts the dialogue")
    note: str = spec("", "what the list says about this lead")


@dataclass(frozen=True, kw_only=True)
class Mood(Located):
    """Mood model: 0 calm ... 100 furious. Thresholds switch dialogue paths."""

    start: int = spec(50, "mood when the call begins", min=0, max=100)
    escalate_at: int = spec(80, "at or above: the customer demands a supervisor", min=0, max=100)
    calm_at: int = spec(40, "below this in the demand state: back to calm_state", min=0, max=100)
    hangup_at: int = spec(100, "at or above: the customer hangs up", min=0, max=101)
    patience: int = spec(20, "seconds of silence tolerated before dead air", min=1)
    hold_patience: int = spec(90, "seconds on hold tolerated before mood rises", min=1)
    demand_state: str | None = spec(None, "escalation-demand state (soup call)", ref="state")
    calm_state: str | None = spec(None, "where a calmed customer resumes", ref="state")
    acts: Mapping[str, int] = spec({}, "mood change per act the agent performs", ref="act")
    repeat: int = spec(5, "mood change when the agent repeats a line already said")
    dead_air: int = spec(10, "mood change on dead air")
    hold_too_long: int = spec(10, "mood change when a hold outlasts hold_patience")
    give_up_after: int = spec(
        4,
        "wasted turns tolerated (a repeated line, a reply the customer did not understand, dead"
        " air); the next one ends the call: the customer hangs up (0: never, tutorials only)",
        min=0,
        max=50,
    )


@dataclass(frozen=True, kw_only=True)
class Condition(Located):
    """``when:`` of an option: every key given must hold for the option to be offered."""

    mood_at_least: int | None = spec(None, "mood >= this", min=0, max=100)
    mood_below: int | None = spec(None, "mood < this", min=0, max=101)
    flags: tuple[str, ...] = spec((), "all these flags are set", ref="flag")
    not_flags: tuple[str, ...] = spec((), "none of these flags is set", ref="flag")
    revealed: tuple[str, ...] = spec((), "these facts were revealed", ref="fact")
    not_revealed: tuple[str, ...] = spec((), "these facts were not revealed yet", ref="fact")
    tools_used: tuple[str, ...] = spec((), "these tools were used", ref="tool")
    visited: tuple[str, ...] = spec((), "these states were visited", ref="state")
    not_visited: tuple[str, ...] = spec((), "these states were never visited", ref="state")
    min_visits: Mapping[str, int] = spec({}, "state -> visited at least n times", ref="state")
    max_visits: Mapping[str, int] = spec({}, "state -> visited at most n times", ref="state")
    facts: Mapping[str, Scalar] = spec({}, "fact -> value it must have", ref="fact")
    held: bool | None = spec(None, "the customer has (true) / has not (false) been on hold")


@dataclass(frozen=True, kw_only=True)
class Option(Located):
    """A reply the trainee can give (a line) or a call control they can use (an action)."""

    id: str = spec("", "stable id; defaults to '<state>.<n>'", pattern=r"^[A-Za-z0-9_.-]*$")
    text: str = spec("", "what the agent says (empty for a pure call action)")
    acts: tuple[str, ...] = spec((), "SOP acts this reply performs", ref="act")
    mood: int | None = spec(None, "mood change; default: sum of the persona's mood.acts")
    when: Condition | None = spec(None, "offered only when this holds")
    set: tuple[str, ...] = spec((), "flags set when chosen", ref="flag")
    clear: tuple[str, ...] = spec((), "flags cleared when chosen", ref="flag")
    reveal: tuple[str, ...] = spec((), "facts the customer tells in answer", ref="fact")
    reply: tuple[str, ...] = spec((), "customer's reaction (variants) before the next state")
    goto: str | None = spec(None, "next state", ref="state")
    end: str | None = spec(None, "ending reached (ends the call)", ref="ending")
    action: CallAction | None = spec(None, "call control performed with this reply")
    seconds: int = spec(6, "how long saying it takes (simulated clock)", min=0, max=600)


@dataclass(frozen=True, kw_only=True)
class State(Located):
    """One point of the dialogue: what the customer says, and what the trainee can answer."""

    say: tuple[str, ...] = spec(doc="customer line variants; {customer.name} etc. interpolate")
    again: tuple[str, ...] = spec((), "variants used when the state is visited again")
    options: tuple[Option, ...] = spec((), "the trainee's choices")
    hint: str = spec("", "practice-mode hint: what the SOP expects here")
    mood_escalation: bool = spec(True, "mood thresholds may pull the customer out of here")


@dataclass(frozen=True, kw_only=True)
class Reactions(Located):
    """Customer lines for things that are not options: silence, holds, repeats, free text."""

    dead_air: tuple[str, ...] = spec((), "after silence past patience")
    hold_too_long: tuple[str, ...] = spec((), "when taken off a hold that was too long")
    unhold: tuple[str, ...] = spec((), "when taken off hold in time")
    repeat: tuple[str, ...] = spec((), "when the agent repeats something already said")
    unclear: tuple[str, ...] = spec((), "when a free-text reply matched no option")
    hang_up: tuple[str, ...] = spec((), "last words when the customer hangs up")


@dataclass(frozen=True, kw_only=True)
class Expect(Located):
    """What correct after-call work looks like for this persona (ACW criteria use it)."""

    disposition: Mapping[str, str] = spec({}, "ending -> expected disposition code", ref="ending")
    notes_mention: tuple[str, ...] = spec((), "words the notes must contain; 'a|b' accepts either")


@dataclass(frozen=True, kw_only=True)
class PersonaTest(Located):
    """A declared playthrough: ``mockcall test`` plays the path and checks the result."""

    name: str = spec(doc="what this playthrough shows")
    path: str = spec(
        doc="steps: '1,2,hold,unhold,1', options numbered in file order (docs/semantics.md)"
    )
    ending: str | None = spec(None, "expected ending", ref="ending")
    min_score: float = spec(0.0, "lowest acceptable total", min=0, max=100)
    max_score: float = spec(100.0, "highest acceptable total", min=0, max=100)
    passed: bool | None = spec(None, "expected pass/fail")
    fatal: tuple[str, ...] = spec((), "criterion ids expected to fail fatally")


@dataclass(frozen=True, kw_only=True)
class Persona(Located):
    """A scripted customer: who they are, what they know, how they react."""

    id: str = spec(doc="unique persona id", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str = spec(doc="one line shown in the picker")
    account: str = spec(doc="account id (folder holding account.yaml and rubric.yaml)")
    direction: Direction = spec("inbound", "inbound: the customer calls; outbound: agent dials")
    channel: Channel = spec("call", "call, chat or email")
    locale: Locale = spec("id", "language the customer speaks")
    region: Region = spec("domestic", "domestic or international")
    difficulty: int = spec(2, "1 (easy) to 5 (hard)", min=1, max=5)
    summary: str = spec("", "briefing shown before the call")
    culture: str = spec("", "culture notes for international customers")
    subject: str = spec("", "email subject (email channel)")
    tags: tuple[str, ...] = spec((), "free tags: trap kinds, topics")
    starts_at: str = spec(
        "2026-03-02T10:00:00+07:00",
        "agent's wall-clock time when the call starts (ISO 8601, quote it)",
        pattern=r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$",
    )
    customer: Customer = spec(doc="the customer")
    facts: Mapping[str, Scalar] = spec({}, "hidden facts, revealed by probing or tools")
    mood: Mood = spec(doc="mood model")
    start: str = spec(doc="first state", ref="state")
    states: Mapping[str, State] = spec(doc="dialogue states by name")
    endings: tuple[str, ...] = spec(doc="endings this persona can reach")
    reactions: Reactions | None = spec(None, "lines for silence, holds, repeats, free text")
    expect: Expect | None = spec(None, "expected ACW per ending")
    call_list: tuple[CallListEntry, ...] = spec((), "outbound: numbers the agent can dial")
    tests: tuple[PersonaTest, ...] = spec((), "playthroughs checked by 'mockcall test'")
    option_order: OptionOrder = spec(
        "shuffled",
        "order of the options on screen: shuffled by the call's seed, or 'file' (as written, for"
        " a tutorial; practice only: an assessment always shuffles)",
    )

    #: Set by the loader: the file it came from.
    source: str = field(default="", compare=False, metadata={"internal": True})


# --------------------------------------------------------------------------- rubric


@dataclass(frozen=True, kw_only=True)
class EventMatch(Located):
    """An event of a kind whose data has the given values."""

    shorthand: ClassVar[str | None] = "kind"
    kind: str = spec(doc="event kind, e.g. dialed, hold_started", ref="event")
    where: Mapping[str, Scalar] = spec({}, "data key -> value the event must have")


@dataclass(frozen=True, kw_only=True)
class CountLimit(Located):
    """At most ``max`` occurrences of an act or an event kind."""

    act: str | None = spec(None, "act to count", ref="act")
    event: str | None = spec(None, "event kind to count", ref="event")
    max: int = spec(doc="highest allowed count", min=0)


@dataclass(frozen=True, kw_only=True)
class ToolBefore(Located):
    """A tool must have been used before an act (or event) happens."""

    tool: str = spec(doc="tool id", ref="tool")
    act: str | None = spec(None, "the act that needs the tool first", ref="act")
    event: str | None = spec(None, "or the event kind that needs it first", ref="event")


@dataclass(frozen=True, kw_only=True)
class EscalationRule(Located):
    """An escalation is justified only after the customer insisted and the agent tried."""

    min_demands: int = spec(1, "supervisor requests before escalating is fair", min=0)
    attempt_first: tuple[str, ...] = spec(
        ("deescalate",), "at least one of these acts must come before the escalation", ref="act"
    )


Limit = int | Literal["sop"]


@dataclass(frozen=True, kw_only=True)
class DayPart(Located):
    """A part of the day for greetings: from ``start`` (local time) until the locale's next part."""

    locale: Locale = spec(doc="language of the greeting words")
    start: str = spec(doc="first minute of this part, HH:MM (quote it)", pattern=r"^\d\d:\d\d$")
    words: tuple[str, ...] = spec(doc="greeting words of this part; any one of them counts")


@dataclass(frozen=True, kw_only=True)
class GreetingRule(Located):
    """The agent's first turn greets, by the customer's local time of day where that matters."""

    parts: tuple[DayPart, ...] = spec(
        (), "parts of the day per locale (each runs until the locale's next; the last to midnight)"
    )
    channels: tuple[Channel, ...] = spec(
        ("call",), "channels where the greeting must fit the time of day; elsewhere any greeting"
    )
    name_on: tuple[Channel, ...] = spec(
        ("email",), "channels where the greeting must also name the customer (use_name)"
    )


@dataclass(frozen=True, kw_only=True)
class HoursRegion(Located):
    """Outbound calling hours of one region, found by the customer's UTC offset."""

    name: str = spec(doc="region name shown in the reason, e.g. Indonesia")
    offsets: tuple[str, ...] = spec(doc="UTC offsets of the region, e.g. '+07:00' (quote them)")
    windows: tuple[CallingHours, ...] = spec(doc="allowed windows: days, start, end")


@dataclass(frozen=True, kw_only=True)
class SilenceLimits(Located):
    """Silence by channel: voice gaps, and on written channels the customer's wait for a reply."""

    voice: int | None = spec(
        None, "call: longest gap from a line's end to the next line's start, outside holds", min=0
    )
    first_reply: int | None = spec(
        None, "chat/email: longest wait for the agent's first message", min=0
    )
    reply: int | None = spec(None, "chat/email: longest wait for any later agent message", min=0)


@dataclass(frozen=True, kw_only=True)
class DispositionRule(Located):
    """Which disposition codes fit a call in which this event or act happened."""

    event: str | None = spec(None, "the rule applies when such an event happened", ref="event")
    where: Mapping[str, Scalar] = spec({}, "the ``event`` must have these data values")
    act: str | None = spec(None, "or when the agent performed this act", ref="act")
    codes: tuple[str, ...] = spec(doc="codes that fit ('-' and '_' are the same)")


@dataclass(frozen=True, kw_only=True)
class Check(Located):
    """What a criterion looks for. Every key given must pass; keys are combined with AND."""

    requires: tuple[str, ...] = spec((), "all these acts occur", ref="act")
    any_of: tuple[str, ...] = spec((), "at least one of these acts occurs", ref="act")
    within_turns: int | None = spec(None, "...within the first N agent turns", min=1)
    last_turns: int | None = spec(None, "...within the last N agent turns", min=1)
    after_event: str | None = spec(
        None, "...in the agent turn right after each such event", ref="event"
    )
    before_event: str | None = spec(
        None, "...in the agent turn right before each such event", ref="event"
    )
    before: tuple[str, ...] = spec((), "acts in this order where the later ones occur", ref="act")
    forbids: tuple[str, ...] = spec((), "none of these acts occurs", ref="act")
    forbids_event: EventMatch | None = spec(None, "no such event occurs")
    requires_event: EventMatch | None = spec(None, "such an event occurs")
    max_count: CountLimit | None = spec(None, "an act or event occurs at most N times")
    max_repeats: int | None = spec(None, "no agent line said more than N times", min=1)
    greeting_fits_time: bool = spec(
        False, "every time-of-day greeting the agent says fits the customer's local time"
    )
    max_hold_seconds: Limit | None = spec(None, "total hold time (or 'sop')")
    max_dead_air_seconds: Limit | None = spec(None, "longest silence (or 'sop')")
    max_acw_seconds: Limit | None = spec(None, "ACW time (or 'sop')")
    max_handle_seconds: Limit | None = spec(None, "talk + hold time (or 'sop')")
    hold_checkback: bool = spec(False, "no single hold longer than the SOP check-back time")
    tool_before: ToolBefore | None = spec(None, "a tool used before an act or event")
    disposition_expected: bool = spec(False, "ACW disposition equals the persona's expectation")
    notes_mention_expected: bool = spec(False, "ACW notes mention the persona's expected words")
    notes_min_chars: int | None = spec(None, "ACW notes at least this long", min=1)
    outcome_in: tuple[str, ...] = spec((), "the call ended in one of these endings", ref="ending")
    escalation_justified: EscalationRule | None = spec(
        None, "if escalated, only after insistence and an attempt"
    )
    transfer_type: Literal["warm", "cold"] | None = spec(None, "if transferred, this kind")
    briefing_complete: bool = spec(False, "a warm transfer's briefing has who, issue, tried")
    time_greeting: GreetingRule | None = spec(
        None, "the first agent turn greets by the customer's local time, from this table"
    )
    calling_hours: tuple[HoursRegion, ...] = spec(
        (), "outbound: the call started inside its region's hours (customer's local time)"
    )
    silence: SilenceLimits | None = spec(None, "silence limits per channel (voice gap, chat wait)")
    disposition_fits: tuple[DispositionRule, ...] = spec(
        (), "the disposition fits the first rule whose event or act happened"
    )
    forbids_words: tuple[str, ...] = spec(
        (), "no agent line contains one of these words or phrases (case ignored)"
    )
    forbids_after: EventMatch | None = spec(
        None, "none of the ``forbids`` acts after the first such event (instead of anywhere)"
    )
    says: tuple[str, ...] = spec(
        (),
        "an agent turn in the window (``within_turns``/``last_turns``/``after_event``/"
        "``before_event``) contains one of these words or phrases (case ignored); "
        "``{company}`` stands for the company's name as the call recorded it",
        added_later=True,
    )


@dataclass(frozen=True, kw_only=True)
class NaRule(Located):
    """When a criterion does not apply. Scalar shorthand: an event kind."""

    shorthand: ClassVar[str | None] = "event"
    event: str | None = spec(None, "applies only if such an event happened", ref="event")
    act: str | None = spec(None, "applies only if the agent performed this act", ref="act")
    outcome: tuple[str, ...] = spec((), "applies only for these endings", ref="ending")
    channel: tuple[Channel, ...] = spec((), "applies only on these channels")
    direction: Direction | None = spec(None, "applies only to this direction")
    where: Mapping[str, Scalar] = spec({}, "the ``event`` must have these data values")
    any_event: tuple[str, ...] = spec(
        (), "applies only if one of these events happened", ref="event"
    )
    any_act: tuple[str, ...] = spec(
        (), "applies only if the agent performed one of these", ref="act"
    )


@dataclass(frozen=True, kw_only=True)
class Translation(Located):
    """The rubric's or a section's title in another UI language."""

    title: str = spec("", "the title in this language (empty: the title as written)")


@dataclass(frozen=True, kw_only=True)
class CriterionTranslation(Located):
    """A criterion's title and coaching tip in another UI language."""

    title: str = spec("", "the title in this language (empty: the title as written)")
    coaching: str = spec("", "the coaching tip in this language (empty: the tip as written)")


@dataclass(frozen=True, kw_only=True)
class Criterion(Located):
    """One line of the scorecard."""

    id: str = spec(doc="criterion id, unique in the rubric", pattern=r"^[a-z][a-z0-9_]*$")
    title: str = spec("", "what the reviewer sees")
    points: float = spec(1.0, "weight inside its section", min=0)
    fatal: bool = spec(False, "failing it fails the whole call")
    review: bool = spec(
        False, "needs a reviewer's judgement: 'review' until overridden, out of the total"
    )
    review_unless: EventMatch | None = spec(
        None,
        "with review: judged by its check after all once such an event happened (the log"
        " then holds what settles it, e.g. kb_compared)",
        added_later=True,
    )
    na_unless: NaRule | None = spec(None, "N/A unless this happened")
    na_unless_any: tuple[NaRule, ...] = spec(
        (),
        "N/A unless one of these happened (each written as na_unless): a criterion that"
        " applies for different reasons on different calls",
        added_later=True,
    )
    check: Check = spec(doc="what is checked")
    coaching: str = spec("", "tip shown when the criterion is lost")
    translations: Mapping[Locale, CriterionTranslation] = spec(
        {},
        "title and coaching in other UI languages: language -> {title, coaching}",
        wording=True,
    )


@dataclass(frozen=True, kw_only=True)
class Section(Located):
    """A weighted group of criteria; weights of a rubric's sections sum to 100."""

    id: str = spec(doc="section id", pattern=r"^[a-z][a-z0-9_]*$")
    title: str = spec("", "section title")
    weight: float = spec(doc="share of the total score", min=0, max=100)
    criteria: tuple[Criterion, ...] = spec(doc="criteria")
    translations: Mapping[Locale, Translation] = spec(
        {}, "the title in other UI languages: language -> {title}", wording=True
    )


@dataclass(frozen=True, kw_only=True)
class Rubric(Located):
    """An account's SOP scorecard. Versioned; a session records its content hash."""

    id: str = spec(doc="rubric id", pattern=r"^[a-z][a-z0-9_-]*$")
    account: str = spec(doc="account id")
    version: int = spec(doc="bump on every change", min=1)
    title: str = spec("", "scorecard title")
    pass_mark: float = spec(85.0, "pass at or above this total", min=0, max=100)
    sections: tuple[Section, ...] = spec(doc="weighted sections")
    fatal_policy: Literal["fail", "zero"] = spec(
        "fail",
        "a fatal error fails the call with its total kept (fail) or also scores it 0 (zero)",
        added_later=True,
    )
    abnormal_endings: tuple[str, ...] = spec(
        ("agent_hung_up",),
        "endings the agent caused: a criterion that applies only to other outcomes"
        " (na_unless.outcome) is judged, so it is missed, not N/A; [] to make it N/A",
        ref="ending",
        added_later=True,
    )
    translations: Mapping[Locale, Translation] = spec(
        {}, "the title in other UI languages: language -> {title}", wording=True
    )

    #: Set by the loader: sha256 of the rubric's canonical content.
    content_hash: str = field(default="", compare=False, metadata={"internal": True})
    source: str = field(default="", compare=False, metadata={"internal": True})

    def criteria(self) -> list[tuple[Section, Criterion]]:
        return [(s, c) for s in self.sections for c in s.criteria]


# --------------------------------------------------------------------------- bundles


@dataclass(frozen=True)
class AccountBundle:
    """An account folder as loaded: the account, its rubric and its personas."""

    account: Account
    rubric: Rubric | None
    personas: tuple[Persona, ...]
    folder: str
    #: ``lexicon.yaml`` of the folder: locale -> act -> extra phrases (empty when absent)
    locale_lexicon: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)

    def lexicon_for(self, locale: str) -> dict[str, tuple[str, ...]]:
        """The account's extra phrases for calls in ``locale``: ``account.yaml``'s ``lexicon``
        (every locale) followed by that locale's section of ``lexicon.yaml``."""
        out: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in self.account.lexicon.items()}
        for act, phrases in self.locale_lexicon.get(locale, {}).items():
            out[act] = out.get(act, ()) + tuple(phrases)
        return out
