#!/usr/bin/env python3
"""Independent checker for qa_eval2: recomputes sections/total/passed from criterion statuses,
verifies evidence lines, and runs consistency checks on timings (silence, holds, ACW, greeting,
calling hours) against the labels. Usage: python3 check.py [folder]"""
import json, math, os, re, sys, glob, datetime
from decimal import Decimal, ROUND_HALF_UP
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CARD = {"opening":(5,["greeting","own_name","company","offer_or_purpose"]),
 "verification":(10,["verified","before_disclosure","consent_dnc"]),
 "listening_probing":(15,["no_interrupt","probing","acknowledge"]),
 "empathy_deescalation":(15,["name_feeling","apology","ownership","no_triggers"]),
 "hold_silence_transfer":(10,["hold_permission","hold_checkback","hold_under_2min","no_dead_air","transfer_escalation"]),
 "accuracy_ownership":(25,["correct_info","right_solution","no_unauthorised_promise","ownership_next_step"]),
 "closing":(5,["summary","anything_else","thanks_brand"]),
 "acw":(10,["notes_complete","disposition","within_limit"]),
 "language":(5,["register","no_slang","uses_name"])}
FATALS={"disclose_before_verify","request_secret","rude","blame_customer","unauthorized_promise",
 "blind_transfer_on_supervisor_request","dnc_violation","outside_calling_hours"}
DISPS={"resolved-first-contact","ticket-created","escalated","transferred","callback-scheduled","DNC-request",
 "not-interested","promise-to-pay","sale","no-answer","wrong-number"}
LINE=re.compile(r"^\[(\d+):(\d\d)\] (AGENT|CUSTOMER): (.+)$")
MARK=re.compile(r"^\[(\d+):(\d\d)\] (HOLD START|HOLD END|TRANSFER COLD|END CALL|TRANSFER WARM: .+|ESCALATE: .+)$")
errs=[]; warns=[]
def E(f,m): errs.append(f"{f}: {m}")
def W(f,m): warns.append(f"{f}: {m}")
def parse(path):
    hdr={}; lines=[]; acw=None; disp=None; notes=None
    for n,l in enumerate(open(path,encoding="utf-8").read().split("\n"),1):
        if not l: continue
        if l.startswith("# "):
            k,v=l[2:].split(":",1); hdr[k.strip()]=v.strip(); continue
        m=LINE.match(l) or MARK.match(l)
        if m:
            t=int(m.group(1))*60+int(m.group(2)); lines.append((t,m.group(3).split(":")[0],m.group(4) if m.lastindex>=4 else None,l)); continue
        if l.startswith("ACW: "): acw=int(l[5:].rstrip("s")); continue
        if l.startswith("DISPOSITION: "): disp=l[13:]; continue
        if l.startswith("NOTES: "): notes=l[7:]; continue
        E(path,f"line {n} unparsed: {l}")
    return hdr,lines,acw,disp,notes
def calling_ok(dt):
    off=dt.utcoffset().total_seconds()/3600; wd=dt.weekday(); h=dt.hour+dt.minute/60
    if off in (7,8,9): return wd<=5 and 8<=h<18
    if -10<=off<=-4: return 8<=h<21
    if off in (0,1): return wd<=5 and 8<=h<21
    if off in (10,11): return (wd<=4 and 9<=h<20) or (wd==5 and 9<=h<17)
    return None
