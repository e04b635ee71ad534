"""Every reviewer's judgement kept; retractions; disputes and their resolution; calibration.

Every store test runs on SQLite and on PostgreSQL (``store_factory``)."""

from __future__ import annotations

import pytest
from store_helpers import FATAL, StoreFactory, play, record_call, telco

from mockcall.core import events as ev
from mockcall.core.scoring import score
from mockcall.store.api import SessionFilter, SessionStore
from mockcall.store.calibration import calibrate, reviewer_log
from mockcall.store.review_history import review_history
from mockcall.store.rubrics import rubric_from_text

CRIT = "verify_before_disclose"


def _rescored(store: SessionStore, sid: str) -> dict[str, object]:
    meta = store.session(sid)
    assert meta is not None and meta.rubric_hash is not None
    rubric = rubric_from_text(store.rubric_text(meta.rubric_hash) or "")
    return score(store.events(sid), rubric).to_dict()


def test_retraction_returns_to_the_automatic_status_and_keeps_every_judgement(
    store_factory: StoreFactory,
) -> None:
    with store_factory.open() as store:
        sid = record_call(store, FATAL)
        auto_total = store.session(sid).total
        with pytest.raises(ValueError, match="no override to take back"):
            store.add_override(sid, CRIT, "auto", "nothing to retract", "sari")
        store.add_override(sid, CRIT, "pass", "volunteered", "sari")
        store.add_override(sid, CRIT, "na", "second thoughts", "sari")  # an edit
        store.add_override(sid, CRIT, "pass", "agree with the first", "lead")
        back = store.add_override(sid, CRIT, "auto", "the scorer was right", "sari")
        assert back.retracts and back.status == "fail" and back.previous_status == "pass"
        assert store.session(sid).total == auto_total
        assert store.scorecard(sid) == _rescored(store, sid)
        actions = [(h.who, h.action) for h in review_history(store.events(sid))]
        assert actions == [
            ("sari", "override"),
            ("sari", "edit"),
            ("lead", "override"),
            ("sari", "retract"),
        ]
        assert [o.retracts for o in store.overrides(sid)] == [False, False, False, True]


