"""How the store turns SQLite and OS errors into one StoreError sentence (desktop/problems.py),
and how it opens its database file: set a damaged file aside (never delete it) and salvage what
it still holds into a new one (salvage.py), refuse a newer schema, migrate."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable, NamedTuple

from desktop import db as _db
from desktop import schema
from desktop.errors import StoreError
from desktop.problems import DAMAGED, store_error
from desktop.store import aside
from desktop.store.salvage import Salvage, salvage

# Markers in the data folder (plain files, no client data): an operation met a damaged page,
# so the next open checks the whole file; a damaged file was set aside and its salvage into
# the new database is not finished yet (the file holds the copy's name).
NEEDS_CHECK = "boussole.needs-check"
SALVAGE_PENDING = "boussole.salvage-pending"


def is_db_error(exc: BaseException) -> bool:
    # sqlite3 and sqlcipher3 have separate but identically named DB-API exception classes.
    return any(cls.__name__ == "Error" and cls.__module__.startswith(("sqlite3", "sqlcipher3"))
               for cls in type(exc).__mro__)


def guard(doing: str) -> Callable:
    """Run a Store method under the connection mutex; turn database errors into StoreError."""

    def wrap(method: Callable) -> Callable:
        @functools.wraps(method)
        def guarded(self, *args: Any, **kwargs: Any) -> Any:
            with self._mutex:
                if self._conn is None:
                    raise StoreError(f"the store is closed, so Boussole could not {doing}; "
                                     f"reopen the data folder")
                try:
                    return method(self, *args, **kwargs)
                except StoreError:
                    raise
                except OSError as exc:
                    raise store_error(exc, doing, self.folder) from exc
                except Exception as exc:
                    if not is_db_error(exc):
                        raise
                    error = store_error(exc, doing, self.folder)
                    if error.reason == DAMAGED:
                        note_damage(self.folder)
                    raise error from exc

        return guarded

    return wrap


class Opened(NamedTuple):
    conn: Any
    recovered: Path | None          # the damaged file set aside, if any
    backup: Path | None             # the copy made before migrating, if any
    salvage: Salvage | None         # what was read back from the damaged file


def open_database(path: Path, connect: _db.Connect, key: bytes | None = None) -> Opened:
    """Connect; set a damaged file aside and salvage what it still holds; refuse a newer
    schema; migrate. `key` (the store's, or None) reads the damaged file back and encrypts
    the set-aside copies like the store."""
    folder = path.parent
    try:
        conn = connect(path)
    except StoreError:
        raise
    except Exception as exc:
        if not (is_db_error(exc) or isinstance(exc, OSError)):
            raise
        error = store_error(exc, "open its database", folder)
        if error.reason == DAMAGED:
            # Not read far enough to be set aside: restarting would do the same, so the
            # usual "restart Boussole" sentence would promise a salvage that never comes.
            raise StoreError(damaged_unopened(folder)) from None
        raise error from None
    try:
        if _damaged(conn, folder):
            conn.close()
            copy = aside.move_aside(path)
            _mark(folder / SALVAGE_PENDING, copy.name)
            conn = connect(path)
        _db.configure(conn)
        backup = schema.migrate(conn, path)
        recovered, report = _finish_salvage(conn, folder, key)
        aside.seal_all(folder, key)
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
        if is_db_error(exc) or isinstance(exc, OSError):
            error = store_error(exc, "open its database", folder)
            if error.reason == DAMAGED:
                note_damage(folder)   # what the sentence promises: checked at the next open
            raise error from None
        raise
    return Opened(conn, recovered, backup, report)


def damaged_unopened(folder: Path) -> str:
    """A damaged database that could not even be opened to be set aside: what to do."""
    return (f"the database in {folder} is damaged and Boussole could not open it, not even to "
            f"set it aside and save what it still holds; nothing was changed. Restore a backup "
            f"of the data folder, or move boussole.db out of it (keep it: an IT provider may "
            f"recover data from it) and start Boussole again with a new database")


def _damaged(conn, folder: Path) -> bool:
    """The file is not a usable database: its schema cannot be read, or, after an operation
    met a damaged page (NEEDS_CHECK), SQLite's quick_check finds damage."""
    try:
        schema.check_not_newer(conn)
        if not (folder / NEEDS_CHECK).exists():
            return False
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except Exception as exc:
        if is_db_error(exc) and _db.is_damage(exc):
            return True
        raise
    if rows == ["ok"]:
        (folder / NEEDS_CHECK).unlink(missing_ok=True)
        return False
    return True


def _finish_salvage(conn, folder: Path, key: bytes | None) -> tuple[Path | None, Salvage | None]:
    """Salvage the copy SALVAGE_PENDING names into the new database, seal the copy, then
    forget the marker. Crash-safe: until the marker is gone it all runs again at the next
    open (inserting nothing twice)."""
    marker = folder / SALVAGE_PENDING
    try:
        name = marker.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None, None
    copy = folder / name
    report = None
    if name.startswith(aside.PREFIXES) and "/" not in name and copy.exists():
        report = salvage(lambda: aside.open_copy(copy, key), conn, copy)
        aside.seal_if_clear(copy, key)
    (folder / NEEDS_CHECK).unlink(missing_ok=True)
    marker.unlink(missing_ok=True)
    return copy, report


def _mark(path: Path, text: str = "") -> None:
    from checks.atomic import atomic_write_bytes

    atomic_write_bytes(path, text.encode("utf-8"))


def note_damage(folder: Path) -> None:
    """An operation met a damaged page: check the whole file at the next open (best effort)."""
    try:
        _mark(Path(folder) / NEEDS_CHECK)
    except OSError:
        pass
