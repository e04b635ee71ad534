"""Train the act model (mockcall/core/lexicon/acts_model.npz) and choose how it is used.

    python scripts/train_acts.py --cv-only  # compare every method and setting, write nothing
    # the shipped model (the setting that won the comparison), CV figures printed again:
    python scripts/train_acts.py --config '{"C": 100, "balanced": true, "min_df": 1}'

Data: the TUNE writers (``mockcall.core.acts_eval.TUNE_WRITERS``) and ``tune.yaml``.  The TEST
writers and ``heldout.yaml`` are never read here: they stay held out for
``scripts/bench_acts.py``.

Choice by leave-one-writer-out cross-validation within the TUNE writers: each writer in turn is
predicted by a model trained on the other five plus ``tune.yaml``.  Compared on the pooled
out-of-fold predictions:

* the phrase lexicon as it is; with PySastrawi as the Indonesian stemmer; with rapidfuzz
  fuzzy typo correction (no training: each writer is simply scored);
* the model on text n-grams alone, and with the lexicon's scores as features;
* that model combined with the lexicon per act (``model`` / ``lex`` / ``or`` / ``and``, with a
  threshold per act) under each ``RULE_SPECS`` entry (which modes, how much the F1 curve over
  thresholds is smoothed, the faults' threshold floor).  The pooled figure chooses on every
  writer's out-of-fold predictions, so it flatters; the *nested* one, which picks the setting,
  chooses each writer's thresholds and modes on the other five writers only.

The chosen method's CV figures (and the lexicon methods') are stored in the model's metadata,
where ``scripts/bench_acts.py`` prints them beside the TEST-writer scores.

The final model is trained on all TUNE writers + tune.yaml with the winning settings.
Deterministic: features, vocabulary order and liblinear's coordinate order (``random_state=0``)
are fixed, so the same data always gives the same file.  Needs the ``dev`` extra
(scikit-learn, PySastrawi, rapidfuzz).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench_acts_methods import LEXICON_METHODS, lexicon_method  # noqa: E402

from mockcall.core.acts import Analysis, analyse, load_lexicon  # noqa: E402
from mockcall.core.acts_eval import (  # noqa: E402
    TUNE_WRITERS,
    Report,
    Sample,
    load_samples,
    load_writers,
    score_predictions,
)
from mockcall.core.acts_model import (  # noqa: E402
    MODEL_FILE,
    MODES,
    ActModel,
    column_kinds,
    decide,
    featurise,
    model_from_arrays,
    negated_acts,
    probabilities,
    vectorise,
)
from mockcall.core.loader import load_library  # noqa: E402

DATA = ROOT / "tests" / "data" / "utterances"
OUT = ROOT / "mockcall" / "core" / "lexicon" / MODEL_FILE
FATAL = (
    "request_secret",
    "refuse_secret",
    "disclose_account",
    "dnc_check",
    "rude",
    "blame_customer",
    "promise_unauthorized",
)
THRESHOLDS = (0.02, 0.03, *(round(x, 2) for x in np.arange(0.05, 0.96, 0.05)))
#: Rescaled score from which the best act is reported when no act reached its rule (1 = never).
FALLBACKS = (1.0, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2)
TEXT_KINDS = ("c", "d", "w", "b", "v", "u")


@dataclass
class Item:
    sample: Sample
    group: str  # writer id, or "tune"
    analysis: Analysis
    feats: dict[str, float]


@dataclass(frozen=True)
class Config:
    C: float = 8.0
    min_df: int = 2
    lex_features: bool = False
    balanced: bool = False
    personas: bool = False  # add the library's persona option texts (labelled by their acts)
    tune_yaml: bool = True  # train on tune.yaml too (the lexicon was tuned on it)


def load_data() -> tuple[list[tuple[str, list[Sample]]], list[Sample]]:
    writers = load_writers(DATA / "writers", TUNE_WRITERS)
    return [(w.writer, list(w.samples)) for w in writers], load_samples(DATA / "tune.yaml")


def persona_samples() -> list[Sample]:
    """Option texts of the bundled persona library with the acts their authors tagged."""
    lib = load_library([ROOT / "personas"])
    out: list[Sample] = []
    seen: set[str] = set()
    for bundle in lib.bundles.values():
        for persona in bundle.personas:
            for state in persona.states.values():
                for option in state.options:
                    text = option.text.strip()
                    if text and text not in seen and "dead_air" not in option.acts:
                        seen.add(text)
                        out.append(Sample(text, persona.locale, frozenset(option.acts)))
    return out


def build_items(groups: list[tuple[str, list[Sample]]], tune: list[Sample]) -> list[Item]:
    items: list[Item] = []
    for name, samples in [*groups, ("tune", tune), ("personas", persona_samples())]:
        for s in samples:
            a = analyse(s.text, s.locale)
            items.append(Item(s, name, a, featurise(a, s.locale)))
    return items


def _keep(key: str, cfg: Config) -> bool:
    return cfg.lex_features or key.split(":", 1)[0] not in ("x", "y", "q", "n")


def fit(items: Sequence[Item], acts: Sequence[str], cfg: Config) -> ActModel:
    """Train one model on ``items`` (vocabulary and idf from them alone)."""
    df: dict[str, int] = {}
    for it in items:
        for key in it.feats:
            if _keep(key, cfg):
                df[key] = df.get(key, 0) + 1
    vocab_list = sorted(
        k for k, d in df.items() if k.split(":", 1)[0] not in TEXT_KINDS or d >= cfg.min_df
    )
    vocab = {k: i for i, k in enumerate(vocab_list)}
    n = len(items)
    idf = np.asarray([math.log((1 + n) / (1 + df[k])) + 1.0 for k in vocab_list], dtype=np.float32)
    kinds = column_kinds(vocab)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, it in enumerate(items):
        c, v = vectorise(it.feats, vocab, idf, kinds)
        rows.extend([r] * len(c))
        cols.extend(c.tolist())
        vals.extend(v.tolist())
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab_list)), dtype=np.float64)
    weights = np.zeros((len(vocab_list), len(acts)), dtype=np.float32)
    bias = np.full(len(acts), -10.0, dtype=np.float32)
    for j, act in enumerate(acts):
        y = np.asarray([1 if act in it.sample.acts else 0 for it in items])
        if y.sum() == 0:
            continue
        clf = LogisticRegression(
            C=cfg.C,
            solver="liblinear",
            dual=True,  # far faster here: many more features than replies
            class_weight="balanced" if cfg.balanced else None,
            max_iter=1000,
            random_state=0,  # liblinear's coordinate order: fixed, so training is repeatable
        )
        clf.fit(x, y)
        weights[:, j] = clf.coef_[0]
        bias[j] = clf.intercept_[0]
    return model_from_arrays(
        {
            "acts": np.asarray(acts),
            "vocab": np.asarray(vocab_list),
            "idf": idf,
            "weights": weights,
            "bias": bias,
            "thresholds": np.full(len(acts), 0.5, dtype=np.float32),
            "modes": np.asarray(["model"] * len(acts)),
            "fallback": np.asarray(1.0),
            "meta": np.asarray(json.dumps({"C": cfg.C, "min_df": cfg.min_df})),
        }
    )


def _trains(it: Item, cfg: Config) -> bool:
    if it.group == "personas":
        return cfg.personas
    return cfg.tune_yaml or it.group != "tune"


def oof_probs(items: list[Item], acts: Sequence[str], cfg: Config) -> dict[int, dict[str, float]]:
    """Out-of-fold probabilities for every TUNE-writer item (leave one writer out)."""
    out: dict[int, dict[str, float]] = {}
    for w in TUNE_WRITERS:
        train = [it for it in items if it.group != w and (cfg.personas or it.group != "personas")]
        model = fit(train, acts, cfg)
        for i, it in enumerate(items):
            if it.group == w:
                out[i] = probabilities(model, it.analysis, it.sample.locale)
    return out


def rule(
    acts: Sequence[str], thresholds: Sequence[float], modes: Sequence[str], fallback: float = 1.0
) -> ActModel:
    """A weightless model carrying only the decision rule (what :func:`decide` reads)."""
    empty = np.zeros(0, dtype=np.float32)
    return ActModel(
        acts=tuple(acts),
        vocab={},
        idf=empty,
        weights=np.zeros((0, len(acts)), dtype=np.float32),
        bias=np.zeros(len(acts), dtype=np.float32),
        thresholds=np.asarray(thresholds, dtype=np.float32),
        modes=tuple(modes),
        fallback=fallback,
        meta={},
        kinds=np.zeros(0, dtype=np.int8),
    )


def _f1(tp: int, fp: int, fn: int, beta: float = 1.0) -> float:
    """F-beta (F1 by default); beta < 1 weighs precision above recall."""
    b2 = beta * beta
    return (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0.0


#: Faults that fail a call or cost a trainee marks: the model alone may report them only from
#: the floor of its RuleSpec on (a false fault is an unjust fail); None lets CV pick any threshold.
FAULT_FLOOR_ACTS = (
    "rude",
    "blame_customer",
    "promise_unauthorized",
    "request_secret",
    "disclose_without_verify",
    "interrupt",
)
#: Acts the model never decides: whether a disclosure came before verification is a fact of the
#: call's state, which the engine knows and the words rarely show ("no need to verify" does, and
#: the lexicon hears that).  Writers labelled it from imagined context, so a model learns "any
#: disclosure" and would fail trainees who did verify.
LEX_ONLY = ("disclose_without_verify",)


@dataclass(frozen=True)
class RuleSpec:
    """How the per-act rule is chosen from out-of-fold probabilities.

    ``modes`` are the candidate ways to decide an act (see ``acts_model.MODES``); ``smooth``
    averages each mode's F1 over this many neighbouring thresholds on either side before
    taking the best, so a lone lucky threshold on ~150 replies per writer does not win;
    ``floor`` is the lowest threshold the model alone may use for a fault.
    """

    modes: tuple[str, ...] = MODES
    smooth: int = 0
    floor: float | None = None
    #: the faults' rule maximises F-beta with this beta: below 1, a false fault (an unjust
    #: fail of a trainee's call) costs more than a missed one.  A policy, not a CV choice:
    #: micro-F1 would always prefer 1.
    fault_beta: float = 0.35

    def label(self) -> str:
        return (
            f"modes {'/'.join(self.modes)}, smooth {self.smooth}, fault floor {self.floor}, "
            f"fault beta {self.fault_beta:g}"
        )


#: Compared by nested CV in ``main``; the first is how the rule was chosen before.
RULE_SPECS: tuple[RuleSpec, ...] = (
    RuleSpec(MODES, 0, 0.5),
    RuleSpec(("model", "lex", "or"), 2, 0.5),
)


def _smoothed(values: Sequence[float], radius: int) -> list[float]:
    """Moving average with the edge values repeated (radius 0 returns the values)."""
    if radius <= 0 or len(values) < 3:
        return list(values)
    padded = [values[0]] * radius + list(values) + [values[-1]] * radius
    width = 2 * radius + 1
    return [sum(padded[i : i + width]) / width for i in range(len(values))]


def _act_rule(
    gold: np.ndarray,
    lex: np.ndarray,
    p: np.ndarray,
    grid: Sequence[float],
    spec: RuleSpec,
    beta: float = 1.0,
) -> tuple[str, float]:
    """The (mode, threshold) with the best (smoothed) F-beta for one act."""
    best: tuple[tuple[float, int, float], str, float] | None = None
    for mode in spec.modes:
        ts = grid if mode != "lex" else (0.5,)
        f1s: list[float] = []
        for t in ts:
            m = p >= t
            on = {"model": m, "lex": lex, "or": m | lex, "and": m & lex}[mode]
            tp, fp = int((on & gold).sum()), int((on & ~gold).sum())
            f1s.append(_f1(tp, fp, int((~on & gold).sum()), beta))
        for t, f in zip(ts, _smoothed(f1s, spec.smooth), strict=True):
            # ties: prefer the model alone, then a threshold near 0.5
            key = (round(f, 6), -MODES.index(mode), -abs(t - 0.5))
            if best is None or key > best[0]:
                best = (key, mode, t)
    assert best is not None
    return best[1], best[2]


def choose_rules(
    items: list[Item],
    idx: Sequence[int],
    probs: Mapping[int, Mapping[str, float]],
    acts: Sequence[str],
    spec: RuleSpec,
) -> tuple[list[float], list[str]]:
    """Per act, the (mode, threshold) with the best F1 on the given out-of-fold items."""
    thresholds: list[float] = []
    modes: list[str] = []
    for act in acts:
        grid: Sequence[float] = THRESHOLDS
        if spec.floor is not None and act in FAULT_FLOOR_ACTS:
            grid = tuple(t for t in THRESHOLDS if t >= spec.floor)
        gold = np.asarray([act in items[i].sample.acts for i in idx])
        lex = np.asarray([act in items[i].analysis.acts for i in idx])
        p = np.asarray([probs[i][act] for i in idx])
        beta = spec.fault_beta if act in FAULT_FLOOR_ACTS else 1.0
        mode, t = ("lex", 0.5) if act in LEX_ONLY else _act_rule(gold, lex, p, grid, spec, beta)
        thresholds.append(t)
        modes.append(mode)
    return thresholds, modes


def choose_fallback(
    items: list[Item],
    idx: Sequence[int],
    probs: Mapping[int, Mapping[str, float]],
    acts: Sequence[str],
    thresholds: Sequence[float],
    modes: Sequence[str],
) -> float:
    """The fallback score with the best micro-F1 on the given out-of-fold items."""
    best = (-1.0, 1.0)
    for fb in FALLBACKS:
        model = rule(acts, thresholds, modes, fb)
        rep = score_predictions(
            (items[i].sample, predict_with(model, items[i], probs[i])) for i in idx
        )
        if rep.micro_f1 > best[0] + 1e-9:
            best = (rep.micro_f1, fb)
    return best[1]


def predict_with(model: ActModel, it: Item, probs: Mapping[str, float]) -> frozenset[str]:
    acts, _ = decide(model, probs, it.analysis.acts, negated_acts(it.analysis))
    return frozenset(acts | it.analysis.account_acts)


def summary(rep: Report) -> dict[str, float]:
    """The figures the issue asks for, as stored in the model's metadata and printed."""
    fat = [s for s in (rep.per_act.get(a) for a in FATAL) if s is not None and s.support]
    return {
        "micro": round(rep.micro_f1, 4),
        "macro": round(rep.macro_f1, 4),
        "exact": round(rep.exact_match, 4),
        "worst": round(min((s.f1 for s in rep.per_act.values() if s.support), default=0.0), 4),
        "fatal_recall": round(min((s.recall for s in fat), default=0.0), 4),
        "fatal_precision": round(min((s.precision for s in fat), default=0.0), 4),
    }


