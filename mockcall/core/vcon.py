"""vCon (IETF draft-ietf-vcon-vcon-core) in and out: a conversation container other tools read.

*Reading* turns a vCon into a :class:`~mockcall.core.transcript.Transcript`, so ``mockcall qa``
scores it exactly like a text transcript: ``parties`` give who is the agent (``role: agent``)
and who the customer; each ``dialog`` entry of ``type: text`` is one line (``start`` RFC 3339,
its ``parties``/``originator`` the speaker); the contact's header, the markers (holds,
transfers, escalations, the end) and the after-call work travel as ``attachments`` of type
``mockcall_contact``, ``mockcall_markers`` and ``mockcall_acw`` (JSON bodies).  A vCon from
another tool without them is read with defaults: the channel ``call`` when a dialog is a
recording, else ``chat``; locale from ``mockcall_contact`` else ``en``; inbound; the contact
starts at its first dialog.

*Writing* (:func:`vcon_of`) does the reverse from any event log (a stored session or a scored
transcript) and puts the scorecard in ``analysis`` (``type: qa_scorecard``, vendor
``mockcall``).  Text bodies use ``encoding: none``; JSON bodies ``encoding: json`` with the
value itself as the body.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, Final

from mockcall.core import events as ev
from mockcall.core.events import Event
from mockcall.core.model import Problem
from mockcall.core.transcript import MAX_BYTES, Line, Transcript
from mockcall.core.yamlsafe import Limits, read_text

VCON_VERSION: Final = "0.0.2"
VENDOR: Final = "mockcall"
_NAMESPACE: Final = uuid.uuid5(uuid.NAMESPACE_URL, "urn:mockcall:vcon")
_MARKER_KINDS: Final = {
    ev.HOLD_STARTED: "HOLD START",
    ev.HOLD_ENDED: "HOLD END",
    ev.ESCALATED: "ESCALATE",
    ev.CALL_ENDED: "END CALL",
}


# --------------------------------------------------------------------------- writing


def _iso(start: datetime | None, t: float) -> str:
    base = start if start is not None else datetime(1970, 1, 1).astimezone()
    return (base + timedelta(seconds=t)).isoformat(timespec="seconds")


def vcon_of(
    events: Sequence[Event],
    scorecard: Mapping[str, Any] | None = None,
    *,
    ident: str = "",
) -> dict[str, Any]:
    """A vCon of one contact's event log, with its scorecard (if any) as analysis."""
    started = next((e.data for e in events if e.kind == ev.CALL_STARTED), {})
    starts_at = str(started.get("starts_at") or "")
    try:
        start: datetime | None = datetime.fromisoformat(starts_at) if starts_at else None
    except ValueError:
        start = None
    raw_customer = started.get("customer")
    customer: Mapping[str, Any] = raw_customer if isinstance(raw_customer, Mapping) else {}
    parties = [
        {"name": str(started.get("agent") or started.get("trainee") or "Agent"), "role": "agent"},
        {"name": str(customer.get("name") or "Customer"), "role": "customer"},
    ]
    voice = started.get("channel", "call") == "call"
    dialog: list[dict[str, Any]] = []
    markers: list[dict[str, Any]] = []
    acw: dict[str, Any] = {}
    ended_t: float | None = None
    acw_start: float | None = None
    for e in events:
        if e.kind in (ev.AGENT_SAID, ev.CUSTOMER_SAID):
            who = 0 if e.kind == ev.AGENT_SAID else 1
            entry: dict[str, Any] = {
                "type": "text",
                "start": _iso(start, e.t),
                "parties": [who],
                "originator": who,
                "mediatype": "text/plain",
                "encoding": "none",
                "body": str(e.data.get("text", "")),
            }
            if voice and isinstance(e.data.get("seconds"), (int, float)):
                entry["duration"] = float(e.data["seconds"])
            dialog.append(entry)
        elif e.kind in _MARKER_KINDS:
            text = str(e.data.get("reason", "")) if e.kind == ev.ESCALATED else ""
            markers.append(
                {"t": e.t, "marker": _MARKER_KINDS[e.kind], "text": text, "after": len(dialog)}
            )
            if e.kind == ev.CALL_ENDED:
                ended_t = e.t
        elif e.kind == ev.TRANSFERRED:
            warm = e.data.get("kind") == "warm"
            briefing = e.data.get("briefing") if isinstance(e.data.get("briefing"), Mapping) else {}
            text = str((briefing or {}).get("text") or (briefing or {}).get("issue") or "")
            marker = "TRANSFER WARM" if warm else "TRANSFER COLD"
            markers.append(
                {"t": e.t, "marker": marker, "text": text if warm else "", "after": len(dialog)}
            )
        elif e.kind == ev.ACW_STARTED:
            acw_start = e.t
        elif e.kind == ev.ACW_NOTE:
            acw["notes"] = "\n".join(
                x for x in (acw.get("notes"), str(e.data.get("text", ""))) if x
            )
        elif e.kind == ev.DISPOSITION:
            acw["disposition"] = str(e.data.get("code", ""))
        elif e.kind == ev.ACW_ENDED:
            begin = acw_start if acw_start is not None else ended_t if ended_t is not None else e.t
            acw["seconds"] = round(max(0.0, e.t - begin))
    contact = {
        "account": str(started.get("account", "")),
        "channel": str(started.get("channel", "call")),
        "locale": str(started.get("locale", "id")),
        "direction": str(started.get("direction", "inbound")),
        "started": starts_at,
    }
    if customer.get("name"):
        contact["customer"] = str(customer["name"])
    if started.get("agent"):
        contact["agent"] = str(started["agent"])
    attachments: list[dict[str, Any]] = [
        {"type": "mockcall_contact", "encoding": "json", "body": contact},
        {"type": "mockcall_markers", "encoding": "json", "body": markers},
    ]
    if acw:
        attachments.append({"type": "mockcall_acw", "encoding": "json", "body": acw})
    out: dict[str, Any] = {
        "vcon": VCON_VERSION,
        "uuid": str(uuid.uuid5(_NAMESPACE, ident or json.dumps(contact, sort_keys=True))),
        "created_at": _iso(start, 0.0),
        "subject": f"{contact['account'] or 'contact'} {contact['channel']} {contact['direction']}",
        "parties": parties,
        "dialog": dialog,
        "attachments": attachments,
        "analysis": [],
    }
    if scorecard is not None:
        out["analysis"].append(
            {
                "type": "qa_scorecard",
                "dialog": list(range(len(dialog))),
                "vendor": VENDOR,
                "encoding": "json",
                "body": dict(scorecard),
            }
        )
    return out


