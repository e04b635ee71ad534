"""The sessions schema, as numbered migrations from an empty database to :data:`CURRENT`.

Why numbered migrations and not "CREATE IF NOT EXISTS": a database outlives the mockcall that
wrote it (a training floor keeps years of assessments), so each change of shape is a step that
upgrades old databases in place, inside one transaction, and a fresh database is built by the
very same steps — the upgrade path is exercised every time a new database is made.

Each migration is written once, as a function of a :class:`Dialect`, and rendered for SQLite
or PostgreSQL by :func:`migrations`: the dialect supplies the handful of things that differ
(column types, ``WITHOUT ROWID``, how a JSON field is read), never a second copy of a step.

``schema_version`` holds one row: ``app`` ('mockcall') tells our database from someone else's,
``version`` says which steps ran.  A database whose version is higher than :data:`CURRENT` was
written by a newer mockcall and is left alone.

Version history
---------------
1. events (append-only log, one row per event), sessions (who/what/when/status + the scorecard
   JSON), rubrics (source text per content hash), schema_version.
2. Summary columns denormalised into ``sessions`` (total, passed, fatal_count, rubric id and
   version, section scores, duration, override marker and the original score) so listing and
   filtering never parse JSON, and the scorecard as first stored (kept when a reviewer
   overrides a criterion); indexes for trainee/account/persona/started_at/passed, each
   ending in (started_at, id) so a sorted page is read straight off the index; the
   ``overrides`` view over override events.  Existing rows are back-filled from the JSON.
3. ``assignments``: a persona or a nesting shift a trainer gives a trainee from the floor.
   Whether it is done is not stored: it is read from the trainee's finished sessions.
4. Indexes on ``lower(trainee)``, ``lower(account)`` and ``lower(persona)`` (each ending in
   (started_at, id)): filters match these case-insensitively by prefix (docs/store.md).
5. Where a session came from: ``source`` ('played' in mockcall, or 'transcript' for a real
   contact scored by ``mockcall qa --store``), ``source_ref`` (the file it was read from) and
   ``source_hash`` (sha256 of that file, unique: the same file is never stored twice).
6. Disputes: ``disputes`` (how many a trainee raised) and ``open_disputes`` (not yet resolved),
   kept with each ``dispute`` / ``dispute_resolved`` event so the review list can mark and
   filter disputed calls without reading logs. No earlier database holds such events: 0, 0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

APP: Final = "mockcall"
#: SQLite's header field for "which application owns this file" ('MKCL'); informational only.
APPLICATION_ID: Final = 0x4D4B434C

DialectName = Literal["sqlite", "postgres"]


@dataclass(frozen=True, slots=True)
class Dialect:
    """What differs between the SQL backends, and nothing else.

    Text columns are ``COLLATE "C"`` on PostgreSQL so sorting and ``started_at`` ranges compare
    bytes, exactly as SQLite does; JSON columns are ``json`` (not ``jsonb``), which keeps the
    text as written, so an export is byte-for-byte the same from either backend.
    """

    name: DialectName
    TEXT: str
    INT: str
    BIGINT: str
    REAL: str
    BOOL: str
    JSON: str
    FALSE: str
    WITHOUT_ROWID: str
    #: an integer key the database numbers itself
    SERIAL_KEY: str

    def field(self, doc: str, key: str, cast: str = "") -> str:
        """The scalar ``doc.key`` of a JSON column, as ``cast`` (one of this dialect's types)."""
        if self.name == "sqlite":
            return f"json_extract({doc}, '$.{key}')"
        return f"({doc}->>'{key}')::{cast or 'text'}"

    def part(self, doc: str, key: str) -> str:
        """The JSON sub-document ``doc.key`` (an array or object), as JSON."""
        if self.name == "sqlite":
            return f"json_extract({doc}, '$.{key}')"
        return f"({doc}->'{key}')"

    def array_length(self, doc: str, key: str) -> str:
        if self.name == "sqlite":
            return f"json_array_length({doc}, '$.{key}')"
        return f"json_array_length({doc}->'{key}')"

    def elements(self, doc: str, key: str) -> str:
        """A table of the array ``doc.key``'s items as column ``value``, in array order."""
        if self.name == "sqlite":
            return f"json_each({doc}, '$.{key}')"
        return f"json_array_elements({doc}->'{key}') AS elements(value)"

    def object_of(self, key: str, value: str) -> str:
        """Aggregate ``key: value`` pairs into one JSON object."""
        if self.name == "sqlite":
            return f"json_group_object({key}, {value})"
        return f"json_object_agg({key}, {value})"


SQLITE: Final = Dialect(
    name="sqlite",
    TEXT="TEXT",
    INT="INTEGER",
    BIGINT="INTEGER",
    REAL="REAL",
    BOOL="INTEGER",
    JSON="TEXT",
    FALSE="0",
    WITHOUT_ROWID=" WITHOUT ROWID",
    SERIAL_KEY="INTEGER PRIMARY KEY AUTOINCREMENT",
)
POSTGRES: Final = Dialect(
    name="postgres",
    TEXT='text COLLATE "C"',
    INT="integer",
    BIGINT="bigint",
    REAL="double precision",
    BOOL="boolean",
    JSON="json",
    FALSE="false",
    WITHOUT_ROWID="",
    SERIAL_KEY="bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
)
DIALECTS: Final[dict[DialectName, Dialect]] = {"sqlite": SQLITE, "postgres": POSTGRES}


def _v1(d: Dialect) -> tuple[str, ...]:
    steps: tuple[str, ...] = (
        f"""CREATE TABLE schema_version (
        app {d.TEXT} NOT NULL,
        version {d.INT} NOT NULL,
        migrated_at {d.TEXT} NOT NULL
    )""",
        f"""CREATE TABLE rubrics (
        hash {d.TEXT} PRIMARY KEY,
        rubric_id {d.TEXT} NOT NULL,
        version {d.INT} NOT NULL,
        text {d.TEXT} NOT NULL,
        saved_at {d.TEXT} NOT NULL
    )""",
        f"""CREATE TABLE sessions (
        id {d.TEXT} PRIMARY KEY,
        trainee {d.TEXT} NOT NULL,
        account {d.TEXT} NOT NULL,
        persona {d.TEXT} NOT NULL,
        mode {d.TEXT} NOT NULL,
        seed {d.BIGINT} NOT NULL,
        channel {d.TEXT} NOT NULL,
        direction {d.TEXT} NOT NULL,
        started_at {d.TEXT} NOT NULL,
        ended_at {d.TEXT},
        status {d.TEXT} NOT NULL CHECK (status IN ('live', 'finished', 'abandoned')),
        ending {d.TEXT},
        rubric_hash {d.TEXT},
        host {d.TEXT} NOT NULL DEFAULT '',
        pid {d.INT} NOT NULL DEFAULT 0,
        scorecard {d.JSON}
    )""",
        f"""CREATE TABLE events (
        session_id {d.TEXT} NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq {d.INT} NOT NULL,
        t {d.REAL} NOT NULL,
        kind {d.TEXT} NOT NULL,
        data {d.JSON} NOT NULL,
        PRIMARY KEY (session_id, seq)
    ){d.WITHOUT_ROWID}""",
        "CREATE INDEX sessions_status ON sessions(status)",
    )
    if d.name == "sqlite":
        steps += (f"PRAGMA application_id = {APPLICATION_ID}",)
    return steps


def _v2(d: Dialect) -> tuple[str, ...]:
    card = "sessions.scorecard"
    #: Section scores as {section id: percent or null when N/A}, built from the scorecard JSON.
    section = "value"
    percent = (
        f"CASE WHEN {d.field(section, 'na', d.BOOL)} THEN NULL"
        f" ELSE round({d.field(section, 'score', 'numeric')} * 100, 1) END"
    )
    section_scores = (
        f"(SELECT {d.object_of(d.field(section, 'id'), percent)}"
        f" FROM {d.elements(card, 'sections')})"
    )
    return (
        f"ALTER TABLE sessions ADD COLUMN rubric_id {d.TEXT}",
        f"ALTER TABLE sessions ADD COLUMN rubric_version {d.INT}",
        f"ALTER TABLE sessions ADD COLUMN total {d.REAL}",
        f"ALTER TABLE sessions ADD COLUMN passed {d.BOOL}",
        f"ALTER TABLE sessions ADD COLUMN fatal_count {d.INT} NOT NULL DEFAULT 0",
        f"ALTER TABLE sessions ADD COLUMN fatal_failures {d.JSON}",
        f"ALTER TABLE sessions ADD COLUMN section_scores {d.JSON}",
        f"ALTER TABLE sessions ADD COLUMN duration {d.REAL}",
        f"ALTER TABLE sessions ADD COLUMN overridden {d.BOOL} NOT NULL DEFAULT {d.FALSE}",
        f"ALTER TABLE sessions ADD COLUMN original_total {d.REAL}",
        f"ALTER TABLE sessions ADD COLUMN original_passed {d.BOOL}",
        f"ALTER TABLE sessions ADD COLUMN original_scorecard {d.JSON}",
        # back-fill what v1 kept only inside the JSON
        f"""UPDATE sessions SET
        rubric_id = {d.field(card, "rubric_id")},
        rubric_version = {d.field(card, "rubric_version", d.INT)},
        total = {d.field(card, "total", d.REAL)},
        passed = {d.field(card, "passed", d.BOOL)},
        fatal_count = coalesce({d.array_length(card, "fatal_failures")}, 0),
        fatal_failures = {d.part(card, "fatal_failures")},
        section_scores = {section_scores},
        original_total = {d.field(card, "total", d.REAL)},
        original_passed = {d.field(card, "passed", d.BOOL)},
        original_scorecard = scorecard
       WHERE scorecard IS NOT NULL""",
        """UPDATE sessions SET
        rubric_id = (SELECT rubric_id FROM rubrics WHERE hash = sessions.rubric_hash),
        rubric_version = (SELECT version FROM rubrics WHERE hash = sessions.rubric_hash)
       WHERE rubric_id IS NULL AND rubric_hash IS NOT NULL""",
        """UPDATE sessions SET duration = (SELECT max(t) FROM events WHERE session_id = sessions.id)
       WHERE status != 'live'""",
        "CREATE INDEX sessions_trainee ON sessions(trainee, started_at, id)",
        "CREATE INDEX sessions_account ON sessions(account, started_at, id)",
        "CREATE INDEX sessions_persona ON sessions(persona, started_at, id)",
        "CREATE INDEX sessions_started ON sessions(started_at, id)",
        "CREATE INDEX sessions_passed ON sessions(passed, started_at, id)",
        f"""CREATE VIEW overrides AS
        SELECT session_id, seq, t,
               {d.field("data", "criterion")} AS criterion,
               {d.field("data", "status")} AS status,
               {d.field("data", "original_status")} AS original_status,
               {d.field("data", "points", d.REAL)} AS points,
               {d.field("data", "comment")} AS comment,
               {d.field("data", "reviewer")} AS reviewer,
               {d.field("data", "at")} AS at
        FROM events WHERE kind = 'override'""",
    )


def _v3(d: Dialect) -> tuple[str, ...]:
    return (
        f"""CREATE TABLE assignments (
        id {d.SERIAL_KEY},
        trainee {d.TEXT} NOT NULL,
        persona {d.TEXT},
        account {d.TEXT},
        mode {d.TEXT} NOT NULL CHECK (mode IN ('practice', 'assessment', 'shift')),
        calls {d.INT} NOT NULL DEFAULT 1 CHECK (calls >= 1),
        note {d.TEXT} NOT NULL DEFAULT '',
        assigned_by {d.TEXT} NOT NULL DEFAULT '',
        assigned_at {d.TEXT} NOT NULL,
        cancelled_at {d.TEXT},
        CHECK ((persona IS NULL) != (account IS NULL))
    )""",
        "CREATE INDEX assignments_trainee ON assignments(lower(trainee), assigned_at)",
    )


def _v4(d: Dialect) -> tuple[str, ...]:
    return tuple(
        f"CREATE INDEX sessions_{column}_folded ON sessions(lower({column}), started_at, id)"
        for column in ("trainee", "account", "persona")
    )


def _v5(d: Dialect) -> tuple[str, ...]:
    return (
        f"ALTER TABLE sessions ADD COLUMN source {d.TEXT} NOT NULL DEFAULT 'played'",
        f"ALTER TABLE sessions ADD COLUMN source_ref {d.TEXT}",
        f"ALTER TABLE sessions ADD COLUMN source_hash {d.TEXT}",
        "CREATE UNIQUE INDEX sessions_source_hash ON sessions(source_hash)",
    )


def _v6(d: Dialect) -> tuple[str, ...]:
    return (
        f"ALTER TABLE sessions ADD COLUMN disputes {d.INT} NOT NULL DEFAULT 0",
        f"ALTER TABLE sessions ADD COLUMN open_disputes {d.INT} NOT NULL DEFAULT 0",
    )


#: target version -> the migration that takes a database from version-1 to it.
STEPS: Final[dict[int, Callable[[Dialect], tuple[str, ...]]]] = {
    1: _v1,
    2: _v2,
    3: _v3,
    4: _v4,
    5: _v5,
    6: _v6,
}
CURRENT: Final = max(STEPS)


def migrations(dialect: DialectName) -> dict[int, tuple[str, ...]]:
    """Every migration's statements, rendered for one backend."""
    d = DIALECTS[dialect]
    return {version: step(d) for version, step in STEPS.items()}


#: The SQLite rendering (what the SQLite store runs; tests build old files from it).
MIGRATIONS: Final[dict[int, tuple[str, ...]]] = migrations("sqlite")
