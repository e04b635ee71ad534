"""The walk over one file's nodes: where problems are collected, and what every converter shares.

A converter is ``(node, walk, key) -> value``; when the node cannot become a value it records a
problem on the walk and returns :data:`BAD`, so a file's problems are all found in one pass and
the walk goes on.  Key rules (collections as keys, refused tags, duplicates, ``<<`` merges) and
alias accounting are the file format's and live in ``core.yamlsafe``, shared with plain data;
this module adds what only model files have: messages that name the key, ``!!`` tag names and
the scan for refused tags under keys the walk never converts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from mockcall.core.yamlsafe import (
    BOOL,
    FLOAT,
    INT,
    NULL,
    SAFE_TAGS,
    STR,
    TIMESTAMP,
    VALUE,
    YAML_TAG,
    AliasGuard,
    Composed,
    KeyRules,
    Limits,
    Reporter,
    mapping_entries,
    merge_sources,
)

#: Plain scalars that resolve to str and still read as text: a timestamp and ``=`` are just text.
_TEXT_TAGS = frozenset({STR, TIMESTAMP, VALUE})


class _Bad:
    """Marker for a value that could not be converted (a problem was already recorded)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "BAD"


BAD: Any = _Bad()

#: ``(node, walk, key) -> value or BAD``: one per type hint, see ``objects.converter``.
Converter = Callable[[Node, "_Walk", str], Any]


class _Walk(Reporter):
    """State of converting one file: problems so far, alias accounting, tags already refused."""

    __slots__ = ("aliases", "limits", "scanned", "track")

    def __init__(self, composed: Composed, limits: Limits) -> None:
        super().__init__(composed.file)
        self.limits = limits
        self.track = composed.has_aliases
        self.aliases = AliasGuard(limits)
        self.scanned = False

    # -- aliases: only paid for when the text contains '*' at all

    def enter(self, node: Node) -> bool:
        return self.aliases.enter(node, self.add)

    def leave(self, node: Node) -> None:
        self.aliases.leave(node)

    # -- mapping entries, with merge keys and duplicates

    def entries(self, node: MappingNode) -> list[tuple[str, Node, Node]]:
        """(key text, key node, value node) in file order; duplicates reported and dropped."""
        first: dict[str, Node] = {}
        merges: list[Node] = []
        out = list(mapping_entries(node, self.add, _MODEL_KEYS, first, merges))
        if merges:
            out.extend(self._merged(merges, first))
        return out

    def _merged(
        self, merges: list[Node], first: dict[str, Node]
    ) -> Iterator[tuple[str, Node, Node]]:
        for src in list(merge_sources(merges)):
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
    return "!!" + tag[len(YAML_TAG) :] if tag.startswith(YAML_TAG) else tag


#: Model files' keys are their text; refused tags are shown as ``!!name``; a duplicate is fixed
#: by keeping one.
_MODEL_KEYS = KeyRules(show_tag=_tag_name, duplicate_hint="; keep one")


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
