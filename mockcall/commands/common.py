"""What several commands share: finding personas, printing problems and tables."""

from __future__ import annotations

import argparse
import gc
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockcall.exit_codes import EXIT_NOT_FOUND, EXIT_OK, EXIT_STORE, EXIT_USAGE
from mockcall.locations import persona_paths

if TYPE_CHECKING:
    from mockcall.core.loader import Library
    from mockcall.core.model import AccountBundle, Persona, Problem
    from mockcall.store.api import SessionStore


def search_paths(args: argparse.Namespace, explicit: Sequence[str] = ()) -> list[Path]:
    """Explicit PATH arguments win; else ``--personas`` / env / defaults (see locations)."""
    if explicit:
        return [Path(p) for p in explicit]
    return persona_paths(getattr(args, "personas", None))


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: for loading a library, and checking it.

    A library is a tree of a few hundred thousand objects that live as long as the command and
    hold no cycles, yet the collector would walk all of them again at every pass (on 1,600
    files, a third of ``validate``'s time). On leaving, what is alive is moved to the permanent
    generation (``gc.freeze``, as the trainee UI does at start-up, see ``tui/startup.py``) and
    collections resume: later passes never walk the library again. Nested uses pause once.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def load(args: argparse.Namespace, explicit: Sequence[str] = ()) -> Library:
    from mockcall.core.loader import load_library

    with collector_paused():
        return load_library(search_paths(args, explicit))


def load_to_check(args: argparse.Namespace, explicit: Sequence[str] = ()) -> Library | int:
    """The library ``validate`` and ``lint`` check, or the exit code when a path is wrong.

    Every path must exist (else exit 3, not found) and hold something to check (else exit 1):
    a folder with no YAML file in it is a mistake to say, not a library with no problems.
    """
    from mockcall.core.loader import load_library
    from mockcall.exit_codes import EXIT_NOT_FOUND, EXIT_PROBLEMS

    paths = search_paths(args, explicit)
    if not paths:
        error("nothing to check: no persona folder found (give a PATH or --personas)")
        return EXIT_PROBLEMS
    with collector_paused():
        library = load_library(paths)
    for path in library.missing:
        error(f"{path}: no such file or folder")
    if library.missing:
        return EXIT_NOT_FOUND
    for path in library.empty:
        error(f"nothing to check in {path}: no .yaml or .yml file")
    return EXIT_PROBLEMS if library.empty else library


def find_persona(
    args: argparse.Namespace, ref: str, *, only_its_account: bool = False
) -> tuple[Persona, AccountBundle, Library] | str:
    """A persona by id, or by file path; an error message (str) when it cannot be played.

    ``only_its_account``: find the file by its ``id:`` line first and load just that persona
    with its account and rubric (``mockcall play`` starts sooner: the returned library then
    holds that one persona); anything unusual falls back to loading the whole library.
    """
    if only_its_account and not _looks_like_file(ref):
        path = persona_file(search_paths(args), ref)
        if path is not None:
            found = find_persona(args, str(path))
            if not isinstance(found, str) and found[0].id == ref:
                return found
    library = load(args, [ref] if _looks_like_file(ref) else ())
    persona = library.persona(ref) if not _looks_like_file(ref) else _only_persona(library)
    if persona is None:
        known = sorted(p.id for p in library.personas())
        hint = _did_you_mean(ref, known)
        return f"no persona '{ref}'{hint} (try 'mockcall list')"
    own = [p for p in library.problems if p.file == persona.source and p.severity == "error"]
    if own:
        return "\n".join(str(p) for p in own) + f"\n{ref}: the persona has errors; fix them first"
    bundle = library.bundle_for(persona)
    if bundle is None:
        return f"{persona.source}: persona '{persona.id}' has no account '{persona.account}'"
    return persona, bundle, library


_ID_LINE = re.compile(r"""^id:[ \t]*["']?([A-Za-z0-9_-]+)["']?[ \t]*(?:#.*)?$""", re.MULTILINE)


def persona_file(paths: Sequence[Path], persona_id: str) -> Path | None:
    """The persona file whose top-level ``id:`` line is ``persona_id``, without parsing YAML.

    Only files in account folders (next to an ``account.yaml``) count, found as the loader
    finds them (``loader.discover``). A cheap scan: reading a few dozen small files costs far
    less than building every persona.
    """
    from mockcall.core.loader import discover

    for folder in discover(paths).folders.values():
        for path in folder.persona_files():
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            m = _ID_LINE.search(text)
            if m is not None and m.group(1) == persona_id:
                return path
    return None


def _looks_like_file(ref: str) -> bool:
    return ref.endswith((".yaml", ".yml")) or "/" in ref


def _only_persona(library: Library) -> Persona | None:
    personas = library.personas()
    return personas[0] if len(personas) == 1 else None


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A persona id typed on the command line is offered a little more freely than a name in a
    file (a lower cutoff): the trainee is guessing, not editing."""
    from mockcall.core.suggest import did_you_mean

    return did_you_mean(word, choices, cutoff=0.5)


def print_problems(problems: Iterable[Problem], fmt: str = "text") -> None:
    problems = sorted(problems, key=lambda p: (p.file, p.line, p.col, p.code))
    if fmt == "json":
        print(json.dumps({"problems": [problem_dict(p) for p in problems]}, ensure_ascii=False))
        return
    for p in problems:
        print(p)


def print_check_json(library: Library, problems: Sequence[Problem], ok: bool) -> None:
    """``--format json`` of ``validate`` and ``lint``: the files read, the problems, the verdict."""
    print(
        json.dumps(
            {
                "files": len(library.files),
                "read": list(library.files),
                "problems": [problem_dict(p) for p in problems],
                "ok": ok,
            },
            ensure_ascii=False,
        )
    )


def problem_dict(p: Problem) -> dict[str, Any]:
    return {
        "file": p.file,
        "line": p.line,
        "col": p.col,
        "code": p.code,
        "severity": p.severity,
        "message": p.message,
    }


def error(message: str) -> None:
    print(f"mockcall: {message}", file=sys.stderr)


def store_command(run: Callable[[], int]) -> int:
    """``run()`` for a command that reads or writes the store, its failures said the same way
    by every such command: the store unusable is exit 4 with the store's own sentence; an
    unknown session or assignment exit 3 with where to look; a request the store refuses
    (``ValueError``: an empty comment, a criterion the rubric lacks) exit 2."""
    from mockcall.store import SessionNotFound, StoreError
    from mockcall.store.errors import AssignmentNotFound

    try:
        return run()
    except StoreError as exc:
        error(str(exc))
        return EXIT_STORE
    except SessionNotFound as exc:
        error(f"{exc} (see 'mockcall sessions list')")
        return EXIT_NOT_FOUND
    except AssignmentNotFound as exc:
        error(f"{exc} (see 'mockcall assignments --all')")
        return EXIT_NOT_FOUND
    except ValueError as exc:
        error(str(exc))
        return EXIT_USAGE


def run_on_store(args: argparse.Namespace, app_for: Callable[[SessionStore], Any]) -> int:
    """Open ``--db``, run the app ``app_for`` makes for it, close the store.

    For the trainer's apps (``floor``, ``review``): a store that cannot be opened, or fails
    while the app runs, is exit 4 with the store's own sentence, never a traceback.
    """
    from mockcall.store import StoreError, open_store

    try:
        read_only = bool(getattr(args, "read_only", False))
        store = open_store(getattr(args, "db", None), read_only=read_only)
    except StoreError as exc:
        error(str(exc))
        return EXIT_STORE
    with closing(store):
        app = app_for(store)
        try:
            app.run()
        except StoreError as exc:
            error(str(exc))
            return EXIT_STORE
    return EXIT_OK


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain aligned text table: readable in a terminal and in a CI log alike."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
