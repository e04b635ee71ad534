"""The trained half of the act recogniser: a linear model over the reply's n-grams.

The phrase lexicon (:mod:`mockcall.core.acts`) is precise but misses what its phrases do not
spell out; on writers it was never tuned to it found barely two thirds of the acts.  This
module adds one logistic-regression classifier per act (one-vs-rest), trained by
``scripts/train_acts.py`` on labelled replies, over three kinds of features of one reply:

* ``c:`` character n-grams (2-5) inside each folded, lowercased word, digits as ``0``: they
  survive slang, typos, affixes and code-mixing without a stemmer;
* ``w:`` / ``b:`` canonical words and word pairs as the lexicon normalises them (slang mapped,
  stemmed, typos corrected);
* the same as ``d:`` / ``v:`` / ``u:`` for words under a negator ("not your *fault*"), so
  negation is a different feature, not the same n-gram;
* ``x:`` / ``y:`` the lexicon's own score and verdict per act, ``q`` a question, ``n:`` a name
  after an honorific or in a self-introduction, ``L:`` the locale: the model learns how far to
  trust each lexicon act.

Text features are weighted ``(1 + log tf) * idf`` and L2-normalised per kind, exactly as in
training.  Each act then has a threshold and a mode chosen by leave-one-writer-out
cross-validation: ``model`` (probability at or over the threshold), ``lex`` (the lexicon's
verdict alone), ``or`` / ``and`` of the two.  The weights ship as ``lexicon/acts_model.npz``
(package data); inference is one sparse row times a dense matrix in numpy, deterministic and
offline.  A missing model file leaves the lexicon alone in charge.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

import numpy as np
import numpy.typing as npt

from mockcall.core.acts import Analysis, Lexicon, analyse
from mockcall.core.vocab import FAULT_ACTS

__all__ = [
    "MODES",
    "ActModel",
    "ActReason",
    "Explanation",
    "column_kinds",
    "combine",
    "decide",
    "explain",
    "featurise",
    "load_model",
    "model_from_arrays",
    "negated_acts",
    "probabilities",
    "top_features",
    "vectorise",
]

MODEL_FILE: Final[str] = "acts_model.npz"
#: How an act is decided from the model's probability and the lexicon's verdict.
MODES: Final[tuple[str, ...]] = ("model", "lex", "or", "and")
#: Acts implied by another act, whatever decided it (labelling rule of the data sets).
IMPLIES: Final[dict[str, tuple[str, ...]]] = {"disclose_without_verify": ("disclose_account",)}
_WORD_RE: Final[re.Pattern[str]] = re.compile(r"[^\W_]+|[?!]")
_DIGIT_RE: Final[re.Pattern[str]] = re.compile(r"\d")
_CHAR_N: Final[tuple[int, ...]] = (2, 3, 4, 5)
#: Feature kinds weighted by tf-idf and normalised together; the others keep their value.
_TEXT_GROUPS: Final[dict[str, str]] = {"c": "c", "d": "c", "w": "w", "b": "w", "v": "w", "u": "w"}

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class ActModel:
    """A trained model: vocabulary, idf, weights and per-act decision rule."""

    acts: tuple[str, ...]
    vocab: Mapping[str, int]
    idf: FloatArray
    weights: FloatArray  # (len(vocab), len(acts))
    bias: FloatArray  # (len(acts),)
    thresholds: FloatArray  # (len(acts),)
    modes: tuple[str, ...]
    fallback: float
    meta: Mapping[str, str]
    kinds: npt.NDArray[np.int8]

    def inverse_vocab(self) -> list[str]:
        """Feature name per column (for explanations)."""
        out = [""] * len(self.vocab)
        for k, i in self.vocab.items():
            out[i] = k
        return out


def featurise(a: Analysis, locale: str) -> dict[str, float]:
    """Raw feature counts of one analysed reply (before tf-idf and normalisation)."""
    keys: list[str] = [f"L:{locale}"]
    for raw, negated in a.words:
        keys.extend(_char_grams(raw, "d:" if negated else "c:"))
    toks = a.tokens
    neg = a.negated or (False,) * len(toks)
    prev = ""
    for t, n_ in zip(toks[1:], neg[1:], strict=True):
        keys.append(("v:" if n_ else "w:") + t)
        if prev:
            keys.append(("u:" if n_ else "b:") + prev + " " + t)
        prev = t
    out: dict[str, float] = dict(Counter(keys))
    for act, score in a.scores.items():
        out["x:" + act] = float(score)
    for act in a.acts:
        out["y:" + act] = 1.0
    if a.question:
        out["q"] = 1.0
    if a.names[0]:
        out["n:addressed"] = 1.0
    if a.names[1]:
        out["n:introduced"] = 1.0
    return out


@lru_cache(maxsize=50_000)
def _char_grams(raw: str, prefix: str) -> tuple[str, ...]:
    """Character 2-5-grams of one word padded with spaces, digits as ``0`` (cached)."""
    padded = " " + _DIGIT_RE.sub("0", raw) + " "
    size = len(padded)
    return tuple(
        prefix + padded[i : i + n] for n in _CHAR_N if n <= size for i in range(size - n + 1)
    )


def column_kinds(vocab: Mapping[str, int]) -> npt.NDArray[np.int8]:
    """Per column: 0 keeps its value, 1 character n-gram, 2 word n-gram (tf-idf groups)."""
    kinds = np.zeros(len(vocab), dtype=np.int8)
    for key, j in vocab.items():
        group = _TEXT_GROUPS.get(key.split(":", 1)[0])
        if group is not None:
            kinds[j] = 1 if group == "c" else 2
    return kinds


def vectorise(
    feats: Mapping[str, float],
    vocab: Mapping[str, int],
    idf: FloatArray,
    kinds: npt.NDArray[np.int8],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
    """Column indices and values of one reply's feature vector (unknown features dropped).

    Text features become ``(1 + log tf) * idf``, L2-normalised within their kind (character
    n-grams, word n-grams); the others keep their value.
    """
    cols_l: list[int] = []
    vals_l: list[float] = []
    for key, value in feats.items():
        j = vocab.get(key)
        if j is not None:
            cols_l.append(j)
            vals_l.append(value)
    cols = np.asarray(cols_l, dtype=np.intp)
    vals = np.asarray(vals_l, dtype=np.float64)
    if not cols_l:
        return cols, vals
    kind = kinds[cols]
    text = kind > 0
    vals[text] = (1.0 + np.log(vals[text])) * idf[cols[text]]
    for k in (1, 2):
        mask = kind == k
        norm = math.sqrt(float(np.dot(vals[mask], vals[mask])))
        if norm > 0:
            vals[mask] /= norm
    return cols, vals


def _margins(
    model: ActModel, a: Analysis, locale: str
) -> tuple[FloatArray, npt.NDArray[np.intp], npt.NDArray[np.float64]]:
    cols, vals = vectorise(featurise(a, locale), model.vocab, model.idf, model.kinds)
    if len(cols):
        z: FloatArray = vals.astype(np.float32) @ model.weights[cols] + model.bias
    else:
        z = model.bias.copy()
    return z, cols, vals


def probabilities(model: ActModel, a: Analysis, locale: str) -> dict[str, float]:
    """Each act's probability under the model."""
    z, _, _ = _margins(model, a, locale)
    p = 1.0 / (1.0 + np.exp(-z.astype(np.float64)))
    return {act: float(p[j]) for j, act in enumerate(model.acts)}


