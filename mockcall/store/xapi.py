"""Stored sessions as xAPI 1.0.3 statements, for a Learning Record Store (LRS).

One statement per finished call — *trainee* **passed/failed/completed** *persona* — with the
score, the call time, one result extension per criterion and per section, and the account,
rubric hash and mode as context extensions.

Why the ids are built as they are:

* A statement is immutable in an LRS, and re-posting an id with other content is refused.
  So the id names the *score*, not just the session: ``uuid5(session)`` for the score the call
  got when it ended (the id every export before reviews existed used), and
  ``uuid5(session + score hash)`` once a reviewer's override changed it.  Exporting twice
  posts the same ids; a re-score posts a new one.
* The scores a session had before are read back from its log (each override is an event), so
  the export can send a ``voided`` statement for every earlier score that differs from the
  current one — an LRS then reports only the current score.  No state is kept outside the log.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from mockcall.store.api import SessionMeta

HOMEPAGE_ENV: Final = "MOCKCALL_XAPI_HOMEPAGE"
#: ``.invalid`` can never be registered (RFC 2606): a site that has not configured its own
#: homepage exports well-formed statements that point nowhere rather than at someone's site.
DEFAULT_HOMEPAGE: Final = "https://mockcall.invalid"
#: Activity ids and extension keys: fixed IRIs, independent of the configured homepage, so
#: statements of one persona stay one activity in the LRS whatever the site calls itself.
IRI: Final = "urn:mockcall"
XAPI_NAMESPACE: Final = uuid.uuid5(uuid.NAMESPACE_URL, IRI)
ADL_VERBS: Final[dict[str, str]] = {
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "voided": "http://adlnet.gov/expapi/verbs/voided",
}
SIMULATION: Final = "http://adlnet.gov/expapi/activities/simulation"
#: persona locale -> the language tag of its title
LANGUAGE_TAGS: Final[dict[str, str]] = {"id": "id-ID", "en": "en-US"}


@dataclass(frozen=True, slots=True)
class PersonaInfo:
    """What the persona library says about a persona; the store keeps only its id."""

    title: str
    locale: str


def homepage(flag: str | None = None) -> str:
    """``--homepage``, else ``$MOCKCALL_XAPI_HOMEPAGE``, else :data:`DEFAULT_HOMEPAGE`."""
    value = flag or os.environ.get(HOMEPAGE_ENV) or DEFAULT_HOMEPAGE
    if not value.startswith(("https://", "http://")):
        raise ValueError(f"the xAPI homepage must be an http(s) URL, not '{value}'")
    return value


def score_hash(card: Mapping[str, Any]) -> str:
    """What a score is, for the statement id: the total, the verdict and every criterion's
    status and points — not comments or reviewer names, which do not change the score."""
    essence = {
        "total": card.get("total"),
        "passed": card.get("passed"),
        "criteria": [[c["id"], c["status"], c["earned"]] for c in card.get("criteria", ())],
    }
    text = json.dumps(essence, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def statement_id(session_id: str, card: Mapping[str, Any] | None, original: str | None) -> str:
    """The id of the statement for this score of the session (``original``: the hash of the
    score at the end of the call; a card with that hash keeps the plain session id)."""
    if card is None or original is None or score_hash(card) == original:
        return str(uuid.uuid5(XAPI_NAMESPACE, f"session:{session_id}"))
    return str(uuid.uuid5(XAPI_NAMESPACE, f"session:{session_id}:score:{score_hash(card)}"))


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration (``PT4M12.5S``), as xAPI's ``result.duration`` wants it."""
    centis = round(max(seconds, 0.0) * 100)
    hours, rest = divmod(centis, 360000)
    minutes, rest = divmod(rest, 6000)
    secs = rest / 100
    out = "PT"
    if hours:
        out += f"{hours}H"
    if minutes:
        out += f"{minutes}M"
    if secs or out == "PT":
        out += f"{secs:g}S"
    return out


def xapi_verb(meta: SessionMeta) -> str:
    """passed / failed for a scored call, completed for a finished call without a rubric."""
    if meta.passed is None:
        return "completed"
    return "passed" if meta.passed else "failed"


def agent(name: str, home: str) -> dict[str, Any]:
    return {"objectType": "Agent", "name": name, "account": {"homePage": home, "name": name}}


