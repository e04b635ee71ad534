#!/usr/bin/env python3
"""Authoring aid for the hand-labelled QA corpus (not a scorer).

Reads src/*.dsl: each block is a transcript written with relative timing plus
my hand-chosen criterion statuses.  Writes transcripts/NN-name.txt (QA.md format)
and labels/NN-name.json.  It also prints timing facts (silences, chat waits,
hold lengths, calling-hours) so I can check my hand labels against the
words-per-second rule, and refuses to write a label that contradicts them.
"""
import glob, json, math, os, re, sys, datetime
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CARD = [  # section, weight, criteria
    ("opening", 5, ["greeting", "own_name", "company", "offer_or_purpose"]),
    ("verification", 10, ["verified", "before_disclosure", "consent_dnc"]),
    ("listening_probing", 15, ["no_interrupt", "probing", "acknowledge"]),
    ("empathy_deescalation", 15, ["name_feeling", "apology", "ownership", "no_triggers"]),
    ("hold_silence_transfer", 10, ["hold_permission", "hold_checkback", "hold_under_2min",
                                   "no_dead_air", "transfer_escalation"]),
    ("accuracy_ownership", 25, ["correct_info", "right_solution", "no_unauthorised_promise",
                                "ownership_next_step"]),
    ("closing", 5, ["summary", "anything_else", "thanks_brand"]),
    ("acw", 10, ["notes_complete", "disposition", "within_limit"]),
    ("language", 5, ["register", "no_slang", "uses_name"]),
]
SECTION_OF = {c: s for s, _, cs in CARD for c in cs}
FATALS = {"disclose_before_verify", "request_secret", "rude", "blame_customer",
          "unauthorized_promise", "blind_transfer_on_supervisor_request",
          "dnc_violation", "outside_calling_hours"}
DISPOSITIONS = {"resolved-first-contact", "ticket-created", "escalated", "transferred",
                "callback-scheduled", "DNC-request", "not-interested", "promise-to-pay",
                "sale", "no-answer", "wrong-number"}
# calling hours as data: region -> {weekday(0=Mon): (start, end)}; missing day = no calls
HOURS = {
    "ID": {d: ("08:00", "18:00") for d in range(6)},
    "US": {d: ("08:00", "21:00") for d in range(7)},
    "UK": {d: ("08:00", "21:00") for d in range(6)},
    "AU": {**{d: ("09:00", "20:00") for d in range(5)}, 5: ("09:00", "17:00")},
}


def region(offset_h):
    if offset_h in (7, 8, 9): return "ID"
    if -10 <= offset_h <= -4: return "US"
    if offset_h in (0, 1): return "UK"
    if offset_h in (10, 11): return "AU"
    raise ValueError(offset_h)


