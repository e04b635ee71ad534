"""Options shared by every command work before and after the command name."""

from __future__ import annotations

import pytest

from mockcall.cli import build_parser


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "x.sqlite3", "--trainee", "rina", "sessions"],
        ["sessions", "--db", "x.sqlite3", "--trainee", "rina"],
        ["--db", "x.sqlite3", "play", "p1", "--trainee", "rina"],
    ],
)
def test_shared_options_survive_either_position(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.db == "x.sqlite3"
    assert args.trainee == "rina"


def test_defaults_when_not_given() -> None:
    args = build_parser().parse_args(["list"])
    assert args.personas is None and args.db is None and args.lang is None


def test_personas_before_the_command_reach_it() -> None:
    args = build_parser().parse_args(["--personas", "a", "validate"])
    assert args.personas == ["a"]
