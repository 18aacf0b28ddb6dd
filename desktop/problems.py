"""What went wrong with the disk or the database, in one sentence, and which kind of problem it
is: the `reason` a StoreError carries so the app can say it in the person's language.

The kinds (`StoreError.reason`): FULL (no space left), READ_ONLY (the folder or the disk cannot
be written), TOO_LONG (the data folder's path is longer than SQLite accepts), DAMAGED, BUSY,
DISK (any other input/output error), "" (something else). SQLite reports a full disk as
SQLITE_FULL only when a write to the database or its WAL fails; when the -shm index or a new
file cannot be made it says SQLITE_IOERR or SQLITE_CANTOPEN. So an I/O error on a disk with
almost no free space left is called a full disk, and "cannot open" is explained by what is
actually the matter with the folder (its path, its permissions, its disk).
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

from desktop import db as _db
from desktop.errors import StoreError

FULL, READ_ONLY, TOO_LONG, DAMAGED, BUSY, DISK = (
    "full", "read_only", "too_long", "damaged", "busy", "disk")

# SQLite (unix) refuses a path of 512 bytes or more, the longest name it opens included: the
# database's rollback journal "boussole.db-journal" while it is first created, and a damaged
# copy set aside ("boussole.db.corrupt-<date>-<n>-journal", 42 bytes) when it is read back.
SQLITE_MAX_PATH = 512
LONGEST_NAME = len("/boussole.db.corrupt-20260101-000000-99-journal")
MAX_FOLDER_BYTES = SQLITE_MAX_PATH - 1 - LONGEST_NAME
NEARLY_FULL = 16 * 1024 * 1024   # bytes free under which an I/O error means a full disk


def folder_path_problem(folder: Path) -> str | None:
    """The sentence to say when the folder's path is too long for SQLite, else None."""
    try:
        size = len(os.fsencode(str(Path(folder).resolve())))
    except (OSError, RuntimeError, ValueError):
        return None
    if size <= MAX_FOLDER_BYTES:
        return None
    return (f"the path of the data folder {folder} is too long for the database "
            f"({size} bytes, at most {MAX_FOLDER_BYTES}); choose a folder with a shorter path "
            f"with --data-dir")


def check_folder_path(folder: Path) -> None:
    """StoreError(TOO_LONG) when SQLite could not open a database in `folder`."""
    problem = folder_path_problem(folder)
    if problem:
        raise StoreError(problem, TOO_LONG)


def nearly_full(folder: Path) -> bool:
    """Less than NEARLY_FULL bytes left for this user on the folder's disk."""
    here = Path(folder)
    while not here.exists() and here != here.parent:
        here = here.parent
    try:
        import shutil   # with its archive modules (lzma, bz2): only when a write failed

        return shutil.disk_usage(here).free < NEARLY_FULL
    except OSError:
        return False


def writable(folder: Path) -> bool:
    """The folder (or, not made yet, its nearest parent) can be written; a read-only disk says
    no even to root."""
    here = Path(folder)
    while not here.exists() and here != here.parent:
        here = here.parent
    try:
        return os.access(here, os.W_OK)
    except OSError:
        return False


def classify(exc: BaseException, folder: Path) -> str:
    """The kind of problem an OSError or an SQLite error is (one of the constants above)."""
    if isinstance(exc, OSError):
        number = getattr(exc, "errno", None)
        if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return FULL
        if number == errno.ENAMETOOLONG:
            return TOO_LONG
        if number in (errno.EROFS, errno.EACCES, errno.EPERM):
            return READ_ONLY
        return DISK if number == errno.EIO else ""
    else:
        code = _db.error_name(exc)
    if code.startswith("SQLITE_FULL"):
        return FULL
    if code.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return READ_ONLY
    if code.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return DAMAGED
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return BUSY
    if code.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR")):
        if _in_the_way(folder):
            return ""
        if folder_path_problem(folder):
            return TOO_LONG
        if not writable(folder):
            return READ_ONLY
        if nearly_full(folder):
            return FULL
        return READ_ONLY if code.startswith("SQLITE_CANTOPEN") else DISK
    return ""


def explain(exc: BaseException, doing: str, folder: Path) -> str:
    """Turn a SQLite or OS error into the one sentence a StoreError carries."""
    return _sentence(classify(exc, folder), exc, doing, folder)


def store_error(exc: BaseException, doing: str, folder: Path) -> StoreError:
    """The StoreError for an SQLite or OS error, its `reason` set."""
    reason = classify(exc, folder)
    return StoreError(_sentence(reason, exc, doing, folder), reason)


_KEPT = "(everything saved before is kept)"
_SENTENCES = {
    FULL: "the disk is full, so Boussole could not {doing}; free some disk space and try "
          "again " + _KEPT,
    READ_ONLY: "the data folder {folder} is read-only, so Boussole could not {doing}; make it "
               "writable or choose another folder with --data-dir " + _KEPT,
    TOO_LONG: "a file name in {folder} is too long, so Boussole could not {doing}; choose a "
              "folder with a shorter path with --data-dir",
    DAMAGED: "the database in {folder} is damaged, so Boussole could not {doing}; restart "
             "Boussole: it keeps what can still be read and sets the damaged file aside",
    BUSY: "the database is busy in another program, so Boussole could not {doing}; try again "
          "in a moment",
    DISK: "the disk reported an error, so Boussole could not {doing}; check the disk or the "
          "USB key and try again " + _KEPT,
}


def _sentence(reason: str, exc: BaseException, doing: str, folder: Path) -> str:
    if reason == TOO_LONG and folder_path_problem(folder):
        return folder_path_problem(folder)
    if reason in _SENTENCES:
        return _SENTENCES[reason].format(doing=doing, folder=folder)
    in_the_way = _in_the_way(folder)
    if in_the_way:
        return (f"{in_the_way} is not a file, so Boussole could not {doing}; move it out of "
                f"the data folder and try again")
    return f"Boussole could not {doing} ({exc}); try again, and restart Boussole if it persists"


def _in_the_way(folder: Path) -> Path | None:
    """The database's name taken by something that is not a file (a folder, say)."""
    path = Path(folder) / "boussole.db"
    return path if path.exists() and not path.is_file() else None
