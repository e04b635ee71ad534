"""What a call is before and after it is played: the plan, and the scored result.

A plan is everything needed to start the same call again (retry) or the next one (a shift):
the persona, its account bundle, the seed, the mode and the trainee. A result is what the score
screen and the shift summary read. Both are plain data so screens can pass them around freely.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from mockcall.core import events as ev

if TYPE_CHECKING:
    from mockcall.core.engine import CallSession, Clock
    from mockcall.core.events import Event
    from mockcall.core.model import AccountBundle, Persona
    from mockcall.core.scoring import Scorecard
    from mockcall.tui.hooks import EventSink

DEFAULT_AGENT = "Agent"


@dataclass(frozen=True)
class CallPlan:
    """One call to be played. ``seed_fixed``: the trainee gave ``--seed``, so a retry replays
    the same line variants; otherwise each retry draws a new seed."""

    persona: Persona
    bundle: AccountBundle
    seed: int
    mode: str = "practice"
    trainee: str = ""
    seed_fixed: bool = False
    auto_in: bool = False
    #: ``play --watch``: reload ``persona.source`` when it is saved (live preview).
    watch: bool = False
    #: ``play --option-order``: None lets the persona decide (an assessment always shuffles).
    option_order: str | None = None
    #: Set by a nesting shift: where the scored result goes instead of the score screen.
    on_done: Callable[[CallResult], None] | None = None

    @property
    def agent(self) -> str:
        return self.trainee or DEFAULT_AGENT

    def retry(self) -> CallPlan:
        """The same call again; a new seed unless the trainee fixed one."""
        return self if self.seed_fixed else replace(self, seed=random.randrange(1_000_000))

    def session(self, clock: Clock, sink: EventSink) -> CallSession:
        from mockcall.core.engine import CallSession

        return CallSession(
            self.persona,
            self.bundle.account,
            rubric=self.bundle.rubric,
            seed=self.seed,
            clock=clock,
            trainee=self.trainee,
            agent_name=self.agent,
            mode=self.mode,
            on_event=sink,
            option_order=self.option_order,
        )


@dataclass(frozen=True)
class CallResult:
    """A finished call: its log and scorecard (None when the account has no rubric)."""

    plan: CallPlan
    events: tuple[Event, ...]
    scorecard: Scorecard | None
    #: the stored session, once the store has it (a trainee may dispute its review from there)
    session_id: str | None = None

    @property
    def handle_seconds(self) -> float:
        """Talk + hold time: from the customer being on the line to the call ending."""
        start = next((e.t for e in self.events if e.kind in (ev.ANSWERED, ev.CONNECTED)), None)
        end = next((e.t for e in self.events if e.kind == ev.CALL_ENDED), None)
        return 0.0 if start is None or end is None else max(0.0, end - start)

    @property
    def acw_seconds(self) -> float:
        done = next((e for e in self.events if e.kind == ev.ACW_ENDED), None)
        return float(done.data.get("seconds", 0.0)) if done is not None else 0.0

    @property
    def fatal_count(self) -> int:
        return len(self.scorecard.fatal_failures) if self.scorecard is not None else 0


def finish(plan: CallPlan, session: CallSession) -> CallResult:
    """Score a call whose after-call work is done (pure and fast: no worker needed)."""
    from mockcall.core.scoring import score

    log = tuple(session.events)
    rubric = plan.bundle.rubric
    return CallResult(plan, log, score(log, rubric) if rubric is not None else None)


@dataclass(frozen=True)
class ShiftSummary:
    """What a team lead asks after a nesting shift."""

    calls: int
    average_score: float | None
    average_handle: float
    average_acw: float
    fatal: int


def summarise(results: Sequence[CallResult]) -> ShiftSummary:
    n = len(results)
    scored = [r.scorecard.total for r in results if r.scorecard is not None]
    return ShiftSummary(
        calls=n,
        average_score=sum(scored) / len(scored) if scored else None,
        average_handle=sum(r.handle_seconds for r in results) / n if n else 0.0,
        average_acw=sum(r.acw_seconds for r in results) / n if n else 0.0,
        fatal=sum(r.fatal_count for r in results),
    )


def shift_plans(
    bundle: AccountBundle, calls: int, seed: int, *, trainee: str, auto_in: bool
) -> list[CallPlan]:
    """A shift's queue: the account's personas in a seeded order, repeated to ``calls``."""
    rng = random.Random(seed)
    personas = sorted(bundle.personas, key=lambda p: p.id)
    if not personas:
        return []
    order: list[Persona] = []
    while len(order) < calls:
        batch = list(personas)
        rng.shuffle(batch)
        order.extend(batch)
    return [
        CallPlan(p, bundle, seed + i, "shift", trainee, seed_fixed=True, auto_in=auto_in)
        for i, p in enumerate(order[:calls])
    ]