def fmt(t):
    return "[%02d:%02d]" % (t // 60, t % 60)


def spoken(text, locale):
    words = len(text.split())
    return math.ceil(words / (2.2 if locale == "id" else 2.5))


def parse_time(s):  # "mm:ss" or "mmm:ss"
    m, s2 = s.split(":")
    return int(m) * 60 + int(s2)


def build(block, name):
    head, rest = block.split("\n---\n", 1)
    hdr = dict(l.split(": ", 1) for l in head.strip().splitlines())
    body, labels = rest.split("\nLABELS\n", 1)
    loc, ch = hdr["locale"], hdr["channel"]
    events = []  # (t, kind, speaker/marker, text, dur)
    tail = []
    prev_start = prev_end = 0
    prev_spk = None
    first = True
    for raw in body.strip().splitlines():
        raw = raw.rstrip()
        if not raw:
            continue
        if raw.startswith(("ACW:", "DISPOSITION:", "NOTES:")):
            tail.append(raw)
            continue
        gap = None
        at = None
        m = re.match(r"^([+-]\d+)\s+(.*)$", raw)
        if m:
            gap, raw = int(m.group(1)), m.group(2)
        m = re.match(r"^@(\d+:\d\d)\s+(.*)$", raw)
        if m:
            at, raw = parse_time(m.group(1)), m.group(2)
        m = re.match(r"^(A|C): (.*)$", raw)
        if m:
            spk = "AGENT" if m.group(1) == "A" else "CUSTOMER"
            text = m.group(2)
            if at is None:
                if first:
                    at = 0
                elif ch == "call":
                    at = prev_end + ((2 + len(events) % 7) if gap is None else gap)
                else:  # chat: typing time after previous message
                    if gap is None:
                        k = len(events) % 4
                        gap = (22 + 6 * k) if (spk == "AGENT" and prev_spk == "CUSTOMER") else (
                            (15 + 7 * k) if spk == "CUSTOMER" and prev_spk != "CUSTOMER" else 12)
                    at = prev_start + gap if prev_spk else prev_end + gap
            dur = spoken(text, loc) if ch == "call" else 0
            events.append([at, "line", spk, text, dur])
            prev_start, prev_end, prev_spk = at, at + dur, spk
            first = False
            continue
        m = re.match(r"^HOLD (\d+)$", raw)
        if m:
            t0 = (prev_end + (1 if gap is None else gap)) if at is None else at
            t1 = t0 + int(m.group(1))
            events.append([t0, "marker", "HOLD START", "", 0])
            events.append([t1, "marker", "HOLD END", "", 0])
            prev_start = prev_end = t1
            prev_spk = "HOLD"
            continue
        if raw.startswith(("TRANSFER WARM:", "TRANSFER COLD", "ESCALATE:", "END CALL")):
            t0 = (prev_end + (1 if gap is None else gap)) if at is None else at
            events.append([t0, "marker", raw, "", 0])
            prev_start = prev_end = t0
            continue
        raise SystemExit(f"{name}: cannot parse body line {raw!r}")
    # ---- write transcript
    lines = [f"# {k}: {hdr[k]}" for k in ("account", "channel", "locale", "direction", "started")]
    for t, kind, who, text, _ in events:
        lines.append(f"{fmt(t)} {who}: {text}" if kind == "line" else f"{fmt(t)} {who}")
    lines += tail
    txt = "\n".join(lines) + "\n"
    # ---- timing facts
    facts = {}
    ts = [e[0] for e in events]
    assert ts == sorted(ts), (name, "time goes backwards")
    holds, hold_start = [], None
    silences, overlaps = [], []
    for i, e in enumerate(events):
        if e[2] == "HOLD START": hold_start = e[0]
        if e[2] == "HOLD END": holds.append(e[0] - hold_start); hold_start = None
    if ch == "call":
        for a, b in zip(events, events[1:]):
            if a[2] == "HOLD START":
                continue
            g = b[0] - (a[0] + a[4])
            if g > 15: silences.append((fmt(a[0]), g))
            if g < 0 and not a[3].endswith("—"): overlaps.append((fmt(a[0]), g))
    waits = []
    if ch == "chat":
        pending, n_reply, hold = None, 0, False
        for e in events:
            if e[2] == "HOLD START": hold = True; pending_h = e[0]
            if e[2] == "HOLD END": hold = False
            if e[1] != "line": continue
            if e[2] == "CUSTOMER" and pending is None: pending = e[0]
            if e[2] == "AGENT" and pending is not None:
                waits.append((fmt(e[0]), e[0] - pending, "first" if n_reply == 0 else "later"))
                n_reply += 1; pending = None
        # (holds inside chats are avoided in this corpus)
    started = datetime.datetime.fromisoformat(hdr["started"])
    off = int(started.utcoffset().total_seconds() // 3600)
    reg = region(off)
    win = HOURS[reg].get(started.weekday())
    hhmm = started.strftime("%H:%M")
    inside = bool(win) and win[0] <= hhmm < win[1]
    facts = dict(holds=holds, silences_over_15=silences, overlaps=overlaps,
                 chat_waits=waits, region=reg, weekday=started.strftime("%a"), local=hhmm,
                 inside_hours=inside if hdr["direction"] == "outbound" else None)
    # ---- labels
    status = {}
    sec_na = set()
    fatal = []
    notes = []
    has_hold = bool(holds)
    for s, _, cs in CARD:
        for c in cs:
            status[c] = ["met", None]
    if hdr["direction"] == "inbound": status["consent_dnc"] = ["na", None]
    if not has_hold:
        for c in ("hold_permission", "hold_checkback", "hold_under_2min"): status[c] = ["na", None]
    status["transfer_escalation"] = ["na", None]
    if ch != "call": status["no_slang"] = ["na", None]
    if ch == "email": sec_na.add("hold_silence_transfer")
    for raw in labels.strip().splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"): continue
        if raw.startswith("FATAL:"):
            fatal = [f.strip() for f in raw[6:].split(",") if f.strip()]
            continue
        if raw.startswith("NOTE:"):
            notes.append(raw[5:].strip()); continue
        m = re.match(r'^(\w+): (met|missed|na)(?: "(.*)")?$', raw)
        if not m: raise SystemExit(f"{name}: bad label line {raw!r}")
        key, st, ev = m.groups()
        if key in dict((s, 1) for s, _, _ in CARD):
            assert st == "na"; sec_na.add(key); continue
        assert key in SECTION_OF, (name, key)
        status[key] = [st, ev]
    for s in sec_na:
        for c in dict((x, cs) for x, _, cs in CARD)[s]: status[c] = ["na", None]
    # evidence lookup
    def find(sub):
        for t, kind, who, text, _ in events:
            full = f"{fmt(t)} {who}: {text}" if kind == "line" else f"{fmt(t)} {who}"
            if sub in full: return full
        for l in tail:
            if sub in l: return l
        raise SystemExit(f"{name}: evidence {sub!r} not found")
    crit = []
    for s, _, cs in CARD:
        for c in cs:
            st, ev = status[c]
            if st == "missed" and not ev: raise SystemExit(f"{name}: {c} missed without evidence")
            crit.append({"id": c, "section": s, "status": st,
                         "evidence": find(ev) if ev and st != "na" else None})
    # ---- consistency of my labels with the timing facts
    errs = []
    nd = status["no_dead_air"][0]
    if ch == "call":
        if nd == "met" and silences: errs.append(f"no_dead_air met but silences {silences}")
        if nd == "missed" and not silences: errs.append("no_dead_air missed but no silence > 15 s")
        if overlaps: errs.append(f"overlaps {overlaps}")
    if ch == "chat":
        bad = [w for w in waits if w[1] > (60 if w[2] == "first" else 120)]
        if nd == "met" and bad: errs.append(f"no_dead_air met but waits {bad}")
        if nd == "missed" and not bad: errs.append("no_dead_air missed but no long wait")
    if has_hold:
        over = sum(holds) > 120
        if (status["hold_under_2min"][0] == "missed") != over: errs.append(f"hold_under_2min vs {holds}")
        if any(h > 60 for h in holds) and status["hold_checkback"][0] == "met":
            errs.append("hold segment > 60 s but checkback met")
    if hdr["direction"] == "outbound":
        if (not inside) != ("outside_calling_hours" in fatal): errs.append(f"calling hours {facts}")
    for f in fatal:
        if f not in FATALS: errs.append(f"unknown fatal {f}")
    acw = int(re.search(r"ACW: (\d+)s", txt).group(1))
    if (acw > 60) != (status["within_limit"][0] == "missed"): errs.append("within_limit vs ACW")
    disp = re.search(r"DISPOSITION: (\S+)", txt).group(1)
    if disp not in DISPOSITIONS: errs.append(f"bad disposition {disp}")
    if ch == "call" and status["greeting"][0] == "met":
        h = started.hour + started.minute / 60
        if loc == "id": w = "pagi" if h < 11 else "siang" if h < 15 else "sore" if h < 18 else "malam"
        else: w = "morning" if h < 12 else "afternoon" if h < 17 else "evening"
        first_agent = next(e for e in events if e[2] == "AGENT")
        if w not in first_agent[3].lower(): errs.append(f"greeting met but expected {w}")
    if errs:
        raise SystemExit(f"{name}: " + "; ".join(errs))
    # ---- totals
    sections, num, den = {}, Fraction(0), 0
    for s, w, cs in CARD:
        app = [c for c in cs if status[c][0] != "na"]
        if not app:
            sections[s] = None; continue
        fr = Fraction(sum(status[c][0] == "met" for c in app), len(app))
        sections[s] = round(float(fr), 4)
        num += w * fr; den += w
    q = num * 100 / den
    total = float((Decimal(q.numerator) / Decimal(q.denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    res = {"file": f"transcripts/{name}.txt", "total": total,
           "passed": total >= 85 and not fatal, "fatal": fatal,
           "sections": sections, "criteria": crit}
    return txt, res, facts, notes, hdr


def main():
    summary = []
    for path in sorted(glob.glob(os.path.join(ROOT, "src", "*.dsl"))):
        text = open(path, encoding="utf-8").read()
        for blk in re.split(r"^=== ", text, flags=re.M)[1:]:
            name, block = blk.split("\n", 1)
            name = name.strip()
            txt, res, facts, notes, hdr = build(block, name)
            open(os.path.join(ROOT, "transcripts", name + ".txt"), "w", encoding="utf-8").write(txt)
            with open(os.path.join(ROOT, "labels", name + ".json"), "w", encoding="utf-8") as f:
                json.dump(res, f, ensure_ascii=False, indent=1); f.write("\n")
            summary.append((name, hdr, res, facts, notes))
            print(f"{name:45s} {res['total']:5.1f} {'PASS' if res['passed'] else 'fail'} "
                  f"{','.join(res['fatal']) or '-':30s} holds={facts['holds']} sil={facts['silences_over_15']} "
                  f"waits={[w[1] for w in facts['chat_waits']]} {facts['weekday']} {facts['local']} {facts['region']} in={facts['inside_hours']}")
    json.dump([(n, h, r["total"], r["passed"], r["fatal"], no) for n, h, r, f, no in summary],
              open(os.path.join(ROOT, "src", "summary.json"), "w"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
