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


@pytest.mark.parametrize(
    "argv",
    [
        ["play", "p1", "--seed", "3", "--db", "x.sqlite3", "--lang", "id"],
        ["sessions", "show", "abc", "--format", "json"],
        ["simulate", "p1", "--path", "1,2", "--json"],
        ["new", "persona", "--yes"],
        ["list"],
    ],
)
def test_a_parser_of_only_the_command_run_reads_the_same(argv: list[str]) -> None:
    assert build_parser(only=argv[0]).parse_args(argv) == build_parser().parse_args(argv)


def test_only_an_unknown_command_gets_the_whole_parser() -> None:
    with pytest.raises(SystemExit):
        build_parser(only="plya").parse_args(["plya"])
    assert build_parser(only="--db").parse_args(["--db", "x", "list"]).module == "listing"