def report_rows(name: str, rep: Report, per_writer: dict[str, Report]) -> str:
    f = summary(rep)
    writers = " ".join(f"{w}={r.micro_f1:.2f}" for w, r in per_writer.items())
    return (
        f"{name:<44} micro {f['micro']:.3f}  macro {f['macro']:.3f}  exact {f['exact']:.3f}  "
        f"worst-act {f['worst']:.2f}  fatal min R {f['fatal_recall']:.2f} "
        f"P {f['fatal_precision']:.2f}  [{writers}]"
    )


def score_fn(
    items: list[Item], pred: Mapping[int, frozenset[str]]
) -> tuple[Report, dict[str, Report]]:
    """Pooled and per-writer scores of out-of-fold predictions ``{item index: acts}``."""
    pooled = score_predictions((items[i].sample, acts) for i, acts in sorted(pred.items()))
    per = {
        w: score_predictions(
            (items[i].sample, acts) for i, acts in sorted(pred.items()) if items[i].group == w
        )
        for w in TUNE_WRITERS
    }
    return pooled, per


def predict_all(
    model: ActModel, items: list[Item], idx: Sequence[int], probs: Mapping[int, Mapping[str, float]]
) -> dict[int, frozenset[str]]:
    return {i: predict_with(model, items[i], probs[i]) for i in idx}