n=0
for jf in sorted(glob.glob(os.path.join(D,"labels","*.json"))):
    n+=1; lab=json.load(open(jf,encoding="utf-8")); f=os.path.basename(jf)
    tp=os.path.join(D,lab["file"])
    if not os.path.exists(tp): E(f,"transcript missing"); continue
    hdr,lines,acw,disp,notes=parse(tp)
    for k in ("account","channel","locale","direction","started"):
        if k not in hdr: E(f,"header "+k+" missing")
    if os.path.splitext(os.path.basename(tp))[0]!=os.path.splitext(f)[0]: E(f,"name mismatch")
    raw=set(open(tp,encoding="utf-8").read().split("\n"))
    ts=[x[0] for x in lines]
    if ts!=sorted(ts): E(f,"time goes backwards")
    if disp not in DISPS: E(f,"bad disposition "+str(disp))
    crit={c["id"]:c for c in lab["criteria"]}
    allids=[i for s in CARD for i in CARD[s][1]]
    if sorted(crit)!=sorted(allids) or len(lab["criteria"])!=len(allids): E(f,"criteria set wrong")
    st={i:crit[i]["status"] for i in allids}
    for i,c in crit.items():
        if c["status"] not in ("met","missed","na"): E(f,"bad status "+i)
        if c["status"]=="missed":
            if c["evidence"] not in raw or c["evidence"].startswith("#"): E(f,f"evidence for {i} not a transcript line: {c['evidence']!r}")
        elif c["evidence"]: E(f,f"evidence on non-missed {i}")
        if c["section"] not in CARD or i not in CARD[c["section"]][1]: E(f,"wrong section for "+i)
    num=Decimal(0); den=0
    for s,(w,ids) in CARD.items():
        app=[st[i] for i in ids if st[i]!="na"]
        if not app:
            if lab["sections"].get(s) is not None: E(f,f"section {s} should be null")
            continue
        fr=Decimal(sum(x=="met" for x in app))/len(app)
        if lab["sections"].get(s) is None or abs(float(fr)-lab["sections"][s])>1e-3: E(f,f"section {s} {lab['sections'].get(s)} != {float(fr):.4f}")
        num+=w*fr; den+=w
    tot=float((100*num/den).quantize(Decimal("0.1"),ROUND_HALF_UP))
    if tot!=lab["total"]: E(f,f"total {lab['total']} != {tot}")
    for x in lab["fatal"]:
        if x not in FATALS: E(f,"unknown fatal "+x)
    if lab["passed"]!=(tot>=85 and not lab["fatal"]): E(f,"passed wrong")
    # ---- consistency checks against the card
    ch=hdr.get("channel"); loc=hdr.get("locale"); dirn=hdr.get("direction")
    start=datetime.datetime.fromisoformat(hdr["started"])
    if dirn=="inbound" and st["consent_dnc"]!="na": E(f,"consent_dnc must be na inbound")
    if ch=="email" and any(st[i]!="na" for i in CARD["hold_silence_transfer"][1]): E(f,"email: hold section must be na")
    if (acw>60)!=(st["within_limit"]=="missed"): E(f,f"ACW {acw}s vs within_limit {st['within_limit']}")
    ag=[x for x in lines if x[1]=="AGENT"]
    if ch!="email" and ag:
        lt=start+datetime.timedelta(seconds=ag[0][0]); h=lt.hour; txt=ag[0][2].lower()
        if loc=="id": want="pagi" if h<11 else "siang" if h<15 else "sore" if h<18 else "malam"
        else: want="morning" if h<12 else "afternoon" if h<17 else "evening"
        if ch=="call":
            ok=want in txt
            if ok!=(st["greeting"]=="met"): W(f,f"greeting check: expected '{want}' at {lt:%H:%M}, label {st['greeting']}")
    if dirn=="outbound":
        ok=calling_ok(start)
        if ok is False and "outside_calling_hours" not in lab["fatal"]: E(f,"outside hours but no fatal")
        if ok and "outside_calling_hours" in lab["fatal"]: E(f,"inside hours but fatal")
    # holds and silence
    holds=[]; hs=None; maxsil=0; silat=None; prev_end=None; inhold=False
    rate=2.2 if loc=="id" else 2.5
    chatwaits=[]; last_c=None; first_agent=True
    for t,kind,txt,l in lines:
        if kind=="HOLD START": hs=t; inhold=True; prev_end=None; continue
        if kind=="HOLD END": holds.append(t-hs); inhold=False; prev_end=t; continue
        if kind in ("AGENT","CUSTOMER"):
            if prev_end is not None and not inhold and t-prev_end>maxsil: maxsil=t-prev_end; silat=l
            prev_end=t+math.ceil(len(txt.split())/rate)
            if ch=="chat":
                if kind=="CUSTOMER" and last_c is None: last_c=(t,prev_end)
                if kind=="AGENT" and last_c is not None:
                    chatwaits.append((t-last_c[0],t-last_c[1],first_agent,l)); last_c=None; first_agent=False
                if kind=="AGENT" and last_c is None: first_agent=False
        elif kind in ("END CALL",): prev_end=None
    if not holds:
        for i in ("hold_permission","hold_checkback","hold_under_2min"):
            if st[i]!="na": E(f,i+" must be na (no hold)")
    elif ch!="email":
        if (sum(holds)>120)!=(st["hold_under_2min"]=="missed"): E(f,f"hold total {sum(holds)} vs {st['hold_under_2min']}")
        if max(holds)>60 and st["hold_checkback"]!="missed": E(f,f"hold segment {max(holds)}s >60 but checkback {st['hold_checkback']}")
    if ch=="call" and (maxsil>15)!=(st["no_dead_air"]=="missed"): E(f,f"max silence {maxsil}s ({silat}) vs no_dead_air {st['no_dead_air']}")
    if ch=="chat":
        bad=[w for w in chatwaits if (w[0]>(60 if w[2] else 120))]
        amb=[w for w in chatwaits if (w[0]>(60 if w[2] else 120))!=(w[1]>(60 if w[2] else 120))]
        if amb: W(f,f"chat wait ambiguous start/end measure: {amb}")
        if bool(bad)!=(st["no_dead_air"]=="missed"): E(f,f"chat waits {[(w[0],w[1]) for w in chatwaits]} vs no_dead_air {st['no_dead_air']}")
    fat=set(lab["fatal"])
    if fat&{"request_secret","disclose_before_verify"} and st["before_disclosure"]!="missed": E(f,"fatal disclosure/secret but before_disclosure not missed")
    if "unauthorized_promise" in fat and st["no_unauthorised_promise"]!="missed": E(f,"promise mapping")
    if "blind_transfer_on_supervisor_request" in fat and (st["transfer_escalation"]!="missed" or not any(x[1]=="TRANSFER COLD" for x in lines)): E(f,"blind transfer mapping")
    if fat&{"dnc_violation","outside_calling_hours"} and st["consent_dnc"]!="missed": E(f,"consent mapping")
    if fat&{"rude","blame_customer"} and st["no_triggers"]!="missed": E(f,"trigger mapping")
    if st["before_disclosure"]=="missed" and not fat&{"request_secret","disclose_before_verify"}: W(f,"before_disclosure missed without fatal")
    if any(x[1]=="TRANSFER COLD" or x[1]=="TRANSFER WARM" for x in lines):
        if st["anything_else"]!="na" or st["thanks_brand"]!="na": W(f,"ends in transfer: anything_else/thanks_brand should be na")
print(f"checked {n} label files")
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
