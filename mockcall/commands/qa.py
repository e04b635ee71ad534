"""``mockcall qa FILE|DIR... [--rubric ID|FILE] [--format text|json|csv] [--trainee NAME]
[--store]``.

Scores transcripts of real calls, chats and emails and vCon documents with the product's
scorer; see ``docs/qa.md``.  A file named on the command line is a vCon when it ends ``.json``
or ``.vcon``, else a transcript; a folder is searched recursively for ``*.txt`` transcripts and
``*.vcon`` / ``*.vcon.json`` vCons (other JSON in a folder — labels, exports — is left alone).

With ``--store`` each scored contact is also kept as a reviewable session (``qa_store.py``);
what was stored, or found stored before, is said on stderr so stdout stays the report.

Exit codes: 0 every contact passed · 1 one failed · 2 usage · 3 a rubric, file or folder not
found · 4 the store cannot be used (``--store``) · 65 a transcript could not be read (its
problems are printed as ``file:line: code: message``, every one; the readable files are still
scored).  The worst code wins: 65, then 4, then 3, then 1.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from mockcall.commands.common import error, search_paths
from mockcall.exit_codes import (
    EXIT_DATA,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_STORE,
    EXIT_USAGE,
)

if TYPE_CHECKING:
    from mockcall.core.events import Event
    from mockcall.core.kb_prices import PriceBook
    from mockcall.core.loader import Library
    from mockcall.core.model import Account, AccountBundle, Problem, Rubric
    from mockcall.core.qa import QaResult
    from mockcall.store.api import SessionStore

#: File names a folder is searched for.
TRANSCRIPT_SUFFIXES = (".txt",)
VCON_SUFFIXES = (".json", ".vcon")


def run(args: argparse.Namespace) -> int:
    from mockcall.core.loader import load_library, load_rubric

    library = load_library(search_paths(args))
    found = resolve_rubric(library, args.rubric, load_rubric)
    if isinstance(found, str):
        error(found)
        return EXIT_NOT_FOUND
    rubric, rubric_account = found
    trainee = getattr(args, "trainee", None) or ""
    store = _open_store(args) if args.store else None
    if isinstance(store, int):
        return store
    files, missing = collect(args.files)
    for path in missing:
        error(f"{path}: no such file or folder")
    global _JOB
    _JOB = _Job(rubric, rubric_account, library, trainee, args.format, store is not None)
    writer = _Writer(args.format, sys.stdout, rubric)
    progress = _Progress(len(files)) if len(files) > 1 and sys.stderr.isatty() else None
    bad = failed = bad_store = False
    for n, outcome in enumerate(_outcomes(files), 1):
        if outcome.problems:
            bad = True
            if progress is not None:
                progress.clear()
            for line in outcome.problems:
                print(line, file=sys.stderr)
        if outcome.data is not None:
            failed |= not outcome.data["passed"]
            writer.emit(outcome.data, outcome.text)
            if store is not None and not _stored(store, outcome, rubric, trainee):
                bad_store = True
        if progress is not None:
            progress.update(n)
    if progress is not None:
        progress.clear()
    writer.close()
    if store is not None:
        store.close()
    if bad:
        return EXIT_DATA
    if bad_store:
        return EXIT_STORE
    if missing:
        return EXIT_NOT_FOUND
    return EXIT_PROBLEMS if failed else EXIT_OK


#: From this many files, and with more than one CPU, files are scored by worker processes.
PARALLEL_FROM = 64


@dataclass(frozen=True)
class _Job:
    rubric: Rubric
    rubric_account: Account | None
    library: Library
    trainee: str
    fmt: str
    #: ``--store``: outcomes carry the event log and the card to store
    keep: bool = False


@dataclass(frozen=True)
class _Outcome:
    problems: list[str]
    data: dict[str, Any] | None
    text: str | None
    file: str = ""
    events: tuple[Event, ...] = ()
    card: dict[str, Any] | None = None


_JOB: _Job | None = None


def _work(path: str) -> _Outcome:
    """Score one file with the job of this process (inherited by forked workers)."""
    from mockcall.core.qa import result_dict

    job = _JOB
    assert job is not None
    result, problems = score_file(
        Path(path), job.rubric, job.rubric_account, job.library, job.trainee
    )
    lines = [problem_line(p) for p in problems]
    if result is None:
        return _Outcome(lines, None, None)
    text = scorecard_text(result, job.rubric) if job.fmt == "text" else None
    if not job.keep:
        return _Outcome(lines, result_dict(result, job.rubric), text)
    card = result.card.to_dict()
    return _Outcome(lines, result_dict(result, job.rubric), text, path, result.events, card)


def _open_store(args: argparse.Namespace) -> SessionStore | int:
    """The store ``--store`` writes to, or the exit code saying why not."""
    from mockcall.store import StoreError, open_store

    if not (getattr(args, "trainee", None) or "").strip():
        error("--store needs --trainee NAME: whose contacts these are")
        return EXIT_USAGE
    try:
        return open_store(getattr(args, "db", None))
    except StoreError as exc:
        error(str(exc))
        return EXIT_STORE


def _stored(store: SessionStore, outcome: _Outcome, rubric: Rubric, trainee: str) -> bool:
    """Keep one scored contact; say where it went. False when the store failed."""
    from mockcall.commands.qa_store import store_contact
    from mockcall.store import StoreError

    assert outcome.card is not None
    try:
        session_id, new = store_contact(
            store, Path(outcome.file), outcome.events, outcome.card, rubric, trainee
        )
    except StoreError as exc:
        error(f"{outcome.file}: not stored: {exc}")
        return False
    said = "stored as session" if new else "already stored as session"
    print(f"{outcome.file}: {said} {session_id}", file=sys.stderr)
    return True


def _outcomes(files: Sequence[Path]) -> Iterator[_Outcome]:
    """Each file's outcome, in order. Many files on a machine with several CPUs are shared
    among forked workers (they inherit the loaded library and recogniser: nothing is loaded
    twice); elsewhere, and for a few files, one process does it all."""
    import multiprocessing
    import os

    workers = min(os.cpu_count() or 1, 8)
    names = [str(f) for f in files]
    if (
        len(names) < PARALLEL_FROM
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        yield from map(_work, names)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_work, names, chunksize=8)


def problem_line(p: Problem) -> str:
    """``file:line: code: message``: a transcript is read line by line, so no column."""
    return f"{p.file}:{p.line}: {p.code}: {p.message}"


def resolve_rubric(
    library: Library, ref: str, load_rubric: Any
) -> tuple[Rubric, Account | None] | str:
    """A rubric by file, by rubric id or by account id; an error message when none fits."""
    path = Path(ref)
    if ref.endswith((".yaml", ".yml")) or path.is_file():
        if not path.is_file():
            return f"{ref}: no such rubric file"
        loaded = load_rubric(path)
        errors = [p for p in loaded.problems if p.severity == "error"]
        if loaded.value is None or errors:
            lines = "\n".join(str(p) for p in errors)
            return f"{lines}\n{ref}: the rubric has errors; fix them first".strip()
        rubric = loaded.value
        bundle = library.bundles.get(rubric.account)
        return rubric, None if bundle is None else bundle.account
    for bundle in library.bundles.values():
        if bundle.rubric is not None and ref in (bundle.rubric.id, bundle.account.id):
            return bundle.rubric, bundle.account
    known = sorted(b.rubric.id for b in library.bundles.values() if b.rubric is not None)
    return f"no rubric '{ref}' (known: {', '.join(known) or 'none'})"


def collect(refs: Sequence[str]) -> tuple[list[Path], list[str]]:
    """Files given, and the transcripts and vCons under folders given (sorted, recursive)."""
    files: list[Path] = []
    missing: list[str] = []
    for ref in refs:
        path = Path(ref)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and _in_folder(p.name))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(ref)
    return files, missing


def _in_folder(name: str) -> bool:
    lower = name.lower()
    return lower.endswith((*TRANSCRIPT_SUFFIXES, ".vcon", ".vcon.json"))


def score_file(
    path: Path,
    rubric: Rubric,
    rubric_account: Account | None,
    library: Library,
    trainee: str,
) -> tuple[QaResult | None, list[Problem]]:
    """One file scored: a vCon (by suffix) or a transcript."""
    from mockcall.core.qa import score_transcript
    from mockcall.core.transcript import read
    from mockcall.core.vcon import read_vcon

    if path.suffix.lower() in VCON_SUFFIXES:
        tr, problems = read_vcon(str(path))
    else:
        tr, problems = read(str(path))
    if tr is None:
        return None, problems
    bundle = library.bundles.get(tr.account)
    contact_account = None if bundle is None else bundle.account
    result = score_transcript(
        tr,
        rubric,
        rubric_account=rubric_account,
        contact_account=contact_account,
        trainee=trainee,
        prices=None if bundle is None else _prices(bundle),
    )
    return result, []


_PRICES: dict[str, PriceBook] = {}


def _prices(bundle: AccountBundle) -> PriceBook:
    """The account's KB prices, read once per account folder (a folder of 1,000 transcripts
    of one account reads its KB once)."""
    book = _PRICES.get(bundle.folder)
    if book is None:
        from mockcall.core.kb_prices import price_book
        from mockcall.core.loader import kb_texts

        book = _PRICES[bundle.folder] = price_book(kb_texts(bundle))
    return book


class _Writer:
    def __init__(self, fmt: str, out: TextIO, rubric: Rubric) -> None:
        self.fmt = fmt
        self.out = out
        self.rubric = rubric
        self.count = 0
        self.csv: Any = None
        self.sections = [s.id for s in rubric.sections if s.weight > 0]

    def emit(self, data: dict[str, Any], text: str | None) -> None:
        if self.fmt == "json":
            self.out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self.csv is None:
                self.csv = csv.writer(self.out, lineterminator="\n")
                self.csv.writerow(
                    ["file", "total", "passed", "fatal", "needs_review"]
                    + [f"section:{s}" for s in self.sections]
                )
            review = [c["id"] for c in data["criteria"] if c["status"] == "review"]
            sections = data["sections"]
            self.csv.writerow(
                [
                    data["file"],
                    data["total"],
                    "true" if data["passed"] else "false",
                    ";".join(data["fatal"]),
                    ";".join(review),
                    *("" if sections.get(s) is None else sections[s] for s in self.sections),
                ]
            )
        else:
            if self.count:
                self.out.write("\n")
            self.out.write(text or "")
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


_MARK = {"met": "✓", "missed": "✗", "na": "–", "review": "?"}


def scorecard_text(result: QaResult, rubric: Rubric) -> str:
    """The card a person reads: verdict, fatal errors first, then section by section."""
    from mockcall.core.qa import result_dict

    data = result_dict(result, rubric)
    card = result.card
    lines: list[str] = []
    verdict = "PASS" if card.passed else "FAIL"
    lines.append(f"{data['file']}  —  {rubric.title or rubric.id} (v{rubric.version})")
    lines.append(f"{verdict}  total {card.total:.1f} (pass mark {card.pass_mark:g})")
    by_id = {c["id"]: c for c in data["criteria"]}
    titles = {c.id: c.title for c in card.criteria}
    if card.fatal_failures:
        lines.append("")
        lines.append("FATAL ERRORS (the call fails whatever the total)")
        for fid in card.fatal_failures:
            c = by_id[fid]
            lines.append(f"  ✗ {fid}: {titles[fid]}")
            lines.append(f"      {c['reason']}")
            if c["evidence"]:
                lines.append(f"      {c['evidence']}")
    review = [c for c in data["criteria"] if c["status"] == "review"]
    fractions = data["sections"]
    for section in rubric.sections:
        if section.weight <= 0:
            continue
        frac = fractions.get(section.id)
        shown = "N/A" if frac is None else f"{frac * 100:.0f}%"
        lines.append("")
        lines.append(
            f"{section.title or section.id} [{section.id}]  {shown}  (weight {section.weight:g})"
        )
        for c in data["criteria"]:
            if c["section"] != section.id:
                continue
            status = c["status"]
            label = {"met": "", "missed": "  MISSED", "na": "  n/a", "review": "  NEEDS REVIEW"}
            lines.append(f"  {_MARK[status]} {c['id']}: {titles[c['id']]}{label[status]}")
            if status == "missed":
                lines.append(f"      {c['reason']}")
                if c["evidence"]:
                    lines.append(f"      {c['evidence']}")
    if review:
        lines.append("")
        ids = ", ".join(c["id"] for c in review)
        lines.append(f"Needs review (left out of the total until a reviewer decides): {ids}")
    return "\n".join(lines) + "\n"


class _Progress:
    """``[#####.....] 412/1000`` on stderr, redrawn at most ten times a second."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.last = 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if done < self.total and now - self.last < 0.1:
            return
        self.last = now
        width = 30
        filled = width * done // max(self.total, 1)
        bar = "#" * filled + "." * (width - filled)
        sys.stderr.write(f"\rqa [{bar}] {done}/{self.total}")
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r" + " " * 60 + "\r")
        sys.stderr.flush()
