"""Play a persona along a path of steps, as a trainee would press them, on a simulated clock.

Trainers write paths in persona ``tests:`` and on the command line (``mockcall simulate``,
``mockcall test``); the simulator turns one into a full call with after-call work and, when a
rubric and the scorer are available, a scorecard. The path syntax and the simulated timing are
the contract of ``docs/semantics.md`` ("Paths").

A step that the engine refuses stops the playthrough; the refusal is reported with the step's
index, never raised, so a broken persona test reads as a failed test, not a crash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from mockcall.core.engine import CallSession, ManualClock, Refusal
from mockcall.core.events import Event
from mockcall.core.model import Account, Persona, Rubric

StepKind = Literal["choose", "option", "control", "tool", "kb", "dial", "wait", "acw"]

#: Call controls a path may name.
CONTROLS: Final[frozenset[str]] = frozenset(
    {"hold", "unhold", "mute", "unmute", "end", "escalate", "transfer_warm", "transfer_cold"}
)
#: Seconds a non-option step takes on the simulated clock.
STEP_SECONDS: Final = 5.0
#: Seconds the simulated after-call work takes.
ACW_SECONDS: Final = 30.0
ESCALATE_REASON: Final = "customer insisted"
WARM_BRIEFING: Final[dict[str, str]] = {
    "to": "second-level support",
    "issue": "customer's issue as described on the call",
    "tried": "verification and the first-line checks",
}


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a path. ``arg`` is the option id, control, tool, doc, entry or disposition;
    ``number`` the option number (choose) or seconds (wait); ``notes`` the ACW notes of an
    ``acw:CODE:notes`` step (None: the persona's expected words)."""

    kind: StepKind
    arg: str = ""
    number: float = 0
    raw: str = ""
    notes: str | None = None

    def __str__(self) -> str:
        return self.raw


@dataclass(frozen=True, slots=True)
class PathError:
    """A path that cannot be parsed: which step (0-based), its text and why."""

    index: int
    step: str
    message: str

    def __str__(self) -> str:
        return f"step {self.index + 1} '{self.step}': {self.message}"


@dataclass(frozen=True, slots=True)
class StepRefusal:
    """A step the engine refused: the playthrough stopped there."""

    index: int
    step: str
    refusal: Refusal

    def __str__(self) -> str:
        return f"step {self.index + 1} '{self.step}': {self.refusal.code}: {self.refusal.message}"


@dataclass(frozen=True, slots=True)
class Playthrough:
    """The result of playing a path: the whole log, how the call ended, the refusal that
    stopped it (if any), and the scorecard (None without a rubric or scorer)."""

    events: tuple[Event, ...]
    ending: str | None
    refusals: tuple[StepRefusal, ...]
    scorecard: Any
    path_error: PathError | None = None

    @property
    def completed(self) -> bool:
        """The path parsed and every step was accepted."""
        return self.path_error is None and not self.refusals


def parse_path(text: str) -> list[Step] | PathError:
    """Parse ``1,@complaint.verify-only,hold,tool:billing,wait:30,acw:ticket_created``.

    Whitespace around steps is ignored; an empty path is no steps.
    """
    if not text.strip():
        return []
    steps: list[Step] = []
    for index, token in enumerate(text.split(",")):
        raw = token.strip()
        step = _parse_step(raw)
        if isinstance(step, str):
            return PathError(index, raw, step)
        steps.append(step)
    return steps


