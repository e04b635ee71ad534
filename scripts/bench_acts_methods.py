"""The recogniser methods compared by ``train_acts.py`` (TUNE CV) and ``bench_acts.py`` (TEST).

One place says what each method is, so the cross-validation on the TUNE writers and the
aggregate scores on the TEST writers measure the same thing:

* ``lexicon``: the phrase lexicon as shipped (``recognise_lexicon``);
* ``lexicon+sastrawi``: the same with PySastrawi as the Indonesian stemmer;
* ``lexicon+rapidfuzz``: the same with rapidfuzz typo correction (ratio >= 85);
* ``model@0.5``: the shipped model alone, every act at probability 0.5 (no lexicon verdicts);
* ``shipped``: ``recognise`` (model + lexicon under the per-act rule, negation veto).

PySastrawi and rapidfuzz are ``dev`` extras: they are compared, not shipped.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mockcall.core import acts as acts_mod  # noqa: E402
from mockcall.core.acts import Recognition, analyse, recognise, recognise_lexicon  # noqa: E402
from mockcall.core.acts_model import ActModel, decide, load_model, probabilities  # noqa: E402

Recogniser = Callable[[str, str], Recognition]
LEXICON_METHODS: tuple[tuple[str, str | None, bool], ...] = (
    ("lexicon", None, False),
    ("lexicon+sastrawi", "sastrawi", False),
    ("lexicon+rapidfuzz", None, True),
)


def _sastrawi_stem() -> Callable[[str, frozenset[str]], str]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer = StemmerFactory().create_stemmer()

    def stem(word: str, roots: frozenset[str] = frozenset()) -> str:
        return word if word in roots else str(stemmer.stem(word)) or word

    return stem


def _fuzzy_correct() -> Callable[[acts_mod.Lexicon, str], str]:
    from rapidfuzz import fuzz, process

    def correct(lex: acts_mod.Lexicon, word: str) -> str:
        if len(word) < 5 or word in lex.vocab or not word.isalpha():
            return word
        hit = process.extractOne(word, sorted(lex.vocab), scorer=fuzz.ratio, score_cutoff=85)
        return str(hit[0]) if hit else word

    return correct


@contextmanager
def lexicon_method(stem: str | None, fuzzy: bool) -> Iterator[Recogniser]:
    """The lexicon alone, with another stemmer or typo corrector swapped in for the block.

    The swap is undone (and the lexicon cache cleared) on the way out, so nothing leaks into
    the shipped recogniser.
    """
    saved_stem, saved_correct = acts_mod.stem_id, acts_mod._correct
    try:
        if stem == "sastrawi":
            acts_mod.stem_id = _sastrawi_stem()  # type: ignore[assignment]
        if fuzzy:
            acts_mod._correct = _fuzzy_correct()
        acts_mod._load_cached.cache_clear()
        yield recognise_lexicon
    finally:
        acts_mod.stem_id = saved_stem  # type: ignore[assignment]
        acts_mod._correct = saved_correct
        acts_mod._load_cached.cache_clear()


def model_alone(model: ActModel | None = None) -> Recogniser:
    """The shipped model's probabilities alone, every act reported from 0.5."""
    m = model if model is not None else load_model()
    if m is None:
        raise RuntimeError("no act model shipped")
    plain = ActModel(
        acts=m.acts,
        vocab=m.vocab,
        idf=m.idf,
        weights=m.weights,
        bias=m.bias,
        thresholds=np.full(len(m.acts), 0.5, dtype=np.float32),
        modes=("model",) * len(m.acts),
        fallback=1.0,
        meta=m.meta,
        kinds=m.kinds,
    )

    def run(text: str, locale: str) -> Recognition:
        a = analyse(text, locale)
        acts, scores = decide(plain, probabilities(plain, a, locale), frozenset())
        return Recognition(text=text, acts=tuple(sorted(acts)), confidence=0.0, scores=scores)

    return run


def methods() -> Iterator[tuple[str, Recogniser]]:
    """Every compared method by name; the lexicon variants are live only inside the loop body."""
    for name, stem, fuzzy in LEXICON_METHODS:
        with lexicon_method(stem, fuzzy) as rec:
            yield name, rec
    yield "model@0.5", model_alone()
    yield "shipped", recognise
