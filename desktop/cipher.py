"""SQLCipher: the store's database encrypted at rest with a raw 256-bit key.

How the key is handed over: `Connection.set_key()` (sqlite3_key under the hood) with the raw-key
form `x'<64 hex digits>'`, so SQLCipher uses the key as is (no passphrase derivation: opening
stays fast) and the key is never part of any SQL text. Converting a plaintext file binds the key
as a parameter of ATTACH ... KEY ?. No message raised from here ever contains the key, and
SQLCipher's own log (which names pages, never keys) is switched off so the command line keeps
its one-line errors.

Every page of the file and of its WAL is encrypted (AES-256-CBC) and authenticated
(HMAC-SHA512); the -shm index holds page numbers only. Settings are pinned to SQLCipher 4
(`cipher_compatibility = 4`), so a future SQLCipher with new defaults still opens today's files.

Wrong key: the key is first tried on a read-only, `immutable` view of the file (no lock, no
-wal/-shm created, nothing written), so a wrong key or a damaged header leaves every byte as it
was and raises WrongKeyError — a StoreError, which the store reports instead of setting the
file aside as damaged. Two cases are damage, not a key problem, and go on to the store, which
sets the file aside and salvages what it still holds (desktop/store/failures.py): page 1
decrypts but a later page does not read (the key is proven right by page 1's HMAC), and a
file the key does not decrypt at all when the caller knows the key is the folder's own
(`known_key`: the passphrase checked against boussole.salt, or the folder's keychain entry).

Plaintext to encrypted (`encrypt_plaintext`): fold the WAL in, copy with sqlcipher_export into
`<name>.encrypting`, check the copy (same tables, same row counts, integrity_check, user_version)
from a fresh connection with the key, fsync, atomically rename it over the original, then
overwrite the old plaintext bytes (still reachable through an open descriptor on POSIX) with
zeros. The -wal/-shm of the plaintext are removed before the rename, so a stale plaintext WAL can
never be replayed onto the encrypted file. Any failure before the rename leaves the plaintext
database exactly as it was (and removes the partial copy).
"""
from __future__ import annotations

import os
from pathlib import Path

from desktop import wipe
from desktop.errors import StoreError

KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
PARTIAL_SUFFIX = ".encrypting"
PAGE_SIZE = 4096            # SQLCipher 4's page size; the main file is always whole pages
_COMPATIBILITY = 4


class CipherError(StoreError):
    """An encrypted-database problem; str() says what happened and what to do."""


class WrongKeyError(CipherError):
    """The key does not open the file (wrong key, or a damaged file). The file is untouched."""


class PlaintextDamaged(CipherError):
    """The unencrypted database to convert is damaged; it was left as it was."""


class NoKeyError(CipherError):
    """An encrypted database opened without a key. The file is untouched."""

    def __init__(self, path: Path):
        super().__init__(f"the database {path} is encrypted (or damaged) and was opened "
                         f"without its key; nothing was changed. Start Boussole normally so it "
                         f"takes the key from the system keychain or asks for the passphrase")


def _driver():
    import sqlcipher3

    return sqlcipher3


_quiet = False


def _silence_log(sqlcipher3) -> None:
    """SQLCipher logs decryption failures to stderr; the app reports them itself."""
    global _quiet
    if not _quiet:
        conn = sqlcipher3.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        except Exception:
            pass
        finally:
            conn.close()
        _quiet = True


def _key_spec(key: bytes) -> str:
    if not isinstance(key, (bytes, bytearray)) or len(key) != KEY_BYTES:
        raise CipherError("the database key has the wrong form (it must be 32 random bytes); "
                          "this is a bug in Boussole, please report it")
    return "x'" + bytes(key).hex() + "'"


def _apply_key(conn, key: bytes) -> None:
    conn.set_key(_key_spec(key))
    conn.execute(f"PRAGMA cipher_compatibility = {_COMPATIBILITY}").fetchall()


