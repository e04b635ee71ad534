"""Small personas built in Python for the engine and simulator tests.

Built from the model dataclasses directly so the engine tests do not depend on the YAML loader;
each persona exercises one family of paths (inbound call, chat, outbound call list).
"""

from __future__ import annotations

import dataclasses

from mockcall.core.model import (
    Account,
    CallingHours,
    CallListEntry,
    Check,
    Condition,
    Criterion,
    Customer,
    Disposition,
    Expect,
    Followup,
    KbDoc,
    Mood,
    Option,
    Persona,
    Reactions,
    Rubric,
    Section,
    Sop,
    State,
    Tool,
)


def account() -> Account:
    return Account(
        id="shop",
        name="Kirim Cepat",
        sop=Sop(acw_seconds=60, chat_response_seconds=60, calling_hours=CallingHours()),
        dispositions=(
            Disposition(id="resolved_first_contact"),
            Disposition(id="escalated"),
            Disposition(id="transferred"),
            Disposition(id="no_answer"),
        ),
        followups=(Followup(id="email_summary"),),
        tools=(
            Tool(id="courier", card=True, reveals=("due", "order_no", "eta")),
            Tool(id="ticket", kind="action", sets=("ticket_created",)),
            Tool(id="dnc_list", kind="dnc"),
        ),
        kb=(KbDoc(id="refunds", title="Refunds", file="kb/refunds.md"),),
    )


