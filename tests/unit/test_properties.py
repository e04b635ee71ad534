"""Properties that hold for every input, checked on inputs Hypothesis makes up.

* Whatever a trainee presses, in whatever order, on any bundled persona: the engine refuses or
  acts but never raises; the log is numbered without gaps and its times never go back; the
  stored log replays (``restore``) to exactly itself; the score is a pure function of the log
  (same card twice, total within 0..100, the same without the trainee's ``misheard`` flags) and
  override-free.
* Whatever text a trainer saves as a persona file, the loader reports problems as values with a
  line and column inside the file — never an exception.
* Whatever text is handed to ``mockcall qa`` as a transcript, the parser returns a transcript or
  problems with line numbers — never an exception.

Seeds are derandomised (``derandomize=True``): CI and a laptop try the same inputs.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mockcall.core.engine import CallSession, ManualClock, restore
from mockcall.core.loader import Library, load_library, load_loose
from mockcall.core.scoring import score
from mockcall.core.transcript import parse

ROOT = Path(__file__).resolve().parents[2]
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@lru_cache(maxsize=1)
def bundled() -> Library:
    return load_library([ROOT / "personas"])


PERSONAS = sorted(p.id for p in bundled().personas())
#: typed replies as the recogniser hands them to the engine: (text, acts, confidence)
TYPED = [
    ("Selamat pagi, dengan Rina", ["greet", "own_name"], 0.9),
    ("mohon ditunggu sebentar ya", ["hold_request"], 0.7),
    ("I'll block the card now", ["offer_solution"], 0.6),
    ("hmm", [], 0.0),
]

#: one trainee action: (name, argument index); indices pick among what the persona offers
actions = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "choose",
                "choose",
                "choose",
                "answer",
                "hold",
                "unhold",
                "tool",
                "kb",
                "dial",
                "typed",
                "wait",
                "end_call",
                "acw",
                "escalate",
                "transfer",
                "holding",
                "misheard",
            ]
        ),
        st.integers(min_value=0, max_value=7),
    ),
    max_size=30,
)


def act(s: CallSession, clock: ManualClock, name: str, i: int) -> None:
    """Do one action the way the UI can; refusals are fine, exceptions are not."""
    account = s.account
    clock.advance(1 + i)
    if name == "choose":
        s.choose(i + 1)
    elif name == "answer":
        s.answer()
    elif name in ("hold", "unhold", "end_call"):
        getattr(s, name)()
    elif name == "tool" and account.tools:
        s.use_tool(account.tools[i % len(account.tools)].id)
    elif name == "kb" and account.kb:
        s.open_kb(account.kb[i % len(account.kb)].id)
    elif name == "dial" and s.persona.call_list:
        s.dial(s.persona.call_list[i % len(s.persona.call_list)].id)
    elif name == "typed":
        s.say_free(*TYPED[i % len(TYPED)])
    elif name == "wait":
        clock.advance(10.0 * i)
        s.poll()
    elif name == "acw" and account.dispositions:
        s.submit_acw("notes", account.dispositions[i % len(account.dispositions)].id)
    elif name == "escalate":
        s.escalate("customer asked for a supervisor")
    elif name == "holding":
        s.say_holding("One moment please, I'm checking.")
    elif name == "transfer":
        s.transfer("warm" if i % 2 else "cold", {"reason": "billing"})
    elif name == "misheard":
        s.flag_misheard()


@PROPERTY
@given(persona_id=st.sampled_from(PERSONAS), seed=st.integers(0, 10_000), steps=actions)
def test_any_key_sequence_keeps_the_log_whole_and_replayable(
    persona_id: str, seed: int, steps: list[tuple[str, int]]
) -> None:
    library = bundled()
    persona = library.persona(persona_id)
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None and bundle.rubric is not None
    clock = ManualClock(0.0)
    session = CallSession(
        persona, bundle.account, rubric=bundle.rubric, seed=seed, clock=clock, trainee="Rina"
    )
    session.start()
    for name, i in steps:
        act(session, clock, name, i)
    log = session.events
    assert [e.seq for e in log] == list(range(len(log)))
    assert all(a.t <= b.t for a, b in itertools.pairwise(log))

    again = restore(persona, bundle.account, log, rubric=bundle.rubric, clock=ManualClock(0.0))
    assert again.events == log

    card = score(log, bundle.rubric)
    assert card == score(list(log), bundle.rubric)
    assert 0.0 <= card.total <= 100.0
    assert card == score([e for e in log if e.kind != "misheard"], bundle.rubric)


yaml_like = st.text(
    alphabet=st.sampled_from([*"abc:-_ \n\t'\"[]{},&*!|>#%@`0123456789.", "é", "\x00"]),
    max_size=200,
)


@PROPERTY
@given(text=st.one_of(yaml_like, st.text(max_size=200)))
def test_any_text_as_a_persona_file_gives_problems_not_exceptions(
    tmp_path_factory: Any, text: str
) -> None:
    path = tmp_path_factory.mktemp("p") / "persona.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    lines = text.count("\n") + 1
    _, loaded = load_loose(path)
    for problem in loaded.problems:
        assert problem.file == str(path)
        assert 0 <= problem.line <= lines + 1 and problem.col >= 0, problem
        assert problem.code and problem.message


transcript_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "# channel: call",
                "# started: 2026-03-02T09:00:00+07:00",
                "# locale: id",
                "[00:00] AGENT: Selamat pagi, dengan Rina",
                "[00:05] CUSTOMER: halo",
                "[00:03] AGENT: mundur",
                "[00:10] [HOLD]",
                "[00:40] [UNHOLD]",
                "[01:00] [END]",
                "[xx:yy] AGENT: ?",
                "AGENT tanpa waktu",
            ]
        ),
        st.text(max_size=40),
    ),
    max_size=25,
)


@PROPERTY
@given(lines=transcript_lines)
def test_any_text_as_a_transcript_gives_a_transcript_or_problems(lines: list[str]) -> None:
    text = "\n".join(lines)
    transcript, problems = parse(text, "t.txt")
    assert (transcript is None) == any(p.severity == "error" for p in problems)
    in_an_editor = len(re.split(r"\r\n|\r|\n", text))  # a lone \r ends a line there too
    for problem in problems:
        assert problem.file == "t.txt" and 0 <= problem.line <= in_an_editor + 1, problem