# --------------------------------------------------------------------------- reading


def read_vcon(path: str) -> tuple[Transcript | None, list[Problem]]:
    text, problems = read_text(path, Limits(max_bytes=MAX_BYTES))
    if text is None:
        return None, problems
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, [Problem(path, exc.lineno, exc.colno, "bad-json", exc.msg)]
    return from_vcon(data, path)


def _body(item: Mapping[str, Any]) -> Any:
    body = item.get("body")
    if item.get("encoding") == "json" and isinstance(body, str):
        try:
            return json.loads(body)
        except json.JSONDecodeError:
            return None
    return body


def _when(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def from_vcon(data: Any, file: str) -> tuple[Transcript | None, list[Problem]]:
    """A vCon object as a transcript; problems name the JSON path instead of a line."""
    problems: list[Problem] = []

    def bad(where: str, code: str, message: str) -> None:
        problems.append(Problem(file, 1, 1, code, f"{where}: {message}"))

    if not isinstance(data, Mapping):
        bad("$", "bad-vcon", "a vCon is a JSON object")
        return None, problems
    parties = data.get("parties")
    dialog = data.get("dialog")
    if not isinstance(parties, list) or not parties:
        bad("$.parties", "bad-vcon", "a vCon needs its parties")
        parties = []
    if not isinstance(dialog, list):
        bad("$.dialog", "bad-vcon", "a vCon needs a dialog array")
        dialog = []
    attachments = {
        str(a.get("type") or a.get("purpose") or ""): _body(a)
        for a in data.get("attachments") or []
        if isinstance(a, Mapping)
    }
    contact = attachments.get("mockcall_contact")
    contact = contact if isinstance(contact, Mapping) else {}
    roles: dict[int, str] = {}
    for i, party in enumerate(parties):
        role = str(party.get("role", "")).casefold() if isinstance(party, Mapping) else ""
        if role in ("agent", "customer"):
            roles[i] = role
    if parties and "agent" not in roles.values():
        bad("$.parties", "bad-vcon", "no party has role 'agent'")
    texts = [
        (i, d) for i, d in enumerate(dialog) if isinstance(d, Mapping) and d.get("type") == "text"
    ]
    starts = [_when(d.get("start")) for _, d in texts]
    contact_start = _when(contact.get("started")) or min(
        (s for s in starts if s is not None), default=None
    )
    if contact_start is None:
        bad("$.dialog", "bad-vcon", "no dialog start time to place the lines")
    lines: list[tuple[float, Line]] = []
    for (i, d), when in zip(texts, starts, strict=True):
        if when is None:
            bad(f"$.dialog[{i}].start", "bad-time", "not an RFC 3339 date-time with an offset")
            continue
        who = d.get("originator", d.get("parties"))
        if isinstance(who, list):
            who = who[0] if who else None
        speaker = roles.get(who) if isinstance(who, int) else None
        if speaker is None:
            bad(f"$.dialog[{i}]", "missing-speaker", "its party is neither agent nor customer")
            continue
        body = d.get("body")
        if not isinstance(body, str):
            bad(f"$.dialog[{i}].body", "bad-vcon", "a text dialog's body is a string")
            continue
        t = (when - contact_start).total_seconds() if contact_start is not None else 0.0
        lines.append((float(i), Line(i + 1, round(t), speaker, body.strip())))
    markers = attachments.get("mockcall_markers")
    for m in markers if isinstance(markers, list) else []:
        if isinstance(m, Mapping) and isinstance(m.get("t"), (int, float)):
            # ``after``: how many dialog entries came before it, so a marker keeps its place
            # among lines of the same second (HOLD END before the thanks for waiting).
            after = m.get("after")
            place = float(after) - 0.5 if isinstance(after, int) else float(len(dialog))
            marker = Line(0, round(m["t"]), "", str(m.get("text", "")), str(m.get("marker")))
            lines.append((place, marker))
    lines.sort(key=lambda item: (item[1].t, item[0]))
    acw = attachments.get("mockcall_acw")
    acw = acw if isinstance(acw, Mapping) else {}
    if problems:
        return None, problems
    recording = any(isinstance(d, Mapping) and d.get("type") == "recording" for d in dialog)
    started = contact.get("started") or (
        contact_start.isoformat(timespec="seconds") if contact_start else ""
    )
    header = {
        "account": str(contact.get("account", "")),
        "channel": str(contact.get("channel") or ("call" if recording else "chat")),
        "locale": str(contact.get("locale") or "en"),
        "direction": str(contact.get("direction") or "inbound"),
        "started": str(started),
    }
    for key in ("customer", "agent"):
        if contact.get(key):
            header[key] = str(contact[key])
    seconds = acw.get("seconds")
    return (
        Transcript(
            file,
            header,
            tuple(line for _, line in lines),
            int(seconds) if isinstance(seconds, (int, float)) else None,
            str(acw["disposition"]) if acw.get("disposition") else None,
            str(acw["notes"]) if acw.get("notes") else None,
        ),
        [],
    )
