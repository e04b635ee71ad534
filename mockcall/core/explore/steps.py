"""The steps a trainee can take from a state, and the behaviour key that memoises pass 1.

Both read the same relevance, so what is tried and what is remembered stay in step.
"""

from __future__ import annotations

from typing import Any, Final

from mockcall.core.engine import CallSession
from mockcall.core.explore.relevance import _Relevance
from mockcall.core.simulate import Step

_CONTROLS: Final = ("end", "escalate", "transfer_warm", "transfer_cold")


def behaviour_key(s: CallSession, rel: _Relevance) -> tuple[Any, ...]:
    """Everything of a session's past that can change what the engine does next.

    Not in the key: the RNG (it only picks line variants), which lines were spoken (only
    ``again`` wording), turn numbers and absolute time (the engine never reads them except
    through silence and hold time, which are in the key capped at the persona's patience),
    facts no condition reads, tools the search never tries. An ended call has no future: its
    key is the ending alone (the score pass adds what the rubric reads).
    """
    if s._ending is not None:
        return (s._ending,)
    now = s._now()
    persona = s._persona
    silence: float | None = None
    hold: float | None = None
    if s._phase == "connected" and persona.channel != "email":
        patience = persona.mood.patience
        if persona.channel == "chat":
            patience = max(patience, s._account.sop.chat_response_seconds)
        silence = round(min(now - s._silence_since, patience + 1.0), 3)
    if s._hold_since is not None:
        hold = round(min(now - s._hold_since, persona.mood.hold_patience + 1.0), 3)
    visits = s._visits
    reach = rel.reach.get(s._state)
    mood: Any = None if reach is None else reach.settled(s._mood)
    if mood is None:
        classes = rel.mood_class.get(s._state)
        mood = s._mood if classes is None else classes[s._mood]
    return (
        s._state,
        s._phase,
        mood,
        s._flags,
        rel.facts.intersection(s._revealed),
        s._tools_used.intersection(rel.tools),
        tuple(min(visits[name], cap) for name, cap in rel.visit_caps),
        s._held_ever,
        s._mute_since is not None,
        rel.repeatable.get(s._state, frozenset()).intersection(
            k for k, n in s._chosen.items() if n
        ),
        s._pending_line,
        silence,
        hold,
        min(s._wasted, persona.mood.give_up_after + 1),
    )


def actions(s: CallSession, rel: _Relevance) -> list[Step]:
    """The steps worth trying now (see the module docstring for why these and no others)."""
    phase = s.phase
    steps: list[Step] = []
    if phase == "dialing":
        steps += [Step("dial", e.id, 0, f"dial:{e.id}") for e in s.persona.call_list]
    elif phase == "connected" and s._mute_since is None:
        offered = s.offered()
        # file order (a path's numbers), whatever order this call shows them in
        steps += [
            Step("choose", "", o.position, str(o.position))
            for o in sorted(offered, key=lambda o: o.position)
        ]
        if rel.hold and not s._held_ever and not any(o.option.action == "hold" for o in offered):
            steps.append(Step("control", "hold", 0, "hold"))
    elif phase == "on_hold":
        steps.append(Step("control", "unhold", 0, "unhold"))
    if phase in ("connected", "on_hold", "dialing"):
        here = rel.state_tools.get(s._state, frozenset())
        said: set[str] = set()
        if phase == "connected":
            for o in s.offered():
                said.update(o.option.acts)
        for tool_id in rel.tools:
            tool = s.account.tool(tool_id)
            if tool is None or (phase == "dialing" and tool.kind != "dnc"):
                continue
            if tool_id in s._tools_used and set(tool.sets) <= s._flags:
                continue
            # Tools commute with talking: try one where it can change the offer or the score
            # (on hold, while dialling, before an act a tool_before rule guards), not at every
            # earlier point where it would only shift time.
            acts = rel.tool_acts.get(tool_id, frozenset())
            if phase != "connected" or tool_id in here or acts is None or bool(acts & said):
                steps.append(Step("tool", tool_id, 0, f"tool:{tool_id}"))
        if rel.controls and phase != "dialing":
            steps += [Step("control", c, 0, c) for c in _CONTROLS]
    return steps
