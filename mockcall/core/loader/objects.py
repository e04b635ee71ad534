"""Model classes -> converters, compiled once from the classes' own type hints.

The model dataclasses are the format (see ``model.py``), so the loader knows no key names: for
each class it reads the fields' types (:func:`field_types`) and metadata once, compiles a *plan*
(one converter per field, the defaults, the checks) and caches it; :func:`converter` does the
same for every other type hint.  Walking a file is then a tight loop over mapping entries
calling those converters.

Objects are created with ``object.__new__`` and their ``__dict__`` filled in one step: the
frozen dataclasses' ``__init__`` costs an ``object.__setattr__`` per field, which was the largest
single cost of loading.  Classes with ``__slots__`` or ``__post_init__`` still go through
``__init__``.  Marks stay PyYAML's until asked for (:class:`LazyMarks`) for the same reason.
"""

from __future__ import annotations

import dataclasses
import re
import types
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from mockcall.core import model
from mockcall.core.loader.containers import _int_or_literal, _literal, _mapping, _optional, _tuple
from mockcall.core.loader.scalars import conv_bool, conv_float, conv_int, conv_scalar, conv_str
from mockcall.core.loader.walk import (
    BAD,
    Converter,
    _kind,
    _short,
    _unusual,
    _Walk,
    _where,
)
from mockcall.core.model import Located, Mark
from mockcall.core.suggest import did_you_mean
from mockcall.core.yamlsafe import MAP, NULL


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
    """The converter of a model class: a mapping of its keys, or its shorthand scalar."""
    plan_box: list[_ClassPlan] = []  # resolved lazily: classes may refer to each other

    def conv_object(node: Node, w: _Walk, key: str) -> Any:
        if not plan_box:
            plan_box.append(plan_for(cls))
        plan = plan_box[0]
        if w.aliases.stopped:
            return BAD
        if type(node) is not MappingNode:
            return _from_scalar(plan, node, w, key)
        if node.tag != MAP and _unusual(node, w, key):
            return BAD
        if w.track and not w.enter(node):
            return BAD
        values, marks, broken = _read_fields(plan, node, w)
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


def _read_fields(
    plan: _ClassPlan, node: MappingNode, w: _Walk
) -> tuple[dict[str, Any], dict[str, Any], bool]:
    """The converted values of a mapping's keys, their raw marks, and whether a required
    value was unusable (the object then is too)."""
    values: dict[str, Any] = {}
    marks: dict[str, Any] = {}
    fields = plan.fields
    broken = False
    for name, knode, vnode in w.entries(node):
        fp = fields.get(name)
        if fp is None:
            w.add(
                knode,
                "unknown-key",
                f"unknown key '{_short(name)}' in {plan.label}" + did_you_mean(name, plan.names),
            )
            continue
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
    return values, marks, broken


def _from_scalar(plan: _ClassPlan, node: Node, w: _Walk, key: str) -> Any:
    """An object written as a single value (its class's shorthand field), or why it cannot be."""
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
        if get_origin(args[0]) is Literal:  # keys from a closed set (a language, ...)
            return _mapping(converter(args[1]), tuple(str(a) for a in get_args(args[0])))
        if args[0] is not str:
            raise TypeError(f"mapping keys must be str or a Literal: {hint}")
        return _mapping(converter(args[1]))
    if isinstance(hint, type) and issubclass(hint, Located):
        return _object(hint)
    raise TypeError(f"the loader has no rule for the type {hint!r}")
