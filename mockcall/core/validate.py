"""Cross-reference and sense checks on loaded accounts, personas and rubrics.

The loader answers "does each file have the right shape?"; this module answers "do the files
agree with each other and with themselves?": a ``goto`` names a state that exists, an act is in
the vocabulary, a tool is one the account has, a rubric's weights add up.  Every problem is
reported at the mark of the offending value (list items and mapping keys have their own marks,
see ``loader.objects._item_marks``), with a did-you-mean for names, all at once.

Names are checked generically: every model field whose metadata says ``ref=<kind>`` is a name
of that kind, so a field added to the model later is checked without touching this file.
Graph questions (unreachable states, dead ends) are ``lint``'s job, not this module's.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import typing
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockcall.core import model
from mockcall.core.acts import phrase_problems
from mockcall.core.events import CALL_EVENT_KINDS
from mockcall.core.model import (
    AccountBundle,
    Condition,
    Customer,
    Located,
    Mark,
    Option,
    Persona,
    Problem,
    Rubric,
    Severity,
)
from mockcall.core.suggest import did_you_mean
from mockcall.core.vocab import CORE_ACTS, ENGINE_ENDINGS
from mockcall.core.yamlsafe import compose_file, mark_of

if TYPE_CHECKING:
    from mockcall.core.loader import Library

#: Roots a ``{placeholder}`` may start with besides ``customer.<field>`` and ``facts.<key>``.
FIXED_PLACEHOLDERS = frozenset({"agent.name", "account.name", "greeting"})
CUSTOMER_FIELDS = frozenset(
    f.name for f in dataclasses.fields(Customer) if not f.metadata.get("internal")
)
_PLACEHOLDER = re.compile(r"(?<!\{)\{([^{}\s]*)\}(?!\})")

_CODE_FOR_KIND = {
    "state": "unknown-state",
    "act": "unknown-act",
    "tool": "unknown-tool",
    "fact": "unknown-fact",
    "ending": "unknown-ending",
    "event": "unknown-event",
}


class _Report:
    """Collects problems; one place that knows how to phrase an unknown name."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, mark: Mark, code: str, message: str, severity: Severity = "error") -> None:
        self.problems.append(Problem.at(mark, code, message, severity))

    def unknown(self, mark: Mark, kind: str, name: str, known: Collection[str], where: str) -> None:
        hint = did_you_mean(name, sorted(known))
        self.add(mark, _CODE_FOR_KIND[kind], f"unknown {kind} '{name}' {where}{hint}")


# --------------------------------------------------------------------------- generic walk


@dataclasses.dataclass(frozen=True, slots=True)
class _Ref:
    kind: str
    name: str
    owner: Located
    field: str
    #: the list index or mapping key of the name, marked as ``<field>.<item>`` (``acts.1``)
    item: int | str | None = None

    @property
    def mark(self) -> Mark:
        """Where the name is written: looked up only for a name that is reported."""
        owner = self.owner
        if self.item is not None:
            mark = owner.marks.get(f"{self.field}.{self.item}")
            if mark is not None:
                return mark
        return owner.mark_of(self.field)


@dataclasses.dataclass(frozen=True, slots=True)
class _Shape:
    """What the checks need to know about a model class, computed once from its type hints."""

    children: tuple[tuple[str, str], ...]  # (field, "one" | "many" | "map") holding objects
    refs: tuple[tuple[str, str], ...]  # (field, ref kind)
    texts: tuple[str, ...]  # free-text fields (str or tuple[str]) that may hold {placeholders}


_SHAPES: dict[type, _Shape] = {}


def _holds_objects(hint: Any) -> bool:
    if isinstance(hint, type):
        return issubclass(hint, Located)
    return any(_holds_objects(a) for a in typing.get_args(hint) if a is not Ellipsis)


def _is_text(hint: Any) -> bool:
    return hint is str or (typing.get_origin(hint) is tuple and typing.get_args(hint)[:1] == (str,))


