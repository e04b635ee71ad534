"""``mockcall new persona|rubric|account``: scaffold a file that is valid the moment it exists.

A trainer's first persona is the hardest one: an empty file teaches nothing and a copied one
drags another customer's story along.  The scaffold is small but complete — a complaint path, a
soup call (demand state with its way back), a resolution, endings, reactions, expected ACW and
one declared playthrough — so ``validate``, ``lint`` and ``test`` are green from the start and
every later edit shows up as a change in their output.

The text is built from templates (not dumped from the model) so it keeps comments and the key
order of the authoring guide.  It is validated with the real loader and validator on a temporary
file in the target folder, then renamed into place: a broken scaffold is never left behind, and
an existing file is never overwritten.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from mockcall.exit_codes import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE

SCHEMA_DIR = "schema"
_PERSONA_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_ACCOUNT_ID = re.compile(r"^[a-z][a-z0-9_-]*$")


@dataclass(frozen=True)
class Answers:
    """What the scaffold is built from: the flags, completed by questions or defaults."""

    kind: str
    id: str
    account: str
    locale: str
    direction: str = "inbound"
    channel: str = "call"


# --------------------------------------------------------------------------- questions


def _account_id_ok(text: str) -> bool:
    return _ACCOUNT_ID.match(text) is not None


def _persona_id_ok(text: str) -> bool:
    return _PERSONA_ID.match(text) is not None


def _interactive(args: argparse.Namespace) -> bool:
    """Ask only a person at a terminal: scripts and CI piping stdin get the defaults."""
    if getattr(args, "yes", False):
        return False
    stdin = sys.stdin
    return stdin is not None and stdin.isatty()


def _ask(
    label: str,
    default: str,
    ask: bool,
    choices: Sequence[str] = (),
    check: Callable[[str], bool] | None = None,
) -> str:
    """One question with its default in brackets; Enter (or end of input) keeps the default."""
    if not ask:
        return default
    hint = f" ({'/'.join(choices)})" if choices else ""
    while True:
        try:
            raw = input(f"{label}{hint} [{default}]: ").strip()
        except EOFError:
            return default
        value = raw or default
        if choices and value not in choices:
            print(f"  choose one of: {', '.join(choices)}")
            continue
        if check is not None and not check(value):
            print("  use lowercase letters, digits, '-' and '_' (starting with a letter)")
            continue
        return value


def _root(args: argparse.Namespace) -> Path:
    """Where account folders live: the first ``--personas`` folder, else ``./personas``."""
    given = getattr(args, "personas", None)
    return Path(given[0]) if given else Path("personas")


def _only_account(root: Path) -> str | None:
    """The account id when the persona folder holds exactly one account (a sensible default)."""
    if not root.is_dir():
        return None
    found = sorted(p.parent.name for p in root.glob("*/account.yaml"))
    return found[0] if len(found) == 1 else None


def _account_locale(root: Path, account: str) -> str | None:
    path = root / account / "account.yaml"
    if not path.is_file():
        return None
    from mockcall.core.loader import load_account

    loaded = load_account(path)
    return loaded.value.locale if loaded.value is not None else None


def gather(args: argparse.Namespace) -> Answers | str:
    """Flags first, then questions (interactive only), then defaults; an error text if unusable."""
    ask = _interactive(args)
    kind: str = args.kind
    root = _root(args)
    if kind == "account":
        new_id = _ask("account id", args.new_id or "new-account", ask, check=_account_id_ok)
        locale = _ask("locale", args.locale or "id", ask, ("id", "en"))
        if not _ACCOUNT_ID.match(new_id):
            return f"account id '{new_id}' must match {_ACCOUNT_ID.pattern}"
        return Answers(kind, new_id, new_id, locale)
    default_account = args.account or _only_account(root) or ""
    account = _ask("account", default_account, ask, check=_account_id_ok)
    if not account:
        return "which account? give --account ACCOUNT (see 'mockcall list')"
    if not _ACCOUNT_ID.match(account):
        return f"account id '{account}' must match {_ACCOUNT_ID.pattern}"
    default_locale = args.locale or _account_locale(root, account) or "id"
    if kind == "rubric":
        locale = _ask("locale", default_locale, ask, ("id", "en"))
        return Answers(kind, f"{account}-qa", account, locale)
    new_id = _ask("persona id", args.new_id or f"{account}-new-customer", ask, check=_persona_id_ok)
    if not _PERSONA_ID.match(new_id):
        return f"persona id '{new_id}' must match {_PERSONA_ID.pattern}"
    locale = _ask("locale", default_locale, ask, ("id", "en"))
    direction = _ask("direction", args.direction or "inbound", ask, ("inbound", "outbound"))
    channel = _ask("channel", args.channel or "call", ask, ("call", "chat", "email"))
    return Answers(kind, new_id, account, locale, direction, channel)


def default_out(answers: Answers, root: Path) -> Path:
    """``personas/<account>/<id>.yaml``, ``.../rubric.yaml``, ``personas/<id>/account.yaml``."""
    if answers.kind == "account":
        return root / answers.id / "account.yaml"
    if answers.kind == "rubric":
        return root / answers.account / "rubric.yaml"
    return root / answers.account / f"{answers.id}.yaml"


def schema_ref(out: Path, kind: str) -> str:
    """Relative path from the file's folder to ``schema/<kind>.schema.json``.

    The library keeps the schema files in ``personas/schema/``, a sibling of the account
    folders; when such a folder is found above the output it is used, else the standard layout
    (``../schema/``) is assumed so the file still works once moved into place.
    """
    name = f"{kind}.schema.json"
    folder = out.parent.resolve()
    for parent in (folder, *folder.parents):
        candidate = parent / SCHEMA_DIR / name
        if candidate.is_file():
            return Path(os.path.relpath(candidate, folder)).as_posix()
    return f"../{SCHEMA_DIR}/{name}"


# --------------------------------------------------------------------------- templates


def q(text: str) -> str:
    """A YAML double-quoted scalar: JSON strings are valid YAML and need no other escaping."""
    return json.dumps(text, ensure_ascii=False)


def _qlist(items: Sequence[str]) -> str:
    return "[" + ", ".join(q(i) for i in items) + "]"


# Lines per locale. Every customer line has two variants (lint: one-variant) and every state
# offers a right and a tempting wrong answer (lint: single-option).
_LINES: dict[str, dict[str, object]] = {
    "en": {
        "name": "Alex Morgan",
        "title": "Mr",
        "city": "Jakarta",
        "title_line": "Alex Morgan: a complaint that turns into a supervisor demand",
        "summary": (
            "A customer with a problem that has gone on too long. Listen, own it, and give a "
            "concrete next step; a policy answer sends him straight to a supervisor demand."
        ),
        "subject": "Complaint about my service",
        "opening_in": [
            "Hello. I've had a problem with my service for three days and nobody has fixed it.",
            "Hi, I need help. My service has been broken since the weekend.",
        ],
        "opening_out": [
            "Hello? Who is this?",
            "Yes, hello? Is this about my complaint?",
        ],
        "opening_hint": "Greet, give your name and the company, and offer help.",
        "greet": "Good morning, this is {agent.name} from {account.name}. How can I help you?",
        "greet_out": (
            "Good morning, this is {agent.name} from {account.name}, calling back about your "
            "complaint. How can I help you today?"
        ),
        "curt": "Yes, what is it?",
        "curt_reply": "That's a warm welcome...",
        "complaint": [
            "It stopped working on Saturday. I've called twice already and nothing happened.",
            "Three days now! I called before and they promised someone would sort it out.",
        ],
        "complaint_again": ["So, are you going to do something this time?"],
        "complaint_hint": "Acknowledge, name the feeling, apologise, and ask what happened.",
        "listen": (
            "I'm sorry, {customer.title} {customer.name}, three days without service is really "
            "frustrating. When exactly did it stop, and what happened on your earlier calls?"
        ),
        "issue_since": "Saturday morning",
        "policy": "That's our policy, sir: repairs take up to seven days.",
        "policy_reply": "Policy? I don't care about your policy!",
        "demand": [
            "That's it. Put me through to your supervisor.",
            "I want to talk to a manager. Now.",
        ],
        "demand_again": ["I said I want your supervisor."],
        "demand_hint": "Own the problem and ask for the chance to fix it before passing him up.",
        "own_it": (
            "I understand, and I'm sorry. I'll take care of this myself right now. "
            "Please give me a moment to fix it for you."
        ),
        "calm_down": "Calm down, sir, shouting won't help.",
        "pass_up": "Fine, I'll transfer you to my supervisor.",
        "resolution": [
            "Fine. So what are you going to do about it?",
            "Okay. What happens now?",
        ],
        "resolution_again": ["So what's the plan?"],
        "resolution_hint": "Offer a concrete fix and say when it happens.",
        "fix": (
            "I've opened a priority repair for you. A technician will call you before 5 pm "
            "today, and I'll send you the ticket number by SMS."
        ),
        "blame": "You probably unplugged something yourself.",
        "blame_reply": "Excuse me? I didn't touch anything!",
        "farewell": [
            "Alright. Thank you.",
            "Okay, thanks for sorting it out.",
        ],
        "farewell_hint": "Summarise the next step, ask if there is anything else, and close.",
        "close": (
            "To sum up: a priority repair, a technician call before 5 pm and the ticket by SMS. "
            "Is there anything else? Thank you for contacting {account.name}, goodbye."
        ),
        "abrupt": "Bye.",
        "dead_air": ["Hello? Are you still there?", "Hello?"],
        "hold_too_long": ["That was a long wait."],
        "unhold": ["Yes, I'm here."],
        "repeat": ["You already said that."],
        "unclear": ["Sorry, what do you mean?"],
        "hang_up": ["Forget it. Goodbye!"],
        "notes": ["repair|ticket", "technician"],
    },
    "id": {
        "name": "Budi Santoso",
        "title": "Bapak",
        "city": "Bandung",
        "title_line": "Bapak Budi: keluhan yang berubah jadi minta atasan",
        "summary": (
            "Pelanggan dengan masalah yang terlalu lama dibiarkan. Dengarkan, ambil alih, dan beri "
            "langkah yang jelas; jawaban 'sudah kebijakan' membuatnya langsung minta atasan."
        ),
        "subject": "Keluhan layanan saya",
        "opening_in": [
            "Halo. Layanan saya sudah tiga hari bermasalah dan belum ada yang memperbaiki.",
            "Halo, saya mau komplain. Dari akhir pekan layanan saya mati terus.",
        ],
        "opening_out": [
            "Halo? Dengan siapa ini?",
            "Ya, halo? Ini soal keluhan saya, ya?",
        ],
        "opening_hint": "Salam, sebut nama dan perusahaan, tawarkan bantuan.",
        "greet": ("Selamat pagi, saya {agent.name} dari {account.name}. Ada yang bisa saya bantu?"),
        "greet_out": (
            "Selamat pagi, saya {agent.name} dari {account.name}, menghubungi kembali soal "
            "keluhan Bapak. Ada yang bisa saya bantu?"
        ),
        "curt": "Ya, ada apa?",
        "curt_reply": "Wah, ketus sekali...",
        "complaint": [
            "Mati sejak hari Sabtu. Saya sudah dua kali telepon dan tidak ada hasilnya.",
            "Sudah tiga hari! Kemarin dijanjikan ada yang mengurus, tapi sampai sekarang tidak.",
        ],
        "complaint_again": ["Jadi kali ini mau diurus atau tidak?"],
        "complaint_hint": (
            "Akui masalahnya, sebut perasaannya, minta maaf, dan tanyakan kejadiannya."
        ),
        "listen": (
            "Mohon maaf, {customer.title} {customer.name}, tiga hari tanpa layanan tentu sangat "
            "mengesalkan. Sejak kapan tepatnya mati, dan apa hasil telepon sebelumnya?"
        ),
        "issue_since": "Sabtu pagi",
        "policy": "Itu sudah kebijakan kami, Pak: perbaikan memang sampai tujuh hari.",
        "policy_reply": "Kebijakan? Saya tidak peduli kebijakan Anda!",
        "demand": [
            "Sudah, sambungkan saya ke atasan Anda.",
            "Saya mau bicara dengan supervisor. Sekarang.",
        ],
        "demand_again": ["Saya bilang, saya mau bicara dengan atasan Anda."],
        "demand_hint": "Ambil alih masalahnya dan minta kesempatan menyelesaikan sebelum eskalasi.",
        "own_it": (
            "Saya mengerti, Pak, dan saya mohon maaf. Saya sendiri yang akan mengurus ini "
            "sekarang juga. Beri saya kesempatan menyelesaikannya, ya, Pak."
        ),
        "calm_down": "Bapak tenang dulu, marah-marah tidak ada gunanya.",
        "pass_up": "Ya sudah, saya sambungkan ke atasan saya.",
        "resolution": [
            "Ya sudah. Jadi apa yang mau Anda lakukan?",
            "Baik. Terus sekarang bagaimana?",
        ],
        "resolution_again": ["Jadi rencananya apa?"],
        "resolution_hint": "Tawarkan solusi yang jelas dan sebutkan kapan.",
        "fix": (
            "Saya sudah buatkan perbaikan prioritas. Teknisi akan menghubungi Bapak sebelum "
            "pukul 17.00 hari ini, dan nomor tiketnya saya kirim lewat SMS."
        ),
        "blame": "Mungkin ada kabel yang Bapak cabut sendiri.",
        "blame_reply": "Maksudnya apa? Saya tidak menyentuh apa-apa!",
        "farewell": [
            "Baik. Terima kasih.",
            "Oke, terima kasih sudah dibantu.",
        ],
        "farewell_hint": "Rangkum langkah berikutnya, tanyakan ada lagi, lalu tutup.",
        "close": (
            "Saya rangkum: perbaikan prioritas, teknisi menghubungi sebelum pukul 17.00, dan "
            "tiket lewat SMS. Ada lagi yang bisa saya bantu? Terima kasih telah menghubungi "
            "{account.name}, selamat pagi."
        ),
        "abrupt": "Oke, dah.",
        "dead_air": ["Halo? Masih di sana?", "Halo?"],
        "hold_too_long": ["Lama sekali menunggunya."],
        "unhold": ["Ya, saya masih di sini."],
        "repeat": ["Itu tadi sudah Anda bilang."],
        "unclear": ["Maksudnya bagaimana?"],
        "hang_up": ["Sudahlah, percuma. Saya tutup!"],
        "notes": ["perbaikan|repair|tiket|ticket", "teknisi|technician"],
    },
}


def _line(locale: str, key: str) -> str:
    value = _LINES[locale][key]
    assert isinstance(value, str)
    return value


def _lines(locale: str, key: str) -> list[str]:
    value = _LINES[locale][key]
    assert isinstance(value, list)
    return [str(v) for v in value]


def _pick(codes: Sequence[str], words: Sequence[str], taken: set[str]) -> str | None:
    """The first account disposition whose code contains one of ``words`` and is still free."""
    for word in words:
        for code in codes:
            if word in code and code not in taken:
                return code
    return None


def expected_dispositions(codes: Sequence[str]) -> dict[str, str]:
    """ending -> disposition from the account's own codes (``expect`` must use those).

    Matched by meaning in the code's name; ``resolved`` falls back to the first free code, so
    an account with unusual codes still gets a valid (if arguable) expectation to correct.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for ending, words in (
        ("escalated", ("escalat", "supervisor")),
        ("customer_hung_up", ("disconnect", "hung", "hang", "abandon")),
        ("resolved", ("resolved", "ticket", "callback", "agreed")),
    ):
        code = _pick(codes, words, taken)
        if code is None and ending == "resolved":
            code = next((c for c in codes if c not in taken), None)
        if code is not None:
            out[ending] = code
            taken.add(code)
    return {e: out[e] for e in ("resolved", "escalated", "customer_hung_up") if e in out}