def _parse_step(raw: str) -> Step | str:
    if not raw:
        return "empty step (two commas in a row?)"
    if raw.isdigit():
        number = int(raw)
        if number < 1:
            return "options are numbered from 1"
        return Step("choose", "", number, raw)
    if raw.startswith("@"):
        if len(raw) == 1:
            return "'@' needs an option id"
        return Step("option", raw[1:], 0, raw)
    if raw in CONTROLS:
        return Step("control", raw, 0, raw)
    if raw == "acw":
        return Step("acw", "", 0, raw)
    head, sep, tail = raw.partition(":")
    if not sep:
        return "unknown step; expected a number, @id, a control, or kind:value"
    tail = tail.strip()
    if head == "wait":
        try:
            seconds = float(tail)
        except ValueError:
            return "wait needs seconds, e.g. wait:30"
        if seconds < 0 or seconds != seconds or seconds == float("inf"):
            return "wait needs a finite, non-negative number of seconds"
        return Step("wait", "", seconds, raw)
    if head == "acw":
        code, has_notes, notes = tail.partition(":")
        return Step("acw", code.strip(), 0, raw, notes.strip() if has_notes else None)
    if head in ("tool", "kb", "dial"):
        if not tail:
            return f"{head} needs a value, e.g. {head}:name"
        return Step(head, tail, 0, raw)  # type: ignore[arg-type]
    return f"unknown step kind '{head}'"


def expected_disposition(persona: Persona, account: Account, ending: str | None) -> str:
    """The persona's expected disposition for ``ending``; else the account's first code."""
    if persona.expect is not None and ending is not None:
        code = persona.expect.disposition.get(ending)
        if code:
            return code
    return account.dispositions[0].id if account.dispositions else "none"


def expected_notes(persona: Persona, ending: str | None) -> str:
    """Notes naming every expected word (the first alternative of each ``a|b``)."""
    words = (
        [w.split("|")[0].strip() for w in persona.expect.notes_mention] if persona.expect else []
    )
    mention = ", ".join(w for w in words if w)
    return f"Customer call handled; outcome {ending or 'open'}. Notes: {mention or 'none'}."


def play_path(
    persona: Persona,
    account: Account,
    rubric: Rubric | None,
    path: str | Sequence[Step],
    *,
    seed: int = 0,
    trainee: str = "trainee",
    mode: str = "practice",
) -> Playthrough:
    """Play ``path`` on a :class:`ManualClock` and return the playthrough.

    Inbound calls are answered at once. Each option advances the clock by its ``seconds``,
    other steps by 5 s, ``wait:N`` by N; ``poll()`` runs after every step. Unless the path does
    the ACW itself, it is done in 30 s with the expected disposition and notes.
    """
    if isinstance(path, str):
        parsed = parse_path(path)
        if isinstance(parsed, PathError):
            return Playthrough((), None, (), None, parsed)
        steps: Sequence[Step] = parsed
    else:
        steps = path
    session, clock = start_session(persona, account, rubric, seed=seed, trainee=trainee, mode=mode)
    refusals: list[StepRefusal] = []
    for index, step in enumerate(steps):
        refusal = play_step(session, clock, step, persona, account)
        if refusal is not None:
            refusals.append(StepRefusal(index, step.raw or str(step.kind), refusal))
            break
    if not refusals:
        finish_acw(session, clock, persona, account)
    events = tuple(session.events)
    session.detach()
    return Playthrough(events, session.ending, tuple(refusals), _score(events, rubric))


def play_one_key(
    persona: Persona,
    account: Account,
    rubric: Rubric | None,
    key: Literal["first", "last"] = "first",
    *,
    seed: int = 0,
    mode: str = "assessment",
    max_turns: int = 500,
) -> Playthrough:
    """A trainee who presses the same key at every turn: ``first`` is always ``1``, ``last``
    always the highest number on screen. Outbound, they dial the persona's own number at once;
    on hold they take the customer straight back; where nothing is offered (an option needs a
    tool) the key does nothing and the silence runs on; after-call work is the default
    (expected disposition and notes), so the score is the conversation's. The call is played on the
    options *as shown*, so in a shuffled call the key picks whatever the seed put there."""
    session, clock = start_session(persona, account, rubric, seed=seed, mode=mode)
    target = next((e.id for e in persona.call_list if e.target), None)
    for _ in range(max_turns):
        phase = session.phase
        if phase == "dialing" and target is not None:
            clock.advance(STEP_SECONDS)
            session.dial(target)
        elif phase == "on_hold":
            clock.advance(STEP_SECONDS)
            session.unhold()
        elif phase == "connected" and session.offered():
            offered = session.offered()
            pick = offered[0] if key == "first" else offered[-1]
            clock.advance(pick.option.seconds)
            session.choose(pick.number)
        elif phase == "connected":
            clock.advance(STEP_SECONDS)  # the key does nothing here: the line stays silent
        else:
            break
        session.poll()
    finish_acw(session, clock, persona, account)
    events = tuple(session.events)
    session.detach()
    return Playthrough(events, session.ending, (), _score(events, rubric))


