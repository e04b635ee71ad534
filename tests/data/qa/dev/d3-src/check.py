#!/usr/bin/env python3
"""Independent checker for qa_dev3: re-reads transcripts and labels from disk (does not import gen.py).

- transcript format (header, [mm:ss] lines, known markers, times non-decreasing)
- label structure: every criterion of the card exactly once, valid statuses, evidence = an exact
  line of the transcript for every miss and empty otherwise
- sections / total / passed recomputed from the statuses
- timing-derived criteria recomputed from the timestamps (dead air, chat waits, holds, ACW)
- greeting word vs local time, outbound calling hours vs consent_dnc and fatal list
- warns when a total sits on a .x5 tie that half-up and half-even rounding would split
"""
import datetime, glob, json, math, os, re, sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CARD = {
    "opening": (5, ["greeting", "own_name", "company", "offer_or_purpose"]),
    "verification": (10, ["verified", "before_disclosure", "consent_dnc"]),
    "listening_probing": (15, ["no_interrupt", "probing", "acknowledge"]),
    "empathy_deescalation": (15, ["name_feeling", "apology", "ownership", "no_triggers"]),
    "hold_silence_transfer": (10, ["hold_permission", "hold_checkback", "hold_under_2min", "no_dead_air",
                                   "transfer_escalation"]),
    "accuracy_ownership": (25, ["correct_info", "right_solution", "no_unauthorised_promise",
                                "ownership_next_step"]),
    "closing": (5, ["summary", "anything_else", "thanks_brand"]),
    "acw": (10, ["notes_complete", "disposition", "within_limit"]),
    "language": (5, ["register", "no_slang", "uses_name"]),
}
FATAL = {"disclose_before_verify", "request_secret", "rude", "blame_customer", "unauthorized_promise",
         "blind_transfer_on_supervisor_request", "dnc_violation", "outside_calling_hours"}
DISPO = {"resolved-first-contact", "ticket-created", "escalated", "transferred", "callback-scheduled",
         "DNC-request", "not-interested", "promise-to-pay", "sale", "no-answer", "wrong-number"}
MARKERS = re.compile(r"^(HOLD START|HOLD END|TRANSFER WARM: .+|TRANSFER COLD|ESCALATE: .+|END CALL)$")
LINE = re.compile(r"^\[(\d+):([0-5]\d)\] (.*)$")

problems = []


def err(f, msg):
    problems.append("%s: %s" % (f, msg))


def parse(path):
    f = os.path.basename(path)
    raw = open(path, encoding="utf-8").read().splitlines()
    hdr, ev, tail = {}, [], {}
    last = -1
    for i, l in enumerate(raw, 1):
        if l.startswith("# "):
            k, _, v = l[2:].partition(":")
            hdr[k.strip()] = v.strip()
            continue
        m = LINE.match(l)
        if m:
            t = int(m.group(1)) * 60 + int(m.group(2))
            if t < last:
                err(f, "line %d: time goes backwards" % i)
            last = t
            body = m.group(3)
            sm = re.match(r"^(AGENT|CUSTOMER): (.+)$", body)
            if sm:
                ev.append(("say", t, sm.group(1), sm.group(2), l))
            elif MARKERS.match(body):
                ev.append(("mark", t, body.split(":")[0], body, l))
            else:
                err(f, "line %d: unknown line %r" % (i, body[:40]))
            continue
        for k in ("ACW", "DISPOSITION", "NOTES"):
            if l.startswith(k + ": "):
                tail[k] = l[len(k) + 2:]
                break
        else:
            err(f, "line %d: unparsed %r" % (i, l[:40]))
    for k in ("account", "channel", "locale", "direction", "started"):
        if k not in hdr:
            err(f, "missing header " + k)
    return hdr, ev, tail, raw


def dur(text, loc):
    return math.ceil(len(text.split()) / (2.2 if loc == "id" else 2.5))


