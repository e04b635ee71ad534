"""Pass 2: the product graph of (behaviour state, score key), and the score range it yields.

Apart from pass 1 because it is the expensive one: its budget, its replay of recorded events
and its reuse of verdicts learnt on real scorecards all live here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from mockcall.core.engine import CallSession, ManualClock
from mockcall.core.explore.digest import _Digest, _views
from mockcall.core.explore.fork import fork
from mockcall.core.explore.graph import _bound, _Graph
from mockcall.core.explore.result import (
    NO_DEADLINE,
    Deadline,
    Exploration,
    Limits,
    ScoredPath,
)
from mockcall.core.explore.scoremodel import _judged_on_acw, _ScoreModel
from mockcall.core.graph import components
from mockcall.core.model import (
    Account,
    Persona,
    Rubric,
)
from mockcall.core.simulate import Step, finish_acw, play_step, start_session


@dataclass(frozen=True, slots=True)
class _Leaf:
    """How an ended call scores (default ACW): the point and the criteria earned / lost."""

    point: tuple[float, bool, str]
    earned: frozenset[str]
    lost: frozenset[str]

    def summary(self) -> _Summary:
        """This one complete path as a summary."""
        passed = self.point[1]
        return _Summary(self.point, self.point, self.earned, self.lost, passed, not passed, 1)


@dataclass(slots=True)
class _Summary:
    """Every complete future of one component of the product graph."""

    lo: tuple[float, bool, str] | None = None
    hi: tuple[float, bool, str] | None = None
    earned: frozenset[str] = frozenset()
    lost: frozenset[str] = frozenset()
    can_pass: bool = False
    can_fail: bool = False
    paths: int = 0
    truncated: bool = False

    def add(self, child: _Summary) -> None:
        if child.lo is not None and (self.lo is None or child.lo[0] < self.lo[0]):
            self.lo = child.lo
        if child.hi is not None and (self.hi is None or child.hi[0] > self.hi[0]):
            self.hi = child.hi
        self.earned |= child.earned
        self.lost |= child.lost
        self.can_pass = self.can_pass or child.can_pass
        self.can_fail = self.can_fail or child.can_fail
        self.paths += child.paths
        self.truncated = self.truncated or child.truncated


#: percent of the score pass's budget spent on the fair walk (the rest goes depth first)
FAIR_SHARE: Final = 50


#: replayed sessions kept for later scorecards before the cache starts over
_PLAYED_KEPT = 4_000


class _Scorer:
    """Pass 2: a walk of the *product graph* of (behaviour state, score key).

    Each product state is expanded once, whichever way it was reached: the graph pass recorded,
    for every edge, the events its step logged, and any path reaching the same behaviour state
    logs the same events for the same step (only times shift, and path-dependent fields such as
    turn numbers or durations, which the digest does not read unless a rule matches on them:
    then ``exact`` plays the engine on every edge and feeds its own events). The engine runs
    only to grow the behaviour graph where the graph pass stopped and to score an ended call
    whose criteria are not all known yet (:meth:`_leaf`). Summaries (score range, criteria,
    path counts) are then built bottom-up over the strongly connected components.
    """

    def __init__(
        self,
        persona: Persona,
        account: Account,
        rubric: Rubric,
        limits: Limits,
        out: Exploration,
        graph: _Graph,
        deadline: Deadline = NO_DEADLINE,
    ) -> None:
        self.persona, self.account, self.rubric = persona, account, rubric
        self.limits, self.out, self.graph = limits, out, graph
        self.deadline = deadline
        #: the time budget ran out: every walk from then on only returns
        self.timed_out = False
        self.criteria = rubric.criteria()
        self.criterion_ids = [c.id for _, c in self.criteria]
        self.model = _ScoreModel(persona, account, [c for _, c in self.criteria])
        self.views = _views(persona, account, rubric, self.model)
        self.exact = limits.engine_events or not self.model.recorded_ok
        self.budget = limits.max_paths if limits.score_paths is None else limits.score_paths
        self.ids: dict[tuple[Any, Any], int] = {}
        #: per product state: behaviour node, the state it was found from, the step from
        #: there, and its successors (step, product state)
        self.node: list[int] = []
        self.parent: list[int] = []
        self.step: list[Step | None] = []
        self.succ: list[list[tuple[str, int]]] = []
        #: product states left unexpanded by a bound (their futures are unknown)
        self.open: set[int] = set()
        self.leaf: dict[int, _Leaf] = {}
        #: per (criterion, ending, its projected key): its verdict, learnt from real cards
        self.verdicts: dict[tuple[int, str, tuple[Any, ...]], str] = {}
        self.totals: dict[tuple[str, ...], tuple[float, bool]] = {}
        self.waiting: dict[int, tuple[_Digest, float, Any]] = {}
        self.expanded = 0
        self.cut = False
        #: sessions of product states already played for a scorecard (0: the start)
        self.played: dict[int, tuple[CallSession, ManualClock]] = {}

    def _add(
        self,
        key: tuple[Any, Any],
        node: int,
        parent: int,
        step: Step | None,
        waiting: tuple[_Digest, float, Any],
    ) -> int:
        """A new product state: an ended call is scored now, a live one waits (open) with
        its digest, clock and (``exact``) session until the walk expands it."""
        pid = len(self.node)
        self.ids[key] = pid
        self.node.append(node)
        self.parent.append(parent)
        self.step.append(step)
        self.succ.append([])
        ending = self.graph.nodes[node].ending
        if ending is not None:
            leaf = self._leaf(pid, waiting[0], waiting[1], ending, waiting[2])
            if leaf is None:  # the engine refused a recorded step (a bug): leave it open
                self.open.add(pid)
            else:
                self.leaf[pid] = leaf
        else:
            self.open.add(pid)
            self.waiting[pid] = waiting
        return pid

    def run(self, root: CallSession, clock: ManualClock) -> None:
        """Expand product states depth first, each at most once, in widening rounds.

        Depth first, because an ended call is what a path needs and merges happen deep in a
        call (counters and moods settle there). Fair, because each round gives a state's
        successors even shares of its allowance: a bound cuts every branch a little instead
        of spending everything on the first option's loops. Each round has four times the
        allowance of the last; expanded states cost nothing to walk again. The fair rounds get
        ``FAIR_SHARE`` percent of the budget; the rest goes depth first, first step first.
        """
        self.played = {0: (root, clock)}
        nodes = self.graph.nodes
        digest = _Digest(self.model)
        digest.feed(root._log.events)
        now = root._now()
        rel = self.graph.rel
        key = (nodes[0].key, digest.key(now, rel.repeatable.get(nodes[0].state, frozenset())))
        self._add(key, 0, -1, None, (digest, now, (root, clock) if self.exact else None))
        fair = self.budget * FAIR_SHARE // 100
        allowance = fair
        while True:
            self.cut = False
            self._walk(0, allowance, 0, set(), fair)
            if not self.cut or self.expanded >= fair or self.timed_out:
                break
            allowance *= 4
        if self.cut and not self.timed_out:  # what is left: depth first, first step first
            self._walk(0, self.budget, 0, set(), self.budget, fair=False)

    def _walk(
        self, pid: int, allowance: int, depth: int, seen: set[int], cap: int, fair: bool = True
    ) -> int:
        """Expand what is still open below ``pid`` within ``allowance`` (and ``cap``
        expansions in all); the expansions used."""
        if pid in seen:
            return 0
        seen.add(pid)
        if pid in self.open:
            if depth >= self.limits.max_depth:
                _bound(self.out, f"max-depth {self.limits.max_depth}")
                return 0
            if allowance <= 0 or self.expanded >= cap:
                self.cut = True
                if self.expanded >= self.budget:
                    _bound(self.out, f"score-paths {self.budget}")
                return 0
            if self.timed_out or self.deadline.passed():
                self.cut = self.timed_out = True
                _bound(self.out, f"time {self.limits.seconds:g} s")
                return 0
            if not self._expand(pid):
                return 0
            used = 1
        else:
            used = 0
        succ = [w for _, w in self.succ[pid] if w not in seen]
        left = allowance - used
        for k, w in enumerate(succ):
            share = left // (len(succ) - k) if fair else left
            spent = self._walk(w, share, depth + 1, seen, cap, fair)
            left -= spent
            used += spent
        return used

    def _expand(self, pid: int) -> bool:
        """Play every edge of product state ``pid`` (recorded events, or the engine when
        ``exact``); ended calls found are scored at once. False: nothing to expand from."""
        nodes, graph, rel = self.graph.nodes, self.graph, self.graph.rel
        i = self.node[pid]
        node = nodes[i]
        if not node.expanded:  # past where the graph pass stopped: grow the graph here
            if i not in graph.pending:
                return False
            graph.expand(i)
        digest, now, played = self.waiting.pop(pid)
        self.expanded += 1
        self.open.discard(pid)
        succ = self.succ[pid]
        for edge in node.edges:
            child = digest.copy()
            child_played = None
            if played is not None:
                s, c = fork(*played)
                self.out.steps += 1
                if play_step(s, c, edge.step, self.persona, self.account) is not None:
                    _bound(self.out, "replay-diverged")
                    self.open.add(pid)
                    continue
                child.feed(s._log.events[len(played[0]._log.events) :])
                child_played = (s, c)
            else:
                child.feed(edge.events, now - edge.start)
            later = now + edge.took
            dest = nodes[edge.dest]
            key = (dest.key, child.key(later, rel.repeatable.get(dest.state, frozenset())))
            j = self.ids.get(key)
            if j is None:
                j = self._add(key, edge.dest, pid, edge.step, (child, later, child_played))
            succ.append((edge.step.raw, j))
        return True

    # ------------------------------------------------------------------ ended calls

    def _leaf(
        self, pid: int, digest: _Digest, now: float, ending: str, played: Any
    ) -> _Leaf | None:
        """Score an ended call. Each criterion's verdict depends only on its own projection
        of the score key (:meth:`_Digest.key` with its view), so once every projection has
        been seen on a real scorecard the card's total follows from the known verdicts;
        otherwise the path is played on the engine and scored for real, and its verdicts are
        learnt."""
        keys = [
            (ci, ending, digest.key(now, frozenset(), view)) for ci, view in enumerate(self.views)
        ]
        statuses = [self.verdicts.get(k) for k in keys]
        if all(statuses):
            known = tuple(str(status) for status in statuses)
            self.out.leaf_hits += 1
            total, passed = self._total(known)
        else:
            card = self._card(pid, played)
            if card is None:
                return None
            known = tuple(c.status for c in card.criteria)
            for k, status in zip(keys, known, strict=True):
                self.verdicts[k] = status
            total, passed = float(card.total), bool(card.passed)
        ids = self.criterion_ids
        return _Leaf(
            (total, passed, ending),
            frozenset(cid for cid, st in zip(ids, known, strict=True) if st == "pass"),
            frozenset(cid for cid, st in zip(ids, known, strict=True) if st == "fail"),
        )

    def _total(self, statuses: tuple[str, ...]) -> tuple[float, bool]:
        found = self.totals.get(statuses)
        if found is None:
            from mockcall.core.scoring import CriterionResult, tally

            results = [
                CriterionResult(
                    section=section.id,
                    id=crit.id,
                    title=crit.title,
                    status=status,  # type: ignore[arg-type]
                    points=float(crit.points),
                    earned=float(crit.points) if status == "pass" else 0.0,
                    fatal=crit.fatal,
                    reason="",
                    evidence=(),
                    coaching="",
                    overridden=None,
                    original_status=status,  # type: ignore[arg-type]
                )
                for (section, crit), status in zip(self.criteria, statuses, strict=True)
            ]
            _, total, _, passed = tally(self.rubric, results)
            found = self.totals[statuses] = (total, passed)
        return found

    def _card(self, pid: int, played: Any) -> Any:
        """The real scorecard of product state ``pid``'s path (default ACW)."""
        from mockcall.core.scoring import score

        if played is None:
            played = self._replay(pid)
            if played is None:
                return None
        s, clock = fork(*played)  # keep the ended call as it was, before the ACW
        finish_acw(s, clock, self.persona, self.account)
        return score(s._log.events, self.rubric)

    def _replay(self, pid: int) -> tuple[CallSession, ManualClock] | None:
        """The session of product state ``pid``, played along its discovery path from the
        nearest state already played (sessions met on the way are kept for the next one)."""
        chain: list[int] = []
        while pid not in self.played:
            chain.append(pid)
            pid = self.parent[pid]
        s, clock = self.played[pid]
        if len(self.played) > _PLAYED_KEPT:
            self.played = {0: self.played[0]}
        for pid in reversed(chain):
            step = self.step[pid]
            assert step is not None
            s, clock = fork(s, clock)
            self.out.steps += 1
            if play_step(s, clock, step, self.persona, self.account) is not None:
                _bound(self.out, "replay-diverged")
                return None
            self.played[pid] = (s, clock)
        return s, clock

    # ------------------------------------------------------------------ summaries

    def summarise(self) -> tuple[_Summary, list[_Summary]]:
        """Per product state, the summary of its component (sinks first, one pass). A
        component's paths are its ended calls plus the paths of every edge leaving it: exact
        where there is no cycle, and a lower bound through one (each loop counted once)."""
        comp_of: dict[int, int] = {}
        sums: list[_Summary] = []
        leaf, succ, open_ = self.leaf, self.succ, self.open
        for comp in components([0], lambda v: [w for _, w in succ[v]]):
            here = len(sums)
            for v in comp:
                comp_of[v] = here
            total = _Summary()
            for v in comp:
                found = leaf.get(v)
                if found is not None:
                    total.add(found.summary())
                if v in open_:
                    total.truncated = True
                for _, w in succ[v]:
                    c = comp_of[w]
                    if c != here:
                        total.add(sums[c])
            sums.append(total)
        per_state = [
            sums[comp_of[v]] if v in comp_of else _Summary() for v in range(len(self.node))
        ]
        return sums[-1], per_state

    def path_to(
        self, point: tuple[float, bool, str], per_state: list[_Summary], best: str
    ) -> tuple[str, ...]:
        """A shortest path from the start to an ended call scoring ``point``, through states
        whose best (``lo`` or ``hi``) future is that point."""
        came: dict[int, tuple[int, str]] = {0: (-1, "")}
        queue = deque([0])
        while queue:
            v = queue.popleft()
            found = self.leaf.get(v)
            if found is not None and found.point == point:
                steps: list[str] = []
                while v > 0:
                    v, raw = came[v]
                    steps.append(raw)
                return tuple(reversed(steps))
            for raw, w in self.succ[v]:
                if w not in came and getattr(per_state[w], best) == point:
                    came[w] = (v, raw)
                    queue.append(w)
        return ()


