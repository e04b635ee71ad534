"""YAML nodes -> model objects, driven by the model's own type hints; problems are values.

The model dataclasses are the format (see ``model.py``), so this module knows no key names: for
each class it reads the fields' types (``field_types``) and metadata once, compiles a *plan*
(one converter function per field, the defaults, the checks) and caches it.  Walking a file is
then a tight loop over mapping entries calling those converters.

Why a hand-written walk instead of ``yaml.safe_load`` + validation afterwards:

* PyYAML's constructor loses positions, keeps the last of two duplicate keys and turns ``no``
  into ``False`` and ``1:30`` into ``90`` silently.  Walking nodes, every value keeps its mark
  and its *resolved tag*, so a YAML 1.1 trap is reported where it was written, with a fix.
* Aliases are shared nodes: the walk counts every node it reaches again through an alias and
  stops at a limit, so an alias bomb costs at most that many steps, and a self-referencing alias
  is recognised instead of recursing forever.
* Every problem of a file is collected in one pass; a bad value falls back to its default (or
  makes its object unusable when required) and the walk goes on.

Merge keys (``<<: *base``) are supported: trainers reuse option blocks with them.  Explicit keys
win over merged ones, earlier merge sources over later ones, as YAML 1.1 specifies.

Objects are created with ``object.__new__`` and their ``__dict__`` filled in one step: the
frozen dataclasses' ``__init__`` costs a ``object.__setattr__`` per field, which was the largest
single cost of loading.  Classes with ``__slots__`` or ``__post_init__`` still go through
``__init__``.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import math
import os
import re
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar, Union, get_args, get_origin

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from mockcall.core import model
from mockcall.core.model import (
    Account,
    AccountBundle,
    Located,
    Mark,
    Persona,
    Problem,
    Rubric,
)
from mockcall.core.vocab import Locale
from mockcall.core.yamlsafe import (
    DEFAULT_LIMITS,
    AliasGuard,
    Composed,
    Limits,
    compose_file,
    load_data,
)

T = TypeVar("T")

_Y = "tag:yaml.org,2002:"
STR = _Y + "str"
INT = _Y + "int"
FLOAT = _Y + "float"
BOOL = _Y + "bool"
NULL = _Y + "null"
TIMESTAMP = _Y + "timestamp"
VALUE = _Y + "value"
MAP = _Y + "map"
SEQ = _Y + "seq"
MERGE = _Y + "merge"
#: Tags a node may carry. Anything else (``!!python/...``, ``!!binary``, ``!custom``) is refused.
SAFE_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, VALUE, MAP, SEQ, MERGE})
#: Plain scalars that resolve to str and still read as text: a timestamp and ``=`` are just text.
_TEXT_TAGS = frozenset({STR, TIMESTAMP, VALUE})

_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_YAML11_BOOL = frozenset({"yes", "no", "on", "off", "y", "n"})
_OCTAL = re.compile(r"^[-+]?0[0-7_]+$")


class _Bad:
    """Marker for a value that could not be converted (a problem was already recorded)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "BAD"


BAD: Any = _Bad()

Converter = Callable[[Node, "_Walk", str], Any]


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Loaded(Generic[T]):
    """One loaded file: the object (``None`` when it could not be built) and its problems."""

    value: T | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.value is not None and not any(p.severity == "error" for p in self.problems)


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


# --------------------------------------------------------------------------- the walk