def timing(hdr, ev):
    """returns dict: max_silence (voice), waits (chat: list of (from_end, from_start, first)),
    holds (list of segment lengths), hold_total, thanks_on_return(bool)"""
    loc, ch = hdr["locale"], hdr["channel"]
    out = {"max_silence": 0, "waits": [], "holds": [], "thanks": True}
    prev_end = None
    in_hold = None
    last_cust = None
    agent_seen = False
    after_hold = False
    for k, t, who, text, line in ev:
        if k == "mark":
            if who == "HOLD START":
                in_hold = t
            elif who == "HOLD END":
                out["holds"].append(t - in_hold)
                in_hold = None
                prev_end = t
                after_hold = True
            continue
        if ch == "call" and prev_end is not None and in_hold is None:
            out["max_silence"] = max(out["max_silence"], t - prev_end)
        if ch == "chat":
            if who == "CUSTOMER":
                if last_cust is None:
                    last_cust = (t, t + dur(text, loc))
            elif last_cust is not None:
                out["waits"].append((t - last_cust[1], t - last_cust[0], not agent_seen))
                last_cust = None
        if who == "AGENT":
            agent_seen = True
            if after_hold and not re.search(r"terima kasih|thank|thanks", text, re.I):
                out["thanks"] = False
        after_hold = False
        prev_end = max(prev_end or 0, t + dur(text, loc))
    out["hold_total"] = sum(out["holds"])
    return out


def greet_ok(hdr, ev):
    first = next((x for x in ev if x[0] == "say" and x[2] == "AGENT"), None)
    if not first or hdr["channel"] != "call":
        return None
    st = datetime.datetime.fromisoformat(hdr["started"])
    h = st.hour + st.minute / 60 + first[1] / 3600
    txt = first[3].lower()
    if hdr["locale"] == "id":
        want = "pagi" if h < 11 else "siang" if h < 15 else "sore" if h < 18 else "malam"
        said = next((w for w in ("pagi", "siang", "sore", "malam") if "selamat " + w in txt), None)
    else:
        want = "morning" if h < 12 else "afternoon" if h < 17 else "evening"
        said = next((w for w in ("morning", "afternoon", "evening") if "good " + w in txt), None)
    return said == want, want, said


def hours_ok(started):
    st = datetime.datetime.fromisoformat(started)
    off = st.utcoffset().total_seconds() / 3600
    wd = st.weekday()  # 0 Mon .. 6 Sun
    h = st.hour + st.minute / 60
    if off in (7, 8, 9):
        return wd <= 5 and 8 <= h < 18
    if -10 <= off <= -4:
        return 8 <= h < 21
    if off in (0, 1):
        return wd <= 5 and 8 <= h < 21
    if off in (10, 11):
        return (wd <= 4 and 9 <= h < 20) or (wd == 5 and 9 <= h < 17)
    return None