def _shape(cls: type) -> _Shape:
    shape = _SHAPES.get(cls)
    if shape is None:
        hints = typing.get_type_hints(cls, vars(model))
        children: list[tuple[str, str]] = []
        ref_fields: list[tuple[str, str]] = []
        texts: list[str] = []
        for f in dataclasses.fields(cls):
            if f.metadata.get("internal"):
                continue
            hint = hints[f.name]
            origin = typing.get_origin(hint)
            if f.metadata.get("ref"):
                ref_fields.append((f.name, f.metadata["ref"]))
            elif _holds_objects(hint):
                how = "many" if origin is tuple else "map" if origin is Mapping else "one"
                children.append((f.name, how))
            elif _is_text(hint):
                texts.append(f.name)
        shape = _SHAPES[cls] = _Shape(tuple(children), tuple(ref_fields), tuple(texts))
    return shape


def objects(root: Located) -> list[Located]:
    """Every model object under ``root`` (itself included), depth first, in file order."""
    found: list[Located] = []
    stack: list[Located] = [root]
    while stack:
        obj = stack.pop()
        found.append(obj)
        kids: list[Located] = []
        for name, how in _shape(type(obj)).children:
            value = getattr(obj, name)
            if value is None:
                continue
            if how == "one":
                kids.append(value)
            elif how == "many":
                kids.extend(value)
            else:
                kids.extend(value.values())
        stack.extend(reversed(kids))
    return found


def refs(found: Iterable[Located]) -> Iterator[_Ref]:
    """Every name written in a ``ref=`` field of these objects; ``mark`` is the very word."""
    for obj in found:
        for name, kind in _shape(type(obj)).refs:
            value = getattr(obj, name)
            if not value:
                continue
            if isinstance(value, str):
                yield _Ref(kind, value, obj, name)
            elif isinstance(value, tuple):
                for i, item in enumerate(value):
                    yield _Ref(kind, str(item), obj, name, i)
            elif isinstance(value, Mapping):
                for key in value:
                    yield _Ref(kind, str(key), obj, name, key)


def _strings(found: Iterable[Located]) -> Iterator[tuple[str, _Ref]]:
    """Every free text of these objects that contains a ``{``, with where it is written."""
    for obj in found:
        for name in _shape(type(obj)).texts:
            value = getattr(obj, name)
            if isinstance(value, str):
                if "{" in value:
                    yield value, _Ref("text", value, obj, name)
            else:
                for i, item in enumerate(value):
                    if "{" in item:
                        yield item, _Ref("text", item, obj, name, i)


def _duplicates(
    report: _Report, items: Iterable[tuple[str, Mark]], what: str, scope: str = ""
) -> None:
    first: dict[str, Mark] = {}
    for name, mark in items:
        if not name:
            continue
        seen = first.get(name)
        if seen is None:
            first[name] = mark
        else:
            where = f"{seen.file}:{seen.line}" if seen.file != mark.file else f"line {seen.line}"
            report.add(
                mark,
                "duplicate-id",
                f"{what} id '{name}' is used twice{scope}; the first is at {where}",
            )


# --------------------------------------------------------------------------- library


def validate_library(library: Library) -> list[Problem]:
    """The library's loading problems plus every cross-reference problem, sorted by position."""
    report = _Report()
    all_personas: list[Persona] = []
    for bundle in library.bundles.values():
        _check_account(report, bundle)
        for persona in bundle.personas:
            _check_persona(report, persona, bundle, library)
            all_personas.append(persona)
        if bundle.rubric is not None:
            _check_rubric(report, bundle.rubric, bundle)
    for persona in library.orphans:
        _check_persona(report, persona, None, library)
        all_personas.append(persona)
    _duplicates(report, ((p.id, p.mark_of("id")) for p in all_personas), "persona", " by personas")
    problems = list(library.problems) + report.problems
    problems.sort(key=lambda p: (p.file, p.line, p.col, p.code))
    return problems


# --------------------------------------------------------------------------- account


