"""The greeting fits the customer's local time: one rule (mockcall.core.daytime) for the
option text the engine renders and for the scorer's ``greeting_fits_time``."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from engine_fixtures import account, shop_persona

from mockcall.core import engine
from mockcall.core.daytime import greeting, greetings_in, local_time, part_of_day
from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.events import Event
from mockcall.core.model import (
    Check,
    Criterion,
    Customer,
    Option,
    Rubric,
    Section,
)
from mockcall.core.scoring import score

WIB = timezone(timedelta(hours=7))


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    engine.clear_machine_cache()


@pytest.mark.parametrize(
    ("hhmm", "indonesian", "english"),
    [
        ("00:00", "pagi", "morning"),
        ("10:59", "pagi", "morning"),
        ("11:00", "siang", "morning"),
        ("11:59", "siang", "morning"),
        ("12:00", "siang", "afternoon"),
        ("14:59", "siang", "afternoon"),
        ("15:00", "sore", "afternoon"),
        ("16:59", "sore", "afternoon"),
        ("17:00", "sore", "evening"),
        ("17:59", "sore", "evening"),
        ("18:00", "malam", "evening"),
        ("23:59", "malam", "evening"),
    ],
)
def test_the_boundaries(hhmm: str, indonesian: str, english: str) -> None:
    h, m = map(int, hhmm.split(":"))
    local = datetime(2026, 3, 2, h, m, tzinfo=WIB)
    assert part_of_day(local, "id") == indonesian
    assert part_of_day(local, "en") == english
    assert greeting(local, "id") == f"Selamat {indonesian}"
    assert greeting(local, "en") == f"Good {english}"


def test_local_time_is_the_customers() -> None:
    at = local_time("2026-03-03T22:30:00+07:00", 90, "-07:00")
    assert at.strftime("%H:%M") == "08:31"
    assert greetings_in("Halo Kak, selamat malam! ... Good evening.") == [
        ("selamat malam", "id", "malam"),
        ("Good evening", "en", "evening"),
    ]


def _persona(starts_at: str, offset: str, locale: str = "en") -> Any:
    base = shop_persona()
    greet = dataclasses.replace(
        base.states["greet"],
        options=(
            Option(
                id="greet.time",
                text="{greeting}, this is {agent.name}.",
                acts=("greet", "identify_self"),
                goto="issue",
            ),
            Option(id="greet.fixed", text="Good morning!", acts=("greet",), goto="issue"),
        ),
    )
    return dataclasses.replace(
        base,
        locale=locale,  # type: ignore[arg-type]  # the cases give "id" or "en"
        starts_at=starts_at,
        customer=Customer(name="Sari", utc_offset=offset),
        states={**base.states, "greet": greet},
    )


def _call(persona: Any, wait: float = 0.0) -> tuple[CallSession, ManualClock]:
    clock = ManualClock()
    s = CallSession(persona, account(), clock=clock, agent_name="Rina", option_order="file")
    s.start()
    clock.advance(wait)
    s.answer()
    return s, clock


def test_the_engine_renders_greeting_from_its_clock_and_the_customers_zone() -> None:
    s, _ = _call(_persona("2026-03-02T16:55:00+07:00", "+07:00"))
    assert s.offered()[0].text == "Good afternoon, this is Rina."
    s.detach()
    s, clock = _call(_persona("2026-03-02T16:55:00+07:00", "+07:00"), wait=290)
    assert s.offered()[0].text == "Good afternoon, this is Rina."  # 16:59:50
    clock.advance(10)
    assert s.offered()[0].text == "Good evening, this is Rina."  # 17:00: the screen follows
    s.choose(1)
    said = next(e for e in s.events if e.kind == "agent_said")
    assert said.data["text"] == "Good evening, this is Rina."
    s.detach()
    s, _ = _call(_persona("2026-03-02T22:30:00+07:00", "-07:00", "id"))
    assert s.offered()[0].text == "Selamat pagi, this is Rina."  # 08:30 in Denver


def _greeting_rubric() -> Rubric:
    return Rubric(
        id="r",
        account="shop",
        version=1,
        sections=(
            Section(
                id="s",
                weight=100,
                criteria=(Criterion(id="greeting", check=Check(greeting_fits_time=True)),),
            ),
        ),
    )


def test_the_scorer_judges_the_greeting_with_the_same_rule() -> None:
    persona = _persona("2026-03-02T19:10:00+07:00", "+07:00")
    good, _ = _call(persona)
    good.choose_id("greet.time")
    card = score(good.events, _greeting_rubric())
    assert card.criteria[0].status == "pass"
    assert card.criteria[0].evidence[0].text == "Good evening, this is Rina."
    bad, _ = _call(persona)
    bad.choose_id("greet.fixed")
    result = score(bad.events, _greeting_rubric()).criteria[0]
    assert result.status == "fail"
    assert result.reason.startswith('Said "Good morning" at 19:10 customer time')
    assert "Good evening" in result.reason
    assert result.evidence[0].text == "Good morning!"


def test_a_log_without_the_customers_offset_reads_the_models_default() -> None:
    s, _ = _call(_persona("2026-03-02T08:00:00+07:00", "+07:00"))
    s.choose_id("greet.fixed")
    events = []
    for e in s.events:
        if e.kind == "call_started":
            data = dict(e.data)
            data["customer"] = {"name": "Sari", "title": ""}
            e = Event(e.seq, e.t, e.kind, data)
        events.append(e)
    assert score(events, _greeting_rubric()).criteria[0].status == "pass"
