#!/usr/bin/env python3
"""Recompute every label's sections/total/passed from its criterion statuses and the
qa-general weights (QA.md) and assert they match what the label file says.

Rules used (QA.md "The bundled qa-general card"):
  section fraction = met / applicable (na drops out); all-na section -> null
  total = 100 * sum(w * fraction) / sum(w of applicable sections), one decimal
          (half-up), computed before the fatal override
  passed = total >= 85 and no fatal
Also checks: every criterion of every section present once, in card order, with the
right section; status in met|missed|na; a miss has evidence; evidence is a line that
really occurs in the transcript; fatal ids are from the card.
Usage: python3 check_labels.py [labels_dir]
"""
import json, os, sys, glob
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP

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
FATALS = {"disclose_before_verify", "request_secret", "rude", "blame_customer",
          "unauthorized_promise", "blind_transfer_on_supervisor_request",
          "dnc_violation", "outside_calling_hours"}


def half_up_1dp(q: Fraction) -> float:
    d = Decimal(q.numerator) / Decimal(q.denominator)
    return float(d.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def check(path, root):
    lab = json.load(open(path, encoding="utf-8"))
    name = os.path.basename(path)
    errs = []
    tpath = os.path.join(root, lab["file"])
    if not os.path.exists(tpath):
        errs.append(f"transcript {lab['file']} missing")
        tlines = set()
    else:
        tlines = set(open(tpath, encoding="utf-8").read().splitlines())
        if os.path.splitext(os.path.basename(tpath))[0] != os.path.splitext(name)[0]:
            errs.append("label and transcript names differ")
    expected = [(s, c) for s, _, cs in CARD for c in cs]
    got = [(c["section"], c["id"]) for c in lab["criteria"]]
    if got != expected:
        errs.append(f"criteria list/order mismatch: {got}")
    st = {c["id"]: c for c in lab["criteria"]}
    for c in lab["criteria"]:
        if c["status"] not in ("met", "missed", "na"):
            errs.append(f"{c['id']}: bad status {c['status']}")
        if c["status"] == "missed" and not c["evidence"]:
            errs.append(f"{c['id']}: missed without evidence")
        if c["evidence"] and c["evidence"] not in tlines:
            errs.append(f"{c['id']}: evidence not a transcript line: {c['evidence'][:60]}")
    num, den = Fraction(0), 0
    for s, w, cs in CARD:
        app = [c for c in cs if st[c]["status"] != "na"]
        if not app:
            if lab["sections"].get(s, "absent") is not None:
                errs.append(f"section {s} should be null")
            continue
        fr = Fraction(sum(st[c]["status"] == "met" for c in app), len(app))
        if lab["sections"].get(s) is None or abs(lab["sections"][s] - float(fr)) > 1e-3:
            errs.append(f"section {s}: label {lab['sections'].get(s)} != {float(fr):.4f}")
        num += w * fr
        den += w
    if set(lab["sections"]) != {s for s, _, _ in CARD}:
        errs.append("sections keys mismatch")
    total = half_up_1dp(num * 100 / den)
    if lab["total"] != total:
        errs.append(f"total {lab['total']} != {total}")
    bad = set(lab["fatal"]) - FATALS
    if bad:
        errs.append(f"unknown fatal ids {bad}")
    passed = total >= 85 and not lab["fatal"]
    if lab["passed"] != passed:
        errs.append(f"passed {lab['passed']} != {passed}")
    return name, total, passed, lab["fatal"], errs


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    ldir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "labels")
    files = sorted(glob.glob(os.path.join(ldir, "*.json")))
    assert files, "no label files"
    n_err = 0
    for f in files:
        name, total, passed, fatal, errs = check(f, root)
        print(f"{'OK ' if not errs else 'BAD'} {name:50s} {total:5.1f} "
              f"{'pass' if passed else 'FAIL'} {','.join(fatal)}")
        for e in errs:
            print("    ", e)
        n_err += bool(errs)
    print(f"{len(files)} labels, {n_err} with mismatches")
    assert n_err == 0, "label mismatches"


if __name__ == "__main__":
    main()
