"""Typed replies -> one of the options on screen: take it, ask "Did you mean...?", or neither.

The recogniser (:mod:`mockcall.core.acts`) says *what the trainee did* (SOP acts); the dialogue
can only move along an option the persona's author wrote.  This module bridges the two for one
reply against the options offered in the current state, and decides how sure it is:

* ``take``    - one option is clearly meant: the engine plays it (``say_free`` with its id);
* ``confirm`` - some options are close but none is clear: the UI asks, showing 1-3 candidates;
* ``none``    - nothing is close: the engine applies the mood rules for the recognised acts and
  the customer says a ``reactions.unclear`` line.

Similarity of a reply to an option mixes two views, because each alone fails in a known way:

* **acts** - weighted Dice overlap of the recognised acts and the option's acts.  Paraphrases
  ("boleh tahu nama lengkapnya?" for "Untuk verifikasi, boleh saya tahu nomor pelanggan...")
  share acts but few words.
* **words** - weighted Dice overlap of the canonical tokens (``acts.normalise``: slang, stemming
  and typo correction already applied), with function words weighing little and a near-miss
  spelling counting most of a hit.  Options of the same act ("explain" twice) differ only here.

Three guards sit on top, because a wrong take is worse than a question:

* **faults** - a fault act recognised in the reply that the option does not carry rules the
  option out entirely (a rude reply never matches the polite option, and is never offered it);
  a fault the option carries but the reply does not show (the author's "What do you want?" is
  tagged ``rude``; "disclose_without_verify" depends on the state, not the words) allows a take
  only when the reply is nearly the option's own words;
* **negation** - a negator (``tidak``, ``not``...) on one side only forbids a take ("saya tidak
  bisa bantu" shares three words with "ada yang bisa saya bantu?" and means the opposite);
* **margin** - the best option must lead the runner-up by :data:`TAKE_MARGIN`.

What gets *logged* for a chosen option is :attr:`Candidate.acts`; see "Free-text notes" in
``docs/semantics.md`` for the rule and why.  Everything here is pure, deterministic and cheap:
one recognition plus token-set arithmetic over a handful of options, with option texts'
tokens cached per lexicon.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from mockcall.core.acts import Lexicon, Recognition, load_lexicon, normalise, recognise
from mockcall.core.vocab import FAULT_ACTS

if TYPE_CHECKING:
    from mockcall.core.engine import OfferedOption

__all__ = [
    "ACT_WEIGHT",
    "CONFIRM_AT",
    "TAKE_AT",
    "TAKE_MARGIN",
    "VERBATIM_AT",
    "Candidate",
    "Decision",
    "Match",
    "match_reply",
]

Decision = Literal["take", "confirm", "none"]

#: Similarity at or above which the best option is taken without asking (tuned on
#: ``tests/data/matching.yaml``; raise it if trainees report wrong takes).
TAKE_AT: Final[float] = 0.6
#: The best option must lead the second by this much to be taken.
TAKE_MARGIN: Final[float] = 0.12
#: Below this nothing is close enough to offer: the reply is "unclear".
CONFIRM_AT: Final[float] = 0.25
#: Candidates shown for confirmation: at most this many, and within :data:`CONFIRM_SPREAD` of
#: the best (a hopeless third option only distracts).
MAX_CANDIDATES: Final[int] = 3
CONFIRM_SPREAD: Final[float] = 0.3
#: Word similarity at or above which a reply counts as the option's own words: the option's
#: tags then stand for the reply (see :attr:`Candidate.acts`).
VERBATIM_AT: Final[float] = 0.75
#: Share of the acts view in the similarity (the words view gets the rest).
ACT_WEIGHT: Final[float] = 0.55
#: When the recogniser finds no act, the words view alone decides, times this.
NO_ACTS_FACTOR: Final[float] = 0.9
#: A take needs at least this much word overlap: acts say what *kind* of reply it is, words
#: say *which* of the options of that kind ("tanggal lahir?" is not "nomor pelanggan?").
TAKE_MIN_WORDS: Final[float] = 0.45
#: Similarity kept when negation differs (the option stays a candidate, never a take).
NEGATION_FACTOR: Final[float] = 0.5

#: Faults the recogniser finds in words; the others (``dead_air``, ``interrupt``) never come
#: from text.
TEXT_FAULTS: Final[frozenset[str]] = frozenset(FAULT_ACTS) - {"dead_air", "interrupt"}
#: Acts that say little about *which* option was meant: the recogniser adds ``probe`` to any
#: question and ``use_name`` to any "Pak Budi", so they weigh less in the acts view.
_ACT_WEIGHTS: Final[Mapping[str, float]] = {"probe": 0.5, "use_name": 0.3, "acknowledge": 0.6}
#: Function words (canonical forms, both locales, since ``id`` code-switches): they make
#: sentences similar without making them mean the same.
_STOP_WORDS: Final[str] = """
    a an the to of in on at for and or is are am be was it this that my your i you we me us
    do can could would will may might so please just there with from by as
    yang di ke dari untuk dan atau ini itu saya aku kami kita anda kamu ibu bapak pak bu kak
    mas mbak ya iya nya dengan juga akan sudah lah kah pun
