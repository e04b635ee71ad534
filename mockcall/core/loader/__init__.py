"""YAML nodes -> model objects, driven by the model's own type hints; problems are values.

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

The parts, each a module of this package, from the bottom up:

* ``walk``: one file's walk state (problems, aliases, key rules) and what converters share;
* ``scalars``: text, numbers and true/false, with the YAML 1.1 traps explained;
* ``containers``: choices, optional values, lists and mappings of other converters;
* ``objects``: model classes compiled into converters from their type hints;
* ``files``: one persona, account, rubric or lexicon file;
* ``library``: finding files under paths and loading all of them into account bundles.

Everything callers use is importable from ``mockcall.core.loader`` itself.
"""

from __future__ import annotations

from mockcall.core.canonical import canonical, content_hash
from mockcall.core.loader.files import (
    Loaded,
    load_account,
    load_account_lexicon,
    load_persona,
    load_rubric,
)
from mockcall.core.loader.library import (
    ACCOUNT_FILE,
    KINDS,
    LEXICON_FILE,
    NOT_PERSONAS,
    RUBRIC_FILE,
    AccountFolder,
    Discovery,
    Library,
    discover,
    kb_texts,
    load_library,
    load_loose,
    tell_kind,
)
from mockcall.core.loader.objects import LazyMarks, converter, field_types, plan_for
from mockcall.core.loader.scalars import conv_bool, conv_float, conv_int, conv_scalar, conv_str
from mockcall.core.loader.walk import BAD, Converter
from mockcall.core.yamlsafe import (
    BOOL,
    DEFAULT_LIMITS,
    FLOAT,
    INT,
    MAP,
    MERGE,
    NULL,
    SAFE_TAGS,
    SEQ,
    STR,
    TIMESTAMP,
    VALUE,
    Limits,
)

__all__ = [
    "ACCOUNT_FILE",
    "BAD",
    "BOOL",
    "DEFAULT_LIMITS",
    "FLOAT",
    "INT",
    "KINDS",
    "LEXICON_FILE",
    "MAP",
    "MERGE",
    "NOT_PERSONAS",
    "NULL",
    "RUBRIC_FILE",
    "SAFE_TAGS",
    "SEQ",
    "STR",
    "TIMESTAMP",
    "VALUE",
    "AccountFolder",
    "Converter",
    "Discovery",
    "LazyMarks",
    "Library",
    "Limits",
    "Loaded",
    "canonical",
    "content_hash",
    "conv_bool",
    "conv_float",
    "conv_int",
    "conv_scalar",
    "conv_str",
    "converter",
    "discover",
    "field_types",
    "kb_texts",
    "load_account",
    "load_account_lexicon",
    "load_library",
    "load_loose",
    "load_persona",
    "load_rubric",
    "plan_for",
    "tell_kind",
]