class _Walk:
    """State of converting one file: problems so far, alias accounting, tags already refused."""

    __slots__ = ("aliases", "file", "limits", "problems", "scanned", "track")

    def __init__(self, composed: Composed, limits: Limits) -> None:
        self.file = composed.file
        self.limits = limits
        self.problems: list[Problem] = []
        self.track = composed.has_aliases
        self.aliases = AliasGuard(limits)
        self.scanned = False

    def mark(self, node: Node) -> Mark:
        m = node.start_mark
        return Mark(self.file, m.line + 1, m.column + 1)

    def add(self, node: Node, code: str, message: str) -> None:
        m = node.start_mark
        self.problems.append(Problem(self.file, m.line + 1, m.column + 1, code, message))

    # -- aliases: only paid for when the text contains '*' at all

    def enter(self, node: Node) -> bool:
        return self.aliases.enter(node, self.add)

    def leave(self, node: Node) -> None:
        self.aliases.leave(node)

    # -- mapping entries, with merge keys and duplicates

    def entries(self, node: MappingNode) -> list[tuple[str, Node, Node]]:
        """(key text, key node, value node) in file order; duplicates reported and dropped."""
        out: list[tuple[str, Node, Node]] = []
        first: dict[str, Node] = {}
        merges: list[Node] = []
        for knode, vnode in node.value:
            if type(knode) is not ScalarNode:
                self.add(knode, "wrong-type", "a key must be a plain word, not a list or mapping")
                continue
            if knode.tag == MERGE:
                merges.append(vnode)
                continue
            if knode.tag not in SAFE_TAGS:
                self.add(knode, "unsafe-tag", f"tag {_tag_name(knode.tag)} is not allowed")
                continue
            key = knode.value
            seen = first.get(key)
            if seen is not None:
                self.add(
                    knode,
                    "duplicate-key",
                    f"key '{key}' appears twice; the first is at line "
                    f"{seen.start_mark.line + 1}; keep one",
                )
                continue
            first[key] = knode
            out.append((key, knode, vnode))
        if merges:
            out.extend(self._merged(merges, first))
        return out

    def _merged(
        self, merges: list[Node], first: dict[str, Node]
    ) -> Iterator[tuple[str, Node, Node]]:
        sources: list[Node] = []
        for m in merges:
            if type(m) is SequenceNode:
                sources.extend(m.value)
            else:
                sources.append(m)
        for src in sources:
            if type(src) is not MappingNode:
                self.add(src, "wrong-type", "'<<' merges a mapping (or a list of mappings) only")
                continue
            if self.track and not self.enter(src):
                continue
            try:
                for key, knode, vnode in self.entries(src):
                    if key not in first:
                        first[key] = knode
                        yield key, knode, vnode
            finally:
                if self.track:
                    self.leave(src)

    # -- bad tags: refused wherever they are, even under keys that are never converted

    def scan(self, root: Node, tags: bool) -> None:
        """Refuse unknown tags anywhere and find self-referencing aliases, without recursion.

        Tags are checked on every node, even under keys the walk never converts: a
        ``!!python/...`` tag means the file was written to attack some loader, and saying so is
        worth more than an ``unknown-key``.  Cycles are found by an iterative depth-first search
        (grey = on the current path), so a node containing an alias to itself is reported once,
        at its anchor, however the schema would have reached it.
        """
        if tags:
            self.scanned = True
        on_path: set[int] = set()
        done: set[int] = set()
        stack: list[tuple[Node, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            key = id(node)
            if leaving:
                on_path.discard(key)
                done.add(key)
                continue
            if key in on_path:
                if key not in self.aliases.cyclic:
                    self.aliases.cyclic.add(key)
                    self.add(
                        node,
                        "alias-limit",
                        "this anchor contains an alias to itself (a self-referencing alias)",
                    )
                continue
            if key in done:
                continue
            if tags and node.tag not in SAFE_TAGS:
                self.add(
                    node,
                    "unsafe-tag",
                    f"tag {_tag_name(node.tag)} is not allowed; "
                    "mockcall files hold plain text, numbers, true/false, lists and mappings",
                )
                done.add(key)
                continue
            if type(node) is ScalarNode:
                done.add(key)
                continue
            on_path.add(key)
            stack.append((node, True))
            if type(node) is MappingNode:
                for k, v in reversed(node.value):
                    stack.append((v, False))
                    stack.append((k, False))
            else:
                stack.extend((child, False) for child in reversed(node.value))


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_Y) :] if tag.startswith(_Y) else tag


