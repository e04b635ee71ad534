"""``mockcall export [--format csv|json|xapi|vcon] [--out FILE] [filters]``: stored calls for
other tools.  The filters are those of ``sessions list`` (:mod:`mockcall.commands.filters`).

* ``csv`` — one row per session, section scores as ``section:<id>`` columns and a
  ``<rubric>/<criterion>.status`` / ``.points`` pair per criterion (spreadsheets); the
  criterion columns are found in a first pass over the matching sessions.
* ``json`` — a list of sessions, each with its summary, full event log and current scorecard;
  ``rubric_hash`` names the rubric frozen in the store, so every call can be re-scored.
* ``xapi`` — a JSON array of xAPI 1.0.3 statements (one per finished call, plus ``voided``
  statements for scores a review replaced) for an LRS; see :mod:`mockcall.store.xapi`.
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
from mockcall.commands.filters import open_for_reading, session_filter
from mockcall.exit_codes import EXIT_OK, EXIT_PROBLEMS, EXIT_STORE, EXIT_USAGE

if TYPE_CHECKING:
    from mockcall.store.api import SessionFilter, SessionStore
    from mockcall.store.xapi import PersonaInfo


def run(args: argparse.Namespace) -> int:
    from mockcall.store import StoreError
    from mockcall.store.xapi import homepage

    try:
        where = session_filter(args, sort="started_at", descending=False, limit=None)
        home = homepage(getattr(args, "homepage", None))
    except ValueError as exc:
        error(str(exc))
        return EXIT_USAGE
    personas = _persona_infos(args) if args.format == "xapi" else {}
    try:
        with closing(open_for_reading(args)) as store, _output(args.out) as out:
            count = export(store, where, args.format, out, home=home, personas=personas)
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


def _persona_infos(args: argparse.Namespace) -> dict[str, PersonaInfo]:
    """Titles and locales of the personas in the library at hand; {} when it cannot be read
    (the statements then name personas by id, in en-US)."""
    from mockcall.commands.common import load
    from mockcall.store.xapi import PersonaInfo

    try:
        library = load(args)
    except Exception:  # a broken library must not stop an export of stored calls
        return {}
    return {p.id: PersonaInfo(p.title, str(p.locale)) for p in library.personas()}


def export(
    store: SessionStore,
    where: SessionFilter,
    fmt: str,
    out: TextIO,
    *,
    home: str | None = None,
    personas: dict[str, PersonaInfo] | None = None,
) -> int:
    """Write the matching sessions to ``out`` in ``fmt``; returns how many were written."""
    if fmt == "csv":
        return _csv(store, where, out)
    if fmt == "json":
        return _json(store, where, out)
    if fmt == "xapi":
        from mockcall.commands.export_xapi import write_xapi
        from mockcall.store.xapi import homepage

        return write_xapi(store, where, out, home or homepage(), personas or {})
    if fmt == "vcon":
        return _vcon(store, where, out)
    raise ValueError(f"unknown export format '{fmt}'")


def _csv(store: SessionStore, where: SessionFilter, out: TextIO) -> int:
    """Two passes: the first finds every (rubric, criterion) column, the second writes rows;
    each holds one session in memory."""
    from mockcall.store.formats import criterion_keys, csv_header, csv_row

    sections = store.section_ids(where)
    cards = (r.scorecard for r in store.records(where, with_events=False))
    criteria = criterion_keys(cards)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(csv_header(sections, criteria))
    n = 0
    for record in store.records(where, with_events=False):
        meta = record.meta
        overrides = store.overrides(meta.id) if meta.overridden else []
        writer.writerow(csv_row(meta, sections, criteria, record.scorecard, overrides))
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