def _rescale(p: float, t: float) -> float:
    """Map a probability so that the act's threshold sits at 0.5 (comparable across acts)."""
    if p < t:
        return 0.5 * p / t if t > 0 else 0.0
    return 0.5 + 0.5 * (p - t) / (1.0 - t) if t < 1 else 1.0


def negated_acts(a: Analysis) -> frozenset[str]:
    """Acts whose every lexicon phrase in the reply stands under a negator ("not your fault").

    The model reads n-grams and cannot see negation scope; the lexicon can.  When the lexicon
    found an act's phrase only under a negator, the model may not report that act.
    """
    voided = {act for act, _, neg in a.fired if neg}
    kept = {act for act, _, neg in a.fired if not neg}
    return frozenset(voided - kept)


def decide(
    model: ActModel,
    probs: Mapping[str, float],
    lex_acts: frozenset[str],
    negated: frozenset[str] = frozenset(),
) -> tuple[set[str], dict[str, float]]:
    """Acts and scores from the model's probabilities and the lexicon's verdicts.

    ``negated`` acts (see :func:`negated_acts`) are reported only if the lexicon says so.
    """
    acts: set[str] = set()
    scores: dict[str, float] = {}
    for j, act in enumerate(model.acts):
        p = probs[act]
        r = _rescale(p, float(model.thresholds[j]))
        m, lex = r >= 0.5, act in lex_acts
        mode = model.modes[j]
        on = (
            m
            if mode == "model"
            else lex
            if mode == "lex"
            else (m or lex)
            if mode == "or"
            else (m and lex)
        )
        if act in negated and not lex:
            on = False
            r = min(r, 0.49)
        if on:
            acts.add(act)
        scores[act] = round(r, 4)
    known = set(model.acts)
    acts.update(act for act in lex_acts if act not in known)
    if not acts and model.fallback < 1.0:
        # only acts the model may decide alone; "and"/"lex" acts need the lexicon's word; and
        # never a fault: a reply nothing recognised is not a rude one, and the fallback is a
        # guess, which must not fail a call
        free = {
            act: scores[act]
            for act, mode in zip(model.acts, model.modes, strict=True)
            if mode in ("model", "or") and act not in negated and act not in FAULT_ACTS
        }
        best = max(free.items(), key=lambda kv: (kv[1], kv[0]), default=None)
        if best is not None and best[1] >= model.fallback:
            acts.add(best[0])
    for act in sorted(acts):
        for implied in IMPLIES.get(act, ()):
            acts.add(implied)
            scores[implied] = max(scores.get(implied, 0.0), scores.get(act, 0.0))
    return acts, scores