"""
_STOP: Final[frozenset[str]] = frozenset(_STOP_WORDS.split())
_STOP_WEIGHT: Final[float] = 0.25
_NEAR_CREDIT: Final[float] = 0.8
_PUNCT: Final[frozenset[str]] = frozenset(".?!,;:^")
_CACHE_LEXICONS: Final[int] = 16
_CACHE_TEXTS: Final[int] = 4096


@dataclass(frozen=True, slots=True)
class Candidate:
    """One offered option and how close the reply came to it.

    ``acts`` are the acts to log if this option is taken or confirmed (pass them to
    ``CallSession.say_free``); ``verbatim`` says whether the reply was close enough to the
    option's own words for the option's tags to count.
    """

    option_id: str
    number: int
    text: str
    similarity: float
    acts: tuple[str, ...]
    verbatim: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """The outcome for one typed reply.

    ``option_id`` is set for ``take`` only; ``candidates`` holds the options to show for
    ``confirm`` (best first; also filled for ``take``, best = the taken one, and empty for
    ``none``).  ``acts`` and ``confidence`` are what to log for the decision as it stands:
    the taken option's merged acts, or the recognised acts when nothing is taken.
    """

    recognition: Recognition
    decision: Decision
    option_id: str | None
    candidates: tuple[Candidate, ...]
    reason: str
    acts: tuple[str, ...]
    confidence: float

    def candidate(self, option_id: str) -> Candidate | None:
        """The candidate for ``option_id`` (the one the trainee confirmed), if listed."""
        return next((c for c in self.candidates if c.option_id == option_id), None)


@dataclass(frozen=True, slots=True)
class _Scored:
    offered: OfferedOption
    similarity: float
    act_sim: float | None
    text_sim: float
    takeable: bool
    why: str
    verbatim: bool
    excluded: bool


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True, slots=True)
class _Words:
    """A text as the words view sees it: weighted content tokens and the negated ones."""

    bag: Mapping[str, float]
    negated: frozenset[str]


_token_cache: dict[int, tuple[Lexicon, dict[str, _Words]]] = {}


def _words(lex: Lexicon, text: str) -> _Words:
    """Canonical content tokens with weights, and which content tokens stand under a negator.

    A token is negated when a negator precedes it within the lexicon's negation window in the
    same clause, as the recogniser reads negation ("tidak bisa bantu": ``bisa``, ``bantu``).
    A question tag ("merah gak?") negates nothing that carries content.
    """
    toks = normalise(text, lex.locale, lex)
    bag: dict[str, float] = {}
    negated: set[str] = set()
    left = 0
    for tok in toks:
        if tok in _PUNCT or tok in lex.boundaries:
            left = 0
            continue
        if tok in lex.negators:
            left = lex.negation_window
            continue
        bag[tok] = _STOP_WEIGHT if tok in _STOP else 1.0
        if left > 0:
            if tok not in _STOP:
                negated.add(tok)
            left -= 1
    return _Words(bag, frozenset(negated))


def _option_words(lex: Lexicon, text: str) -> _Words:
    """``_words`` of an option text, cached per lexicon (options repeat every turn)."""
    slot = _token_cache.get(id(lex))
    if slot is None or slot[0] is not lex:
        if len(_token_cache) >= _CACHE_LEXICONS:
            _token_cache.clear()
        slot = (lex, {})
        _token_cache[id(lex)] = slot  # the lexicon is kept alive, so its id is not reused
    texts = slot[1]
    words = texts.get(text)
    if words is None:
        words = _words(lex, text)
        if len(texts) >= _CACHE_TEXTS:
            texts.clear()
        texts[text] = words
    return words


def _near(a: str, b: str) -> bool:
    """One edit apart (insert, delete, substitute or swap), same first letter.

    Words of four letters or more may differ by any one edit; a three-letter word only by a
    swap (``dya``/``day``) or by missing a final letter the stemmer took (``caling`` gives
    ``cal`` against ``call``), so ``can`` and ``cal`` stay different words.
    """
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or min(la, lb) < 3 or a[0] != b[0]:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return la >= 4
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la < lb:
        a, b = b, a
    if len(b) == 3:
        return a.startswith(b)
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i:]


def _text_similarity(reply: Mapping[str, float], option: Mapping[str, float]) -> float:
    """Weighted Dice overlap of two token bags; a one-edit near miss earns most of a hit."""
    total = sum(reply.values()) + sum(option.values())
    if total <= 0:
        return 0.0
    shared = 0.0
    for tok, w in reply.items():
        ow = option.get(tok)
        if ow is not None:
            shared += 2 * min(w, ow)
            continue
        if tok.isalpha():
            for otok, ow2 in option.items():
                if otok not in reply and _near(tok, otok):
                    shared += 2 * min(w, ow2) * _NEAR_CREDIT
                    break
    return min(1.0, shared / total)


def _act_similarity(reply: frozenset[str], option: frozenset[str]) -> float | None:
    """Weighted Dice overlap of two act sets; ``None`` when neither has an act."""
    if not reply and not option:
        return None

    def w(act: str) -> float:
        return _ACT_WEIGHTS.get(act, 1.0)

    total = sum(w(a) for a in reply) + sum(w(a) for a in option)
    return 2 * sum(w(a) for a in reply & option) / total if total else 0.0


# --------------------------------------------------------------------------- scoring


def _logged_acts(
    rec_acts: frozenset[str], option_acts: frozenset[str], verbatim: bool
) -> tuple[str, ...]:
    """Acts to log when a reply is played as an option (see docs/semantics.md).

    What the trainee typed always counts (so every recognised fault reaches the scorer); the
    option's faults are added too, because some depend on the state rather than on words
    (disclosing before verification); the option's *good* acts are credited only when the
    reply is nearly the option's own words, so a short "ok" confirmed as the full greeting
    earns only what it said.
    """
    logged = set(rec_acts) | (option_acts & frozenset(FAULT_ACTS))
    if verbatim:
        logged |= option_acts
    return tuple(sorted(logged))


def _score(
    offered: OfferedOption, lex: Lexicon, rec_acts: frozenset[str], reply: _Words
) -> _Scored:
    option = offered.option
    opt_acts = frozenset(option.acts)
    opt = _option_words(lex, offered.text)
    text_sim = _text_similarity(reply.bag, opt.bag)
    act_sim = _act_similarity(rec_acts, opt_acts)
    verbatim = text_sim >= VERBATIM_AT
    stray = sorted((rec_acts & TEXT_FAULTS) - opt_acts)
    if stray:
        why = f"the reply is {', '.join(stray)} and option {offered.number} is not"
        return _Scored(offered, 0.0, act_sim, text_sim, False, why, verbatim, True)
    if act_sim is None or not rec_acts:
        # The recogniser saw nothing: that is no evidence against the option (its recall is
        # not perfect), so the words decide, discounted.
        sim = NO_ACTS_FACTOR * text_sim
    else:
        sim = ACT_WEIGHT * act_sim + (1 - ACT_WEIGHT) * text_sim
    if verbatim:
        sim = max(sim, text_sim)
    takeable, why = True, ""
    flipped = (reply.negated ^ opt.negated) & reply.bag.keys() & opt.bag.keys()
    if flipped:
        takeable, why = False, f"negated on one side only: {', '.join(sorted(flipped))}"
        sim *= NEGATION_FACTOR
    elif text_sim < TAKE_MIN_WORDS:
        takeable, why = False, f"same kind of reply, different words ({text_sim:.2f})"
    hidden = sorted((opt_acts & TEXT_FAULTS) - rec_acts)
    if hidden and not verbatim:
        takeable, why = False, f"option is {', '.join(hidden)} but the reply does not show it"
    return _Scored(offered, round(sim, 4), act_sim, text_sim, takeable, why, verbatim, False)


def match_reply(
    text: str,
    offered: Sequence[OfferedOption],
    locale: str,
    lexicon: Lexicon | None = None,
) -> Match:
    """Match one typed reply against the options offered now (``CallSession.offered()``).

    ``lexicon`` should be the account's (``load_lexicon(locale, bundle.lexicon_for(locale))``);
    options without text (pure call controls) are never matched.  Pure and deterministic: ties
    between equally similar options go to the lower number.
    """
    lex = lexicon if lexicon is not None else load_lexicon(locale)
    rec = recognise(text, locale, lex)
    rec_acts = frozenset(rec.acts)
    reply = _words(lex, text)
    scored = [_score(o, lex, rec_acts, reply) for o in offered if o.text.strip()]
    ranked = sorted(
        (s for s in scored if not s.excluded),
        key=lambda s: (-s.similarity, s.offered.number),
    )
    if not reply.bag:
        return _none(rec, "nothing to match: the reply has no words")
    if not ranked or ranked[0].similarity < CONFIRM_AT:
        excluded = [s for s in scored if s.excluded]
        if excluded and not ranked:
            return _none(rec, f"no option fits: {excluded[0].why}")
        top = ranked[0].similarity if ranked else 0.0
        return _none(rec, f"no option is close (best {top:.2f} < {CONFIRM_AT})")
    best = ranked[0]
    second = ranked[1].similarity if len(ranked) > 1 else 0.0
    if best.similarity >= TAKE_AT and best.takeable and best.similarity - second >= TAKE_MARGIN:
        c = _candidate(best, rec_acts)
        return Match(
            recognition=rec,
            decision="take",
            option_id=c.option_id,
            candidates=(c,),
            reason=f"matches option {c.number} ({best.similarity:.2f}, next {second:.2f})",
            acts=c.acts,
            confidence=best.similarity,
        )
    return _to_confirm(rec, ranked, rec_acts)


def _candidate(s: _Scored, rec_acts: frozenset[str]) -> Candidate:
    o = s.offered
    return Candidate(
        option_id=o.id,
        number=o.number,
        text=o.text,
        similarity=s.similarity,
        acts=_logged_acts(rec_acts, frozenset(o.option.acts), s.verbatim),
        verbatim=s.verbatim,
    )


def _to_confirm(rec: Recognition, ranked: Sequence[_Scored], rec_acts: frozenset[str]) -> Match:
    """Close, but not sure enough to take: the nearest options, for the trainee to pick from."""
    best = ranked[0]
    shown = tuple(
        _candidate(s, rec_acts)
        for s in ranked[:MAX_CANDIDATES]
        if s.similarity >= max(CONFIRM_AT * 0.5, best.similarity - CONFIRM_SPREAD)
    )
    if not best.takeable:
        why = best.why
    elif best.similarity < TAKE_AT:
        why = f"closest is option {best.offered.number} at {best.similarity:.2f}"
    else:
        why = f"options {best.offered.number} and {ranked[1].offered.number} are too close"
    return Match(
        recognition=rec,
        decision="confirm",
        option_id=None,
        candidates=shown,
        reason=f"not sure: {why}",
        acts=rec.acts,
        confidence=rec.confidence,
    )


def _none(rec: Recognition, reason: str) -> Match:
    return Match(
        recognition=rec,
        decision="none",
        option_id=None,
        candidates=(),
        reason=reason,
        acts=rec.acts,
        confidence=rec.confidence,
    )
