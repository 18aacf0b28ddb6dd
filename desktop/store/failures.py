"""How the store turns SQLite and OS errors into one StoreError sentence, and how it opens its
database file: set a damaged file aside (never delete it), refuse a newer schema, migrate."""
from __future__ import annotations

import datetime as _dt
import functools
import os
from pathlib import Path
from typing import Any, Callable

from desktop import db as _db
from desktop import schema
from desktop.errors import StoreError


def is_db_error(exc: BaseException) -> bool:
    # sqlite3 and sqlcipher3 have separate but identically named DB-API exception classes.
    return any(cls.__name__ == "Error" and cls.__module__.startswith(("sqlite3", "sqlcipher3"))
               for cls in type(exc).__mro__)


def explain(exc: BaseException, doing: str, folder: Path) -> str:
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
                    raise StoreError(explain(exc, doing, self.folder)) from exc
                except Exception as exc:
                    if is_db_error(exc):
                        raise StoreError(explain(exc, doing, self.folder)) from exc
                    raise

        return guarded

    return wrap


def open_database(path: Path, connect: _db.Connect) -> tuple[Any, Path | None, Path | None]:
    """Connect, set a damaged file aside, refuse a newer schema, migrate. Returns
    (connection, file moved aside or None, migration backup or None)."""
    folder = path.parent
    recovered = None
    try:
        conn = connect(path)
    except StoreError:
        raise
    except Exception as exc:
        if not (is_db_error(exc) or isinstance(exc, OSError)):
            raise
        raise StoreError(explain(exc, "open its database", folder)) from None
    try:
        try:
            schema.check_not_newer(conn)
        except Exception as exc:
            if not (is_db_error(exc) and _db.is_damage(exc)):
                raise
            conn.close()
            recovered = move_aside(path)
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
        if is_db_error(exc) or isinstance(exc, OSError):
            raise StoreError(explain(exc, "open its database", folder)) from None
        raise
    return conn, recovered, backup


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