def lexicon_variant(
    groups: list[tuple[str, list[Sample]]], stem: str | None, fuzzy: bool
) -> tuple[Report, dict[str, Report]]:
    """Score the lexicon alone on the TUNE writers, with another stemmer or typo corrector.

    Nothing is trained, so every writer is simply scored (no folds needed).
    """
    pairs: dict[str, list[tuple[Sample, frozenset[str]]]] = {}
    with lexicon_method(stem, fuzzy) as rec:
        for w, samples in groups:
            pairs[w] = [(s, frozenset(rec(s.text, s.locale).acts)) for s in samples]
    pooled = score_predictions(p for ps in pairs.values() for p in ps)
    return pooled, {w: score_predictions(ps) for w, ps in pairs.items()}


#: Default settings compared when no --config is given (the last was the previous choice).
CONFIGS: tuple[Config, ...] = (
    Config(C=8.0),
    Config(C=32.0, balanced=True),
    Config(C=100.0, balanced=True, min_df=1),
    Config(C=8.0, lex_features=True),
    Config(C=100.0, balanced=True),
)


@dataclass
class Choice:
    """The best (nested CV) model setting and rule spec so far, and every method's CV figures."""

    score: float = -1.0
    cfg: Config = Config()
    spec: RuleSpec = RuleSpec()
    probs: dict[int, dict[str, float]] | None = None
    cv: dict[str, dict[str, float]] = field(default_factory=dict)
    detail: dict[str, dict[str, float]] = field(default_factory=dict)


