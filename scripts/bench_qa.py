"""Benchmark of ``mockcall qa``: agreement with hand-scored transcripts, and speed.

``rows()`` is imported by ``scripts/bench.py``; run this file alone for a printed table.

Agreement is measured on every labelled set found:

* ``tests/data/qa/eval/{transcripts,labels}/`` and ``tests/data/qa/eval2/...`` — two
  independent evaluation sets by two writers (when present), never tuned to, and both together;
* ``tests/data/qa/dev/`` (transcripts) with ``tests/data/qa/dev/labels/`` — our own dev set;
* ``tests/data/qa/dev/labels-b/`` against ``labels/`` — two reviewers on the same transcripts
  (:func:`human_agreement`), the agreement people reach.

A label is the QA result JSON (``docs/qa.md``) of one transcript, found by the transcript's
stem (``labels/<stem>.json``) or by its ``file`` field.  Measures: fatal-error agreement (the
same fatal set: no miss, no false alarm; misses and false alarms are counted apart), pass/fail
agreement, the share of totals within ±5 points, and per-section mean absolute error in
points (fraction × 100) over sections both sides score; a section N/A on one side only is
counted as an N/A disagreement.

Speed: one 5-minute transcript scored in-process (p50/p99, after a warm-up), and 1,000
transcripts scored by one ``mockcall qa DIR --format json`` command.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchutil import percentile, print_rows

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mockcall.core.agreement import TOLERANCE, verdict_from_result  # noqa: E402
from mockcall.core.agreement import Agreement as Measures  # noqa: E402
from mockcall.core.kb_prices import price_book  # noqa: E402
from mockcall.core.loader import kb_texts, load_library  # noqa: E402
from mockcall.core.qa import result_dict, score_transcript  # noqa: E402
from mockcall.core.transcript import read  # noqa: E402

EVAL = ROOT / "tests" / "data" / "qa" / "eval"
EVAL2 = ROOT / "tests" / "data" / "qa" / "eval2"
DEV = ROOT / "tests" / "data" / "qa" / "dev"


@dataclass
class Agreement(Measures):
    """The measures, and the files that could not be compared."""

    unreadable: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)


def compare(
    predicted: Sequence[Mapping[str, Any]],
    labels: Mapping[str, Mapping[str, Any]],
    out: Agreement | None = None,
) -> Agreement:
    """Compare result objects (by file name) with label objects (by the same key), by the
    measures of :mod:`mockcall.core.agreement` (the ones ``mockcall calibrate`` reports),
    counted into ``out`` (a new one by default: several sets can be counted into one)."""
    out = Agreement() if out is None else out
    for result in predicted:
        key = Path(str(result["file"])).name
        label = labels.get(key) or labels.get(Path(key).stem)
        if label is None:
            out.unlabelled.append(key)
            continue
        out.add(verdict_from_result(result), verdict_from_result(label))
    return out


def load_labels(folder: Path) -> dict[str, dict[str, Any]]:
    labels: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        labels[path.stem] = data
        if isinstance(data.get("file"), str):
            labels[Path(data["file"]).name] = data
    return labels


def _scorer() -> Any:
    library = load_library([ROOT / "personas"])
    bundle = library.bundles["qa"]
    assert bundle.rubric is not None
    prices = {name: price_book(kb_texts(b)) for name, b in library.bundles.items()}

    def one(path: Path) -> dict[str, Any] | None:
        tr, _ = read(str(path))
        if tr is None:
            return None
        contact = library.bundles.get(tr.account)
        result = score_transcript(
            tr,
            bundle.rubric,
            rubric_account=bundle.account,
            contact_account=None if contact is None else contact.account,
            prices=prices.get(tr.account),
        )
        return result_dict(result, bundle.rubric)

    return one


def agreement(transcripts: Path, labels_dir: Path, also: Agreement | None = None) -> Agreement:
    """One set's measures; with ``also``, the set is counted into that one too (the eval sets
    reported together, scored once)."""
    score = _scorer()
    results: list[dict[str, Any]] = []
    bad: list[str] = []
    files = sorted(p for p in transcripts.iterdir() if p.suffix in (".txt", ".json", ".vcon"))
    for path in files:
        result = score(path)
        if result is None:
            bad.append(path.name)
        else:
            results.append(result)
    labels = load_labels(labels_dir)
    found = compare(results, labels)
    found.unreadable = bad
    if also is not None:
        compare(results, labels, also)
        also.unreadable += bad
    return found


def human_agreement() -> Agreement:
    """A second reviewer against the labels: how far two people applying ``QA.md`` agree.

    ``labels-b/`` holds the same dev transcripts scored again by a reviewer who saw neither the
    first labels nor the scorer (totals by the contract's formula from their criteria).  It is
    the bar the scorer's agreement is read against: a goal above what two reviewers reach
    would measure the labels' noise, not the scorer.
    """
    second = load_labels(DEV / "labels-b")
    results = [r for key, r in sorted(second.items()) if key == Path(str(r["file"])).stem]
    return compare(results, load_labels(DEV / "labels"))


def agreement_rows(name: str, a: Agreement) -> list[tuple[str, str, str]]:
    if a.n == 0:
        return [(f"qa {name}: labelled transcripts", "0", "")]
    pct = lambda k: f"{100 * k / a.n:.0f}% ({k}/{a.n})"  # noqa: E731
    rows = [
        (f"qa {name}: labelled transcripts", str(a.n), ""),
        (f"qa {name}: fatal agreement", pct(a.fatal_agree), "100%"),
        (
            f"qa {name}: fatal misses / false alarms",
            f"{a.fatal_missed} / {a.fatal_false_alarm}",
            "0 / 0",
        ),
        (f"qa {name}: pass/fail agreement", pct(a.pass_agree), ">= 90%"),
        (f"qa {name}: totals within ±{TOLERANCE:g}", pct(a.within), ">= 80%"),
    ]
    for sid, mae in a.section_mae().items():
        na = a.section_na_disagree.get(sid, 0)
        extra = f" (+{na} N/A disagreements)" if na else ""
        rows.append((f"qa {name}: MAE {sid}", f"{mae:.1f} pts{extra}", ""))
    if a.unreadable:
        rows.append((f"qa {name}: unreadable transcripts", ", ".join(a.unreadable), "none"))
    return rows


def five_minute_transcript() -> str:
    """A plausible 5-minute Indonesian inbound call: 64 lines, a hold, ACW."""
    head = (
        "# account: telco\n# channel: call\n# locale: id\n# direction: inbound\n"
        "# started: 2026-03-14T10:05:00+07:00\n"
    )
    lines = [
        "[00:00] AGENT: Selamat pagi, terima kasih telah menghubungi Nusanet, dengan saya Rina, "
        "ada yang bisa saya bantu?"
    ]
    agent = [
        "Baik Pak Budi, boleh saya minta nomor pelanggan dan tanggal lahir Bapak?",
        "Saya mengerti Bapak kesal, mohon maaf atas ketidaknyamanannya.",
        "Jadi internet Bapak mati sejak kemarin malam ya? Lampu modemnya warna apa?",
        "Saya yang akan pastikan tiket Bapak ditangani hari ini paling lambat jam 5 sore.",
    ]
    customer = [
        "Internet saya mati lagi sejak kemarin, saya kesal sekali.",
        "Nomornya 8812 0045, lahir 12 Mei 1980.",
        "Lampunya merah dari tadi pagi.",
        "Baik, saya tunggu kabarnya.",
    ]
    t = 7
    for i in range(31):
        lines.append(f"[{t // 60:02d}:{t % 60:02d}] CUSTOMER: {customer[i % 4]}")
        t += 4
        lines.append(f"[{t // 60:02d}:{t % 60:02d}] AGENT: {agent[i % 4]}")
        t += 5
    lines.append(f"[{t // 60:02d}:{t % 60:02d}] END CALL")
    tail = (
        "ACW: 45s\nDISPOSITION: ticket-created\n"
        "NOTES: Internet mati, tiket TK-2231, janji jam 17.00.\n"
    )
    return head + "\n".join(lines) + "\n" + tail


def speed_rows(runs: int = 200, batch: int = 1000) -> list[tuple[str, str, str]]:
    from mockcall.core.transcript import parse

    library = load_library([ROOT / "personas"])
    bundle = library.bundles["qa"]
    assert bundle.rubric is not None
    text = five_minute_transcript()
    telco = library.bundles["telco"].account

    def once() -> None:
        tr, problems = parse(text, "five-minutes.txt")
        assert tr is not None, problems
        score_transcript(tr, bundle.rubric, rubric_account=bundle.account, contact_account=telco)

    once()
    times: list[float] = []
    for _ in range(runs):
        a = time.perf_counter()
        once()
        times.append(time.perf_counter() - a)
    times.sort()
    p50, p99 = percentile(times, 0.5) * 1000, percentile(times, 0.99) * 1000

    folder = Path(tempfile.mkdtemp(prefix="mockcall-qa-bench-"))
    try:
        sources = sorted(DEV.glob("*.txt")) or []
        for i in range(batch):
            if sources and i % 2:
                shutil.copy(sources[i % len(sources)], folder / f"t{i:04d}.txt")
            else:
                (folder / f"t{i:04d}.txt").write_text(text, encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "mockcall", "qa", str(folder), "--format", "json"],
            capture_output=True,
            cwd=ROOT,
            check=False,
        )
        elapsed = time.perf_counter() - start
        lines = done.stdout.count(b"\n")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [
        ("qa: 5-min transcript in-process p50", f"{p50:.1f} ms", "<= 50 ms"),
        ("qa: 5-min transcript in-process p99", f"{p99:.1f} ms", "<= 50 ms"),
        (
            f"qa: {batch:,} transcripts, one command",
            f"{elapsed:.1f} s ({lines} results)",
            "<= 20 s",
        ),
    ]


def rows() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    together, present = Agreement(), 0
    for name, folder in (("eval", EVAL), ("eval2", EVAL2)):
        if (folder / "transcripts").is_dir() and (folder / "labels").is_dir():
            out += agreement_rows(
                name, agreement(folder / "transcripts", folder / "labels", also=together)
            )
            present += 1
        else:
            out.append((f"qa {name}: {folder.relative_to(ROOT)}", "not present", ""))
    if present == 2:
        out += agreement_rows("eval + eval2", together)
    if (DEV / "labels").is_dir():
        out += agreement_rows("dev", agreement(DEV, DEV / "labels"))
    if (DEV / "labels-b").is_dir() and (DEV / "labels").is_dir():
        out += agreement_rows("dev, reviewer B vs labels", human_agreement())
    out += speed_rows()
    return out


if __name__ == "__main__":
    print_rows(rows())
