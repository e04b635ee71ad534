"""``mockcall sessions override|dispute|ack|resolve``: review decisions from the command line.

Each action is one write to the store (one transaction): a reviewer's override (or its
retraction, ``--status auto``), a trainee's dispute of a criterion or acknowledgement of the
review, a reviewer's resolution of a dispute. Nothing is ever edited in place: every one of them
is a new event in the session's log, listed by ``sessions show``.

A reviewer must be named — ``--reviewer``, else ``$MOCKCALL_REVIEWER`` — because calibration
compares reviewers by name: a silent OS user name would mix people up at a shared seat.
Exit 2 for a usage mistake (no reviewer, unknown criterion, empty comment), 3 for an unknown
session, 4 when the store cannot be written; never a traceback.
"""

from __future__ import annotations

import argparse
import os
from contextlib import closing
from typing import TYPE_CHECKING, Any, Final

from mockcall.commands.common import store_command
from mockcall.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from mockcall.store.api import SessionStore

ACTIONS: Final = ("override", "dispute", "ack", "resolve")
#: what a reviewer types -> what the store keeps (``met`` / ``missed`` are the QA card's words
#: for ``pass`` / ``fail``, as ``mockcall qa`` prints them)
STATUSES: Final = {
    "met": "pass",
    "pass": "pass",
    "missed": "fail",
    "fail": "fail",
    "na": "na",
    "auto": "auto",
}


class Usage(ValueError):
    """A mistake in the command line, said in one sentence (exit 2, as any refused request)."""


def reviewer_name(args: argparse.Namespace) -> str:
    """``--reviewer``, else ``$MOCKCALL_REVIEWER``; Usage when neither names anyone."""
    from mockcall.locations import REVIEWER_ENV

    name = (getattr(args, "reviewer", None) or os.environ.get(REVIEWER_ENV) or "").strip()
    if not name:
        raise Usage(f"who is reviewing? give --reviewer NAME or set ${REVIEWER_ENV}")
    return name


def run(args: argparse.Namespace) -> int:
    from mockcall.store import open_store

    def run() -> int:
        request = _request(args)
        with closing(open_store(getattr(args, "db", None), read_only=args.read_only)) as store:
            print(_apply(store, args, request))
        return EXIT_OK

    return store_command(run)


def _request(args: argparse.Namespace) -> dict[str, Any]:
    """What the action asks for, checked as far as the command line alone allows."""
    action, criterion = args.action, args.criterion
    if not args.id:
        raise Usage(f"'sessions {action}' needs a session id (see 'mockcall sessions list')")
    if action != "ack" and not criterion:
        raise Usage(f"'sessions {action}' needs a criterion id (see 'mockcall sessions show ID')")
    if action == "ack" and criterion:
        raise Usage("'sessions ack' takes a session id only")
    status = getattr(args, "status", None)
    if action == "resolve" and args.outcome is None:
        raise Usage("say how the dispute is resolved: --upheld or --changed --status ...")
    needs_status = action == "override" or (action == "resolve" and args.outcome == "changed")
    if needs_status and status not in STATUSES:
        raise Usage(f"'sessions {action}' needs --status met|missed|na|auto")
    if not needs_status and status is not None:
        raise Usage(f"--status is not used by 'sessions {action}' here")
    text = args.reason if action == "dispute" else args.comment
    if action != "ack" and not (text or "").strip():
        option = "--reason" if action == "dispute" else "--comment"
        raise Usage(f"'sessions {action}' needs {option} TEXT saying why")
    request: dict[str, Any] = {"criterion": criterion, "comment": text or ""}
    if needs_status:
        request["status"] = STATUSES[str(status)]
    if action in ("override", "resolve"):
        request["reviewer"] = reviewer_name(args)
    return request


def _apply(store: SessionStore, args: argparse.Namespace, request: dict[str, Any]) -> str:
    """Write the request; the sentence to print."""
    from mockcall.core import events as ev
    from mockcall.store import SessionNotFound

    sid, criterion = args.id, request["criterion"]
    if args.action == "override":
        o = store.add_override(
            sid, criterion, request["status"], request["comment"], request["reviewer"]
        )
        what = "retracted" if o.retracts else "overridden"
        return f"{sid}: {criterion} {what} by {o.reviewer}: {o.previous_status} -> {o.status}"
    if args.action == "resolve":
        data = {**request, "outcome": args.outcome}
        store.add_review(sid, ev.DISPUTE_RESOLVED, data)
        return f"{sid}: dispute of {criterion} resolved ({args.outcome}) by {request['reviewer']}"
    meta = store.session(sid)
    if meta is None:
        raise SessionNotFound(sid)
    trainee = (getattr(args, "trainee", None) or meta.trainee or "").strip()
    if args.action == "dispute":
        data = {"criterion": criterion, "reason": request["comment"], "trainee": trainee}
        store.add_review(sid, ev.DISPUTE, data)
        return f"{sid}: {criterion} disputed by {trainee}"
    store.add_review(sid, ev.REVIEW_ACK, {"trainee": trainee, "comment": request["comment"]})
    return f"{sid}: review acknowledged by {trainee}"