def file_state(path: Path) -> str:
    """'absent' (missing or empty), 'plaintext' (an ordinary SQLite file), 'encrypted' (whole
    4096-byte pages without the SQLite header: an SQLCipher file, or a damaged one — the two
    cannot be told apart without the key, so it is treated as encrypted and set aside only
    with the folder's own key, see connect)
    'damaged' (anything else, with no WAL beside it: no SQLCipher file has that size), or
    'unreadable' (not a readable file: left for the store to report)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
            size = os.fstat(fh.fileno()).st_size
    except FileNotFoundError:
        return "absent"
    except OSError:          # a folder in its place, no permission: the store will say so
        return "unreadable"
    if not head:
        return "absent"
    if head == SQLITE_HEADER:
        return "plaintext"
    if size % PAGE_SIZE == 0 or has_wal(path):
        # A checkpoint cut short by a full disk can leave a part-written last page; the WAL
        # still holds it whole, so only the key and the WAL together can say (issue 12).
        return "encrypted"
    return "damaged"



def has_wal(path: Path) -> bool:
    """A non-empty WAL beside the file: a last page cut short may be whole there."""
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False


def key_opens(path: Path, key: bytes) -> bool:
    """True when `key` decrypts the file; False only when SQLCipher says the key does not open
    it ("file is not a database"). Writes nothing to the database or its WAL.

    First page 1 of the main file alone, through an `immutable` view (no lock, no -shm). That
    view ignores the -wal, so after a checkpoint cut short (a killed process, a disk full at
    close) the main file alone can be inconsistent although the database with its WAL is
    intact (issue 12): then the key is tried again through a read-only connection that reads
    the WAL as SQLite does (it may create the -shm index; it never checkpoints). Any error
    other than "not a database" is not about the key: the store's own open reports it."""
    sqlcipher3 = _driver()
    _silence_log(sqlcipher3)
    spec = _key_spec(key)
    base = Path(path).resolve().as_uri()
    answer = _try_key(sqlcipher3, base + "?immutable=1", spec)
    if answer != "ok":
        answer = _try_key(sqlcipher3, base + "?mode=ro", spec)
    return answer != "not a database"


def _try_key(sqlcipher3, uri: str, spec: str) -> str:
    """'ok', 'not a database' (the key does not decrypt page 1), or another error's text."""
    try:
        conn = sqlcipher3.connect(uri, uri=True)
    except sqlcipher3.Error as exc:
        return str(exc).lower()
    try:
        conn.set_key(spec)
        conn.execute(f"PRAGMA cipher_compatibility = {_COMPATIBILITY}").fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return "ok"
    except sqlcipher3.Error as exc:
        return "not a database" if "not a database" in str(exc).lower() else str(exc).lower()
    finally:
        conn.close()


def wrong_key_message(path: Path) -> str:
    return (f"the database {path} cannot be decrypted with this key: either the key is not "
            f"the one it was created with, or the file is damaged. Nothing was changed and "
            f"nothing was set aside. Open the data folder with the keychain entry or the "
            f"passphrase it was protected with; if that key does not open it either, restore "
            f"a backup of the data folder")


def _is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def connect(path: Path, key: bytes, timeout: float = 5.0, *, known_key: bool = False):
    """Open (creating when absent) the encrypted database, autocommit, like desktop.db.connect.

    An ordinary SQLite file found at `path` is first converted (encrypt_plaintext), together
    with any plaintext schema backups beside it. Raises WrongKeyError when the key does not
    open the file, leaving it untouched — unless `known_key` says the key is the folder's own
    (desktop.keys.resolve_key's): then the file is damaged, and the connection is returned for
    the store to find it so, set it aside and salvage it. A file whose page 1 decrypts but
    whose schema does not read is damaged too, whatever `known_key` says.
    """
    sqlcipher3 = _driver()
    _silence_log(sqlcipher3)
    path = Path(path)
    spec = _key_spec(key)
    state = file_state(path)
    if state == "plaintext":
        try:
            encrypt_plaintext(path, key)
        except PlaintextDamaged:
            # Like any damaged file: the store finds it unreadable, sets it aside (never
            # deletes it) and starts a fresh, encrypted database — see Store.open_folder.
            state = "damaged"
        else:
            for backup in sorted(path.parent.glob(path.name + ".bak-v*")):
                if file_state(backup) == "plaintext":
                    try:
                        encrypt_plaintext(backup, key)
                    except CipherError:
                        pass   # a backup must not keep the data closed; Store.side_files lists it
    elif state == "encrypted" and not key_opens(path, key):
        if not known_key:
            raise WrongKeyError(wrong_key_message(path))
        state = "damaged"     # the right key does not decrypt page 1: the file is damaged
    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=timeout,
                              check_same_thread=False)
    try:
        conn.set_key(spec)
        conn.execute(f"PRAGMA cipher_compatibility = {_COMPATIBILITY}").fetchall()
        if state not in ("damaged", "unreadable"):
            # A damaged file goes on to the store, which reads it, finds it damaged and sets
            # it aside; an encrypted one was checked above, so this is a last safety net.
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                # Page 1 decrypted with this key (key_opens), so the key is right and a page
                # further on is damaged (a file cut short, overwritten pages): the store's
                # open finds it so, sets the file aside and salvages what it still holds.
                if state != "encrypted" or not _is_damage(exc):
                    raise
        # Sorts and temporary tables stay in memory rather than in temporary files.
        conn.execute("PRAGMA temp_store = MEMORY")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise WrongKeyError(wrong_key_message(path)) from None
        raise
    except BaseException:
        conn.close()
        raise
    return conn


