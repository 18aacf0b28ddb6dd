"""Slow work off the GUI thread: a worker with progress / finished / failed signals.

A `Worker` runs one function in its own QThread. The function receives a `progress(done, total)`
callback; whatever it returns is emitted with `finished`, and an exception becomes `failed`
with a message a person can act on (see `describe_error`). Receivers living in the GUI thread get
the signals through queued connections, so the window never freezes and never sleeps.

The PDF export runs desktop.report_job.run_report in a Worker: the same function as
`boussole-cli report`, writing the PDF atomically.
"""
from __future__ import annotations

import errno
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

_running: set = set()


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
        # Kept alive until its thread has ended, whoever drops the worker (a closed dialog).
        _running.add(self)
        thread.finished.connect(lambda: _running.discard(self))
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
        else:
            self.finished.emit(result)
        finally:
            # End the thread's event loop from inside: no round trip through the GUI thread.
            QThread.currentThread().quit()


def describe_error(exc: BaseException) -> str:
    """A message saying what happened and what to do, for the errors an export can meet."""
    from desktop.output_target import DATA_FILE, TargetRefused

    if isinstance(exc, TargetRefused):   # a path the export must not replace
        if exc.kind == DATA_FILE:
            return QCoreApplication.translate("Worker", "« %1 » est un fichier des données de "
                      "Boussole : le remplacer effacerait vos diagnostics enregistrés. "
                      "Choisissez un autre nom ou un autre dossier.").replace("%1", exc.filename)
        return QCoreApplication.translate("Worker", "« %1 » n'est pas un fichier ordinaire. "
                  "Choisissez un autre nom.").replace("%1", exc.filename)
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

