"""The call engine: every kind of path through a call, refusals, caching, determinism, restore."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from engine_fixtures import account, chat_persona, outbound_persona, rubric, shop_persona

from mockcall.core import engine
from mockcall.core.engine import CallSession, ManualClock, Refusal, RestoreError, restore
from mockcall.core.events import Event
from mockcall.core.model import Persona

BRIEF = {"to": "courier desk", "issue": "late parcel A-17", "tried": "courier status"}


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    engine.clear_machine_cache()


def make(persona: Persona | None = None, **kw: Any) -> tuple[CallSession, ManualClock]:
    """A session on a manual clock; options in file order unless a test asks for a shuffle."""
    kw.setdefault("option_order", "file")
    clock = ManualClock()
    s = CallSession(
        persona or shop_persona(), account(), clock=clock, trainee="rina", agent_name="Rina", **kw
    )
    return s, clock


def connected(persona: Persona | None = None, **kw: Any) -> tuple[CallSession, ManualClock]:
    s, clock = make(persona, **kw)
    assert s.start() is None
    assert s.answer() is None
    return s, clock


def kinds(s: CallSession, start: int = 0) -> list[str]:
    return [e.kind for e in s.events[start:]]


def last(s: CallSession, kind: str) -> Event:
    return next(e for e in reversed(s.events) if e.kind == kind)


def refused(result: Refusal | None, code: str) -> None:
    assert isinstance(result, Refusal), result
    assert result.code == code, result


# --------------------------------------------------------------------------- whole calls


def test_complaint_to_resolution_with_tool_card_and_acw() -> None:
    seen: list[Event] = []
    s, clock = make(on_event=seen.append)
    s.start()
    assert s.phase == "ringing" and kinds(s) == ["call_started", "ringing"]
    s.answer()
    assert s.phase == "connected" and s.state == "greet"
    assert kinds(s)[-2:] == ["answered", "customer_said"]
    assert s.offered()[0].text.startswith("Good morning Ibu Sari, this is Rina from Kirim Cepat.")
    assert s.choose(1) is None
    said = last(s, "agent_said").data
    assert said["option"] == "greet.hello" and said["turn"] == 1 and said["free"] is False
    assert "{customer.shoe_size}" in said["text"]  # unknown placeholder left as written
    assert s.state == "issue"
    assert last(s, "customer_said").data["text"] in ("It was due Monday.", "They promised Monday.")
    # the tool-gated option is not offered until the courier tool was used
    assert [o.id for o in s.offered()] == [
        "issue.probe",
        "issue.hold",
        "issue.blame",
        "issue.transfer",
    ]
    assert not s.card_visible
    clock.advance(5)
    assert s.use_tool("courier") is None
    assert s.card_visible and s.revealed == {"due": "Monday", "order_no": "A-17", "eta": "tomorrow"}
    tool = last(s, "tool_used").data
    assert tool["card"] is True and tool["revealed"]["eta"] == "tomorrow"
    assert [e.data["via"] for e in s.events if e.kind == "fact_revealed"] == ["tool:courier"] * 3
    assert s.choose_id("issue.check") is None
    assert s.state == "resolve"
    assert last(s, "agent_said").data["text"] == "The courier says it arrives tomorrow."
    assert s.choose_id("resolve.bye") is None
    assert s.ending == "resolved" and s.phase == "acw"
    assert kinds(s)[-4:] == ["agent_said", "customer_said", "call_ended", "acw_started"]
    assert last(s, "customer_said").data["text"] == "Bye."
    assert last(s, "call_ended").data == {"ending": "resolved", "by": "option"}
    assert not s.attached
    clock.advance(70)
    assert (
        s.submit_acw(
            "parcel late, courier eta tomorrow", "resolved_first_contact", ["email_summary"]
        )
        is None
    )
    assert kinds(s)[-4:] == ["acw_note", "disposition", "followup", "acw_ended"]
    assert last(s, "acw_ended").data == {"seconds": 70.0, "limit": 60, "over": True}
    assert s.phase == "done"
    assert [e.seq for e in seen] == list(range(len(s.events)))  # on_event saw every event once


def test_call_started_carries_sop_expectations_and_rubric() -> None:
    s, _ = make(rubric=rubric(), seed=7, mode="assessment")
    s.start()
    d = s.events[0].data
    assert d["persona"] == "shop-late-parcel" and d["account"] == "shop" and d["seed"] == 7
    assert d["mode"] == "assessment" and d["trainee"] == "rina" and d["agent"] == "Rina"
    assert d["sop"]["acw_seconds"] == 60 and d["sop"]["calling_hours"]["start"] == "08:00"
    assert d["sop"]["calling_hours"]["days"][0] == "mon"
    assert d["expect"]["disposition"]["resolved"] == "resolved_first_contact"
    assert d["expect"]["notes_mention"] == ["parcel|order", "courier"]
    assert d["rubric"] == {"id": "shop-qa", "version": 2, "hash": "abc123"}
    assert d["demand_state"] == "demand" and "resolved" in d["endings"]
    s2, _ = make()
    s2.start()
    assert s2.events[0].data["rubric"] is None


def test_option_without_goto_keeps_state_and_says_reply_only() -> None:
    s, _ = connected()
    s.choose(1)
    n = len(s.events)
    s.choose_id("issue.probe")
    assert s.state == "issue"
    assert kinds(s, n) == ["agent_said", "fact_revealed", "customer_said"]
    assert last(s, "customer_said").data["text"] == "It's A-17."
    assert last(s, "fact_revealed").data == {"fact": "order_no", "value": "A-17", "via": "option"}
    # repeating it: repeat mood and the repeat reaction instead of the reply
    s.choose_id("issue.probe")
    causes = [e.data["cause"] for e in s.events if e.kind == "mood_changed"]
    assert causes[-1] == "repeat"
    assert last(s, "customer_said").data["text"] == "You said that already."


def test_reflexive_goto_uses_again_line() -> None:
    s, _ = connected()
    s.choose(1)
    s.choose_id("issue.blame")  # +35 -> 85: pulled into the demand state by mood
    assert s.state == "demand"
    changes = [
        (e.data["source"], e.data["dest"], e.data["via"])
        for e in s.events
        if e.kind == "state_changed"
    ]
    assert changes[-2:] == [("issue", "issue", "option"), ("issue", "demand", "mood")]


# --------------------------------------------------------------------------- mood paths


def test_soup_call_demand_then_deescalation_back_to_calm_state() -> None:
    s, _ = connected()
    s.choose_id("greet.rude")  # rude +30: 50 -> 80 = escalate_at
    assert s.mood == 80 and s.state == "demand"
    mood_move = last(s, "state_changed").data
    assert mood_move == {"source": "issue", "dest": "demand", "via": "mood", "option": ""}
    assert last(s, "escalation_demand").data == {"count": 1, "state": "demand"}
    assert last(s, "customer_said").data["text"] == "Get me your supervisor!"
    s.choose_id("demand.own")  # -45 -> 35 < calm_at 40: back to the calm state
    assert s.mood == 35 and s.state == "issue"
    assert last(s, "state_changed").data["via"] == "mood"
    # issue was entered but never spoken before the mood pulled him away: its first line now
    assert last(s, "customer_said").data["text"] in ("It was due Monday.", "They promised Monday.")
    s.choose_id("issue.probe")
    s.choose_id("issue.blame")  # reflexive: issue's line was said before, so "again"
    assert last(s, "customer_said").data["text"] == "So, where is it?"
    assert s.demands == 1


def test_second_demand_counts_and_escalation_ending() -> None:
    s, _ = connected()
    s.choose_id("greet.rude")
    s.choose_id("demand.rude")  # +30 -> 100: hang-up threshold
    assert s.ending == "customer_hung_up"
    assert last(s, "call_ended").data == {"ending": "customer_hung_up", "by": "customer"}
    assert any(e.data.get("text") == "Forget it!" for e in s.events if e.kind == "customer_said")
    assert s.phase == "acw"


def test_escalation_option_and_escalate_control() -> None:
    s, _ = connected()
    s.choose_id("greet.rude")
    s.choose_id("demand.escalate")
    assert kinds(s)[-4:] == ["agent_said", "escalated", "call_ended", "acw_started"]
    assert last(s, "call_ended").data == {"ending": "escalated", "by": "option"}

    s2, _ = connected()
    s2.choose_id("greet.rude")
    refused(s2.escalate("  "), "reason-required")
    assert s2.escalate("customer insisted twice") is None
    said = last(s2, "agent_said").data
    assert said["option"] == "demand.escalate" and said["control"] == "escalate"
    assert last(s2, "escalated").data == {"reason": "customer insisted twice"}
    assert last(s2, "call_ended").data == {"ending": "escalated", "by": "agent"}


def test_escalate_control_without_matching_option_is_a_pure_control() -> None:
    s, _ = connected()
    assert s.escalate("VIP asked for a manager") is None
    assert "agent_said" not in kinds(s)
    assert s.ending == "escalated" and s.state == "end_escalated"


# --------------------------------------------------------------------------- holds, silence


def test_hold_option_defers_line_until_unhold() -> None:
    s, clock = connected()
    s.choose(1)
    clock.advance(3)
    s.choose_id("issue.hold")
    assert s.phase == "on_hold" and s.state == "checked" and s.on_hold_since == 3.0
    assert kinds(s)[-3:] == ["agent_said", "hold_started", "state_changed"]
    refused(s.choose(1), "on-hold")
    assert s.offered() == []  # nothing can be said to a customer on hold
    refused(s.hold(), "on-hold")
    assert s.use_tool("courier") is None  # tools work on hold
    clock.advance(30)
    s.poll()
    assert "dead_air" not in kinds(s)  # hold is not dead air
    n = len(s.events)
    assert s.unhold() is None
    assert kinds(s, n) == ["hold_ended", "customer_said", "customer_said"]
    assert s.events[n].data == {"seconds": 30.0}
    assert [e.data["text"] for e in s.events[n + 1 :]] == ["Yes?", "So?"]
    assert s.phase == "connected" and s.on_hold_since is None
    assert s.offered()  # back from hold: the options return


def test_local_time_is_the_dialler_clock() -> None:
    t = engine.local_time("2026-03-02T10:00:00+07:00", 90.0, "-05:00")
    assert t.isoformat(timespec="minutes") == "2026-03-01T22:01-05:00"
    fallback = engine.local_time("not a time", 0.0, "+07:00")
    assert fallback.isoformat(timespec="minutes") == "2026-03-02T10:00+00:00"


def test_hold_too_long_raises_mood() -> None:
    s, clock = connected()
    s.choose(1)
    s.hold()  # the state has a hold option: the control *is* that option
    assert last(s, "agent_said").data["control"] == "hold"
    clock.advance(61)
    s.unhold()
    assert last(s, "mood_changed").data == {
        "before": 50,
        "after": 60,
        "delta": 10,
        "cause": "hold_too_long",
    }
    texts = [e.data["text"] for e in s.events if e.kind == "customer_said"]
    assert texts[-2:] == ["That took ages.", "So?"]


def test_plain_hold_control_and_unhold_refusal() -> None:
    s, clock = connected()
    refused(s.unhold(), "not-on-hold")
    assert s.hold() is None  # greet has no hold option
    assert kinds(s)[-1] == "hold_started"
    clock.advance(10)
    s.unhold()
    assert last(s, "customer_said").data["text"] == "Yes?" and s.state == "greet"


def test_dead_air_via_poll() -> None:
    s, clock = connected()
    clock.advance(15)
    s.poll()
    assert "dead_air" not in kinds(s)  # exactly the patience is still fine
    clock.advance(1)
    s.poll()
    assert last(s, "dead_air").data == {"seconds": 16.0}
    assert last(s, "mood_changed").data["cause"] == "dead_air" and s.mood == 60
    assert last(s, "customer_said").data["text"] == "Hello?"
    s.poll()
    assert kinds(s).count("dead_air") == 1


def test_muted_line_refuses_speech_but_silence_still_counts() -> None:
    s, clock = connected()
    refused(s.unmute(), "not-muted")
    assert s.mute() is None and s.muted
    refused(s.mute(), "muted")
    refused(s.choose(1), "muted")
    clock.advance(20)
    s.poll()
    assert "dead_air" in kinds(s)  # mute is not hold
    s.unmute()
    assert last(s, "mute_ended").data == {"seconds": 20.0}
    assert s.choose(1) is None


# --------------------------------------------------------------------------- tools, KB


def test_tools_flags_and_unknown_tool() -> None:
    s, _ = make()
    s.start()
    refused(s.use_tool("courier"), "ringing")
    s.answer()
    refused(s.use_tool("x-ray"), "no-such-tool")
    assert s.use_tool("ticket") is None
    assert "ticket_created" in s.flags
    assert last(s, "flag_set").data == {"flag": "ticket_created", "value": True}
    assert last(s, "tool_used").data == {
        "tool": "ticket",
        "kind": "action",
        "revealed": {},
        "card": False,
    }
    assert s.tools_used == {"ticket"}


def test_knowledge_base() -> None:
    s, _ = make()
    refused(s.open_kb("refunds"), "not-connected")
    s.start()
    assert s.open_kb("refunds") is None  # allowed while ringing
    refused(s.open_kb("warranty"), "no-such-doc")
    s.answer()
    s.end_call()
    assert s.open_kb("refunds") is None  # and in ACW
    s.submit_acw("notes", "resolved_first_contact")
    refused(s.open_kb("refunds"), "call-ended")
    assert [e.data["doc"] for e in s.events if e.kind == "kb_opened"] == ["refunds", "refunds"]


# --------------------------------------------------------------------------- transfers, ending


def test_warm_transfer_needs_a_briefing() -> None:
    s, _ = connected()
    r = s.transfer("warm", {"to": "courier desk", "issue": ""})
    refused(r, "briefing-required")
    assert "issue" in r.message and "tried" in r.message  # type: ignore[union-attr]
    assert "transferred" not in kinds(s)
    assert s.transfer("warm", BRIEF) is None
    assert last(s, "transferred").data == {"kind": "warm", "briefing": BRIEF}
    assert last(s, "call_ended").data == {"ending": "transferred", "by": "agent"}


def test_warm_transfer_control_is_the_states_transfer_option() -> None:
    s, _ = connected()
    s.choose(1)
    assert s.transfer("warm", BRIEF) is None
    said = last(s, "agent_said").data
    assert said["option"] == "issue.transfer" and said["control"] == "transfer_warm"
    assert last(s, "transferred").data["briefing"] == BRIEF
    assert s.ending == "transferred"


def test_cold_transfer() -> None:
    s, _ = connected()
    assert s.transfer("cold", {}) is None
    assert last(s, "transferred").data == {"kind": "cold", "briefing": {}}
    refused(s.transfer("sideways", {}), "call-ended")


def test_end_call_variants() -> None:
    s, _ = make()
    s.start()
    assert s.end_call() is None
    assert s.ending == "abandoned" and last(s, "call_ended").data["by"] == "agent"

    s2, _ = connected()
    s2.end_call()
    assert s2.ending == "agent_hung_up"

    s3, _ = connected()
    s3.choose(1)
    s3.use_tool("courier")
    s3.choose_id("issue.check")
    s3.mute()
    s3.unmute()
    s3.end_call()  # resolve has an end option: the control is that option
    said = last(s3, "agent_said").data
    assert said["option"] == "resolve.bye" and said["control"] == "end"
    assert s3.ending == "resolved"


def test_ending_on_hold_and_muted_closes_both() -> None:
    s, clock = connected()
    s.mute()
    s.hold()
    clock.advance(12)
    s.end_call()
    assert kinds(s)[-4:] == ["hold_ended", "mute_ended", "call_ended", "acw_started"]
    assert not s.muted and s.on_hold_since is None


# --------------------------------------------------------------------------- outbound, chat


def test_outbound_dialling_the_call_list() -> None:
    s, _ = make(outbound_persona())
    s.start()
    assert s.phase == "dialing" and kinds(s) == ["call_started"]
    refused(s.choose(1), "not-connected")
    refused(s.hold(), "not-connected")
    assert s.use_tool("dnc_list") is None  # a DNC check is allowed while dialling
    assert last(s, "dnc_checked").data == {
        "entries": {"lead-dnc": True, "lead-far": False, "lead-none": False, "target": False}
    }
    refused(s.use_tool("courier"), "not-connected")
    refused(s.dial("nobody"), "no-such-entry")

    s.dial("lead-dnc")
    d = last(s, "dialed").data
    assert d["dnc"] is True and d["within_hours"] is True and d["local_time"].endswith("+07:00")
    assert last(s, "no_answer").data == {"entry": "lead-dnc", "reason": "not-target"}

    s.dial("lead-far")  # 10:00 in Jakarta is 22:00 the evening before in New York
    d = last(s, "dialed").data
    assert d["within_hours"] is False and d["local_time"].startswith("2026-03-01T22:00")

    s.dial("lead-none")
    assert last(s, "no_answer").data == {"entry": "lead-none", "reason": "no-answer"}
    assert s.phase == "dialing"

    assert s.dial("target") is None
    assert kinds(s)[-3:] == ["dialed", "connected", "customer_said"]
    assert s.phase == "connected"
    refused(s.dial("target"), "in-call")
    s.choose(1)
    s.choose(1)
    assert s.ending == "resolved"


def test_dial_on_inbound_is_refused() -> None:
    s, _ = make()
    s.start()
    refused(s.dial("target"), "not-outbound")
    refused(s.answer() or s.answer(), "in-call")


def test_chat_connects_without_ringing_and_waits_longer() -> None:
    s, clock = make(chat_persona())
    s.start()
    assert s.phase == "connected"
    assert kinds(s) == ["call_started", "connected", "customer_said"]
    refused(s.answer(), "in-call")
    clock.advance(40)
    s.poll()
    assert "dead_air" not in kinds(s)  # chat allows sop.chat_response_seconds (60)
    clock.advance(21)
    s.poll()
    assert last(s, "dead_air").data == {"seconds": 61.0}


# --------------------------------------------------------------------------- refusals


def test_illegal_actions_are_refused_and_change_nothing() -> None:
    s, _ = make()
    refused(s.choose(1), "not-connected")
    s.start()
    before = s.events
    refused(s.hold(), "ringing")
    refused(s.choose(1), "ringing")
    refused(s.escalate("x"), "ringing")
    refused(s.submit_acw("n", "resolved_first_contact"), "not-in-acw")
    assert s.events == before
    s.answer()
    refused(s.choose(9), "no-such-option")
    refused(s.choose(0), "no-such-option")
    refused(s.choose_id("nope"), "no-such-option")
    refused(s.submit_acw("n", "resolved_first_contact"), "not-in-acw")
    s.choose(1)
    refused(s.choose_id("issue.check"), "option-unavailable")
    refused(
        s.say_free("it arrives", ["explain"], 0.9, option_id="issue.check"), "option-unavailable"
    )
    s.end_call()
    refused(s.choose(1), "call-ended")
    refused(s.hold(), "call-ended")
    refused(s.use_tool("courier"), "call-ended")
    refused(s.transfer("warm", BRIEF), "call-ended")
    refused(s.submit_acw("n", "bogus"), "unknown-disposition")
    refused(s.submit_acw("n", "resolved_first_contact", ["fax"]), "unknown-disposition")
    assert s.offered() == []
    assert s.start() is None  # starting twice does nothing


def test_free_text() -> None:
    s, _ = connected()
    n = len(s.events)
    assert s.say_free("halo bu, sama rina", ["greet", "identify_self"], 0.4) is None
    said = s.events[n].data
    assert said["free"] is True and said["option"] == "" and said["confidence"] == 0.4
    assert s.state == "greet"
    assert last(s, "customer_said").data["text"] == "Sorry, what do you mean?"
    s.say_free("Halo bu,  sama Rina", [], 0.4)  # the same text again
    assert last(s, "customer_said").data["text"] == "You said that already."
    s.say_free(
        "pagi bu saya rina dari kirim cepat",
        ["greet", "identify_self"],
        0.8,
        option_id="greet.hello",
    )
    said = last(s, "agent_said").data
    assert said["option"] == "greet.hello" and said["text"].startswith("pagi bu")
    assert said["free"] is True and said["acts"] == ["greet", "identify_self"]
    assert s.state == "issue" and s.turn == 3


def test_a_typed_reply_flagged_as_misheard_is_logged_and_changes_nothing() -> None:
    s, clock = connected()
    refused(s.flag_misheard(), "no-typed-reply")
    assert not s.can_flag_misheard
    s.choose(1)  # an option by key is no typed reply
    refused(s.flag_misheard(), "no-typed-reply")
    s.say_free("sorry for the wait, let me explain", ["cold_transfer"], 0.2)
    said = last(s, "agent_said")
    state, mood, turn, wasted = s.state, s.mood, s.turn, s.wasted_turns
    clock.advance(3)
    n = len(s.events)
    assert s.can_flag_misheard
    assert s.flag_misheard() is None
    assert not s.can_flag_misheard
    assert [e.kind for e in s.events[n:]] == ["misheard"]
    flag = s.events[n]
    assert flag.t == 3.0 and dict(flag.data) == {
        "said": said.seq,
        "text": "sorry for the wait, let me explain",
        "acts": ["cold_transfer"],
        "option": "",
    }
    assert (s.state, s.mood, s.turn, s.wasted_turns) == (state, mood, turn, wasted)
    refused(s.flag_misheard(), "already-flagged")  # each reply at most once
    s.choose(1)  # an option since: the most recent typed reply is still the flagged one
    refused(s.flag_misheard(), "already-flagged")
    s.say_free("what is the order number", ["probe"], 0.9, option_id="issue.probe")
    replied = last(s, "customer_said").t
    clock.advance(5)
    assert s.flag_misheard() is None
    assert last(s, "misheard").data["option"] == "issue.probe"
    clock.advance(s.persona.mood.patience - 5 + 1)  # the flag did not end the silence
    s.poll()
    assert last(s, "dead_air").t == replied + s.persona.mood.patience + 1


def test_only_a_practice_call_can_flag_a_typed_reply() -> None:
    for mode in ("assessment", "shift"):
        s, _ = connected(mode=mode)
        s.say_free("halo", ["greet"], 0.4)
        refused(s.flag_misheard(), "practice-only")
        assert not s.can_flag_misheard
        assert "misheard" not in kinds(s)


def test_a_flag_after_the_call_is_kept_until_the_call_is_done() -> None:
    s, _clock = connected()
    s.say_free("apaan sih", ["rude"], 0.7)
    s.end_call()
    assert s.phase == "acw" and s.flag_misheard() is None  # said in a rush: still the trainer's
    s.submit_acw("n", "resolved_first_contact")
    refused(s.flag_misheard(), "call-ended")


def test_scoring_a_log_with_and_without_the_flag_gives_the_same_card() -> None:
    """Scoring never reads a flag: not its time (silence, the end of a call cut off), not its
    kind (even a rubric built in code, past validation, that counts ``misheard``)."""
    import dataclasses

    from mockcall.core.model import Check, CountLimit, Criterion, Section
    from mockcall.core.scoring import score

    timing = Section(
        id="timing",
        weight=0,
        criteria=(
            Criterion(id="no_dead_air", check=Check(max_dead_air_seconds=15)),
            Criterion(id="no_flags", check=Check(max_count=CountLimit(event="misheard", max=0))),
        ),
    )
    r = dataclasses.replace(rubric(), sections=(*rubric().sections, timing))
    s, clock = connected(rubric=r)
    s.say_free("halo bu, sama rina", ["greet", "identify_self"], 0.4)
    clock.advance(10)
    s.flag_misheard()
    clock.advance(10)
    s.say_free("apaan sih", ["rude"], 0.7)
    clock.advance(12)
    s.flag_misheard()  # 12 s after the customer's last line, 20 s before the hang-up
    cut_off = s.events  # a call that stopped here: the flag is its last event
    clock.advance(8)
    s.end_call()
    s.submit_acw("parcel late", "escalated")
    flagged = s.events
    plain = [e for e in flagged if e.kind != "misheard"]
    assert len(plain) == len(flagged) - 2
    assert score(flagged, r).to_dict() == score(plain, r).to_dict()
    assert cut_off[-1].kind == "misheard"
    assert score(cut_off, r).to_dict() == score(cut_off[:-1], r).to_dict()
    card = score(flagged, r)
    assert [c.status for c in card.criteria if c.section == "timing"] == ["fail", "pass"]


def test_free_text_rudeness_moves_mood_into_demand() -> None:
    s, _ = connected()
    s.say_free("apaan sih", ["rude"], 0.7)
    assert s.state == "demand" and s.mood == 80


# --------------------------------------------------------------------------- machines


def test_machine_is_cached_and_sessions_leave_it() -> None:
    persona = shop_persona()
    a, _ = connected(persona)
    b, _ = connected(persona)
    pm = engine.persona_machine(persona)
    assert a._pm is b._pm is pm
    assert a in pm.machine.models and b in pm.machine.models
    assert engine.phase_machine() is a._phm is b._phm
    a.end_call()
    assert a not in pm.machine.models and b in pm.machine.models
    assert a in engine.phase_machine().models  # still doing ACW
    a.submit_acw("n", "no_answer")
    assert a not in engine.phase_machine().models
    b.detach()
    assert b not in pm.machine.models and b not in engine.phase_machine().models
    # the machine's shape
    m = pm.machine
    assert m.auto_transitions is False and m.has_queue and m.send_event
    assert "end_resolved" in m.states and m.states["end_resolved"].final
    assert "option:greet.hello" in m.events and "mood_check" in m.events
    engine.clear_machine_cache()
    assert engine.persona_machine(persona) is not pm


def test_reloaded_persona_gets_a_new_machine_and_old_idle_one_is_dropped() -> None:
    first = shop_persona()
    engine.persona_machine(first)
    second = shop_persona()
    assert engine.persona_machine(second) is not engine.persona_machine(first)
    assert engine.cached_machine_count() == 1 or engine.cached_machine_count() == 2


def test_state_names_that_clash_with_triggers_or_methods_are_harmless() -> None:
    persona = shop_persona()
    states = dict(persona.states)
    states["hold"] = states.pop("checked")
    opts = tuple(
        o if o.goto != "checked" else type(o)(**{**o.__dict__, "goto": "hold"})
        for o in states["issue"].options
    )
    states["issue"] = type(states["issue"])(**{**states["issue"].__dict__, "options": opts})
    p = shop_persona(states=states, id="clash")
    s, _clock = connected(p)
    s.choose(1)
    s.choose_id("issue.hold")
    assert s.state == "hold" and s.phase == "on_hold"
    assert s.unhold() is None and s.phase == "connected"


# --------------------------------------------------------------------------- determinism, restore


Script = Callable[[CallSession, ManualClock], None]


def _script(s: CallSession, clock: ManualClock) -> None:
    s.start()
    clock.advance(2)
    s.answer()
    clock.advance(17)
    s.poll()
    clock.advance(4)
    s.choose(1)
    s.use_tool("courier")
    clock.advance(6)
    s.say_free("boleh nomor ordernya?", ["probe"], 0.6, option_id="issue.probe")
    s.say_free("hmm", [], 0.2)
    clock.advance(3)
    s.choose_id("issue.hold")
    clock.advance(70)
    s.unhold()
    s.mute()
    clock.advance(2)
    s.unmute()
    s.open_kb("refunds")


def _dicts(events: list[Event]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in events]


def test_same_seed_same_inputs_same_log() -> None:
    a, ca = make(seed=42)
    b, cb = make(seed=42)
    _script(a, ca)
    _script(b, cb)
    assert _dicts(a.events) == _dicts(b.events)
    variants = set()
    for seed in range(12):
        s, c = make(seed=seed)
        _script(s, c)
        variants.add(tuple(e.data["variant"] for e in s.events if e.kind == "customer_said"))
    assert len(variants) > 1  # the seed does pick line variants


def _continue(s: CallSession, clock: ManualClock) -> None:
    clock.advance(5)
    s.choose(1)  # checked.thanks
    clock.advance(5)
    s.choose_id("resolve.bye")
    clock.advance(20)
    s.submit_acw("parcel with courier", "resolved_first_contact")


def test_restore_rebuilds_the_session_and_continues_identically() -> None:
    persona = shop_persona()
    original, clock = make(persona, seed=5)
    _script(original, clock)
    stored = [Event.from_dict(e.to_dict()) for e in original.events]  # as a store gives them
    later = ManualClock(1000.0)
    seen: list[Event] = []
    back = restore(persona, account(), stored, clock=later, on_event=seen.append)
    assert seen == []
    for attr in (
        "state",
        "mood",
        "phase",
        "revealed",
        "flags",
        "turn",
        "card_visible",
        "tools_used",
        "muted",
        "ending",
        "customer_lines",
    ):
        assert getattr(back, attr) == getattr(original, attr), attr
    assert back.attached and back in engine.persona_machine(persona).machine.models
    n = len(original.events)
    _continue(original, clock)
    _continue(back, later)
    assert _dicts(back.events) == _dicts(original.events)
    assert [e.seq for e in seen] == list(range(n, len(original.events)))


def test_restore_completes_an_action_the_store_holds_only_part_of() -> None:
    """Killed while writing one action's events: the rest are regenerated and stored."""
    persona = shop_persona()
    original, clock = make(persona, seed=5)
    _script(original, clock)
    whole = [Event.from_dict(e.to_dict()) for e in original.events]
    said = max(i for i, e in enumerate(whole) if e.kind == "agent_said")
    action = [e for e in whole[said:] if e.t == whole[said].t]  # one action: one time stamp
    assert len(action) > 1  # it wrote several events
    seen: list[Event] = []
    back = restore(persona, account(), whole[: said + 1], on_event=seen.append)
    assert _dicts(seen) == _dicts(action[1:])
    assert _dicts(back.events) == _dicts(whole[: said + len(action)])


