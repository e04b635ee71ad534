"""The browser seat's rules that need no server: names, loopback, tokens, tickets, argv."""

from __future__ import annotations

import pytest

from mockcall.web.seats import SeatConfig, Tickets, clean_name, is_loopback, token_matches


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Rina", "Rina"),
        ("  Sri   Wahyuni ", "Sri Wahyuni"),
        ("O'Neil", "O'Neil"),
        ("Ni Luh Putu Ayu-Dewi", "Ni Luh Putu Ayu-Dewi"),
        ("Đặng Thị Hoa", "Đặng Thị Hoa"),
        ("agent_07", "agent_07"),
        ("Rina\tPutri\n", "Rina Putri"),  # any run of whitespace is one space
    ],
)
def test_names_a_trainee_types_are_kept(typed: str, stored: str) -> None:
    assert clean_name(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "-rf",
        "--db=/etc/passwd",
        "a;b",
        "$(id)",
        "esc\x1b[31m",
        "nul\x00",
        "a" * 41,
        "<b>",
    ],
)
def test_anything_else_is_not_a_name(typed: str) -> None:
    assert clean_name(typed) is None


def test_the_seat_command_is_a_list_with_the_name_as_one_argument() -> None:
    seat = SeatConfig(db="/srv/room.sqlite3", personas=("/srv/p",), lang="id", python="py")
    assert seat.argv("Sri Wahyuni") == [
        "py",
        "-m",
        "mockcall",
        "--seat",
        "--trainee=Sri Wahyuni",
        "--db=/srv/room.sqlite3",
        "--personas=/srv/p",
        "--lang=id",
    ]
    with pytest.raises(ValueError, match="not a trainee name"):
        seat.argv("x; rm -rf ~")


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.3.4.5", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("10.0.0.5", False),
        ("room.local", False),
    ],
)
def test_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_token() -> None:
    assert token_matches("anything", None)
    assert token_matches(" blue-kettle ", "blue-kettle")
    assert not token_matches("blue-kettlE", "blue-kettle")
    assert not token_matches("", "blue-kettle")


def test_tickets_name_their_trainee_until_revoked_or_expired() -> None:
    now = [0.0]
    tickets = Tickets(ttl=100.0, clock=lambda: now[0])
    a, b = tickets.issue("Rina"), tickets.issue("Budi")
    assert a != b and len(a) >= 32
    assert tickets.name_for(a) == "Rina" and tickets.name_for(b) == "Budi"
    assert tickets.name_for("forged") is None and tickets.name_for(None) is None
    tickets.revoke(b)
    assert tickets.name_for(b) is None
    now[0] = 101.0
    assert tickets.name_for(a) is None
