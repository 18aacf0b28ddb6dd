"""The local store: businesses, checkups, answers saved one by one, action tracking, history.

One SQLite file, `boussole.db`, in the data folder, read and written through sqlite-utils. No
Qt here: the UI and the command line use the same API. Design notes (durability, locking,
recovery, erasure, speed) are in docs/store.md; the short version:

- every write is one transaction, committed before the method returns (WAL, synchronous=FULL),
  so whatever a method reported saved survives a crash or a killed process;
- one Boussole per data folder (desktop/lock.py); a second one gets StoreLockedError;
- a file that is not a usable database is moved aside, never deleted, and a fresh one started;
- every failure reaches the caller as StoreError whose text says what is wrong and what to do.
"""
from __future__ import annotations

import datetime as _dt
import functools
import json
import os
import threading
import unicodedata
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

import sqlite_utils

from checks.assessment import (STATUSES, ActionTracking, Answer, Assessment, Assessor,
                               Business, now_iso)
from desktop import db as _db
from desktop import schema
from desktop.lock import FolderLock, FolderLocked
from desktop.paths import data_dir as _data_dir

DB_FILE = "boussole.db"
BUSINESS_FIELDS = ("name", "sector", "staff_band", "postcode", "city")


class StoreError(Exception):
    """Something the store cannot do; str() says what is wrong and what to do, in one sentence."""


class StoreLockedError(StoreError):
    """Another Boussole has this data folder open."""

    def __init__(self, message: str, pid: int | None = None):
        super().__init__(message)
        self.pid = pid


# --------------------------------------------------------------------------------------------
# Small helpers


def utc_now() -> str:
    """Internal timestamps (ordering, activity): UTC, microseconds, so they sort as text."""
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="microseconds")


def utc_key(timestamp: str) -> str:
    """A user-visible timestamp (any timezone) as sortable UTC text; unparseable text as is."""
    try:
        moment = _dt.datetime.fromisoformat(timestamp)
    except (TypeError, ValueError):
        return timestamp or ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return moment.astimezone(_dt.timezone.utc).isoformat(timespec="microseconds")


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "’": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Lower case without accents: 'Crêperie Élodie' -> 'creperie elodie' (for search)."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_LIGATURES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def _is_db_error(exc: BaseException) -> bool:
    # sqlite3 and sqlcipher3 have separate but identically named DB-API exception classes.
    return any(cls.__name__ == "Error" and cls.__module__.startswith(("sqlite3", "sqlcipher3"))
               for cls in type(exc).__mro__)


def _explain(exc: BaseException, doing: str, folder: Path) -> str:
    """Turn a SQLite or OS error into the one sentence StoreError carries."""
    if isinstance(exc, PermissionError):
        code = "SQLITE_READONLY"
    elif isinstance(exc, OSError):
        code = "SQLITE_FULL" if getattr(exc, "errno", None) == 28 else "SQLITE_IOERR"
    else:
        code = _db.error_name(exc)
    if code.startswith("SQLITE_FULL"):
        return (f"the disk is full, so Boussole could not {doing}; free some disk space and "
                f"try again (everything saved before is kept)")
    if code.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return (f"the data folder {folder} cannot be written, so Boussole could not {doing}; "
                f"check it is not read-only or choose another folder with --data-dir "
                f"(everything saved before is kept)")
    if code.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return (f"the database in {folder} is damaged, so Boussole could not {doing}; "
                f"export what you can, then restart Boussole to set the damaged file aside")
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return (f"the database is busy in another program, so Boussole could not {doing}; "
                f"try again in a moment")
    if code.startswith("SQLITE_IOERR"):
        return (f"the disk reported an error, so Boussole could not {doing}; check the disk "
                f"or the USB key and try again (everything saved before is kept)")
    return f"Boussole could not {doing} ({exc}); try again, and restart Boussole if it persists"


