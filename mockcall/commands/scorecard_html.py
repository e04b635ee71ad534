"""``mockcall sessions show ID --format html``: one scorecard as a page a trainer can mail or
print.

Self-contained on purpose: the CSS is inline and nothing is fetched (no fonts, scripts or
images), so the page reads the same in a mail client, offline, or on paper; every text from a
call or a reviewer is HTML-escaped, because a trainee's words are not markup.  The output is
deterministic (no generation time), so a page can be compared with an earlier one.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from mockcall.core.scoring.shown import points_shown, section_score_shown, section_weight

if TYPE_CHECKING:
    from mockcall.core.events import Event
    from mockcall.store.api import OverrideRecord, SessionMeta

CSS: Final = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;
max-width:52em;color:#1b1b1b;line-height:1.4}
h1{font-size:1.4em;margin-bottom:.2em}h2{font-size:1.1em;margin-top:1.6em;
border-bottom:1px solid #ccc}
.meta{color:#555}.verdict{font-size:1.2em;font-weight:bold}
.pass{color:#176b2c}.fail{color:#a11}.na{color:#666}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.2em .5em;
border-bottom:1px solid #eee;vertical-align:top}
.criterion{margin:.8em 0;padding:.4em .6em;border-left:4px solid #ccc;page-break-inside:avoid}
.criterion.pass{border-color:#2e8b47}.criterion.fail{border-color:#c33}
.criterion.na{border-color:#aaa}.criterion h3{font-size:1em;margin:0;color:#1b1b1b}
.evidence{font-family:ui-monospace,monospace;font-size:.9em;margin:.2em 0 .2em 1em}
.note{background:#fff6d5;padding:.2em .4em}.coaching{font-style:italic}
@media print{body{margin:0;max-width:none}a{color:inherit}}
"""

_MARK: Final = {"pass": "PASS", "fail": "FAIL", "na": "N/A"}


def page(
    meta: SessionMeta,
    events: Sequence[Event],
    card: Mapping[str, Any] | None,
    overrides: Sequence[OverrideRecord],
) -> str:
    """The whole HTML document for one session."""
    title = f"Scorecard {meta.id}"
    body = [f"<h1>{_e(title)}</h1>", _facts(meta)]
    if card is None:
        why = " (the call was abandoned)" if meta.status == "abandoned" else ""
        body.append(f"<p class=verdict>Not scored{_e(why)}</p>")
    else:
        body += [_verdict(meta, card), _sections(card), "<h2>Criteria</h2>"]
        body += [_criterion(c) for c in _ordered(card.get("criteria", ()))]
    if overrides:
        body.append(_history(overrides))
    return (
        "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n"
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def write_page(text: str, out: str | None) -> None:
    """To the file (written whole, then moved into place), or to stdout."""
    if not out:
        sys.stdout.write(text)
        return
    final = Path(out)
    partial = final.with_name(final.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(final)
    print(f"wrote {out}", file=sys.stderr)


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _num(value: object) -> str:
    return _e(f"{float(str(value)):g}")


def _facts(meta: SessionMeta) -> str:
    rows = [
        ("Trainee", meta.trainee or "-"),
        ("Account", meta.account),
        ("Persona", meta.persona),
        ("Mode", f"{meta.mode} · {meta.direction} {meta.channel} · seed {meta.seed}"),
        ("Started", meta.started_at),
        ("Status", meta.status + (f": {meta.ending}" if meta.ending else "")),
    ]
    if meta.duration is not None:
        minutes, seconds = divmod(round(meta.duration), 60)
        rows.append(("Call time", f"{minutes}:{seconds:02d}"))
    if meta.rubric_id:
        rows.append(("Rubric", f"{meta.rubric_id} v{meta.rubric_version}"))
    cells = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    return f"<table class=meta>{cells}</table>"


def _verdict(meta: SessionMeta, card: Mapping[str, Any]) -> str:
    passed = bool(card.get("passed"))
    text = f"{card.get('total')} / 100 — {'PASSED' if passed else 'FAILED'}"
    text += f" (pass mark {card.get('pass_mark')})"
    out = f"<p class='verdict {'pass' if passed else 'fail'}'>{_e(text)}</p>"
    if meta.overridden and meta.original_total is not None:
        out += f"<p>Reviewed: the call originally scored {_e(meta.original_total)}.</p>"
    fatal = list(card.get("fatal_failures", ()))
    if fatal:
        out += f"<p class=fail>Fatal errors: {_e(', '.join(fatal))}</p>"
    return out


def _sections(card: Mapping[str, Any]) -> str:
    rows = []
    for s in card.get("sections", ()):
        value = section_score_shown(bool(s.get("na")), float(s["score"]))
        rows.append(
            f"<tr><td>{_e(s.get('title') or s['id'])}</td><td>{_e(value)}</td>"
            f"<td>{_num(section_weight(s))}</td></tr>"
        )
    head = "<tr><th>Section</th><th>Score</th><th>Weight</th></tr>"
    return f"<h2>Sections</h2><table>{head}{''.join(rows)}</table>"


def _points(status: str, c: Mapping[str, Any]) -> str:
    shown = points_shown(status, c["earned"], c["points"])
    return shown if status == "na" else f"{shown} points"


def _ordered(criteria: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Failed fatal criteria first (what decided the verdict), then the rubric's order."""
    return sorted(criteria, key=lambda c: not (c.get("fatal") and c["status"] == "fail"))


def _criterion(c: Mapping[str, Any]) -> str:
    status = str(c["status"])
    fatal = " · FATAL" if c.get("fatal") else ""
    head = (
        f"<h3><span class={_e(status)}>[{_e(_MARK.get(status, status))}]</span> "
        f"{_e(c.get('title') or c['id'])}</h3>"
        f"<div class=meta>{_e(c['section'])}/{_e(c['id'])}{_e(fatal)} · "
        f"{_e(_points(status, c))}</div>"
    )
    parts = [head]
    if c.get("reason"):
        parts.append(f"<div>Why: {_e(c['reason'])}</div>")
    for e in c.get("evidence", ()):
        note = f" — {_e(e['note'])}" if e.get("note") else ""
        parts.append(
            f"<div class=evidence>#{_e(e['seq'])} {_e(e['speaker'])}: {_e(e['text'])}{note}</div>"
        )
    over = c.get("overridden")
    if over:
        parts.append(
            f"<div class=note>Reviewer {_e(over.get('reviewer', '?'))} changed "
            f"{_e(c.get('original_status'))} → {_e(over['status'])}: "
            f"{_e(over.get('comment', ''))}</div>"
        )
    if status == "fail" and c.get("coaching"):
        parts.append(f"<div class=coaching>Coaching: {_e(c['coaching'])}</div>")
    return f"<div class='criterion {_e(status)}'>{''.join(parts)}</div>"


def _history(overrides: Sequence[OverrideRecord]) -> str:
    rows = "".join(
        f"<tr><td>{_e(o.at)}</td><td>{_e(o.reviewer)}</td><td>{_e(o.criterion)}</td>"
        f"<td>{_e(o.previous_status)} → {_e(o.status)}</td><td>{_e(o.comment)}</td></tr>"
        for o in overrides
    )
    head = "<tr><th>When</th><th>Reviewer</th><th>Criterion</th><th>Change</th><th>Why</th></tr>"
    return f"<h2>Review notes</h2><table>{head}{rows}</table>"
