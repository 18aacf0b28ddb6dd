"""Import assessment files into the app, one after the other, without a terminal: a protected
file's header is checked, then its passphrase asked (again after a wrong one, saying so); the
file is read and decrypted by a Worker (scrypt takes a noticeable moment); a checkup already
here is never overwritten (the message names its business and date); every other outcome is
said in words. Started by the home page (ui/home_transfer.py): "Importer…", or files dropped.

The use cases are desktop.checkups' (is_protected_file, check_protected_file,
read_assessment_file) and the session's (stored_copy, import_assessment); nothing here touches
the store.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.checkups import (CannotReadFile, DamagedFile, NewerFile, OtherContentVersion,
                              WrongPassphrase, check_protected_file, is_protected_file,
                              read_assessment_file)
from ui import errors
from ui.dates import format_date
from ui.passphrase_dialog import ask_file_passphrase
from ui.workers import Worker


def _read(path: Path, content, passphrase: str | None, progress):
    progress(0, 0)
    return read_assessment_file(path, content, lambda: passphrase or "")


class ImportJob(QObject):
    """Import `paths` one after the other (see the module's docstring); `start()`, then
    `finished` once every file is handled."""

    imported = Signal(str, str)    # checkup id, business id
    finished = Signal()            # every file handled

    def __init__(self, session, parent: QWidget, paths: list):
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.queue = [Path(p) for p in paths]
        self.worker: Worker | None = None
        self.current: Path | None = None

    def start(self) -> None:
        self._next()

    def _next(self, problem: str = "") -> None:
        if not problem:
            if not self.queue:
                self.finished.emit()
                return
            self.current = self.queue.pop(0)
        passphrase = None
        if is_protected_file(self.current):
            try:
                check_protected_file(self.current)       # no passphrase opens a damaged one
            except Exception as exc:  # noqa: BLE001 - each kind is explained
                self._cannot_import(exc)
                return
            passphrase = ask_file_passphrase(self.parent_widget, self.current.name, problem)
            if passphrase is None:                    # cancelled: this file is left alone
                self._next()
                return
        self.worker = Worker(_read, self.current, self.session.content, passphrase)
        self.worker.finished.connect(self._read_done)
        self.worker.failed.connect(self._read_failed)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.worker.start()

    def _read_failed(self, _message: str) -> None:
        QApplication.restoreOverrideCursor()
        exc = self.worker.error
        if isinstance(exc, WrongPassphrase):
            self._next(self.tr(
                "Cette phrase secrète n'ouvre pas le fichier. Vérifiez les majuscules et la "
                "disposition du clavier, puis réessayez. Si elle est juste, le fichier a été "
                "abîmé pendant le transfert : demandez un nouvel export."))
            return
        self._cannot_import(exc)

    def _cannot_import(self, exc: BaseException | None) -> None:
        errors.error(self.parent_widget, self.tr("Import impossible"),
                     self.tr("« {0} » n'a pas été importé.").format(self.current.name),
                     self._explain(exc), str(exc))
        self._next()

    def _explain(self, exc: BaseException | None) -> str:
        if isinstance(exc, CannotReadFile):
            return self.tr("Le fichier ne peut pas être ouvert (déplacé, supprimé, ou sur une "
                           "clé USB retirée ?). Vérifiez qu'il est accessible, puis réessayez.")
        if isinstance(exc, NewerFile):
            return self.tr("Il a été écrit par une version plus récente de Boussole. Mettez "
                           "Boussole à jour sur cet ordinateur, puis importez-le de nouveau.")
        if isinstance(exc, OtherContentVersion) and exc.newer:
            return self.tr("Il a été fait avec une version plus récente du questionnaire "
                           "({0}) que celle de ce Boussole ({1}). Mettez Boussole à jour sur "
                           "cet ordinateur, puis importez-le de nouveau.").format(
                               exc.file_version, exc.this_version)
        if isinstance(exc, OtherContentVersion):
            return self.tr("Il a été fait avec une version du questionnaire ({0}) que ce "
                           "Boussole ({1}) n'a pas. Gardez-le sur l'ordinateur d'origine."
                           ).format(exc.file_version, exc.this_version)
        if isinstance(exc, DamagedFile):
            return self.tr("Il est abîmé, ou ce n'est pas un diagnostic Boussole. Demandez un "
                           "nouvel export à la personne qui vous l'a envoyé.")
        return self.tr("Son contenu n'est pas cohérent (détails ci-dessous). Demandez un "
                       "nouvel export ; rien n'a été modifié dans Boussole.")

    def _read_done(self, assessment) -> None:
        QApplication.restoreOverrideCursor()
        name = assessment.business.name
        try:
            existing = self.session.stored_copy(assessment)
            if existing is None:
                checkup_id = self.session.import_assessment(assessment)
        except Exception as exc:  # noqa: BLE001 - the store said what is wrong
            errors.error(self.parent_widget, self.tr("Import impossible"),
                         self.tr("« {0} » n'a pas été importé.").format(self.current.name),
                         self.tr("Rien n'a été modifié dans Boussole."), str(exc))
            self._next()
            return
        if existing is not None:
            self._say_already_here(existing)
        else:
            self.imported.emit(checkup_id, assessment.business.id)
            errors.info(self.parent_widget, self.tr("Diagnostic importé"),
                        self.tr("Le diagnostic du {0} de « {1} » est importé.").format(
                            format_date(assessment.started_at), name),
                        self.tr("Il figure dans la liste des entreprises."))
        self._next()

    def _say_already_here(self, existing: dict) -> None:
        date = format_date(existing.get("started_at"))
        text = self.tr("Le diagnostic du {0} de « {1} » est déjà dans Boussole.").format(
            date, existing["business_name"])
        if existing["identical"]:
            hint = self.tr("Il est identique à celui du fichier : il n'y a rien à importer.")
        else:
            hint = self.tr("Celui de Boussole a des réponses différentes de celles du fichier. "
                           "Boussole ne remplace jamais un diagnostic existant : rien n'a été "
                           "modifié.")
        errors.info(self.parent_widget, self.tr("Déjà importé"), text, hint)