def _guard(doing: str) -> Callable:
    """Run a Store method under the connection mutex; turn database errors into StoreError."""

    def wrap(method: Callable) -> Callable:
        @functools.wraps(method)
        def guarded(self: "Store", *args: Any, **kwargs: Any) -> Any:
            with self._mutex:
                if self._conn is None:
                    raise StoreError(f"the store is closed, so Boussole could not {doing}; "
                                     f"reopen the data folder")
                try:
                    return method(self, *args, **kwargs)
                except StoreError:
                    raise
                except OSError as exc:
                    raise StoreError(_explain(exc, doing, self.folder)) from exc
                except Exception as exc:
                    if _is_db_error(exc):
                        raise StoreError(_explain(exc, doing, self.folder)) from exc
                    raise

        return guarded

    return wrap


# --------------------------------------------------------------------------------------------


class Store:
    """The data folder's database. Open with Store.open_folder(); close() when done."""

    def __init__(self, conn, path: Path, lock: FolderLock | None = None, content=None,
                 recovered_from: Path | None = None, backup: Path | None = None):
        self._conn = conn
        # sqlite-utils for reads (rows as dicts); writes go through _write() so that every
        # method is exactly one BEGIN IMMEDIATE ... COMMIT.
        self.db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
        self.path = Path(path)
        self.folder = self.path.parent
        self._lock = lock
        self._content = content
        self._no_summary = False
        self._mutex = threading.RLock()
        self.recovered_from = recovered_from   # the damaged file moved aside at open, if any
        self.migration_backup = backup         # the copy made before migrating, if any

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open_folder(cls, data_dir: str | os.PathLike | None = None, content=None, *,
                    connect: _db.Connect | None = None, key: bytes | None = None) -> "Store":
        """Open (creating as needed) the store of a data folder.

        `key` (from desktop.keys.resolve_key) opens the database encrypted with SQLCipher,
        converting an unencrypted one first; `connect` replaces desktop.db.connect altogether.
        """
        if key is not None and connect is None:
            connect = _db.connector(key)
        folder = _data_dir(data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data folder {folder} "
                             f"({exc.strerror or exc}); choose another folder with --data-dir "
                             f"or $BOUSSOLE_DATA_DIR") from None
        lock = FolderLock(folder)
        try:
            lock.acquire()
        except FolderLocked as exc:
            holder = f"process {exc.pid}" if exc.pid else "another process"
            raise StoreLockedError(
                f"Boussole is already open on the data folder {folder} ({holder}); close it "
                f"first, or choose another data folder with --data-dir", exc.pid) from None
        except OSError as exc:
            raise StoreError(_explain(exc, "open the data folder", folder)) from None
        try:
            conn, recovered, backup = _open_database(folder / DB_FILE, connect or _db.connect)
        except BaseException:
            lock.release()
            raise
        return cls(conn, folder / DB_FILE, lock, content, recovered, backup)

    def close(self) -> None:
        with self._mutex:
            if self._conn is not None:
                try:
                    # Fold the WAL back in so the folder holds one self-contained file.
                    _db.checkpoint(self._conn)
                except Exception:  # closing must not fail; the WAL is replayed at next open
                    pass
                self._conn.close()
                self._conn = None
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- maintenance ---------------------------------------------------------------------------

    @_guard("check the database")
    def check_integrity(self) -> list[str]:
        """SQLite's quick_check: [] when sound. Too slow for every start on a large advisor
        database (~0.15 s per 100 MB), so the UI can run it when idle or on request."""
        rows = [r[0] for r in self._conn.execute("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def side_files(self) -> list[Path]:
        """Copies next to the database that may still hold erased data: migration backups
        (boussole.db.bak-v*) and damaged files set aside (boussole.db.corrupt-*). Erasure
        cannot reach inside them; the UI lists them so the user can delete them knowingly."""
        return sorted(p for p in self.folder.glob(f"{DB_FILE}.*")
                      if p.name.startswith((f"{DB_FILE}.bak-", f"{DB_FILE}.corrupt-")))

    # -- plumbing ------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Any]:
        """One transaction, committed (durable) on exit, rolled back on any error."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except Exception:  # the original error matters more
                    pass
            raise

    def _one(self, sql: str, params: tuple = ()) -> dict | None:
        return next(iter(self.db.query(sql, params)), None)

    def _require_checkup(self, conn, checkup_id: str) -> None:
        if conn.execute("SELECT 1 FROM checkups WHERE id = ?", (checkup_id,)).fetchone() is None:
            raise StoreError(f"checkup {checkup_id!r} not found; list the checkups with "
                             f"`boussole-cli list`")

    def _touch(self, conn, checkup_id: str) -> None:
        """Mark a checkup (and its business) as just changed; StoreError if unknown."""
        now = utc_now()
        cur = conn.execute("UPDATE checkups SET updated_at = ? WHERE id = ? RETURNING business_id",
                           (now, checkup_id))
        rows = cur.fetchall()   # run RETURNING to the end so COMMIT finds no open statement
        if not rows:
            raise StoreError(f"checkup {checkup_id!r} not found; it may have been deleted — "
                             f"list the checkups with `boussole-cli list`")
        conn.execute("UPDATE businesses SET activity_at = ? WHERE id = ?", (now, rows[0][0]))

    @staticmethod
    def _business_missing(business_id: str) -> StoreError:
        return StoreError(f"business {business_id!r} not found; it may have been deleted — "
                          f"pick one from the list of businesses")

    def content(self):
        """The checklist content for summaries, loaded on first use."""
        if self._content is None:
            from checks.content_loader import load_content

            self._content = load_content()
        return self._content

    # -- businesses ----------------------------------------------------------------------------

    @_guard("create the business")
    def create_business(self, name: str, sector: str = "", staff_band: str = "",
                        postcode: str = "", city: str = "", *, business_id: str | None = None) -> str:
        name = (name or "").strip()
        if not name:
            raise StoreError("the business has no name; type its name and save again")
        business_id = business_id or str(uuid.uuid4())
        now = utc_now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO businesses (id, name, sector, staff_band, postcode, city, search_key,"
                " created_at, activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (business_id, name, sector or "", staff_band or "", postcode or "", city or "",
                 fold(f"{name} {city or ''}"), now, now))
        return business_id

    @_guard("save the business")
    def update_business(self, business_id: str, **fields: Any) -> None:
        unknown = set(fields) - set(BUSINESS_FIELDS)
        if unknown:
            raise StoreError(f"unknown business field(s) {', '.join(sorted(unknown))}; "
                             f"use {', '.join(BUSINESS_FIELDS)}")
        if "name" in fields and not (fields["name"] or "").strip():
            raise StoreError("the business has no name; type its name and save again")
        with self._write() as conn:
            row = conn.execute("SELECT name, city FROM businesses WHERE id = ?",
                               (business_id,)).fetchone()
            if row is None:
                raise self._business_missing(business_id)
            values = {k: (v or "").strip() if k == "name" else (v or "") for k, v in fields.items()}
            name, city = values.get("name", row[0]), values.get("city", row[1])
            values["search_key"] = fold(f"{name} {city}")
            values["activity_at"] = utc_now()
            sets = ", ".join(f"{k} = ?" for k in values)   # keys come from BUSINESS_FIELDS only
            conn.execute(f"UPDATE businesses SET {sets} WHERE id = ?",
                         (*values.values(), business_id))

    @_guard("read the business")
    def get_business(self, business_id: str) -> dict:
        row = self._one("SELECT id, name, sector, staff_band, postcode, city, created_at "
                        "FROM businesses WHERE id = ?", (business_id,))
        if row is None:
            raise self._business_missing(business_id)
        return row

    @_guard("list the businesses")
    def list_businesses(self, search: str = "") -> list[dict]:
        words = fold(search).split()
        where = " AND ".join("instr(b.search_key, ?) > 0" for _ in words) or "1"
        # checkup_count and last_checkup_id are kept up to date by triggers (schema.py).
        sql = f"""
            SELECT b.id, b.name, b.sector, b.staff_band, b.postcode, b.city, b.checkup_count,
                   l.id AS last_checkup_id, l.started_at AS last_started_at,
                   l.completed_at AS last_completed_at, l.score AS last_score,
                   l.completion AS last_completion, l.maturity AS last_maturity
            FROM businesses b LEFT JOIN checkups l ON l.id = b.last_checkup_id
            WHERE {where}
            ORDER BY b.activity_at DESC, b.name COLLATE NOCASE"""
        return list(self.db.query(sql, words))

    @_guard("erase the business")
    def delete_business(self, business_id: str) -> None:
        """Erase a business and everything about it, leaving none of its text in the files."""
        with self._write() as conn:
            # ON DELETE CASCADE removes checkups, answers and action tracking with it.
            if conn.execute("DELETE FROM businesses WHERE id = ?", (business_id,)).rowcount == 0:
                raise self._business_missing(business_id)
        self._scrub()

    def _scrub(self) -> None:
        """Rewrite the database without free pages, then empty the WAL (right to be forgotten).

        secure_delete already zeroed the rows; VACUUM also drops stale index pages, and the
        TRUNCATE checkpoint removes the old page images the WAL still held.
        """
        _db.checkpoint(self._conn)
        self._conn.execute("VACUUM")
        _db.checkpoint(self._conn)

    # -- checkups ------------------------------------------------------------------------------

    @_guard("start the checkup")
    def create_checkup(self, business_id: str, content_version: str, language: str,
                       assessor: Assessor | None, profile: dict | None) -> str:
        checkup_id = str(uuid.uuid4())
        assessor = assessor or Assessor()
        started = now_iso()
        now = utc_now()
        with self._write() as conn:
            if conn.execute("UPDATE businesses SET activity_at = ? WHERE id = ?",
                            (now, business_id)).rowcount == 0:
                raise self._business_missing(business_id)
            conn.execute(
                "INSERT INTO checkups (id, business_id, content_version, language, assessor_name,"
                " assessor_organisation, assessor_role, profile, started_at, started_key,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (checkup_id, business_id, content_version, language or "fr", assessor.name,
                 assessor.organisation, assessor.role, _json(profile or {}), started,
                 utc_key(started), now))
        return checkup_id

    @_guard("save the profile")
    def save_profile(self, checkup_id: str, profile: dict) -> None:
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute("UPDATE checkups SET profile = ? WHERE id = ?",
                         (_json(profile or {}), checkup_id))

    @_guard("save the answer")
    def save_answer(self, checkup_id: str, question_id: str, option: str,
                    note: str | None = None) -> None:
        """Durable on return. note=None keeps the note already saved for this question."""
        if not option:
            raise StoreError(f"no option given for question {question_id!r}; choose an answer "
                             f"or use clear_answer")
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute(
                "INSERT INTO answers (checkup_id, question_id, option, note, answered_at)"
                " VALUES (?1, ?2, ?3, coalesce(?4, ''), ?5)"
                " ON CONFLICT (checkup_id, question_id) DO UPDATE SET option = excluded.option,"
                " note = coalesce(?4, note), answered_at = excluded.answered_at",
                (checkup_id, question_id, option, note, now_iso()))

    @_guard("save the note")
    def save_note(self, checkup_id: str, question_id: str, note: str) -> None:
        """Save a note, also on a question not answered yet (the row then has no option)."""
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute(
                "INSERT INTO answers (checkup_id, question_id, option, note) VALUES (?, ?, NULL, ?)"
                " ON CONFLICT (checkup_id, question_id) DO UPDATE SET note = excluded.note",
                (checkup_id, question_id, note or ""))

    @_guard("read the note")
    def get_note(self, checkup_id: str, question_id: str) -> str:
        row = self._conn.execute("SELECT note FROM answers WHERE checkup_id = ? AND question_id = ?",
                                 (checkup_id, question_id)).fetchone()
        return row[0] if row else ""

    @_guard("read the notes")
    def notes(self, checkup_id: str) -> dict[str, str]:
        """Every non-empty note of a checkup, answered or not."""
        return dict(self._conn.execute(
            "SELECT question_id, note FROM answers WHERE checkup_id = ? AND note != ''",
            (checkup_id,)).fetchall())

    @_guard("clear the answer")
    def clear_answer(self, checkup_id: str, question_id: str) -> None:
        """Forget the chosen option; a note typed on the question is kept."""
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute("DELETE FROM answers WHERE checkup_id = ? AND question_id = ? "
                         "AND note = ''", (checkup_id, question_id))
            conn.execute("UPDATE answers SET option = NULL, answered_at = '' "
                         "WHERE checkup_id = ? AND question_id = ?", (checkup_id, question_id))

    @_guard("remember the current question")
    def set_position(self, checkup_id: str, question_id: str | None) -> None:
        with self._write() as conn:
            if conn.execute("UPDATE checkups SET position = ? WHERE id = ?",
                            (question_id, checkup_id)).rowcount == 0:
                self._require_checkup(conn, checkup_id)

    @_guard("read the current question")
    def get_position(self, checkup_id: str) -> str | None:
        row = self._conn.execute("SELECT position FROM checkups WHERE id = ?",
                                 (checkup_id,)).fetchone()
        if row is None:
            self._require_checkup(self._conn, checkup_id)
        return row[0]

    @_guard("mark the checkup complete")
    def complete_checkup(self, checkup_id: str) -> None:
        """Record the completion time; completing again keeps the first time."""
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute("UPDATE checkups SET completed_at = coalesce(completed_at, ?) "
                         "WHERE id = ?", (now_iso(), checkup_id))

    @_guard("save the summary")
    def update_summary(self, checkup_id: str, score: float | None, completion: float,
                       maturity: str | None) -> None:
        with self._write() as conn:
            if conn.execute("UPDATE checkups SET score = ?, completion = ?, maturity = ? "
                            "WHERE id = ?", (score, completion or 0.0, maturity,
                                             checkup_id)).rowcount == 0:
                self._require_checkup(conn, checkup_id)

    _CHECKUP_COLUMNS = """c.id, c.business_id, b.name AS business_name, c.content_version,
        c.language, c.assessor_name, c.assessor_organisation, c.assessor_role, c.started_at,
        c.completed_at, c.position, c.score, c.completion, c.maturity, c.updated_at"""

    @_guard("read the checkup")
    def get_checkup(self, checkup_id: str) -> dict:
        row = self._one(f"SELECT {self._CHECKUP_COLUMNS}, (SELECT count(*) FROM answers a WHERE "
                        f"a.checkup_id = c.id AND a.option IS NOT NULL) AS answer_count "
                        f"FROM checkups c JOIN businesses b ON b.id = c.business_id "
                        f"WHERE c.id = ?", (checkup_id,))
        if row is None:
            self._require_checkup(self._conn, checkup_id)
        return row

    @_guard("open the checkup")
    def load_assessment(self, checkup_id: str) -> Assessment:
        conn = self._conn
        row = conn.execute(
            "SELECT c.business_id, c.content_version, c.language, c.assessor_name,"
            " c.assessor_organisation, c.assessor_role, c.started_at, c.completed_at, c.profile,"
            " b.name, b.sector, b.staff_band, b.postcode, b.city"
            " FROM checkups c JOIN businesses b ON b.id = c.business_id WHERE c.id = ?",
            (checkup_id,)).fetchone()
        if row is None:
            self._require_checkup(conn, checkup_id)
        (business_id, version, language, a_name, a_org, a_role, started, completed, profile,
         name, sector, staff_band, postcode, city) = row
        answers = {qid: Answer(option, note, answered_at) for qid, option, note, answered_at in
                   conn.execute("SELECT question_id, option, note, answered_at FROM answers "
                                "WHERE checkup_id = ? AND option IS NOT NULL", (checkup_id,))}
        actions = {aid: ActionTracking(status, owner, due, note) for aid, status, owner, due, note
                   in conn.execute("SELECT action_id, status, owner, due, note FROM "
                                   "action_tracking WHERE checkup_id = ?", (checkup_id,))}
        return Assessment(
            business=Business(name, sector, staff_band, postcode, city, id=business_id),
            content_version=version, language=language, assessor=Assessor(a_name, a_org, a_role),
            started_at=started, completed_at=completed, profile=json.loads(profile),
            answers=answers, actions=actions, id=checkup_id)

    @_guard("read the history")
    def history(self, business_id: str) -> list[dict]:
        """A business's checkups, oldest first (for comparisons)."""
        if self._conn.execute("SELECT 1 FROM businesses WHERE id = ?",
                              (business_id,)).fetchone() is None:
            raise self._business_missing(business_id)
        return list(self.db.query(
            "SELECT id, started_at, completed_at, score, completion, maturity, content_version "
            "FROM checkups WHERE business_id = ? ORDER BY started_key, rowid", (business_id,)))

    @_guard("list the checkups")
    def list_checkups(self) -> list[dict]:
        """Every checkup, most recently started first."""
        return list(self.db.query(
            f"SELECT {self._CHECKUP_COLUMNS} FROM checkups c "
            f"JOIN businesses b ON b.id = c.business_id ORDER BY c.started_key DESC, b.name"))

    @_guard("list the unfinished checkups")
    def unfinished_checkups(self) -> list[dict]:
        """Checkups not completed yet, the most recently worked on first."""
        return list(self.db.query(
            f"SELECT {self._CHECKUP_COLUMNS} FROM checkups c "
            f"JOIN businesses b ON b.id = c.business_id WHERE c.completed_at IS NULL "
            f"ORDER BY c.updated_at DESC"))

    @_guard("delete the checkup")
    def delete_checkup(self, checkup_id: str) -> None:
        with self._write() as conn:
            if conn.execute("DELETE FROM checkups WHERE id = ?", (checkup_id,)).rowcount == 0:
                raise StoreError(f"checkup {checkup_id!r} not found; it may already be deleted")
        # secure_delete zeroed the rows in the database; drop the WAL's older copies too.
        _db.checkpoint(self._conn)

    # -- action tracking -----------------------------------------------------------------------

    @_guard("save the action")
    def set_action(self, checkup_id: str, action_id: str, status: str | None = None,
                   owner: str | None = None, due: str | None = None,
                   note: str | None = None) -> None:
        """Track an action; a field left as None keeps its saved value."""
        if status is not None and status not in STATUSES:
            raise StoreError(f"action status {status!r} is unknown; use {', '.join(STATUSES)}")
        if due:
            try:
                _dt.date.fromisoformat(due)
            except ValueError:
                raise StoreError(f"due date {due!r} is not a date; use a date like "
                                 f"2026-12-31") from None
        with self._write() as conn:
            self._touch(conn, checkup_id)
            conn.execute(
                "INSERT INTO action_tracking (checkup_id, action_id, status, owner, due, note)"
                " VALUES (?1, ?2, coalesce(?3, 'todo'), coalesce(?4, ''), coalesce(?5, ''),"
                " coalesce(?6, ''))"
                " ON CONFLICT (checkup_id, action_id) DO UPDATE SET"
                " status = coalesce(?3, status), owner = coalesce(?4, owner),"
                " due = coalesce(?5, due), note = coalesce(?6, note)",
                (checkup_id, action_id, status, owner, due, note))

    # -- advisor -------------------------------------------------------------------------------

    @_guard("read the advisor profile")
    def get_advisor(self) -> dict:
        row = self._one("SELECT name, organisation, logo_path FROM advisor WHERE id = 1")
        return row or {"name": "", "organisation": "", "logo_path": ""}

    @_guard("save the advisor profile")
    def set_advisor(self, name: str, organisation: str, logo_path: str = "") -> None:
        with self._write() as conn:
            conn.execute("INSERT INTO advisor (id, name, organisation, logo_path) VALUES (1, ?, ?, ?)"
                         " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                         " organisation = excluded.organisation, logo_path = excluded.logo_path",
                         (name or "", organisation or "", str(logo_path or "")))

    # -- files ---------------------------------------------------------------------------------

    def export_assessment(self, checkup_id: str) -> Assessment:
        """The checkup as an Assessment, ready for checks.assessment.write_assessment."""
        return self.load_assessment(checkup_id)

    @_guard("import the checkup")
    def import_assessment(self, assessment: Assessment) -> str:
        """Add a checkup from a file. Creates its business when new (matched by id).

        Never overwrites: a checkup with the same id is an error unless the stored one is
        identical (answers, notes, tracking, times), in which case its id is returned.
        """
        existing = self._conn.execute("SELECT 1 FROM checkups WHERE id = ?",
                                      (assessment.id,)).fetchone()
        if existing:
            if _same_checkup(self.load_assessment(assessment.id), assessment):
                return assessment.id
            raise StoreError(
                f"checkup {assessment.id!r} is already in the store with different content; "
                f"nothing was changed — delete the stored checkup first if the file should "
                f"replace it")
        summary = self._summary(assessment)
        b = assessment.business
        now = utc_now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO businesses (id, name, sector, staff_band, postcode, city, search_key,"
                " created_at, activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET activity_at = excluded.activity_at",
                (b.id, b.name, b.sector, b.staff_band, b.postcode, b.city,
                 fold(f"{b.name} {b.city}"), now, now))
            a = assessment.assessor
            conn.execute(
                "INSERT INTO checkups (id, business_id, content_version, language, assessor_name,"
                " assessor_organisation, assessor_role, profile, started_at, started_key,"
                " completed_at, score, completion, maturity, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (assessment.id, b.id, assessment.content_version, assessment.language, a.name,
                 a.organisation, a.role, _json(assessment.profile), assessment.started_at,
                 utc_key(assessment.started_at), assessment.completed_at, *summary, now))
            conn.executemany(
                "INSERT INTO answers (checkup_id, question_id, option, note, answered_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [(assessment.id, qid, ans.option, ans.note, ans.answered_at)
                 for qid, ans in assessment.answers.items()])
            conn.executemany(
                "INSERT INTO action_tracking (checkup_id, action_id, status, owner, due, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(assessment.id, aid, t.status, t.owner, t.due, t.note)
                 for aid, t in assessment.actions.items()])
        return assessment.id

    def _summary(self, assessment: Assessment) -> tuple[float | None, float, str | None]:
        """(score, completion, maturity) for the lists; (None, 0, None) when it can't be had.

        The summary is only a cache for the home screen (the UI recomputes it on opening), so
        a missing scoring engine or content of another version must not block an import.
        """
        if self._no_summary:
            return None, 0.0, None
        try:
            from checks.scoring import evaluate_assessment

            content = self.content()
        except Exception:  # noqa: BLE001 - no engine or no content: don't retry every import
            self._no_summary = True
            return None, 0.0, None
        try:
            evaluation = evaluate_assessment(content, assessment)
            return evaluation.score, evaluation.completion, evaluation.maturity
        except Exception:  # noqa: BLE001 - e.g. a checkup of another content version
            return None, 0.0, None


