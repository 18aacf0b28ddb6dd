"""Open a data folder: the one front door the app and the command line both go through.

The order is the point (issue 12, section 1):

1. the folder: `--data-dir`, else $BOUSSOLE_DATA_DIR, else the platform's (desktop/paths.py);
2. the folder's lock (desktop/lock.py), FIRST. Another Boussole holding it (the app, or a
   command run beside it) is waited for, up to LOCK_WAIT_S seconds, before StoreLockedError;
3. the settings, read again now that no one else can change them;
4. the key (desktop/keys.py): the keychain, a passphrase, or the explicit unencrypted choice,
   asked through the `ask` callback (a dialog in the app, the environment on the command line).
   A first run decides it here and writes its key material (a keychain entry, or the salt file
   written atomically) while holding the lock, so two processes starting on a new folder can
   never each write their own key: the second waits, then finds the first one's;
5. the store, opened with that key under the same lock.

The Workspace holds the open folder until `close()`; the use cases (desktop/checkups.py) and the
report (desktop/report_job.py) work on it. No Qt here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from desktop import paths
from desktop.errors import StoreError, StoreLockedError
from desktop.keys import (ASK_CHOOSE, ASK_RETRY, ASK_UNLOCK, DB_FILE, MIN_PASSPHRASE, SALT_FILE,
                          Ask, KeyProblem, StorageCancelled, StorageChoice, resolve_key)
from desktop.problems import store_error
from desktop.secrets import SecretsError
from desktop.settings import Settings
from desktop.store import Store
from desktop.store.base import make_folder, take_folder_lock

# A command line import or export holds the folder for well under a second (a passphrase's key
# derivation included); the app holds it while open. A few seconds covers the first case and
# keeps the second from looking like a hang.
LOCK_WAIT_S = 5.0

Waiting = Callable[[int | None], None]


@dataclass(eq=False)
class Workspace:
    """An open data folder: its settings and its store, the folder's lock held until close()."""

    folder: Path
    settings: Settings
    store: Store
    # The database key (None: unencrypted by choice); desktop/signing_keys.py protects the
    # folder's signing identity with a key derived from it. Never shown in a repr.
    key: bytes | None = field(default=None, repr=False)
    keychain: bool = True             # False: the system keychain is kept out of this folder
    # A passphrase folder (its salt there) whose database was missing or empty: a new, empty
    # one was started, and the person must be told (the checkups were lost before this open).
    database_missing: bool = False

    @property
    def recovered_from(self) -> Path | None:
        """The damaged database set aside while opening, if any (the person must be told)."""
        return self.store.recovered_from

    @property
    def salvage(self):
        """What was read back from that damaged file (desktop.store.salvage.Salvage)."""
        return self.store.salvage

    def close(self) -> None:
        """Close the store and release the folder (idempotent)."""
        self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(data_dir: str | os.PathLike | None, ask: Ask, *,
                   settings: Settings | None = None, wait: float = LOCK_WAIT_S,
                   waiting: Waiting | None = None, attempts: int = 3,
                   keychain: bool = True) -> Workspace:
    """Open a data folder: lock, settings, key, store — in that order.

    `ask(situation)` answers the key questions (ASK_CHOOSE, ASK_UNLOCK, ASK_RETRY) with a
    StorageChoice; whatever it raises goes through, with the lock released. `settings`: the
    caller's Settings of this folder (the app keeps one for its window), re-read once the lock
    is held; without it one is read. `keychain=False` keeps the system keychain out of it (a
    throw-away folder such as the self-test's must leave no entry there). `waiting(pid)` is called while another process holds the
    folder (every few tens of milliseconds), so the caller can say it is waiting.

    Raises StoreLockedError (still held after `wait` seconds), StoreError (the folder or the
    database cannot be used, the settings or key material cannot be written: its `reason`
    says whether the disk is full, the folder read-only or its path too long),
    StorageCancelled (no choice made), KeyProblem or SecretsError (the key cannot be had).
    """
    folder = paths.data_dir(data_dir)
    make_folder(folder)
    lock = take_folder_lock(folder, wait, waiting)
    try:
        if settings is None:
            settings = Settings(folder)
        else:
            settings.reload()
        missing = _database_missing(folder)
        key = resolve_key(folder, settings, ask, attempts, keychain=keychain)
        # The key is the folder's own (its passphrase checked against boussole.salt, or its
        # keychain entry): a file it does not decrypt is damaged, so it is set aside and
        # salvaged like an unencrypted one (desktop/cipher.py).
        store = Store.open_folder(folder, key=key, lock=lock, known_key=True)
    except OSError as exc:   # the settings or the key material could not be written
        lock.release()
        raise store_error(exc, "write its settings or its key file", folder) from None
    except BaseException:
        lock.release()
        raise
    return Workspace(folder, settings, store, key, keychain, database_missing=missing)


def _database_missing(folder: Path) -> bool:
    """The folder's passphrase salt is there (written with its first database) but the
    database is not, or is empty: deleted, or cut to nothing by a disk or a copy."""
    if not (folder / SALT_FILE).is_file():
        return False
    db = folder / DB_FILE
    try:
        return db.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False   # unreadable: the store's open says so


__all__ = ["ASK_CHOOSE", "ASK_RETRY", "ASK_UNLOCK", "LOCK_WAIT_S", "MIN_PASSPHRASE", "Ask",
           "KeyProblem", "SecretsError", "StorageCancelled", "StorageChoice", "StoreError",
           "StoreLockedError", "Workspace", "open_workspace"]