def test_restore_a_finished_call_and_controls() -> None:
    persona = shop_persona()
    s, clock = connected(persona, seed=3)
    s.choose_id("greet.rude")
    clock.advance(4)
    s.escalate("asked twice")
    clock.advance(30)
    s.submit_acw("escalated parcel", "escalated", ["email_summary"])
    back = restore(persona, account(), s.events)
    assert back.phase == "done" and back.ending == "escalated"
    assert _dicts(back.events) == _dicts(s.events)

    t, _tc = connected(persona)
    t.choose(1)
    t.transfer("warm", BRIEF)
    assert _dicts(restore(persona, account(), t.events).events) == _dicts(t.events)


def test_restore_a_call_hung_up_while_the_customer_was_on_hold_or_muted() -> None:
    """Hanging up first closes the open hold (``hold_ended`` then ``call_ended`` at the same
    moment): that is one hang-up, not an un-hold and then a hang-up."""
    persona = shop_persona()
    for line_off in ("hold", "mute"):
        s, clock = connected(persona, seed=5)
        s.choose(1)
        clock.advance(3)
        assert getattr(s, line_off)() is None
        clock.advance(12)
        assert s.end_call() is None
        kinds = [e.kind for e in s.events]
        assert kinds[kinds.index("call_ended") - 1] in ("hold_ended", "mute_ended")
        back = restore(persona, account(), s.events)
        assert _dicts(back.events) == _dicts(s.events)
        assert back.phase == "acw"
        assert back.ending == s.ending


