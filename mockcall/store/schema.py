"""The SQLite schema, as numbered migrations from an empty file to :data:`CURRENT`.

Why numbered migrations and not "CREATE IF NOT EXISTS": a database outlives the mockcall that
wrote it (a training floor keeps years of assessments), so each change of shape is a step that
upgrades old files in place, inside one transaction, and a fresh database is built by the very
same steps — the upgrade path is exercised every time a new database is made.

``schema_version`` holds one row: ``app`` ('mockcall') tells our file from someone else's SQLite
database, ``version`` says which steps ran.  A file whose version is higher than :data:`CURRENT`
was written by a newer mockcall and is left alone.

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
"""

from __future__ import annotations

from typing import Final

APP: Final = "mockcall"
#: SQLite's header field for "which application owns this file" ('MKCL'); informational only.
APPLICATION_ID: Final = 0x4D4B434C

_V1: Final[tuple[str, ...]] = (
    """CREATE TABLE schema_version (
        app TEXT NOT NULL,
        version INTEGER NOT NULL,
        migrated_at TEXT NOT NULL
    )""",
    """CREATE TABLE rubrics (
        hash TEXT PRIMARY KEY,
        rubric_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        text TEXT NOT NULL,
        saved_at TEXT NOT NULL
    )""",
    """CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        trainee TEXT NOT NULL,
        account TEXT NOT NULL,
        persona TEXT NOT NULL,
        mode TEXT NOT NULL,
        seed INTEGER NOT NULL,
        channel TEXT NOT NULL,
        direction TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('live', 'finished', 'abandoned')),
        ending TEXT,
        rubric_hash TEXT,
        host TEXT NOT NULL DEFAULT '',
        pid INTEGER NOT NULL DEFAULT 0,
        scorecard TEXT
    )""",
    """CREATE TABLE events (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        t REAL NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
    ) WITHOUT ROWID""",
    "CREATE INDEX sessions_status ON sessions(status)",
    f"PRAGMA application_id = {APPLICATION_ID}",
)

#: Section scores as {section id: percent or null when N/A}, built from the scorecard JSON.
_SECTION_SCORES_SQL: Final = """(
    SELECT json_group_object(
        json_extract(value, '$.id'),
        CASE WHEN json_extract(value, '$.na') THEN NULL
             ELSE round(json_extract(value, '$.score') * 100, 1) END)
    FROM json_each(sessions.scorecard, '$.sections'))"""

_V2: Final[tuple[str, ...]] = (
    "ALTER TABLE sessions ADD COLUMN rubric_id TEXT",
    "ALTER TABLE sessions ADD COLUMN rubric_version INTEGER",
    "ALTER TABLE sessions ADD COLUMN total REAL",
    "ALTER TABLE sessions ADD COLUMN passed INTEGER",
    "ALTER TABLE sessions ADD COLUMN fatal_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN fatal_failures TEXT",
    "ALTER TABLE sessions ADD COLUMN section_scores TEXT",
    "ALTER TABLE sessions ADD COLUMN duration REAL",
    "ALTER TABLE sessions ADD COLUMN overridden INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN original_total REAL",
    "ALTER TABLE sessions ADD COLUMN original_passed INTEGER",
    "ALTER TABLE sessions ADD COLUMN original_scorecard TEXT",
    # back-fill what v1 kept only inside the JSON
    f"""UPDATE sessions SET
        rubric_id = json_extract(scorecard, '$.rubric_id'),
        rubric_version = json_extract(scorecard, '$.rubric_version'),
        total = json_extract(scorecard, '$.total'),
        passed = json_extract(scorecard, '$.passed'),
        fatal_count = coalesce(json_array_length(scorecard, '$.fatal_failures'), 0),
        fatal_failures = json_extract(scorecard, '$.fatal_failures'),
        section_scores = {_SECTION_SCORES_SQL},
        original_total = json_extract(scorecard, '$.total'),
        original_passed = json_extract(scorecard, '$.passed'),
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
    """CREATE VIEW overrides AS
        SELECT session_id, seq, t,
               json_extract(data, '$.criterion') AS criterion,
               json_extract(data, '$.status') AS status,
               json_extract(data, '$.original_status') AS original_status,
               json_extract(data, '$.points') AS points,
               json_extract(data, '$.comment') AS comment,
               json_extract(data, '$.reviewer') AS reviewer,
               json_extract(data, '$.at') AS at
        FROM events WHERE kind = 'override'""",
)

#: target version -> the statements that take a database from version-1 to it.
MIGRATIONS: Final[dict[int, tuple[str, ...]]] = {1: _V1, 2: _V2}
CURRENT: Final = max(MIGRATIONS)
