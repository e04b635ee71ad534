"""Explore every path of a persona on the real engine: what a trainee can reach, and the score.

The explorer drives :class:`~mockcall.core.engine.CallSession` on a
:class:`~mockcall.core.engine.ManualClock` exactly as ``play_path`` does (the same
``play_step`` moves time and polls), trying every step a trainee could take at each point:

* the offered options, numbered in file order as paths number them (so every path printed is a
  valid ``--path`` whatever order a call shows the options in);
* ``hold`` once per call where it is meaningful (a ``when.held`` condition or a rubric that
  looks at holds) and ``unhold`` while on hold; hold *options* are ordinary options;
* tools that change what is offered or scored — named by ``when.tools_used``, revealing a fact
  or setting a flag a condition reads, or named by the rubric — each once (again only if it
  would set a flag an option cleared);
* outbound: every call-list entry while dialling.

Pure call controls (hang up, escalate, transfer) are left out unless ``include_controls``:
any call can be hung up anywhere, so counting them would make every loop "end" and every
minimum score "hang up at once". Options that *are* those controls are explored like any option.

Two passes, each memoised on a key of everything that can change what follows
(docs/trainer-tools.md explains each part):

1. **Behaviour graph** — breadth first, memoised on the *behaviour key*: persona state, phase,
   mood (one class for a *settled* mood no future can bring to a threshold), flags, the
   revealed facts and used tools a condition or the search reads, visit counts that conditions
   read (capped at the largest number they compare with), whether the customer has been held,
   mute, which options were already said (the repeat penalty), a state line still owed after a
   hold, the silence / hold time so far capped at the persona's patience, and the wasted turns
   capped one past ``give_up_after``. Every edge keeps
   the events its step logged. Breadth first gives the shortest path to every state and ending;
   the graph gives dead ends, endless loops, options never offered and whether the escalation
   threshold is reachable.
2. **Score range** — a *product graph* of (behaviour state, *score key*), the score key keeping
   exactly what the rubric's checks read of the past (acts seen, the acts a first/last-turns
   window checks, per-criterion event windows, counters capped past their limit, the limits a
   longest hold or silence already passed, totals capped past their limit, tool-before
   violations...). Each product state is expanded once, its edges fed the events pass 1
   recorded; the engine runs only to grow the graph where pass 1 stopped and to score an
   ended call some criterion has not judged yet: a criterion's verdict depends only on its
   own projection of the score key, so verdicts learnt on real scorecards total the rest.
   Half the budget goes to a fair walk (successors share each state's allowance, in widening
   rounds), half depth first, where calls end and futures merge. Summaries (lowest and highest
   total with a path each, criteria earned and lost, path counts) are built over the strongly
   connected components. Two prefixes with equal keys have the same futures *and* scores, so
   they are exact within the bounds (a test checks this against playing every path of a small
   persona one by one).

Bounds: ``max_depth`` steps per path, ``max_paths`` states expanded by pass 1 and
``score_paths`` product states by pass 2; a result says which bound was hit (``bounds_hit``)
and is then a lower bound of what exists.

The package: what a run reports (:mod:`.result`), forking sessions
(:mod:`.fork`), what the persona and rubric make relevant (:mod:`.relevance`), the steps and
behaviour key (:mod:`.steps`), the score model derived from the scoring registry
(:mod:`.scoremodel`) and the running score key (:mod:`.digest`), pass 1 (:mod:`.graph`),
pass 2 (:mod:`.scores`), the entry point (:mod:`.run`) and the turn bound (:mod:`.bound`).
"""

from __future__ import annotations

from mockcall.core.explore.bound import TurnBound, turn_bound
from mockcall.core.explore.fork import fork
from mockcall.core.explore.graph import _explore_graph as _explore_graph
from mockcall.core.explore.graph import _Graph as _Graph
from mockcall.core.explore.relevance import _relevance as _relevance
from mockcall.core.explore.result import CONTROL_ENDINGS, Exploration, Limits, ScoredPath
from mockcall.core.explore.run import explore
from mockcall.core.explore.scoremodel import _Needs as _Needs
from mockcall.core.explore.scoremodel import _ScoreModel as _ScoreModel
from mockcall.core.explore.scores import FAIR_SHARE
from mockcall.core.explore.scores import _Scorer as _Scorer
from mockcall.core.explore.steps import actions, behaviour_key

# ``_X as _X``: the passes the explorer's tests drive one at a time, under their old names.
__all__ = [
    "CONTROL_ENDINGS",
    "FAIR_SHARE",
    "Exploration",
    "Limits",
    "ScoredPath",
    "TurnBound",
    "actions",
    "behaviour_key",
    "explore",
    "fork",
    "turn_bound",
]
