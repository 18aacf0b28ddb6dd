"""Export the checkup to PDF: edition (owner or partner), language, file; the PDF is written
in a worker thread with a visible progress bar, and the dialog says where it went or what failed
and what to do about it."""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QDialog, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QRadioButton, QVBoxLayout,
                               QWidget)

from ui import errors
from ui.dialog_body import fit as fit_dialog, grow_to_fit, scrolling_body
from ui.widgets import LanguageBox, Retranslatable, label
from ui.workers import Worker

EDITIONS = ("owner", "partner")


def safe_file_name(text: str) -> str:
    """A file name every system accepts: no slashes, colons, control characters or trailing dots."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
    return cleaned[:80] or "Boussole"


class ExportDialog(Retranslatable, QDialog):
    exported = Signal(str)       # the path written
    export_failed = Signal(str)  # what happened and what to do

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.worker: Worker | None = None
        self.last_path: str = ""
        self.setObjectName("exportDialog")
        self.setModal(True)

        # the body scrolls on a short screen (150 % with a taskbar): the buttons stay in view
        outer, layout = scrolling_body(self)

        # Edition.
        self.edition_box = QGroupBox()
        edition_layout = QVBoxLayout(self.edition_box)
        self.owner_radio = QRadioButton()
        self.owner_help = label(selectable=True, shrink=True)
        self.partner_radio = QRadioButton()
        self.partner_help = label(selectable=True, shrink=True)
        for w in (self.owner_help, self.partner_help):
            w.setContentsMargins(24, 0, 0, 6)
        self.editions = QButtonGroup(self)
        self.editions.addButton(self.owner_radio)
        self.editions.addButton(self.partner_radio)
        edition_layout.addWidget(self.owner_radio)
        edition_layout.addWidget(self.owner_help)
        edition_layout.addWidget(self.partner_radio)
        edition_layout.addWidget(self.partner_help)
        layout.addWidget(self.edition_box)
        edition = session.settings.get("last_edition")
        (self.partner_radio if edition == "partner" else self.owner_radio).setChecked(True)

        # Language and file.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = LanguageBox(session.language)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.path = QLineEdit()
        self.path.setMinimumWidth(260)
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path)
        form.addRow(self.path_label, file_row)
        layout.addLayout(form)

        # Progress and outcome.
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)    # the status line below says it in words
        self.progress.setMinimumHeight(max(8, self.fontMetrics().height() // 2))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = label(selectable=True, shrink=True)
        self.status.setObjectName("exportStatus")
        layout.addWidget(self.status)
        success_row = QHBoxLayout()
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self.open_folder_clicked)
        self.open_file = QPushButton()
        self.open_file.clicked.connect(self.open_file_clicked)
        for b in (self.open_folder, self.open_file):
            b.setVisible(False)
            success_row.addWidget(b)
        success_row.addStretch(1)
        layout.addLayout(success_row)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self._retranslate()
        self.path.setText(str(self.default_path()))
        self._auto_name = self.file_name()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.owner_radio.toggled.connect(self._edition_changed)
        self._fitted = False

    # -- texts ----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exporter le plan en PDF"))
        self.edition_box.setTitle(self.tr("Édition"))
        self.owner_radio.setText(self.tr("Édition &complète, pour vous"))
        self.owner_radio.setAccessibleName(self.tr("Édition complète, pour vous"))
        self.owner_help.setText(self.tr(
            "Tout le diagnostic : scores, réponses question par question, vos notes, les points "
            "critiques détaillés, le plan d'action et les questions à poser. À garder pour vous "
            "et votre prestataire."))
        self.partner_radio.setText(self.tr("Édition &partenaire, pour une banque ou un assureur"))
        self.partner_radio.setAccessibleName(self.tr("Édition partenaire, pour une banque ou un assureur"))
        self.partner_help.setText(self.tr(
            "Les scores, les niveaux de maturité, le plan d'action et son budget. Elle laisse de "
            "côté ce qui pourrait servir à vous attaquer : les réponses détaillées, vos notes, la "
            "liste des points critiques et les questions « je ne sais pas »."))
        self.language_label.setText(self.tr("&Langue du rapport"))
        self.language.setAccessibleName(self.tr("Langue du rapport"))
        self.path_label.setText(self.tr("&Fichier"))
        self.path.setAccessibleName(self.tr("Fichier PDF à écrire"))
        self.browse.setText(self.tr("Choisir…"))
        self.browse.setAccessibleName(self.tr("Choisir le dossier et le nom du fichier"))
        self.progress.setAccessibleName(self.tr("Progression de l'export"))
        self.open_folder.setText(self.tr("Ouvrir le dossier"))
        self.open_file.setText(self.tr("Ouvrir le PDF"))
        self.export_button.setText(self.tr("Exporter"))
        self.close_button.setText(self.tr("Fermer"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        if not self._fitted:
            self._fitted = True
            self.fit()
        super().showEvent(event)

    def fit(self) -> None:
        """Wide enough for the explanations to wrap on a few lines, as tall as they need
        within the screen (ui/dialog_body.py: beyond, the body scrolls)."""
        fm = self.fontMetrics()
        width = fm.averageCharWidth() * 78
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.92))
        self.resize(width, self.height())
        fit_dialog(self)

    # -- choices --------------------------------------------------------------------------------

    def edition(self) -> str:
        return "partner" if self.partner_radio.isChecked() else "owner"

    def set_edition(self, edition: str) -> None:
        (self.partner_radio if edition == "partner" else self.owner_radio).setChecked(True)

    def lang(self) -> str:
        return self.language.language()

    def set_lang(self, lang: str) -> None:
        self.language.set_language(lang)

    def target(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def set_target(self, path) -> None:
        self.path.setText(str(path))

    def folder(self) -> Path:
        remembered = self.session.settings.get("last_export_dir")
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = Path.home() / "Documents"
        return documents if documents.is_dir() else Path.home()

    def file_name(self) -> str:
        assessment = self.session.assessment()
        date = _dt.date.today().isoformat()
        if self.lang() == "en":
            kind = "partner" if self.edition() == "partner" else "full"
        else:
            kind = "partenaire" if self.edition() == "partner" else "complet"
        # a long business name is shortened, never the date or the edition after it
        name = safe_file_name(assessment.business.name)[:80 - len(f"Boussole  {date} {kind}")]
        return safe_file_name(f"Boussole {name} {date} {kind}") + ".pdf"

    def default_path(self) -> Path:
        return self.folder() / self.file_name()

    def _renamed_default(self) -> None:
        """Follow edition and language in the file name, unless the user typed their own."""
        current = self.target()
        if current.name == self._auto_name:
            self.path.setText(str(current.parent / self.file_name()))
        self._auto_name = self.file_name()

    def _edition_changed(self, *_args) -> None:
        self._renamed_default()

    def _language_changed(self, *_args) -> None:
        self._renamed_default()

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le PDF"), str(self.target()),
                                                self.tr("Documents PDF (*.pdf)"))
        if chosen:
            if not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
            self.path.setText(chosen)

    # -- the export -----------------------------------------------------------------------------

    def start_export(self) -> Worker | None:
        if self.worker is not None and self.worker.is_running():
            return self.worker
        target = self.target()
        if not self.path.text().strip() or target.name in ("", "."):
            self._failed(self.tr("Aucun fichier n'est choisi. Cliquez sur « Choisir… » pour "
                                 "indiquer où enregistrer le PDF."))
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
            self.path.setText(str(target))
        session = self.session
        request = session.report_request(target, self.edition(), self.lang())
        self._set_busy(True)
        self.status.setText(self.tr("Export en cours…"))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        for b in (self.open_folder, self.open_file):
            b.setVisible(False)
        from desktop.report_job import run_report

        worker = Worker(run_report, session.content, request)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self.worker = worker
        worker.start()
        return worker

    def _set_busy(self, busy: bool) -> None:
        for w in (self.edition_box, self.language, self.path, self.browse, self.export_button,
                  self.close_button):
            w.setEnabled(not busy)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)   # busy indicator

    def _finished(self, written) -> None:
        path = str(written)   # desktop.report_job.run_report returns the Path it wrote
        self._set_busy(False)
        self.last_path = path
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        settings = self.session.settings
        settings.set("last_export_dir", str(Path(path).parent))
        settings.set("last_edition", self.edition())
        self.status.setText(self.tr("Le PDF est enregistré : %1").replace("%1", path))
        self.status.setAccessibleName(self.status.text())
        for b in (self.open_folder, self.open_file):
            b.setVisible(True)
        grow_to_fit(self)   # the result line and its buttons take room: nothing is squeezed
        self.close_button.setFocus()
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        self.status.setText(message)
        grow_to_fit(self)
        self.export_failed.emit(message)
        errors.error(self, self.tr("L'export a échoué"), message)

    def open_folder_clicked(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.last_path).parent)))

    def open_file_clicked(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_path))

    # -- closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.worker is not None and self.worker.is_running():
            self.status.setText(self.tr("Export en cours : patientez quelques secondes."))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self.worker is not None and self.worker.is_running():
            event.ignore()
            return
        super().closeEvent(event)