def persona_text(a: Answers, schema: str, dispositions: Sequence[str]) -> str:
    """The persona file: complaint, soup call and its way back, resolution, one playthrough.

    Long because it is the template: it reads top to bottom like the file it writes.
    """
    lc = a.locale

    def L(key: str) -> str:
        """One line of the locale, quoted (short: the template reads like the file)."""
        return q(_line(lc, key))

    def LL(key: str) -> str:
        """Variants of the locale as a flow list."""
        return _qlist(_lines(lc, key))

    outbound = a.direction == "outbound"
    target = "customer"
    opening = "opening_out" if outbound else "opening_in"
    greet = "greet_out" if outbound else "greet"
    expect = expected_dispositions(dispositions)
    out = [
        f"# yaml-language-server: $schema={schema}",
        "# Scaffolded by 'mockcall new persona'. Replace the lines with your customer's story;",
        "# keep validate, lint and test green as you go (docs/authoring.md).",
        f"id: {a.id}",
        f"title: {L('title_line')}",
        f"account: {a.account}",
        f"direction: {a.direction}",
        f"channel: {a.channel}",
        f"locale: {lc}",
        "region: domestic",
        "difficulty: 2",
        f"summary: {L('summary')}",
    ]
    if a.channel == "email":
        out.append(f"subject: {L('subject')}")
    out += [
        "tags: [complaint, soup-call]",
        'starts_at: "2026-03-02T10:00:00+07:00"',
        "customer:",
        f"  name: {L('name')}",
        f"  title: {L('title')}",
        '  phone: "081200000000"',
        '  account_no: "0000-0000"',
        f"  city: {L('city')}",
        "facts:",
        f"  issue_since: {L('issue_since')}",
        "mood:",
        "  start: 40",
        "  escalate_at: 70",
        "  calm_at: 40",
        "  hangup_at: 100",
        "  demand_state: escalation_demand",
        "  calm_state: resolution",
        "  acts: {empathize: -5, apologize: -3, acknowledge: -3, deescalate: -15,",
        "         offer_solution: -8, set_expectation: -4, rude: 30, blame_customer: 30}",
        "  repeat: 8",
        "start: opening",
        "states:",
        "  opening:",
        f"    say: {LL(opening)}",
        f"    hint: {L('opening_hint')}",
        "    options:",
        "      - id: opening.greet",
        f"        text: {L(greet)}",
        "        acts: [greet, identify_self, offer_help]",
        "        goto: complaint",
        "      - id: opening.curt",
        f"        text: {L('curt')}",
        "        acts: [greet]",
        "        mood: 10",
        f"        reply: [{L('curt_reply')}]",
        "        goto: complaint",
        "  complaint:",
        f"    say: {LL('complaint')}",
        f"    again: {LL('complaint_again')}",
        f"    hint: {L('complaint_hint')}",
        "    options:",
        "      - id: complaint.listen",
        f"        text: {L('listen')}",
        "        acts: [acknowledge, empathize, apologize, probe, use_name]",
        "        reveal: [issue_since]",
        "        goto: resolution",
        "      - id: complaint.policy       # tempting but wrong: policy as the whole answer",
        f"        text: {L('policy')}",
        "        acts: [explain]",
        "        mood: 35",
        f"        reply: [{L('policy_reply')}]",
        "        goto: complaint",
        "  escalation_demand:              # the soup call: mood reached escalate_at",
        f"    say: {LL('demand')}",
        f"    again: {LL('demand_again')}",
        f"    hint: {L('demand_hint')}",
        "    mood_escalation: false",
        "    options:",
        "      - id: demand.own-it          # mood below calm_at: back to calm_state",
        f"        text: {L('own_it')}",
        "        acts: [apologize, deescalate, acknowledge]",
        "        mood: -40",
        "        goto: escalation_demand",
        "      - id: demand.calm-down",
        f"        text: {L('calm_down')}",
        "        acts: [rude]",
        "        goto: escalation_demand",
        "      - id: demand.pass-up",
        f"        text: {L('pass_up')}",
        "        acts: [escalate_supervisor]",
        "        action: escalate",
        "        end: escalated",
        "  resolution:",
        f"    say: {LL('resolution')}",
        f"    again: {LL('resolution_again')}",
        f"    hint: {L('resolution_hint')}",
        "    options:",
        "      - id: resolution.fix",
        f"        text: {L('fix')}",
        "        acts: [offer_solution, set_expectation]",
        "        goto: farewell",
        "      - id: resolution.blame",
        f"        text: {L('blame')}",
        "        acts: [blame_customer]",
        f"        reply: [{L('blame_reply')}]",
        "        goto: resolution",
        "  farewell:",
        f"    say: {LL('farewell')}",
        f"    hint: {L('farewell_hint')}",
        "    mood_escalation: false",
        "    options:",
        "      - id: farewell.close",
        f"        text: {L('close')}",
        "        acts: [summarize, close]",
        "        end: resolved",
        "      - id: farewell.abrupt",
        f"        text: {L('abrupt')}",
        "        acts: [close]",
        "        mood: 5",
        "        end: resolved",
        "endings: [resolved, escalated, customer_hung_up]",
    ]
    if outbound:
        out += [
            "call_list:",
            f'  - {{id: {target}, name: {L("name")}, phone: "081200000000", target: true}}',
            '  - {id: no-answer, name: "Sari Dewi", phone: "081200000001", answers: false}',
        ]
    out += [
        "reactions:",
        f"  dead_air: {LL('dead_air')}",
        f"  hold_too_long: {LL('hold_too_long')}",
        f"  unhold: {LL('unhold')}",
        f"  repeat: {LL('repeat')}",
        f"  unclear: {LL('unclear')}",
        f"  hang_up: {LL('hang_up')}",
        "expect:",
    ]
    if expect:
        pairs = ", ".join(f"{k}: {v}" for k, v in expect.items())
        out.append(f"  disposition: {{{pairs}}}")
    out.append(f"  notes_mention: {LL('notes')}")
    # Chat and email open connected; only an outbound voice call starts at the call list.
    dial = f"dial:{target}," if outbound and a.channel == "call" else ""
    out += [
        "tests:",
        "  - name: best path — listened, fixed, closed",
        f'    path: "{dial}@opening.greet,@complaint.listen,@resolution.fix,@farewell.close"',
        "    ending: resolved",
        "",
    ]
    return "\n".join(out)


