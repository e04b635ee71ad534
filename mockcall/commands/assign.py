"""``mockcall assign`` and ``mockcall assignments``: the trainer's work list for the floor.

``assign TRAINEE PERSONA`` gives a trainee a call to take (practice or assessment, once or
``--calls N`` times); ``assign TRAINEE --shift ACCOUNT`` a nesting shift. The trainee sees it on
their home screen at any seat that uses the same store, and it reads as done once enough
matching calls are finished — nothing on the trainee's side has to report back.
``assignments [list]`` shows them with their progress; ``assignments cancel N`` withdraws one.
The floor screen (``mockcall floor``, key ``a``) does the same as ``assign``.

Exit 3 for an unknown persona, account or assignment number, 2 for a request that makes no
sense, 4 when the store cannot be used.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from contextlib import closing
from typing import TYPE_CHECKING

from mockcall.commands.common import error, load, store_command, table
from mockcall.exit_codes import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE
from mockcall.locations import REVIEWER_ENV

if TYPE_CHECKING:
    from mockcall.store.api import Assignment, NewAssignment, SessionStore


def run(args: argparse.Namespace) -> int:
    if args.command == "assignments":
        return _assignments(args)
    new = _request(args)
    if isinstance(new, int):
        return new
    return _with_store(args, lambda store: _assigned(store.assign(new), args.format))


def _assignments(args: argparse.Namespace) -> int:
    if args.action == "cancel":
        if args.id is None:
            error("'assignments cancel' needs the assignment's number (see 'mockcall assignments')")
            return EXIT_USAGE
        number = args.id
        return _with_store(
            args, lambda store: _assigned(store.cancel_assignment(number), args.format)
        )
    if args.id is not None:
        error(f"'assignments list' takes no number (did you mean 'assignments cancel {args.id}'?)")
        return EXIT_USAGE
    return _with_store(
        args,
        lambda store: _listed(
            store.assignments(args.trainee, open_only=not args.all), args.format, args.all
        ),
    )


def _request(args: argparse.Namespace) -> NewAssignment | int:
    """The assignment asked for, checked against the persona library (exit code if not)."""
    from mockcall.store.api import NewAssignment

    library = load(args)
    by = args.by if args.by is not None else os.environ.get(REVIEWER_ENV, "")
    if args.shift is not None:
        if args.persona is not None:
            error("give a persona or --shift ACCOUNT, not both")
            return EXIT_USAGE
        if args.shift not in library.bundles:
            known = ", ".join(sorted(library.bundles)) or "none"
            error(f"no account '{args.shift}' (known: {known})")
            return EXIT_NOT_FOUND
        return NewAssignment(
            args.trainee,
            "shift",
            account=args.shift,
            calls=args.calls,
            note=args.note,
            assigned_by=by,
        )
    if args.persona is None:
        error("say what to assign: a persona id, or --shift ACCOUNT")
        return EXIT_USAGE
    if library.persona(args.persona) is None:
        error(f"no persona '{args.persona}' (see 'mockcall list')")
        return EXIT_NOT_FOUND
    return NewAssignment(
        args.trainee,
        args.mode,
        persona=args.persona,
        calls=args.calls,
        note=args.note,
        assigned_by=by,
    )


def _with_store(args: argparse.Namespace, act: Callable[[SessionStore], int]) -> int:
    from mockcall.store import open_store

    def run() -> int:
        with closing(open_store(getattr(args, "db", None))) as store:
            return act(store)

    return store_command(run)


def _assigned(a: Assignment, fmt: str) -> int:
    if fmt == "json":
        print(json.dumps(to_dict(a), ensure_ascii=False))
    else:
        print(f"#{a.id} {a.trainee}: {describe(a)} — {state(a)}")
    return EXIT_OK


def _listed(found: Sequence[Assignment], fmt: str, everything: bool) -> int:
    if fmt == "json":
        print(json.dumps({"assignments": [to_dict(a) for a in found]}, ensure_ascii=False))
        return EXIT_OK
    if not found:
        print("no assignments" if everything else "no open assignments (--all shows every one)")
        return EXIT_OK
    headers = ["#", "given", "trainee", "assignment", "by", "state", "last score"]
    rows = [
        [
            str(a.id),
            a.assigned_at.replace("T", " ")[:16],
            a.trainee,
            describe(a),
            a.assigned_by or "-",
            state(a),
            "-" if a.last_total is None else f"{a.last_total:.1f} {'✓' if a.last_passed else '✗'}",
        ]
        for a in found
    ]
    print(table(headers, rows))
    return EXIT_OK


def describe(a: Assignment) -> str:
    """``telco-darmawan · assessment ×2`` / ``shift of telco ×5``, plus the note."""
    what = f"shift of {a.account}" if a.mode == "shift" else f"{a.persona} · {a.mode}"
    times = f" ×{a.calls}" if a.calls > 1 else ""
    return f"{what}{times}" + (f" ({a.note})" if a.note else "")


def state(a: Assignment) -> str:
    if a.cancelled_at is not None:
        return "cancelled"
    return "done" if a.done else f"open {a.done_calls}/{a.calls}"


def to_dict(a: Assignment) -> dict[str, object]:
    from dataclasses import asdict

    return {**asdict(a), "done": a.done, "open": a.open}
