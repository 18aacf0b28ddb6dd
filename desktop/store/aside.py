"""Copies of the database kept beside it: damaged files set aside (`boussole.db.corrupt-<UTC
date>`, with their -wal/-shm) and backups made before a migration (`boussole.db.bak-v<N>`).

They are never deleted behind the person's back, and in an encrypted data folder they are
encrypted like the store: an SQLCipher file the key opens stays as it is (a damaged encrypted
store, a byte copy of an encrypted store); anything else (an unencrypted database, a damaged
file of unknown content) is sealed with the store's key (desktop/sealed.py). `open_copy` reads
any of them, read-only, for salvage and for telling whether a copy still holds a business;
`remove_copy` deletes one with its side files, its bytes zeroed first.
"""
from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from pathlib import Path

from desktop import sealed, wipe
from desktop.errors import StoreError

DB_FILE = "boussole.db"
PREFIXES = (f"{DB_FILE}.bak-", f"{DB_FILE}.corrupt-")
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"


class HiddenKey:
    """The store's key kept for reading its copies; its repr never shows it."""

    __slots__ = ("value",)

    def __init__(self, value: bytes | None):
        self.value = bytes(value) if value is not None else None

    def __repr__(self) -> str:
        return "<HiddenKey (hidden)>"


def copies(folder: Path) -> list[Path]:
    """The set-aside copies and migration backups in a data folder, oldest name first."""
    return sorted(p for p in Path(folder).glob(f"{DB_FILE}.*")
                  if p.name.startswith(PREFIXES) and not p.name.endswith(
                      (*SIDE_SUFFIXES, ".sealing")) and p.is_file())


def side_of(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in SIDE_SUFFIXES]


def move_aside(path: Path) -> Path:
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


def is_plaintext(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def seal_if_clear(path: Path, key: bytes | None) -> None:
    """In an encrypted folder, seal a copy that is not an SQLCipher file of this key: an
    unencrypted database (and its WAL), or a damaged file of unknown content. Best effort: a
    copy that cannot be sealed now (a full disk) is sealed at the next start. A copy the key
    opens is left as it is: it is encrypted already, its WAL too."""
    if key is None or sealed.is_sealed(path):
        return
    plaintext = is_plaintext(path)
    if not plaintext:
        from desktop.cipher import key_opens

        if key_opens(path, key):
            return
    wal = path.with_name(path.name + "-wal")
    try:
        if plaintext and wal.exists() and wal.stat().st_size and not sealed.is_sealed(wal):
            sealed.seal(wal, key)
        sealed.seal(path, key)
    except OSError:
        return
    wipe.remove_quietly(path.with_name(path.name + "-shm"))   # page numbers only


def seal_all(folder: Path, key: bytes | None) -> None:
    """Seal every unencrypted copy of an encrypted folder (copies older Boussoles left)."""
    for copy in copies(folder):
        seal_if_clear(copy, key)


def open_copy(path: Path, key: bytes | None):
    """A read-only connection to a copy, whatever its kind: unencrypted, SQLCipher, or sealed
    (read in memory; its WAL, if any, sealed beside it, is left out). Raises sqlite3 or
    sqlcipher3 errors, or sealed.SealError."""
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() and not sealed.is_sealed(wal) else "immutable=1"
    uri = path.resolve().as_uri() + "?" + mode
    if sealed.is_sealed(path):
        if key is None:
            raise sealed.SealError(f"the set-aside copy {path} is sealed and needs its key")
        data = bytearray(sealed.unseal(path, key))
        if data[:16] == SQLITE_HEADER and len(data) > 19:
            data[18] = data[19] = 1   # in memory there is no WAL: read as a rollback database
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.deserialize(bytes(data))
    elif is_plaintext(path) or key is None:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        import sqlcipher3

        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.set_key("x'" + bytes(key).hex() + "'")
        conn.execute("PRAGMA cipher_compatibility = 4").fetchall()
    # A file cut short (fewer pages than its header counts) is refused as malformed unless the
    # schema is "writable": then SQLite reads the pages that are there. Nothing is written
    # (the connection is read-only, or an in-memory copy).
    conn.execute("PRAGMA writable_schema = ON")
    # Damaged pages may hold bytes that are not UTF-8: read them, replaced, rather than fail.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return conn


def holds_business(path: Path, key: bytes | None, business_id: str) -> bool | None:
    """True when the copy holds the business, False when it does not, None when it cannot be
    read far enough to say (damaged): it may."""
    try:
        conn = open_copy(path, key)
    except Exception:   # noqa: BLE001 - any reason it cannot be read means "cannot say"
        return None
    try:
        found = conn.execute("SELECT 1 FROM businesses WHERE id = ?", (business_id,)).fetchone()
        if found:
            return True
        found = conn.execute("SELECT 1 FROM checkups WHERE business_id = ? LIMIT 1",
                             (business_id,)).fetchone()
        return bool(found)
    except Exception:   # noqa: BLE001
        return None
    finally:
        conn.close()


def remove_copy(path: Path) -> None:
    """Delete a copy and its -wal/-shm/-journal, each overwritten with zeros first."""
    for part in (Path(path), *side_of(Path(path))):
        wipe.scrub_and_remove(part)