def compare_lexicons(groups: list[tuple[str, list[Sample]]], choice: Choice) -> None:
    """CV rows of the lexicon methods (stored under their ``bench_acts_methods`` names)."""
    for name, stem, fuzzy in LEXICON_METHODS:
        rep = lexicon_variant(groups, stem, fuzzy)
        choice.cv[name] = summary(rep[0])
        print(report_rows(name, *rep))


def compare_models(
    items: list[Item], acts: Sequence[str], configs: Sequence[Config], choice: Choice
) -> None:
    """CV rows of every model setting, alone and under each rule spec; keep the best."""
    idx = [i for i, it in enumerate(items) if it.group in TUNE_WRITERS]
    for cfg in configs:
        probs = oof_probs(items, acts, cfg)
        base = rule(acts, [0.5] * len(acts), ["model"] * len(acts))
        plain = score_fn(items, predict_all(base, items, idx, probs))
        label = f"model C={cfg.C:g} min_df={cfg.min_df}"
        label += (" +lex feats" if cfg.lex_features else "") + (" bal" if cfg.balanced else "")
        print(report_rows(label + " @0.5", *plain))
        for spec in RULE_SPECS:
            nested = rules_cv(items, idx, probs, acts, spec, f"{label} [{spec.label()}]")
            if nested[0].micro_f1 > choice.score:
                choice.score, choice.cfg, choice.spec, choice.probs = (
                    nested[0].micro_f1,
                    cfg,
                    spec,
                    probs,
                )
                choice.cv["model@0.5"] = summary(plain[0])
                choice.cv["shipped"] = summary(nested[0])
                choice.detail = {
                    "per_act_f1": {a: round(s.f1, 4) for a, s in nested[0].per_act.items()},
                    "per_writer_micro": {w: round(r.micro_f1, 4) for w, r in nested[1].items()},
                }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-only", action="store_true", help="compare methods, write nothing")
    ap.add_argument("--quick", action="store_true", help="skip the lexicon variants")
    ap.add_argument(
        "--config", action="append", default=[], help='a model setting as JSON, e.g. {"C": 8}'
    )
    args = ap.parse_args(argv)
    groups, tune = load_data()
    print("LOWO CV over TUNE writers", ", ".join(TUNE_WRITERS), "(+ tune.yaml in every fold)")
    choice = Choice()
    if not args.quick:
        compare_lexicons(groups, choice)
    for lx in ("id", "en"):
        load_lexicon(lx)
    items = build_items(groups, tune)
    acts = sorted({a for it in items for a in it.sample.acts})
    configs = [Config(**json.loads(c)) for c in args.config] or list(CONFIGS)
    compare_models(items, acts, configs, choice)
    assert choice.probs is not None
    idx = [i for i, it in enumerate(items) if it.group in TUNE_WRITERS]
    th, modes = choose_rules(items, idx, choice.probs, acts, choice.spec)
    fallback = choose_fallback(items, idx, choice.probs, acts, th, modes)
    print(f"chosen: {choice.cfg}, {choice.spec.label()}, fallback {fallback}")
    for act, t, m in zip(acts, th, modes, strict=True):
        print(f"  {act:<24} {m:<5} {t:.2f}")
    if args.cv_only:
        return 0
    return write_model(items, acts, choice, th, modes, fallback)


