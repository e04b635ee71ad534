""" "One moment, I'm checking": the line the trainee says with ``s`` while using tools or the KB.

A real agent fills the silence of a lookup with a holding line; a trainee who looks a customer
up in silence is scored for dead air. The line is said in the persona's language (the customer
hears it) through the engine's ``say_holding``: it resets the engine's silence clock and breaks
the silence the scorer measures, without counting as a turn the customer must answer. Three
wordings take turns, so pressing ``s`` again during one call is not the same line repeated.
"""

from __future__ import annotations

#: locale -> the wordings, said in turn
LINES: dict[str, tuple[str, ...]] = {
    "en": (
        "One moment please, I'm checking that for you.",
        "Thank you for waiting, I'm still checking.",
        "Bear with me a moment, I'm looking into it.",
    ),
    "id": (
        "Mohon ditunggu sebentar, saya cek dulu ya.",
        "Terima kasih sudah menunggu, masih saya cek ya.",
        "Sebentar ya, saya bantu periksa dulu.",
    ),
}


def checking_line(locale: str, said_before: int) -> str:
    """The wording to say now, given how many times it was said before in this call."""
    lines = LINES.get(locale.split("-")[0].lower(), LINES["en"])
    return lines[said_before % len(lines)]
