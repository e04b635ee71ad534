"""Read a trainer's YAML file into PyYAML *nodes*, safely, with every problem as a value.

Why nodes and not ``yaml.safe_load``: a node keeps its line and column (so every later
problem can say ``file:line:col``), keeps a mapping's keys in order *with duplicates* (PyYAML's
constructor silently keeps the last one), keeps the tag a plain scalar resolved to (so the loader
can tell ``no`` the YAML 1.1 boolean from ``"no"`` the word) and shares aliased nodes instead of
expanding them (so alias bombs cost nothing until the loader walks them, counting as it goes).
No PyYAML constructor ever runs here: an ``!!python/object`` tag stays an inert string.

What is checked *before* PyYAML sees the text, and why:

* size, with ``stat`` before reading: a 50 MB file takes PyYAML tens of seconds;
* bytes are strict UTF-8 (a BOM is accepted), with no NUL: a binary file gets one clear problem
  instead of a reader error deep inside libyaml;
* nesting depth: libyaml's *composer* recurses in C and kills the process with a segfault on very
  deep nesting, and the pure-Python one raises ``RecursionError``.  A cheap upper bound is
  computed from the raw text; only when it is over the limit is the exact depth measured, from
  the *event* stream, which both parsers produce with an explicit stack (no recursion).

Tabs in indentation are reported one problem per line, but only when composing failed: a tab
inside a literal block is legal, so a file that composes is never second-guessed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from mockcall.core.model import Mark, Problem

try:  # libyaml is ten times faster; the pure-Python loader is the fallback, never a requirement
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: Which loader class composes nodes (for the benchmark and the docs).
LOADER_NAME = _Loader.__name__

_SCALAR = yaml.ScalarNode
_RESOLVED: dict[str, str] = {}

#: The tags a plain scalar or a collection resolves to; both walkers (the model loader and plain
#: data) accept these and nothing else.
YAML_TAG = "tag:yaml.org,2002:"
STR = YAML_TAG + "str"
INT = YAML_TAG + "int"
FLOAT = YAML_TAG + "float"
BOOL = YAML_TAG + "bool"
NULL = YAML_TAG + "null"
TIMESTAMP = YAML_TAG + "timestamp"
VALUE = YAML_TAG + "value"
MAP = YAML_TAG + "map"
SEQ = YAML_TAG + "seq"
MERGE = YAML_TAG + "merge"
#: Tags a value may carry. Anything else (``!!python/...``, ``!!binary``, ``!custom``) is refused.
DATA_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, VALUE, MAP, SEQ})
#: Tags a node may carry: a value's, or ``<<`` (a merge key).
SAFE_TAGS = DATA_TAGS | {MERGE}


class _ComposeOnly:
    """Tag resolution made cheap, for a loader that is only ever used to *compose*.

    PyYAML resolves the tag of every plain scalar in Python, trying up to four regular
    expressions, and calls two path-resolver hooks per node although safe loading registers no
    path resolvers.  Plain scalars repeat a lot (act names, ``true``, small numbers), so the tag is
    remembered per text; the result is exactly PyYAML's, a third of the cost.
    """

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is _SCALAR:
            if not implicit[0]:
                return STR
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)  # type: ignore[misc]
                if len(_RESOLVED) > 50_000:
                    _RESOLVED.clear()
                _RESOLVED[value] = tag
            return tag
        return SEQ if kind is yaml.SequenceNode else MAP


class NodeLoader(_ComposeOnly, _Loader):
    """The safe loader mockcall composes with: libyaml's when PyYAML was built with it."""


class PureNodeLoader(_ComposeOnly, yaml.SafeLoader):
    """The same, always on PyYAML's pure-Python parser (the fallback; tests run both)."""


