#!/usr/bin/env python3
"""Builds transcripts (with computed timestamps) and labels from contact definitions.

A contact definition is a dict made with C(...). Lines are tuples:
  (gap, 'A'|'C', text)   speaker line; gap = seconds after the end of the previous line
                          (voice and chat alike; end = start + ceil(words / rate))
  ('cut', s, 'A'|'C', text)  line that starts s seconds after the START of the previous line
                          (the previous line was cut off and ends with "—")
  ('at', mm, ss, 'A'|'C', text)  absolute time (email)
  ('HOLD', seconds)      HOLD START one second after the previous line ends, HOLD END after seconds
  ('TW', briefing) / ('TC',) / ('ESC', reason)   markers, 2 s after the previous line
  ('END',)               END CALL 2 s after the previous line
"""
import json, math, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CARD = [
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
ALL = {c: s for s, _, cs in CARD for c in cs}

CONTACTS = []


def C(**kw):
    CONTACTS.append(kw)
    return kw


def fmt(t):
    return "[%02d:%02d]" % (t // 60, t % 60)


def dur(text, locale):
    rate = 2.2 if locale == "id" else 2.5
    return math.ceil(len(text.split()) / rate)


def build(c):
    loc = c["locale"]
    out = ["# account: %s" % c["account"], "# channel: %s" % c["channel"],
           "# locale: %s" % loc, "# direction: %s" % c["direction"],
           "# started: %s" % c["started"]]
    t_end = 0
    t_start = 0
    first = True
    has_hold = False
    for ln in c["lines"]:
        k = ln[0]
        if k == "HOLD":
            has_hold = True
            s = t_end + 1
            out.append("%s HOLD START" % fmt(s))
            e = s + ln[1]
            out.append("%s HOLD END" % fmt(e))
            t_start, t_end = e, e
        elif k in ("TW", "TC", "ESC", "END"):
            s = t_end + 2
            txt = {"TW": lambda: "TRANSFER WARM: " + ln[1], "TC": lambda: "TRANSFER COLD",
                   "ESC": lambda: "ESCALATE: " + ln[1], "END": lambda: "END CALL"}[k]()
            out.append("%s %s" % (fmt(s), txt))
            t_start, t_end = s, s
        else:
            if k == "cut":
                s = t_start + ln[1]; who, text = ln[2], ln[3]
            elif k == "at":
                s = ln[1] * 60 + ln[2]; who, text = ln[3], ln[4]
            else:
                s = 0 if first else t_end + k; who, text = ln[1], ln[2]
            first = False
            spk = {"A": "AGENT", "C": "CUSTOMER"}[who]
            out.append("%s %s: %s" % (fmt(s), spk, text))
            t_start, t_end = s, s + dur(text, loc)
    out.append("ACW: %ds" % c["acw"])
    out.append("DISPOSITION: %s" % c["disp"])
    out.append("NOTES: %s" % c["notes"])
    return out, has_hold


def find(lines, needle, cid):
    hits = [l for l in lines if needle in l]
    if len(hits) != 1:
        raise SystemExit("%s: evidence %r matched %d lines" % (cid, needle, len(hits)))
    return hits[0]


def label(c, lines, has_hold, fname):
    miss = c.get("miss", {})
    na = set(c.get("na", []))
    for k in list(miss) + list(na):
        assert k in ALL, (c["n"], k)
    st = {}
    for sec, _, cs in CARD:
        for cr in cs:
            st[cr] = "met"
    # structural N/A
    if c["direction"] == "inbound":
        na.add("consent_dnc")
    if not has_hold:
        na.update(["hold_permission", "hold_checkback", "hold_under_2min"])
    if c["channel"] == "email":
        na.update(ALL_SEC("hold_silence_transfer"))
    if not c.get("transfer"):
        na.add("transfer_escalation")
    if c.get("transfer_end"):
        na.update(["anything_else", "thanks_brand"])
    if c.get("no_empathy"):
        na.update(ALL_SEC("empathy_deescalation"))
    if c.get("collection"):
        na.add("apology")
    if c.get("no_verif"):
        na.update(ALL_SEC("verification"))
    for cr in na:
        st[cr] = "na"
    for cr in miss:
        assert st[cr] != "na", (c["n"], cr)
        st[cr] = "missed"
    crit = []
    sections = {}
    num = den = 0.0
    for sec, w, cs in CARD:
        app = [cr for cr in cs if st[cr] != "na"]
        for cr in cs:
            ev = find(lines, miss[cr], c["n"]) if st[cr] == "missed" else ""
            crit.append({"id": cr, "section": sec, "status": st[cr], "evidence": ev})
        if app:
            f = sum(st[cr] == "met" for cr in app) / len(app)
            sections[sec] = round(f, 4)
            num += w * f
            den += w
        else:
            sections[sec] = None
    total = round(100 * num / den + 1e-9, 1)
    fatal = c.get("fatal", [])
    return {"file": fname, "total": total, "passed": total >= 85 and not fatal,
            "fatal": fatal, "sections": sections, "criteria": crit}


def ALL_SEC(name):
    for s, _, cs in CARD:
        if s == name:
            return cs


def main():
    import importlib
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    for m in sys.argv[1:]:
        importlib.import_module(m)
    import gen as g
    rows = []
    for c in g.CONTACTS:
        name = "d3-%02d-%s" % (c["n"], c["slug"])
        lines, has_hold = build(c)
        tp = os.path.join(ROOT, "transcripts", name + ".txt")
        with open(tp, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        lab = label(c, lines, has_hold, "transcripts/%s.txt" % name)
        with open(os.path.join(ROOT, "labels", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
        rows.append((name, lab["total"], lab["passed"], lab["fatal"]))
    for r in rows:
        print("%-45s %5.1f %-5s %s" % (r[0], r[1], r[2], ",".join(r[3])))


if __name__ == "__main__":
    main()
