"""The ``mockcall`` command line: argparse, and nothing heavy imported until a command runs.

Each command lives in ``mockcall/commands/<module>.py`` with a ``run(args) -> int``. This module
only builds the parser, so ``mockcall --help`` and ``mockcall validate`` never import Textual.

Exit codes (documented in the README):
0 success · 1 problems found (validate, lint, test, a failed check; qa: a call failed) ·
2 usage error · 3 not found (persona, account, session, rubric, transcript) · 4 store unavailable
(locked, corrupt, foreign file) · 65 bad input data (qa: a transcript that cannot be read) ·
70 internal error (a bug: the traceback goes to a log file, never to the screen) · 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any, Final

# Re-exported: scripts that read mockcall.cli's exit codes keep working.
from mockcall.exit_codes import EXIT_DATA as EXIT_DATA
from mockcall.exit_codes import EXIT_INTERNAL as EXIT_INTERNAL
from mockcall.exit_codes import EXIT_INTERRUPTED as EXIT_INTERRUPTED
from mockcall.exit_codes import EXIT_NOT_FOUND as EXIT_NOT_FOUND
from mockcall.exit_codes import EXIT_OK as EXIT_OK
from mockcall.exit_codes import EXIT_PROBLEMS as EXIT_PROBLEMS
from mockcall.exit_codes import EXIT_STORE as EXIT_STORE
from mockcall.exit_codes import EXIT_USAGE as EXIT_USAGE


def _shared(parser: argparse.ArgumentParser) -> dict[str, Any]:
    """Options accepted both before and after the command (``mockcall --db X sessions``).

    On a subcommand their default is SUPPRESS, so an option given before the command is not
    overwritten by the subcommand's own default.
    """
    return {} if parser.prog == "mockcall" else {"default": argparse.SUPPRESS}


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--personas",
        action="append",
        metavar="DIR",
        **_shared(parser),
        help="persona folder (repeatable); default $MOCKCALL_PERSONAS, ./personas, bundled set",
    )


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE|DSN",
        help="sessions database: a SQLite file or postgresql://user@host/db (default $MOCKCALL_DB)",
        **_shared(parser),
    )


def _lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=["id", "en"],
        help="UI language (default from $LANG)",
        **_shared(parser),
    )


def _ui(parser: argparse.ArgumentParser) -> None:
    _lang(parser)
    parser.add_argument(
        "--trainee",
        metavar="NAME",
        help="trainee name shown and stored",
        **_shared(parser),
    )


def _filters(parser: argparse.ArgumentParser, review_statuses: Sequence[str] = ()) -> None:
    """Which sessions: the same options on ``sessions list``, ``export`` and ``progress``,
    turned into one SessionFilter by :func:`mockcall.commands.filters.session_filter`.

    ``review_statuses``: ``sessions`` also takes ``--status met|missed|na|auto`` for its review
    actions (one option, two meanings by action; the command refuses the wrong one)."""
    parser.add_argument(
        "--trainee", metavar="NAME", default=argparse.SUPPRESS, help="trainee name starts with"
    )
    parser.add_argument("--account", metavar="ACCOUNT", help="account id starts with")
    parser.add_argument("--persona", metavar="PERSONA_ID", help="persona id starts with")
    parser.add_argument("--mode", choices=["practice", "assessment"], default=None)
    parser.add_argument("--since", metavar="DATE|TIME", help="started on or after (UTC date)")
    parser.add_argument("--until", metavar="DATE|TIME", help="started on or before (whole day)")
    statuses = ["live", "interrupted", "finished", "abandoned", *review_statuses]
    parser.add_argument("--status", choices=statuses)
    verdict = parser.add_mutually_exclusive_group()
    verdict.add_argument("--passed", dest="verdict", action="store_const", const=True)
    verdict.add_argument("--failed", dest="verdict", action="store_const", const=False)
    parser.add_argument("--fatal", action="store_true", help="only calls with a fatal error")
    review = parser.add_mutually_exclusive_group()
    review.add_argument("--reviewed", dest="reviewed", action="store_const", const=True)
    review.add_argument("--unreviewed", dest="reviewed", action="store_const", const=False)
    parser.add_argument(
        "--disputed", action="store_true", help="only calls with a dispute waiting for a reviewer"
    )
    _read_only(parser)


def _read_only(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open the database read-only (automatic when the file cannot be written)",
    )


class _Skipped:
    """Stands in for the parser of a command that is not being run: nothing is built."""

    prog = ""

    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        return None

    def set_defaults(self, **kwargs: Any) -> None:
        return None

    def add_mutually_exclusive_group(self, **kwargs: Any) -> _Skipped:
        return self


class _Commands:
    """The subcommands: every one, or only the one being run (``build_parser(only=...)``)."""

    def __init__(self, action: Any, only: str | None) -> None:
        self.action = action
        self.only = only
        self.names: list[str] = []

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        self.names.append(name)
        if self.only is not None and name != self.only:
            return _Skipped()
        return self.action.add_parser(name, **kwargs)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line. ``only``: build that command's arguments alone (every parser and
    argument costs a little: all of them took a few percent of ``mockcall play``'s start-up);
    anything that is not a command name gets the whole parser."""
    parser = argparse.ArgumentParser(
        prog="mockcall",
        description="Practise call-centre calls against scripted customers, scored against the "
        "account's SOP. With no command, opens the home screen.",
    )
    parser.add_argument("--version", action="version", version=_version())
    _common(parser)
    _db(parser)
    _ui(parser)
    # `mockcall serve` starts each browser seat's home screen with it: the name is fixed
    parser.add_argument("--seat", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(module="home")
    sub = _Commands(parser.add_subparsers(dest="command", metavar="COMMAND"), only)
    for add in COMMANDS:
        add(sub)
    if only is not None and only not in sub.names:
        return build_parser()
    return parser


def _play_command(sub: _Commands) -> None:
    p = sub.add_parser("play", help="take one call (a persona id, or a persona file)")
    p.add_argument("persona", nargs="?", metavar="PERSONA_ID|FILE")
    p.add_argument("--seed", type=int, default=None, help="seed for line variants (default random)")
    p.add_argument("--mode", choices=["practice", "assessment"], default="practice")
    p.add_argument(
        "--option-order",
        choices=["shuffled", "file"],
        default=None,
        help="practice: show the options shuffled (default unless the persona pins 'file') or as"
        " written; an assessment always shuffles",
    )
    p.add_argument("--watch", action="store_true", help="reload the persona file when saved")
    _common(p)
    _db(p)
    _ui(p)
    p.set_defaults(module="play")


def _shift_command(sub: _Commands) -> None:
    p = sub.add_parser("shift", help="nesting shift: a queue of calls from one account")
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("--calls", type=int, default=5, help="number of calls (default 5)")
    p.add_argument("--auto-in", action="store_true", help="connect each call without ringing")
    p.add_argument("--seed", type=int, default=None)
    _common(p)
    _db(p)
    _ui(p)
    p.set_defaults(module="shift")


def _review_command(sub: _Commands) -> None:
    p = sub.add_parser("review", help="review stored sessions (TUI)")
    _common(p)
    _db(p)
    _ui(p)
    _read_only(p)
    p.set_defaults(module="review")


def _serve_command(sub: _Commands) -> None:
    p = sub.add_parser("serve", help="the trainee app in a browser: one seat per browser")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default loopback)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--token",
        metavar="TOKEN",
        help="room token trainees type to open a seat (default $MOCKCALL_SERVE_TOKEN); "
        "required for any address but loopback",
    )
    p.add_argument("--max-seats", type=int, default=60, help="seats open at once (default 60)")
    _common(p)
    _db(p)
    _lang(p)
    p.set_defaults(module="serve")


