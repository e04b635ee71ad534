"""``mockcall export --format xapi``: statements for the current scores, and ``voided``
statements for the earlier scores a review replaced (see :mod:`mockcall.store.xapi`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from mockcall.store.api import SessionFilter, SessionRecord, SessionStore
    from mockcall.store.xapi import PersonaInfo


def write_xapi(
    store: SessionStore,
    where: SessionFilter,
    out: TextIO,
    home: str,
    personas: dict[str, PersonaInfo],
) -> int:
    """A JSON array of statements; returns how many sessions were written."""
    finished = replace(where, status="finished")  # only finished calls have a result
    n = sessions = 0
    out.write("[")
    for record in store.records(finished, with_events=False):
        statements = list(session_statements(store, record, home, personas))
        sessions += bool(statements)
        for statement in statements:
            out.write(",\n" if n else "\n")
            out.write(json.dumps(statement, ensure_ascii=False))
            n += 1
    out.write("\n]\n" if n else "]\n")
    return sessions


def session_statements(
    store: SessionStore, record: SessionRecord, home: str, personas: dict[str, PersonaInfo]
) -> Iterator[dict[str, Any]]:
    """The session's statement, then one ``voided`` per earlier, different score."""
    from mockcall.store.history import earlier_scores
    from mockcall.store.xapi import (
        earlier_ids,
        score_hash,
        statement_id,
        voiding_statement,
        xapi_statement,
    )

    meta, card = record.meta, record.scorecard
    earlier = earlier_scores(store, meta.id) if meta.overridden and card else []
    original = score_hash(earlier[0]) if earlier else None
    sid = statement_id(meta.id, card, original)
    statement = xapi_statement(
        meta, card, home=home, persona=personas.get(meta.persona), statement=sid
    )
    if statement is None:
        return
    yield statement
    if not earlier or card is None:
        return
    last = store.overrides(meta.id)[-1]
    for old in earlier_ids(meta.id, card, earlier):
        yield voiding_statement(old, last.reviewer, last.at, home)
