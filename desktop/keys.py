"""Which key opens the database: decided once at start by `resolve_key`, before the store opens,
by desktop.workspace.open_workspace while it holds the data folder's lock (so the key material
written on a first run, a keychain entry or the salt file, is written by one process only).

1. The system keychain (desktop/secrets.py) when it works: a random 256-bit key is created on
   the first run and loaded afterwards. Remembered as storage_mode = "keychain".
2. No usable keychain: the person is asked, through the `ask` callback (a dialog in the app,
   environment variables on the command line), to choose between
   - a passphrase: key = scrypt(passphrase, salt), the salt and KDF parameters kept in
     `boussole.salt` in the data folder (not secret, but needed: keep it with the database);
   - no encryption: an explicit choice, remembered as storage_mode = "plaintext".
   Nothing is ever decided silently: without an answer, StorageCancelled is raised.
3. Afterwards, a remembered passphrase mode asks for the passphrase at each start.

Recovery: the key missing from the keychain while an encrypted database exists, a wrong
passphrase, a missing or damaged salt file — each raises a KeyProblem whose message says what
happened and what the person can do. No path here writes to, moves or deletes the database.

The key is bytes in memory only: it never goes to settings, logs, exception messages or reprs
(StorageChoice hides the passphrase from its repr).
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from desktop import secrets
from desktop.paths import PRIVATE_FOLDER
from desktop.secrets import KeychainUnavailable, SecretsError

DB_FILE = "boussole.db"          # desktop.store.DB_FILE (not imported: keep this module light)
SALT_FILE = "boussole.salt"
SALT_FORMAT = "boussole-database-salt"
MIN_PASSPHRASE = 10

# What the `ask` callback is asked to do.
ASK_CHOOSE = "choose"    # the keychain cannot be used: passphrase (typed twice) or unencrypted
ASK_UNLOCK = "unlock"    # the data is passphrase-protected: type the passphrase
ASK_RETRY = "retry"      # the passphrase just typed was wrong: type it again


@dataclass(frozen=True)
class StorageChoice:
    """The person's answer. mode: "passphrase", "plaintext" or "cancel"."""

    mode: str
    passphrase: str = field(default="", repr=False, compare=False)

    @classmethod
    def with_passphrase(cls, passphrase: str) -> "StorageChoice":
        return cls("passphrase", passphrase)

    @classmethod
    def plaintext(cls) -> "StorageChoice":
        return cls("plaintext")

    @classmethod
    def cancel(cls) -> "StorageChoice":
        return cls("cancel")


Ask = Callable[[str], StorageChoice]


class KeyProblem(SecretsError):
    """The database key cannot be had; str() explains what happened and the options."""


class KeyMissing(KeyProblem):
    pass


class WrongPassphrase(KeyProblem):
    pass


class StorageCancelled(KeyProblem):
    pass


class NotPlaintext(KeyProblem):
    """A folder set to stay unencrypted holds a database that is not an ordinary SQLite file."""


# --------------------------------------------------------------------------------------------


def database_state(folder: Path) -> str:
    """'absent', 'plaintext' or 'encrypted' (see desktop.cipher.file_state)."""
    from desktop.cipher import file_state

    return file_state(Path(folder) / DB_FILE)


def resolve_key(folder: Path, settings, ask: Ask, attempts: int = 3, *,
                keychain: bool = True) -> bytes | None:
    """The key to open the folder's database with, or None for an unencrypted database (only
    after the person chose it, now or before). Raises KeyProblem or SecretsError.

    keychain=False never reads or writes the system keychain (the self-test's throw-away
    folder must leave no entry behind): a new folder is asked for a passphrase or plaintext."""
    folder = Path(folder)
    state = database_state(folder)
    mode = settings.get("storage_mode")
    has_salt = (folder / SALT_FILE).exists()

    if mode == "plaintext" and state != "encrypted":
        return None
    if mode == "passphrase" or (has_salt and mode != "keychain"):
        return _passphrase_key(folder, state, settings, ask, attempts)
    if mode == "plaintext":
        return _plaintext_folder_key(folder, settings, keychain)
    if not keychain:
        return _without_keychain(folder, state, mode, has_salt, settings, ask, attempts,
                                 "the system keychain is not used for this folder")

    try:
        key = secrets.load_key(folder)
    except KeychainUnavailable as exc:
        return _without_keychain(folder, state, mode, has_salt, settings, ask, attempts, str(exc))
    if key is not None:
        if mode != "keychain":
            settings.set("storage_mode", "keychain")
        return key
    if state == "encrypted":
        if has_salt:
            return _passphrase_key(folder, state, settings, ask, attempts)
        raise KeyMissing(
            "the database is encrypted, but its key is not in the system keychain (the "
            "keychain was reset, or the data folder comes from another computer or user "
            "account). Restore the keychain from a backup, or copy the key's entry "
            f"(service \"{secrets.SERVICE}\", account \"{secrets.account_for(folder)}\") from "
            "the other computer, then start Boussole again. The database was not changed")
    try:
        key = secrets.create_key(folder)
    except KeychainUnavailable as exc:
        return _without_keychain(folder, state, mode, has_salt, settings, ask, attempts, str(exc))
    settings.set("storage_mode", "keychain")
    return key


