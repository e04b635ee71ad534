"""Free-text agent replies -> SOP acts, for Indonesian and English (with code-switching).

A trainee may type a reply instead of picking a numbered option; the engine needs the same act
tags a persona's options carry.  The recogniser has two halves, both explainable
(``mockcall tag --explain``): trainers read and extend the phrase lexicons
(``mockcall/core/lexicon/*.yaml``, plus an account's own phrases), and a small trained linear
model (:mod:`mockcall.core.acts_model`) hears what no phrase spells out; per act, a rule chosen
by cross-validation on writers it was not trained on says whether the model, the lexicon, or
either decides.  It runs offline in about a millisecond per reply.

Pipeline for one reply (all tables come from the lexicon, compiled once per locale):

1. Unicode NFKC, casefold, accents stripped; tokens are words, numbers (``#num``), times
   (``#time``) and punctuation that marks clauses.
2. English contractions expanded (``won't`` -> ``will not``) so negation is visible.
3. Chat spelling and slang mapped to standard words (``sy`` -> ``saya``, ``gak`` -> ``tidak``).
4. Fixed expressions joined into one token (``terima kasih`` -> ``terimakasih``).
5. Each word stemmed (a small Indonesian affix stripper, or a light English suffix stripper),
   then, if unknown and long enough, corrected to a lexicon word one edit away (typos).
6. Phrase patterns are matched as regular expressions over the token string; a match is void if
   a negator (``tidak``, ``jangan``, ``not``, ``never``...) stands shortly before it in the same
   clause, unless the phrase itself spells out the negation (``jangan ... otp`` is
   refuse_secret on purpose).
7. Scores per act combine the weights of the surviving matches (noisy-or); acts at or over the
   lexicon's threshold are reported, then the lexicon's ``implies``/``suppress`` rules apply, a
   bare question falls back to ``probe``, and ``use_name`` is found from honorific + name.

8. The trained model (:func:`mockcall.core.acts_model.combine`) decides per act from its
   probability and step 7's verdict; acts shown by an account's own phrases are kept.

``dead_air`` is never produced here: silence has no text, the engine measures it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Final

from mockcall.core.vocab import CORE_ACTS
from mockcall.core.yamlsafe import load_text_data

__all__ = [
    "Analysis",
    "Lexicon",
    "PhraseProblem",
    "Recognition",
    "analyse",
    "brand_in_opening",
    "load_lexicon",
    "normalise",
    "phrase_problems",
    "recognise",
    "recognise_lexicon",
    "trace",
]

#: Acts the recogniser can never see in text.
_TEXTLESS_ACTS: Final[frozenset[str]] = frozenset({"dead_air"})
_SENTENCE_END: Final[frozenset[str]] = frozenset({".", "?", "!"})
_CLAUSE_PUNCT: Final[frozenset[str]] = frozenset({".", "?", "!", ",", ";", ":"})
_START: Final[str] = "^"
_NUM: Final[str] = "#num"
_TIME: Final[str] = "#time"
_TOKEN_RE: Final[re.Pattern[str]] = re.compile(
    r"\d+(?:[.,:/]\d+)+\w*|[^\W_]+(?:'[^\W_]+)*|[.?!,;:]"
)
_NUMBER_RE: Final[re.Pattern[str]] = re.compile(r"\d+(?:[.,:/x]\d+)*(?:rb|k|jt|gb|mbps)?")
_TIME_RE: Final[re.Pattern[str]] = re.compile(r"\d+(?:[.:]\d+)?(?:am|pm)")
_REDUP_RE: Final[re.Pattern[str]] = re.compile(r"([a-z]{2,})2")
_VOWELS: Final[str] = "aiueo"
_GAP_SHORT: Final[int] = 3
_GAP_LONG: Final[int] = 8
_TYPO_MIN_LEN: Final[int] = 6


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Recognition:
    """What the recogniser made of one reply.

    ``confidence`` is how far the engine may trust ``acts`` without asking the trainee
    ("Did you mean...?"): high when strong phrases explain most of the reply, low when nothing
    or only weak phrases matched.  ``scores`` holds every act that scored above zero, including
    those under the threshold, so a caller can rank near misses.
    """

    text: str
    acts: tuple[str, ...]
    confidence: float
    scores: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One compiled phrase: the act it signals, its regex over the token string, its weight."""

    act: str
    source: str
    regex: re.Pattern[str]
    weight: float
    negation_aware: bool
    veto: bool
    account: bool = False


@dataclass(slots=True)
class Lexicon:
    """Everything recognition needs for one locale, compiled once.

    Built by :func:`load_lexicon`; treat it as read-only.  ``problems`` lists phrases or acts
    that were ignored while building (unknown act names, unparsable phrases) so a validator can
    show them to the trainer instead of the recogniser failing at call time.
    """

    locale: str
    threshold: float
    slang: dict[str, tuple[str, ...]]
    compounds: dict[tuple[str, ...], str]
    compound_max: int
    stemmer: str
    roots: frozenset[str]
    stem_overrides: dict[str, str]
    negators: frozenset[str]
    boundaries: frozenset[str]
    negation_window: int
    immune: frozenset[str]
    fixed: frozenset[str]
    honorifics: frozenset[str]
    vocative_cues: frozenset[str]
    self_cues: frozenset[str]
    self_follow: frozenset[str]
    self_after: frozenset[str]
    common: frozenset[str]
    question_words: frozenset[str]
    question_act: str
    question_weight: float
    question_unless: frozenset[str]
    implies: dict[str, tuple[str, ...]]
    suppress: dict[str, tuple[str, ...]]
    patterns: tuple[_Pattern, ...]
    index: dict[str, tuple[int, ...]]
    vocab: frozenset[str]
    deletes: dict[str, tuple[str, ...]]
    problems: tuple[str, ...]
    classes: dict[str, list[list[str]]] = field(default_factory=dict, repr=False)
    #: the customer's names as this call knows them (casefolded words; :func:`with_names`)
    known_names: frozenset[str] = frozenset()
    #: the words of the company the agent speaks for: never a name (:func:`with_names`)
    company_words: frozenset[str] = frozenset()
    _stem_cache: dict[str, str] = field(default_factory=dict, repr=False)
    _expand_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _word_cache: dict[str, str] = field(default_factory=dict, repr=False)
    #: (act, phrase) -> why the phrase is skipped (None: it compiles), for phrase_problems
    _phrase_checks: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)