def start_session(
    persona: Persona,
    account: Account,
    rubric: Rubric | None,
    *,
    seed: int = 0,
    trainee: str = "trainee",
    mode: str = "practice",
) -> tuple[CallSession, ManualClock]:
    """A started session on a fresh :class:`ManualClock`, answered if it rings: the point every
    path starts from (``play_path``, the explorer and persona tests share it)."""
    clock = ManualClock()
    session = CallSession(
        persona,
        account,
        rubric=rubric,
        seed=seed,
        clock=clock,
        trainee=trainee,
        agent_name=trainee,
        mode=mode,
    )
    session.start()
    if session.phase == "ringing":
        session.answer()
    return session, clock


def play_step(
    s: CallSession, clock: ManualClock, step: Step, persona: Persona, account: Account
) -> Refusal | None:
    """Play one step with the simulated timing of docs/semantics.md, then ``poll()`` (unless
    refused). Public so the explorer moves time exactly as ``play_path`` does."""
    refusal = _play_step(s, clock, step, persona, account)
    if refusal is None:
        s.poll()
    return refusal


def finish_acw(s: CallSession, clock: ManualClock, persona: Persona, account: Account) -> None:
    """The default after-call work (30 s, expected disposition and notes) if the call is in
    ACW; a path's score then reflects the conversation, not the form."""
    if s.phase == "acw":
        clock.advance(ACW_SECONDS)
        s.submit_acw(
            expected_notes(persona, s.ending), expected_disposition(persona, account, s.ending)
        )


def _play_step(
    s: CallSession, clock: ManualClock, step: Step, persona: Persona, account: Account
) -> Refusal | None:
    kind = step.kind
    if kind == "choose":
        # A path numbers the offered options in file order, whatever order the call shows
        # them in: press the key the option has on this call's screen.
        number = int(step.number)
        match = next((o for o in s.offered() if o.position == number), None)
        if match is None:
            return s.choose(number)  # refused: out of range, or not connected
        clock.advance(match.option.seconds)
        return s.choose(match.number)
    if kind == "option":
        match = next((o for o in s.offered() if o.id == step.arg), None)
        if match is not None:
            clock.advance(match.option.seconds)
        return s.choose_id(step.arg)
    if kind == "wait":
        clock.advance(step.number)
        return None
    if kind == "acw":
        clock.advance(ACW_SECONDS)
        code = step.arg or expected_disposition(persona, account, s.ending)
        notes = expected_notes(persona, s.ending) if step.notes is None else step.notes
        return s.submit_acw(notes, code)
    clock.advance(STEP_SECONDS)
    if kind == "tool":
        return s.use_tool(step.arg)
    if kind == "kb":
        return s.open_kb(step.arg)
    if kind == "dial":
        return s.dial(step.arg)
    return _control(s, step.arg)


def _control(s: CallSession, name: str) -> Refusal | None:
    if name == "hold":
        return s.hold()
    if name == "unhold":
        return s.unhold()
    if name == "mute":
        return s.mute()
    if name == "unmute":
        return s.unmute()
    if name == "escalate":
        return s.escalate(ESCALATE_REASON)
    if name == "transfer_warm":
        return s.transfer("warm", WARM_BRIEFING)
    if name == "transfer_cold":
        return s.transfer("cold", {})
    return s.end_call()


def _score(events: Sequence[Event], rubric: Rubric | None) -> Any:
    """Score with ``mockcall.core.scoring`` when it is installed; None otherwise."""
    if rubric is None:
        return None
    try:
        from mockcall.core.scoring import score
    except ImportError:  # pragma: no cover - the scorer ships with the core
        return None
    return score(list(events), rubric)