def rubric_text(a: Answers, schema: str) -> str:
    """A small scorecard on the acts the persona scaffold performs; weights sum to 100.

    Long because it is the template: it reads top to bottom like the file it writes.
    """
    return "\n".join(
        [
            f"# yaml-language-server: $schema={schema}",
            "# Scaffolded by 'mockcall new rubric'. Mirror the floor's scorecard; section weights",
            "# must add up to 100, and every criterion needs coaching (docs/authoring.md §3).",
            f"id: {a.account}-qa",
            f"account: {a.account}",
            "version: 1",
            f"title: {q(a.account + ' QA scorecard')}",
            "pass_mark: 85",
            "sections:",
            "  - id: opening",
            "    title: Opening",
            "    weight: 15",
            "    criteria:",
            "      - id: greet_and_name",
            "        title: Greeting and own name in the first turn",
            "        check: {requires: [greet, identify_self], within_turns: 1}",
            "        coaching: Open with the greeting, your name and the company.",
            "  - id: empathy",
            "    title: Empathy and de-escalation",
            "    weight: 30",
            "    criteria:",
            "      - id: empathy_shown",
            "        title: Named the feeling and apologised",
            "        check: {requires: [empathize, apologize]}",
            "        coaching: Name the feeling and apologise for the experience.",
            "      - id: no_trigger_phrases",
            "        title: No blame, no rudeness",
            "        fatal: true",
            "        check: {forbids: [rude, blame_customer]}",
            "        coaching: Never tell the customer to calm down or that it is their fault.",
            "      - id: soup_call_handled",
            "        title: Supervisor request answered with ownership first",
            "        na_unless: escalation_demand",
            "        check: {any_of: [deescalate], escalation_justified: "
            "{min_demands: 2, attempt_first: [deescalate]}}",
            "        coaching: Take ownership and ask for the chance to resolve it first.",
            "  - id: resolution",
            "    title: Resolution",
            "    weight: 35",
            "    criteria:",
            "      - id: solution_offered",
            "        title: Offered a concrete solution",
            "        check: {requires: [offer_solution]}",
            "        coaching: Give a concrete fix, not only sympathy.",
            "      - id: expectation_set",
            "        title: Gave the next step and a time frame",
            "        check: {requires: [set_expectation]}",
            "        coaching: Say what happens next and by when.",
            "  - id: closing",
            "    title: Closing",
            "    weight: 10",
            "    criteria:",
            "      - id: summary_and_close",
            "        title: Summary, anything else, thanks",
            "        na_unless: {outcome: [resolved]}",
            "        check: {requires: [summarize, close], last_turns: 3}",
            "        coaching: Summarise, ask if there is anything else, thank the customer.",
            "  - id: acw",
            "    title: After-call work",
            "    weight: 10",
            "    criteria:",
            "      - id: right_disposition",
            "        title: Correct disposition",
            "        check: {disposition_expected: true}",
            "        coaching: Pick the disposition that matches how the call really ended.",
            "",
        ]
    )