# --------------------------------------------------------------------------- loading


def _load_yaml(text: str, file: str, problems: list[str] | None = None) -> Any:
    """Parse lexicon YAML with the project's safe reader (``mockcall.core.yamlsafe``).

    Lexicons are data files like any other: the same size, depth, tag and duplicate-key checks
    apply, and what the reader finds goes into ``problems`` (and so ``Lexicon.problems``)
    instead of raising when a trainer saves a broken file.
    """
    data, found = load_text_data(text, file)
    if problems is not None:
        problems.extend(f"{p.file}:{p.line}:{p.col}: {p.code}: {p.message}" for p in found)
    return data


def _read_lexicon_file(name: str, problems: list[str] | None = None) -> dict[str, Any]:
    """Read ``lexicon/<name>.yaml`` shipped with the package; missing file means empty."""
    ref = resources.files("mockcall.core").joinpath("lexicon", f"{name}.yaml")
    if not ref.is_file():
        return {}
    data = _load_yaml(ref.read_text(encoding="utf-8"), f"lexicon/{name}.yaml", problems)
    return data if isinstance(data, dict) else {}


def _str_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str | int | float)]
    return []


def _merge(base: dict[str, Any], other: dict[str, Any]) -> None:
    """Merge a locale file into the accumulated config: lists extend, mappings update."""
    for key, value in other.items():
        if key in ("locale", "include", "threshold", "stemmer"):
            continue
        if isinstance(value, dict):
            slot = base.setdefault(key, {})
            for k, v in value.items():
                if isinstance(v, list) and isinstance(slot.get(k), list):
                    slot[k] = slot[k] + v
                elif isinstance(v, dict) and isinstance(slot.get(k), dict):
                    slot[k] = {**slot[k], **v}
                else:
                    slot[k] = v
        elif isinstance(value, list):
            base[key] = list(base.get(key, [])) + value
        else:
            base[key] = value


