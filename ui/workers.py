"""Slow work off the GUI thread: a worker with progress / finished / failed signals.

A `Worker` runs one function in its own QThread. The function receives a `progress(done, total)`
callback; whatever it returns is emitted with `finished`, and an exception becomes `failed`
with a message a person can act on (see `describe_error`). Receivers living in the GUI thread get
the signals through queued connections, so the window never freezes and never sleeps.

`export_pdf` is the PDF export job: it writes next to the target under a temporary name and
renames at the end, so a failed export never leaves a half-written PDF behind.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot


class Worker(QObject):
    """Run `fn(*args, progress=callback, **kwargs)` in a thread of its own."""

    progress = Signal(int, int)     # done, total
    finished = Signal(object)       # the function's result
    failed = Signal(str)            # what happened and what to do

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._thread: QThread | None = None
        self.error: BaseException | None = None

    def start(self) -> None:
        thread = QThread()
        thread.setObjectName("boussole-worker")
        self._thread = thread
        self.moveToThread(thread)
        thread.started.connect(self._run)
        self.finished.connect(thread.quit)
        self.failed.connect(thread.quit)
        thread.start()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread has ended (for shutdown; never on a user's click)."""
        if self._thread is None:
            return True
        return self._thread.wait(msecs)

    @Slot()
    def _run(self) -> None:
        try:
            result = self._fn(*self._args, progress=self.progress.emit, **self._kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            self.error = exc
            self.failed.emit(describe_error(exc))
            return
        self.finished.emit(result)


def describe_error(exc: BaseException) -> str:
    """A message saying what happened and what to do, for the errors an export can meet."""
    if isinstance(exc, OSError):
        where = exc.filename or ""
        if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
            return QCoreApplication.translate("Worker", "Le disque est plein : le PDF n'a pas pu être écrit. "
                      "Libérez de la place ou choisissez un autre emplacement "
                      "(clé USB, autre disque), puis recommencez.")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return QCoreApplication.translate("Worker", "Impossible d'écrire dans le dossier « %1 » : il est protégé en écriture. "
                      "Choisissez un autre dossier, par exemple Documents, puis recommencez."
                      ).replace("%1", str(Path(where).parent if where else ""))
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return QCoreApplication.translate("Worker", "Le dossier « %1 » n'existe pas ou plus (clé USB retirée ?). "
                      "Choisissez un dossier existant, puis recommencez."
                      ).replace("%1", str(Path(where).parent if where else ""))
        return QCoreApplication.translate("Worker", "Le fichier n'a pas pu être écrit (%1). "
                  "Choisissez un autre dossier, puis recommencez.").replace("%1", str(exc.strerror or exc))
    name = type(exc).__name__
    if name == "ReportError":
        return QCoreApplication.translate("Worker", "Le rapport n'a pas pu être produit : %1. "
                  "Vos réponses sont intactes ; réessayez ou signalez le problème.").replace("%1", str(exc))
    return QCoreApplication.translate("Worker", "L'export a échoué de façon inattendue (%1). "
              "Vos réponses sont intactes ; réessayez ou signalez le problème."
              ).replace("%1", f"{name}: {exc}")


def export_pdf(out: str | os.PathLike, *, progress: Callable[[int, int], None] | None = None,
               **report_args: Any) -> str:
    """Write the PDF report to `out` through a temporary file in the same folder.

    `report_args` go to reports.pdf.write_report (content, assessment, edition, lang, previous,
    advisor, logo). Returns the final path. On any failure the temporary file is removed and
    an existing file at `out` is left untouched.
    """
    from reports.pdf import write_report

    out = Path(out)
    folder = out.parent
    if not folder.is_dir():
        code = errno.ENOTDIR if folder.exists() else errno.ENOENT
        raise OSError(code, os.strerror(code), str(out))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(out))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write_report(out=tmp, progress=progress, **report_args)
        if tmp.stat().st_size == 0:
            raise OSError(errno.EIO, "empty report", str(out))
        os.replace(tmp, out)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    return str(out)