def account_text(a: Answers, schema: str) -> str:
    """An account with SOP timings, the dispositions the persona scaffold expects, one tool."""
    name = "New Account" if a.locale == "en" else "Akun Baru"
    return "\n".join(
        [
            f"# yaml-language-server: $schema={schema}",
            "# Scaffolded by 'mockcall new account'. Next:",
            f"#   mockcall new rubric --account {a.id}",
            f"#   mockcall new persona --account {a.id}",
            f"id: {a.id}",
            f"name: {q(name)}",
            f"locale: {a.locale}",
            "sourcing: outsourced",
            "description: >-",
            "  What the client sells and what customers contact it about (the trainee's briefing).",
            "sop:",
            "  acw_seconds: 60",
            "  max_hold_seconds: 120",
            "  hold_checkback_seconds: 60",
            "  dead_air_seconds: 15",
            "  chat_response_seconds: 60",
            "  max_handle_seconds: 900",
            "  calling_hours:                 # outbound only, in the customer's local time",
            "    days: [mon, tue, wed, thu, fri, sat]",
            '    start: "08:00"',
            '    end: "18:00"',
            "dispositions:",
            '  - {id: resolved, label: "Resolved on first contact"}',
            '  - {id: escalated, label: "Escalated to supervisor"}',
            '  - {id: customer_disconnected, label: "Customer left before the end"}',
            '  - {id: callback_scheduled, label: "Callback scheduled"}',
            "followups:",
            '  - {id: callback, label: "Callback at the agreed time"}',
            "tools:",
            "  - id: account_lookup",
            "    label: Account lookup",
            "    description: Find the customer; fills the customer card.",
            "    card: true",
            "    reveals: [registered_dob]",
            "kb: []",
            "",
        ]
    )


