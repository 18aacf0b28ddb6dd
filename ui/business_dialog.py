"""The business dialog: name, sector, staff band, postcode and city, with clear validation."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from ui import errors, style
from ui.widgets import label

NAME_MAX = 120
POSTCODE = re.compile(r"^(\d{5}|2[AB]\d{3})$")   # French postcodes, Corsica's old 2A/2B too


def validate(name: str, postcode: str, city: str) -> dict[str, str]:
    """Field -> message for every problem (empty when all is well). Untranslated keys."""
    problems = {}
    if not name.strip():
        problems["name"] = "empty"
    elif len(name.strip()) > NAME_MAX:
        problems["name"] = "long"
    if postcode.strip() and not POSTCODE.match(postcode.strip().upper()):
        problems["postcode"] = "format"
    if len(city.strip()) > 80:
        problems["city"] = "long"
    return problems


class BusinessDialog(QDialog):
    """Create a business. On success `business_id` holds the new id."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.business_id: str | None = None
        self.setObjectName("businessDialog")
        self.setModal(True)
        self.setMinimumWidth(480)
        lang = session.language
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        self.heading = label("", "sectionTitle", self)
        column.addWidget(self.heading)
        self.explain = label("", "muted", self)
        column.addWidget(self.explain)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(14)
        self.name = QLineEdit(self)
        self.name.setObjectName("businessName")
        self.name.setMaxLength(NAME_MAX + 20)
        self.name_error = self._error_label()
        self.sector = QComboBox(self)
        self.sector.setObjectName("businessSector")
        self.staff = QComboBox(self)
        self.staff.setObjectName("businessStaff")
        for combo, profile_id in ((self.sector, "sector"), (self.staff, "staff")):
            try:
                question = session.content.profile_question(profile_id)
            except KeyError:
                continue
            for option in question.options:
                combo.addItem(option.label.get(lang), option.id)
            default = question.default if isinstance(question.default, str) else ""
            index = combo.findData(default)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.postcode = QLineEdit(self)
        self.postcode.setObjectName("businessPostcode")
        self.postcode.setMaxLength(5)
        self.postcode_error = self._error_label()
        self.city = QLineEdit(self)
        self.city.setObjectName("businessCity")
        self.city.setMaxLength(80)
        self.labels = {}
        for key, widget, error in (("name", self.name, self.name_error),
                                   ("sector", self.sector, None), ("staff", self.staff, None),
                                   ("postcode", self.postcode, self.postcode_error),
                                   ("city", self.city, None)):
            caption = QLabel(self)
            caption.setBuddy(widget)
            self.labels[key] = caption
            form.addRow(caption, widget)
            if error is not None:
                form.addRow("", error)
        column.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setProperty("primary", True)
        ok.setDefault(True)
        style.repolish(ok)
        column.addWidget(self.buttons)
        self.name.textChanged.connect(lambda _t: self._clear(self.name, self.name_error))
        self.postcode.textChanged.connect(lambda _t: self._clear(self.postcode, self.postcode_error))
        self._retranslate()
        self.name.setFocus()

    def _error_label(self) -> QLabel:
        error = label("", "fieldError", self)
        error.setVisible(False)
        return error

    def _clear(self, field: QLineEdit, error: QLabel) -> None:
        if error.isVisible():
            error.setVisible(False)
            field.setProperty("invalid", False)
            style.repolish(field)

    def _flag(self, field: QLineEdit, error: QLabel, message: str) -> None:
        error.setText(message)
        error.setVisible(True)
        field.setProperty("invalid", True)
        field.setAccessibleDescription(message)
        style.repolish(field)

    def accept(self) -> None:
        name, postcode, city = self.name.text(), self.postcode.text(), self.city.text()
        problems = validate(name, postcode, city)
        messages = {
            ("name", "empty"): self.tr("Indiquez le nom de l'entreprise."),
            ("name", "long"): self.tr("Le nom est trop long ({0} caractères au plus).").format(NAME_MAX),
            ("postcode", "format"): self.tr("Le code postal compte 5 chiffres, par exemple 69003."),
        }
        first = None
        for key, field, error in (("name", self.name, self.name_error),
                                  ("postcode", self.postcode, self.postcode_error)):
            if key in problems:
                self._flag(field, error, messages[(key, problems[key])])
                first = first or field
        if first is not None:
            first.setFocus()
            return
        try:
            self.business_id = self.session.store.create_business(
                name.strip(), self.sector.currentData() or "", self.staff.currentData() or "",
                postcode.strip().upper(), city.strip())
        except Exception as exc:  # noqa: BLE001 - the store explains
            errors.error(self, self.tr("L'entreprise n'a pas pu être enregistrée"), str(exc),
                         self.tr("Vérifiez la saisie et réessayez."))
            return
        super().accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nouveau diagnostic"))
        self.heading.setText(self.tr("Pour quelle entreprise ?"))
        self.explain.setText(self.tr("Ces informations figurent sur le rapport. Seul le nom est "
                                     "obligatoire."))
        self.labels["name"].setText(self.tr("&Nom de l'entreprise"))
        self.labels["sector"].setText(self.tr("&Secteur"))
        self.labels["staff"].setText(self.tr("&Effectif"))
        self.labels["postcode"].setText(self.tr("&Code postal"))
        self.labels["city"].setText(self.tr("&Ville"))
        self.name.setAccessibleName(self.tr("Nom de l'entreprise"))
        self.sector.setAccessibleName(self.tr("Secteur"))
        self.staff.setAccessibleName(self.tr("Effectif"))
        self.postcode.setAccessibleName(self.tr("Code postal"))
        self.city.setAccessibleName(self.tr("Ville"))
        self.name.setPlaceholderText(self.tr("ex. Boulangerie Martin"))
        self.postcode.setPlaceholderText("69003")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Commencer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
