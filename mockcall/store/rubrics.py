"""Turning a frozen rubric text back into a Rubric, to re-score a session exactly as taken.

The store keeps the rubric's *source text* per content hash (what a trainer wrote, readable in
any later review), and re-parses it with the same loader that read it the first time.  The
loader reads files, so the text goes through a private temporary file.  Parsed rubrics are
cached per text: a review session re-scores many calls under the same few rubrics.
"""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

from mockcall.core.model import Rubric


@lru_cache(maxsize=32)
def rubric_from_text(text: str) -> Rubric:
    """Parse a stored rubric text; ValueError (with the loader's problems) when it will not load."""
    from mockcall.core.loader import load_rubric

    with tempfile.TemporaryDirectory(prefix="mockcall-rubric-") as folder:
        path = Path(folder) / "rubric.yaml"
        path.write_text(text, encoding="utf-8")
        loaded = load_rubric(path)
    errors = [p for p in loaded.problems if p.severity == "error"]
    if loaded.value is None or errors:
        detail = "; ".join(p.message for p in errors) or "it does not load"
        raise ValueError(f"the stored rubric cannot be read: {detail}")
    return loaded.value