def _check_account(report: _Report, bundle: AccountBundle) -> None:
    account = bundle.account
    for what, items in (
        ("tool", account.tools),
        ("disposition", account.dispositions),
        ("follow-up", account.followups),
        ("KB document", account.kb),
    ):
        _duplicates(report, ((i.id, i.mark_of("id")) for i in items), what, " in the account")
    folder = Path(bundle.folder)
    for doc in account.kb:
        if not (folder / doc.file).is_file():
            report.add(
                doc.mark_of("file"),
                "missing-file",
                f"KB document '{doc.id}': no file {doc.file} in {bundle.folder}",
            )
    for act in account.lexicon:
        if act not in CORE_ACTS:
            report.unknown(
                account.mark_of(f"lexicon.{act}"), "act", act, CORE_ACTS, "in the lexicon"
            )
    if account.lexicon:
        _check_lexicon_phrases(report, bundle)
    if bundle.locale_lexicon:
        _check_locale_lexicon(report, bundle)


def _check_locale_lexicon(report: _Report, bundle: AccountBundle) -> None:
    """``lexicon.yaml`` of the account folder: act names, then phrases in their own locale."""
    file = str(Path(bundle.folder) / "lexicon.yaml")
    for locale, acts in sorted(bundle.locale_lexicon.items()):
        mark = Mark(file, 1, 1)
        for act in acts:
            if act not in CORE_ACTS:
                report.unknown(mark, "act", act, CORE_ACTS, f"in lexicon.yaml ({locale})")
        known = {a: p for a, p in acts.items() if a in CORE_ACTS}
        for bad in phrase_problems(locale, known):
            report.add(
                mark,
                "bad-phrase",
                f"lexicon.yaml ({locale}): phrase '{bad.phrase}' for {bad.act} is ignored: "
                f"{bad.reason}",
            )


def _check_lexicon_phrases(report: _Report, bundle: AccountBundle) -> None:
    """``bad-phrase``: account phrases the recogniser would skip at call time.

    Checked in every locale the account's calls run in (a phrase is normalised per locale),
    each bad phrase reported once, at the phrase itself when the file can say where it is.
    """
    account = bundle.account
    locales = sorted({account.locale} | {p.locale for p in bundle.personas})
    seen: set[tuple[str, int]] = set()
    for locale in locales:
        for bad in phrase_problems(locale, account.lexicon):
            if (bad.act, bad.index) in seen:
                continue
            seen.add((bad.act, bad.index))
            report.add(
                _phrase_mark(account, bad.act, bad.index),
                "bad-phrase",
                f"lexicon phrase '{bad.phrase}' for {bad.act} is ignored: {bad.reason}",
            )


def _phrase_mark(account: model.Account, act: str, index: int) -> Mark:
    """Where phrase ``index`` of ``lexicon.<act>`` is written; the act's key if unknown.

    The loader keeps marks down to the act's key only, so the (rare) bad phrase is found by
    composing the account file again with the safe reader.
    """
    fallback = account.mark_of(f"lexicon.{act}")
    node = compose_file(fallback.file).node
    for key in ("lexicon", act):
        if node is None or node.tag != "tag:yaml.org,2002:map":
            return fallback
        node = next((v for k, v in node.value if k.value == key), None)
    if node is None or node.tag != "tag:yaml.org,2002:seq" or index >= len(node.value):
        return fallback
    return mark_of(fallback.file, node.value[index])


# --------------------------------------------------------------------------- persona