def check(tp, lp):
    f = os.path.basename(tp)
    hdr, ev, tail, raw = parse(tp)
    lab = json.load(open(lp, encoding="utf-8"))
    st = {}
    for c in lab["criteria"]:
        if c["id"] in st:
            err(f, "criterion twice " + c["id"])
        st[c["id"]] = c
        if c["status"] not in ("met", "missed", "na"):
            err(f, "bad status %s" % c["id"])
        if c["status"] == "missed":
            if c["evidence"] not in raw:
                err(f, "evidence not a transcript line: %s -> %r" % (c["id"], c["evidence"][:60]))
            elif not (LINE.match(c["evidence"]) or c["evidence"].split(":")[0] in ("ACW", "DISPOSITION", "NOTES")):
                err(f, "evidence not a timed/ACW line: " + c["id"])
        elif c["evidence"]:
            err(f, "evidence on a non-miss: " + c["id"])
    for sec, (w, cs) in CARD.items():
        for cr in cs:
            if cr not in st:
                err(f, "missing criterion " + cr)
            elif st[cr]["section"] != sec:
                err(f, "wrong section for " + cr)
    if len(st) != sum(len(cs) for _, cs in CARD.values()):
        err(f, "extra criteria")
    # recompute
    num = den = 0.0
    for sec, (w, cs) in CARD.items():
        app = [cr for cr in cs if st[cr]["status"] != "na"]
        frac = None if not app else sum(st[cr]["status"] == "met" for cr in app) / len(app)
        got = lab["sections"].get(sec)
        if (frac is None) != (got is None) or (frac is not None and abs(frac - got) > 1e-3):
            err(f, "section %s: label %s, recomputed %s" % (sec, got, frac))
        if frac is not None:
            num += w * frac
            den += w
    exact = 100 * num / den
    up = float(Decimal(repr(exact)).quantize(Decimal("0.1"), ROUND_HALF_UP))
    ev_ = float(Decimal(repr(exact)).quantize(Decimal("0.1"), ROUND_HALF_EVEN))
    if abs(up - lab["total"]) > 0.05:
        err(f, "total %s, recomputed %.3f" % (lab["total"], exact))
    if up != ev_ or abs(exact * 10 - round(exact * 10) - 0.5) < 1e-6:
        err(f, "WARN total %.4f sits on a rounding tie" % exact)
    for x in lab["fatal"]:
        if x not in FATAL:
            err(f, "unknown fatal " + x)
    if lab["passed"] != (lab["total"] >= 85 and not lab["fatal"]):
        err(f, "passed flag wrong")
    if lab["file"] != "transcripts/" + f:
        err(f, "file field " + lab["file"])
    # structural N/A rules
    s = lambda cr: st[cr]["status"]
    if hdr["direction"] == "inbound" and s("consent_dnc") != "na":
        err(f, "consent_dnc must be na inbound")
    if hdr["direction"] == "outbound" and s("consent_dnc") == "na":
        err(f, "consent_dnc should apply outbound")
    if hdr["channel"] == "email" and lab["sections"]["hold_silence_transfer"] is not None:
        err(f, "hold section must be N/A on email")
    if tail.get("DISPOSITION") not in DISPO:
        err(f, "unknown disposition %r" % tail.get("DISPOSITION"))
    acw = int(tail.get("ACW", "0s").rstrip("s"))
    if (acw > 60) != (s("within_limit") == "missed"):
        err(f, "within_limit %s but ACW %ds" % (s("within_limit"), acw))
    # timing
    tm = timing(hdr, ev)
    if hdr["channel"] == "call":
        dead = tm["max_silence"] > 15
        if dead != (s("no_dead_air") == "missed"):
            err(f, "no_dead_air %s but max silence %ds" % (s("no_dead_air"), tm["max_silence"]))
        if 12 <= tm["max_silence"] <= 18:
            err(f, "WARN silence %ds close to the 15 s line" % tm["max_silence"])
    if hdr["channel"] == "chat":
        late_end = [w for w in tm["waits"] if w[0] > (60 if w[2] else 120)]
        late_start = [w for w in tm["waits"] if w[1] > (60 if w[2] else 120)]
        if bool(late_end) != bool(late_start):
            err(f, "WARN chat wait ambiguous between end/start measures %s" % tm["waits"])
        if bool(late_start) != (s("no_dead_air") == "missed"):
            err(f, "chat no_dead_air %s but waits %s" % (s("no_dead_air"), tm["waits"]))
    if tm["holds"]:
        for cr in ("hold_permission", "hold_checkback", "hold_under_2min"):
            if s(cr) == "na":
                err(f, cr + " na although there is a hold")
        if (tm["hold_total"] > 120) != (s("hold_under_2min") == "missed"):
            err(f, "hold_under_2min %s but total %ds" % (s("hold_under_2min"), tm["hold_total"]))
        over = any(h > 60 for h in tm["holds"]) or not tm["thanks"]
        if over != (s("hold_checkback") == "missed"):
            err(f, "hold_checkback %s but segments %s thanks=%s" % (s("hold_checkback"), tm["holds"], tm["thanks"]))
    else:
        for cr in ("hold_permission", "hold_checkback", "hold_under_2min"):
            if hdr["channel"] != "email" and s(cr) != "na":
                err(f, cr + " should be na without hold")
    has_tr = any(x[0] == "mark" and x[2] in ("TRANSFER WARM", "TRANSFER COLD", "ESCALATE") for x in ev)
    if has_tr and hdr["channel"] != "email" and s("transfer_escalation") == "na":
        err(f, "transfer/escalation marker but transfer_escalation na")
    ends_transfer = any(x[0] == "mark" and x[2].startswith("TRANSFER") for x in ev)
    if ends_transfer and (s("anything_else") != "na" or s("thanks_brand") != "na"):
        err(f, "call ends in transfer: anything_else/thanks_brand should be na")
    if any(x[0] == "mark" and x[2] == "TRANSFER COLD" for x in ev) and \
            "blind_transfer_on_supervisor_request" not in lab["fatal"]:
        err(f, "WARN cold transfer without the fatal (check no supervisor demand)")
    g = greet_ok(hdr, ev)
    if g and (not g[0]) != (s("greeting") == "missed"):
        err(f, "greeting %s but want %s said %s" % (s("greeting"), g[1], g[2]))
    if hdr["direction"] == "outbound":
        ok = hours_ok(hdr["started"])
        if (not ok) != ("outside_calling_hours" in lab["fatal"]):
            err(f, "calling hours ok=%s vs fatal list" % ok)
        if not ok and s("consent_dnc") != "missed":
            err(f, "outside hours but consent_dnc not missed")
    if "dnc_violation" in lab["fatal"] and s("consent_dnc") != "missed":
        err(f, "dnc_violation but consent_dnc not missed")
    if "unauthorized_promise" in lab["fatal"] and s("no_unauthorised_promise") != "missed":
        err(f, "unauthorized_promise but criterion met")
    if "blind_transfer_on_supervisor_request" in lab["fatal"] and s("transfer_escalation") != "missed":
        err(f, "blind transfer fatal but transfer_escalation not missed")
    if ("disclose_before_verify" in lab["fatal"] or "request_secret" in lab["fatal"]) and \
            s("before_disclosure") != "missed":
        err(f, "disclosure/secret fatal but before_disclosure not missed")
    if ("rude" in lab["fatal"] or "blame_customer" in lab["fatal"]) and s("no_triggers") != "missed":
        err(f, "rude/blame fatal but no_triggers not missed")
    return hdr, lab