def _plaintext_folder_key(folder: Path, settings, keychain: bool) -> bytes:
    """A folder set to stay unencrypted, whose database is not an ordinary SQLite file: an
    encrypted one (settings.json replaced, or a database copied in) whose key may be the
    folder's keychain entry, or a damaged one. Which, nothing can tell without a key: nothing
    is set aside, and the message says both."""
    key = None
    if keychain:
        try:
            key = secrets.load_key(folder)
        except KeychainUnavailable:
            key = None
    if key is not None:
        settings.set("storage_mode", "keychain")
        return key
    path = folder / DB_FILE
    raise NotPlaintext(
        f"the data folder {folder} is set to keep its data unencrypted, but {path} is not an "
        f"unencrypted database: it is damaged, or it was encrypted elsewhere (with a key kept "
        f"in a system keychain, or a passphrase). Nothing was changed. If it comes from "
        f"another folder or computer, open it there (or copy its boussole.salt beside it); "
        f"otherwise restore a backup of the data folder, or move boussole.db out of it (keep "
        f"it: an IT provider may recover data from it) and start Boussole again with a new "
        f"database")


def _without_keychain(folder: Path, state: str, mode: str, has_salt: bool, settings, ask: Ask,
                      attempts: int, reason: str) -> bytes | None:
    if state == "encrypted":
        if has_salt:
            return _passphrase_key(folder, state, settings, ask, attempts)
        raise KeychainUnavailable(
            f"{reason}. The database is encrypted with a key kept in that keychain: unlock it "
            f"(or start its service: GNOME Keyring, KWallet...), then start Boussole again. "
            f"The database was not changed")
    choice = ask(ASK_CHOOSE)
    if choice.mode == "passphrase":
        check_new_passphrase(choice.passphrase)
        salt = _new_salt_record()
        key = _derive(choice.passphrase, salt)
        salt["check"] = _check_value(key)
        _write_salt(folder, salt)
        settings.set("storage_mode", "passphrase")
        return key
    if choice.mode == "plaintext":
        settings.set("storage_mode", "plaintext")
        return None
    raise StorageCancelled("no storage choice was made, so Boussole did not open the data; "
                           "start it again to choose a passphrase or to continue unencrypted")


def _passphrase_key(folder: Path, state: str, settings, ask: Ask, attempts: int) -> bytes:
    salt = _read_salt(folder)
    if salt is None:
        if state == "encrypted":
            raise KeyMissing(
                f"the database is protected by a passphrase, but the file {SALT_FILE} that goes "
                f"with it is missing from {folder}. Restore it from a backup of the data "
                f"folder (or copy it from where the data came from), then start Boussole "
                f"again. The database was not changed")
        # Nothing encrypted to open: start over with the first-run choice.
        settings.set("storage_mode", "")
        return resolve_key(folder, settings, ask, attempts)
    situation = ASK_UNLOCK
    for _ in range(max(1, attempts)):
        choice = ask(situation)
        if choice.mode != "passphrase":
            raise StorageCancelled("the passphrase was not given, so Boussole did not open the "
                                   "data; start it again and type the passphrase")
        key = _derive(choice.passphrase, salt)
        if _checks_out(key, salt["check"]):
            if settings.get("storage_mode") != "passphrase":
                settings.set("storage_mode", "passphrase")
            return key
        situation = ASK_RETRY
    raise WrongPassphrase("wrong passphrase: the data was not opened and nothing was changed. "
                          "Try again, checking the keyboard layout and caps lock. Nobody can "
                          "decrypt the data without the passphrase: if it is lost, only a "
                          "backup or exported files can bring the checkups back")


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise KeyProblem(f"the passphrase is too short: use at least {MIN_PASSPHRASE} "
                         f"characters (a few words are easy to remember and hard to guess)")


# --------------------------------------------------------------------------------------------
# The salt file


def _new_salt_record() -> dict:
    from desktop.transfer import SCRYPT_N, SCRYPT_P, SCRYPT_R

    return {"format": SALT_FORMAT, "version": 1, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R,
            "p": SCRYPT_P, "salt": base64.b64encode(os.urandom(16)).decode("ascii")}


def _derive(passphrase: str, record: dict) -> bytes:
    from checks.errors import AssessmentError
    from desktop.transfer import derive_key

    try:
        return derive_key(passphrase, base64.b64decode(record["salt"]), record["n"],
                          record["r"], record["p"])
    except AssessmentError as exc:   # a passphrase that is not text (non-UTF-8 bytes)
        raise KeyProblem(str(exc)) from None


def _checks_out(key: bytes, check: str) -> bool:
    import hmac

    return hmac.compare_digest(_check_value(key), check)


def _check_value(key: bytes) -> str:
    """Tells a wrong passphrase from a right one without opening the database. Guessing
    against it costs the same scrypt per guess as guessing against the database itself."""
    import hashlib   # hmac and hashlib load OpenSSL (~4 ms): only where a key is checked
    import hmac

    return hmac.new(key, b"boussole passphrase check", hashlib.sha256).hexdigest()[:32]


def _write_salt(folder: Path, record: dict) -> None:
    from checks.atomic import atomic_write_bytes

    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    data = json.dumps(record, indent=2, sort_keys=True).encode("ascii")
    atomic_write_bytes(folder / SALT_FILE, data)


def _read_salt(folder: Path) -> dict | None:
    path = folder / SALT_FILE
    try:
        record = json.loads(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        record = None
    try:
        if record.get("format") != SALT_FORMAT or record.get("kdf") != "scrypt":
            raise ValueError
        n, r, p = int(record["n"]), int(record["r"]), int(record["p"])
        # What scrypt can run within derive_key's memory bound (128 * r * n bytes).
        if not (2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4
                and 128 * r * n <= 128 * 8 * 2**17):
            raise ValueError
        if len(base64.b64decode(record["salt"], validate=True)) < 16:
            raise ValueError
        if not isinstance(record.get("check"), str):
            raise ValueError
    except (AttributeError, ValueError, KeyError, TypeError):
        raise KeyProblem(f"the file {path} that goes with the passphrase is damaged; restore "
                         f"it from a backup of the data folder, then start Boussole again. "
                         f"The database was not changed") from None
    return {**record, "n": n, "r": r, "p": p}
