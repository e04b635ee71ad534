"""Every UI string has an English and an Indonesian text, with the same ``{fields}``.

A string missing in one language shows its key on a trainee's screen; a field spelt
differently in one language raises when that screen formats it. Both are caught here, for the
whole table at once, instead of on the training floor.
"""

from __future__ import annotations

import string

from mockcall.tui.i18n import LANGUAGES, STRINGS, set_language, t


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_string_is_written_in_both_languages() -> None:
    assert LANGUAGES == ("en", "id")
    empty = [
        key for key, pair in STRINGS.items() if len(pair) != 2 or not all(p.strip() for p in pair)
    ]
    assert empty == []


def test_both_languages_fill_the_same_fields() -> None:
    differ = {
        key: (_fields(en), _fields(id_))
        for key, (en, id_) in STRINGS.items()
        if _fields(en) != _fields(id_)
    }
    assert differ == {}


def test_the_language_switch_picks_the_column() -> None:
    try:
        set_language("id")
        assert t("mode.practice") == "Latihan"
        set_language("xx")  # unknown: English
        assert t("mode.practice") == "Practice"
    finally:
        set_language("en")
    assert t("no.such.key") == "no.such.key"


def test_every_act_has_plain_words_in_both_languages() -> None:
    """What mockcall heard in a typed reply is named in words, never by an act's id: every act
    of the vocabulary (good acts and faults) has a short phrase in English and Indonesian."""
    from mockcall.core.vocab import FAULT_ACTS, GOOD_ACTS
    from mockcall.tui.heard import act_label

    acts = [*GOOD_ACTS, *FAULT_ACTS]
    missing = [act for act in acts if f"act.{act}" not in STRINGS]
    assert missing == []
    stale = [key for key in STRINGS if key.startswith("act.") and key[4:] not in acts]
    assert stale == []
    for act in acts:
        english, indonesian = STRINGS[f"act.{act}"]
        assert english.strip() and indonesian.strip() and english != act, act
        assert len(english) <= 32 and len(indonesian) <= 36, act  # short: one line holds three
    try:
        set_language("id")
        assert act_label("request_hold") == "minta izin hold"
    finally:
        set_language("en")
    assert act_label("request_hold") == "asks to hold"
    assert act_label("not_an_act") == "not an act"


def test_the_line_under_a_reply_says_what_was_heard_or_that_nothing_was() -> None:
    from mockcall.tui.heard import heard_text

    typed = {"free": True, "text": "x", "option": ""}
    assert heard_text({**typed, "acts": ["apologize", "request_hold"]}) == (
        "heard: apologises · asks to hold"
    )
    assert heard_text({**typed, "acts": []}) == (
        "mockcall could not tell what this reply does — nothing was scored for it"
    )
    assert heard_text({**typed, "acts": [], "option": "opening.1"}) == (
        "heard: no act of the SOP — it counted as the reply it matched"
    )
    assert heard_text({"free": False, "acts": ["greet"], "option": "opening.1"}) is None
    assert heard_text({"free": False, "acts": [], "control": "holding"}) is None
