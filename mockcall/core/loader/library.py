"""What a list of paths holds, and all of it loaded: the persona library.

Every command that reads personas (``validate``, ``lint``, ``list``, ``play``, the TUI) finds
files through :func:`discover`, so they all agree on what an account folder is and what a loose
file is; :func:`load_library` then loads each file with ``loader.files`` and groups personas into
account bundles.  A file outside any account folder is told apart by its name or its top-level
keys (:func:`tell_kind`).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, ScalarNode

from mockcall.core.loader.files import (
    Loaded,
    _convert,
    _finish,
    load_account,
    load_account_lexicon,
    load_persona,
    load_rubric,
)
from mockcall.core.model import Account, AccountBundle, Located, Persona, Problem, Rubric
from mockcall.core.yamlsafe import DEFAULT_LIMITS, Limits, compose_file

ACCOUNT_FILE = "account.yaml"
RUBRIC_FILE = "rubric.yaml"
LEXICON_FILE = "lexicon.yaml"
#: Files of an account folder that are not personas.
NOT_PERSONAS: tuple[str, ...] = (ACCOUNT_FILE, RUBRIC_FILE, LEXICON_FILE)
_YAML_SUFFIXES = (".yaml", ".yml")
#: The kinds of file mockcall reads, by the model class each is loaded as.
KINDS: dict[str, type[Located]] = {"persona": Persona, "rubric": Rubric, "account": Account}


@dataclass(frozen=True)
class Library:
    """Everything found on the search path: account bundles, problems, the files read."""

    bundles: Mapping[str, AccountBundle]
    problems: tuple[Problem, ...]
    files: tuple[str, ...]
    #: Personas whose account was not found; ``validate`` reports them as ``unknown-account``.
    orphans: tuple[Persona, ...] = ()
    #: Paths given that do not exist, and paths that hold no YAML file to check.
    missing: tuple[str, ...] = ()
    empty: tuple[str, ...] = ()

    def personas(self) -> list[Persona]:
        found = [p for b in self.bundles.values() for p in b.personas]
        return found + list(self.orphans)

    def persona(self, persona_id: str) -> Persona | None:
        return next((p for p in self.personas() if p.id == persona_id), None)

    def bundle_for(self, persona: Persona) -> AccountBundle | None:
        for bundle in self.bundles.values():
            if any(p is persona for p in bundle.personas):
                return bundle
        return self.bundles.get(persona.account)


@dataclass
class AccountFolder:
    """A folder holding ``account.yaml``: its rubric (if any) and the persona files to read."""

    path: Path
    personas: list[Path]
    all_personas: bool

    @property
    def account_file(self) -> Path:
        return self.path / ACCOUNT_FILE

    @property
    def rubric_file(self) -> Path | None:
        rubric = self.path / RUBRIC_FILE
        return rubric if rubric.is_file() else None

    def persona_files(self) -> list[Path]:
        """Every persona file of the folder, or only the ones asked for by path."""
        if not self.all_personas:
            return sorted(set(self.personas))
        return sorted(
            p
            for p in self.path.iterdir()
            if p.suffix in _YAML_SUFFIXES
            and p.name not in NOT_PERSONAS
            and not p.name.startswith(".")
            and p.is_file()
        )


@dataclass
class Discovery:
    """What a list of paths holds to check: the one place files are found, for every command.

    ``folders``: account folders; ``loose``: YAML files outside any account folder, whose kind
    is told from their name (``rubric.yaml``) or their top-level keys when loaded;
    ``missing``: paths that do not exist; ``empty``: paths holding no ``*.yaml``/``*.yml`` file.
    """

    folders: dict[Path, AccountFolder] = dataclasses.field(default_factory=dict)
    loose: list[Path] = dataclasses.field(default_factory=list)
    missing: list[Path] = dataclasses.field(default_factory=list)
    empty: list[Path] = dataclasses.field(default_factory=list)


def discover(paths: Sequence[str | Path]) -> Discovery:
    """Every YAML file under ``paths``: folders (searched recursively) and files alike.

    A folder holding ``account.yaml`` is an account folder: ``rubric.yaml`` beside it is its
    rubric, every other ``*.yaml``/``*.yml`` beside it a persona.  Every other YAML file found
    is *loose*.  Hidden folders and files (a leading ``.``) are skipped in a search, read when
    named.  A persona file given alone brings its own folder's account and rubric.
    """
    found = Discovery()
    loose: dict[Path, Path] = {}
    keys: dict[Path, Path | None] = {}  # folder -> its key in found.folders; None: no account
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = _yaml_below(path)
            if not files:
                found.empty.append(path)
            for file in files:
                _place(found, loose, keys, file, whole_folder=True)
        elif path.is_file():
            if path.suffix not in _YAML_SUFFIXES:
                found.empty.append(path)
            else:
                _place(found, loose, keys, path, whole_folder=False)
        else:
            found.missing.append(path)
    found.loose = list(loose.values())
    return found


def _place(
    found: Discovery,
    loose: dict[Path, Path],
    keys: dict[Path, Path | None],
    file: Path,
    *,
    whole_folder: bool,
) -> None:
    folder = file.parent
    if folder not in keys:
        keys[folder] = folder.resolve() if (folder / ACCOUNT_FILE).is_file() else None
    key = keys[folder]
    if key is None:
        loose.setdefault(file.resolve(), file)
        return
    entry = found.folders.setdefault(key, AccountFolder(folder, [], whole_folder))
    if whole_folder:
        entry.all_personas = True
    elif file.name not in NOT_PERSONAS:
        entry.personas.append(file)


def _yaml_below(root: Path) -> list[Path]:
    """The ``*.yaml``/``*.yml`` files under ``root``, sorted, hidden folders and files skipped;
    a folder reached twice through symbolic links is searched once."""
    files: list[Path] = []
    seen: set[str] = set()
    for top, dirs, names in os.walk(root, followlinks=True):
        real = os.path.realpath(top)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(
            Path(top, n) for n in names if n.endswith(_YAML_SUFFIXES) and not n.startswith(".")
        )
    return sorted(files)


def _distinctive_keys() -> dict[str, frozenset[str]]:
    """Per kind, the top-level keys no other kind has: what tells a loose file's kind."""
    keys = {
        kind: frozenset(f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal"))
        for kind, cls in KINDS.items()
    }
    return {
        kind: own.difference(*(other for k, other in keys.items() if k != kind))
        for kind, own in keys.items()
    }


_DISTINCTIVE = _distinctive_keys()


def tell_kind(node: MappingNode) -> str | list[str]:
    """The kind a file's top-level mapping is, by its keys; else the kinds it could be
    (none, or several when its keys belong to more than one)."""
    keys = {k.value for k, _ in node.value if type(k) is ScalarNode}
    votes = {kind: len(keys & own) for kind, own in _DISTINCTIVE.items()}
    best = max(votes.values())
    kinds = [kind for kind, n in votes.items() if n == best and n > 0]
    return kinds[0] if len(kinds) == 1 else kinds


def _unknown_kind(file: str, node: MappingNode, kinds: list[str]) -> Problem:
    keys = {k.value for k, _ in node.value if type(k) is ScalarNode}
    if kinds:
        why = " and ".join(
            f"keys only a {kind} has ({', '.join(sorted(keys & _DISTINCTIVE[kind]))})"
            for kind in kinds
        )
        why = f"it has {why}"
    else:
        why = (
            "a persona has 'states', a rubric 'sections', an account 'sop', "
            "and it has no key only one of them has"
        )
    return Problem(file, 1, 1, "unknown-kind", f"cannot tell what kind of file this is: {why}")


def load_loose(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str | None, Loaded[Any]]:
    """A YAML file outside any account folder: its kind told by name or keys, then loaded.

    ``rubric.yaml`` is a rubric; any other file is what its top-level keys say (see
    :func:`tell_kind`), or gets an ``unknown-kind`` problem.  Returns the kind (``None`` when
    it could not be told) and the loaded file.
    """
    file = str(path)
    composed = compose_file(file, limits)
    if composed.node is None or type(composed.node) is not MappingNode:
        value, problems = _convert(composed, Persona, limits)  # reading problems only
        return None, Loaded(value, tuple(problems))
    kind: str | list[str] = "rubric" if Path(file).name == RUBRIC_FILE else tell_kind(composed.node)
    if isinstance(kind, list):
        return None, Loaded(None, (_unknown_kind(file, composed.node, kind),))
    value, problems = _convert(composed, KINDS[kind], limits)
    if value is not None:
        value = _finish(value, file)
    return kind, Loaded(value, tuple(problems))


def load_library(paths: Sequence[str | Path], limits: Limits = DEFAULT_LIMITS) -> Library:
    """Load account folders, persona files and loose files; every problem is returned.

    What is read is decided by :func:`discover`; a path that does not exist is an
    ``unreadable`` problem (and listed in ``Library.missing``), one with nothing to check is
    listed in ``Library.empty``.  Nothing raises.
    """
    found = discover(paths)
    problems: list[Problem] = [
        Problem(str(path), 1, 1, "unreadable", "no such file or folder") for path in found.missing
    ]
    files: list[str] = []
    bundles: dict[str, AccountBundle] = {}
    orphans: list[Persona] = []
    for entry in found.folders.values():
        account, rubric, lexicon, personas = _read_folder(entry, limits, problems, files)
        if account is None:
            orphans.extend(personas)
            continue
        account_id = account.id
        if account_id in bundles:
            problems.append(
                Problem.at(
                    account.mark_of("id"),
                    "duplicate-id",
                    f"account id '{account_id}' is also used by "
                    f"{bundles[account_id].folder}/{ACCOUNT_FILE}",
                )
            )
            orphans.extend(personas)
            continue
        bundles[account_id] = AccountBundle(
            account, rubric, tuple(personas), str(entry.path), lexicon
        )

    for loose_path in found.loose:
        kind, loaded_loose = load_loose(loose_path, limits)
        files.append(str(loose_path))
        problems.extend(loaded_loose.problems)
        if kind == "persona" and loaded_loose.value is not None:
            orphans.append(loaded_loose.value)
    return Library(
        bundles,
        tuple(problems),
        tuple(files),
        tuple(_adopt(orphans, bundles)),
        missing=tuple(str(p) for p in found.missing),
        empty=tuple(str(p) for p in found.empty),
    )


def _read_folder(
    entry: AccountFolder, limits: Limits, problems: list[Problem], files: list[str]
) -> tuple[Account | None, Rubric | None, dict[str, dict[str, tuple[str, ...]]], list[Persona]]:
    """An account folder's account, rubric, lexicon and personas, in that order; their
    problems and paths are appended to ``problems`` and ``files``."""
    account_path = entry.account_file
    account = load_account(account_path, limits)
    files.append(str(account_path))
    problems.extend(account.problems)
    rubric: Rubric | None = None
    rubric_path = entry.rubric_file
    if rubric_path is not None:
        loaded_rubric = load_rubric(rubric_path, limits)
        files.append(str(rubric_path))
        problems.extend(loaded_rubric.problems)
        rubric = loaded_rubric.value
    locale_lexicon: dict[str, dict[str, tuple[str, ...]]] = {}
    lexicon_path = entry.path / LEXICON_FILE
    if lexicon_path.is_file():
        loaded_lexicon = load_account_lexicon(lexicon_path, limits)
        files.append(str(lexicon_path))
        problems.extend(loaded_lexicon.problems)
        locale_lexicon = loaded_lexicon.value or {}
    personas: list[Persona] = []
    for persona_path in entry.persona_files():
        loaded = load_persona(persona_path, limits)
        files.append(str(persona_path))
        problems.extend(loaded.problems)
        if loaded.value is not None:
            personas.append(loaded.value)
    return account.value, rubric, locale_lexicon, personas


def _adopt(orphans: list[Persona], bundles: dict[str, AccountBundle]) -> list[Persona]:
    """A persona given alone joins the bundle of the account it names, when that was loaded;
    the ones left are returned."""
    still: list[Persona] = []
    for persona in orphans:
        bundle = bundles.get(persona.account)
        if bundle is None:
            still.append(persona)
        else:
            bundles[persona.account] = dataclasses.replace(
                bundle, personas=(*bundle.personas, persona)
            )
    return still


def kb_texts(bundle: AccountBundle) -> tuple[str, ...]:
    """The text of each KB document of an account folder (a missing or unreadable one is
    skipped: the validator reports it; here it only means one document less to compare)."""
    out: list[str] = []
    for doc in bundle.account.kb:
        try:
            out.append((Path(bundle.folder) / doc.file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    return tuple(out)