# --------------------------------------------------------------------------------------------
# Plaintext -> encrypted


def _tables(conn, schema: str = "main") -> list[str]:
    rows = conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
                        f"AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    return [r[0] for r in rows]


def _counts(conn, schema: str = "main") -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM {schema}."{t.replace(chr(34), chr(34) * 2)}"')
            .fetchone()[0] for t in _tables(conn, schema)}


def encrypt_plaintext(path: Path, key: bytes) -> dict[str, int]:
    """Replace the ordinary SQLite file at `path` with an encrypted copy. Returns the row
    counts per table that were checked on the copy. The caller holds the folder lock."""
    sqlcipher3 = _driver()
    _silence_log(sqlcipher3)
    path = Path(path)
    spec = _key_spec(key)
    partial = path.with_name(path.name + PARTIAL_SUFFIX)
    wipe.remove_quietly(partial)   # an earlier attempt's unfinished copy (encrypted, incomplete)
    try:
        src = sqlcipher3.connect(str(path), isolation_level=None)   # no key: plaintext
        try:
            try:
                src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                check = src.execute("PRAGMA integrity_check").fetchall()
            except sqlcipher3.DatabaseError as exc:
                if not any(w in str(exc).lower() for w in ("not a database", "malformed")):
                    raise
                check = [(str(exc),)]
            if check != [("ok",)]:
                raise PlaintextDamaged(
                    f"the unencrypted database {path} is damaged, so it could not be "
                    f"encrypted; it was left as it is. Move it out of the data folder (an IT "
                    f"provider may recover data from it), then start Boussole again")
            counts = _counts(src)
            user_version = src.execute("PRAGMA user_version").fetchone()[0]
            application_id = src.execute("PRAGMA application_id").fetchone()[0]
            src.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(partial), spec))
            try:
                src.execute(f"PRAGMA encrypted.cipher_compatibility = {_COMPATIBILITY}").fetchall()
                src.execute("SELECT sqlcipher_export('encrypted')").fetchall()
                src.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
                src.execute(f"PRAGMA encrypted.application_id = {int(application_id)}")
            finally:
                src.execute("DETACH DATABASE encrypted")
        finally:
            src.close()
        # Check the copy from scratch, the way the store will open it.
        copy = sqlcipher3.connect(str(partial), isolation_level=None)
        try:
            _apply_key(copy, key)
            copied = _counts(copy)
            ok = copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            same_version = copy.execute("PRAGMA user_version").fetchone()[0] == user_version
        finally:
            copy.close()
        if copied != counts or not ok or not same_version:
            raise CipherError(f"the encrypted copy of {path} did not match the original, so "
                              f"the unencrypted database was kept as it is; free some disk "
                              f"space and start Boussole again")
        if file_state(partial) != "encrypted":
            raise CipherError(f"the copy of {path} was not encrypted, so the unencrypted "
                              f"database was kept as it is; please report this problem")
        wipe.fsync_file(partial)
    except CipherError:
        wipe.remove_quietly(partial)
        raise
    except (sqlcipher3.Error, OSError) as exc:
        wipe.remove_quietly(partial)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise CipherError(f"the unencrypted database {path} could not be encrypted ({reason}: "
                          f"{str(exc)[:120]}); it was left as it is. Check the free disk space "
                          f"and that the data folder can be written, then start Boussole again"
                          ) from None

    # The copy is complete and checked: swap it in. The plaintext WAL was folded in and is
    # empty; remove it and the index first so they can never be replayed onto the new file.
    for suffix in ("-wal", "-shm", "-journal"):
        wipe.scrub_and_remove(path.with_name(path.name + suffix))
    wipe.replace_scrubbing(partial, path)
    return counts
