"""Scalar converters (text, whole numbers, numbers, true/false) and the YAML 1.1 traps.

PyYAML resolves plain scalars as YAML 1.1 does: ``no`` is a boolean, ``1:30`` the number 90,
``010`` the number 8.  A trainer meant the text, the time or ten, so every converter looks at the
tag a scalar *resolved to* and, when it is not what the field needs, says why and how to quote
it, at the scalar's own position.  Kept apart from the walk because these messages are what a
trainer reads most and change most often.
"""

from __future__ import annotations

import math
import re
from typing import Any

from yaml.nodes import Node, ScalarNode

from mockcall.core.loader.walk import (
    _TEXT_TAGS,
    BAD,
    _kind,
    _short,
    _unusual,
    _Walk,
    _where,
)
from mockcall.core.yamlsafe import BOOL, FLOAT, INT, NULL, STR, base60

_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_YAML11_BOOL = frozenset({"yes", "no", "on", "off", "y", "n"})
_OCTAL = re.compile(r"^[-+]?0[0-7_]+$")


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
    result = sign * float(base60(value.lstrip("+-").replace("_", ""), float))
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
