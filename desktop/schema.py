"""The store's schema as a versioned list of migrations, applied at open.

Rules: a migration is never edited once released, only new ones appended; each runs inside
the same transaction as the version bump, so a crash or an error leaves the database at the old
version; an existing database is copied to `boussole.db.bak-v<old>` first, so even a migration
that "succeeds" wrongly can be undone by hand. A database whose version is newer than the last
migration was written by a newer Boussole and is refused untouched.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Sequence

# Version 1: the whole first schema. Timestamps are ISO 8601 text. `*_key` columns hold
# values derived for sorting or searching (UTC times, accent-folded names) so that indexes can
# serve the UI's queries; the user's own values are kept verbatim beside them.
V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE businesses (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    sector      TEXT NOT NULL DEFAULT '',
    staff_band  TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    search_key  TEXT NOT NULL DEFAULT '',   -- folded "name city", for accent-blind search
    checkup_count   INTEGER NOT NULL DEFAULT 0,   -- kept by the triggers below, so the home
    last_checkup_id TEXT,                         -- list needs no per-business subqueries
    created_at  TEXT NOT NULL,              -- UTC
    activity_at TEXT NOT NULL               -- UTC, last change to the business or its checkups
);
CREATE INDEX businesses_activity ON businesses (activity_at DESC);

CREATE TABLE checkups (
    id                    TEXT PRIMARY KEY,
    business_id           TEXT NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    content_version       TEXT NOT NULL,
    language              TEXT NOT NULL DEFAULT 'fr',
    assessor_name         TEXT NOT NULL DEFAULT '',
    assessor_organisation TEXT NOT NULL DEFAULT '',
    assessor_role         TEXT NOT NULL DEFAULT 'owner',
    profile               TEXT NOT NULL DEFAULT '{}',   -- JSON object
    started_at            TEXT NOT NULL,                -- verbatim, with its timezone
    started_key           TEXT NOT NULL,                -- the same instant in UTC, for ordering
    completed_at          TEXT,
    position              TEXT,                         -- question to resume on
    score                 REAL,                         -- cached summary for the lists
    completion            REAL NOT NULL DEFAULT 0,
    maturity              TEXT,
    updated_at            TEXT NOT NULL                 -- UTC
);
CREATE INDEX checkups_business ON checkups (business_id, started_key);
CREATE INDEX checkups_unfinished ON checkups (updated_at) WHERE completed_at IS NULL;

-- The latest checkup and the count per business, maintained here rather than computed at each
-- listing: listing 2,000 businesses then costs one scan instead of 4,000 index probes.
CREATE TRIGGER checkups_count_insert AFTER INSERT ON checkups BEGIN
    UPDATE businesses SET checkup_count = checkup_count + 1,
        last_checkup_id = (SELECT id FROM checkups WHERE business_id = NEW.business_id
                           ORDER BY started_key DESC, rowid DESC LIMIT 1)
    WHERE id = NEW.business_id;
END;
CREATE TRIGGER checkups_count_delete AFTER DELETE ON checkups BEGIN
    UPDATE businesses SET checkup_count = checkup_count - 1,
        last_checkup_id = (SELECT id FROM checkups WHERE business_id = OLD.business_id
                           ORDER BY started_key DESC, rowid DESC LIMIT 1)
    WHERE id = OLD.business_id;
END;
CREATE TRIGGER checkups_latest_update AFTER UPDATE OF started_key, business_id ON checkups BEGIN
    UPDATE businesses SET
        checkup_count = (SELECT count(*) FROM checkups WHERE business_id = businesses.id),
        last_checkup_id = (SELECT id FROM checkups WHERE business_id = businesses.id
                           ORDER BY started_key DESC, rowid DESC LIMIT 1)
    WHERE id IN (OLD.business_id, NEW.business_id);
END;

CREATE TABLE answers (
    checkup_id  TEXT NOT NULL REFERENCES checkups (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    option      TEXT,                    -- NULL: a note typed before any option was chosen
    note        TEXT NOT NULL DEFAULT '',
    answered_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (checkup_id, question_id)
) WITHOUT ROWID;

CREATE TABLE action_tracking (
    checkup_id TEXT NOT NULL REFERENCES checkups (id) ON DELETE CASCADE,
    action_id  TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done')),
    owner      TEXT NOT NULL DEFAULT '',
    due        TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (checkup_id, action_id)
) WITHOUT ROWID;

CREATE TABLE advisor (
    id           INTEGER PRIMARY KEY CHECK (id = 1),   -- one row
    name         TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    logo_path    TEXT NOT NULL DEFAULT ''
);
"""

# Version 2: the home list is read a page at a time in one total order (most recent activity,
# name, id: desktop/store/businesses.py); an index in that order gives a page without sorting
# every business first (a start read 2 rows after sorting an advisor's 2,000: ~4 ms).
V2 = """
DROP INDEX businesses_activity;
CREATE INDEX businesses_listed ON businesses (activity_at DESC, name COLLATE NOCASE, id);
"""

# (version reached, SQL script). Append only.
MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, V1),
    (2, V2),
)


class SchemaTooNew(Exception):
    def __init__(self, found: int, known: int):
        self.found, self.known = found, known
        super().__init__(f"schema version {found} > {known}")


def latest(migrations: Sequence[tuple[int, str]] | None = None) -> int:
    migrations = MIGRATIONS if migrations is None else migrations
    return migrations[-1][0] if migrations else 0


def current_version(conn: sqlite3.Connection) -> int:
    """0 for an empty database; reads only, so a refused database stays untouched."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def check_not_newer(conn: sqlite3.Connection,
                    migrations: Sequence[tuple[int, str]] | None = None) -> int:
    version = current_version(conn)
    if version > latest(migrations):
        raise SchemaTooNew(version, latest(migrations))
    return version


def backup_path(db_path: Path, version: int) -> Path:
    return db_path.with_name(f"{db_path.name}.bak-v{version}")


def migrate(conn: sqlite3.Connection, db_path: Path,
            migrations: Sequence[tuple[int, str]] | None = None) -> Path | None:
    """Bring the database to the latest version. Returns the backup made, if any.

    The connection must be in autocommit mode and already configured (WAL). The caller holds
    the folder lock, so nobody writes between the backup and the migration.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    version = check_not_newer(conn, migrations)
    pending = [(v, sql) for v, sql in migrations if v > version]
    if not pending:
        return None
    backup = None
    if version > 0:
        # Copy the file's bytes (after folding the WAL in) rather than using the backup API:
        # this copies an encrypted database as it is, without needing its key twice.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        backup = backup_path(db_path, version)
        import shutil   # with its archive modules: only for an upgrade

        shutil.copy2(db_path, backup)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for target, sql in pending:
            # executescript() would COMMIT first; run the statements one by one instead so
            # the whole upgrade stays one transaction.
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(target),))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return backup


def _statements(script: str) -> list[str]:
    """Split a script on `;` at statement ends (sqlite3.complete_statement knows quoting)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
