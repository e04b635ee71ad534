#!/usr/bin/env python3
"""Writes README.md from src/summary.json (built by build.py) plus the general judgement calls."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(ROOT, "src", "summary.json"), encoding="utf-8"))
out = ["# d2 — hand-labelled QA dev corpus (qa-general card)", "",
       "36 transcripts in `transcripts/`, one label per transcript in `labels/` (QA.md JSON result: every card",
       "criterion in card order, then the eight fatal errors as criteria with `\"section\": \"fatal\"`). Labels are",
       "a reviewer's judgement from `shared/product/QA.md`; company facts from the account files and KBs.",
       "`src/*.dsl` hold the sources (relative timing + my statuses); `src/build.py` (adapted from the eval",
       "authoring tool) writes both files and refuses labels that contradict the timing rules; `src/check.py`",
       "re-checks format, arithmetic (fraction = met/applicable, total half-up one decimal before the fatal",
       "override, pass = total >= 85 and no fatal) and that each evidence string is an exact transcript line.",
       "Evidence is given for misses only (`\"\"` for met and N/A).", "",
       "Rebuild: `python3 src/build.py && python3 src/check.py && python3 src/readme.py`", "",
       "## Transcripts", "",
       "file | locale/channel/account/direction | what it tests | expected fatal | total | result",
       "---|---|---|---|---|---"]
cnt = collections.Counter()
for s in S:
    h = s["hdr"]
    out.append(f"{s['name']} | {h['locale']}/{h['channel']}/{h['account']}/{h['direction']} | {s['tests']} | "
               f"{', '.join(s['fatal']) or '—'} | {s['total']:.1f} | {'PASS' if s['passed'] else 'FAIL'}")
    cnt["locale " + h["locale"]] += 1; cnt["channel " + h["channel"]] += 1
    cnt["account " + h["account"]] += 1; cnt["direction " + h["direction"]] += 1
    cnt["fatal" if s["fatal"] else ("pass" if s["passed"] else "fail on total only")] += 1
    for f in s["fatal"]: cnt["fatal id " + f + " " + h["locale"]] += 1
out += ["", "## Counts", ""] + [f"- {k}: {v}" for k, v in sorted(cnt.items())]
out += ["", "## Judgement calls where QA.md is silent", "",
 "General rules I applied across the corpus:", "",
 "1. **ACW limit** is the card's 60 s for every account, even where the account SOP is looser (bank: 90 s) — d2-02.",
 "2. **Calling hours** come from the QA.md region table, by the `started` local time and offset. The outbound account KB has a stricter window (Mon–Sat 08–18 local for everyone, international too); I only used Lintas Proteksi call times where both agree (build.py refuses the others), so no label depends on which table wins. US Sunday / US 18–21 / UK Saturday evening / AU weekday 08–09 cases were deliberately avoided. Dates avoid the Nyepi/Idul Fitri week (18–24 March 2026).",
 "3. **Outbound opening**: greeting, own name and company must be in the agent's first turn; the purpose may come in the turn right after right-party confirmation (QA.md says so for the purpose only) — d2-24 misses name/company.",
 "4. **Outbound verification**: when no account data is read out (offer calls, callbacks, DNC) `verified`/`before_disclosure` are N/A and the section stands on `consent_dnc` alone; when the customer confirms a data point that is then used (premium by DOB, collection amount) they are applicable.",
 "5. **Fatal criteria N/A**: `dnc_violation` and `outside_calling_hours` N/A on inbound; `blind_transfer_on_supervisor_request` N/A unless a supervisor was demanded (met when demanded but no cold transfer followed, even if the demand was refused); the other five are always applicable (met unless they happened).",
 "6. **A fatal also costs its card criterion**: request_secret → `before_disclosure`; disclose_before_verify → `verified`/`before_disclosure`; unauthorized_promise ↔ `no_unauthorised_promise`; blame_customer → `no_triggers`; blind transfer → `transfer_escalation`; dnc/hours → `consent_dnc`. Totals are reported before the fatal override, so several fatal calls have totals ≥ 85 on purpose (d2-03, 10, 11, 12, 13, 14, 18, 19).",
 "7. **Evidence for a miss by omission** is the agent line where the thing should have happened (for closing misses, the agent's last line; for holds, the hold marker or the return line; for ACW, the ACW/DISPOSITION/NOTES line). An email reply is one line, so several misses share it.",
 "8. **Dead air on voice**: any gap > 15 s between lines outside holds; corpus avoids silences the agent announced, so no label depends on whether an announcement excuses it. **Chat**: wait from the customer's first unanswered message to the agent's next message, first reply ≤ 60 s, later ≤ 120 s. In chat without holds the hold/silence section has only `no_dead_air`, so one slow reply costs the whole 10 weight (d2-22, d2-34).",
 "9. **Email**: hold/silence section N/A; `no_slang` N/A off voice (chat and email); opening read from the first reply (salutation with the customer's name, own name, company, taking up the issue); \"if there is anything else, reply to this email\" counts as `anything_else`.",
 "10. **Transfers**: on a cold transfer the summary is missed (only the warm-transfer introduction recap counts); `anything_else`/`thanks_brand` are N/A on any call ending in a transfer.",
 "11. **Customer hangs up because of the agent's fault**: closing criteria missed, not N/A (d2-17).",
 "12. **Dispositions** use the QA.md list (hyphenated ids), not the account YAML ids. ticket-created when something stays open with another team (claim, dispute, fraud report, return/replacement, repair ticket, billing request, seller case); resolved-first-contact when the contact finished the job (information, package change, area outage with ETA and no new ticket, scam number logged with no card action); sale for an application agreed and sent; promise-to-pay for collections; DNC-request when the customer opts out.",
 "13. **Protective cut-in**: stopping a customer reading an OTP/PIN is never an interrupt (d2-02, d2-27); the customer cutting the agent off is not the agent's interrupt (d2-12).",
 "14. **Not secrets**: last four card digits, DOB, mother's maiden name are verification data; telling a customer to enter their own PIN in the app/ATM or to set a purchase PIN, and \"never share your PIN\", are not request_secret.",
 "15. **Promises**: standard time frames (7–14 working days, 2 x 24 h, 20 working days, 'aktif maks 2 jam'), the SLA end restated as a clock time, conditional policy ('if three outages in 30 days, a one-day credit per day down'), KB-sanctioned 'usually decided in the buyer's favour', and policy fee waivers are not promises. A guaranteed date ('besok pagi, saya jamin'), a goodwill voucher, a free month or free upgrade are.",
 "16. **Rude vs triggers**: sarcasm, a jibe when refusing a supervisor, and a dismissive one-liner are rude; a bare \"I can't\"/\"nggak bisa\" or \"sorry, but that's the procedure\" followed by some help is the listed trigger only (d2-20, d2-21).",
 "17. **Blame**: stating a fact (\"the notice was on last month's bill\") is not blame; \"you should have…/harusnya Bapak…\" given as the answer is.",
 "18. **Third parties**: a spouse/child who knows the account number is not verified; giving them account data or acting on the account is the fatal plus `right_solution` missed (d2-06). Handing the phone to the holder who is then verified in her own voice is verification done right (d2-27).",
 "19. **DNC**: a customer saying \"I'm on the Do Not Call list\" is not a violation by itself when the lead came from a consented web form and the agent stops at once, apologises and adds the number (d2-29); pitching after a clear opt-out is (d2-16, d2-17). Pitching without asking whether now is a good time misses `consent_dnc` but is not dnc_violation (d2-24).",
 "20. **Wrong information that costs money** (DOMAIN.md lists it) is not among QA.md's eight fatal ids, so it is scored under `correct_info`/`right_solution` only (d2-08, d2-24).",
 "21. **Empathy section** is N/A only when the customer brings no problem or feeling (calm sales prospects, a busy driver); `apology` N/A on collection calls only. An apology immediately followed by \"tapi/but\" still counts as the apology; the \"tapi\" costs `no_triggers` (d2-05, d2-16, d2-21).",
 "22. **Names**: `uses_name` applies when the name is known (offered, or from the verified record); `register` is met when no name was offered and nothing is disrespectful.",
 "", "Per-transcript notes:", ""]
for s in S:
    for n in s["notes"]:
        out.append(f"- {s['name']}: {n}")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(f"{k}: {v}" for k, v in sorted(cnt.items())))
