"""Move a client between an advisor's laptops without a terminal: export a checkup to a
passphrase-protected file (here), import such a file or a plain one (ui/import_job.py).

- ExportFileDialog: which checkup (the latest is chosen; an older one can be picked, so the
  history that shows progress can follow the client), where, and a new passphrase typed twice
  with its strength. The file is written by a Worker: the key derivation (scrypt) takes a
  noticeable moment and must not freeze the window.

The use case is desktop.checkups' write_assessment_file, with the checkup from the session;
nothing here touches the store.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.checkups import write_assessment_file
from ui import errors
from ui.dates import format_date
from ui.export_dialog import safe_file_name
from ui.passphrase_dialog import NewPassphraseForm
from ui.widgets import Retranslatable, label
from ui.workers import Worker

SUFFIX = ".boussole"


def default_folder(settings) -> Path:
    """The folder of the last transfer file, else Documents, else the home folder."""
    remembered = settings.get("last_transfer_dir")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def breakable(text: str) -> str:
    """A path that wraps at its slashes (a zero-width space after each) instead of widening
    the dialog past the screen."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b")


def _write(assessment, target: Path, passphrase: str, progress) -> str:
    progress(0, 0)                      # no steps to count: a busy indicator
    write_assessment_file(assessment, target, passphrase)
    return str(target)