def main():
    ts = sorted(glob.glob(os.path.join(ROOT, "transcripts", "d3-*.txt")))
    rows = []
    for tp in ts:
        lp = os.path.join(ROOT, "labels", os.path.basename(tp)[:-4] + ".json")
        if not os.path.exists(lp):
            err(os.path.basename(tp), "no label")
            continue
        hdr, lab = check(tp, lp)
        rows.append((os.path.basename(tp), hdr, lab))
    for p in problems:
        print(p)
    n = len(rows)
    fat = sum(bool(r[2]["fatal"]) for r in rows)
    pas = sum(r[2]["passed"] for r in rows)
    tot_fail = sum((not r[2]["fatal"]) and r[2]["total"] < 85 for r in rows)
    from collections import Counter
    print("files:", n, "| pass:", pas, "| fatal:", fat, "| fail on total only:", tot_fail)
    for k in ("locale", "channel", "account", "direction"):
        print(k, dict(Counter(r[1][k] for r in rows)))
    print("fatal ids:", dict(Counter(x for r in rows for x in r[2]["fatal"])))
    tots = [r[2]["total"] for r in rows]
    print("totals: min %.1f max %.1f; <55:%d 55-85:%d 85-95:%d >95:%d" % (
        min(tots), max(tots), sum(t < 55 for t in tots), sum(55 <= t < 85 for t in tots),
        sum(85 <= t <= 95 for t in tots), sum(t > 95 for t in tots)))
    sys.exit(1 if [p for p in problems if "WARN" not in p] else 0)


if __name__ == "__main__":
    main()