def _kind(node: Node) -> str:
    if type(node) is MappingNode:
        return "a mapping"
    if type(node) is SequenceNode:
        return "a list"
    tag = node.tag
    if tag == NULL:
        return "nothing (null)" if node.value in ("null", "Null", "NULL", "~") else "no value"
    if tag == BOOL:
        return f"the boolean {node.value}"
    if tag in (INT, FLOAT):
        return f"the number {node.value}"
    return f"the text '{_short(node.value)}'"


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def _where(key: str) -> str:
    return f"'{key}': " if key else ""


def _unusual(node: Node, w: _Walk, key: str) -> bool:
    """Report a node whose tag is not one of ours. True when it was (the value is unusable)."""
    if node.tag in SAFE_TAGS:
        return False
    if not w.scanned:
        w.add(node, "unsafe-tag", f"{_where(key)}tag {_tag_name(node.tag)} is not allowed")
    return True


# --------------------------------------------------------------------------- scalar converters


def _text_trap(node: Node, w: _Walk, key: str, expected: str = "text") -> None:
    """A plain scalar resolved to something other than text where text is needed: say why."""
    value = node.value
    tag = node.tag
    where = _where(key)
    if getattr(node, "style", None):  # quoted, yet tagged: an explicit !!int "5"
        w.add(node, "wrong-type", f"{where}expected {expected}, found {_kind(node)}")
    elif tag == BOOL:
        if value.lower() in _YAML11_BOOL:
            w.add(
                node,
                "yaml11-bool",
                f'{where}unquoted {value} is read as a boolean in YAML 1.1; quote it: "{value}"',
            )
        else:
            w.add(
                node,
                "wrong-type",
                f'{where}expected {expected}, found {value}; quote it: "{value}"',
            )
    elif tag in (INT, FLOAT) and ":" in value:
        w.add(
            node,
            "yaml11-sexagesimal",
            f'{where}unquoted {value} is read as a base-60 number in YAML 1.1; quote it: "{value}"',
        )
    elif tag == INT and _OCTAL.match(value):
        w.add(
            node,
            "yaml11-octal",
            f"{where}unquoted {value} is read as an octal number in YAML 1.1 (leading zero); "
            f'quote it: "{value}"',
        )
    elif tag == NULL:
        shown = value or "an empty value"
        w.add(
            node,
            "wrong-type",
            f"{where}expected {expected}, found {shown} (null); "
            + ("write the value" if not value else f'quote it if you mean the word: "{value}"'),
        )
    elif type(node) is ScalarNode:
        w.add(node, "wrong-type", f'{where}expected {expected}, found {value}; quote it: "{value}"')
    else:
        w.add(node, "wrong-type", f"{where}expected {expected}, found {_kind(node)}")


def conv_str(node: Node, w: _Walk, key: str) -> Any:
    tag = node.tag
    if tag == STR:
        return node.value
    if type(node) is ScalarNode and tag in _TEXT_TAGS:
        return node.value
    if _unusual(node, w, key):
        return BAD
    _text_trap(node, w, key)
    return BAD


def _parse_int(node: Node, w: _Walk, key: str) -> Any:
    value = node.value
    if ":" in value:
        w.add(
            node,
            "yaml11-sexagesimal",
            f"{_where(key)}unquoted {value} is read as a base-60 number ("
            f"{_sexagesimal(value)}) in YAML 1.1; write the number you mean",
        )
        return BAD
    if _OCTAL.match(value):
        w.add(
            node,
            "yaml11-octal",
            f"{_where(key)}{value} has a leading zero and is read as an octal number in YAML 1.1; "
            "write it without the leading zero",
        )
        return BAD
    digits = value.replace("_", "")
    try:
        return int(digits, 0) if digits.lstrip("+-")[:2].lower() in ("0x", "0b") else int(digits)
    except ValueError:
        w.add(node, "wrong-type", f"{_where(key)}expected a whole number, found {value}")
        return BAD