def test_a_holding_line_breaks_the_silence_and_asks_nothing_of_the_customer() -> None:
    persona = shop_persona()
    s, clock = connected(persona, seed=2)
    s.choose(1)
    clock.advance(10)
    said = len(s.events)
    assert s.say_holding("One moment please, I'm checking.") is None
    new = s.events[said:]
    assert [e.kind for e in new] == ["agent_said"]
    assert (new[0].data["control"], new[0].data["acts"]) == ("holding", [])
    assert s.wasted_turns == 0
    clock.advance(persona.mood.patience - 1)  # patience counts from the holding line
    s.poll()
    assert "dead_air" not in kinds(s, said)
    back = restore(persona, account(), s.events)
    assert _dicts(back.events) == _dicts(s.events)
    s.hold()
    assert s.say_holding("still there?") is not None  # on hold the customer cannot hear it


def test_restore_rebuilds_a_typed_reply_flagged_as_misheard() -> None:
    persona = shop_persona()
    s, clock = connected(persona, seed=4)
    s.say_free("halo bu, sama rina", ["greet"], 0.4)
    clock.advance(2.5)
    s.flag_misheard()
    clock.advance(1)
    s.say_free("pagi bu saya rina", ["greet", "identify_self"], 0.8, option_id="greet.hello")
    s.flag_misheard()  # at the same instant as the reply it flags
    stored = [Event.from_dict(e.to_dict()) for e in s.events]
    assert [e.kind for e in stored].count("misheard") == 2
    back = restore(persona, account(), stored)
    assert _dicts(back.events) == _dicts(s.events)
    refused(back.flag_misheard(), "already-flagged")  # what it flagged is known again
    cut = stored[: stored.index(next(e for e in stored if e.kind == "misheard"))]
    again = restore(persona, account(), cut)  # crashed just before the flag: it can be pressed
    assert again.flag_misheard() is None


def test_restore_outbound_and_chat() -> None:
    p = outbound_persona()
    s, clock = make(p)
    s.start()
    s.use_tool("dnc_list")
    clock.advance(9)
    s.dial("lead-none")
    s.dial("target")
    s.choose(2)
    assert _dicts(restore(p, account(), s.events).events) == _dicts(s.events)
    c = chat_persona()
    s2, clock2 = make(c)
    s2.start()
    clock2.advance(70)
    s2.poll()
    assert _dicts(restore(c, account(), s2.events).events) == _dicts(s2.events)


def test_restore_against_an_edited_persona_says_where() -> None:
    s, _clock = connected()
    s.choose(1)
    edited = shop_persona(facts={"due": "Friday", "order_no": "A-17", "eta": "tomorrow"})
    with pytest.raises(RestoreError) as err:
        restore(edited, account(), s.events)
    assert err.value.seq > 0
    with pytest.raises(RestoreError):
        restore(shop_persona(), account(), [])