MAX_BYTES = 1024 * 1024
MAX_DEPTH = 200
MAX_LINE_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Limits:
    """How much a single file may ask of the reader. Generous for any hand-written file."""

    max_bytes: int = MAX_BYTES
    max_depth: int = MAX_DEPTH
    max_line_chars: int = MAX_LINE_CHARS
    #: Nodes the loader may visit again through aliases (``*name``) in one file.
    max_alias_nodes: int = 10_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Composed:
    """The outcome of reading one file: the root node (if any) and what was wrong.

    ``text`` is the decoded text (BOM removed) so callers can hash or re-read it without a second
    trip to the disk; ``has_aliases`` / ``has_tags`` tell the loader whether it must pay for alias
    tracking or an explicit-tag scan at all (most files have neither).
    """

    file: str
    node: Node | None
    problems: tuple[Problem, ...] = ()
    text: str = ""
    has_aliases: bool = False
    has_tags: bool = False
    raw: bytes = field(default=b"", repr=False)


def mark_of(file: str, node: Node) -> Mark:
    """The 1-based position of a node's first character."""
    m = node.start_mark
    return Mark(file, m.line + 1, m.column + 1)


# --------------------------------------------------------------------------- reading bytes


def read_text(
    path: str | Path, limits: Limits = DEFAULT_LIMITS
) -> tuple[str | None, list[Problem]]:
    """The file's text, strictly decoded, or ``None`` and the reason.

    The size is checked with ``stat`` before a single byte is read, so a huge file is refused in
    microseconds. The file is opened read-only and never written.
    """
    file = str(path)
    try:
        size = os.stat(file).st_size
    except OSError as exc:
        return None, [Problem(file, 1, 1, "unreadable", _os_reason(exc))]
    if size > limits.max_bytes:
        return None, [
            Problem(
                file,
                1,
                1,
                "file-too-large",
                f"file is {size:,} bytes; the limit is {limits.max_bytes:,} "
                "(a persona is a few kilobytes: is this the right file?)",
            )
        ]
    try:
        with open(file, "rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    except OSError as exc:
        return None, [Problem(file, 1, 1, "unreadable", _os_reason(exc))]
    if len(data) > limits.max_bytes:  # grew between stat and read
        return None, [
            Problem(file, 1, 1, "file-too-large", f"file is over {limits.max_bytes:,} bytes")
        ]
    return decode(data, file, limits)


def decode(
    data: bytes, file: str, limits: Limits = DEFAULT_LIMITS
) -> tuple[str | None, list[Problem]]:
    """Strict UTF-8 (BOM allowed), no NUL bytes, not empty."""
    nul = data.find(b"\x00")
    if nul >= 0:
        line, col = _byte_position(data, nul)
        return None, [
            Problem(
                file,
                line,
                col,
                "binary-file",
                "the file contains NUL bytes: it is binary (or UTF-16), not a YAML text file",
            )
        ]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(data, exc.start)
        return None, [
            Problem(
                file,
                line,
                col,
                "not-utf8",
                f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8",
            )
        ]
    if not text.strip():
        return None, [Problem(file, 1, 1, "empty-file", "the file is empty")]
    return text, []


def _first_long_line(text: str, limit: int) -> tuple[int, int] | None:
    start = 0
    line_no = 1
    while True:
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if stop - start > limit:
            return line_no, stop - start
        if end < 0:
            return None
        start = end + 1
        line_no += 1


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of a byte offset (the prefix is valid UTF-8 or not)."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    col = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, col


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# --------------------------------------------------------------------------- depth


@lru_cache(maxsize=64)
def _prefix_at_least(width: int) -> re.Pattern[str]:
    # A literal "\n" first lets the regex engine jump between lines instead of trying "^" at
    # every character (ten times faster); the first line is checked separately.
    return re.compile(r"\n[ \-?:]{" + str(width) + "}")


def depth_bound_ok(text: str, limit: int) -> bool:
    """True when the text *cannot* nest deeper than ``limit``; cheap, C-speed scans only.

    Block collections nest only by starting further right (a sequence under a mapping key may
    share the key's column, hence the factor 2), and a block collection's first token lies
    after the line's indentation and any compact ``- ``/``? ``/``: `` indicators.  Flow
    collections nest only through ``[``/``{``, and no block collection lives inside a flow one.
    So ``2 * (longest such line prefix + 1) + number of [ and {`` bounds the depth.
    """
    openers = text.count("[") + text.count("{")
    width = (limit - openers) // 2
    if width <= 1:
        return False
    if _lead(text[:width]) >= width:  # the first line has no "\n" before it
        return False
    return _prefix_at_least(width).search(text) is None


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip(" -?:"))