def _explore_scores(
    persona: Persona,
    account: Account,
    rubric: Rubric,
    limits: Limits,
    graph: _Graph,
    out: Exploration,
    seed: int,
    deadline: Deadline = NO_DEADLINE,
) -> None:
    scorer = _Scorer(persona, account, rubric, limits, out, graph, deadline)
    root, clock = start_session(persona, account, rubric, seed=seed)
    root.detach()
    scorer.run(root, clock)
    summary, per_state = scorer.summarise()
    out.score_complete = not summary.truncated
    out.score_nodes = scorer.expanded
    out.paths = summary.paths
    if summary.lo is not None and summary.hi is not None:
        lo, hi = summary.lo, summary.hi
        out.min_score = ScoredPath(*lo, scorer.path_to(lo, per_state, "lo"))
        out.max_score = ScoredPath(*hi, scorer.path_to(hi, per_state, "hi"))
        out.can_pass, out.can_fail = summary.can_pass, summary.can_fail
    earned_ids, lost_ids = set(summary.earned), set(summary.lost)
    for name, path, ran in _seeds(persona, account, rubric, out, seed):
        card = ran.scorecard
        point = ScoredPath(float(card.total), bool(card.passed), ran.ending or "", path, name)
        if out.min_score is None or point.total < out.min_score.total:
            out.min_score = point
        if out.max_score is None or point.total > out.max_score.total:
            out.max_score = point
        out.can_pass = bool(out.can_pass) or point.passed
        out.can_fail = bool(out.can_fail) or not point.passed
        earned_ids.update(c.id for c in card.criteria if c.status == "pass")
        lost_ids.update(c.id for c in card.criteria if c.status == "fail")
    for _, crit in rubric.criteria():
        earned, lost = crit.id in earned_ids, crit.id in lost_ids
        if not earned and not lost:
            out.criteria_always_na.append(crit.id)
        elif not earned:
            out.criteria_never_earned.append(crit.id)
        elif not lost and not _judged_on_acw(crit.check, persona, account):
            out.criteria_never_lost.append(crit.id)


def _seeds(
    persona: Persona, account: Account, rubric: Rubric, out: Exploration, seed: int
) -> Iterable[tuple[str | None, tuple[str, ...], Any]]:
    """Real playthroughs the score range must include whatever the bounds cut: the
    persona's declared ``tests:`` (they may ``wait:`` or do their own ACW, which the search
    never tries) and the shortest path to every ending the graph pass found."""
    from mockcall.core.simulate import parse_path, play_path

    tried: set[tuple[str, ...]] = set()
    candidates: list[tuple[str | None, tuple[str, ...]]] = []
    for test in persona.tests:
        steps = parse_path(test.path)
        if isinstance(steps, list):
            candidates.append((test.name, tuple(step.raw for step in steps)))
    candidates += [(None, path) for path in out.endings.values()]
    for name, path in candidates:
        if path in tried:
            continue
        tried.add(path)
        ran = play_path(persona, account, rubric, ",".join(path), seed=seed)
        if ran.completed and ran.ending is not None and ran.scorecard is not None:
            yield name, path, ran
