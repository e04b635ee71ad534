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
