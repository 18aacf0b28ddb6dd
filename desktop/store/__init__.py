"""The local store: businesses, checkups, answers saved one by one, action tracking, history.

One SQLite file, `boussole.db`, in the data folder, read and written through its sqlite3 (or
SQLCipher) connection. No Qt here. Design notes (durability, locking, recovery, erasure,
speed) are in docs/store.md; the short version:

- every write is one transaction, committed before the method returns (WAL, synchronous=FULL),
  so whatever a method reported saved survives a crash or a killed process;
- one Boussole per data folder (desktop/lock.py); a second one gets StoreLockedError;
- a file that is not a usable database is moved aside, never deleted, and a fresh one started;
- every failure reaches the caller as StoreError whose text says what is wrong and what to do.

The parts: base.py (opening, closing, transactions), businesses.py, checkups.py (answers,
tracking, history), transfer.py (whole checkups in and out), failures.py (errors explained,
damaged files set aside). The app and the command line do not use the store directly: they go
through desktop.workspace (open a data folder with its key) and desktop.checkups (use cases).
"""
from __future__ import annotations

from desktop.errors import StoreError, StoreLockedError
from desktop.store.base import DB_FILE, fold, utc_key, utc_now
from desktop.store.businesses import BUSINESS_FIELDS, BusinessRecords
from desktop.store.transfer import TransferRecords


class Store(TransferRecords, BusinessRecords):
    """The data folder's database. Open with Store.open_folder(); close() when done."""


__all__ = ["BUSINESS_FIELDS", "DB_FILE", "Store", "StoreError", "StoreLockedError", "fold",
           "utc_key", "utc_now"]
