"""The store's foundation: opening a data folder's database, closing it, one transaction per
write, and the small helpers every part of the store shares. The records themselves are in
businesses.py, checkups.py and transfer.py; `desktop.store.Store` puts them together."""
from __future__ import annotations

import datetime as _dt
import json
import os
import threading
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from checks.limits import is_clean, text_problem
from desktop import db as _db
from desktop.errors import StoreError, StoreLockedError
from desktop.lock import FolderLock, FolderLocked
from desktop.paths import PRIVATE_FOLDER, data_dir as _data_dir
from desktop.problems import check_folder_path, store_error
from desktop.store import aside
from desktop.store.failures import guard, open_database

DB_FILE = "boussole.db"


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


def to_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if not is_clean(text):
        raise StoreError("a profile answer holds a broken character (a lone UTF-16 "
                         "surrogate); nothing was saved — choose the answer again")
    return text


def checked(value: str | None, field: str, limit: int) -> str | None:
    """`value` when within checks.limits (length, whole text); else StoreError naming it."""
    if value is None:
        return None
    problem = text_problem(str(value), field, limit)
    if problem:
        raise StoreError(problem.replace("the file is damaged — fix or remove it",
                                         "nothing was saved — type it again"))
    return value


def take_folder_lock(folder: Path, wait: float = 0.0,
                     waiting: Callable[[int | None], None] | None = None) -> FolderLock:
    """The data folder's lock, held; StoreLockedError naming the holder when another process
    keeps it for longer than `wait` seconds (see desktop/lock.py)."""
    lock = FolderLock(folder)
    try:
        lock.acquire(wait, waiting)
    except FolderLocked as exc:
        holder = f"process {exc.pid}" if exc.pid else "another process"
        raise StoreLockedError(
            f"Boussole is already open on the data folder {folder} ({holder}); close it "
            f"first, or choose another data folder with --data-dir", exc.pid) from None
    except OSError as exc:
        raise store_error(exc, "open the data folder", folder) from None
    return lock


def make_folder(folder: Path) -> None:
    """Create the data folder; StoreError saying why it cannot be (full, read-only, a path
    too long for SQLite: checked here, before any file is made in it); the user's alone
    (desktop.paths.PRIVATE_FOLDER)."""
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    except OSError as exc:
        error = store_error(exc, "create the data folder", folder)
        if not error.reason:
            error = StoreError(f"cannot create the data folder {folder} "
                               f"({exc.strerror or exc}); choose another folder with "
                               f"--data-dir or $BOUSSOLE_DATA_DIR")
        raise error from None
    check_folder_path(folder)


class StoreBase:
    """The data folder's database connection. Open with Store.open_folder(); close() when done."""

    def __init__(self, conn, path: Path, lock: FolderLock | None = None,
                 recovered_from: Path | None = None, backup: Path | None = None):
        self._conn = conn
        # Reads: _rows() (rows as dicts); writes go through _write() so that every method is
        # exactly one BEGIN IMMEDIATE ... COMMIT. sqlite-utils (the `db` property) is imported
        # only when asked for: it costs ~80 ms of start-up the window would wait for.
        self._db = None
        self.path = Path(path)
        self.folder = self.path.parent
        self._lock = lock
        self._mutex = threading.RLock()
        self.recovered_from = recovered_from   # the damaged file moved aside at open, if any
        self.migration_backup = backup         # the copy made before migrating, if any
        self.salvage = None                    # what was read back from it (store.salvage)
        self._key = aside.HiddenKey(None)      # reads the set-aside copies (store/aside.py)

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open_folder(cls, data_dir: str | os.PathLike | None = None, *,
                    connect: _db.Connect | None = None, key: bytes | None = None,
                    lock: FolderLock | None = None, known_key: bool = False):
        """Open (creating as needed) the store of a data folder.

        `key` (from desktop.keys.resolve_key) opens the database encrypted with SQLCipher,
        converting an unencrypted one first; `connect` replaces desktop.db.connect altogether.
        `known_key`: the key is the folder's own (resolve_key's, as desktop.workspace passes
        it), so a file it does not decrypt is damaged — set aside and salvaged — rather than
        refused as possibly locked with another key (cipher.WrongKeyError, nothing changed).
        `lock` is the folder's lock already held by the caller (desktop.workspace takes it
        before deciding the key); without it the lock is taken here, or StoreLockedError.
        The store releases the lock when it closes, or at once if it cannot open.
        """
        if key is not None and connect is None:
            connect = _db.connector(key, known_key)
        folder = _data_dir(data_dir)
        if lock is None:
            make_folder(folder)
            lock = take_folder_lock(folder)
        try:
            opened = open_database(folder / DB_FILE, connect or _db.connect, key)
        except BaseException:
            lock.release()
            raise
        store = cls(opened.conn, folder / DB_FILE, lock, opened.recovered, opened.backup)
        store.salvage = opened.salvage
        store._key = aside.HiddenKey(key)
        return store

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

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- maintenance ---------------------------------------------------------------------------

    @guard("check the database")
    def check_integrity(self) -> list[str]:
        """SQLite's quick_check: [] when sound. Too slow for every start on a large advisor
        database (~0.15 s per 100 MB), so the UI can run it when idle or on request."""
        rows = [r[0] for r in self._conn.execute("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def side_files(self) -> list[Path]:
        """Copies next to the database that may still hold erased data: migration backups
        (boussole.db.bak-v*) and damaged files set aside (boussole.db.corrupt-*). Erasure
        cannot reach inside them; Settings lists them so the person can delete them
        knowingly (desktop/side_files.py). Encrypted like the store (store/aside.py)."""
        return aside.copies(self.folder)

    def side_file_holds(self, path: Path, business_id: str) -> bool | None:
        """Whether a set-aside copy still holds a business (None: too damaged to say)."""
        return aside.holds_business(self._side_file(path), self._key.value, business_id)

    def delete_side_file(self, path: Path) -> None:
        """Delete a set-aside copy with its -wal/-shm, its bytes zeroed first."""
        path = self._side_file(path)
        try:
            aside.remove_copy(path)
        except OSError as exc:
            raise store_error(exc, "delete the set-aside copy", self.folder) from None

    def _side_file(self, path: Path) -> Path:
        path = self.folder / Path(path).name
        if path not in self.side_files():
            raise StoreError(f"{Path(path).name} is not a set-aside copy of this data folder; "
                             f"it may have been deleted already — reopen Settings")
        return path

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

    @property
    def db(self):
        """The connection as a sqlite_utils.Database (tools and checks; the store itself reads
        through _rows)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn, execute_plugins=False,
                                             recursive_triggers=False)
        return self._db

    def _rows(self, sql: str, params=()) -> list[dict]:
        """The rows of a query, each as a dict by column name."""
        cursor = self._conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    def _one(self, sql: str, params: tuple = ()) -> dict | None:
        cursor = self._conn.execute(sql, params)
        row = cursor.fetchone()
        return None if row is None else dict(zip([c[0] for c in cursor.description], row))

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
