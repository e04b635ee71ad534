"""Reviews keep history; the recorder follows a live engine; a crashed call resumes exactly.

Every test runs on SQLite and on PostgreSQL (``store_factory``)."""

from __future__ import annotations

import pytest
from store_helpers import FATAL, RUBRIC_PATH, StoreFactory, record_call, telco

from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.scoring import score
from mockcall.store.api import NewSession
from mockcall.store.recorder import Recorder, resumable, resume_or_abandon
from mockcall.store.rubrics import rubric_from_text


def test_override_is_an_event_and_keeps_the_original_score(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = record_call(store, FATAL)
        before = store.session(sid)
        assert before is not None and before.passed is False
        assert "verify_before_disclose" in before.fatal_failures
        n_events = len(store.events(sid))

        first = store.add_override(
            sid, "verify_before_disclose", "pass", "Customer volunteered the data", "qa-sari"
        )
        assert (first.original_status, first.previous_status, first.status) == (
            "fail",
            "fail",
            "pass",
        )
        after = store.session(sid)
        assert after is not None and after.overridden
        assert after.original_total == before.total
        assert "verify_before_disclose" not in after.fatal_failures
        card = store.scorecard(sid)
        assert card is not None and card["total"] == after.total
        crit = next(c for c in card["criteria"] if c["id"] == "verify_before_disclose")
        assert crit["status"] == "pass" and crit["original_status"] == "fail"
        assert store.original_scorecard(sid)["total"] == before.total

        second = store.add_override(sid, "verify_before_disclose", "fail", "Calibrated", "lead")
        assert second.previous_status == "pass" and second.original_status == "fail"
        history = store.overrides(sid)
        assert [(o.reviewer, o.status) for o in history] == [("qa-sari", "pass"), ("lead", "fail")]
        log = store.events(sid)
        assert len(log) == n_events + 2 and log[-1].kind == "override"
        assert store.session(sid).total == before.total
        # the stored card is what the frozen rubric gives for the stored log
        rubric = rubric_from_text(store.rubric_text(after.rubric_hash or "") or "")
        assert score(log, rubric).to_dict() == store.scorecard(sid)


@pytest.mark.parametrize(
    ("criterion", "status", "comment", "reviewer", "words"),
    [
        ("greet_and_name", "pass", "", "qa", "comment"),
        ("greet_and_name", "pass", "   ", "qa", "comment"),
        ("greet_and_name", "pass", "ok", "", "reviewer"),
        ("greet_and_name", "great", "ok", "qa", "pass, fail, na"),
        ("no_such_criterion", "pass", "ok", "qa", "no criterion"),
    ],
)
def test_override_needs_a_comment_a_reviewer_and_a_real_criterion(
    store_factory: StoreFactory,
    criterion: str,
    status: str,
    comment: str,
    reviewer: str,
    words: str,
) -> None:
    with store_factory.open() as store:
        sid = record_call(store)
        n = len(store.events(sid))
        with pytest.raises(ValueError, match=words):
            store.add_override(sid, criterion, status, comment, reviewer)
        assert len(store.events(sid)) == n and not store.session(sid).overridden


def test_live_sessions_cannot_be_overridden(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = store.begin(NewSession(trainee="t", account="telco", persona="p"))
        with pytest.raises(ValueError, match="still live"):
            store.add_override(sid, "greet_and_name", "pass", "ok", "qa")


def _live_call(store: object, clock: ManualClock) -> tuple[CallSession, Recorder]:
    persona, account, rubric = telco()
    recorder = Recorder(store, rubric=rubric)  # type: ignore[arg-type]
    session = CallSession(
        persona,
        account,
        rubric=rubric,
        seed=3,
        clock=clock,
        trainee="rina",
        mode="assessment",
        on_event=recorder.on_event,
    )
    session.start()
    session.answer()
    clock.advance(4)
    session.choose(1)
    return session, recorder


def test_recorder_stores_each_engine_event_as_it_happens(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        clock = ManualClock()
        session, recorder = _live_call(store, clock)
        sid = recorder.session_id
        assert sid is not None
        assert store.events(sid) == session.events  # nothing waits for the end of the call
        meta = store.session(sid)
        assert meta is not None
        assert (meta.trainee, meta.mode, meta.seed, meta.rubric_id) == (
            "rina",
            "assessment",
            3,
            "telco-inbound",
        )
        # frozen at the start of the call, so a crashed call can be scored under it too
        assert store.rubric_text(meta.rubric_hash or "") == RUBRIC_PATH.read_text("utf-8")
        session.end_call()
        clock.advance(20)
        session.submit_acw("tiket gangguan dibuat", "ticket_created")
        card = score(session.events, telco()[2])
        assert recorder.finish(card) == sid
        stored = store.session(sid)
        assert stored is not None and stored.status == "finished" and stored.total == card.total
        text = store.rubric_text(card.rubric_hash)
        assert text is not None and rubric_from_text(text).content_hash == card.rubric_hash
        session.detach()


def test_a_crashed_call_resumes_and_goes_on_recording(store_factory: StoreFactory) -> None:
    persona, account, rubric = telco()
    with store_factory.open() as store:
        clock = ManualClock()
        crashed, recorder = _live_call(store, clock)
        sid = recorder.session_id
        stored_before = list(crashed.events)
        crashed.detach()  # the process "dies" here; no finish, no abandon

    with store_factory.open() as store:
        [left] = store.unfinished()
        assert left.meta.id == sid and left.running  # same pid in this test process
        assert resumable(store) == []  # ...so it is not offered as a crash
        resumed = resume_or_abandon(store, sid or "", persona, account, rubric=rubric)
        assert resumed is not None
        assert resumed.session.events == stored_before
        resumed.session.choose(1)
        assert store.events(sid or "") == resumed.session.events
        assert len(resumed.session.events) > len(stored_before)
        resumed.session.detach()


def test_a_log_that_no_longer_replays_is_abandoned(store_factory: StoreFactory) -> None:
    persona, account, _ = telco()
    with store_factory.open() as store:
        sid = store.begin(NewSession(trainee="t", account="telco", persona=persona.id))
        problems: list[str] = []
        assert resume_or_abandon(store, sid, persona, account, on_problem=problems.append) is None
        assert store.session(sid).status == "abandoned"
        assert problems and sid in problems[0]


class _Flaky:
    """A store whose appends fail while ``down`` is set, as a locked database would."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.down = False

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def append(self, session_id: str, event: object) -> None:
        from mockcall.store.errors import StoreError

        if self.down:
            raise StoreError("locked", "busy")
        self.inner.append(session_id, event)  # type: ignore[attr-defined]


def test_a_busy_store_does_not_break_the_call(store_factory: StoreFactory) -> None:
    with store_factory.open() as inner:
        store = _Flaky(inner)
        clock = ManualClock()
        session, recorder = _live_call(store, clock)
        store.down = True
        clock.advance(3)
        session.choose(1)  # the engine goes on; events queue in order
        assert recorder.pending and recorder.problem is not None
        store.down = False
        clock.advance(3)
        session.choose(1)
        assert not recorder.pending and recorder.problem is None
        assert inner.events(recorder.session_id or "") == session.events
        session.detach()
