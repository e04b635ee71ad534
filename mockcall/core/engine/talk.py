"""The trainee speaks: an option by its key or id, a typed reply, or nothing at all (silence).

The actions of the conversation itself; each runs a turn (``turn.py``). Silence is here too,
because dead air is the customer's reaction to the trainee *not* speaking. So is the trainee's
"that's not what I meant" on a typed reply (``flag_misheard``), which is no turn at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from mockcall.core import events as ev
from mockcall.core.engine.gates import Gates
from mockcall.core.engine.stamp import _action
from mockcall.core.engine.turn import Turn
from mockcall.core.engine.types import Refusal
from mockcall.core.events import Event


def _norm_text(text: str) -> str:
    return " ".join(text.casefold().split())


class Talk(Gates, Turn):
    """Choosing an option, typing a reply, flagging it as misread, and letting time pass."""

    @_action
    def choose(self, number: int) -> Refusal | None:
        """Say the ``number``-th offered option (1-based, as on screen)."""
        refusal = self._can_speak()
        if refusal is not None:
            return refusal
        opts = self._shown_opts()
        if not 1 <= number <= len(opts):
            return Refusal("no-such-option", f"there is no option {number} (1..{len(opts)})")
        self._take(opts[number - 1], key=number)
        return None

    @_action
    def choose_id(self, option_id: str) -> Refusal | None:
        """Say an option by id (paths, free-text confirmation, crash recovery)."""
        refusal = self._can_speak()
        if refusal is not None:
            return refusal
        opt, refusal = self._find(option_id)
        if refusal is not None:
            return refusal
        assert opt is not None
        self._take(opt)
        return None

    @_action
    def say_free(
        self,
        text: str,
        acts: Sequence[str],
        confidence: float,
        option_id: str | None = None,
    ) -> Refusal | None:
        """A typed reply. With ``option_id`` (the recogniser's or trainee's confirmed match) it
        counts as that option, but the log keeps what was actually typed and recognised. Without,
        the acts alone move the mood and the customer asks what was meant."""
        refusal = self._can_speak()
        if refusal is not None:
            return refusal
        said = {"text": text, "acts": list(acts), "confidence": float(confidence)}
        if option_id:
            opt, refusal = self._find(option_id)
            if refusal is not None:
                return refusal
            assert opt is not None
            self._take(opt, said=said)
            return None
        self._say_unmatched(text, acts, confidence)
        return None

    @_action
    def flag_misheard(self) -> Refusal | None:
        """Practice only: the trainee says mockcall misread their most recent typed reply.

        Logs ``misheard`` {said (its seq), text, acts, option} for the trainer. It is no turn and
        changes nothing in the call (no silence ends, no mood moves, nothing is scored: scoring
        never reads it). Refused outside practice, when no typed reply was sent yet, when the
        most recent one is already flagged, and once the call is done.
        """
        said, refusal = self._misheard_target()
        if refusal is not None:
            return refusal
        assert said is not None
        self._emit(
            ev.MISHEARD,
            said=said.seq,
            text=str(said.data.get("text", "")),
            acts=list(said.data.get("acts", [])),
            option=str(said.data.get("option", "")),
        )
        return None

    @property
    def can_flag_misheard(self) -> bool:
        """Whether :meth:`flag_misheard` would flag a reply now (a UI offers its key then)."""
        return self._misheard_target()[1] is None

    def _misheard_target(self) -> tuple[Event | None, Refusal | None]:
        """The typed reply a flag would name, or why there is none."""
        if self.mode != "practice":
            return None, Refusal("practice-only", "only a practice call can flag a typed reply")
        if self._phase == "done":
            return None, self._gate(self._phase, "flag")
        typed = (e for e in reversed(self._log.events) if e.kind == ev.AGENT_SAID)
        said = next((e for e in typed if e.data.get("free")), None)
        if said is None:
            return None, Refusal("no-typed-reply", "no typed reply has been sent yet")
        if any(e.kind == ev.MISHEARD and e.data.get("said") == said.seq for e in self._log.events):
            return None, Refusal("already-flagged", f"typed reply #{said.seq} is already flagged")
        return said, None

    @_action
    def say_holding(self, text: str) -> Refusal | None:
        """ "One moment, I'm checking": the line an agent fills a lookup's silence with.

        The customer hears it, so the silence ends (dead air starts counting again from here,
        for the engine and the scorer alike). It does not move the conversation: not a wasted
        turn, no "what do you mean?", no repeat penalty, no mood change, and the customer has
        nothing to answer.
        """
        refusal = self._can_speak()
        if refusal is not None:
            return refusal
        self._emit(
            ev.AGENT_SAID,
            turn=self._turn,
            state=self._state,
            option="",
            text=text,
            acts=[],
            free=False,
            confidence=1.0,
            control="holding",
            **self._order_fields(0),
        )
        self._silence_since = self._now()
        return None

    def _say_unmatched(self, text: str, acts: Sequence[str], confidence: float) -> None:
        """A typed reply that is no option: a wasted turn, the acts move the mood, and the
        customer asks what was meant (or reacts to hearing it again)."""
        self._begin_turn()
        order = self._order_fields(0)
        self._turn += 1
        self._emit(
            ev.AGENT_SAID,
            turn=self._turn,
            state=self._state,
            option="",
            text=text,
            acts=list(acts),
            free=True,
            confidence=float(confidence),
            control="",
            **order,
        )
        self._silence_since = self._now()
        key = _norm_text(text)
        repeated = key in self._free_said
        self._free_said.add(key)
        self._wasted += 1  # repeated, or not understood: either way the call did not move
        acts_mood = self._persona.mood.acts
        self._change_mood(sum(acts_mood.get(a, 0) for a in acts), "free_text")
        reactions = self._persona.reactions
        if repeated:
            self._change_mood(self._persona.mood.repeat, "repeat")
            if reactions is not None:
                self._react(reactions.repeat, "repeat")
        elif reactions is not None:
            self._react(reactions.unclear, "unclear")
        self._end_turn()

    @_action
    def poll(self) -> None:
        """Let time pass: silence past the customer's patience is dead air."""
        if self._phase != "connected" or self._persona.channel == "email":
            return
        patience = self._persona.mood.patience
        if self._persona.channel == "chat":
            patience = max(patience, self._account.sop.chat_response_seconds)
        silence = self._now() - self._silence_since
        if silence <= patience:
            return
        self._begin_turn()
        self._emit(ev.DEAD_AIR, seconds=round(silence, 3))
        self._silence_since = self._now()
        self._wasted += 1
        self._change_mood(self._persona.mood.dead_air, "dead_air")
        if self._persona.reactions is not None:
            self._react(self._persona.reactions.dead_air, "dead_air")
        self._end_turn()
