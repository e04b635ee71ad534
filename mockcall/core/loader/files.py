"""One file -> one model object: persona, account, rubric or an account's lexicon.

Composing (``core.yamlsafe``) and converting (the walk) are put together here, along with what
the loader sets beyond a file's keys: the ``source`` path, default option ids and a rubric's
``content_hash`` (``core.canonical``, the same hash the scorer and the store use).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, get_args

from yaml.nodes import MappingNode

from mockcall.core.canonical import content_hash
from mockcall.core.loader.objects import converter
from mockcall.core.loader.walk import BAD, _kind, _Walk
from mockcall.core.model import Account, Located, Persona, Problem, Rubric
from mockcall.core.vocab import Locale
from mockcall.core.yamlsafe import DEFAULT_LIMITS, Composed, Limits, compose_file, load_data

T = TypeVar("T")


@dataclass(frozen=True)
class Loaded(Generic[T]):
    """One loaded file: the object (``None`` when it could not be built) and its problems."""

    value: T | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.value is not None and not any(p.severity == "error" for p in self.problems)


def _load(
    path: str | Path, cls: type[Located], limits: Limits
) -> tuple[Any, list[Problem], Composed]:
    composed = compose_file(path, limits)
    value, problems = _convert(composed, cls, limits)
    return value, problems, composed


def _convert(composed: Composed, cls: type[Located], limits: Limits) -> tuple[Any, list[Problem]]:
    """A composed file as an object of ``cls`` (``None`` when unusable) and every problem."""
    problems = list(composed.problems)
    if composed.node is None:
        return None, problems
    w = _Walk(composed, limits)
    if composed.has_tags or composed.has_aliases:
        w.scan(composed.node, tags=composed.has_tags)
    if type(composed.node) is not MappingNode:
        w.add(
            composed.node,
            "wrong-type",
            "the file must be a mapping of keys (id: ..., title: ...), "
            f"found {_kind(composed.node)}",
        )
        return None, problems + w.problems
    value = converter(cls)(composed.node, w, "")
    problems.extend(sorted(w.problems, key=lambda p: (p.line, p.col)))
    return (None if value is BAD else value), problems


def load_persona(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Loaded[Persona]:
    """One persona file. Option ids default to ``<state>.<n>``; ``source`` is the path."""
    value, problems, _ = _load(path, Persona, limits)
    if value is not None:
        value = _finish_persona(value, str(path))
    return Loaded(value, tuple(problems))


def load_account(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Loaded[Account]:
    """One ``account.yaml``."""
    value, problems, _ = _load(path, Account, limits)
    return Loaded(value, tuple(problems))


def load_rubric(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Loaded[Rubric]:
    """One ``rubric.yaml``; ``content_hash`` is set from the content, not the formatting."""
    value, problems, _ = _load(path, Rubric, limits)
    if value is not None:
        value = _finish_rubric(value, str(path))
    return Loaded(value, tuple(problems))


def load_account_lexicon(
    path: str | Path, limits: Limits = DEFAULT_LIMITS
) -> Loaded[dict[str, dict[str, tuple[str, ...]]]]:
    """An account's ``lexicon.yaml``: ``{locale: {act: [phrase, ...]}}``.

    Extra free-text phrases per act *and per locale* (``account.yaml``'s ``lexicon`` applies to
    every locale).  Read as plain data with the safe reader; a section that is not a mapping of
    lists of strings is skipped with a ``wrong-type`` problem.  Act names and phrase syntax are
    the validator's business (``unknown-act``, ``bad-phrase``).
    """
    file = str(path)
    data, found = load_data(path, limits)
    problems = list(found)
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    if data is None:
        return Loaded(None if problems else out, tuple(problems))
    if not isinstance(data, dict):
        problems.append(
            Problem(file, 1, 1, "wrong-type", "lexicon.yaml must map locales (id, en) to acts")
        )
        return Loaded(None, tuple(problems))
    for locale, acts in data.items():
        if locale not in get_args(Locale):
            problems.append(
                Problem(file, 1, 1, "wrong-type", f"lexicon.yaml: unknown locale {locale!r}")
            )
            continue
        if not isinstance(acts, dict):
            problems.append(
                Problem(file, 1, 1, "wrong-type", f"lexicon.yaml: {locale} must map acts to lists")
            )
            continue
        section: dict[str, tuple[str, ...]] = {}
        for act, phrases in acts.items():
            items = [phrases] if isinstance(phrases, str) else phrases
            if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
                problems.append(
                    Problem(
                        file, 1, 1, "wrong-type",
                        f"lexicon.yaml: {locale}.{act} must be a list of phrases",
                    )
                )  # fmt: skip
                continue
            section[str(act)] = tuple(items)
        out[str(locale)] = section
    return Loaded(out, tuple(problems))


def _finish_rubric(rubric: Rubric, source: str) -> Rubric:
    object.__setattr__(rubric, "source", source)
    object.__setattr__(rubric, "content_hash", content_hash(rubric))
    return rubric


def _finish(value: Any, source: str) -> Any:
    """What the loader sets on a loaded persona or rubric beyond the file's keys."""
    if isinstance(value, Persona):
        return _finish_persona(value, source)
    if isinstance(value, Rubric):
        return _finish_rubric(value, source)
    return value


def _finish_persona(persona: Persona, source: str) -> Persona:
    object.__setattr__(persona, "source", source)
    for state_name, state in persona.states.items():
        if any(not o.id for o in state.options):
            options = tuple(
                o if o.id else dataclasses.replace(o, id=f"{state_name}.{n}")
                for n, o in enumerate(state.options, start=1)
            )
            object.__setattr__(state, "options", options)
    return persona
