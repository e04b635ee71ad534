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
    contact = _contact(started)
    writer = _Writer(_start_of(contact["started"]), started.get("channel", "call") == "call")
    for e in events:
        writer.add(e)
    attachments: list[dict[str, Any]] = [
        {"type": "mockcall_contact", "encoding": "json", "body": contact},
        {"type": "mockcall_markers", "encoding": "json", "body": writer.markers},
    ]
    if writer.acw:
        attachments.append({"type": "mockcall_acw", "encoding": "json", "body": writer.acw})
    raw_customer = started.get("customer")
    customer: Mapping[str, Any] = raw_customer if isinstance(raw_customer, Mapping) else {}
    agent = str(started.get("agent") or started.get("trainee") or "Agent")
    out: dict[str, Any] = {
        "vcon": VCON_VERSION,
        "uuid": str(uuid.uuid5(_NAMESPACE, ident or json.dumps(contact, sort_keys=True))),
        "created_at": _iso(writer.start, 0.0),
        "subject": f"{contact['account'] or 'contact'} {contact['channel']} {contact['direction']}",
        "parties": [
            {"name": agent, "role": "agent"},
            {"name": str(customer.get("name") or "Customer"), "role": "customer"},
        ],
        "dialog": writer.dialog,
        "attachments": attachments,
        "analysis": [],
    }
    if scorecard is not None:
        out["analysis"].append(
            {
                "type": "qa_scorecard",
                "dialog": list(range(len(writer.dialog))),
                "vendor": VENDOR,
                "encoding": "json",
                "body": dict(scorecard),
            }
        )
    return out


def _start_of(starts_at: str) -> datetime | None:
    try:
        return datetime.fromisoformat(starts_at) if starts_at else None
    except ValueError:
        return None


def _contact(started: Mapping[str, Any]) -> dict[str, Any]:
    """The ``mockcall_contact`` attachment: the transcript header a reader rebuilds."""
    raw_customer = started.get("customer")
    customer: Mapping[str, Any] = raw_customer if isinstance(raw_customer, Mapping) else {}
    contact = {
        "account": str(started.get("account", "")),
        "channel": str(started.get("channel", "call")),
        "locale": str(started.get("locale", "id")),
        "direction": str(started.get("direction", "inbound")),
        "started": str(started.get("starts_at") or ""),
    }
    if customer.get("name"):
        contact["customer"] = str(customer["name"])
    if started.get("agent"):
        contact["agent"] = str(started["agent"])
    return contact