def _check_persona(
    report: _Report, persona: Persona, bundle: AccountBundle | None, library: Library
) -> None:
    account = bundle.account if bundle is not None else None
    if account is None or account.id != persona.account:
        where = (
            f"; this file sits in the folder of account '{account.id}'"
            if account is not None
            else "; put the persona in the account's folder (beside its account.yaml)"
        )
        hint = did_you_mean(persona.account, sorted(library.bundles))
        report.add(
            persona.mark_of("account"),
            "unknown-account",
            f"no account '{persona.account}' was found{hint}{where}",
        )

    states = persona.states
    endings = set(persona.endings) | set(ENGINE_ENDINGS)
    facts = persona.facts
    tools = {t.id for t in account.tools} if account is not None else None
    known: dict[str, Collection[str] | None] = {
        "state": states,
        "act": CORE_ACTS,
        "ending": endings,
        "fact": facts,
        "tool": tools,
        "event": CALL_EVENT_KINDS,
    }
    found = objects(persona)
    for ref in refs(found):
        names = known.get(ref.kind)
        if names is None or ref.name in names:
            continue
        report.unknown(ref.mark, ref.kind, ref.name, names, _owner_phrase(ref))

    # Option ids are unique within the persona (paths and events refer to them).
    _duplicates(
        report,
        ((o.id, o.mark_of("id")) for s in states.values() for o in s.options),
        "option",
        " in this persona",
    )
    _duplicates(report, ((e.id, e.mark_of("id")) for e in persona.call_list), "call-list entry")

    for state_name, state in states.items():
        for option in state.options:
            _check_option(report, option, state_name)
    for obj in found:
        if isinstance(obj, Condition):
            _check_condition(report, obj, facts)

    _check_mood(report, persona)
    _check_placeholders(report, persona, found)
    _check_call_list(report, persona)
    _check_expected_dispositions(report, persona, account)
    _check_test_paths(report, persona, account)
    _check_test_criteria(report, persona, bundle)


def _check_expected_dispositions(
    report: _Report, persona: Persona, account: model.Account | None
) -> None:
    """``expect.disposition`` names dispositions the account has."""
    if persona.expect is not None and account is not None:
        codes = {d.id for d in account.dispositions}
        for ending, code in persona.expect.disposition.items():
            if code not in codes:
                hint = did_you_mean(code, sorted(codes))
                report.add(
                    persona.expect.mark_of(f"disposition.{ending}"),
                    "unknown-disposition",
                    f"expected disposition '{code}' for '{ending}' is not one of the "
                    f"account's dispositions{hint}",
                )


def _check_test_criteria(report: _Report, persona: Persona, bundle: AccountBundle | None) -> None:
    """A declared playthrough's ``fatal`` criteria are criteria of the account's rubric."""
    if bundle is not None and bundle.rubric is not None:
        criteria = {c.id for _, c in bundle.rubric.criteria()}
        for test in persona.tests:
            for i, crit in enumerate(test.fatal):
                if crit not in criteria:
                    hint = did_you_mean(crit, sorted(criteria))
                    report.add(
                        test.marks.get(f"fatal.{i}") or test.mark_of("fatal"),
                        "unknown-criterion",
                        f"test '{test.name}': no criterion '{crit}' in the rubric{hint}",
                    )


def _check_test_paths(report: _Report, persona: Persona, account: model.Account | None) -> None:
    """A declared playthrough whose path names a missing option, tool, document, call-list
    entry or disposition would only fail at play time; say so now, at the path."""
    if not persona.tests:
        return
    from mockcall.core.simulate import PathError, parse_path  # the engine only when needed

    names: dict[str, Collection[str]] = {
        "option": {o.id for s in persona.states.values() for o in s.options},
        "dial": {e.id for e in persona.call_list},
    }
    if account is not None:
        names["tool"] = {t.id for t in account.tools}
        names["kb"] = {d.id for d in account.kb}
        names["acw"] = {d.id for d in account.dispositions}
    for test in persona.tests:
        mark = test.mark_of("path")
        steps = parse_path(test.path)
        if isinstance(steps, PathError):
            report.add(
                mark,
                "bad-path",
                f"test '{test.name}': step {steps.index + 1} '{steps.step}': {steps.message}",
            )
            continue
        for number, step in enumerate(steps, start=1):
            known = names.get(step.kind)
            if known is None or not step.arg or step.arg in known:
                continue
            hint = did_you_mean(step.arg, sorted(known))
            report.add(
                mark,
                "bad-path",
                f"test '{test.name}': step {number} '{step.raw}' "
                f"names no {step.kind} '{step.arg}'{hint}",
            )


def _owner_phrase(ref: _Ref) -> str:
    owner = ref.owner
    label = re.sub(r"(?<!^)(?=[A-Z])", " ", type(owner).__name__).lower()
    if isinstance(owner, Option) and owner.id:
        return f"in {ref.field} of option '{owner.id}'"
    return f"in {ref.field} of the {label}"