# --------------------------------------------------------------------------- checking


def _problems(answers: Answers, tmp: Path, root: Path) -> tuple[list[str], list[str]]:
    """(errors, warnings) of the scaffold as the loader and validator see it at ``tmp``."""
    from mockcall.core.loader import Library, load_account, load_library, load_rubric
    from mockcall.core.model import AccountBundle
    from mockcall.core.validate import validate_library

    folder = tmp.parent
    if answers.kind == "account":
        loaded_account = load_account(tmp)
        problems = list(loaded_account.problems)
        if loaded_account.value is not None:
            bundle = AccountBundle(loaded_account.value, None, (), str(folder))
            problems = validate_library(Library({answers.id: bundle}, tuple(problems), ()))
    elif answers.kind == "rubric":
        loaded_rubric = load_rubric(tmp)
        problems = list(loaded_rubric.problems)
        library = load_library([folder]) if (folder / "account.yaml").is_file() else None
        if library is None or not library.bundles:
            return [f"no account.yaml in {folder}; run 'mockcall new account' first"], []
        if loaded_rubric.value is not None:
            (key, bundle), *_ = library.bundles.items()
            bundle = replace(bundle, rubric=loaded_rubric.value)
            problems += validate_library(Library({key: bundle}, (), ()))
    else:
        problems = validate_library(load_library([tmp]))
    mine = [p for p in problems if Path(p.file) == tmp]
    errors = [_here(p, tmp) for p in mine if p.severity == "error"]
    warnings = [_here(p, tmp) for p in mine if p.severity != "error"]
    if answers.kind == "persona" and not errors:
        errors += _playthrough_failures(tmp)
    return errors, warnings


