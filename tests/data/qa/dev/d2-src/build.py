#!/usr/bin/env python3
"""Authoring aid for the d2 hand-labelled QA dev corpus (not a scorer).

Adapted from tests/data/qa/eval/src/build.py.  Reads src/*.dsl: each block is a
transcript written with relative timing plus my hand-chosen criterion statuses
(including the eight fatal errors).  Writes transcripts/NAME.txt and
labels/NAME.json, prints timing facts, and refuses labels that contradict the
timing rules of QA.md.

DSL block:
=== d2-NN-slug
account: telco
channel: call
locale: id
direction: inbound
started: 2026-03-14T10:05:00+07:00
---
A: agent line                 (default gap)
+20 C: customer line          (explicit gap in s after previous line's end / chat: after prev start)
-2 A: talks over              (negative gap: overlap, previous line must end with —)
@12:30 A: line                (absolute time)
HOLD 45                       (hold of 45 s)
TRANSFER WARM: ... / TRANSFER COLD / ESCALATE: ... / END CALL
ACW: 45s
DISPOSITION: ...
NOTES: ...
LABELS
TESTS: one-line description for the README
criterion: missed "substring of the evidence line"
section: na
fatal_id: missed "substring"
NOTE: judgement note
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
FATALS = ["disclose_before_verify", "request_secret", "rude", "blame_customer",
          "unauthorized_promise", "blind_transfer_on_supervisor_request",
          "dnc_violation", "outside_calling_hours"]
DISPOSITIONS = {"resolved-first-contact", "ticket-created", "escalated", "transferred",
                "callback-scheduled", "DNC-request", "not-interested", "promise-to-pay",
                "sale", "no-answer", "wrong-number"}
# calling hours as data (QA.md): region -> {weekday(0=Mon): (start, end)}; missing day = no calls
HOURS = {
    "ID": {d: ("08:00", "18:00") for d in range(6)},
    "US": {d: ("08:00", "21:00") for d in range(7)},
    "UK": {d: ("08:00", "21:00") for d in range(6)},
    "AU": {**{d: ("09:00", "20:00") for d in range(5)}, 5: ("09:00", "17:00")},
}
# the outbound account KB window (Mon-Sat 08-18 local); I avoid calls where it disagrees with QA.md
KB_OUTBOUND = {d: ("08:00", "18:00") for d in range(6)}
TRIGGERS = ["calm down", "tenang dulu", "you should have", "harusnya bapak", "harusnya ibu",
            "seharusnya bapak", "seharusnya ibu", "harusnya kakak", "seharusnya kakak"]
SLANG = ["oke", "ok", "nggak", "gak", "ga", "mate", "yeah", "yep", "nope", "gonna", "wanna",
         "sip", "bro", "kok", "deh", "dong", "banget", "gimana", "udah", "aja"]


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
        pending, n_reply = None, 0
        for e in events:
            if e[1] != "line": continue
            if e[2] == "CUSTOMER" and pending is None: pending = e[0]
            if e[2] == "AGENT" and pending is not None:
                waits.append((fmt(e[0]), e[0] - pending, "first" if n_reply == 0 else "later"))
                n_reply += 1; pending = None
            elif e[2] == "AGENT":
                n_reply += 0
    started = datetime.datetime.fromisoformat(hdr["started"])
    off = int(started.utcoffset().total_seconds() // 3600)
    reg = region(off)
    win = HOURS[reg].get(started.weekday())
    hhmm = started.strftime("%H:%M")
    inside = bool(win) and win[0] <= hhmm < win[1]
    kbw = KB_OUTBOUND.get(started.weekday())
    kb_inside = bool(kbw) and kbw[0] <= hhmm < kbw[1]
    facts = dict(holds=holds, silences_over_15=silences, overlaps=overlaps,
                 chat_waits=waits, region=reg, weekday=started.strftime("%a"), local=hhmm,
                 inside_hours=inside if hdr["direction"] == "outbound" else None)
    # ---- labels
    status = {}
    sec_na = set()
    notes, tests = [], ""
    has_hold = bool(holds)
    for s, _, cs in CARD:
        for c in cs:
            status[c] = ["met", None]
    for f in FATALS:
        status[f] = ["met", None]
    status["blind_transfer_on_supervisor_request"] = ["na", None]
    if hdr["direction"] == "inbound":
        status["consent_dnc"] = ["na", None]
        status["dnc_violation"] = ["na", None]
        status["outside_calling_hours"] = ["na", None]
    if not has_hold:
        for c in ("hold_permission", "hold_checkback", "hold_under_2min"): status[c] = ["na", None]
    status["transfer_escalation"] = ["na", None]
    if ch != "call": status["no_slang"] = ["na", None]
    if ch == "email": sec_na.add("hold_silence_transfer")
    for raw in labels.strip().splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"): continue
        if raw.startswith("NOTE:"):
            notes.append(raw[5:].strip()); continue
        if raw.startswith("TESTS:"):
            tests = raw[6:].strip(); continue
        m = re.match(r'^(\w+): (met|missed|na)(?: "(.*)")?$', raw)
        if not m: raise SystemExit(f"{name}: bad label line {raw!r}")
        key, st, ev = m.groups()
        if key in dict((s, 1) for s, _, _ in CARD):
            assert st == "na"; sec_na.add(key); continue
        assert key in SECTION_OF or key in FATALS, (name, key)
        status[key] = [st, ev]
    for s in sec_na:
        for c in dict((x, cs) for x, _, cs in CARD)[s]: status[c] = ["na", None]
    all_lines = txt.rstrip("\n").split("\n")

    def find(sub):
        hits = [l for l in all_lines if sub in l]
        if not hits: raise SystemExit(f"{name}: evidence {sub!r} not found")
        return hits[0]
    crit = []
    for s, _, cs in CARD:
        for c in cs:
            st, ev = status[c]
            if st == "missed" and not ev: raise SystemExit(f"{name}: {c} missed without evidence")
            crit.append({"id": c, "section": s, "status": st,
                         "evidence": find(ev) if ev and st == "missed" else ""})
    fatal = []
    for f in FATALS:
        st, ev = status[f]
        if st == "missed":
            if not ev: raise SystemExit(f"{name}: fatal {f} without evidence")
            fatal.append(f)
        crit.append({"id": f, "section": "fatal", "status": st,
                     "evidence": find(ev) if ev and st == "missed" else ""})
    # ---- consistency of my labels with the timing facts and with each other
    errs = []
    S = lambda c: status[c][0]
    nd = S("no_dead_air")
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
        if (S("hold_under_2min") == "missed") != over: errs.append(f"hold_under_2min vs {holds}")
        if any(h > 60 for h in holds) and S("hold_checkback") == "met":
            errs.append("hold segment > 60 s but checkback met")
    if hdr["direction"] == "outbound":
        if (not inside) != (S("outside_calling_hours") == "missed"): errs.append(f"calling hours {facts}")
        if not inside and S("consent_dnc") != "missed": errs.append("outside hours but consent_dnc not missed")
        if inside != kb_inside and hdr["account"] == "outbound":
            errs.append(f"QA.md hours and outbound KB hours disagree ({facts['weekday']} {hhmm}) - avoid")
        if S("dnc_violation") == "missed" and S("consent_dnc") != "missed": errs.append("dnc but consent_dnc")
    if S("request_secret") == "missed" and S("before_disclosure") != "missed":
        errs.append("request_secret but before_disclosure not missed")
    if S("disclose_before_verify") == "missed" and S("before_disclosure") != "missed":
        errs.append("disclose_before_verify but before_disclosure not missed")
    if S("unauthorized_promise") == "missed" and S("no_unauthorised_promise") != "missed":
        errs.append("promise fatal vs criterion")
    if S("no_unauthorised_promise") == "missed" and S("unauthorized_promise") != "missed":
        errs.append("criterion promise missed but no fatal")
    if S("blame_customer") == "missed" and S("no_triggers") not in ("missed",):
        errs.append("blame but no_triggers not missed")
    if S("blind_transfer_on_supervisor_request") == "missed" and S("transfer_escalation") != "missed":
        errs.append("blind transfer vs transfer_escalation")
    if S("blind_transfer_on_supervisor_request") != "na" and S("transfer_escalation") == "na":
        errs.append("supervisor demanded but transfer_escalation na")
    if "TRANSFER COLD" in txt and S("blind_transfer_on_supervisor_request") == "na":
        notes.append("(cold transfer without a supervisor demand)")
    if ch == "email" and any(status[c][0] != "na" for c in dict((x, cs) for x, _, cs in CARD)["hold_silence_transfer"]):
        errs.append("email with hold section")
    agent_lines = [e[3].lower() for e in events if e[2] == "AGENT"]
    if S("no_triggers") == "met":
        for l in agent_lines:
            for t in TRIGGERS:
                if t in l: errs.append(f"no_triggers met but {t!r} in {l[:50]!r}")
    if ch == "call" and S("no_slang") == "met":
        for l in agent_lines:
            words = [w.strip("-") for w in re.findall(r"[\w-]+", l)]
            for t in SLANG:
                if t in words: errs.append(f"no_slang met but {t!r} in {l[:60]!r}")
    if ch == "call" and status["no_slang"][0] == "missed":
        pass
    acw = int(re.search(r"ACW: (\d+)s", txt).group(1))
    if (acw > 60) != (S("within_limit") == "missed"): errs.append("within_limit vs ACW")
    disp = re.search(r"DISPOSITION: (\S+)", txt).group(1)
    if disp not in DISPOSITIONS: errs.append(f"bad disposition {disp}")
    if ch == "call":
        h = started.hour + started.minute / 60
        if loc == "id": w = "pagi" if h < 11 else "siang" if h < 15 else "sore" if h < 18 else "malam"
        else: w = "morning" if h < 12 else "afternoon" if h < 17 else "evening"
        first_agent = next(e for e in events if e[2] == "AGENT")
        if S("greeting") == "met" and w not in first_agent[3].lower():
            errs.append(f"greeting met but expected {w}")
        if S("greeting") == "missed" and w in first_agent[3].lower():
            errs.append(f"greeting missed but {w} present")
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
    res = {"file": f"{name}.txt", "total": total,
           "passed": total >= 85 and not fatal, "fatal": fatal,
           "sections": sections, "criteria": crit}
    return txt, res, facts, notes, hdr, tests


def main():
    summary = []
    only = sys.argv[1:]
    for path in sorted(glob.glob(os.path.join(ROOT, "src", "*.dsl"))):
        text = open(path, encoding="utf-8").read()
        for blk in re.split(r"^=== ", text, flags=re.M)[1:]:
            name, block = blk.split("\n", 1)
            name = name.strip()
            txt, res, facts, notes, hdr, tests = build(block, name)
            open(os.path.join(ROOT, "transcripts", name + ".txt"), "w", encoding="utf-8").write(txt)
            with open(os.path.join(ROOT, "labels", name + ".json"), "w", encoding="utf-8") as f:
                json.dump(res, f, ensure_ascii=False, indent=1); f.write("\n")
            summary.append(dict(name=name, hdr=hdr, total=res["total"], passed=res["passed"],
                                fatal=res["fatal"], tests=tests, notes=notes))
            print(f"{name:34s} {hdr['locale']} {hdr['channel']:5s} {hdr['account']:8s} {res['total']:5.1f} "
                  f"{'PASS' if res['passed'] else 'fail'} {','.join(res['fatal']) or '-':28s} "
                  f"holds={facts['holds']} sil={facts['silences_over_15']} "
                  f"waits={[w[1] for w in facts['chat_waits']]} {facts['weekday']} {facts['local']} "
                  f"{facts['region']} in={facts['inside_hours']}")
    json.dump(summary, open(os.path.join(ROOT, "src", "summary.json"), "w"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