def _sexagesimal(value: str) -> str:
    sign = -1 if value.startswith("-") else 1
    total = 0.0
    for part in value.lstrip("+-").replace("_", "").split(":"):
        total = total * 60 + float(part)
    result = sign * total
    return str(int(result)) if result == int(result) else str(result)


def conv_int(node: Node, w: _Walk, key: str) -> Any:
    if node.tag == INT:
        return _parse_int(node, w, key)
    if _unusual(node, w, key):
        return BAD
    _number_trap(node, w, key, "a whole number")
    return BAD


def _number_trap(node: Node, w: _Walk, key: str, expected: str) -> None:
    where = _where(key)
    if node.tag == FLOAT and ":" in node.value:
        _text_trap(node, w, key, expected)
    elif type(node) is ScalarNode and node.tag == STR and node.style:
        w.add(
            node,
            "wrong-type",
            f"{where}expected {expected}, found the quoted text '{_short(node.value)}'; "
            "remove the quotes",
        )
    else:
        w.add(node, "wrong-type", f"{where}expected {expected}, found {_kind(node)}")


def conv_float(node: Node, w: _Walk, key: str) -> Any:
    tag = node.tag
    if tag == INT:
        whole = _parse_int(node, w, key)
        return BAD if whole is BAD else float(whole)
    if tag == FLOAT:
        value = node.value
        if ":" in value:
            _text_trap(node, w, key, "a number")
            return BAD
        number = float(value.replace("_", "").lower().replace(".inf", "inf").replace(".nan", "nan"))
        if not math.isfinite(number):
            w.add(node, "bad-value", f"{_where(key)}{value} is not a usable number")
            return BAD
        return number
    if _unusual(node, w, key):
        return BAD
    _number_trap(node, w, key, "a number")
    return BAD


def conv_bool(node: Node, w: _Walk, key: str) -> Any:
    tag = node.tag
    value = node.value
    if tag == BOOL:
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        meant = "true" if value.lower() in ("yes", "on", "y") else "false"
        w.add(
            node,
            "yaml11-bool",
            f"{_where(key)}{value} is a YAML 1.1 boolean other tools read differently; "
            f"write {meant}",
        )
        return BAD
    if _unusual(node, w, key):
        return BAD
    if type(node) is ScalarNode and tag == STR and not node.style and value.lower() in _YAML11_BOOL:
        meant = "true" if value.lower() == "y" else "false"
        w.add(node, "yaml11-bool", f"{_where(key)}write true or false (not {value}); {meant}?")
        return BAD
    w.add(node, "wrong-type", f"{_where(key)}expected true or false, found {_kind(node)}")
    return BAD


def conv_scalar(node: Node, w: _Walk, key: str) -> Any:
    """``Scalar`` (str | int | float | bool): the resolved tag decides, traps are still traps."""
    tag = node.tag
    if tag == STR:
        return node.value
    if tag == INT:
        return _parse_int(node, w, key)
    if tag == FLOAT:
        return conv_float(node, w, key)
    if tag == BOOL:
        return conv_bool(node, w, key)
    if type(node) is ScalarNode and tag in _TEXT_TAGS:
        return node.value
    if _unusual(node, w, key):
        return BAD
    if tag == NULL:
        _text_trap(node, w, key, "a value")
    else:
        w.add(node, "wrong-type", f"{_where(key)}expected a single value, found {_kind(node)}")
    return BAD