# --------------------------------------------------------------------------------------------


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _same_checkup(stored: Assessment, incoming: Assessment) -> bool:
    """Identical checkups. The business's details are left out: they belong to the business
    record, which may have been edited since the file was written (its id must match)."""
    left, right = stored.to_dict(), incoming.to_dict()
    return (left.pop("business")["id"] == right.pop("business")["id"]) and left == right


def _open_database(path: Path, connect: _db.Connect) -> tuple[Any, Path | None, Path | None]:
    """Connect, set a damaged file aside, refuse a newer schema, migrate. Returns
    (connection, file moved aside or None, migration backup or None)."""
    folder = path.parent
    recovered = None
    try:
        conn = connect(path)
    except StoreError:
        raise
    except Exception as exc:
        if not (_is_db_error(exc) or isinstance(exc, OSError)):
            raise
        raise StoreError(_explain(exc, "open its database", folder)) from None
    try:
        try:
            schema.check_not_newer(conn)
        except Exception as exc:
            if not (_is_db_error(exc) and _db.is_damage(exc)):
                raise
            conn.close()
            recovered = _move_aside(path)
            conn = connect(path)
        _db.configure(conn)
        backup = schema.migrate(conn, path)
    except schema.SchemaTooNew as exc:
        conn.close()
        raise StoreError(
            f"the database in {folder} was written by a newer Boussole (schema version "
            f"{exc.found}, this one knows up to {exc.known}); update Boussole to open it — "
            f"the file was left untouched") from None
    except StoreError:
        conn.close()
        raise
    except Exception as exc:
        conn.close()
        if _is_db_error(exc) or isinstance(exc, OSError):
            raise StoreError(_explain(exc, "open its database", folder)) from None
        raise
    return conn, recovered, backup


def _move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL) out of the way. Never deletes anything."""
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        os.replace(path, target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as exc:
        raise StoreError(f"the database {path} is damaged and could not be moved aside "
                         f"({exc.strerror or exc}); move it out of the folder yourself, "
                         f"then start Boussole again") from None
    return target
