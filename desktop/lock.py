"""One Boussole per data folder: an operating-system lock on `boussole.lock`.

Why refuse a second instance rather than share: SQLite alone would keep the file consistent,
but two windows editing the same checkup would silently overwrite each other's answers, and
erasure (VACUUM) and migrations need the database to themselves. So the second instance is told
plainly which process holds the folder.

Why an OS lock (flock / LockFileEx) and not only a pid file: the operating system releases it
when the holder dies, even on SIGKILL or a power cut, so a stale lock from a dead process is
taken over without guessing whether a pid is still alive (or was reused). The pid is written in
the file only to name the holder in the message.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Callable

LOCK_FILE = "boussole.lock"
POLL_S = 0.05   # how often a waiting process tries the lock again
# Windows locks are mandatory: lock a byte far from the pid text so others can still read it.
_WIN_LOCK_OFFSET = 1 << 20
_PID_WIDTH = 20


class FolderLocked(Exception):
    def __init__(self, path: Path, pid: int | None):
        self.path = path
        self.pid = pid
        super().__init__(f"{path} is locked by process {pid}")


class FolderLock:
    """Held from acquire() to release(); the file itself is left in place (harmless)."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_FILE
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0,
                waiting: Callable[[int | None], None] | None = None) -> None:
        """Take the lock, trying again for up to `wait` seconds while another process holds
        it (`waiting(pid)` is called before each new try, so a caller can say it waits);
        then raise FolderLocked naming the holder's pid. OSError if the file is unwritable."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            deadline = time.monotonic() + max(0.0, wait)
            while not _try_lock(fd):
                pid = _read_pid(fd)
                if time.monotonic() >= deadline:
                    raise FolderLocked(self.path, pid)
                if waiting is not None:
                    waiting(pid)
                time.sleep(POLL_S)
            # Fixed width instead of truncating: a longer stale pid is fully overwritten, and
            # Windows may refuse to resize a file with a locked region.
            _write_at_start(fd, f"{os.getpid()}".ljust(_PID_WIDTH).encode("ascii") + b"\n")
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __del__(self) -> None:
        # A Store dropped without close() (a CLI command, a test) must not keep the folder
        # locked for the rest of the process.
        try:
            self.release()
        except OSError:
            pass

    @property
    def held(self) -> bool:
        return self._fd is not None


def _write_at_start(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock locks belong to the open file description: a second open in the same process
        # conflicts too, so two Stores on one folder in one process are refused as well.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
