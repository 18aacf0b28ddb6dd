"""Settings: display language (switched live), advisor mode and the advisor's profile (name,
organisation, logo for the PDF). Every change is saved at once; "Fermer" only closes."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ui import errors
from ui.dialog_body import grow_to_fit, scrolling_body
from ui.settings_storage import StorageSection
from ui.settings_signing import SigningBox
from ui.widgets import LanguageBox, Retranslatable, label


class SettingsDialog(Retranslatable, QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("settingsDialog")
        self._loading = True
        outer, layout = scrolling_body(self)   # sections scroll on a short screen (150 %)

        # Language.
        lang_form = QFormLayout()
        lang_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = LanguageBox(session.language)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        lang_form.addRow(self.language_label, self.language)
        layout.addLayout(lang_form)

        # Advisor.
        self.advisor_box = QGroupBox()
        box = QVBoxLayout(self.advisor_box)
        self.advisor_mode = QCheckBox()
        self.advisor_mode.setChecked(bool(session.settings.get("advisor_mode")))
        box.addWidget(self.advisor_mode)
        self.advisor_help = label(selectable=True, shrink=True)
        box.addWidget(self.advisor_help)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(160)
        self.logo_path = QLineEdit()
        self.logo_path.setReadOnly(True)
        self.choose_logo = QPushButton()
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton()
        self.remove_logo.clicked.connect(lambda: self.set_logo(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(8)
        self.name_label, self.organisation_label, self.logo_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.organisation_label.setBuddy(self.organisation)
        self.logo_label.setBuddy(self.choose_logo)
        form.addRow(self.name_label, self.name)
        form.addRow(self.organisation_label, self.organisation)
        form.addRow(self.logo_label, logo_row)
        form.addRow("", self.logo_preview)
        box.addLayout(form)
        layout.addWidget(self.advisor_box)
        self.signing_box = SigningBox(session)   # which certificate signs the reports
        layout.addWidget(self.signing_box)
        self.storage = StorageSection(session, self)   # set-aside copies (ui/settings_storage.py)
        layout.addWidget(self.storage)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        advisor = session.advisor() or {}
        self.name.setText(advisor.get("name", "") or "")
        self.organisation.setText(advisor.get("organisation", "") or "")
        self.logo_path.setText(advisor.get("logo_path", "") or "")
        for field in (self.name, self.organisation):
            field.setCursorPosition(0)   # a long name shows its start, not its end
        self._show_logo()
        self._update_enabled()
        self._retranslate()
        self._loading = False

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.advisor_mode.toggled.connect(self._advisor_mode_toggled)
        self.name.editingFinished.connect(self.save_advisor)
        self.organisation.editingFinished.connect(self.save_advisor)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Paramètres"))
        self.language_label.setText(self.tr("&Langue de l'application"))
        self.language.setAccessibleName(self.tr("Langue de l'application"))
        self.advisor_box.setTitle(self.tr("Conseiller"))
        self.advisor_mode.setText(self.tr("&Mode conseiller : je fais des diagnostics pour plusieurs entreprises"))
        self.advisor_mode.setAccessibleName(self.tr("Mode conseiller"))
        self.advisor_help.setText(self.tr(
            "En mode conseiller, l'accueil montre la liste de vos clients et votre nom, votre "
            "organisme et votre logo figurent sur les rapports PDF des diagnostics que vous menez."))
        self.name_label.setText(self.tr("&Nom"))
        self.name.setAccessibleName(self.tr("Nom du conseiller"))
        self.name.setPlaceholderText(self.tr("Prénom Nom"))
        self.organisation_label.setText(self.tr("&Organisme"))
        self.organisation.setAccessibleName(self.tr("Organisme du conseiller"))
        self.organisation.setPlaceholderText(self.tr("Par exemple : CCI, cabinet comptable…"))
        self.logo_label.setText(self.tr("Lo&go"))
        self.logo_path.setAccessibleName(self.tr("Fichier du logo"))
        self.logo_path.setPlaceholderText(self.tr("Aucun logo"))
        self.choose_logo.setText(self.tr("Choisir…"))
        self.choose_logo.setAccessibleName(self.tr("Choisir le fichier du logo"))
        self.remove_logo.setText(self.tr("Retirer"))
        self.remove_logo.setAccessibleName(self.tr("Retirer le logo"))
        self.close_button.setText(self.tr("Fermer"))

    # -- language -------------------------------------------------------------------------------

    def _language_chosen(self, _index: int) -> None:
        if not self._loading:
            self.session.set_language(self.language.language())

    # -- advisor --------------------------------------------------------------------------------

    def _advisor_mode_toggled(self, on: bool) -> None:
        self.session.settings.set("advisor_mode", bool(on))
        self._update_enabled()

    def _update_enabled(self) -> None:
        on = self.advisor_mode.isChecked()
        for w in (self.name, self.organisation, self.choose_logo, self.remove_logo, self.logo_path):
            w.setEnabled(on)

    def advisor_fields(self) -> dict:
        return {"name": self.name.text().strip(), "organisation": self.organisation.text().strip(),
                "logo_path": self.logo_path.text().strip()}

    def save_advisor(self) -> None:
        if self._loading:
            return
        fields = self.advisor_fields()
        current = self.session.advisor() or {}
        if all((current.get(k) or "") == v for k, v in fields.items()):
            return
        try:
            self.session.set_advisor(fields["name"], fields["organisation"], fields["logo_path"])
        except Exception as exc:  # noqa: BLE001 - the store says why; nothing else is lost
            errors.error(self, self.tr("Le profil de conseiller n'a pas été enregistré"),
                         str(exc), self.tr("Vérifiez l'espace disque et réessayez."))

    def pick_logo(self) -> None:
        start = self.logo_path.text() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choisir un logo"), start,
                                                self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.set_logo(chosen)

    def set_logo(self, path: str) -> bool:
        """Use an image file as the logo ("" removes it). Refuses what is not a readable image."""
        if path:
            reader = QImageReader(path)
            if not reader.canRead() or reader.format().data().decode().lower() not in ("png", "jpg", "jpeg"):
                errors.error(self, self.tr("Ce fichier ne peut pas servir de logo"),
                             self.tr("« %1 » n'est pas une image PNG ou JPEG lisible.").replace("%1", path),
                             self.tr("Choisissez une image PNG ou JPEG, par exemple exportée depuis votre site."))
                return False
        self.logo_path.setText(path)
        self._show_logo()
        self.save_advisor()
        return True

    def _show_logo(self) -> None:
        path = self.logo_path.text()
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.setVisible(False)
            return
        height = self.fontMetrics().height() * 3
        self.logo_preview.setPixmap(pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))
        self.logo_preview.setVisible(True)
        if self.isVisible():
            grow_to_fit(self)   # the logo shown whole, not as a strip

    # -- closing: whatever was typed is kept ------------------------------------------------------

    def done(self, result: int) -> None:
        self.save_advisor()
        super().done(result)