def _extra_key(
    extra: Mapping[str, Sequence[str]] | None,
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not extra:
        return ()
    items: list[tuple[str, tuple[str, ...]]] = []
    for act, phrases in extra.items():
        if isinstance(phrases, str):
            items.append((str(act), (phrases,)))
        else:
            items.append((str(act), tuple(str(p) for p in phrases)))
    return tuple(sorted(items))


def load_lexicon(locale: str, extra: Mapping[str, Sequence[str]] | None = None) -> Lexicon:
    """Return the compiled lexicon for ``locale`` (``id`` or ``en``), cached.

    ``extra`` is an account's own phrases per act, as trainers write them in the account YAML
    (``{offer_solution: ["kirim voucher", ...]}``), in the same phrase syntax as the lexicon
    files.  Nothing is raised for bad input: phrases under an unknown act name (or ``dead_air``)
    and unparsable phrases are skipped and described in ``Lexicon.problems``.  Lexicons are
    cached per (locale, extra), so the cost of compiling is paid once per account.
    """
    return _load_cached(locale, _extra_key(extra))


def with_names(lexicon: Lexicon, names: Iterable[str], company: Iterable[str] = ()) -> Lexicon:
    """``lexicon`` for one call whose customer is known by ``names`` ("Made Suarjana", ...)
    and whose agent speaks for ``company`` ("Nusanet Home Internet").

    Why: a name is otherwise found by shape alone (a capitalised word the lexicon does not
    know), so a customer called Made, Slamet or Lies ("made", "selamat", "lies" are words) is
    never heard as addressed, and the trained model, which learnt names from its examples,
    doubts names it never saw ("Bu Siska").  A word of the customer's own name after an
    honorific or as a vocative is an address for certain (:attr:`Analysis.addressed_known`).
    The other way round, the company's name is the shape of a name too: "Selamat pagi,
    Nusanet, dengan Rina" would address a customer called Nusanet.  Words of ``company`` are
    never a name.  The compiled tables and caches are shared with ``lexicon``.
    """

    def words_of(texts: Iterable[str]) -> frozenset[str]:
        return frozenset(
            w.casefold()
            for text in texts
            for w in _TOKEN_RE.findall(text)
            if len(_letters(w)) >= 2 and w.casefold() not in lexicon.honorifics
        )

    known, brand = words_of(names), words_of(company) - words_of(names)
    if not known and not brand:
        return lexicon
    return replace(
        lexicon,
        known_names=lexicon.known_names | known,
        company_words=lexicon.company_words | brand,
    )


def full_names(lexicon: Lexicon, text: str) -> set[str]:
    """Names spelt out in full after an honorific: "Bapak Made Suarjana", "Mrs Helen Whitlock".

    Two capitalised words after an honorific are a person's name even when one of them is also
    a word ("Made"); a transcript's reader passes what it finds to :func:`with_names`.
    """
    raw = _TOKEN_RE.findall(_fold(text))
    found: set[str] = set()
    for i, tok in enumerate(raw[:-2]):
        if tok.casefold() not in lexicon.honorifics:
            continue
        j = i + 2 if raw[i + 1] == "." else i + 1
        pair = raw[j : j + 2]
        if len(pair) == 2 and all(_name_shaped(lexicon, w) for w in pair):
            found.update(pair)
    return found


def _letters(word: str) -> str:
    """A word without its apostrophes ("O'Connor" is a name of letters)."""
    return word.replace("'", "").replace("\u2019", "")


def _name_shaped(lexicon: Lexicon, word: str) -> bool:
    """Capitalised letters, not a function word or an honorific."""
    low = word.casefold()
    return (
        word[:1].isupper()
        and _letters(word).isalpha()
        and len(word) >= 2
        and low not in lexicon.common
        and low not in lexicon.honorifics
    )


@lru_cache(maxsize=32)
def _load_cached(locale: str, extra: tuple[tuple[str, tuple[str, ...]], ...]) -> Lexicon:
    return _build(locale, extra)


def _build(locale: str, extra: tuple[tuple[str, tuple[str, ...]], ...]) -> Lexicon:
    """Read, merge and compile a locale's lexicon files plus an account's ``extra`` phrases.

    Each step is its own function, in the order the steps depend on each other: word tables
    first (phrases are normalised with them), then phrases, then the index and typo tables
    built from the compiled phrases' words.
    """
    problems: list[str] = []
    main, config = _read_config(locale, problems)
    slang = _slang_table(config)
    lex = _new_lexicon(locale, main, config, slang)
    _add_word_sets(lex, config, slang)
    classes = {
        str(cname): [_phrase_tokens(lex, m) for m in _str_list(members)]
        for cname, members in dict(config.get("classes") or {}).items()
    }
    lex.patterns = tuple(_compile_patterns(lex, config, extra, classes, problems))
    _index_and_vocab(lex, config, classes, slang)
    lex.problems = tuple(problems)
    lex.classes = classes
    lex._word_cache.clear()
    lex._expand_cache.clear()
    lex._phrase_checks.clear()
    return lex


def _read_config(locale: str, problems: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The locale's own file and the merged configuration (its includes first, then itself,
    then Indonesian slang), so a locale's own entries win over the included ones."""
    main = _read_lexicon_file(locale, problems)
    if not main:
        problems.append(f"no lexicon for locale {locale!r}; using an empty one")
    config: dict[str, Any] = {}
    for name in _str_list(main.get("include")):
        _merge(config, _read_lexicon_file(name, problems))
    _merge(config, main)
    if locale == "id":
        _merge(config, _read_lexicon_file("slang_id", problems))
    return main, config


def _slang_table(config: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Slang rewrites with chains resolved (mksh -> makasih -> terima kasih)."""
    slang: dict[str, tuple[str, ...]] = {}
    for key, value in dict(config.get("slang") or {}).items():
        slang[str(key).casefold()] = tuple(str(value).casefold().split())
    for _ in range(3):
        for key, words in list(slang.items()):
            slang[key] = tuple(x for w in words for x in (slang.get(w, (w,)) if w != key else (w,)))
    return slang


def _folded(config: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _str_list(config.get(key)))


def _new_lexicon(
    locale: str,
    main: Mapping[str, Any],
    config: Mapping[str, Any],
    slang: dict[str, tuple[str, ...]],
) -> Lexicon:
    """The lexicon's plain settings; word sets, phrases and indexes are filled in later."""
    stem_cfg = dict(config.get("stem") or {})
    negation = dict(config.get("negation") or {})
    question = dict(config.get("question") or {})
    return Lexicon(
        locale=locale,
        threshold=float(main.get("threshold", 0.5)),
        slang=slang,
        compounds={},
        compound_max=1,
        stemmer=str(main.get("stemmer", "id" if locale == "id" else "en")),
        roots=_folded(stem_cfg, "roots"),
        stem_overrides={
            str(k).casefold(): str(v).casefold()
            for k, v in dict(stem_cfg.get("overrides") or {}).items()
        },
        negators=frozenset(),
        boundaries=frozenset(),
        negation_window=int(negation.get("window", 3)),
        immune=frozenset(_str_list(negation.get("immune_acts"))),
        fixed=frozenset(str(v).casefold() for v in dict(config.get("compounds") or {}).values()),
        honorifics=_folded(config, "honorifics"),
        vocative_cues=_folded(config, "vocative_cues"),
        self_cues=_folded(config, "self_cues"),
        self_follow=_folded(config, "self_follow"),
        self_after=_folded(config, "self_after"),
        common=frozenset(),
        question_words=frozenset(),
        question_act=str(question.get("act", "probe")),
        question_weight=float(question.get("weight", 0.0)),
        question_unless=frozenset(_str_list(question.get("unless"))),
        implies={},
        suppress={},
        patterns=(),
        index={},
        vocab=frozenset(),
        deletes={},
        problems=(),
    )


def _add_word_sets(
    lex: Lexicon, config: Mapping[str, Any], slang: Mapping[str, tuple[str, ...]]
) -> None:
    """Compounds, negators, boundaries, question words and act rules, normalised like text.

    Compounds are matched on slang-normalised, unstemmed words; the other sets go through the
    full normalisation so they compare equal to the tokens of a reply.
    """
    for phrase, joined in dict(config.get("compounds") or {}).items():
        words = tuple(w for p in str(phrase).casefold().split() for w in slang.get(p, (p,)))
        if len(words) >= 2:
            lex.compounds[words] = str(joined).casefold()
    lex.compound_max = max((len(k) for k in lex.compounds), default=1)

    def canon(words: Iterable[str]) -> frozenset[str]:
        return frozenset(x for w in words for x in _normalise_word_seq(lex, w.casefold()))

    negation = dict(config.get("negation") or {})
    lex.negators = canon(_str_list(negation.get("negators")))
    lex.boundaries = canon(_str_list(negation.get("boundaries"))) | _CLAUSE_PUNCT
    lex.question_words = canon(_str_list(dict(config.get("question") or {}).get("words")))
    rules = dict(config.get("rules") or {})
    for act, targets in dict(rules.get("implies") or {}).items():
        lex.implies[str(act)] = tuple(_str_list(targets))
    for act, blockers in dict(rules.get("suppress") or {}).items():
        lex.suppress[str(act)] = tuple(_str_list(blockers))


def _compile_patterns(
    lex: Lexicon,
    config: Mapping[str, Any],
    extra: tuple[tuple[str, tuple[str, ...]], ...],
    classes: Mapping[str, list[list[str]]],
    problems: list[str],
) -> list[_Pattern]:
    """Every phrase compiled; an account's ``extra`` phrases are marked as the account's own.

    A bad phrase or an unknown act is reported in ``problems`` and skipped, never fatal: an
    author's typo must not stop a training session.
    """
    sources: list[tuple[str, str]] = []
    for act, phrases in dict(config.get("acts") or {}).items():
        sources.extend((str(act), p) for p in _str_list(phrases))
    n_base = len(sources)
    for act, phrases_t in extra:
        sources.extend((act, p) for p in phrases_t)
    patterns: list[_Pattern] = []
    for k, (act, phrase) in enumerate(sources):
        if act not in CORE_ACTS or act in _TEXTLESS_ACTS:
            problems.append(f"unknown or text-less act {act!r}: phrase {phrase!r} ignored")
            continue
        try:
            pat = _compile_phrase(lex, act, phrase, classes)
        except ValueError as exc:
            problems.append(f"{act}: phrase {phrase!r} ignored: {exc}")
            continue
        patterns.append(replace(pat, account=True) if k >= n_base else pat)
    return patterns


def _index_and_vocab(
    lex: Lexicon,
    config: Mapping[str, Any],
    classes: Mapping[str, list[list[str]]],
    slang: Mapping[str, tuple[str, ...]],
) -> None:
    """The anchor index (which phrases to try for a word) and the known vocabulary.

    The vocabulary is what typo correction may correct *to*, so it holds every word the
    lexicon can use: phrase words, class members, negators, compounds, slang targets and
    common words; its one-delete variants make that correction a dictionary look-up.
    """
    vocab: set[str] = set()
    index: dict[str, list[int]] = {}
    for i, pat in enumerate(lex.patterns):
        anchors, pat_words = _anchors_and_words(pat.source, lex, classes)
        vocab.update(pat_words)
        for a in anchors:
            index.setdefault(a, []).append(i)
    for members_l in classes.values():
        for toks in members_l:
            vocab.update(toks)
    vocab.update(lex.negators)
    vocab.update(lex.compounds.values())
    for values in slang.values():
        for v in values:
            vocab.add(_stem(lex, v))
    lex.common = _folded(config, "common") | frozenset(slang)
    vocab.update(_stem(lex, w) for w in lex.common)
    lex.index = {k: tuple(v) for k, v in index.items()}
    lex.vocab = frozenset(w for w in vocab if w.isalpha())
    deletes: dict[str, set[str]] = {}
    for w in lex.vocab:
        if len(w) >= _TYPO_MIN_LEN - 1:
            for d in _deletes(w):
                deletes.setdefault(d, set()).add(w)
    lex.deletes = {k: tuple(sorted(v)) for k, v in deletes.items()}


@dataclass(frozen=True, slots=True)
class PhraseProblem:
    """One account phrase the recogniser would ignore, and why (for the validator)."""

    act: str
    index: int
    phrase: str
    reason: str


def phrase_problems(locale: str, extra: Mapping[str, Sequence[str]]) -> list[PhraseProblem]:
    """The phrases of an account lexicon that :func:`load_lexicon` would skip, with positions.

    The same checks as building the lexicon (a text-less act, an unparsable phrase), run
    against the cached base lexicon of ``locale`` so a validator pays for compiling the
    account's few phrases, not for a whole lexicon per account.  Unknown act names are left to
    the validator's own did-you-mean check.
    """
    lex = load_lexicon(locale)
    out: list[PhraseProblem] = []
    for act, phrases in extra.items():
        if act not in CORE_ACTS:
            continue
        items = [phrases] if isinstance(phrases, str) else list(phrases)
        for i, phrase in enumerate(items):
            if act in _TEXTLESS_ACTS:
                out.append(
                    PhraseProblem(act, i, str(phrase), f"{act} is silence: no text can show it")
                )
                continue
            reason = _phrase_check(lex, act, str(phrase))
            if reason is not None:
                out.append(PhraseProblem(act, i, str(phrase), reason))
    return out


def _phrase_check(lex: Lexicon, act: str, phrase: str) -> str | None:
    """Why ``phrase`` would be skipped for ``act``, or None; remembered per lexicon, since
    accounts of one client repeat their brand phrases."""
    key = (act, phrase)
    if key in lex._phrase_checks:
        return lex._phrase_checks[key]
    reason: str | None = None
    try:
        _compile_phrase(lex, act, phrase, lex.classes)
    except ValueError as exc:
        reason = str(exc)
    lex._phrase_checks[key] = reason
    return reason


# --------------------------------------------------------------------------- phrases


def _phrase_tokens(lex: Lexicon, text: str) -> list[str]:
    """Normalise a word or short phrase from the lexicon exactly as reply text is normalised."""
    words: list[str] = []
    for raw in str(text).casefold().split():
        words.extend(_expand(lex, raw))
    return [_stem(lex, w) if not w.startswith("#") else w for w in _join_compounds(lex, words)]


def _normalise_word_seq(lex: Lexicon, word: str) -> tuple[str, ...]:
    return tuple(_phrase_tokens(lex, word))


def _split_phrase(source: str) -> tuple[list[str], float]:
    weight = 1.0
    body = source.strip()
    m = re.search(r"\s=\s*([01](?:\.\d+)?)\s*$", body)
    if m:
        weight = float(m.group(1))
        body = body[: m.start()].rstrip()
    return body.split(), weight


def _alt_regex(lex: Lexicon, spec: str, classes: Mapping[str, list[list[str]]]) -> list[list[str]]:
    """The token sequences one slot (``a|b|@class``) may match."""
    seqs: list[list[str]] = []
    for alt in spec.split("|"):
        if not alt:
            raise ValueError("empty alternative")
        if alt.startswith("@"):
            if alt[1:] not in classes:
                raise ValueError(f"unknown class {alt}")
            seqs.extend(classes[alt[1:]])
        elif alt in (_NUM, _TIME, _START) or alt in _CLAUSE_PUNCT:
            seqs.append([alt])
        else:
            toks = _phrase_tokens(lex, alt.replace("_", " "))
            if toks:
                seqs.append(toks)
    seqs = [s for s in seqs if s]
    if not seqs:
        raise ValueError(f"slot {spec!r} normalises to nothing")
    return seqs


def _seq_regex(seqs: list[list[str]]) -> str:
    uniq = sorted({" ".join(s) for s in seqs}, key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(s) + " " for s in uniq) + ")"


def _gap(n: int) -> str:
    return r"(?:(?![.?!^] )\S+ ){0," + str(n) + "}"


def _compile_phrase(
    lex: Lexicon, act: str, source: str, classes: Mapping[str, list[list[str]]]
) -> _Pattern:
    """Compile one phrase (see the syntax at the top of the lexicon files) into a regex."""
    parts, weight = _split_phrase(source)
    veto = bool(parts) and parts[0] == "!"
    if veto:
        parts = parts[1:]
    if not parts:
        raise ValueError("empty phrase")
    pieces: list[str] = []
    required = 0
    aware = False
    for part in parts:
        if part == "*":
            pieces.append(_gap(_GAP_SHORT))
            continue
        if part == "**":
            pieces.append(_gap(_GAP_LONG))
            continue
        optional = part.startswith("[") and part.endswith("]")
        spec = part[1:-1] if optional else part
        seqs = _alt_regex(lex, spec, classes)
        if any(t in lex.negators for s in seqs for t in s):
            aware = True
        if spec == _START:
            pieces.append(r"\^ ")
            continue
        rx = _seq_regex(seqs)
        pieces.append(f"(?:{rx})?" if optional else rx)
        required += 0 if optional else 1
    if required == 0:
        raise ValueError("phrase has no required word")
    regex = re.compile("(?<= )" + "".join(pieces))
    return _Pattern(
        act=act, source=source, regex=regex, weight=weight, negation_aware=aware, veto=veto
    )


def _anchors_and_words(
    source: str, lex: Lexicon, classes: Mapping[str, list[list[str]]]
) -> tuple[set[str], set[str]]:
    """First tokens of the most selective required slot (for the index), and all words."""
    parts, _ = _split_phrase(source)
    best: set[str] | None = None
    words: set[str] = set()
    for part in parts:
        if part in ("*", "**", "!") or part == _START:
            continue
        optional = part.startswith("[") and part.endswith("]")
        spec = part[1:-1] if optional else part
        seqs = _alt_regex(lex, spec, classes)
        for s in seqs:
            words.update(s)
        if optional:
            continue
        firsts = {s[0] for s in seqs}
        if best is None or len(firsts) < len(best):
            best = firsts
    return best or set(), words


# --------------------------------------------------------------------------- words


def _expand(lex: Lexicon, raw: str) -> tuple[str, ...]:
    """Slang, contractions and number shapes for one lowercased raw token."""
    hit = lex.slang.get(raw)
    if hit is not None:
        return hit
    if "'" in raw:
        for suffix, repl in (("n't", "not"), ("'ll", "will"), ("'re", "are"), ("'ve", "have")):
            if raw.endswith(suffix):
                head = raw[: -len(suffix)]
                return (*_expand(lex, head), repl) if head else (repl,)
        for suffix, repl in (("'d", "would"), ("'m", "am")):
            if raw.endswith(suffix):
                return (*_expand(lex, raw[: -len(suffix)]), repl)
        if raw.endswith("'s"):
            return _expand(lex, raw[:-2])
        return _expand(lex, raw.replace("'", ""))
    if raw[0].isdigit():
        if _TIME_RE.fullmatch(raw):
            return (_TIME,)
        if _NUMBER_RE.fullmatch(raw):
            return (_NUM,)
        return (raw,)
    m = _REDUP_RE.fullmatch(raw)
    if m:
        return _expand(lex, m.group(1))
    return (raw,)


def _join_compounds(lex: Lexicon, words: list[str]) -> list[str]:
    if not lex.compounds:
        return words
    out: list[str] = []
    i = 0
    n = len(words)
    while i < n:
        for size in range(min(lex.compound_max, n - i), 1, -1):
            joined = lex.compounds.get(tuple(words[i : i + size]))
            if joined is not None:
                out.append(joined)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _stem(lex: Lexicon, word: str) -> str:
    cached = lex._stem_cache.get(word)
    if cached is not None:
        return cached
    if word in lex.fixed:
        result = word
    elif word in lex.stem_overrides:
        value = lex.stem_overrides[word]
        result = value if value == word or value in lex.stem_overrides else _stem(lex, value)
    elif lex.stemmer == "id":
        result = stem_id(word, lex.roots)
    elif lex.stemmer == "id+en":
        result = stem_en(stem_id(word, lex.roots))
    else:
        result = stem_en(word)
    if len(lex._stem_cache) < 100_000:
        lex._stem_cache[word] = result
    return result


def stem_en(word: str) -> str:
    """Light English suffix stripping: enough to join plural, -ing, -ed, -ly and -ise/-ize.

    Not linguistically exact (``make`` -> ``mak``); it only has to map a phrase in the lexicon
    and its inflected forms in a reply to the same key.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    w = re.sub(r"is(e|es|ed|ing|ation|ations)$", r"iz\1", word)
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suf in ("ingly", "edly", "ing", "ed", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            if suf in ("ing", "ed") and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def _nasal(rest: str, default: str, other: str, roots: frozenset[str]) -> str:
    """Pick the root behind a nasal prefix: ``default + rest`` unless ``other + rest`` is known."""
    first, second = default + rest, other + rest
    if first in roots:
        return first
    if second in roots:
        return second
    return first


def _strip_prefix(w: str, roots: frozenset[str]) -> str | None:
    """Remove one Indonesian prefix (meN-, peN-, ber-, ter-, per-, di-, ke-, se-), or None."""
    for pre in ("meny", "peny"):
        if w.startswith(pre) and len(w) > 5 and w[4] in _VOWELS:
            return _nasal(w[4:], "s", "ny", roots)
    for pre in ("meng", "peng"):
        if w.startswith(pre) and len(w) - 4 >= 3:
            rest = w[4:]
            if rest[0] in _VOWELS:
                if rest[0] == "e" and len(rest) >= 4 and rest[1] not in _VOWELS:
                    cands = (rest[1:], "k" + rest, rest)
                    for c in cands:
                        if c in roots:
                            return c
                    return rest[1:] if len(rest) <= 4 else _nasal(rest, "", "k", roots)
                return _nasal(rest, "", "k", roots)
            return rest
    for pre in ("mem", "pem"):
        if w.startswith(pre) and len(w) - 3 >= 3:
            rest = w[3:]
            if rest[0] in _VOWELS:
                return _nasal(rest, "p", "m", roots)
            if rest[0] in "bpfv":
                return rest
    for pre in ("men", "pen"):
        if w.startswith(pre) and len(w) - 3 >= 3:
            rest = w[3:]
            if rest[0] in _VOWELS:
                return _nasal(rest, "t", "n", roots)
            if rest[0] in "cdjtsz":
                return rest
    for pre in ("ber", "ter", "per"):
        if w.startswith(pre) and len(w) - 3 >= 4:
            return w[3:]
    for pre in ("me", "pe"):
        if w.startswith(pre) and len(w) - 2 >= 4 and w[2] in "lmnrwy":
            return w[2:]
    for pre in ("di", "ke", "se"):
        if w.startswith(pre) and len(w) - 2 >= 4:
            return w[2:]
    return None


def stem_id(word: str, roots: frozenset[str] = frozenset()) -> str:
    """A small rule-based Indonesian stemmer (after Nazief-Adriani, without a full dictionary).

    Strips one particle (-lah/-kah/-tah/-pun), the possessive -nya, one derivational suffix
    (-kan/-an/-i), then up to two prefixes, with the nasal sound changes of meN-/peN-
    (``menunggu`` -> ``tunggu``, ``memastikan`` -> ``pasti``).  ``roots`` are known root words:
    stripping stops at a root and picks between ambiguous nasal readings.  Over-stemming is
    harmless here because phrases and replies go through the same function.
    """
    w = word
    if w in roots or len(w) <= 4 or not w.isalpha():
        return w
    for suf in ("lah", "kah", "tah", "pun"):
        if w.endswith(suf) and len(w) - 3 >= 4:
            w = w[:-3]
            break
    if w.endswith("nya") and len(w) - 3 >= 3:
        w = w[:-3]
    if w in roots:
        return w
    if w.endswith("kan") and len(w) - 3 >= 4:
        w = w[:-3]
    elif w.endswith("an") and len(w) - 2 >= 4:
        w = w[:-2]
    elif w.endswith("i") and len(w) - 1 >= 5 and w[-2] not in _VOWELS:
        w = w[:-1]
    for _ in range(2):
        if w in roots:
            break
        nxt = _strip_prefix(w, roots)
        if nxt is None:
            break
        w = nxt
    return w


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _within_one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0] if diff else 0
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    if la < lb:
        a, b = b, a
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i:]


def _correct(lex: Lexicon, word: str) -> str:
    """Map an unknown word to the single closest lexicon word one edit away, if any."""
    if len(word) < _TYPO_MIN_LEN or word in lex.vocab or not word.isalpha():
        return word
    cands: set[str] = set(lex.deletes.get(word, ()))
    for d in _deletes(word):
        if d in lex.vocab:
            cands.add(d)
        cands.update(lex.deletes.get(d, ()))
    best = sorted(c for c in cands if c[0] == word[0] and _within_one_edit(c, word))
    return best[0] if best else word


def _canonical(lex: Lexicon, word: str) -> str:
    """Canonical form of one expanded word (stem, then typo correction), cached."""
    hit = lex._word_cache.get(word)
    if hit is not None:
        return hit
    plain = word.startswith("#") or word in _CLAUSE_PUNCT
    out = word if plain else _correct(lex, _stem(lex, word))
    if len(lex._word_cache) < 100_000:
        lex._word_cache[word] = out
    return out


def _expanded(lex: Lexicon, raw: str) -> tuple[str, ...]:
    hit = lex._expand_cache.get(raw)
    if hit is None:
        hit = _expand(lex, raw)
        if len(lex._expand_cache) < 100_000:
            lex._expand_cache[raw] = hit
    return hit


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _tokens(lex: Lexicon, folded: str) -> list[str]:
    """Canonical token list of a reply, starting with the start marker."""
    words: list[str] = []
    for raw in _TOKEN_RE.findall(folded.casefold()):
        words.extend(_expanded(lex, raw))
    out = [_START]
    out.extend(_canonical(lex, w) for w in _join_compounds(lex, words))
    return out


# --------------------------------------------------------------------------- recognition


def _negated(lex: Lexicon, toks: Sequence[str], start: int, end: int) -> bool:
    """Is the match toks[start:end] under a negator in its clause?"""
    for j in range(start, end):
        if toks[j] in lex.negators:
            return True
    j = start - 1
    seen = 0
    while j > 0 and seen < lex.negation_window:
        t = toks[j]
        if t in lex.boundaries:
            return False
        if t in lex.negators:
            return True
        seen += 1
        j -= 1
    return False


def _is_question(lex: Lexicon, toks: Sequence[str]) -> bool:
    if "?" in toks:
        return True
    return len(toks) > 1 and toks[1] in lex.question_words


def _find_names(lex: Lexicon, folded: str) -> tuple[bool, bool, bool]:
    """Find names in the raw (case-kept) reply: (addresses the customer, introduces self,
    addresses the customer by a name the call knows).

    Names are not in any lexicon, so they are found by position: after an honorific
    (``Pak Budi``, ``Mrs. Kaur``), as a vocative (``Hi Sarah``, ``..., Daniel, ...``), or after a
    self-introduction cue and before a cue like ``dari``/``from``/``speaking`` (``saya Rina dari``).
    A name is a capitalised word that the lexicon does not know (in all-lowercase chat, any
    unknown word).  A word of the customer's known name (:func:`with_names`) is a name
    whatever it also means.
    """
    raw = _TOKEN_RE.findall(folded)
    if not raw:
        return False, False, False
    all_lower = not any(c.isupper() for c in folded)

    def is_known(tok: str) -> bool:
        return (tok[0].isupper() or all_lower) and tok.casefold() in lex.known_names

    def shaped(tok: str) -> bool:
        low = tok.casefold()
        if not _letters(tok).isalpha() or len(tok) < 2:
            return False
        if low in lex.common or low in lex.honorifics or low in lex.company_words:
            return False
        if not (tok[0].isupper() or (all_lower and len(tok) >= 3)):
            return False
        return not any(_canonical(lex, w) in lex.vocab for w in _expanded(lex, low))

    def is_name(tok: str) -> bool:
        return is_known(tok) or shaped(tok)

    n = len(raw)
    addressed = introduced = known = False
    for i, tok in enumerate(raw):
        low = tok.casefold()
        nxt = raw[i + 1] if i + 1 < n else "."
        if low in lex.honorifics:
            if nxt == ".":  # "Mr. Kaur"; but "Baik, Pak. Made sure." starts a sentence
                if i + 2 < n and shaped(raw[i + 2]):
                    addressed = True
            elif is_name(nxt):
                addressed = True
                known = known or is_known(nxt)
        elif tok == "," and i + 1 < n:
            after = raw[i + 2] if i + 2 < n else "."
            if after in _CLAUSE_PUNCT and nxt[:1].isupper() and is_name(nxt):
                addressed = True
                known = known or is_known(nxt)
        elif low in lex.vocative_cues and i + 1 < n:
            j = i + 2 if nxt == "," else i + 1
            if j < n and raw[j][:1].isupper() and is_name(raw[j]):
                after = raw[j + 1].casefold() if j + 1 < n else "."
                if after not in lex.self_follow or after in _CLAUSE_PUNCT:
                    addressed = True
                    known = known or is_known(raw[j])
        if low in lex.self_cues and i + 1 < n and shaped(nxt):
            after = raw[i + 2].casefold() if i + 2 < n else "."
            if after in lex.self_follow or after in _CLAUSE_PUNCT:
                introduced = True
        if i + 1 < n and nxt.casefold() in lex.self_after and i > 0 and shaped(tok):
            prev = raw[i - 1]
            if prev in _CLAUSE_PUNCT or prev.casefold() in lex.vocative_cues:
                introduced = True
    return addressed, introduced, known


#: How far into an agent's first turn the company is looked for (an email's body names others).
_OPENING_TOKENS: Final[int] = 30


def brand_in_opening(lex: Lexicon, text: str, people: Sequence[str] = ()) -> str:
    """The company an agent named in an opening line, as the words they used ("Bank Arunika").

    Found as names are (:func:`_find_names`): a capitalised word the lexicon does not know,
    but *not* where a person's name stands (after an honorific, a self-introduction cue or a
    vocative cue) and not one of ``people`` (the agent's and customer's names when known).
    "Selamat pagi, Nusanet, dengan Joko" gives "Nusanet"; a line that names no company gives "".
    """
    raw = _TOKEN_RE.findall(unicodedata.normalize("NFKC", text))[:_OPENING_TOKENS]
    # a chat typed all in lower case capitalises nothing: any unknown word may be the brand
    all_lower = not any(c.isupper() for tok in raw for c in tok)
    skip = {p.casefold() for name in people for p in name.split()}
    found: list[str] = []
    in_name = False  # inside a person's name: "Ibu Maria Theresia", "saya Rina Wulandari"
    for i, tok in enumerate(raw):
        low = tok.casefold()
        prev = raw[i - 1].casefold() if i else "."
        before = raw[i - 2].casefold() if i > 1 else "."
        cue = prev not in lex.self_follow and (  # "dr" is "dari" before a brand, not "Dr"
            prev in lex.honorifics
            or prev in lex.self_cues
            or prev in lex.vocative_cues
            or (prev == "." and before in lex.honorifics)
        )
        capital = tok[:1].isupper() or (all_lower and len(tok) >= 3)
        in_name = capital and (cue or (in_name and not all_lower))
        if (
            not capital
            or not tok.isalpha()
            or len(tok) < 2
            or in_name
            or low in skip
            or low in lex.vocative_cues
            or low in lex.common
            or low in lex.honorifics
            or any(_canonical(lex, w) in lex.vocab for w in _expanded(lex, low))
        ):
            continue
        nxt = raw[i + 1].casefold() if i + 1 < len(raw) else "."
        if nxt in lex.self_after:  # "Rina speaking", "Rina di sini": a person
            continue
        if low not in (f.casefold() for f in found):
            found.append(tok)
    return " ".join(found)


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the phrase lexicon alone makes of one reply, with everything needed to explain it.

    ``tokens`` are the canonical tokens (start marker first), ``scores`` every act's phrase
    score (names included), ``acts`` the acts the lexicon reports after its ``implies`` /
    ``suppress`` rules, ``fired`` each phrase that matched as (act, phrase, voided by negation),
    ``account_acts`` the acts shown by the account's own phrases, and ``coverage`` the share of
    content tokens some phrase matched.
    """

    text: str
    folded: str
    tokens: tuple[str, ...]
    scores: Mapping[str, float]
    acts: frozenset[str]
    fired: tuple[tuple[str, str, bool], ...]
    account_acts: frozenset[str]
    names: tuple[bool, bool]
    question: bool
    coverage: float
    #: raw lowercased words of the reply, each with "stands under a negator in its clause"
    words: tuple[tuple[str, bool], ...] = ()
    #: per canonical token (start marker first): stands under a negator in its clause
    negated: tuple[bool, ...] = ()
    #: the reply addresses the customer by a name the call knows (:func:`with_names`)
    addressed_known: bool = False


@dataclass
class _Matches:
    """What the phrases found in one reply, before acts are decided."""

    miss: dict[str, float] = field(default_factory=dict)  # per act: product of (1 - weight)
    vetoed: set[str] = field(default_factory=set)
    fired: list[tuple[str, str, bool]] = field(default_factory=list)  # act, phrase, negated
    account: set[str] = field(default_factory=set)
    covered: list[bool] = field(default_factory=list)


def _match_phrases(lex: Lexicon, toks: Sequence[str]) -> _Matches:
    """Run the phrases that share a word with the reply (the anchor index) over its tokens.

    A phrase under a negator is recorded as negated and counts for nothing; a veto stops its
    act; the others add their weight to the act's noisy-or score.
    """
    s = " " + " ".join(toks) + " "
    offsets: dict[int, int] = {}
    pos = 1
    for i, t in enumerate(toks):
        offsets[pos] = i
        pos += len(t) + 1
    offsets[pos] = len(toks)
    cand: set[int] = set()
    for t in set(toks):
        cand.update(lex.index.get(t, ()))
    out = _Matches(covered=[False] * len(toks))
    for pi in sorted(cand):
        pat = lex.patterns[pi]
        for m in pat.regex.finditer(s):
            start = offsets.get(m.start(), 0)
            end = offsets.get(m.end(), len(toks))
            if (
                not pat.negation_aware
                and pat.act not in lex.immune
                and _negated(lex, toks, start, end)
            ):
                out.fired.append((pat.act, pat.source, True))
                continue
            out.fired.append((pat.act, pat.source, False))
            if pat.veto:
                out.vetoed.add(pat.act)
                break
            if pat.account:
                out.account.add(pat.act)
            out.miss[pat.act] = out.miss.get(pat.act, 1.0) * (1.0 - pat.weight)
            for k in range(start, end):
                out.covered[k] = True
    return out


def _decide_lexicon_acts(
    lex: Lexicon, scores: dict[str, float], names: tuple[bool, bool], question: bool
) -> set[str]:
    """Acts from scores (``scores`` is updated in place): names, threshold, implied acts, the
    bare-question fallback, then suppression (a closing "thanks for calling" is no greeting)."""
    addressed, introduced = names
    if addressed:
        scores["use_name"] = max(scores.get("use_name", 0.0), 0.9)
    if introduced:
        scores["identify_self"] = max(scores.get("identify_self", 0.0), 0.8)
    acts = {a for a, v in scores.items() if v >= lex.threshold}
    for act in sorted(acts):
        for implied in lex.implies.get(act, ()):
            acts.add(implied)
            scores[implied] = max(scores.get(implied, 0.0), scores[act])
    if lex.question_weight > 0 and not (acts & lex.question_unless) and question:
        scores[lex.question_act] = max(scores.get(lex.question_act, 0.0), lex.question_weight)
        if scores[lex.question_act] >= lex.threshold:
            acts.add(lex.question_act)
    for act in sorted(acts):
        if any(b in acts for b in lex.suppress.get(act, ())):
            acts.discard(act)
    return acts


def analyse(text: str, locale: str, lexicon: Lexicon | None = None) -> Analysis:
    """Run the phrase lexicon over one reply (step 1-7 of the module docstring)."""
    lex = lexicon if lexicon is not None else load_lexicon(locale)
    folded = _fold(text)
    toks = _tokens(lex, folded)
    if len(toks) <= 1:
        return Analysis(
            text, folded, tuple(toks), MappingProxyType({}), frozenset(), (), frozenset(),
            (False, False), False, 0.0, _raw_scope(lex, folded), (False,) * len(toks),
        )  # fmt: skip
    found = _match_phrases(lex, toks)
    scores: dict[str, float] = {
        act: round(1.0 - m, 4) for act, m in found.miss.items() if act not in found.vetoed
    }
    addressed, introduced, known = _find_names(lex, folded)
    names = (addressed, introduced)
    question = _is_question(lex, toks)
    acts = _decide_lexicon_acts(lex, scores, names, question)
    content = [i for i, t in enumerate(toks) if t not in _CLAUSE_PUNCT and i > 0]
    coverage = sum(1 for i in content if found.covered[i]) / len(content) if content else 0.0
    return Analysis(
        text=text,
        folded=folded,
        tokens=tuple(toks),
        scores=MappingProxyType(dict(sorted(scores.items()))),
        acts=frozenset(acts),
        fired=tuple(found.fired),
        account_acts=frozenset(found.account - found.vetoed),
        names=names,
        question=question,
        coverage=coverage,
        words=_raw_scope(lex, folded),
        negated=_scope(lex, [(t, (t,)) for t in toks]),
        addressed_known=known,
    )


def _scope(lex: Lexicon, units: Sequence[tuple[str, tuple[str, ...]]]) -> tuple[bool, ...]:
    """For each unit (a word and its canonical tokens): is it inside a negator's scope?

    A negator opens a scope of ``negation_window`` words after it; a clause mark or a boundary
    word (``but``, ``tapi``) closes it.  The model uses this to tell "your fault" from "not
    your fault", which n-grams alone cannot.
    """
    out: list[bool] = []
    left = 0
    for _, canon in units:
        if any(c in lex.boundaries for c in canon):
            left = 0
            out.append(False)
            continue
        out.append(left > 0)
        left = max(0, left - 1)
        if any(c in lex.negators for c in canon):
            left = lex.negation_window
    return tuple(out)


def _raw_scope(lex: Lexicon, folded: str) -> tuple[tuple[str, bool], ...]:
    raw = _TOKEN_RE.findall(folded.casefold())
    units = [(r, tuple(_canonical(lex, w) for w in _expanded(lex, r))) for r in raw]
    return tuple(zip(raw, _scope(lex, units), strict=True))


def _confidence(acts: Iterable[str], scores: Mapping[str, float], a: Analysis) -> float:
    chosen = list(acts)
    content = any(t not in _CLAUSE_PUNCT for t in a.tokens[1:])
    if chosen:
        strength = sum(scores.get(x, 0.0) for x in chosen) / len(chosen)
        confidence = strength * (0.55 + 0.45 * min(1.0, a.coverage * 1.5))
    else:
        best = max(scores.values(), default=0.0)
        confidence = 0.35 * (1.0 - best) if content else 0.0
    return round(min(1.0, max(0.0, confidence)), 4)


def recognise_lexicon(text: str, locale: str, lexicon: Lexicon | None = None) -> Recognition:
    """The phrase lexicon's answer alone, without the trained model (for benchmarks)."""
    a = analyse(text, locale, lexicon)
    return Recognition(
        text=text,
        acts=tuple(sorted(a.acts)),
        confidence=_confidence(a.acts, a.scores, a),
        scores=a.scores,
    )


def recognise(text: str, locale: str, lexicon: Lexicon | None = None) -> Recognition:
    """Recognise the SOP acts in one agent reply.

    ``locale`` picks the lexicon (``id`` also understands English phrases, since agents switch
    languages mid-sentence); pass ``lexicon`` to use an account's extended lexicon from
    :func:`load_lexicon`.  The phrase lexicon's analysis is combined with the shipped act
    model (:mod:`mockcall.core.acts_model`) when it is present; acts shown by an account's own
    phrases are always reported.  Pure and deterministic: the same text and lexicon always give
    the same result.
    """
    from mockcall.core.acts_model import combine, load_model

    a = analyse(text, locale, lexicon)
    model = load_model()
    acts: Iterable[str] = a.acts
    scores: Mapping[str, float] = a.scores
    if model is not None and len(a.tokens) > 1:
        acts, scores = combine(model, a, locale)
    return Recognition(
        text=text,
        acts=tuple(sorted(acts)),
        confidence=_confidence(acts, scores, a),
        scores=MappingProxyType(dict(sorted(scores.items()))),
    )


def normalise(text: str, locale: str, lexicon: Lexicon | None = None) -> list[str]:
    """The canonical tokens the phrase patterns see (for debugging lexicons and for tests)."""
    lex = lexicon if lexicon is not None else load_lexicon(locale)
    return _tokens(lex, _fold(text))[1:]


def trace(text: str, locale: str, lexicon: Lexicon | None = None) -> list[tuple[str, str, bool]]:
    """Every phrase that matched ``text``: (act, phrase, voided_by_negation).

    Lets a trainer see why a reply got (or missed) an act when extending a lexicon.
    """
    lex = lexicon if lexicon is not None else load_lexicon(locale)
    toks = _tokens(lex, _fold(text))
    s = " " + " ".join(toks) + " "
    offsets: dict[int, int] = {}
    pos = 1
    for i, t in enumerate(toks):
        offsets[pos] = i
        pos += len(t) + 1
    out: list[tuple[str, str, bool]] = []
    for pat in lex.patterns:
        for m in pat.regex.finditer(s):
            start = offsets.get(m.start(), 0)
            end = offsets.get(m.end(), len(toks))
            neg = (
                not pat.negation_aware
                and pat.act not in lex.immune
                and _negated(lex, toks, start, end)
            )
            out.append((pat.act, pat.source, neg))
    return out
