"""Benchmark of the free-text act recogniser: speed per reply and accuracy on held-out writers.

``rows()`` is imported by ``scripts/bench.py``; run this file alone for the full report:

    python scripts/bench_acts.py              # speed, heldout.yaml, TEST writers (aggregate)
    python scripts/bench_acts.py --no-test    # speed and heldout.yaml only (while working)

Accuracy is measured where nothing was tuned: the TEST writers of the fixed split
(``mockcall.core.acts_eval.TEST_WRITERS``, see ``tests/data/utterances/README.md``) and the old
``heldout.yaml``.  Only aggregate figures are printed for the TEST writers (per act, micro and
macro F1, exact match, per locale, per writer), never a reply: looking at their errors would
turn them into tuning data.  The fatal-deciding acts (a rubric can fail a call on them) get
their own recall and precision.

Speed is measured single-threaded over every reply of tune.yaml, heldout.yaml and the TUNE
writers after one warm-up pass, because the engine calls the recogniser once per typed reply on
the UI thread.  On a shared, busy machine the plain p99 measures the scheduler more than the
code; the "best of N" row takes each reply's fastest run first, then the p99 over replies.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import yaml
from bench_acts_methods import methods
from benchutil import percentile, print_rows

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mockcall.core.acts import load_lexicon, recognise  # noqa: E402
from mockcall.core.acts_eval import (  # noqa: E402
    TEST_WRITERS,
    TUNE_WRITERS,
    Report,
    Sample,
    evaluate,
    load_samples,
    load_writers,
    score_predictions,
)
from mockcall.core.acts_model import MODEL_FILE, load_model  # noqa: E402

DATA = ROOT / "tests" / "data" / "utterances"
WRITERS = DATA / "writers"
MODEL_PATH = ROOT / "mockcall" / "core" / "lexicon" / MODEL_FILE
#: Acts a rubric may fail a call on: recall must be near 1 and precision high.
FATAL_DECIDING: tuple[str, ...] = (
    "request_secret",
    "refuse_secret",
    "disclose_account",
    "dnc_check",
    "rude",
    "blame_customer",
    "promise_unauthorized",
)
Row = tuple[str, str, str]


def _speed(repeat: int) -> list[Row]:
    samples: list[Sample] = load_samples(DATA / "tune.yaml") + load_samples(DATA / "heldout.yaml")
    for w in load_writers(WRITERS, TUNE_WRITERS):
        samples.extend(w.samples)
    t0 = time.perf_counter()
    for loc in ("id", "en"):
        load_lexicon(loc)
    load_model()
    build = time.perf_counter() - t0
    for s in samples:
        recognise(s.text, s.locale)
    times: list[float] = []
    best = [float("inf")] * len(samples)
    start = time.perf_counter()
    for _ in range(repeat):
        for i, s in enumerate(samples):
            a = time.perf_counter()
            recognise(s.text, s.locale)
            took = time.perf_counter() - a
            times.append(took)
            best[i] = min(best[i], took)
    total = time.perf_counter() - start
    times.sort()
    best.sort()
    size = MODEL_PATH.stat().st_size / 1e6 if MODEL_PATH.is_file() else 0.0
    return [
        ("acts: lexicon + model load (id+en)", f"{build * 1000:.1f} ms", "once per process"),
        ("acts: model file", f"{size:.2f} MB", "<= 20 MB"),
        ("acts: utterances/s", f"{len(times) / total:,.0f}", ">= 2000"),
        ("acts: p50 per reply", f"{percentile(times, 0.50) * 1000:.3f} ms", ""),
        ("acts: p99 per reply", f"{percentile(times, 0.99) * 1000:.3f} ms", "<= 2 ms"),
        (
            f"acts: p99 per reply, best of {repeat} (busy machine)",
            f"{percentile(best, 0.99) * 1000:.3f} ms",
            "<= 2 ms",
        ),
    ]


def _summary(prefix: str, rep: Report, targets: bool) -> list[Row]:
    worst = min(((s.f1, a) for a, s in rep.per_act.items() if s.support), default=(0.0, "-"))
    return [
        (f"{prefix} micro-F1", f"{rep.micro_f1:.3f}", ">= 0.90" if targets else ""),
        (f"{prefix} macro-F1", f"{rep.macro_f1:.3f}", ">= 0.85" if targets else ""),
        (f"{prefix} exact match", f"{rep.exact_match:.3f}", ">= 0.70" if targets else ""),
        (
            f"{prefix} worst act F1",
            f"{worst[0]:.3f} ({worst[1]})",
            ">= 0.75" if targets else "",
        ),
    ]


def writer_rows() -> tuple[list[Row], Report]:
    """Aggregate rows on the TEST writers (and the report, for the per-act table)."""
    writers = load_writers(WRITERS, TEST_WRITERS)
    allsamples = [s for w in writers for s in w.samples]
    rep = evaluate(allsamples)
    out = [("acts: TEST writers, replies", f"{rep.samples}", ", ".join(TEST_WRITERS))]
    out += _summary("acts: TEST", rep, True)
    for act in FATAL_DECIDING:
        s = rep.per_act.get(act)
        if s is None:
            continue
        out.append(
            (f"acts: TEST {act} R / P", f"{s.recall:.3f} / {s.precision:.3f}", ">= 0.98 / 0.95")
        )
    for loc in ("id", "en"):
        r = evaluate(allsamples, locale=loc)
        out.append(
            (
                f"acts: TEST locale {loc} micro / macro / exact",
                f"{r.micro_f1:.3f} / {r.macro_f1:.3f} / {r.exact_match:.3f}",
                "",
            )
        )
    for w in writers:
        r = evaluate(w.samples)
        out.append(
            (
                f"acts: TEST {w.writer} {w.profile} micro / exact",
                f"{r.micro_f1:.3f} / {r.exact_match:.3f}",
                "",
            )
        )
    return out, rep


def _cv_meta() -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """TUNE-writer CV figures stored by ``train_acts.py`` in the model (empty when absent)."""
    model = load_model()
    if model is None:
        return {}, {}
    return json.loads(model.meta.get("cv", "{}")), json.loads(model.meta.get("cv_detail", "{}"))


def _fig(f: dict[str, float] | None) -> str:
    if not f:
        return f"{'-':>36}"
    return (
        f"{f['micro']:.3f} {f['macro']:.3f} {f['exact']:.3f} {f['worst']:.2f} "
        f"{f['fatal_recall']:.2f}/{f['fatal_precision']:.2f}"
    )


def methods_table(samples: Sequence[Sample]) -> list[str]:
    """Every method side by side: TUNE-writer CV (from the model) and the TEST writers.

    Columns: micro-F1, macro-F1, exact match, worst act F1, fatal acts' lowest recall /
    lowest precision.  The TUNE figures of the lexicon methods score the lexicon as it is
    (its phrases were written looking at TUNE writers, so they flatter); the model's are
    leave-one-writer-out with nested threshold choice.
    """
    cv, _ = _cv_meta()
    head = "micro macro exact worst fatR/fatP"
    out = [f"{'method':<20} {'TUNE-CV ' + head:<44} TEST {head}"]
    for name, rec in methods():
        rep = evaluate(samples, recogniser=rec)
        out.append(f"{name:<20} {_fig(cv.get(name)):<44} {_fig(_summary_of(rep))}")
    return out


def _summary_of(rep: Report) -> dict[str, float]:
    fat = [s for s in (rep.per_act.get(a) for a in FATAL_DECIDING) if s is not None and s.support]
    return {
        "micro": rep.micro_f1,
        "macro": rep.macro_f1,
        "exact": rep.exact_match,
        "worst": min((s.f1 for s in rep.per_act.values() if s.support), default=0.0),
        "fatal_recall": min((s.recall for s in fat), default=0.0),
        "fatal_precision": min((s.precision for s in fat), default=0.0),
    }


def per_act_table(rep: Report) -> list[str]:
    """Per act: TEST support, precision, recall, F1, and the TUNE-writer CV F1 beside it."""
    _, detail = _cv_meta()
    cv_f1 = detail.get("per_act_f1", {})
    out = [f"{'act':<26} {'support':>7} {'P':>6} {'R':>6} {'F1':>6} {'CV F1':>6}"]
    for act, support, p, r, f in rep.rows():
        cv = f"{cv_f1[act]:.3f}" if act in cv_f1 else "-"
        out.append(f"{act:<26} {support:>7} {p:>6.3f} {r:>6.3f} {f:>6.3f} {cv:>6}")
    writers = detail.get("per_writer_micro", {})
    if writers:
        out.append(
            "TUNE-CV per writer micro: " + " ".join(f"{w}={v:.3f}" for w, v in writers.items())
        )
    return out


def second_labeller_rows() -> list[Row]:
    """How far a second labeller agrees with the writers on TUNE replies: the bar the
    recogniser's figures are read against (a target above it would measure label noise)."""
    path = DATA / "second-labeller.yaml"
    if not path.is_file():
        return []
    writers = {w.writer: w.samples for w in load_writers(WRITERS, TUNE_WRITERS)}
    pairs: list[tuple[Sample, frozenset[str]]] = []
    for item in yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader):
        writer, index = str(item["id"]).rsplit("-", 1)
        pairs.append((writers[writer][int(index)], frozenset(item["acts"])))
    rep = score_predictions(pairs)
    fatal = [s for s in (rep.per_act.get(a) for a in FATAL_DECIDING) if s is not None]
    low_r = min(fatal, key=lambda s: s.recall)
    name = next(a for a in FATAL_DECIDING if rep.per_act.get(a) is low_r)
    return [
        (
            f"acts: second labeller vs TUNE writers ({rep.samples} replies) micro / macro / exact",
            f"{rep.micro_f1:.3f} / {rep.macro_f1:.3f} / {rep.exact_match:.3f}",
            "",
        ),
        (
            "acts: second labeller, fatal acts' lowest recall (act) / lowest precision",
            f"{low_r.recall:.2f} ({name}) / {min(s.precision for s in fatal):.2f}",
            "",
        ),
    ]


def rows(repeat: int = 3, test: bool = True) -> list[Row]:
    """(name, value, target) rows: speed, model size, heldout.yaml and TEST-writer accuracy."""
    out = _speed(repeat)
    out += _summary("acts: heldout.yaml", evaluate(load_samples(DATA / "heldout.yaml")), False)
    if test:
        out += writer_rows()[0]
    out += second_labeller_rows()
    return out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="act recogniser benchmark")
    ap.add_argument("--no-test", action="store_true", help="skip the TEST writers")
    args = ap.parse_args(argv)
    table = _speed(3)
    table += _summary("acts: heldout.yaml", evaluate(load_samples(DATA / "heldout.yaml")), False)
    rep: Report | None = None
    if not args.no_test:
        extra, rep = writer_rows()
        table += extra
    print_rows(table)
    if rep is not None:
        print()
        print("\n".join(per_act_table(rep)))
        print()
        test = [s for w in load_writers(WRITERS, TEST_WRITERS) for s in w.samples]
        print("\n".join(methods_table(test)))


if __name__ == "__main__":
    main()
