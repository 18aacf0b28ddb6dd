"""The business dialog: name, sector, staff band, postcode and city, with clear validation.

It creates a business, or edits one (`business=` a row of store.get_business): the fields
start filled, nothing of the stored text is cut, and only what changed is written."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from desktop.checkups import BUSINESS_FIELDS
from ui import errors, style
from ui.widgets import Retranslatable, label

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


def _utf16_length(text: str) -> int:
    """The length Qt counts (QLineEdit.maxLength): an emoji outside the BMP counts twice."""
    return len(text.encode("utf-16-le")) // 2


class BusinessDialog(Retranslatable, QDialog):
    """Create a business, or edit `business` (a store.get_business row). On success
    `business_id` holds the new or edited id, and `changed` the fields written (edit)."""

    def __init__(self, session, parent: QWidget | None = None, business: dict | None = None):
        super().__init__(parent)
        self.session = session
        self.business_id: str | None = business["id"] if business else None
        self.original: dict[str, str] | None = None
        self.changed: dict[str, str] = {}
        self._unset: list[QComboBox] = []   # combos given a "not specified" first item
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
                question = session.current_content.profile_question(profile_id)
            except KeyError:
                continue
            for option in question.options:
                combo.addItem(option.label.get(lang), option.id)
            if business is None:   # a new business: nothing chosen for the owner (issue 15)
                combo.insertItem(0, "", "")
                self._unset.append(combo)
                combo.setCurrentIndex(0)
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
        if business:
            self._fill(business)
        self._retranslate()
        self.name.setFocus()

    def _fill(self, business: dict) -> None:
        """Start from the stored business, exactly: no text cut, no option replaced."""
        self.original = {key: business.get(key) or "" for key in BUSINESS_FIELDS}
        for field, key in ((self.name, "name"), (self.postcode, "postcode"), (self.city, "city")):
            text = self.original[key]
            # setText would silently cut text longer than the field allows (older data,
            # imports): let this business keep what it has
            field.setMaxLength(max(field.maxLength(), _utf16_length(text)))
            field.setText(text)
        for combo, key in ((self.sector, "sector"), (self.staff, "staff_band")):
            value = self.original[key]
            index = combo.findData(value)
            if index < 0 and value:        # an option this content does not know: kept as is
                combo.addItem(value, value)
                index = combo.count() - 1
            elif index < 0:                # never given: stays unset unless chosen
                combo.insertItem(0, "", "")
                self._unset.append(combo)
                index = 0
            combo.setCurrentIndex(index)
        self.name.selectAll()

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
        if self.original is not None:
            # what the business already had is not refused again (a name imported longer than
            # the limit, say), so the other fields can still be corrected
            entered = {"name": name.strip(), "postcode": postcode.strip().upper(),
                       "city": city.strip()}
            problems = {key: problem for key, problem in problems.items()
                        if problem == "empty" or entered[key] != self.original[key]}
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
        values = {"name": name.strip(), "sector": self.sector.currentData() or "",
                  "staff_band": self.staff.currentData() or "",
                  "postcode": postcode.strip().upper(), "city": city.strip()}
        try:
            if self.original is None:
                self.business_id = self.session.create_business(**values)
            else:
                self.changed = {key: value for key, value in values.items()
                                if value != self.original[key]}
                if self.changed:
                    self.session.edit_business(self.business_id, **self.changed)
        except Exception as exc:  # noqa: BLE001 - the store explains
            errors.error(self, self.tr("L'entreprise n'a pas pu être enregistrée"), str(exc),
                         self.tr("Vérifiez la saisie et réessayez."))
            return
        super().accept()

    def _retranslate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.original is None:
            self.setWindowTitle(self.tr("Nouveau diagnostic"))
            self.heading.setText(self.tr("Pour quelle entreprise ?"))
            self.explain.setText(self.tr("Ces informations figurent sur le rapport. Seul le nom "
                                         "est obligatoire."))
            ok.setText(self.tr("Commencer"))
        else:
            self.setWindowTitle(self.tr("Modifier l'entreprise"))
            self.heading.setText(self.tr("Modifier l'entreprise"))
            self.explain.setText(self.tr("Les rapports de tous ses diagnostics, passés et à "
                                         "venir, reprennent ces informations. Seul le nom est "
                                         "obligatoire."))
            ok.setText(self.tr("Enregistrer"))
        for combo in self._unset:
            combo.setItemText(0, self.tr("Non précisé"))
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
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
