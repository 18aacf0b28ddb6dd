"""The one place a database connection is made, and how SQLite errors are read.

Everything in the store goes through `connect()` so that encryption at rest (issue 8) can swap
it for a SQLCipher connection (`sqlcipher3.connect(path)` then `PRAGMA key`) without touching
the rest: `Store.open_folder(..., connect=my_connect)`. A replacement must

- return a DB-API connection in autocommit mode (`isolation_level=None`): the store opens its
  own transactions with BEGIN IMMEDIATE and must not have the driver open others behind it;
- raise a `desktop.errors.StoreError` subclass for a wrong or missing key, never a bare
  DatabaseError: a DatabaseError at open means "damaged file" and the store moves the file
  aside (see Store.open_folder), which must never happen to a good file with a bad key.

The connection's exception classes are read from the connection itself (`conn.Error`, a DB-API
extension both sqlite3 and sqlcipher3 provide), so this module never imports sqlcipher3.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable

Connect = Callable[[Path], sqlite3.Connection]

# How long a statement waits for another connection's write lock before giving up. Only our
# own process writes (the folder lock keeps other Boussoles out), so this is a safety margin
# for the CLI reading while a checkpoint runs, not something the UI should ever wait on.
BUSY_TIMEOUT_S = 5.0


def connect(path: Path, key: bytes | None = None, known_key: bool = False) -> sqlite3.Connection:
    """Open (creating when absent) the database file. Writes nothing to it.

    With a `key` (32 bytes, see desktop/keys.py) the file is an SQLCipher database opened by
    desktop/cipher.py: an ordinary SQLite file found there is converted first, and a key that
    does not open the file raises cipher.WrongKeyError (a StoreError) with the file untouched
    — unless `known_key` (the key is the folder's own, from desktop.keys.resolve_key): then
    the file is damaged and is handed to the store like any damaged file.
    """
    if key is not None:
        from desktop import cipher

        return cipher.connect(Path(path), key, timeout=BUSY_TIMEOUT_S, known_key=known_key)
    _refuse_encrypted(Path(path))
    # check_same_thread=False: the UI may hand a save to a worker thread; the Store
    # serialises every use of the connection with its own lock.
    return sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S,
                           check_same_thread=False)


def _refuse_encrypted(path: Path) -> None:
    """Without a key, an encrypted file would read as "not a database" and be set aside as
    damaged; refuse instead (cheap: reads 16 bytes, no sqlcipher import)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
            size = os.fstat(fh.fileno()).st_size
    except OSError:
        return
    if head and head != b"SQLite format 3\x00":
        from desktop.cipher import NoKeyError, has_wal

        if size % 4096 == 0 or has_wal(path):
            raise NoKeyError(path)


class KeyedConnect:
    """A `Connect` that opens with a key; its repr never shows the key."""

    __slots__ = ("_key", "_known")

    def __init__(self, key: bytes, known: bool = False):
        self._key = bytes(key)
        self._known = known

    def __call__(self, path: Path) -> sqlite3.Connection:
        return connect(path, self._key, self._known)

    def __repr__(self) -> str:
        return "<KeyedConnect key=(hidden)>"


def connector(key: bytes | None, known_key: bool = False) -> Connect:
    """The connect function for a key (None: unencrypted). `known_key`: the key is the
    folder's own (desktop.keys.resolve_key's), so a file it does not decrypt is damaged."""
    return connect if key is None else KeyedConnect(key, known_key)


def configure(conn: sqlite3.Connection) -> None:
    """Per-connection settings. Called after the schema version was found acceptable, because
    switching the journal mode writes to the file and a newer database must stay untouched."""
    conn.execute("PRAGMA foreign_keys = ON")
    # WAL: a commit is one append to the -wal file, readers never block the writer, and a
    # commit that returned survives the process being killed at any instant.
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL also fsyncs the WAL at every commit, so a saved answer survives a power cut or an
    # empty laptop battery, not only a killed process (NORMAL would be enough for that). It
    # costs one fsync per answer, well under a millisecond on an SSD: cheap for human-paced
    # saves and far inside the 5 ms budget.
    conn.execute("PRAGMA synchronous = FULL")
    # Deleted or overwritten text (an erased business, an edited note) is zeroed in the page
    # instead of lingering in free space until the next VACUUM.
    conn.execute("PRAGMA secure_delete = ON")


def error_name(exc: BaseException) -> str:
    """SQLite's result code name (SQLITE_FULL...), from the exception or its message."""
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        return name
    text = str(exc).lower()
    for needle, code in _MESSAGES:
        if needle in text:
            return code
    return "SQLITE_ERROR"


_MESSAGES = (
    ("file is not a database", "SQLITE_NOTADB"),
    ("malformed", "SQLITE_CORRUPT"),
    ("disk is full", "SQLITE_FULL"),
    ("readonly", "SQLITE_READONLY"),
    ("read-only", "SQLITE_READONLY"),
    ("unable to open", "SQLITE_CANTOPEN"),
    ("disk i/o error", "SQLITE_IOERR"),
    ("database is locked", "SQLITE_BUSY"),
)


def is_damage(exc: BaseException) -> bool:
    """True when the error means the file itself is not a usable database."""
    name = error_name(exc)
    return name.startswith("SQLITE_NOTADB") or name.startswith("SQLITE_CORRUPT")


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the WAL into the main file and truncate the WAL to zero bytes."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
