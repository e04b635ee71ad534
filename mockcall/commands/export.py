"""``mockcall export [--format csv|json|xapi] [--out FILE]``: stored calls for other tools.

* ``csv`` — one row per session, section scores as ``section:<id>`` columns (spreadsheets).
* ``json`` — a list of sessions, each with its summary, full event log and current scorecard;
  ``rubric_hash`` names the rubric frozen in the store, so every call can be re-scored.
* ``xapi`` — a JSON array of xAPI statements (one per finished call) for an LMS.
* ``vcon`` — a JSON array of vCon documents (IETF draft-ietf-vcon-vcon-core), one per session:
  parties, the lines as ``text`` dialog, holds/transfers/ACW as attachments and the current
  scorecard in ``analysis``; ``mockcall qa`` reads them back.

Streaming: sessions are read through one cursor and written as they come, so an export of
100 000 sessions holds one session in memory.  With ``--out`` the file is written beside its
final name and moved into place at the end, so a failed export never leaves half a file
where a previous good one was.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mockcall.commands.common import error
from mockcall.exit_codes import EXIT_OK, EXIT_PROBLEMS, EXIT_STORE

if TYPE_CHECKING:
    from mockcall.store.api import SessionFilter, SessionStore


def run(args: argparse.Namespace) -> int:
    from mockcall.store import StoreError, open_store
    from mockcall.store.api import SessionFilter

    where = SessionFilter(
        trainee=args.trainee, account=args.account, sort="started_at", descending=False, limit=None
    )
    try:
        with closing(open_store(args.db)) as store, _output(args.out) as out:
            count = export(store, where, args.format, out)
    except StoreError as exc:
        error(str(exc))
        return EXIT_STORE
    except OSError as exc:
        error(f"cannot write {args.out}: {exc.strerror or exc}")
        return EXIT_PROBLEMS
    if args.out:
        print(f"exported {count} session(s) to {args.out}", file=sys.stderr)
    return EXIT_OK


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if not path:
        yield sys.stdout
        sys.stdout.flush()
        return
    final = Path(path)
    partial = final.with_name(final.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)


def export(store: SessionStore, where: SessionFilter, fmt: str, out: TextIO) -> int:
    """Write the matching sessions to ``out`` in ``fmt``; returns how many were written."""
    if fmt == "csv":
        return _csv(store, where, out)
    if fmt == "json":
        return _json(store, where, out)
    if fmt == "xapi":
        return _xapi(store, where, out)
    if fmt == "vcon":
        return _vcon(store, where, out)
    raise ValueError(f"unknown export format '{fmt}'")


def _csv(store: SessionStore, where: SessionFilter, out: TextIO) -> int:
    from mockcall.store.formats import csv_header, csv_row

    sections = store.section_ids(where)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(csv_header(sections))
    n = 0
    for record in store.records(where, with_events=False, with_scorecard=False):
        writer.writerow(csv_row(record.meta, sections))
        n += 1
    return n


def _json(store: SessionStore, where: SessionFilter, out: TextIO) -> int:
    from mockcall.store.formats import json_item

    n = 0
    out.write("[")
    for record in store.records(where):
        out.write(",\n" if n else "\n")
        out.write(json.dumps(json_item(record), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def _xapi(store: SessionStore, where: SessionFilter, out: TextIO) -> int:
    from dataclasses import replace

    from mockcall.store.formats import xapi_statement

    finished = replace(where, status="finished")  # only finished calls have a result
    n = 0
    out.write("[")
    for record in store.records(finished, with_events=False, with_scorecard=False):
        statement = xapi_statement(record.meta)
        if statement is None:
            continue
        out.write(",\n" if n else "\n")
        out.write(json.dumps(statement, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def _vcon(store: SessionStore, where: SessionFilter, out: TextIO) -> int:
    from mockcall.core.vcon import vcon_of

    n = 0
    out.write("[")
    for record in store.records(where):
        document = vcon_of(record.events, record.scorecard, ident=f"session:{record.meta.id}")
        out.write(",\n" if n else "\n")
        out.write(json.dumps(document, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n