def _check_option(report: _Report, option: Option, state: str) -> None:
    if option.goto is not None and option.end is not None:
        report.add(
            option.mark_of("end"),
            "bad-option",
            f"option '{option.id}' has both goto and end; an ending ends the call, drop one",
        )
    elif option.goto is None and option.end is None and option.action is None:
        report.add(
            option.at,
            "bad-option",
            f"option '{option.id}' has no goto, end or action: choosing it stays in '{state}'",
            "warning",
        )


def _same_kind(a: object, b: object) -> bool:
    def kind(v: object) -> str:
        if isinstance(v, bool):
            return "true/false"
        if isinstance(v, (int, float)):
            return "a number"
        return "text"

    return kind(a) == kind(b)


def _check_condition(report: _Report, cond: Condition, facts: Mapping[str, Any]) -> None:
    def impossible(key: str, message: str) -> None:
        report.add(cond.mark_of(key), "impossible-condition", message)

    if (
        cond.mood_at_least is not None
        and cond.mood_below is not None
        and cond.mood_at_least >= cond.mood_below
    ):
        impossible(
            "mood_below",
            f"mood_at_least {cond.mood_at_least} and mood_below {cond.mood_below} "
            "can never both hold",
        )
    for yes, no, what in (
        ("flags", "not_flags", "flag"),
        ("revealed", "not_revealed", "fact"),
        ("visited", "not_visited", "state"),
    ):
        both = [n for n in getattr(cond, yes) if n in getattr(cond, no)]
        for name in both:
            impossible(no, f"{what} '{name}' is in both {yes} and {no}")
    for state, low in cond.min_visits.items():
        high = cond.max_visits.get(state)
        if high is not None and low > high:
            impossible(
                f"max_visits.{state}",
                f"'{state}': min_visits {low} is more than max_visits {high}",
            )
    for fact, wanted in cond.facts.items():
        if fact in facts and not _same_kind(facts[fact], wanted):
            impossible(
                f"facts.{fact}",
                f"fact '{fact}' is {facts[fact]!r} in this persona; comparing it with "
                f"{wanted!r} (a different type) never holds",
            )


def _check_mood(report: _Report, persona: Persona) -> None:
    mood = persona.mood
    if mood.calm_at >= mood.escalate_at:
        report.add(
            mood.mark_of("calm_at"),
            "bad-mood",
            f"calm_at {mood.calm_at} must be below escalate_at {mood.escalate_at}, "
            "or the customer calms and escalates at the same time",
        )
    if mood.escalate_at > mood.hangup_at:
        report.add(
            mood.mark_of("escalate_at"),
            "bad-mood",
            f"escalate_at {mood.escalate_at} is above hangup_at {mood.hangup_at}: "
            "the customer hangs up before demanding a supervisor",
            "warning",
        )
    if mood.demand_state is not None and mood.calm_state is None:
        report.add(
            mood.mark_of("demand_state"),
            "bad-mood",
            "demand_state is set without calm_state: a calmed customer has nowhere to go",
        )
    if mood.calm_state is not None and mood.demand_state is None:
        report.add(
            mood.mark_of("calm_state"),
            "bad-mood",
            "calm_state is set without demand_state: nothing ever escalates to calm down from",
        )
    if mood.demand_state is not None and mood.demand_state == mood.calm_state:
        report.add(
            mood.mark_of("calm_state"),
            "bad-mood",
            "calm_state is the demand state itself: the customer could never leave it",
        )


def _check_placeholders(report: _Report, persona: Persona, found: list[Located]) -> None:
    for text, where in _strings(found):
        for m in _PLACEHOLDER.finditer(text):
            name = m.group(1)
            if _placeholder_ok(name, persona):
                continue
            choices = sorted(
                FIXED_PLACEHOLDERS
                | {f"customer.{f}" for f in CUSTOMER_FIELDS}
                | {f"facts.{k}" for k in persona.facts}
            )
            close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
            hint = f" (did you mean '{{{close[0]}}}'?)" if close else ""
            report.add(
                where.mark,
                "unknown-placeholder",
                f"'{{{name}}}' names nothing: use customer.<field>, facts.<key>, "
                f"agent.name, account.name or greeting{hint}",
            )


