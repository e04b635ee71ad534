"""``mockcall sessions [list|show ID]``: stored calls for reviewers, as a table or JSON;
``show ID --format html`` writes a scorecard page to mail or print
(:mod:`mockcall.commands.scorecard_html`).  ``list`` takes the session filters shared with
``export`` and ``progress`` (:mod:`mockcall.commands.filters`).

``show`` prints what a reviewer needs to argue with a score: the transcript (with each line's
``#seq`` so evidence can point at it) and the typed replies the trainee flagged as not what they
meant, then the scorecard — fatal failures first, every
criterion with its reason, the evidence lines and any reviewer override beside the original.
Exit 3 for an unknown id, 4 when the database cannot be used; never a traceback.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from contextlib import closing
from typing import TYPE_CHECKING, Any

from mockcall.commands.common import error, store_command, table
from mockcall.commands.filters import open_for_reading, session_filter
from mockcall.core.scoring.shown import points_shown, section_score_shown, section_weight
from mockcall.exit_codes import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE

if TYPE_CHECKING:
    from mockcall.core.events import Event
    from mockcall.store.api import OverrideRecord, SessionFilter, SessionMeta, SessionStore
    from mockcall.store.reviews import Dispute


def run(args: argparse.Namespace) -> int:
    from mockcall.commands import review_actions

    if args.action in review_actions.ACTIONS:
        return review_actions.run(args)
    usage = _usage(args)
    if usage:
        error(usage)
        return EXIT_USAGE
    try:
        where = session_filter(args, limit=args.limit if args.limit and args.limit > 0 else None)
    except ValueError as exc:
        error(str(exc))
        return EXIT_USAGE

    def read() -> int:
        try:
            with closing(open_for_reading(args, announce=args.action == "list")) as store:
                if args.action == "show":
                    return _show(store, args.id, args.format, getattr(args, "out", None))
                return _list(store, where, args.format)
        except OSError as exc:
            error(f"cannot write {args.out}: {exc.strerror or exc}")
            return EXIT_PROBLEMS

    return store_command(read)


def _usage(args: argparse.Namespace) -> str:
    """What is wrong with the combination of options, or ""."""
    from mockcall.store.api import SESSION_STATUSES

    if getattr(args, "status", None) not in (None, *SESSION_STATUSES):
        return f"--status {args.status} is for 'sessions override' and 'sessions resolve'"
    if args.criterion:
        return f"'sessions {args.action}' takes one session id"
    if args.action == "show":
        if not args.id:
            return "'sessions show' needs a session id (see 'mockcall sessions list')"
        return ""
    if args.id:
        return f"'sessions list' takes no id (did you mean 'sessions show {args.id}'?)"
    if args.format == "html":
        return "--format html is for 'sessions show ID' (one scorecard page)"
    return ""


def _list(store: SessionStore, where: SessionFilter, fmt: str) -> int:
    metas = store.sessions(where)
    if fmt == "json":
        payload = {"sessions": [m.to_dict() for m in metas], "count": store.count(where)}
        print(json.dumps(payload, ensure_ascii=False))
        return EXIT_OK
    if not metas:
        print("no sessions stored yet" if store.count() == 0 else "no session matches")
        return EXIT_OK
    headers = ["id", "started", "trainee", "account", "persona", "mode", "status", "score"]
    rows = [
        [
            m.id,
            _when(m.started_at),
            m.trainee,
            m.account,
            m.persona,
            m.mode,
            m.status if m.status != "finished" else (m.ending or "finished"),
            _score(m.total, m.passed, m.fatal_count, m.overridden),
        ]
        for m in metas
    ]
    print(table(headers, rows))
    shown, total = len(metas), store.count(where)
    if total > shown:
        print(f"({shown} of {total}; use --limit N, or --limit 0 for all)")
    return EXIT_OK


def _when(iso: str | None) -> str:
    return "" if not iso else iso[:16].replace("T", " ")


def _score(total: float | None, passed: bool | None, fatal: int, overridden: bool) -> str:
    if total is None:
        return "-"
    verdict = "pass" if passed else ("FATAL" if fatal else "fail")
    return f"{total:.1f} {verdict}" + (" *" if overridden else "")


def _clock(t: float) -> str:
    minutes, seconds = divmod(round(t), 60)
    return f"{minutes}:{seconds:02d}"


def _show(store: SessionStore, session_id: str, fmt: str, out: str | None = None) -> int:
    from mockcall.store import SessionNotFound
    from mockcall.store.review_history import review_history
    from mockcall.store.reviews import disputes

    meta = store.session(session_id)
    if meta is None:
        raise SessionNotFound(session_id)
    events = store.events(session_id)
    card = store.scorecard(session_id)
    overrides = store.overrides(session_id)
    if fmt == "html":
        from mockcall.commands.scorecard_html import page, write_page

        write_page(page(meta, events, card, overrides), out)
        return EXIT_OK
    if fmt == "json":
        payload = {
            "session": meta.to_dict(),
            "events": [e.to_dict() for e in events],
            "scorecard": card,
            "original_scorecard": store.original_scorecard(session_id),
            "overrides": [_override_dict(o) for o in overrides],
            "history": [h.to_dict() for h in review_history(events)],
            "disputes": [_dispute_dict(d) for d in disputes(events)],
        }
        print(json.dumps(payload, ensure_ascii=False))
        return EXIT_OK
    print("\n".join(_render(meta, events, card)))
    return EXIT_OK


def _override_dict(o: OverrideRecord) -> dict[str, Any]:
    from dataclasses import asdict

    return dict(asdict(o))


def _dispute_dict(d: Dispute) -> dict[str, Any]:
    return {
        "seq": d.seq,
        "at": d.at,
        "criterion": d.criterion,
        "reason": d.reason,
        "trainee": d.trainee,
        "status": d.status,
        "open": d.open,
        "resolution": None if d.resolution is None else dict(d.resolution),
    }


def _render(
    meta: SessionMeta,
    events: Sequence[Event],
    card: Mapping[str, Any] | None,
) -> list[str]:
    """``sessions show`` as text lines; long because it follows the page it prints, in order."""
    from mockcall.core.events import transcript

    out = [
        f"session {meta.id}  ({meta.status}{': ' + meta.ending if meta.ending else ''})",
        f"trainee {meta.trainee or '-'} · account {meta.account} · persona {meta.persona} · "
        f"mode {meta.mode} · seed {meta.seed} · {meta.direction} {meta.channel}",
        f"started {meta.started_at}"
        + (f" · call time {_clock(meta.duration)}" if meta.duration is not None else "")
        + (
            f" · rubric {meta.rubric_id} v{meta.rubric_version} ({(meta.rubric_hash or '')[:12]})"
            if meta.rubric_id
            else ""
        ),
        "",
        "Transcript",
    ]
    lines = transcript(events)
    width = max((len(speaker) for _, speaker, _ in lines), default=8)
    for event, speaker, text in lines:
        out.append(f"  #{event.seq:<4} {_clock(event.t):>6}  {speaker:<{width}}  {text}")
    if not lines:
        out.append("  (nothing was said)")
    out += _flagged(events)
    out.append("")
    if card is None:
        out.append(
            "Not scored" + (" (the call was abandoned)" if meta.status == "abandoned" else "")
        )
        return out
    verdict = "PASSED" if card.get("passed") else "FAILED"
    head = f"Score {card.get('total')} / 100 — {verdict} (pass mark {card.get('pass_mark')})"
    if meta.overridden and meta.original_total is not None:
        head += f"; reviewed, originally {meta.original_total}"
    out.append(head)
    fatal = list(card.get("fatal_failures", ()))
    if fatal:
        out.append(f"Fatal errors: {', '.join(fatal)}")
    out.append("")
    out.append("Sections")
    sections = card.get("sections", ())
    rows = [
        [
            s["id"],
            section_score_shown(bool(s.get("na")), float(s["score"])),
            f"{section_weight(s):g}",
        ]
        for s in sections
    ]
    out += ["  " + line for line in table(["section", "score", "weight"], rows).splitlines()]
    out.append("")
    out.append("Criteria")
    criteria = sorted(
        card.get("criteria", ()), key=lambda c: not (c.get("fatal") and c["status"] == "fail")
    )
    for c in criteria:
        mark = {"pass": "pass", "fail": "FAIL", "na": "n/a "}.get(c["status"], c["status"])
        fatal_tag = " FATAL" if c.get("fatal") else ""
        out.append(
            f"  [{mark}] {c['section']}/{c['id']}{fatal_tag} "
            f"({points_shown(c['status'], c['earned'], c['points'])}) {c.get('title', '')}"
        )
        if c.get("reason"):
            out.append(f"         why: {c['reason']}")
        for e in c.get("evidence", ()):
            note = f"  — {e['note']}" if e.get("note") else ""
            out.append(
                f"         #{e['seq']} {_clock(float(e['t']))} {e['speaker']}: {e['text']}{note}"
            )
        over = c.get("overridden")
        if over:
            out.append(
                f"         override: {c.get('original_status')} -> {over['status']} by "
                f"{over.get('reviewer', '?')}: {over.get('comment', '')}"
            )
        if c["status"] == "fail" and c.get("coaching"):
            out.append(f"         coaching: {c['coaching']}")
    return out + _history(events)


def _flagged(events: Sequence[Event]) -> list[str]:
    """The typed replies the trainee flagged as not what they meant (practice calls), with what
    mockcall heard in each: the trainer's lead on a recogniser that misread them."""
    from mockcall.core import events as ev

    said = {e.seq: e for e in events if e.kind == ev.AGENT_SAID}
    out: list[str] = []
    for flag in (e for e in events if e.kind == ev.MISHEARD):
        d = flag.data
        seq = int(d.get("said", -1))
        reply = said.get(seq)
        at = _clock(reply.t) if reply is not None else "?"
        acts = ", ".join(str(a) for a in d.get("acts", ())) or "nothing"
        option = f"; counted as {d['option']}" if d.get("option") else "; no option taken"
        out.append(f'  #{seq:<4} {at:>6}  "{d.get("text", "")}" — heard: {acts}{option}')
    if not out:
        return []
    return ["", "Typed replies the trainee flagged as misread (not scored)", *out]


def _history(events: Sequence[Event]) -> list[str]:
    """Every judgement, acknowledgement, dispute and resolution, oldest first."""
    from mockcall.store.review_history import history_line, review_history

    items = review_history(events)
    if not items:
        return []
    return ["", "Review history", *("  " + history_line(h) for h in items)]