def _did_you_mean(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _literal(choices: tuple[str, ...]) -> Converter:
    allowed = frozenset(choices)
    listing = ", ".join(choices)

    def conv_literal(node: Node, w: _Walk, key: str) -> Any:
        value = conv_str(node, w, key)
        if value is BAD:
            return BAD
        if value in allowed:
            return value
        w.add(
            node,
            "bad-value",
            f"{_where(key)}'{_short(value)}' is not one of: {listing}"
            + _did_you_mean(value, choices),
        )
        return BAD

    return conv_literal


def _int_or_literal(choices: tuple[str, ...]) -> Converter:
    allowed = frozenset(choices)
    listing = " or ".join(f"'{c}'" for c in choices)

    def conv_limit(node: Node, w: _Walk, key: str) -> Any:
        if node.tag == INT:
            return _parse_int(node, w, key)
        if type(node) is ScalarNode and node.tag == STR and node.value in allowed:
            return node.value
        if _unusual(node, w, key):
            return BAD
        w.add(
            node,
            "wrong-type" if node.tag != STR else "bad-value",
            f"{_where(key)}expected a whole number or {listing}, found {_kind(node)}",
        )
        return BAD

    return conv_limit


def _optional(inner: Converter) -> Converter:
    def conv_optional(node: Node, w: _Walk, key: str) -> Any:
        if node.tag == NULL and type(node) is ScalarNode:
            return None
        return inner(node, w, key)

    return conv_optional


# --------------------------------------------------------------------------- collections


def _takes_scalar(conv: Converter) -> bool:
    return getattr(conv, "takes_scalar", False)


def _tuple(item: Converter) -> Converter:
    lone = _takes_scalar(item)

    def conv_tuple(node: Node, w: _Walk, key: str) -> Any:
        if type(node) is SequenceNode:
            if node.tag != SEQ and _unusual(node, w, key):
                return BAD
            if w.track and not w.enter(node):
                return BAD
            out = []
            for child in node.value:
                value = item(child, w, key)
                if value is not BAD:
                    out.append(value)
            if w.track:
                w.leave(node)
            return tuple(out)
        if lone and type(node) is ScalarNode and node.tag != NULL:
            value = item(node, w, key)
            return BAD if value is BAD else (value,)
        if _unusual(node, w, key):
            return BAD
        if node.tag == NULL:
            w.add(
                node,
                "wrong-type",
                f"{_where(key)}expected a list, found no value; write [] or remove the key",
            )
        else:
            w.add(node, "wrong-type", f"{_where(key)}expected a list, found {_kind(node)}")
        return BAD

    return conv_tuple


def _mapping(value_conv: Converter) -> Converter:
    def conv_mapping(node: Node, w: _Walk, key: str) -> Any:
        if type(node) is not MappingNode or node.tag != MAP:
            if _unusual(node, w, key):
                return BAD
            w.add(
                node,
                "wrong-type",
                f"{_where(key)}expected a mapping (key: value), found {_kind(node)}",
            )
            return BAD
        if w.track and not w.enter(node):
            return BAD
        out: dict[str, Any] = {}
        for name, knode, vnode in w.entries(node):
            if knode.tag != STR and knode.tag not in _TEXT_TAGS:
                _text_trap(knode, w, "", "a name as the key")
                continue
            value = value_conv(vnode, w, name)
            if value is not BAD:
                out[name] = value
        if w.track:
            w.leave(node)
        return out

    return conv_mapping


# --------------------------------------------------------------------------- dataclass plans


@dataclass(slots=True)
class _FieldPlan:
    name: str
    conv: Converter
    required: bool
    minimum: float | None
    maximum: float | None
    pattern: re.Pattern[str] | None
    pattern_text: str
    #: Mark each list item / mapping key too (``marks["acts.1"]``, ``marks["acts.greet"]``)?
    itemised: bool


#: annotation text -> the type it names; most texts recur across the model's classes
_TYPES: dict[str, Any] = {}


def field_types(cls: type[Any]) -> dict[str, Any]:
    """Each dataclass field's type, as ``typing.get_type_hints(cls, vars(model))`` gives it.

    The model's annotations are texts (``from __future__ import annotations``); evaluated here
    once per distinct text instead of once per field of every class, which made the plans the
    larger part of loading one persona (a test checks both agree on every model class).
    """
    types_: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        hint = f.type
        if isinstance(hint, str):
            text = hint
            hint = _TYPES.get(text)
            if hint is None:
                hint = _TYPES[text] = eval(text, vars(model))
        types_[f.name] = hint
    return types_


class _ClassPlan:
    """How to build one model class: converters per key, defaults, required keys, checks."""

    def __init__(self, cls: type[Located]) -> None:
        self.cls = cls
        self.label = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()
        hints = field_types(cls)
        self.fields: dict[str, _FieldPlan] = {}
        self.defaults: dict[str, Any] = {}
        self.factories: list[tuple[str, Callable[[], Any]]] = []
        for f in dataclasses.fields(cls):
            if f.default is not dataclasses.MISSING:
                self.defaults[f.name] = f.default
            elif f.default_factory is not dataclasses.MISSING:
                self.factories.append((f.name, f.default_factory))
            if f.metadata.get("internal"):
                continue
            pattern = f.metadata.get("pattern")
            self.fields[f.name] = _FieldPlan(
                name=f.name,
                conv=converter(hints[f.name]),
                required=f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING,
                minimum=f.metadata.get("min"),
                maximum=f.metadata.get("max"),
                pattern=re.compile(pattern) if pattern else None,
                pattern_text=pattern or "",
                itemised=bool(f.metadata.get("ref")) or get_origin(hints[f.name]) is Mapping,
            )
        self.names = tuple(self.fields)
        self.required = tuple(n for n, p in self.fields.items() if p.required)
        self.shorthand: str | None = cls.shorthand
        self.fast = "__slots__" not in cls.__dict__ and not hasattr(cls, "__post_init__")

    def build(self, values: dict[str, Any]) -> Any:
        data = dict(self.defaults)
        for name, factory in self.factories:
            if name not in values:
                data[name] = factory()
        data.update(values)
        if self.fast:
            obj = object.__new__(self.cls)
            obj.__dict__.update(data)
            return obj
        return self.cls(**data)


_PLANS: dict[type, _ClassPlan] = {}


def plan_for(cls: type[Located]) -> _ClassPlan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _ClassPlan(cls)
    return plan


def _check(fp: _FieldPlan, value: Any, vnode: Node, w: _Walk) -> None:
    if fp.pattern is not None and isinstance(value, str) and fp.pattern.search(value) is None:
        w.add(
            vnode,
            "bad-value",
            f"'{fp.name}': '{_short(value)}' does not have the required form {fp.pattern_text}",
        )
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if fp.minimum is not None and value < fp.minimum:
            w.add(vnode, "bad-value", f"'{fp.name}': {value} is below the minimum {fp.minimum}")
        elif fp.maximum is not None and value > fp.maximum:
            w.add(vnode, "bad-value", f"'{fp.name}': {value} is above the maximum {fp.maximum}")


def _object(cls: type[Located]) -> Converter:
    plan_box: list[_ClassPlan] = []  # resolved lazily: classes may refer to each other

    def conv_object(node: Node, w: _Walk, key: str) -> Any:
        if not plan_box:
            plan_box.append(plan_for(cls))
        plan = plan_box[0]
        if w.aliases.stopped:
            return BAD
        if type(node) is not MappingNode:
            if _unusual(node, w, key):
                return BAD
            if plan.shorthand is not None and type(node) is ScalarNode and node.tag != NULL:
                fp = plan.fields[plan.shorthand]
                value = fp.conv(node, w, fp.name)
                if value is BAD:
                    return BAD
                _check(fp, value, node, w)
                mark = w.mark(node)
                missing = [n for n in plan.required if n != plan.shorthand]
                if missing:
                    w.add(node, "missing-key", f"{plan.label} needs {', '.join(missing)}")
                    return BAD
                return plan.build({plan.shorthand: value, "at": mark, "marks": {fp.name: mark}})
            w.add(
                node,
                "wrong-type",
                f"{_where(key)}expected a {plan.label} (a mapping"
                + (f" or a single {plan.shorthand}" if plan.shorthand else "")
                + f"), found {_kind(node)}",
            )
            return BAD
        if node.tag != MAP and _unusual(node, w, key):
            return BAD
        if w.track and not w.enter(node):
            return BAD
        values: dict[str, Any] = {}
        marks: dict[str, Any] = {}
        fields = plan.fields
        broken = False
        for name, knode, vnode in w.entries(node):
            found = fields.get(name)
            if found is None:
                w.add(
                    knode,
                    "unknown-key",
                    f"unknown key '{_short(name)}' in {plan.label}"
                    + _did_you_mean(name, plan.names),
                )
                continue
            fp = found
            value = fp.conv(vnode, w, name)
            if value is BAD:
                broken = broken or fp.required
                continue
            if fp.pattern is not None or fp.minimum is not None or fp.maximum is not None:
                _check(fp, value, vnode, w)
            values[name] = value
            marks[name] = vnode.start_mark
            if fp.itemised and type(vnode) is not ScalarNode:
                _item_marks(name, vnode, marks)
        if w.track:
            w.leave(node)
        missing = [n for n in plan.required if n not in values and n not in marks]
        absent = [n for n in missing if not _given(node, n)]
        if absent:
            w.add(
                node,
                "missing-key",
                f"{plan.label} is missing required key{'s' if len(absent) > 1 else ''} "
                + ", ".join(f"'{n}'" for n in absent),
            )
        if broken or missing:
            return BAD
        values["at"] = w.mark(node)
        values["marks"] = LazyMarks(w.file, marks)
        return plan.build(values)

    conv_object.takes_scalar = cls.shorthand is not None  # type: ignore[attr-defined]
    return conv_object


def _item_marks(name: str, node: Node, marks: dict[str, Any]) -> None:
    """Marks of the items of a name-holding list (``acts.0``) or the keys of a mapping
    (``states.opening``), so a validator can point at the very word that is wrong."""
    if type(node) is SequenceNode:
        for i, child in enumerate(node.value):
            marks[f"{name}.{i}"] = child.start_mark
    elif type(node) is MappingNode:
        for knode, _ in node.value:
            if type(knode) is ScalarNode:
                marks.setdefault(f"{name}.{knode.value}", knode.start_mark)


class LazyMarks(Mapping[str, Mark]):
    """``marks`` of a loaded object: PyYAML's marks kept as they are, made ``Mark`` on access.

    Most marks are never read (only a problem needs one), and building a frozen ``Mark`` for each
    of the thousands of values in a persona was a fifth of the loading time.
    """

    __slots__ = ("_file", "_raw")

    def __init__(self, file: str, raw: dict[str, Any]) -> None:
        self._file = file
        self._raw = raw

    def __getitem__(self, key: str) -> Mark:
        m = self._raw[key]
        return Mark(self._file, m.line + 1, m.column + 1)

    def get(self, key: str, default: Any = None) -> Any:
        m = self._raw.get(key)
        return default if m is None else Mark(self._file, m.line + 1, m.column + 1)

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __repr__(self) -> str:
        return f"LazyMarks({self._file!r}, {len(self._raw)} keys)"

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle (and deepcopy) as a plain dict of Marks: PyYAML's C marks do not pickle.
        return (dict, (dict(self.items()),))


def _given(node: MappingNode, name: str) -> bool:
    return any(type(k) is ScalarNode and k.value == name for k, _ in node.value)


_CONVERTERS: dict[Any, Converter] = {}


def converter(hint: Any) -> Converter:
    """The converter for a type hint, built once per distinct hint."""
    conv = _CONVERTERS.get(hint)
    if conv is None:
        conv = _CONVERTERS[hint] = _build_converter(hint)
    return conv


def _scalar_flag(conv: Converter) -> Converter:
    conv.takes_scalar = True  # type: ignore[attr-defined]
    return conv


def _build_converter(hint: Any) -> Converter:
    if hint is str:
        return _scalar_flag(conv_str)
    if hint is bool:
        return _scalar_flag(conv_bool)
    if hint is int:
        return _scalar_flag(conv_int)
    if hint is float:
        return _scalar_flag(conv_float)
    origin = get_origin(hint)
    args = get_args(hint)
    if origin is Literal:
        return _scalar_flag(_literal(tuple(str(a) for a in args)))
    if origin is Union or origin is types.UnionType:
        rest = tuple(a for a in args if a is not type(None))
        if len(rest) < len(args):
            inner = converter(rest[0] if len(rest) == 1 else Union[rest])  # noqa: UP007
            return _optional(inner)
        if set(rest) == {str, int, float, bool}:
            return _scalar_flag(conv_scalar)
        literals = [a for a in rest if get_origin(a) is Literal]
        if int in rest and len(literals) == len(rest) - 1:
            choices = tuple(str(c) for lit in literals for c in get_args(lit))
            return _scalar_flag(_int_or_literal(choices))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple(converter(args[0]))
    if origin is Mapping or origin is dict:
        if args[0] is not str:
            raise TypeError(f"mapping keys must be str: {hint}")
        return _mapping(converter(args[1]))
    if isinstance(hint, type) and issubclass(hint, Located):
        return _object(hint)
    raise TypeError(f"the loader has no rule for the type {hint!r}")


# --------------------------------------------------------------------------- files


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


def canonical(value: Any) -> Any:
    """A model object as plain JSON data: every key, no marks, no loader-set fields."""
    cls = type(value)
    if cls is str or cls is int or cls is float or cls is bool or value is None:
        return value
    names = _PUBLIC.get(cls)
    if names is None and isinstance(value, Located):
        names = _PUBLIC[cls] = tuple(
            f.name for f in dataclasses.fields(value) if not f.metadata.get("internal")
        )
    if names is not None:
        return {name: canonical(getattr(value, name)) for name in names}
    if isinstance(value, tuple):
        return [canonical(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    return value


#: model class -> its keys (the fields a file can set), for :func:`canonical`
_PUBLIC: dict[type, tuple[str, ...]] = {}


def content_hash(rubric: Rubric) -> str:
    """sha256 of the rubric's canonical JSON: comments, order of keys and quoting do not count."""
    text = json.dumps(canonical(rubric), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- library

ACCOUNT_FILE = "account.yaml"
RUBRIC_FILE = "rubric.yaml"
LEXICON_FILE = "lexicon.yaml"
#: Files of an account folder that are not personas.
NOT_PERSONAS: tuple[str, ...] = (ACCOUNT_FILE, RUBRIC_FILE, LEXICON_FILE)
_YAML_SUFFIXES = (".yaml", ".yml")
#: The kinds of file mockcall reads, by the model class each is loaded as.
KINDS: dict[str, type[Located]] = {"persona": Persona, "rubric": Rubric, "account": Account}


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
        if account.value is None:
            orphans.extend(personas)
            continue
        account_id = account.value.id
        if account_id in bundles:
            problems.append(
                Problem.at(
                    account.value.mark_of("id"),
                    "duplicate-id",
                    f"account id '{account_id}' is also used by "
                    f"{bundles[account_id].folder}/{ACCOUNT_FILE}",
                )
            )
            orphans.extend(personas)
            continue
        bundles[account_id] = AccountBundle(
            account.value, rubric, tuple(personas), str(entry.path), locale_lexicon
        )

    for loose_path in found.loose:
        kind, loaded_loose = load_loose(loose_path, limits)
        files.append(str(loose_path))
        problems.extend(loaded_loose.problems)
        if kind == "persona" and loaded_loose.value is not None:
            orphans.append(loaded_loose.value)
    # A persona given alone joins the bundle of the account it names, when that was loaded.
    still: list[Persona] = []
    for persona in orphans:
        bundle = bundles.get(persona.account)
        if bundle is None:
            still.append(persona)
        else:
            bundles[persona.account] = dataclasses.replace(
                bundle, personas=(*bundle.personas, persona)
            )
    return Library(
        bundles,
        tuple(problems),
        tuple(files),
        tuple(still),
        missing=tuple(str(p) for p in found.missing),
        empty=tuple(str(p) for p in found.empty),
    )
