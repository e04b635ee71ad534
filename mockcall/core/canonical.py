"""One canonical JSON text of a model object, and the sha256 that names it.

A session refers to the rubric it was scored with by this hash (the store keeps the rubric's
text under it), so the loader, which sets ``Rubric.content_hash`` when it reads a file, and the
scorer, which hashes a rubric built in code, must produce the very same text: it is defined
here once.  What a file *says* counts; positions (``at``, ``marks``), the source path and other
fields the loader sets (``internal`` in their metadata), comments, key order and quoting do not.
Nor do translations (``wording`` in their metadata): a rubric's title or coaching in another
language changes what a reader sees, never a score, so translating a rubric keeps its hash — and
every session stored under it.  Changing anything else here changes every stored rubric's hash.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from typing import Any

#: (dataclass, wording kept?) -> its fields a file can set (not ``internal``), in field order,
#: each with the default it is left out at (``_KEEP``: always written)
_PUBLIC: dict[tuple[type, bool], tuple[tuple[str, Any], ...]] = {}
_KEEP: Any = object()


def _public(value: Any, wording: bool) -> tuple[tuple[str, Any], ...]:
    """A field added to the model later (``added_later`` in its metadata) is left out while it
    holds its default, so every rubric written before it keeps its hash — and its sessions; a
    translation (``wording``) is written while it has any, and never hashed."""
    out: list[tuple[str, Any]] = []
    for f in dataclasses.fields(value):
        if f.metadata.get("internal") or (f.metadata.get("wording") and not wording):
            continue
        if f.metadata.get("wording"):
            out.append((f.name, {}))
        else:
            out.append((f.name, f.default if f.metadata.get("added_later") else _KEEP))
    return tuple(out)


def canonical(value: Any, *, wording: bool = True) -> Any:
    """A model object as plain JSON data: every key a file can set, nothing the loader adds.

    Dataclasses become mappings of their non-internal fields, tuples and lists become lists,
    mappings get text keys; anything else is returned as it is. ``wording=False`` leaves the
    translations out too: the text the hash is taken of.
    """
    cls = type(value)
    if cls is str or cls is int or cls is float or cls is bool or value is None:
        return value
    key = (cls, wording)
    names = _PUBLIC.get(key)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _PUBLIC[key] = _public(value, wording)
    if names is not None:
        return {
            name: canonical(getattr(value, name), wording=wording)
            for name, default in names
            if default is _KEEP or getattr(value, name) != default
        }
    if isinstance(value, (tuple, list)):
        return [canonical(v, wording=wording) for v in value]
    if isinstance(value, Mapping):
        return {str(k): canonical(v, wording=wording) for k, v in value.items()}
    return value


def canonical_json(value: Any) -> str:
    """What a rubric's hash is taken of: :func:`canonical` without translations, as compact
    JSON with sorted keys and unescaped non-ASCII text."""
    data = canonical(value, wording=False)
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(value: Any) -> str:
    """sha256 (hex) of :func:`canonical_json`: the hash a rubric is stored and found by."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()
