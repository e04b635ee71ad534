"""A training floor on one database: seats as processes, SIGKILLs mid-call, resumes, then checks.

Each seat is a process (multiprocessing, spawn) that plays calls through the real engine
(``CallSession`` with a ``Recorder`` as its ``on_event``) into the store, one committed append
per event, for the whole run.  Every few seconds one seat is killed with SIGKILL in the middle
of a call; a new process takes its place and brings its call back the way the TUI does
(``store.unfinished()``, then ``resume_or_abandon`` = ``engine.restore`` over the stored log),
plays it to the end and goes on taking calls.  Afterwards:

* **0 lost** — every append that returned (each seat notes it in its own file *after* the
  append returned) is in the store, and every session's ``seq`` runs 0..n-1 without a gap;
* **0 duplicated** — no (session, seq) twice;
* **scores reproduce** — every finished call's stored scorecard equals re-scoring its stored log
  with its frozen rubric.

``rows()`` runs PostgreSQL (a fresh database on ``$MOCKCALL_BENCH_PG``, else
``$MOCKCALL_TEST_PG``; the role needs CREATEDB) and SQLite (WAL) in the same run for
``scripts/bench.py``; without a server the PostgreSQL row says so.

    python scripts/bench_floor.py [--seconds 60] [--seats 50] [--kill-every 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import secrets
import shutil
import signal
import sys
import tempfile
import time
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for _p in (str(ROOT), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from benchutil import percentile  # noqa: E402

PERSONA_ID = "telco-darmawan-repeat-outage"
#: the calls seats take: the best path, a fatal one, a short mediocre one (steps as on screen)
PATHS: tuple[str, ...] = (
    "1,tool:account_lookup,1,1,1,tool:network_status,wait:40,unhold,1,tool:ticketing,1,1,1",
    "1,3,2,1,1,1",
    "1,tool:account_lookup,1,1,1,tool:network_status,wait:40,unhold,1,tool:ticketing,1,1,1",
)
PG_ENVS = ("MOCKCALL_BENCH_PG", "MOCKCALL_TEST_PG")


@dataclass
class FloorResult:
    """What one floor run did and what the checks found."""

    backend: str
    seats: int
    seconds: float
    events: int = 0
    calls_finished: int = 0
    kills: int = 0
    resumed: int = 0
    abandoned: int = 0
    #: kills that found the seat between two calls (nothing to resume)
    idle: int = 0
    returned: int = 0
    lost: int = 0
    duplicated: int = 0
    gaps: int = 0
    score_mismatches: int = 0
    left_live: int = 0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    seat_errors: list[str] = field(default_factory=list)

    @property
    def events_per_s(self) -> float:
        return self.events / self.seconds if self.seconds else 0.0

    @property
    def ok(self) -> bool:
        return not (
            self.lost
            or self.duplicated
            or self.gaps
            or self.score_mismatches
            or self.left_live
            or self.seat_errors
        )


# ------------------------------------------------------------------ one seat (a process)


@lru_cache(maxsize=1)
def _telco() -> tuple[Any, Any, Any]:
    from mockcall.core.loader import load_library

    library = load_library([ROOT / "personas"])
    persona = library.persona(PERSONA_ID)
    assert persona is not None
    bundle = library.bundle_for(persona)
    assert bundle is not None and bundle.rubric is not None
    return persona, bundle.account, bundle.rubric


class _Timed:
    """The seat's store: each append timed, and noted in the seat's file once it returned."""

    def __init__(self, inner: Any, note_fd: int) -> None:
        self.inner = inner
        self.note_fd = note_fd
        self.latencies = array("d")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def append(self, session_id: str, event: Any) -> None:
        t0 = time.perf_counter()
        self.inner.append(session_id, event)
        self.latencies.append(time.perf_counter() - t0)
        os.write(self.note_fd, f"{session_id} {event.seq}\n".encode())  # after it returned


def _note(folder: Path, seat: int, line: str) -> None:
    with (folder / f"seat-{seat}.outcomes").open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def _open(location: str) -> Any:
    from mockcall.store import open_store

    if "://" in location:
        return open_store(location)
    from mockcall.store.sqlite import SQLiteStore

    # what a seat on a shared file gets: the default busy handling, a little more patience
    return SQLiteStore(location, busy_timeout=5.0, retries=8)


def _trainee(seat: int) -> str:
    return f"seat-{seat:02d}"


def _steps(path: str) -> list[Any]:
    from mockcall.core.simulate import parse_path

    steps = parse_path(path)
    assert isinstance(steps, list), steps
    return steps


def _boundaries(path: str, seed: int, trainee: str) -> list[int]:
    """The log length after the call is answered and after each step of ``path``: where a
    resumed call stands in its path (the engine is deterministic for a seed)."""
    from mockcall.core.simulate import play_step, start_session

    persona, account, rubric = _telco()
    session, clock = start_session(persona, account, rubric, seed=seed, trainee=trainee)
    out = [len(session.events)]
    for step in _steps(path):
        if play_step(session, clock, step, persona, account) is not None:
            break
        out.append(len(session.events))
    session.detach()
    return out


#: the seat's pause between two actions (a trainee reads and thinks for seconds; a short pause
#: keeps the store saturated yet lets most kills land between actions, as they would on a floor)
THINK_SECONDS = 0.02


def _play_rest(session: Any, clock: Any, recorder: Any, steps: Sequence[Any]) -> str:
    """Play the remaining steps, the after-call work and store the scorecard."""
    from mockcall.core.scoring import score
    from mockcall.core.simulate import finish_acw, play_step
    from mockcall.store import StoreError

    persona, account, rubric = _telco()
    for step in steps:
        time.sleep(THINK_SECONDS)
        if play_step(session, clock, step, persona, account) is not None:
            break
    time.sleep(THINK_SECONDS)
    finish_acw(session, clock, persona, account)
    card = score(session.events, rubric)
    for attempt in range(20):  # a store hiccup: the call is still in memory, try again
        try:
            sid = str(recorder.finish(card))
            break
        except StoreError:
            if attempt == 19:
                raise
            time.sleep(0.05 * (attempt + 1))
    session.detach()
    return sid


def _take_call(store: Any, seat: int, rng: random.Random) -> str:
    from mockcall.core.engine import CallSession, ManualClock
    from mockcall.store.recorder import Recorder

    persona, account, rubric = _telco()
    seed = rng.randrange(10_000)
    path = PATHS[seed % len(PATHS)]
    clock = ManualClock()
    recorder = Recorder(store, rubric=rubric)
    session = CallSession(
        persona,
        account,
        rubric=rubric,
        seed=seed,
        clock=clock,
        trainee=_trainee(seat),
        agent_name=_trainee(seat),
        mode="practice",
        on_event=recorder.on_event,
    )
    session.start()
    if session.phase == "ringing":
        session.answer()
    return _play_rest(session, clock, recorder, _steps(path))


def _resume_calls(store: Any, seat: int, folder: Path) -> None:
    """The killed seat's calls, brought back as the TUI does at start-up."""
    from mockcall.core.engine import ManualClock
    from mockcall.store.recorder import resume_or_abandon

    persona, account, rubric = _telco()
    mine = _trainee(seat)
    deadline = time.monotonic() + 15  # the server drops a dead client's lock within ms
    while True:
        left = [u for u in store.unfinished() if u.meta.trainee == mine]
        if not any(u.running for u in left) or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    if not left:  # killed between two calls
        _note(folder, seat, "idle")
    for u in left:
        if u.running:
            _note(folder, seat, f"error {u.meta.id} still running after its seat was killed")
            continue
        clock = ManualClock()
        problems: list[str] = []
        resumed = resume_or_abandon(
            store, u.meta.id, persona, account, rubric=rubric, clock=clock,
            on_problem=problems.append,
        )  # fmt: skip
        if resumed is None:  # killed inside an action: the log ends half-way through it
            _note(folder, seat, f"abandoned {u.meta.id}")
            continue
        seed = u.meta.seed
        path = PATHS[seed % len(PATHS)]
        marks = _boundaries(path, seed, mine)
        stood = len(resumed.session.events)
        if stood not in marks:
            resumed.recorder.abandon()
            resumed.session.detach()
            _note(folder, seat, f"abandoned {u.meta.id}")
            continue
        _play_rest(resumed.session, clock, resumed.recorder, _steps(path)[marks.index(stood) :])
        _note(folder, seat, f"resumed {u.meta.id}")