class ExportFileDialog(Retranslatable, QDialog):
    exported = Signal(str)        # the path written
    export_failed = Signal(str)   # what happened and what to do

    def __init__(self, session, business_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.business = session.business(business_id)
        self.checkups = list(reversed(session.history(business_id)))   # the latest first
        self.worker: Worker | None = None
        self.busy = False             # a file is being written
        self.last_path = ""
        self.setObjectName("exportFileDialog")
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.intro = label("", "", self, shrink=True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.checkup_box = QComboBox(self)
        self.checkup_box.setObjectName("transferCheckup")
        self.checkup_label = QLabel(self)
        self.checkup_label.setBuddy(self.checkup_box)
        form.addRow(self.checkup_label, self.checkup_box)
        self.path = QLineEdit(self)
        self.path.setObjectName("transferPath")
        self.path.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        self.browse = QPushButton(self)   # Enter on it browses (autoDefault, as in any dialog)
        self.browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path)
        form.addRow(self.path_label, row)
        self.secret = NewPassphraseForm(self)
        self.secret.add_rows(form)
        self.secret.changed.connect(self._update)
        self.secret.changed.connect(self._fit_later)
        layout.addLayout(form)
        self.advice = label("", "muted", self, shrink=True)
        layout.addWidget(self.advice)

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = label("", "transferStatus", self, selectable=True)
        layout.addWidget(self.status)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("transferExport")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        for row_ in self.checkups:
            self.checkup_box.addItem(self._caption(row_), row_["id"])
        self.checkup_box.setEnabled(len(self.checkups) > 1)
        self._auto_name = self.file_name()
        self.path.setText(str(default_folder(session.settings) / self._auto_name))
        self.checkup_box.currentIndexChanged.connect(self._checkup_changed)
        self.path.textChanged.connect(self._update)
        self._retranslate()
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 72,
                                 int(self.screen().availableGeometry().width() * 0.92)))
        self.secret.first.setFocus()

    def _caption(self, row: dict) -> str:
        date = format_date(row.get("completed_at") or row.get("started_at"))
        completion = round(row.get("completion") or 0)
        if row.get("completed_at"):
            return self.tr("Diagnostic du {0} — terminé, {1} % répondu").format(date, completion)
        return self.tr("Diagnostic du {0} — en cours, {1} % répondu").format(date, completion)

    def _fit_later(self) -> None:
        QTimer.singleShot(0, self, self.fit)   # not after the dialog is gone

    def fit(self) -> None:
        """Grow to show every line of the texts that changed (advice, problems, outcome):
        a dialog never cuts its own text."""
        layout = self.layout()
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(width, needed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.fit()

    def _retranslate(self) -> None:
        name = self.business.get("name", "")
        self.setWindowTitle(self.tr("Exporter vers un fichier chiffré"))
        self.intro.setText(self.tr(
            "Pour reprendre le diagnostic de « {0} » sur un autre ordinateur : le fichier est "
            "chiffré, personne ne peut le lire sans sa phrase secrète.").format(name))
        self.advice.setText(self.tr(
            "Transmettez la phrase secrète autrement que le fichier (de vive voix, par "
            "téléphone) ; sans elle, le fichier ne peut pas être ouvert, pas même par vous."))
        self.checkup_label.setText(self.tr("&Diagnostic :"))
        self.checkup_box.setAccessibleName(self.tr("Diagnostic à exporter"))
        for i, row_ in enumerate(self.checkups):
            self.checkup_box.setItemText(i, self._caption(row_))
        self.path_label.setText(self.tr("&Fichier :"))
        self.path.setAccessibleName(self.tr("Fichier à écrire"))
        self.browse.setText(self.tr("Choisir…"))
        self.browse.setAccessibleName(self.tr("Choisir le dossier et le nom du fichier"))
        self.progress.setAccessibleName(self.tr("Export en cours"))
        self.export_button.setText(self.tr("Exporter"))
        self.close_button.setText(self.tr("Fermer"))
        self.secret.retranslate()

    # -- choices --------------------------------------------------------------------------------

    def checkup_id(self) -> str | None:
        return self.checkup_box.currentData()

    def file_name(self) -> str:
        row = self.checkups[max(0, self.checkup_box.currentIndex())] if self.checkups else {}
        date = (row.get("started_at") or _dt.date.today().isoformat())[:10]
        return safe_file_name(f"{self.business.get('name', '')} {date}") + SUFFIX

    def target(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def set_target(self, path) -> None:
        self.path.setText(str(path))

    def _checkup_changed(self, *_args) -> None:
        """Follow the checkup's date in the file name, unless the person typed their own."""
        current = self.target()
        if current.name == self._auto_name:
            self.path.setText(str(current.parent / self.file_name()))
        self._auto_name = self.file_name()

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le fichier chiffré"), str(self.target()),
            self.tr("Diagnostics Boussole (*.boussole)"))
        if chosen:
            self.path.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def _update(self) -> None:
        ready = bool(self.checkups) and bool(self.path.text().strip()) \
            and self.secret.passphrase() is not None
        self.export_button.setEnabled(ready and not self.busy)

    # -- the export -----------------------------------------------------------------------------

    def start_export(self) -> Worker | None:
        passphrase = self.secret.passphrase()
        if passphrase is None or not self.checkups or self.busy:
            return None
        target = self.target()
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
            self.path.setText(str(target))
        try:
            assessment = self.session.export_assessment(self.checkup_id())
        except Exception as exc:  # noqa: BLE001 - the store said what is wrong
            self._failed_with(self.tr("Ce diagnostic n'a pas pu être lu : {0}").format(exc))
            return None
        self.worker = Worker(_write, assessment, target, passphrase)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self._set_busy(True)
        self.status.setText(self.tr("Chiffrement en cours…"))
        self.worker.start()
        return self.worker

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.path, self.browse, self.close_button, *self.secret.widgets()):
            widget.setEnabled(not busy)
        self.checkup_box.setEnabled(not busy and len(self.checkups) > 1)
        self.progress.setRange(0, 0 if busy else 1)
        self.progress.setVisible(busy)
        self._update()

    def _finished(self, written: str) -> None:
        self.last_path = written
        self.secret.clear()
        self._set_busy(False)
        self.session.settings.set("last_transfer_dir", str(Path(written).parent))
        self.status.setText(self.tr("Le fichier chiffré est enregistré : {0}").format(
            breakable(written)))
        self.status.setAccessibleName(self.tr("Le fichier chiffré est enregistré : {0}").format(
            written))
        self._fit_later()
        self.close_button.setFocus()
        self.exported.emit(written)

    def _failed(self, _message: str) -> None:
        exc = self.worker.error if self.worker is not None else None
        if isinstance(exc, OSError):
            where = Path(exc.filename).parent if exc.filename else self.target().parent
            text = self.tr("Le fichier n'a pas pu être écrit dans « {0} » ({1}). Choisissez un "
                           "autre dossier, ou une clé USB qui a de la place, puis "
                           "recommencez.").format(where, exc.strerror or exc)
        else:
            text = self.tr("Le fichier n'a pas pu être écrit : {0}").format(exc)
        self._failed_with(text)

    def _failed_with(self, text: str) -> None:
        self._set_busy(False)
        self.status.setText(breakable(text))
        self._fit_later()
        self.export_failed.emit(text)
        errors.error(self, self.tr("L'export a échoué"), text,
                     self.tr("Le diagnostic est intact dans Boussole."))

    def reject(self) -> None:
        if self.busy:
            return                 # a few tenths of a second: the file must be whole or absent
        self.secret.clear()
        super().reject()