def _placeholder_ok(name: str, persona: Persona) -> bool:
    if name in FIXED_PLACEHOLDERS:
        return True
    root, _, rest = name.partition(".")
    if root == "customer":
        return rest in CUSTOMER_FIELDS
    if root == "facts":
        return rest in persona.facts
    return False


def _check_call_list(report: _Report, persona: Persona) -> None:
    if persona.direction == "inbound":
        if persona.call_list:
            report.add(
                persona.mark_of("call_list"),
                "bad-call-list",
                "an inbound persona has no call list (the customer calls in); remove it "
                "or set direction: outbound",
            )
        return
    targets = [e for e in persona.call_list if e.target]
    if not targets:
        report.add(
            persona.mark_of("call_list"),
            "bad-call-list",
            "an outbound persona needs a call list with one entry marked target: true "
            "(the number that starts the dialogue)",
        )
    for extra in targets[1:]:
        report.add(
            extra.mark_of("target"),
            "bad-call-list",
            f"entry '{extra.id}' is a second target; exactly one entry is the persona's number",
        )


# --------------------------------------------------------------------------- rubric


def _check_rubric(report: _Report, rubric: Rubric, bundle: AccountBundle) -> None:
    account = bundle.account
    if rubric.account != account.id:
        report.add(
            rubric.mark_of("account"),
            "unknown-account",
            f"rubric says account '{rubric.account}' but sits in the folder of '{account.id}'",
        )
    total = sum(s.weight for s in rubric.sections)
    if abs(total - 100) > 1e-6:
        report.add(
            rubric.mark_of("sections"),
            "bad-weights",
            f"section weights add up to {total:g}, not 100",
        )
    _duplicates(report, ((s.id, s.mark_of("id")) for s in rubric.sections), "section", " here")
    _duplicates(
        report, ((c.id, c.mark_of("id")) for _, c in rubric.criteria()), "criterion", " here"
    )

    endings = set(ENGINE_ENDINGS).union(*(p.endings for p in bundle.personas))
    tools = {t.id for t in account.tools}
    known: dict[str, Collection[str]] = {
        "act": CORE_ACTS,
        "ending": endings,
        "tool": tools,
        "event": CALL_EVENT_KINDS,
    }
    for ref in refs(objects(rubric)):
        names = known.get(ref.kind)
        if names is None or ref.name in names:
            continue
        report.unknown(ref.mark, ref.kind, ref.name, names, _owner_phrase(ref))

    producible = {
        a for p in bundle.personas for s in p.states.values() for o in s.options for a in o.acts
    }
    for _, crit in rubric.criteria():
        check = crit.check
        if _is_empty(check):
            report.add(
                crit.mark_of("check"),
                "empty-check",
                f"criterion '{crit.id}' checks nothing: give its check at least one key",
            )
        if not bundle.personas:
            continue
        for key in ("requires", "any_of", "before"):
            for i, act in enumerate(getattr(check, key)):
                if act in CORE_ACTS and act not in producible:
                    report.add(
                        check.marks.get(f"{key}.{i}") or check.mark_of(key),
                        "unreachable-act",
                        f"criterion '{crit.id}' needs '{act}', which no option of the "
                        f"account's personas performs (only free text could)",
                        "warning",
                    )


_EMPTY_CACHE: dict[type, dict[str, Any]] = {}


def _is_empty(obj: Located) -> bool:
    """True when every key of ``obj`` still has its default: nothing was asked for."""
    cls = type(obj)
    defaults = _EMPTY_CACHE.get(cls)
    if defaults is None:
        defaults = {}
        for f in dataclasses.fields(obj):
            if f.metadata.get("internal"):
                continue
            if f.default is not dataclasses.MISSING:
                defaults[f.name] = f.default
            elif f.default_factory is not dataclasses.MISSING:
                factory: Callable[[], Any] = f.default_factory
                defaults[f.name] = factory()
        _EMPTY_CACHE[cls] = defaults
    return all(getattr(obj, name) == value for name, value in defaults.items())
