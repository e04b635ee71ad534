"""The shared vocabulary of a call: SOP acts, call actions, endings, channels.

Personas tag each trainee reply with acts, rubrics score acts, the free-text recogniser
produces acts.  Keeping the words in one module means a typo in any of those places is
caught by the validator with a did-you-mean instead of silently never matching.
"""

from __future__ import annotations

from typing import Final, Literal

#: Good moves an agent makes, with the one-line meaning shown by ``mockcall tag`` and the docs.
GOOD_ACTS: Final[dict[str, str]] = {
    "greet": "greets the customer (by time of day where the SOP asks)",
    "identify_self": "says their own name and the company",
    "offer_help": "offers help ('how may I help you?')",
    "verify_identity": "asks for or checks the data that proves who the caller is",
    "disclose_account": "tells the customer account data (balance, bill, address, order)",
    "probe": "asks a question that finds the real issue",
    "acknowledge": "acknowledges or restates what the customer said",
    "empathize": "names the customer's feeling",
    "apologize": "apologises for the experience (not for policy, not blaming)",
    "explain": "explains a cause, a policy or a procedure",
    "offer_solution": "offers a concrete fix or options",
    "set_expectation": "says what happens next and by when",
    "request_hold": "asks permission to put the customer on hold, with a reason",
    "thank_for_holding": "thanks the customer for waiting after a hold",
    "deescalate": "takes ownership and asks for the chance to resolve",
    "offer_callback": "offers or books a callback at a time",
    "escalate_supervisor": "hands the call to a supervisor",
    "warm_transfer": "announces and briefs a transfer before connecting",
    "cold_transfer": "transfers without briefing",
    "summarize": "summarises the call and the agreed next steps",
    "close": "closes: anything else? thanks, brand closing",
    "dnc_check": "checks the Do-Not-Call list or asks for consent before marketing",
    "use_name": "addresses the customer by name and honorific",
    "ask_consent": "asks the customer's permission (to offer, to record, to continue)",
    "refuse_secret": "refuses to take a PIN, OTP, CVV or password offered by the customer",
}

#: Faults a rubric penalises; several are fatal on most accounts.
FAULT_ACTS: Final[dict[str, str]] = {
    "blame_customer": "blames the customer ('you should have...')",
    "rude": "is rude or sarcastic, or tells the customer to calm down",
    "interrupt": "talks over the customer",
    "promise_unauthorized": "promises what the agent may not (refunds, free months, dates)",
    "disclose_without_verify": "gives account data to an unverified caller or a third party",
    "request_secret": "asks for a PIN, OTP, CVV or password (always fatal)",
    "dead_air": "leaves the customer in silence past the SOP limit",
}

#: Every act a persona, rubric, lexicon or recogniser may name.
CORE_ACTS: Final[frozenset[str]] = frozenset(GOOD_ACTS) | frozenset(FAULT_ACTS)

Direction = Literal["inbound", "outbound"]
Channel = Literal["call", "chat", "email"]
Locale = Literal["id", "en"]
Region = Literal["domestic", "international"]

#: Call controls an option (or a key in the UI) can perform.
CallAction = Literal[
    "hold", "unhold", "mute", "unmute", "transfer_warm", "transfer_cold", "escalate", "end"
]
CALL_ACTIONS: Final[tuple[str, ...]] = (
    "hold",
    "unhold",
    "mute",
    "unmute",
    "transfer_warm",
    "transfer_cold",
    "escalate",
    "end",
)

#: Endings the engine itself can produce; a persona may declare more of its own.
ENGINE_ENDINGS: Final[tuple[str, ...]] = (
    "resolved",
    "escalated",
    "transferred",
    "customer_hung_up",
    "agent_hung_up",
    "abandoned",
)