def rules_cv(
    items: list[Item],
    idx: Sequence[int],
    probs: dict[int, dict[str, float]],
    acts: Sequence[str],
    spec: RuleSpec,
    label: str,
) -> tuple[Report, dict[str, Report]]:
    """Print the per-act rule's CV figures (pooled and nested); return the nested ones.

    "Pooled" chooses thresholds on every writer's out-of-fold predictions, the scored writer
    included, so it flatters; "nested" chooses each writer's rule on the other five.
    """
    th, modes = choose_rules(items, idx, probs, acts, spec)
    fb = choose_fallback(items, idx, probs, acts, th, modes)
    rep = score_fn(items, predict_all(rule(acts, th, modes, fb), items, idx, probs))
    print(report_rows(label + " pooled", *rep))
    nested: dict[int, frozenset[str]] = {}
    for w in TUNE_WRITERS:
        others = [i for i in idx if items[i].group != w]
        th_w, modes_w = choose_rules(items, others, probs, acts, spec)
        fb_w = choose_fallback(items, others, probs, acts, th_w, modes_w)
        rule_w = rule(acts, th_w, modes_w, fb_w)
        for i in idx:
            if items[i].group == w:
                nested[i] = predict_with(rule_w, items[i], probs[i])
    nrep = score_fn(items, nested)
    print(report_rows(label + " nested", *nrep))
    return nrep