def _floor_command(sub: _Commands) -> None:
    p = sub.add_parser("floor", help="every seat live, for the trainer (TUI)")
    p.add_argument(
        "--hours", type=float, default=8.0, help="seats with a call in the last N hours (8)"
    )
    _common(p)
    _db(p)
    _lang(p)
    p.set_defaults(module="floor")


def _assign_command(sub: _Commands) -> None:
    p = sub.add_parser("assign", help="give a trainee a persona or a nesting shift to take")
    p.add_argument("trainee", metavar="TRAINEE")
    p.add_argument("persona", nargs="?", metavar="PERSONA_ID")
    p.add_argument("--shift", metavar="ACCOUNT", help="a nesting shift of this account instead")
    p.add_argument("--mode", choices=["practice", "assessment"], default="practice")
    p.add_argument("--calls", type=int, default=1, help="how many calls (default 1)")
    p.add_argument("--note", default="", help="a word for the trainee, shown with it")
    p.add_argument("--by", metavar="NAME", help="who assigns it (default $MOCKCALL_REVIEWER)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    _common(p)
    _db(p)
    p.set_defaults(module="assign")


def _assignments_command(sub: _Commands) -> None:
    p = sub.add_parser("assignments", help="assignments and their progress; cancel one")
    p.add_argument("action", nargs="?", choices=["list", "cancel"], default="list")
    p.add_argument("id", nargs="?", type=int, metavar="N")
    p.add_argument("--trainee", metavar="NAME", default=None)
    p.add_argument("--all", action="store_true", help="also the done and the cancelled")
    p.add_argument("--format", choices=["table", "json", "text"], default="table")
    _db(p)
    p.set_defaults(module="assign")


def _list_command(sub: _Commands) -> None:
    p = sub.add_parser("list", help="personas found, with account/direction/channel/locale")
    p.add_argument("--format", choices=["table", "json"], default="table")
    _common(p)
    p.set_defaults(module="listing")


def _validate_command(sub: _Commands) -> None:
    p = sub.add_parser("validate", help="check persona, account and rubric files")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--format", choices=["text", "json"], default="text")
    _common(p)
    p.set_defaults(module="validate")


def _lint_command(sub: _Commands) -> None:
    p = sub.add_parser("lint", help="graph problems: unreachable states, dead ends, ...")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--strict", action="store_true", help="warnings also fail (exit 1)")
    _common(p)
    p.set_defaults(module="lint")


def _graph_command(sub: _Commands) -> None:
    p = sub.add_parser("graph", help="the persona's dialogue as a diagram")
    p.add_argument("persona", metavar="PERSONA_ID")
    p.add_argument("--format", choices=["mermaid", "dot"], default="mermaid")
    _common(p)
    p.set_defaults(module="graph")


#: ``mockcall simulate``'s default time budget: every path of a persona that closes within it
#: is explored (exact score range), a larger one is cut there and reported partial
SIMULATE_SECONDS: Final = 2.0


def _simulate_command(sub: _Commands) -> None:
    p = sub.add_parser("simulate", help="play one path (--path), or explore every path")
    p.add_argument("persona", metavar="PERSONA_ID")
    p.add_argument("--path", help="steps as on screen, e.g. 1,2,hold,unhold,1")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true", help="one JSON object on stdout")
    p.add_argument(
        "--seconds",
        type=float,
        default=SIMULATE_SECONDS,
        help=f"time budget of an exploration; 0: none (default {SIMULATE_SECONDS:g})",
    )
    p.add_argument(
        "--max-paths", type=int, default=10_000_000, help="states the graph pass expands"
    )
    p.add_argument(
        "--score-paths", type=int, default=100_000_000, help="states the score pass expands"
    )
    p.add_argument("--max-depth", type=int, default=400, help="exploration bound (steps)")
    _common(p)
    p.set_defaults(module="simulate")


def _test_command(sub: _Commands) -> None:
    p = sub.add_parser("test", help="run the playthroughs personas declare under tests:")
    p.add_argument("paths", nargs="*", metavar="PATH")
    _common(p)
    p.set_defaults(module="persona_tests")


def _sessions_command(sub: _Commands) -> None:
    p = sub.add_parser("sessions", help="stored sessions; review, dispute, acknowledge")
    p.add_argument(
        "action",
        nargs="?",
        choices=["list", "show", "override", "dispute", "ack", "resolve"],
        default="list",
    )
    p.add_argument("id", nargs="?", metavar="ID")
    p.add_argument("criterion", nargs="?", metavar="CRITERION")
    p.add_argument("--format", choices=["table", "json", "html"], default="table")
    p.add_argument("--out", metavar="FILE", help="show --format html: write here, not stdout")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--comment", metavar="TEXT", help="override/resolve/ack: why")
    p.add_argument("--reason", metavar="TEXT", help="dispute: why the trainee disagrees")
    p.add_argument("--reviewer", metavar="NAME", help="who reviews (default $MOCKCALL_REVIEWER)")
    outcome = p.add_mutually_exclusive_group()
    outcome.add_argument("--upheld", dest="outcome", action="store_const", const="upheld")
    outcome.add_argument("--changed", dest="outcome", action="store_const", const="changed")
    _filters(p, review_statuses=("met", "pass", "missed", "na", "auto", "fail"))
    _common(p)
    _db(p)
    p.set_defaults(module="sessions")


def _calibrate_command(sub: _Commands) -> None:
    p = sub.add_parser("calibrate", help="reviewers of the same calls side by side")
    p.add_argument("sessions", nargs="+", metavar="SESSION")
    p.add_argument("--gold", metavar="NAME", help="gold reviewer (default $MOCKCALL_GOLD_REVIEWER)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    _read_only(p)
    _db(p)
    p.set_defaults(module="calibrate")


def _export_command(sub: _Commands) -> None:
    p = sub.add_parser("export", help="export sessions (csv, json, xapi, vcon)")
    p.add_argument("--format", choices=["csv", "json", "xapi", "vcon"], default="csv")
    p.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    p.add_argument(
        "--homepage",
        metavar="URL",
        help="xapi: the trainees' account homePage (default $MOCKCALL_XAPI_HOMEPAGE, "
        "else https://mockcall.invalid)",
    )
    _filters(p)
    _common(p)
    _db(p)
    p.set_defaults(module="export")


def _progress_command(sub: _Commands) -> None:
    p = sub.add_parser("progress", help="scores over time per trainee and for the cohort")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    _filters(p)
    _common(p)
    _db(p)
    p.set_defaults(module="progress")


def _qa_command(sub: _Commands) -> None:
    p = sub.add_parser("qa", help="score transcripts of real calls, chats, emails (or vCons)")
    p.add_argument("files", nargs="+", metavar="FILE|DIR")
    p.add_argument(
        "--rubric",
        metavar="ID|FILE",
        default="qa-general",
        help="rubric id, account id or rubric file (default qa-general)",
    )
    p.add_argument("--format", choices=["text", "json", "csv"], default="text")
    p.add_argument("--trainee", metavar="NAME", default=argparse.SUPPRESS)
    p.add_argument(
        "--store",
        action="store_true",
        help="also keep each scored contact as a session to review (needs --trainee)",
    )
    _common(p)
    _db(p)
    p.set_defaults(module="qa")


def _db_command(sub: _Commands) -> None:
    p = sub.add_parser("db", help="the sessions database: status, or migrate its schema")
    p.add_argument("action", nargs="?", choices=["status", "migrate"], default="status")
    p.add_argument("--format", choices=["text", "json"], default="text")
    _db(p)
    p.set_defaults(module="db")


def _tag_command(sub: _Commands) -> None:
    p = sub.add_parser("tag", help="free text (one utterance per stdin line) -> SOP acts")
    p.add_argument("--locale", choices=["id", "en"], required=True)
    p.add_argument("--json", action="store_true", help="JSON lines (the default prints a table)")
    p.add_argument("--account", metavar="ACCOUNT", help="add this account's lexicon")
    p.add_argument(
        "--explain", action="store_true", help="show why: phrases, model score, features"
    )
    _common(p)
    p.set_defaults(module="tag")


def _new_command(sub: _Commands) -> None:
    p = sub.add_parser("new", help="scaffold a valid persona, rubric or account file")
    p.add_argument("kind", choices=["persona", "rubric", "account"])
    p.add_argument("--id", dest="new_id", metavar="ID")
    p.add_argument("--account", metavar="ACCOUNT")
    p.add_argument("--locale", choices=["id", "en"], default=None)
    p.add_argument("--direction", choices=["inbound", "outbound"], default=None)
    p.add_argument("--channel", choices=["call", "chat", "email"], default=None)
    p.add_argument("--out", metavar="FILE", help="file to write (refuses to overwrite)")
    p.add_argument("--yes", action="store_true", help="take defaults, ask nothing")
    _common(p)
    p.set_defaults(module="new")


def _schema_command(sub: _Commands) -> None:
    p = sub.add_parser("schema", help="JSON Schema of persona, rubric and account files")
    p.add_argument("kind", nargs="?", choices=["persona", "rubric", "account"], default=None)
    p.add_argument(
        "--write",
        metavar="DIR",
        help="write <kind>.schema.json files into DIR (editors read them) instead of printing",
    )
    p.set_defaults(module="schema")


#: every command's parser, in the order ``mockcall --help`` lists them
COMMANDS: tuple[Callable[[_Commands], None], ...] = (
    _play_command,
    _shift_command,
    _review_command,
    _serve_command,
    _floor_command,
    _assign_command,
    _assignments_command,
    _list_command,
    _validate_command,
    _lint_command,
    _graph_command,
    _simulate_command,
    _test_command,
    _sessions_command,
    _calibrate_command,
    _export_command,
    _progress_command,
    _qa_command,
    _db_command,
    _tag_command,
    _new_command,
    _schema_command,
)


def _version() -> str:
    from mockcall import __version__

    return f"mockcall {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(only=argv[0] if argv else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
        return int(exc.code or 0)
    try:
        module = importlib.import_module(f"mockcall.commands.{args.module}")
        return int(module.run(args))
    except KeyboardInterrupt:
        print("mockcall: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `mockcall list | head`
        return EXIT_OK
    except Exception as exc:  # the last guard: no traceback reaches a user
        from mockcall.commands.crash import report

        return report(exc)


if __name__ == "__main__":
    raise SystemExit(main())