class _Writer:
    """The log's lines as vCon text dialog; holds, transfers, escalation and the end as
    mockcall's markers (each with its place among the lines); the after-call work."""

    def __init__(self, start: datetime | None, voice: bool) -> None:
        self.start, self.voice = start, voice
        self.dialog: list[dict[str, Any]] = []
        self.markers: list[dict[str, Any]] = []
        self.acw: dict[str, Any] = {}
        self.ended_t: float | None = None
        self.acw_start: float | None = None

    def add(self, e: Event) -> None:
        if e.kind in (ev.AGENT_SAID, ev.CUSTOMER_SAID):
            self._line(e)
        elif e.kind in _MARKER_KINDS:
            text = str(e.data.get("reason", "")) if e.kind == ev.ESCALATED else ""
            self._marker(e.t, _MARKER_KINDS[e.kind], text)
            if e.kind == ev.CALL_ENDED:
                self.ended_t = e.t
        elif e.kind == ev.TRANSFERRED:
            warm = e.data.get("kind") == "warm"
            briefing = e.data.get("briefing") if isinstance(e.data.get("briefing"), Mapping) else {}
            text = str((briefing or {}).get("text") or (briefing or {}).get("issue") or "")
            self._marker(e.t, "TRANSFER WARM" if warm else "TRANSFER COLD", text if warm else "")
        else:
            self._after_call(e)

    def _line(self, e: Event) -> None:
        who = 0 if e.kind == ev.AGENT_SAID else 1
        entry: dict[str, Any] = {
            "type": "text",
            "start": _iso(self.start, e.t),
            "parties": [who],
            "originator": who,
            "mediatype": "text/plain",
            "encoding": "none",
            "body": str(e.data.get("text", "")),
        }
        if self.voice and isinstance(e.data.get("seconds"), (int, float)):
            entry["duration"] = float(e.data["seconds"])
        self.dialog.append(entry)

    def _marker(self, t: float, marker: str, text: str) -> None:
        self.markers.append({"t": t, "marker": marker, "text": text, "after": len(self.dialog)})

    def _after_call(self, e: Event) -> None:
        if e.kind == ev.ACW_STARTED:
            self.acw_start = e.t
        elif e.kind == ev.ACW_NOTE:
            notes = (self.acw.get("notes"), str(e.data.get("text", "")))
            self.acw["notes"] = "\n".join(x for x in notes if x)
        elif e.kind == ev.DISPOSITION:
            self.acw["disposition"] = str(e.data.get("code", ""))
        elif e.kind == ev.ACW_ENDED:
            begin = next((t for t in (self.acw_start, self.ended_t) if t is not None), e.t)
            self.acw["seconds"] = round(max(0.0, e.t - begin))


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
    r = _Reading(file)
    if not isinstance(data, Mapping):
        r.bad("$", "bad-vcon", "a vCon is a JSON object")
        return None, r.problems
    parties, dialog = r.parts(data)
    attachments = {
        str(a.get("type") or a.get("purpose") or ""): _body(a)
        for a in data.get("attachments") or []
        if isinstance(a, Mapping)
    }
    contact = _mapping(attachments.get("mockcall_contact"))
    roles = r.roles(parties)
    texts = [
        (i, d) for i, d in enumerate(dialog) if isinstance(d, Mapping) and d.get("type") == "text"
    ]
    starts = [_when(d.get("start")) for _, d in texts]
    contact_start = _when(contact.get("started")) or min(
        (s for s in starts if s is not None), default=None
    )
    if contact_start is None:
        r.bad("$.dialog", "bad-vcon", "no dialog start time to place the lines")
    lines = r.lines(texts, starts, roles, contact_start)
    lines += _markers(attachments.get("mockcall_markers"), len(dialog))
    lines.sort(key=lambda item: (item[1].t, item[0]))
    if r.problems:
        return None, r.problems
    recording = any(isinstance(d, Mapping) and d.get("type") == "recording" for d in dialog)
    header = _header(contact, contact_start, recording)
    acw = _mapping(attachments.get("mockcall_acw"))
    seconds = acw.get("seconds")
    transcript = Transcript(
        file,
        header,
        tuple(line for _, line in lines),
        int(seconds) if isinstance(seconds, (int, float)) else None,
        str(acw["disposition"]) if acw.get("disposition") else None,
        str(acw["notes"]) if acw.get("notes") else None,
    )
    return transcript, []


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class _Reading:
    """One vCon being read: its problems, each naming a JSON path (a vCon has no lines)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def bad(self, where: str, code: str, message: str) -> None:
        self.problems.append(Problem(self.file, 1, 1, code, f"{where}: {message}"))

    def parts(self, data: Mapping[str, Any]) -> tuple[list[Any], list[Any]]:
        parties, dialog = data.get("parties"), data.get("dialog")
        if not isinstance(parties, list) or not parties:
            self.bad("$.parties", "bad-vcon", "a vCon needs its parties")
            parties = []
        if not isinstance(dialog, list):
            self.bad("$.dialog", "bad-vcon", "a vCon needs a dialog array")
            dialog = []
        return parties, dialog

    def roles(self, parties: Sequence[Any]) -> dict[int, str]:
        """Party index -> agent / customer; a vCon without an agent cannot be scored."""
        roles: dict[int, str] = {}
        for i, party in enumerate(parties):
            role = str(party.get("role", "")).casefold() if isinstance(party, Mapping) else ""
            if role in ("agent", "customer"):
                roles[i] = role
        if parties and "agent" not in roles.values():
            self.bad("$.parties", "bad-vcon", "no party has role 'agent'")
        return roles

    def lines(
        self,
        texts: Sequence[tuple[int, Mapping[str, Any]]],
        starts: Sequence[datetime | None],
        roles: Mapping[int, str],
        contact_start: datetime | None,
    ) -> list[tuple[float, Line]]:
        """Each text dialog as a line at its second from the contact's start."""
        lines: list[tuple[float, Line]] = []
        for (i, d), when in zip(texts, starts, strict=True):
            if when is None:
                self.bad(
                    f"$.dialog[{i}].start", "bad-time", "not an RFC 3339 date-time with an offset"
                )
                continue
            who = d.get("originator", d.get("parties"))
            if isinstance(who, list):
                who = who[0] if who else None
            speaker = roles.get(who) if isinstance(who, int) else None
            if speaker is None:
                self.bad(
                    f"$.dialog[{i}]", "missing-speaker", "its party is neither agent nor customer"
                )
                continue
            body = d.get("body")
            if not isinstance(body, str):
                self.bad(f"$.dialog[{i}].body", "bad-vcon", "a text dialog's body is a string")
                continue
            t = (when - contact_start).total_seconds() if contact_start is not None else 0.0
            lines.append((float(i), Line(i + 1, round(t), speaker, body.strip())))
        return lines


def _markers(markers: Any, dialog_length: int) -> list[tuple[float, Line]]:
    """mockcall's markers, each placed among the lines: ``after`` is how many dialog entries
    came before it, so a marker keeps its place among lines of the same second (HOLD END
    before the thanks for waiting)."""
    out: list[tuple[float, Line]] = []
    for m in markers if isinstance(markers, list) else []:
        if isinstance(m, Mapping) and isinstance(m.get("t"), (int, float)):
            after = m.get("after")
            place = float(after) - 0.5 if isinstance(after, int) else float(dialog_length)
            marker = Line(0, round(m["t"]), "", str(m.get("text", "")), str(m.get("marker")))
            out.append((place, marker))
    return out


def _header(
    contact: Mapping[str, Any], contact_start: datetime | None, recording: bool
) -> dict[str, str]:
    """The transcript header: mockcall's contact attachment, else what a vCon from another
    tool implies (an English chat, a call when a dialog is a recording)."""
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
    return header