def measured_depth(text: str, limit: int, loader: type[Any] | None = None) -> int:
    """The real nesting depth, measured on the event stream and stopped past ``limit``."""
    return _deepest(text, limit, loader or NodeLoader)[0]


def _deepest(text: str, limit: int, loader: type[Any]) -> tuple[int, Any]:
    """How deep the text nests (stopped past ``limit``), and where it first went past it.

    Both libyaml's and PyYAML's parsers keep their state on an explicit stack, so unlike the
    composers they survive any depth.  A syntax error simply ends the measurement: the composer
    will stop at the same place, no deeper than what was measured.  One exception: the libyaml
    in recent PyYAML wheels (6.0.4) refuses 1,000 nested flow levels in its *scanner*, which
    reads flow brackets ahead of the parser, so that error comes before a single deep event.  The
    text up to that error is then measured again with the pure-Python parser, which has no such
    limit and only reads those few thousand characters.
    """
    depth = deepest = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > deepest:
                    deepest = depth
                    if deepest > limit:
                        return deepest, event.start_mark
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        if loader is not PureNodeLoader and mark is not None and 0 < mark.index < len(text):
            return _deepest(text[: mark.index], limit, PureNodeLoader)
    except yaml.YAMLError:
        pass
    return deepest, None


# --------------------------------------------------------------------------- composing

_TAG_LEAD = frozenset(" \t\r\n[{,")


def has_explicit_tag(text: str) -> bool:
    """Could the text hold an explicit tag (``!x`` after a space, a bracket or a comma)?

    A ``!`` inside words ("lagi!") is common in customer lines; only a ``!`` that starts a token
    can be a tag.  Over-reporting is harmless: it only triggers a scan of the nodes.
    """
    at = text.find("!")
    while at >= 0:
        if at == 0 or text[at - 1] in _TAG_LEAD:
            return True
        at = text.find("!", at + 1)
    return False


_TAB_INDENT_RE = re.compile(r"^[ ]*\t[ \t]*\S", re.MULTILINE)
_BLOCK_SCALAR_RE = re.compile(r"[:\-]\s+[|>][0-9+-]*\s*(?:#.*)?$")


def compose_text(
    text: str, file: str, limits: Limits = DEFAULT_LIMITS, loader: type[Any] | None = None
) -> Composed:
    """Compose decoded text into a node, or report why not. Never raises for bad input.

    ``loader`` defaults to :class:`NodeLoader` (read when called, so a test can swap it).
    """
    loader = loader or NodeLoader
    refused = _over_limits(text, file, limits, loader)
    if refused is not None:
        return Composed(file, None, (refused,), text)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        return Composed(file, None, tuple(_syntax_problems(text, file, exc)), text)
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML errors are marked in practice
        return Composed(file, None, (Problem(file, 1, 1, "yaml-syntax", str(exc)),), text)
    except RecursionError:  # pragma: no cover - the depth check runs first
        return Composed(file, None, (Problem(file, 1, 1, "too-deep", "nesting too deep"),), text)
    if node is None:
        return Composed(
            file,
            None,
            (Problem(file, 1, 1, "empty-file", "the file has only comments, no content"),),
            text,
        )
    return Composed(
        file,
        node,
        (),
        text,
        has_aliases="*" in text,
        has_tags=has_explicit_tag(text),
    )


def _over_limits(text: str, file: str, limits: Limits, loader: type[Any]) -> Problem | None:
    """Why the text must not reach the composer (too deep, a line too long), if it must not."""
    if not depth_bound_ok(text, limits.max_depth):
        deepest, where = _deepest(text, limits.max_depth, loader)
        if deepest > limits.max_depth:
            return Problem(
                file,
                where.line + 1 if where else 1,
                where.column + 1 if where else 1,
                "too-deep",
                f"nesting is deeper than {limits.max_depth} levels; personas need about ten",
            )
    if len(text) > limits.max_line_chars:
        long = _first_long_line(text, limits.max_line_chars)
        if long is not None:
            line_no, length = long
            return Problem(
                file,
                line_no,
                1,
                "line-too-long",
                f"line is {length:,} characters long; the limit is {limits.max_line_chars:,}",
            )
    return None