def combine(model: ActModel, a: Analysis, locale: str) -> tuple[set[str], dict[str, float]]:
    """The recogniser's final acts and scores for one analysed reply."""
    acts, scores = decide(model, probabilities(model, a, locale), a.acts, negated_acts(a))
    acts |= a.account_acts
    for act in a.account_acts:
        scores[act] = max(scores.get(act, 0.0), a.scores.get(act, 0.0))
    if a.addressed_known:
        # the customer's own name after an honorific: an address, whatever the model learnt
        acts.add("use_name")
        scores["use_name"] = max(scores.get("use_name", 0.0), a.scores.get("use_name", 0.0))
    return acts, {k: v for k, v in scores.items() if v > 0.0}


def top_features(
    model: ActModel, a: Analysis, locale: str, act: str, limit: int = 5
) -> list[tuple[str, float]]:
    """The features that pushed ``act`` up most for this reply: (feature, contribution)."""
    if act not in model.acts:
        return []
    j = model.acts.index(act)
    _, cols, vals = _margins(model, a, locale)
    inverse = model.inverse_vocab()
    contrib = [
        (inverse[c], float(v * model.weights[c, j])) for c, v in zip(cols, vals, strict=True)
    ]
    contrib.sort(key=lambda kv: (-kv[1], kv[0]))
    return [(k, round(v, 3)) for k, v in contrib[:limit] if v > 0]


def model_from_arrays(arrays: Mapping[str, npt.NDArray[np.generic]]) -> ActModel:
    """Build a model from the arrays of an ``.npz`` file (or the trainer's own)."""
    vocab_list = [str(v) for v in arrays["vocab"].tolist()]
    meta_raw = str(arrays["meta"].tolist()) if "meta" in arrays else "{}"
    meta = json.loads(meta_raw)
    vocab = {k: i for i, k in enumerate(vocab_list)}
    return ActModel(
        acts=tuple(str(x) for x in arrays["acts"].tolist()),
        vocab=vocab,
        idf=np.asarray(arrays["idf"], dtype=np.float32),
        weights=np.ascontiguousarray(arrays["weights"], dtype=np.float32),
        bias=np.asarray(arrays["bias"], dtype=np.float32),
        thresholds=np.asarray(arrays["thresholds"], dtype=np.float32),
        modes=tuple(str(x) for x in arrays["modes"].tolist()),
        fallback=float(arrays["fallback"]) if "fallback" in arrays else 1.0,
        meta={str(k): str(v) for k, v in dict(meta).items()},
        kinds=column_kinds(vocab),
    )


