#!/usr/bin/env python3
"""Independent check of the d2 corpus: transcript format, label arithmetic, evidence lines."""
import glob, json, os, re, sys
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = {"opening": 5, "verification": 10, "listening_probing": 15, "empathy_deescalation": 15,
     "hold_silence_transfer": 10, "accuracy_ownership": 25, "closing": 5, "acw": 10, "language": 5}
ORDER = ["greeting", "own_name", "company", "offer_or_purpose", "verified", "before_disclosure",
         "consent_dnc", "no_interrupt", "probing", "acknowledge", "name_feeling", "apology",
         "ownership", "no_triggers", "hold_permission", "hold_checkback", "hold_under_2min",
         "no_dead_air", "transfer_escalation", "correct_info", "right_solution",
         "no_unauthorised_promise", "ownership_next_step", "summary", "anything_else",
         "thanks_brand", "notes_complete", "disposition", "within_limit", "register", "no_slang",
         "uses_name", "disclose_before_verify", "request_secret", "rude", "blame_customer",
         "unauthorized_promise", "blind_transfer_on_supervisor_request", "dnc_violation",
         "outside_calling_hours"]
errs = 0
def bad(f, m):
    global errs; errs += 1; print(f"{f}: {m}")
txts = sorted(glob.glob(os.path.join(ROOT, "transcripts", "*.txt")))
for t in txts:
    name = os.path.basename(t)
    if not re.match(r"^d2-\d\d-[a-z0-9-]+\.txt$", name): bad(name, "file name")
    raw = open(t, "rb").read(); text = raw.decode("utf-8")
    lines = text.rstrip("\n").split("\n")
    hdr = [l for l in lines[:5]]
    keys = [re.match(r"^# (\w+): (.+)$", l).group(1) for l in hdr]
    if keys != ["account", "channel", "locale", "direction", "started"]: bad(name, "header")
    h = dict(re.match(r"^# (\w+): (.+)$", l).groups() for l in hdr)
    prev = -1; tail = False
    for l in lines[5:]:
        m = re.match(r"^\[(\d+):(\d\d)\] (.*)$", l)
        if m:
            if tail: bad(name, "timed line after ACW")
            ts = int(m.group(1)) * 60 + int(m.group(2))
            if ts < prev: bad(name, f"time backwards {l[:20]}")
            prev = ts
            rest = m.group(3)
            if not (re.match(r"^(AGENT|CUSTOMER): \S", rest) or rest in ("HOLD START", "HOLD END", "TRANSFER COLD", "END CALL")
                    or rest.startswith(("TRANSFER WARM: ", "ESCALATE: "))): bad(name, f"bad line {l[:40]}")
        elif re.match(r"^(ACW: \d+s|DISPOSITION: \S+|NOTES: .+)$", l):
            tail = True
        else: bad(name, f"unparsed {l[:40]}")
    lab = os.path.join(ROOT, "labels", name[:-4] + ".json")
    if not os.path.exists(lab): bad(name, "no label"); continue
    d = json.load(open(lab, encoding="utf-8"))
    if d["file"] != name: bad(name, "file field")
    ids = [c["id"] for c in d["criteria"]]
    if ids != ORDER: bad(name, "criteria order")
    lineset = set(lines)
    num, den = Fraction(0), 0
    for s, w in W.items():
        cs = [c for c in d["criteria"] if c["section"] == s]
        app = [c for c in cs if c["status"] != "na"]
        if not app:
            if d["sections"][s] is not None: bad(name, f"section {s} should be null")
            continue
        fr = Fraction(sum(c["status"] == "met" for c in app), len(app))
        if abs(d["sections"][s] - float(fr)) > 1e-3: bad(name, f"section {s}")
        num += w * fr; den += w
    q = num * 100 / den
    tot = float((Decimal(q.numerator) / Decimal(q.denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    if tot != d["total"]: bad(name, f"total {d['total']} vs {tot}")
    fat = [c["id"] for c in d["criteria"] if c["section"] == "fatal" and c["status"] == "missed"]
    if fat != d["fatal"]: bad(name, "fatal list")
    if d["passed"] != (tot >= 85 and not fat): bad(name, "passed")
    for c in d["criteria"]:
        if c["status"] not in ("met", "missed", "na"): bad(name, "status")
        if c["status"] == "missed":
            if c["evidence"] not in lineset: bad(name, f"evidence not a line: {c['id']}")
        elif c["evidence"] != "": bad(name, f"evidence on non-miss {c['id']}")
    # channel-level sanity
    if h["channel"] == "email" and d["sections"]["hold_silence_transfer"] is not None: bad(name, "email hold section")
    if h["direction"] == "inbound":
        for f in ("consent_dnc", "dnc_violation", "outside_calling_hours"):
            if next(c for c in d["criteria"] if c["id"] == f)["status"] != "na": bad(name, f"{f} on inbound")
    if h["channel"] != "call" and next(c for c in d["criteria"] if c["id"] == "no_slang")["status"] != "na":
        bad(name, "no_slang off voice")
labs = sorted(glob.glob(os.path.join(ROOT, "labels", "*.json")))
if len(labs) != len(txts): bad("corpus", "label/transcript count")
print(f"{len(txts)} transcripts checked, {errs} problems")
sys.exit(1 if errs else 0)