def seat_main(
    location: str,
    seat: int,
    folder: str,
    start: Any,
    seconds: float,
    deadline: float,
    resume: bool,
    seed: int,
    taking: Any,
) -> None:
    """One seat: (resume its killed call,) then take calls until the deadline.

    ``taking[seat]`` is set once the seat takes calls of its own: only then may it be killed,
    so every kill's call is resumed (or found unresumable) by the next process."""
    out = Path(folder)
    try:
        _telco()
        store = _open(location)
        fd = os.open(out / f"seat-{seat}.appends", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        timed = _Timed(store, fd)
        if start is not None:  # a first seat: everyone starts together
            ready, go = start
            ready[seat] = 1
            go.wait()
            deadline = time.time() + seconds
        if resume:
            _resume_calls(timed, seat, out)
        rng = random.Random(seed)
        calls = 0
        taking[seat] = 1
        while time.time() < deadline:
            _take_call(timed, seat, rng)
            calls += 1
        latencies = out / f"seat-{seat}-{os.getpid()}.latencies"
        latencies.write_bytes(timed.latencies.tobytes())
        store.close()
    except Exception as exc:
        _note(out, seat, f"error {type(exc).__name__}: {exc}")
        raise


# ------------------------------------------------------------------ the floor


def run_floor(
    location: str,
    *,
    seconds: float = 60.0,
    seats: int = 50,
    kill_every: float = 3.0,
    seed: int = 7,
) -> FloorResult:
    """Run a floor against ``location`` (a SQLite file or a DSN) and check what it stored."""
    backend = "postgresql" if "://" in location else "sqlite"
    _open(location).close()  # the schema, once, before the clock starts
    folder = Path(tempfile.mkdtemp(prefix="mockcall-floor-"))
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Array("b", seats, lock=False)
    go = ctx.Event()
    start = (ready, go)
    taking = ctx.Array("b", seats, lock=False)
    rng = random.Random(seed)
    far = time.time() + 10 * seconds + 600  # replaced by each first seat after the barrier
    procs: dict[int, Any] = {}
    finished: list[Any] = []
    for seat in range(seats):
        args = (
            location,
            seat,
            str(folder),
            start,
            seconds,
            far,
            False,
            rng.randrange(1 << 30),
            taking,
        )
        procs[seat] = ctx.Process(target=seat_main, args=args, daemon=True)
        procs[seat].start()
    result = FloorResult(backend, seats, seconds)
    try:
        _wait_ready(procs, ready)
        go.set()
        began = time.time()
        deadline = began + seconds
        next_kill = time.monotonic() + kill_every
        while time.time() < deadline - min(1.0, kill_every / 2):
            time.sleep(max(0.0, min(next_kill - time.monotonic(), deadline - time.time())))
            if time.monotonic() < next_kill or time.time() >= deadline - 0.5:
                continue
            next_kill += kill_every
            alive = [s for s, p in procs.items() if p.is_alive() and taking[s]]
            if not alive:
                continue
            victim = rng.choice(alive)
            os.kill(procs[victim].pid, signal.SIGKILL)
            procs[victim].join()
            finished.append(procs[victim])
            result.kills += 1
            taking[victim] = 0
            args = (
                location,
                victim,
                str(folder),
                None,
                seconds,
                deadline,
                True,
                rng.randrange(1 << 30),
                taking,
            )
            procs[victim] = ctx.Process(target=seat_main, args=args, daemon=True)
            procs[victim].start()
        for p in procs.values():
            p.join(timeout=seconds + 120)
        result.seconds = time.time() - began
    finally:
        for p in procs.values():
            if p.is_alive():
                p.kill()
                p.join()
                result.seat_errors.append(f"seat process {p.pid} did not finish")
    _check(location, folder, result)
    shutil.rmtree(folder, ignore_errors=True)
    return result


def _wait_ready(procs: dict[int, Any], ready: Any, timeout: float = 600.0) -> None:
    """Until every seat has loaded the personas and opened the store (a seat that died on
    the way is an error, not a wait)."""
    deadline = time.monotonic() + timeout
    while not all(ready[s] for s in procs):
        dead = [s for s, p in procs.items() if p.exitcode is not None]
        if dead:
            raise RuntimeError(f"seat {dead[0]} exited with {procs[dead[0]].exitcode} at start")
        if time.monotonic() > deadline:
            raise RuntimeError("the seats did not start in time")
        time.sleep(0.05)


def _check(location: str, folder: Path, result: FloorResult) -> None:
    from mockcall.core.scoring import score
    from mockcall.store.api import SessionFilter
    from mockcall.store.rubrics import rubric_from_text

    returned: set[tuple[str, int]] = set()
    for notes in folder.glob("seat-*.appends"):
        for line in notes.read_text(encoding="utf-8").splitlines():
            sid, seq = line.split()
            returned.add((sid, int(seq)))
    for outcomes in folder.glob("seat-*.outcomes"):
        for line in outcomes.read_text(encoding="utf-8").splitlines():
            word = line.split(" ", 1)[0]
            if word == "resumed":
                result.resumed += 1
            elif word == "abandoned":
                result.abandoned += 1
            elif word == "idle":
                result.idle += 1
            else:
                result.seat_errors.append(line)
    latencies = array("d")
    for stats in folder.glob("seat-*.latencies"):
        latencies.frombytes(stats.read_bytes())
    ordered = sorted(latencies)
    if ordered:
        result.p50_ms = percentile(ordered, 0.50) * 1000
        result.p99_ms = percentile(ordered, 0.99) * 1000

    stored: set[tuple[str, int]] = set()
    store = _open(location)
    try:
        everything = SessionFilter(limit=None, sort="started_at", descending=False)
        for record in store.records(everything):
            seqs = [e.seq for e in record.events]
            result.events += len(seqs)
            result.duplicated += len(seqs) - len(set(seqs))
            if seqs != list(range(len(seqs))):
                result.gaps += 1
            stored.update((record.meta.id, s) for s in seqs)
            if record.meta.status == "live":
                result.left_live += 1
            if record.meta.status != "finished" or record.scorecard is None:
                continue
            result.calls_finished += 1
            rubric = rubric_from_text(store.rubric_text(record.meta.rubric_hash or "") or "")
            if score(list(record.events), rubric).to_dict() != dict(record.scorecard):
                result.score_mismatches += 1
    finally:
        store.close()
    result.returned = len(returned)
    result.lost = len(returned - stored)


# ------------------------------------------------------------------ bench.py rows


def pg_server() -> str | None:
    for name in PG_ENVS:
        if os.environ.get(name):
            return os.environ[name]
    return None


@dataclass
class _PgDatabase:
    admin: str
    dsn: str
    name: str


@contextmanager
def pg_database(admin: str) -> Iterator[_PgDatabase]:
    """A fresh database on the server for one run, dropped afterwards."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    name = f"mockcall_floor_{secrets.token_hex(4)}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    parts = urlsplit(admin)
    dsn = urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))
    try:
        yield _PgDatabase(admin, dsn, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]


def floor_rows(
    seconds: float = 60.0, seats: int = 50, kill_every: float = 3.0
) -> list[tuple[str, str, str]]:
    """PostgreSQL and SQLite (WAL) floors, one after the other, as bench.py rows."""
    out: list[tuple[str, str, str]] = []
    admin = pg_server()
    if admin is None:
        out.append(
            (
                "floor: PostgreSQL",
                "not run",
                "set MOCKCALL_BENCH_PG (or MOCKCALL_TEST_PG) to a server DSN (CREATEDB)",
            )
        )
    else:
        try:
            with pg_database(admin) as db:
                out += _rows(run_floor(db.dsn, seconds=seconds, seats=seats, kill_every=kill_every))
        except Exception as exc:  # an unreachable server is a row, not a crash
            from mockcall.store.postgres import safe_location

            text = str(exc).replace(admin, safe_location(admin))
            out.append(("floor: PostgreSQL", f"not run: {text[:120]}", ""))
    with tempfile.TemporaryDirectory(prefix="mockcall-floor-db-") as tmp:
        path = str(Path(tmp) / "floor.sqlite3")
        out += _rows(run_floor(path, seconds=seconds, seats=seats, kill_every=kill_every))
    return out


def _rows(r: FloorResult) -> list[tuple[str, str, str]]:
    name = "PostgreSQL" if r.backend == "postgresql" else "SQLite WAL"
    head = f"floor: {name}, {r.seats} seats"
    return [
        (f"{head}: events/s", f"{r.events_per_s:.0f} ({r.events} in {r.seconds:.0f} s)", "-"),
        (f"{head}: append p50 / p99", f"{r.p50_ms:.2f} / {r.p99_ms:.2f} ms", "p99 <= 50 ms"),
        (
            f"{head}: calls / kills / resumed / abandoned / idle",
            f"{r.calls_finished} / {r.kills} / {r.resumed} / {r.abandoned} / {r.idle}",
            "kills = resumed + abandoned + idle",
        ),
        (
            f"{head}: lost / duplicated / score mismatches",
            f"{r.lost} / {r.duplicated} / {r.score_mismatches}"
            + (
                f" (gaps {r.gaps}, live {r.left_live}, errors {len(r.seat_errors)})"
                if not r.ok
                else ""
            ),
            "0 / 0 / 0",
        ),
    ]


def rows() -> list[tuple[str, str, str]]:
    return floor_rows()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seats", type=int, default=50)
    parser.add_argument("--kill-every", type=float, default=3.0)
    args = parser.parse_args()
    from benchutil import print_rows

    print_rows(floor_rows(args.seconds, args.seats, args.kill_every))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