@lru_cache(maxsize=1)
def load_model() -> ActModel | None:
    """The shipped model (``mockcall/core/lexicon/acts_model.npz``), or None when absent."""
    ref = resources.files("mockcall.core").joinpath("lexicon", MODEL_FILE)
    if not ref.is_file():
        return None
    with ref.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
        return model_from_arrays({k: data[k] for k in data.files})


# --------------------------------------------------------------------------- explanations


@dataclass(frozen=True, slots=True)
class ActReason:
    """Why one act was (or nearly was) reported for a reply."""

    act: str
    reported: bool
    decided_by: str
    score: float
    probability: float | None
    threshold: float | None
    mode: str | None
    phrases: tuple[str, ...]
    features: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    """Everything ``mockcall tag --explain`` shows for one reply."""

    text: str
    acts: tuple[str, ...]
    tokens: tuple[str, ...]
    reasons: tuple[ActReason, ...]
    voided: tuple[tuple[str, str], ...]
    model: str


def explain(text: str, locale: str, lexicon: Lexicon | None = None) -> Explanation:
    """Why ``text`` gets its acts: the phrases that fired, the model's probability against the
    act's threshold and mode, the features that pushed it most, and the near misses."""
    a = analyse(text, locale, lexicon)
    model = load_model()
    if model is None or len(a.tokens) <= 1:
        acts, scores, probs = set(a.acts), dict(a.scores), {}
    else:
        probs = probabilities(model, a, locale)
        acts, scores = combine(model, a, locale)
    phrases: dict[str, list[str]] = {}
    voided: list[tuple[str, str]] = []
    for act, source, neg in a.fired:
        if neg:
            voided.append((act, source))
        else:
            phrases.setdefault(act, []).append(source)
    names = {"use_name": a.names[0], "identify_self": a.names[1]}
    shown = sorted(set(acts) | {k for k, v in scores.items() if v >= 0.3})
    reasons: list[ActReason] = []
    for act in shown:
        j = model.acts.index(act) if model is not None and act in model.acts else None
        mode = model.modes[j] if model is not None and j is not None else None
        lex_on = act in a.acts
        by: list[str] = []
        if act in a.account_acts:
            by.append("account phrase")
        if act == "use_name" and a.addressed_known:
            by.append("the customer's known name")
        elif lex_on:
            by.append("lexicon" + (" (name)" if names.get(act) else ""))
        if model is not None and j is not None and probs.get(act, 0.0) >= model.thresholds[j]:
            by.append("model")
        implied = [x for x, ys in IMPLIES.items() if act in ys and x in acts]
        if implied:
            by.append(f"implied by {', '.join(implied)}")
        reasons.append(
            ActReason(
                act=act,
                reported=act in acts,
                decided_by=(" + ".join(by) or "-") + (f" [rule: {mode}]" if mode else ""),
                score=round(scores.get(act, 0.0), 3),
                probability=round(probs[act], 3) if act in probs else None,
                threshold=float(model.thresholds[j])
                if model is not None and j is not None
                else None,
                mode=mode,
                phrases=tuple(phrases.get(act, ())),
                features=tuple(top_features(model, a, locale, act))
                if model is not None and j is not None
                else (),
            )
        )
    return Explanation(
        text=text,
        acts=tuple(sorted(acts)),
        tokens=a.tokens[1:],
        reasons=tuple(reasons),
        voided=tuple(voided),
        model=model.meta.get("trained_on", "model") if model is not None else "none (lexicon only)",
    )