def _here(problem: object, tmp: Path) -> str:
    return str(problem).replace(str(tmp), "<new file>")


def _playthrough_failures(tmp: Path) -> list[str]:
    """The declared playthrough must pass on the real engine before the file is written."""
    from mockcall.commands.persona_tests import check
    from mockcall.core.loader import load_library
    from mockcall.core.simulate import play_path

    library = load_library([tmp])
    out: list[str] = []
    for persona in library.personas():
        bundle = library.bundle_for(persona)
        if bundle is None:
            continue
        for test in persona.tests:
            result = play_path(persona, bundle.account, bundle.rubric, test.path)
            out += [f"playthrough '{test.name}': {r}" for r in check(persona, test, result)]
    return out


def write_checked(answers: Answers, text: str, out: Path, root: Path) -> list[str]:
    """Write ``text`` to ``out`` only if it validates; the errors otherwise (nothing left).

    The temporary file sits in the target folder so the loader sees the folder's account and
    rubric exactly as it will after the rename (which is atomic on one file system).
    """
    created: list[Path] = []
    folder = out.parent
    for parent in reversed((folder, *folder.parents)):
        if not parent.exists():
            created.append(parent)
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}.tmp-", suffix=".yaml", dir=folder)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        errors, _ = _problems(answers, tmp, root)
        if errors:
            return errors
        if out.exists():  # created meanwhile: still never overwrite
            return [f"{out} already exists; not overwritten"]
        os.replace(tmp, out)
        return []
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if out.exists():
            created = []
        for made in reversed(created):
            with contextlib.suppress(OSError):
                made.rmdir()