def write_model(
    items: list[Item],
    acts: Sequence[str],
    choice: Choice,
    th: Sequence[float],
    modes: Sequence[str],
    fallback: float,
) -> int:
    """Train on everything the setting allows and write the model, CV figures in its meta."""
    cfg = choice.cfg
    final = fit([it for it in items if _trains(it, cfg)], acts, cfg)
    meta = {
        "C": cfg.C,
        "min_df": cfg.min_df,
        "lex_features": cfg.lex_features,
        "balanced": cfg.balanced,
        "rule": choice.spec.label(),
        "trained_on": "TUNE writers + tune.yaml",
        "cv": json.dumps(choice.cv, sort_keys=True),
        "cv_detail": json.dumps(choice.detail, sort_keys=True),
    }
    arrays = {
        "acts": np.asarray(final.acts),
        "vocab": np.asarray(final.inverse_vocab()),
        "idf": final.idf.astype(np.float32),
        "weights": final.weights.astype(np.float16),
        "bias": final.bias.astype(np.float32),
        "thresholds": np.asarray(th, dtype=np.float32),
        "modes": np.asarray(modes),
        "fallback": np.asarray(fallback),
        "meta": np.asarray(json.dumps(meta, sort_keys=True)),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as fh:
        np.savez_compressed(fh, **arrays)
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
