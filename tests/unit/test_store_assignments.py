"""Assignments from the floor: stored on both backends, progress read from finished sessions."""

from __future__ import annotations

import pytest
from store_helpers import StoreFactory, record_call, telco

from mockcall.store.api import NewAssignment
from mockcall.store.errors import AssignmentNotFound

PERSONA = telco()[0].id
ACCOUNT = telco()[0].account


def test_an_assignment_reads_back_open_until_the_trainee_finishes_a_matching_call(
    store_factory: StoreFactory,
) -> None:
    store = store_factory.open()
    given = store.assign(
        NewAssignment(
            " Rina ", "practice", persona=PERSONA, note=" hold etiquette ", assigned_by="Bu Sari"
        )
    )
    assert (given.trainee, given.target, given.note, given.assigned_by) == (
        "Rina",
        PERSONA,
        "hold etiquette",
        "Bu Sari",
    )
    assert (given.done_calls, given.open, given.last_session) == (0, True, None)
    assert [a.id for a in store.assignments("rina", open_only=True)] == [given.id]

    session = record_call(store, trainee="RINA")  # names match whatever the case
    done = store.assignments("Rina")[0]
    assert (done.done_calls, done.done, done.open) == (1, True, False)
    assert done.last_session == session
    assert done.last_total == store.session(session).total
    assert store.assignments("rina", open_only=True) == []


def test_calls_before_the_assignment_or_in_another_mode_do_not_count(
    store_factory: StoreFactory,
) -> None:
    store = store_factory.open()
    record_call(store, trainee="rina", started_at="2020-01-01T00:00:00.000Z")
    a = store.assign(NewAssignment("rina", "assessment", persona=PERSONA, calls=2))
    record_call(store, trainee="rina")  # practice mode: not the assessment asked for
    record_call(store, trainee="dewi")
    assert store.assignments("rina")[0].done_calls == 0
    assert store.assignments("rina")[0].open
    assert a.calls == 2


def test_a_shift_is_assigned_by_account_and_counts_shift_calls_only(
    store_factory: StoreFactory,
) -> None:
    store = store_factory.open()
    shift = store.assign(NewAssignment("rina", "shift", account=ACCOUNT, calls=3))
    assert (shift.persona, shift.account, shift.target) == (None, ACCOUNT, ACCOUNT)
    record_call(store, trainee="rina")
    assert store.assignments()[0].done_calls == 0


def test_cancelling_closes_it_and_keeps_the_record(store_factory: StoreFactory) -> None:
    store = store_factory.open()
    a = store.assign(NewAssignment("rina", "practice", persona=PERSONA))
    b = store.assign(NewAssignment("dewi", "practice", persona=PERSONA))
    cancelled = store.cancel_assignment(a.id)
    assert cancelled.cancelled_at is not None and not cancelled.open
    again = store.cancel_assignment(a.id)
    assert again.cancelled_at == cancelled.cancelled_at
    assert [x.id for x in store.assignments(open_only=True)] == [b.id]
    assert [x.id for x in store.assignments()] == [b.id, a.id]  # newest first
    with pytest.raises(AssignmentNotFound, match="no assignment #999"):
        store.cancel_assignment(999)


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (NewAssignment("  ", "practice", persona=PERSONA), "trainee's name"),
        (NewAssignment("rina", "shift", persona=PERSONA), "by account"),
        (NewAssignment("rina", "practice", account=ACCOUNT), "by persona"),
        (NewAssignment("rina", "practice", persona=PERSONA, calls=0), "between 1 and 50"),
        (NewAssignment("rina", "exam", persona=PERSONA), "mode must be"),  # type: ignore[arg-type]
    ],
)
def test_a_request_that_makes_no_sense_is_refused_and_nothing_is_stored(
    store_factory: StoreFactory, new: NewAssignment, message: str
) -> None:
    store = store_factory.open()
    with pytest.raises(ValueError, match=message):
        store.assign(new)
    assert store.assignments() == []
