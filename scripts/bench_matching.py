"""Benchmark of free-text matching: decision quality on the labelled set and speed per reply.

``rows()`` gives (name, value, target) rows like the other bench scripts; run this file alone
for a printed table, or with ``-v`` to also list every reply the matcher got wrong.  Latency is
measured single-threaded per reply *including recognition*, after one warm-up pass, because
the TUI calls the matcher once per typed reply on the UI thread.

Take-precision is the share of takes that played the expected option (a wrong take moves the
dialogue along a line the trainee never meant: worse than asking).  Decision accuracy counts a
reply right when the decision matches the label and, for ``take``, the option does too.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchutil import percentile, print_rows

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mockcall.core.acts import Lexicon, load_lexicon  # noqa: E402
from mockcall.core.engine import OfferedOption  # noqa: E402
from mockcall.core.loader import load_library  # noqa: E402
from mockcall.core.matching import Match, match_reply  # noqa: E402
from mockcall.core.model import Persona  # noqa: E402
from mockcall.core.yamlsafe import load_data  # noqa: E402

DATA = ROOT / "tests" / "data" / "matching.yaml"
PERSONAS = ROOT / "tests" / "data" / "personas" / "match"
AGENT = "Rina"
DECISIONS = ("take", "confirm", "none")


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled reply (see the header of tests/data/matching.yaml)."""

    persona: str
    state: str
    text: str
    expect: str
    option: str | None
    style: str


@dataclass(frozen=True, slots=True)
class Result:
    item: Item
    match: Match

    @property
    def right(self) -> bool:
        m, it = self.match, self.item
        if m.decision != it.expect:
            return False
        return it.expect != "take" or m.option_id == it.option


def load_items(path: Path = DATA) -> list[Item]:
    """Read the labelled set; a malformed item stops the run (labels are written by people)."""
    data, problems = load_data(path)
    if problems:
        raise ValueError(f"{path}: {problems[0].line}: {problems[0].message}")
    items: list[Item] = []
    for i, raw in enumerate(data["items"]):
        expect = str(raw["expect"])
        if expect not in DECISIONS:
            raise ValueError(f"{path}: item {i}: expect must be one of {DECISIONS}")
        if expect == "take" and not raw.get("option"):
            raise ValueError(f"{path}: item {i}: a take names its option")
        items.append(
            Item(
                persona=str(raw["persona"]),
                state=str(raw["state"]),
                text=str(raw["text"]),
                expect=expect,
                option=str(raw["option"]) if raw.get("option") else None,
                style=str(raw.get("style", "")),
            )
        )
    return items


def offered_in(persona: Persona, state: str) -> list[OfferedOption]:
    """The options of ``state`` as the engine offers them (the fixtures have no ``when``)."""
    options = persona.states[state].options
    return [
        OfferedOption(n, o, o.text.replace("{agent.name}", AGENT), o.id)
        for n, o in enumerate(options, start=1)
    ]


def fixtures() -> dict[str, tuple[Persona, Lexicon]]:
    """Fixture personas by id, each with its account's lexicon."""
    lib = load_library([PERSONAS])
    out: dict[str, tuple[Persona, Lexicon]] = {}
    for p in lib.personas():
        bundle = lib.bundle_for(p)
        extra = bundle.account.lexicon if bundle is not None else None
        out[p.id] = (p, load_lexicon(p.locale, extra))
    return out


def evaluate(items: list[Item] | None = None) -> list[Result]:
    """Match every labelled reply; one Result per item, in file order."""
    fx = fixtures()
    out: list[Result] = []
    for it in items if items is not None else load_items():
        persona, lex = fx[it.persona]
        m = match_reply(it.text, offered_in(persona, it.state), persona.locale, lex)
        out.append(Result(it, m))
    return out


def measures(results: list[Result]) -> dict[str, float]:
    """take_precision, decision_accuracy, take_recall, confirm_hit (expected option shown)."""
    takes = [r for r in results if r.match.decision == "take"]
    good_takes = [
        r for r in takes if r.item.expect == "take" and r.match.option_id == r.item.option
    ]
    wanted = [r for r in results if r.item.expect == "take"]
    confirms = [r for r in results if r.item.expect == "confirm" and r.item.option]
    shown = [
        r
        for r in confirms
        if r.match.decision == "confirm" and r.match.candidate(str(r.item.option)) is not None
    ]
    return {
        "take_precision": len(good_takes) / len(takes) if takes else 1.0,
        "decision_accuracy": sum(r.right for r in results) / len(results) if results else 0.0,
        "take_recall": len(good_takes) / len(wanted) if wanted else 1.0,
        "confirm_hit": len(shown) / len(confirms) if confirms else 1.0,
    }


def latencies(repeat: int = 5) -> list[float]:
    """Seconds per match_reply call over the labelled set, sorted, after a warm-up pass."""
    fx = fixtures()
    items = load_items()
    cases = [
        (
            it.text,
            offered_in(fx[it.persona][0], it.state),
            fx[it.persona][0].locale,
            fx[it.persona][1],
        )
        for it in items
    ]
    for text, offered, locale, lex in cases:
        match_reply(text, offered, locale, lex)
    times: list[float] = []
    for _ in range(repeat):
        for text, offered, locale, lex in cases:
            a = time.perf_counter()
            match_reply(text, offered, locale, lex)
            times.append(time.perf_counter() - a)
    times.sort()
    return times


def rows(repeat: int = 5) -> list[tuple[str, str, str]]:
    """(name, value, target) rows: quality on the labelled set, then p50/p99 latency."""
    results = evaluate()
    m = measures(results)
    times = latencies(repeat)
    p50 = percentile(times, 0.50) * 1000
    p99 = percentile(times, 0.99) * 1000
    return [
        ("matching: labelled replies", str(len(results)), ">= 80"),
        ("matching: take-precision", f"{m['take_precision']:.3f}", ">= 0.95"),
        ("matching: decision accuracy", f"{m['decision_accuracy']:.3f}", ">= 0.85"),
        ("matching: take recall", f"{m['take_recall']:.3f}", ""),
        ("matching: confirm shows the meant option", f"{m['confirm_hit']:.3f}", ""),
        ("matching: p50 per reply (incl. recognition)", f"{p50:.3f} ms", ""),
        ("matching: p99 per reply (incl. recognition)", f"{p99:.3f} ms", "<= 2 ms"),
    ]


def main() -> None:
    if "-v" in sys.argv[1:]:
        for r in evaluate():
            if not r.right:
                m = r.match
                print(
                    f"[{r.item.persona[6:10]}/{r.item.state}] {r.item.text!r}\n"
                    f"    want {r.item.expect} {r.item.option or ''}; got {m.decision} "
                    f"{m.option_id or ''} acts={list(m.recognition.acts)} -- {m.reason}; "
                    + ", ".join(f"{c.option_id}={c.similarity:.2f}" for c in m.candidates)
                )
    print_rows(rows())


if __name__ == "__main__":
    main()