def _next_steps(answers: Answers, out: Path) -> list[str]:
    if answers.kind == "account":
        return [
            f"mockcall new rubric --account {answers.id}",
            f"mockcall new persona --account {answers.id}",
            f"mockcall validate {out.parent}",
        ]
    steps = [f"mockcall validate {out}", f"mockcall lint {out}"]
    if answers.kind == "persona":
        steps += [f"mockcall test {out}", f"mockcall play {out}"]
    else:
        steps += [f"mockcall test {out.parent}"]
    return steps


def run(args: argparse.Namespace) -> int:
    answers = gather(args)
    if isinstance(answers, str):
        print(f"mockcall new: {answers}", file=sys.stderr)
        return EXIT_USAGE
    root = _root(args)
    out = Path(args.out) if args.out else default_out(answers, root)
    if out.exists():
        print(f"mockcall new: {out} already exists; not overwritten", file=sys.stderr)
        return EXIT_PROBLEMS
    if answers.kind != "account" and not (out.parent / "account.yaml").is_file():
        print(
            f"mockcall new: no account.yaml in {out.parent}; a {answers.kind} lives beside its "
            f"account (run 'mockcall new account --id {answers.account}' first)",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    schema = schema_ref(out, answers.kind)
    if answers.kind == "account":
        text = account_text(answers, schema)
    elif answers.kind == "rubric":
        text = rubric_text(answers, schema)
    else:
        text = persona_text(answers, schema, _dispositions(out.parent))
    errors = write_checked(answers, text, out, root)
    if errors:
        for line in errors:
            print(line, file=sys.stderr)
        print(f"mockcall new: {out} not written", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"wrote {out}")
    print("next:")
    for step in _next_steps(answers, out):
        print(f"  {step}")
    return EXIT_OK


def _dispositions(folder: Path) -> list[str]:
    """The account's disposition codes (``expect`` may use no others); none without one."""
    path = folder / "account.yaml"
    if not path.is_file():
        return []
    from mockcall.core.loader import load_account

    loaded = load_account(path)
    return [d.id for d in loaded.value.dispositions] if loaded.value is not None else []