def activity(persona_id: str, info: PersonaInfo | None) -> dict[str, Any]:
    """The persona as an activity, named by its title in its own language where known."""
    if info is None:
        name = {"en-US": persona_id}
    else:
        name = {LANGUAGE_TAGS.get(info.locale, "en-US"): info.title or persona_id}
    return {
        "objectType": "Activity",
        "id": f"{IRI}:persona:{persona_id}",
        "definition": {"name": name, "type": SIMULATION},
    }


def result_extensions(card: Mapping[str, Any] | None) -> dict[str, Any]:
    """One extension per criterion and per section, keyed by rubric so rubrics never mix."""
    if not card:
        return {}
    rubric = str(card.get("rubric_id") or "")
    out: dict[str, Any] = {}
    for s in card.get("sections", ()):
        out[f"{IRI}:section:{rubric}/{s['id']}"] = {
            "title": s.get("title", ""),
            "score": None if s.get("na") else round(float(s["score"]) * 100, 1),
            "weight": s.get("weight"),
        }
    for c in card.get("criteria", ()):
        out[f"{IRI}:criterion:{rubric}/{c['id']}"] = {
            "title": c.get("title", ""),
            "section": c.get("section"),
            "status": c["status"],
            "earned": c["earned"],
            "points": c["points"],
            "fatal": bool(c.get("fatal")),
        }
    return out


def _result(meta: SessionMeta, card: Mapping[str, Any] | None) -> dict[str, Any]:
    result: dict[str, Any] = {"completion": True}
    if meta.total is not None:
        result["score"] = {
            "scaled": round(meta.total / 100.0, 4),
            "raw": meta.total,
            "min": 0,
            "max": 100,
        }
        result["success"] = bool(meta.passed)
    if meta.duration is not None:
        result["duration"] = iso_duration(meta.duration)
    extensions = result_extensions(card)
    if extensions:
        result["extensions"] = extensions
    return result


def xapi_statement(
    meta: SessionMeta,
    card: Mapping[str, Any] | None = None,
    *,
    home: str = DEFAULT_HOMEPAGE,
    persona: PersonaInfo | None = None,
    statement: str | None = None,
) -> dict[str, Any] | None:
    """One statement for a finished session; None for live or abandoned ones (no result).

    ``statement`` is its id (:func:`statement_id`); by default the session's plain id.
    """
    if meta.status != "finished":
        return None
    verb = xapi_verb(meta)
    return {
        "id": statement or statement_id(meta.id, None, None),
        "actor": agent(meta.trainee, home),
        "verb": {"id": ADL_VERBS[verb], "display": {"en-US": verb}},
        "object": activity(meta.persona, persona),
        "result": _result(meta, card),
        "context": {
            "registration": str(uuid.uuid5(XAPI_NAMESPACE, f"registration:{meta.id}")),
            "extensions": {
                f"{IRI}:account": meta.account,
                f"{IRI}:rubric-hash": meta.rubric_hash,
                f"{IRI}:mode": meta.mode,
                f"{IRI}:session": meta.id,
            },
        },
        "timestamp": meta.ended_at or meta.started_at,
    }


def voiding_statement(voided: str, by: str, at: str, home: str) -> dict[str, Any]:
    """The statement that voids the statement ``voided`` (an earlier score of a session).

    Its own id derives from the voided one, so exporting twice voids once.
    """
    return {
        "id": str(uuid.uuid5(XAPI_NAMESPACE, f"void:{voided}")),
        "actor": agent(by or "mockcall", home),
        "verb": {"id": ADL_VERBS["voided"], "display": {"en-US": "voided"}},
        "object": {"objectType": "StatementRef", "id": voided},
        "timestamp": at,
    }


def earlier_ids(
    session_id: str, current: Mapping[str, Any], earlier: Sequence[Mapping[str, Any]]
) -> list[str]:
    """Ids of the statements for the earlier scores (oldest first, the call's own score first
    in ``earlier``) that differ from the current one: the ones to void."""
    if not earlier:
        return []
    original = score_hash(earlier[0])
    now = statement_id(session_id, current, original)
    ids = [statement_id(session_id, card, original) for card in earlier]
    return [i for i in dict.fromkeys(ids) if i != now]