def shop_persona(**changes: object) -> Persona:
    """Inbound call about a late parcel: a resolution path, a hold, a soup call, a hang-up."""
    states = {
        "greet": State(
            say=("Hi, my parcel is late.", "Hello, where is my parcel?", "My parcel never came."),
            again=("I told you, my parcel is late.",),
            options=(
                Option(
                    id="greet.hello",
                    text="Good morning {customer.title} {customer.name}, this is {agent.name} "
                    "from {account.name}. {customer.shoe_size}",
                    acts=("greet", "identify_self"),
                    goto="issue",
                ),
                Option(id="greet.rude", text="What?", acts=("rude",), goto="issue"),
            ),
        ),
        "issue": State(
            say=("It was due {facts.due}.", "They promised {facts.due}."),
            again=("So, where is it?",),
            options=(
                Option(
                    id="issue.probe",
                    text="What is the order number?",
                    acts=("probe",),
                    reveal=("order_no",),
                    reply=("It's {facts.order_no}.",),
                ),
                Option(
                    id="issue.hold",
                    text="May I put you on hold while I check?",
                    acts=("request_hold",),
                    action="hold",
                    goto="checked",
                ),
                Option(
                    id="issue.check",
                    text="The courier says it arrives {facts.eta}.",
                    acts=("explain", "set_expectation"),
                    when=Condition(tools_used=("courier",)),
                    goto="resolve",
                ),
                Option(
                    id="issue.blame",
                    text="You gave a wrong address.",
                    acts=("blame_customer",),
                    goto="issue",
                ),
                Option(
                    id="issue.transfer",
                    text="I'll connect you to the courier desk.",
                    acts=("warm_transfer",),
                    action="transfer_warm",
                ),
            ),
        ),
        "checked": State(
            say=("So?",),
            options=(
                Option(
                    id="checked.thanks",
                    text="Thanks for holding.",
                    acts=("thank_for_holding",),
                    goto="resolve",
                ),
            ),
        ),
        "resolve": State(
            say=("OK, thanks.",),
            mood_escalation=False,
            options=(
                Option(
                    id="resolve.bye",
                    text="Thank you for calling.",
                    acts=("close",),
                    end="resolved",
                    reply=("Bye.",),
                ),
                Option(id="resolve.more", text="Anything else?", acts=("offer_help",)),
            ),
        ),
        "demand": State(
            say=("Get me your supervisor!",),
            again=("I said: supervisor!",),
            mood_escalation=False,
            options=(
                Option(
                    id="demand.own",
                    text="I understand, let me fix this now.",
                    acts=("empathize", "deescalate"),
                    mood=-45,
                    goto="demand",
                ),
                Option(id="demand.rude", text="Calm down.", acts=("rude",), goto="demand"),
                Option(
                    id="demand.escalate",
                    text="I'll get my supervisor.",
                    acts=("escalate_supervisor",),
                    action="escalate",
                    end="escalated",
                ),
            ),
        ),
    }
    base = Persona(
        id="shop-late-parcel",
        title="Late parcel",
        account="shop",
        customer=Customer(name="Sari", title="Ibu", phone="0811", account_no="A-1"),
        facts={"due": "Monday", "order_no": "A-17", "eta": "tomorrow"},
        mood=Mood(
            start=50,
            escalate_at=80,
            calm_at=40,
            hangup_at=100,
            patience=15,
            hold_patience=60,
            demand_state="demand",
            calm_state="issue",
            acts={"rude": 30, "blame_customer": 35, "empathize": -5, "deescalate": -10},
            repeat=5,
            dead_air=10,
            hold_too_long=10,
        ),
        start="greet",
        states=states,
        endings=("resolved", "escalated", "transferred", "customer_hung_up"),
        reactions=Reactions(
            dead_air=("Hello?",),
            hold_too_long=("That took ages.",),
            unhold=("Yes?",),
            repeat=("You said that already.",),
            unclear=("Sorry, what do you mean?",),
            hang_up=("Forget it!",),
        ),
        expect=Expect(
            disposition={"resolved": "resolved_first_contact", "escalated": "escalated"},
            notes_mention=("parcel|order", "courier"),
        ),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def chat_persona() -> Persona:
    return shop_persona(id="shop-late-parcel-chat", channel="chat")


def outbound_persona() -> Persona:
    """An outbound offer: a call list with a DNC number, one abroad, one that never answers."""
    return Persona(
        id="shop-outbound-offer",
        title="Offer to a customer",
        account="shop",
        direction="outbound",
        starts_at="2026-03-02T10:00:00+07:00",
        customer=Customer(name="Budi", title="Bapak"),
        mood=Mood(start=30),
        start="open",
        states={
            "open": State(
                say=("Yes, who is this?",),
                options=(
                    Option(
                        id="open.consent",
                        text="May I tell you about an offer?",
                        acts=("ask_consent",),
                        goto="offer",
                    ),
                    Option(
                        id="open.pitch",
                        text="Buy our plan!",
                        acts=("offer_solution",),
                        goto="offer",
                    ),
                ),
            ),
            "offer": State(
                say=("Alright, go on.",),
                options=(
                    Option(
                        id="offer.close",
                        text="Thank you, goodbye.",
                        acts=("close",),
                        end="resolved",
                    ),
                ),
            ),
        },
        endings=("resolved",),
        call_list=(
            CallListEntry(id="lead-dnc", name="Ani", phone="0812", dnc=True),
            CallListEntry(id="lead-far", name="John", phone="+1 555", utc_offset="-05:00"),
            CallListEntry(id="lead-none", name="Citra", phone="0813", answers=False),
            CallListEntry(id="target", name="Budi", phone="0814", target=True),
        ),
    )


def rubric() -> Rubric:
    return Rubric(
        id="shop-qa",
        account="shop",
        version=2,
        pass_mark=80,
        sections=(
            Section(
                id="opening",
                weight=50,
                criteria=(
                    Criterion(id="greet_first", check=Check(requires=("greet",), within_turns=1)),
                ),
            ),
            Section(
                id="conduct",
                weight=50,
                criteria=(
                    Criterion(
                        id="no_blame", fatal=True, check=Check(forbids=("blame_customer", "rude"))
                    ),
                    Criterion(id="right_disposition", check=Check(disposition_expected=True)),
                ),
            ),
        ),
        content_hash="abc123",
    )
