"""Accuracy of the act recogniser against labelled replies (precision, recall, F1).

The recogniser is a set of hand-kept phrase lists; without a number on a held-out set every
edit to a lexicon is a guess.  This module turns labelled samples into per-act and averaged
scores, so tests can hold the line and the benchmark can report it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from mockcall.core.acts import Recognition, recognise
from mockcall.core.vocab import CORE_ACTS
from mockcall.core.yamlsafe import load_data

__all__ = [
    "TEST_WRITERS",
    "TUNE_WRITERS",
    "ActScore",
    "Report",
    "Sample",
    "WriterSet",
    "evaluate",
    "load_samples",
    "load_writer",
    "load_writers",
    "score_predictions",
]

#: The fixed split of ``tests/data/utterances/writers/`` (see the README there).  Lexicon edits,
#: model training, method and threshold choices may look at the TUNE writers only; the TEST
#: writers are scored in aggregate (per act, per locale, per writer) and never read while tuning.
#: This is the one place the split is written down; never move a writer between the two.
TUNE_WRITERS: Final[tuple[str, ...]] = (
    "A1",
    "A2",
    "A3",
    "B3",
    "B4",
    "C4",
    "D1",
    "D2",
    "D3",
    "D4",
    "D5",
    "D6",
    "D7",
    "D8",
    "D9",
    "D10",
    "D11",
    "D12",
    "D13",
    "D14",
    "D15",
)
TEST_WRITERS: Final[tuple[str, ...]] = ("A4", "B1", "B2", "C1", "C2", "C3")


@dataclass(frozen=True, slots=True)
class Sample:
    """One labelled reply: what was typed, in which locale, and the acts a trainer expects."""

    text: str
    locale: str
    acts: frozenset[str]


@dataclass(frozen=True, slots=True)
class ActScore:
    """Counts and rates for one act; rates are 0.0 when undefined (no predictions / no gold)."""

    act: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        """How many samples carry this act in the gold labels."""
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Miss:
    """A sample the recogniser got wrong, kept so a trainer can see why a number moved."""

    text: str
    locale: str
    expected: tuple[str, ...]
    got: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """Per-act scores plus micro-F1 (all decisions pooled) and macro-F1 (mean over gold acts).

    Macro-F1 averages only acts present in the gold labels, so an act nobody labelled cannot
    drag the figure down or prop it up; an act predicted but never labelled still costs
    precision in micro-F1.
    """

    samples: int
    per_act: Mapping[str, ActScore]
    micro_precision: float
    micro_recall: float
    micro_f1: float
    macro_f1: float
    exact_match: float
    misses: tuple[Miss, ...] = field(default=())

    def rows(self) -> list[tuple[str, int, float, float, float]]:
        """(act, support, precision, recall, f1) sorted by act name, for printing."""
        return [
            (a, s.support, s.precision, s.recall, s.f1) for a, s in sorted(self.per_act.items())
        ]


def _samples_from(data: Any, source: str) -> list[Sample]:
    items = data.get("samples") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValueError(f"{source}: expected a list of samples (or a mapping with 'samples')")
    out: list[Sample] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError(f"{source}: sample {i} needs a text")
        acts = item.get("acts") or []
        if not isinstance(acts, list) or not all(isinstance(a, str) for a in acts):
            raise ValueError(f"{source}: sample {i} acts must be a list of act names")
        unknown = sorted(set(acts) - CORE_ACTS)
        if unknown:
            raise ValueError(f"{source}: sample {i} has unknown acts {unknown}")
        out.append(
            Sample(text=item["text"], locale=str(item.get("locale", "en")), acts=frozenset(acts))
        )
    return out


def load_samples(path: str | Path) -> list[Sample]:
    """Read a labelled YAML file (``samples: [{text, locale, acts}]``); raise on bad labels.

    Labels are test data written by people, so a typo in an act name must stop the run rather
    than silently count as a miss.
    """
    p = Path(path)
    data, problems = load_data(p)
    if problems:
        first = problems[0]
        raise ValueError(f"{first.file}:{first.line}:{first.col}: {first.code}: {first.message}")
    return _samples_from(data, str(p))


@dataclass(frozen=True, slots=True)
class WriterSet:
    """The labelled replies of one writer profile (``writers/<id>.yaml``)."""

    writer: str
    profile: str
    samples: tuple[Sample, ...]


def load_writer(path: str | Path) -> WriterSet:
    """Read one writer file: ``writer``, ``profile`` and ``samples`` like the other sets."""
    p = Path(path)
    data, problems = load_data(p)
    if problems:
        first = problems[0]
        raise ValueError(f"{first.file}:{first.line}:{first.col}: {first.code}: {first.message}")
    if not isinstance(data, dict):
        raise ValueError(f"{p}: expected a mapping with writer, profile and samples")
    return WriterSet(
        writer=str(data.get("writer", p.stem)),
        profile=str(data.get("profile", "")),
        samples=tuple(_samples_from(data, str(p))),
    )


def load_writers(folder: str | Path, writers: Sequence[str]) -> list[WriterSet]:
    """Read the named writers (``TUNE_WRITERS`` or ``TEST_WRITERS``) from ``folder``."""
    return [load_writer(Path(folder) / f"{w}.yaml") for w in writers]


def evaluate(
    samples: Iterable[Sample],
    locale: str | None = None,
    recogniser: Callable[[str, str], Recognition] | None = None,
) -> Report:
    """Score the recogniser on ``samples`` (only those of ``locale`` when given).

    ``recogniser`` defaults to :func:`mockcall.core.acts.recognise`; tests may pass another
    to check the arithmetic.
    """
    rec = recogniser if recogniser is not None else recognise
    pairs = (
        (s, frozenset(rec(s.text, s.locale).acts))
        for s in samples
        if locale is None or s.locale == locale
    )
    return score_predictions(pairs)


def score_predictions(pairs: Iterable[tuple[Sample, frozenset[str]]]) -> Report:
    """Score (sample, predicted acts) pairs: the arithmetic of :func:`evaluate`.

    For predictions made elsewhere (cross-validation folds, a model under training).
    """
    counts: dict[str, list[int]] = {}
    misses: list[Miss] = []
    n = exact = 0
    for s, got in pairs:
        n += 1
        if got == s.acts:
            exact += 1
        else:
            misses.append(Miss(s.text, s.locale, tuple(sorted(s.acts)), tuple(sorted(got))))
        for act in s.acts | got:
            c = counts.setdefault(act, [0, 0, 0])
            if act in s.acts and act in got:
                c[0] += 1
            elif act in got:
                c[1] += 1
            else:
                c[2] += 1
    per_act = {a: ActScore(a, c[0], c[1], c[2]) for a, c in sorted(counts.items())}
    tp = sum(s.tp for s in per_act.values())
    fp = sum(s.fp for s in per_act.values())
    fn = sum(s.fn for s in per_act.values())
    mp = tp / (tp + fp) if tp + fp else 0.0
    mr = tp / (tp + fn) if tp + fn else 0.0
    micro = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    gold: Sequence[ActScore] = [s for s in per_act.values() if s.support > 0]
    macro = sum(s.f1 for s in gold) / len(gold) if gold else 0.0
    return Report(
        samples=n,
        per_act=per_act,
        micro_precision=mp,
        micro_recall=mr,
        micro_f1=micro,
        macro_f1=macro,
        exact_match=exact / n if n else 0.0,
        misses=tuple(misses),
    )