def test_review_events_leave_the_score_alone(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = record_call(store, FATAL)
        card = store.scorecard(sid)
        store.add_review(sid, ev.REVIEW_ACK, {"trainee": "rina", "comment": "thanks"})
        store.add_review(sid, ev.DISPUTE, {"trainee": "rina", "criterion": CRIT, "reason": "x"})
        log = store.events(sid)
        assert [e.kind for e in log[-2:]] == [ev.REVIEW_ACK, ev.DISPUTE]
        assert log[-1].t == log[-3].t  # after the call, not longer than it
        assert store.scorecard(sid) == card == _rescored(store, sid)
        assert score(log, telco()[2]).to_dict() == score(log[:-2], telco()[2]).to_dict()


def test_dispute_upheld_then_changed(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = record_call(store, FATAL)
        other = record_call(store)
        before = store.session(sid)
        store.add_review(sid, ev.DISPUTE, {"trainee": "rina", "criterion": CRIT, "reason": "no"})
        meta = store.session(sid)
        assert (meta.disputes, meta.open_disputes) == (1, 1)
        assert [m.id for m in store.sessions(SessionFilter(disputed=True))] == [sid]
        assert other in [m.id for m in store.sessions(SessionFilter(disputed=False))]
        with pytest.raises(ValueError, match="already has an open dispute"):
            store.add_review(sid, ev.DISPUTE, {"trainee": "rina", "criterion": CRIT, "reason": "y"})
        upheld = {"criterion": CRIT, "outcome": "upheld", "comment": "SOP 4.2", "reviewer": "lead"}
        store.add_review(sid, ev.DISPUTE_RESOLVED, upheld)
        assert store.session(sid).open_disputes == 0 and store.session(sid).total == before.total
        with pytest.raises(ValueError, match="no open dispute"):
            store.add_review(sid, ev.DISPUTE_RESOLVED, upheld)
        store.add_review(sid, ev.DISPUTE, {"trainee": "rina", "criterion": CRIT, "reason": "pls"})
        changed = {**upheld, "outcome": "changed", "status": "pass", "comment": "recording"}
        written = store.add_review(sid, ev.DISPUTE_RESOLVED, changed)
        assert [e.kind for e in written] == [ev.OVERRIDE, ev.DISPUTE_RESOLVED]
        assert written[1].data["override_seq"] == written[0].seq
        after = store.session(sid)
        assert (after.disputes, after.open_disputes, after.overridden) == (2, 0, True)
        assert after.total is not None and after.total > (before.total or 0)
        assert store.scorecard(sid) == _rescored(store, sid)


@pytest.mark.parametrize(
    ("kind", "data", "words"),
    [
        ("dispute", {"trainee": "rina", "criterion": CRIT, "reason": " "}, "reason"),
        ("dispute", {"trainee": "", "criterion": CRIT, "reason": "x"}, "trainee"),
        ("dispute", {"trainee": "rina", "criterion": "nope", "reason": "x"}, "no criterion"),
        ("review_ack", {}, "trainee"),
        ("override", {"trainee": "rina"}, "review event is one of"),
        ("dispute_resolved", {"criterion": CRIT, "outcome": "maybe"}, "upheld or changed"),
        ("dispute_resolved", {"criterion": CRIT, "outcome": "upheld", "reviewer": "x"}, "comment"),
    ],
)
def test_review_events_are_checked(
    store_factory: StoreFactory, kind: str, data: dict[str, str], words: str
) -> None:
    with store_factory.open() as store:
        sid = record_call(store)
        n = len(store.events(sid))
        with pytest.raises(ValueError, match=words):
            store.add_review(sid, kind, data)
        assert len(store.events(sid)) == n


def test_review_events_need_a_finished_session(store_factory: StoreFactory) -> None:
    from mockcall.store import SessionNotFound
    from mockcall.store.api import NewSession

    with store_factory.open() as store:
        with pytest.raises(SessionNotFound):
            store.add_review("nope", ev.REVIEW_ACK, {"trainee": "rina"})
        live = store.begin(NewSession.from_call_started(play().events[0]))
        with pytest.raises(ValueError, match="no score"):
            store.add_review(live, ev.REVIEW_ACK, {"trainee": "rina"})
        with pytest.raises(ValueError, match="add_review"):
            store.append(live, play().events[0].__class__(1, 1.0, ev.DISPUTE, {}))


def test_calibration_scores_each_reviewer_alone(store_factory: StoreFactory) -> None:
    with store_factory.open() as store:
        sid = record_call(store, FATAL)
        store.add_override(sid, CRIT, "pass", "volunteered", "sari")
        store.add_override(sid, "greet_and_name", "fail", "no name", "lead")
        store.add_override(sid, CRIT, "pass", "agree", "Lead")
        [cal] = calibrate(store, [sid], gold="lead")
        names = [r.name for r in cal.reviewers]
        assert names == ["sari", "lead", "Lead"]
        rubric = telco()[2]
        log = store.events(sid)
        for judge in cal.reviewers:
            assert judge.total == score(reviewer_log(log, judge.name), rubric).total
        assert cal.auto.total == store.original_scorecard(sid)["total"]
        totals = [r.total for r in cal.reviewers]
        assert cal.spread == round(max(totals) - min(totals), 1)
        sari, lead, _ = cal.reviewers
        n = len(cal.criteria)
        assert lead.agreement == 100.0  # "lead" matches gold first, case-insensitively
        assert sari.agreement == round(100 * (n - 2) / n, 1)  # greeting, and CRIT
        assert calibrate(store, [sid])[0].reviewers[0].agreement is None