def compose_file(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Composed:
    """Read and compose one file; the file is opened read-only and never modified."""
    file = str(path)
    text, problems = read_text(file, limits)
    if text is None:
        return Composed(file, None, tuple(problems))
    return compose_text(text, file, limits)


def _syntax_problems(text: str, file: str, exc: yaml.MarkedYAMLError) -> list[Problem]:
    tabs = tab_indent_lines(text)
    if tabs:
        return [
            Problem(
                file,
                line,
                col,
                "tab-indent",
                "a tab in the indentation; YAML indents with spaces only",
            )
            for line, col in tabs
        ]
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return [Problem(file, line, col, "yaml-syntax", plain_message(exc))]


def tab_indent_lines(text: str) -> list[tuple[int, int]]:
    """(line, col) of every tab in a line's indentation, skipping literal/folded block bodies."""
    if "\t" not in text or _TAB_INDENT_RE.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    block_indent: int | None = None  # indentation of the line that opened a block scalar
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = len(line) - len(stripped)
        lead = line[:indent]
        if block_indent is not None:
            if len(lead) > block_indent:
                continue
            block_indent = None
        if "\t" in lead:
            found.append((number, lead.index("\t") + 1))
        if _BLOCK_SCALAR_RE.search(line):
            block_indent = len(lead)
    return found


_PLAIN = {
    "could not find expected ':'": "a line is not 'key: value' (missing ':' or a bad indent?)",
    "mapping values are not allowed": (
        "unexpected ':' here; quote the text if it contains ': ', or fix the indentation"
    ),
    "did not find expected key": "bad indentation: this line does not line up with its keys",
    "did not find expected '-' indicator": "bad indentation in this list",
    "found character '\\t' that cannot start any token": "a tab; YAML indents with spaces only",
    "found undefined alias": "an alias (*name) with no anchor (&name) before it",
    "expected a single document in the stream": "more than one document ('---') in one file",
    "found unexpected end of stream": "the file ends inside an unclosed quote or bracket",
    "did not find expected ',' or ']'": "a [list] is not closed or an item is missing a comma",
    "did not find expected ',' or '}'": "a {mapping} is not closed or an item is missing a comma",
    "found unknown escape character": "unknown backslash escape in a double-quoted string",
    "found unexpected ':'": "unexpected ':'; quote the text",
}


def plain_message(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's message, with a plain-language explanation in front when one is known."""
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    technical = ", ".join(part for part in (context, problem) if part)
    for key, plain in _PLAIN.items():
        if key in problem or key in context:
            return f"{plain} [{technical}]"
    return technical or "invalid YAML"


# --------------------------------------------------------------------------- walking nodes
#
# Two walkers turn a composed tree into values: the model loader (``core.loader``: typed objects
# with positions) and plain data (below: dicts and lists).  What a mapping's keys may be, what
# a duplicate is, what ``<<`` merges and what aliases may cost are rules of the file format, not
# of either walker, so they are written once here and both walkers use them.

Report = Callable[[Node, str, str], None]


class Reporter:
    """The problems of one file, each at the 1-based position of the node it is about."""

    __slots__ = ("file", "problems")

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def mark(self, node: Node) -> Mark:
        m = node.start_mark
        return Mark(self.file, m.line + 1, m.column + 1)

    def add(self, node: Node, code: str, message: str) -> None:
        m = node.start_mark
        self.problems.append(Problem(self.file, m.line + 1, m.column + 1, code, message))


@dataclass(frozen=True, slots=True)
class KeyRules:
    """How one walker names a mapping key and words its key problems (the checks are shared).

    ``key`` turns a key node into the key (``None``: its text); ``show_tag`` writes a refused
    tag; ``duplicate_hint`` ends the ``duplicate-key`` message.
    """

    key: Callable[[ScalarNode], Any] | None = None
    show_tag: Callable[[str], str] = str
    duplicate_hint: str = ""


def mapping_entries(
    node: MappingNode,
    report: Report,
    rules: KeyRules,
    first: dict[Any, Node],
    merges: list[Node],
) -> Iterator[tuple[Any, Node, Node]]:
    """(key, key node, value node) of a mapping's own entries, in file order, as they are read.

    A key that is a collection, carries a tag other than a value's or repeats an earlier key is
    reported and skipped (the first of two duplicates wins).  ``first`` collects each key's
    node; the values of ``<<`` keys are appended to ``merges`` for the caller to merge after the
    explicit keys (see :func:`merge_sources`).  Lazy, so a walker converting each value as it
    comes reports problems in file order.
    """
    key_of = rules.key
    for knode, vnode in node.value:
        if type(knode) is not ScalarNode:
            report(knode, "wrong-type", "a key must be a plain word, not a list or mapping")
            continue
        if knode.tag == MERGE:
            merges.append(vnode)
            continue
        if knode.tag not in DATA_TAGS:
            report(knode, "unsafe-tag", f"tag {rules.show_tag(knode.tag)} is not allowed")
            continue
        key = knode.value if key_of is None else key_of(knode)
        seen = first.get(key)
        if seen is not None:
            report(
                knode,
                "duplicate-key",
                f"key '{key}' appears twice; the first is at line "
                f"{seen.start_mark.line + 1}{rules.duplicate_hint}",
            )
            continue
        first[key] = knode
        yield key, knode, vnode


def merge_sources(merges: list[Node]) -> Iterator[Node]:
    """What ``<<`` keys merge, in order: ``<<: *a`` gives one source, ``<<: [*a, *b]`` two.

    Explicit keys win over merged ones, earlier sources over later ones (YAML 1.1); whether a
    source is a mapping is the walker's to check, since each reports it in its own words.
    """
    for merge in merges:
        if type(merge) is SequenceNode:
            yield from merge.value
        else:
            yield merge


def base60(text: str, number: Callable[[str], Any]) -> Any:
    """``1:30`` as YAML 1.1 reads it (90): the parts, each read by ``number``, in base 60."""
    total: Any = 0
    for part in text.split(":"):
        total = total * 60 + number(part)
    return total


class AliasGuard:
    """What aliases cost while a composed tree is walked as a tree.

    YAML aliases make the tree a graph: a node reached twice is walked twice, so a few lines
    can expand to millions of values (an alias bomb) and a node can contain itself. Both
    walkers (the model loader and plain data) enter and leave every collection through this.
    """

    __slots__ = ("active", "alias_nodes", "cyclic", "limits", "seen", "stopped")

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.seen: set[int] = set()
        self.active: set[int] = set()
        self.alias_nodes = 0
        self.stopped = False
        #: self-containing nodes already reported (by the loader's scan before its walk)
        self.cyclic: set[int] = set()

    def enter(self, node: Node, report: Report) -> bool:
        """Account for walking into a collection; False when it must not be walked."""
        key = id(node)
        if key in self.active:
            if key not in self.cyclic:
                report(
                    node,
                    "alias-limit",
                    "an alias refers to a node that contains it (a self-referencing alias)",
                )
            return False
        if key in self.seen:
            self.alias_nodes += 1 + len(node.value)
            if self.alias_nodes > self.limits.max_alias_nodes:
                if not self.stopped:
                    report(
                        node,
                        "alias-limit",
                        f"aliases expand to more than {self.limits.max_alias_nodes:,} values "
                        "(an alias bomb?); write the values out",
                    )
                self.stopped = True
                return False
        else:
            self.seen.add(key)
        self.active.add(key)
        return True

    def leave(self, node: Node) -> None:
        self.active.discard(id(node))


# --------------------------------------------------------------------------- plain data

_TRUE = frozenset({"true", "yes", "on", "y"})


def _scalar_value(node: ScalarNode) -> Any:
    """A plain scalar as Python data, by the tag it resolved to (YAML 1.1, as PyYAML reads).

    Written out instead of calling PyYAML's constructor so that nothing but these few types
    can ever come out of a file; timestamps stay text (no file here needs a date object).
    """
    tag, value = node.tag, node.value
    if tag == NULL:
        return None
    if tag == BOOL:
        return value.lower() in _TRUE
    if tag == INT:
        return _yaml_int(value)
    if tag == FLOAT:
        return _yaml_float(value)
    return value


def _yaml_int(text: str) -> int:
    v = text.replace("_", "")
    sign = -1 if v.startswith("-") else 1
    v = v.lstrip("+-")
    if v == "0":
        return 0
    if v.startswith("0b"):
        return sign * int(v[2:], 2)
    if v.startswith("0x"):
        return sign * int(v[2:], 16)
    if v.startswith("0o"):
        return sign * int(v[2:], 8)
    if v.startswith("0"):
        return sign * int(v, 8)
    if ":" in v:
        return sign * int(base60(v, int))
    return sign * int(v)


def _yaml_float(text: str) -> float:
    v = text.replace("_", "").lower()
    sign = -1.0 if v.startswith("-") else 1.0
    v = v.lstrip("+-")
    if v == ".inf":
        return sign * float("inf")
    if v == ".nan":
        return float("nan")
    if ":" in v:
        return sign * float(base60(v, float))
    return sign * float(v)


#: Plain data keys are values (``1: a`` has the key 1); refused tags are shown as written.
_DATA_KEYS = KeyRules(key=_scalar_value)


class _DataWalk(Reporter):
    """Nodes -> dicts, lists and scalars, with the loader's checks as problems, not exceptions.

    Duplicate keys keep the first value (PyYAML would keep the last, silently), unknown tags
    give ``None`` and an ``unsafe-tag`` problem, aliases are counted against
    ``Limits.max_alias_nodes`` and a self-referencing alias is cut, so no file can make this
    walk large or endless.  Aliased collections are copied, never shared, so the result is
    plain tree-shaped data.
    """

    __slots__ = ("aliases", "limits")

    def __init__(self, file: str, limits: Limits) -> None:
        super().__init__(file)
        self.limits = limits
        self.aliases = AliasGuard(limits)

    def value(self, node: Node) -> Any:
        if node.tag not in SAFE_TAGS:
            self.add(node, "unsafe-tag", f"tag {node.tag} is not allowed; plain data only")
            return None
        if isinstance(node, ScalarNode):
            return _scalar_value(node)
        if not self.aliases.enter(node, self.add):
            return None
        try:
            if isinstance(node, MappingNode):
                return self.mapping(node)
            return [self.value(child) for child in node.value]
        finally:
            self.aliases.leave(node)

    def mapping(self, node: MappingNode) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        merges: list[Node] = []
        for k, _, vnode in mapping_entries(node, self.add, _DATA_KEYS, {}, merges):
            out[k] = self.value(vnode)
        for src in merge_sources(merges):
            merged = self.value(src)
            if not isinstance(merged, dict):
                self.add(src, "wrong-type", "'<<' merges a mapping (or a list of mappings)")
                continue
            for k, v in merged.items():
                out.setdefault(k, v)
        return out


def load_text_data(
    text: str, file: str = "<text>", limits: Limits = DEFAULT_LIMITS
) -> tuple[Any, list[Problem]]:
    """Decoded YAML text -> plain Python data (dict, list, str, int, float, bool, None).

    For files that are data rather than model objects (lexicons, labelled test sets).  The text
    goes through :func:`compose_text` (depth, line-length and syntax checks) and nodes are
    converted here, so no PyYAML constructor runs.  Never raises for bad input: the data is
    ``None`` when nothing could be composed, and every problem is in the list.
    """
    composed = compose_text(text, file, limits)
    if composed.node is None:
        return None, list(composed.problems)
    walk = _DataWalk(file, limits)
    data = walk.value(composed.node)
    return data, list(composed.problems) + walk.problems


def load_data(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> tuple[Any, list[Problem]]:
    """Read one YAML file into plain Python data, with every problem as a value.

    The size, encoding and nesting checks of :func:`read_text` and :func:`compose_text` apply;
    see :func:`load_text_data` for what comes out.
    """
    file = str(path)
    text, problems = read_text(file, limits)
    if text is None:
        return None, problems
    return load_text_data(text, file, limits)
