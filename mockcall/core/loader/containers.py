"""Converters built from other converters: choices, optional values, lists and mappings.

Each takes the converter of its items (or its choices) and returns a new one, so a type hint
such as ``tuple[Option, ...]`` or ``Mapping[str, State]`` becomes one function once and the walk
stays a loop of calls.  A list or mapping reached through an alias is entered through the walk's
alias accounting, so an alias bomb stops at the limit.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from mockcall.core.loader.scalars import _parse_int, _text_trap, conv_str
from mockcall.core.loader.walk import (
    _TEXT_TAGS,
    BAD,
    Converter,
    _kind,
    _short,
    _unusual,
    _Walk,
    _where,
)
from mockcall.core.suggest import did_you_mean
from mockcall.core.yamlsafe import INT, MAP, NULL, SEQ, STR


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
            + did_you_mean(value, choices),
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


def _mapping(value_conv: Converter, keys: tuple[str, ...] | None = None) -> Converter:
    """A mapping of names to values; ``keys``: the only names allowed (a ``Literal`` key type,
    such as the languages of ``translations``), any other is an unknown key."""
    allowed = None if keys is None else frozenset(keys)

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
            if allowed is not None and name not in allowed:
                assert keys is not None
                w.add(
                    knode,
                    "unknown-key",
                    f"{_where(key)}'{_short(name)}' is not one of: {', '.join(keys)}"
                    + did_you_mean(name, keys),
                )
                continue
            value = value_conv(vnode, w, name)
            if value is not BAD:
                out[name] = value
        if w.track:
            w.leave(node)
        return out

    return conv_mapping
