"""Passphrases of assessment files: a hidden field, a "show" box, a strength meter, the form
that chooses a new passphrase (typed twice, its strength shown as it is typed) and the dialog
that asks for a protected file's passphrase on import (again, saying so, after a wrong one).

Everything works from the keyboard: each field and the "show" box have a mnemonic (Alt+letter),
Enter accepts, Escape cancels. A passphrase leaves these widgets only through `passphrase()`
and `ask_file_passphrase()`; the fields are cleared as soon as it is read.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QProgressBar, QVBoxLayout, QWidget)

from desktop.checkups import MIN_PASSPHRASE
from desktop.passphrase_strength import (COMMON, FEW_WORDS, PATTERN, REPEATED, SHORT, STRONG,
                                         Strength, estimate)
from ui import style
from ui.widgets import Retranslatable, label

LEVEL_COLOURS = (style.BAD, style.BAD, style.WARN, style.GOOD, style.GOOD)


def password_field(object_name: str) -> QLineEdit:
    """A line edit whose text is hidden and kept from input methods' predictions."""
    field = QLineEdit()
    field.setObjectName(object_name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                              | Qt.InputMethodHint.ImhNoPredictiveText
                              | Qt.InputMethodHint.ImhSensitiveData)
    return field


class ShowToggle(QCheckBox):
    """"Show the passphrase": switches its fields between hidden and readable text."""

    def __init__(self, fields: list[QLineEdit], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("showPassphrase")
        self._fields = fields
        self.toggled.connect(self._apply)
        self.setText(self.tr("&Afficher la phrase secrète"))

    def _apply(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)


class StrengthMeter(Retranslatable, QWidget):
    """A bar in five steps and a sentence: how hard the passphrase is to guess, and what to
    change (desktop.passphrase_strength)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, STRONG)
        self.bar.setTextVisible(False)       # the sentence below says it in words
        self.bar.setMinimumHeight(max(6, self.fontMetrics().height() // 3))
        self.text = label("", "strengthText", self)
        layout.addWidget(self.bar)
        layout.addWidget(self.text)
        self.strength: Strength | None = None
        self._retranslate()

    def set_strength(self, strength: Strength | None) -> None:
        self.strength = strength
        self._retranslate()

    def _retranslate(self) -> None:
        strength = self.strength
        if strength is None:
            self.bar.setValue(0)
            self.text.setText(self.tr("Quatre ou cinq mots choisis au hasard font une phrase "
                                      "secrète solide et facile à retenir."))
        else:
            self.bar.setValue(strength.level)
            self.bar.setStyleSheet(
                f"QProgressBar::chunk {{ background: {LEVEL_COLOURS[strength.level]}; }}")
            self.text.setText(self.describe(strength))
        self.bar.setAccessibleName(self.text.text())

    def describe(self, strength: Strength) -> str:
        levels = (self.tr("refusée"), self.tr("faible"), self.tr("moyenne"), self.tr("bonne"),
                  self.tr("très bonne"))
        advice = {
            SHORT: self.tr("Trop courte : au moins {0} caractères.").format(MIN_PASSPHRASE),
            COMMON: self.tr("Trop courante : c'est l'une des premières qu'on essaie."),
            PATTERN: self.tr("Évitez les suites du clavier et les répétitions "
                             "(azerty, 1234, aaaa)."),
            FEW_WORDS: self.tr("Ajoutez des mots : quatre mots choisis au hasard font une "
                               "bonne phrase secrète."),
            REPEATED: self.tr("Évitez de répéter le même mot."),
        }
        said = advice[strength.problems[0]] if strength.problems else self.tr(
            "Difficile à deviner.")
        return self.tr("Force : {0}. {1}").format(levels[strength.level], said)


class NewPassphraseForm(QObject):
    """Choose a passphrase: typed twice, shown on request, its strength said as it is typed.
    Its rows go into the dialog's own form (`add_rows`), so every label lines up.
    `passphrase()` is the text once it is acceptable and both entries match, else None."""

    changed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.first = password_field("passphrase")
        self.again = password_field("passphraseAgain")
        self.first_label = QLabel(parent)
        self.first_label.setBuddy(self.first)
        self.again_label = QLabel(parent)
        self.again_label.setBuddy(self.again)
        self.show_box = ShowToggle([self.first, self.again], parent)
        self.meter = StrengthMeter(parent)
        self.problem = label("", "fieldError", parent)
        self.problem.setVisible(False)
        for field in (self.first, self.again):
            field.textChanged.connect(self._update)
        self.retranslate()

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.first_label, self.first)
        form.addRow("", self.meter)
        form.addRow(self.again_label, self.again)
        form.addRow("", self.problem)
        form.addRow("", self.show_box)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.first, self.again, self.show_box)

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("P&hrase secrète :"))
        self.again_label.setText(self.tr("&Confirmez-la :"))
        self.first.setAccessibleName(self.tr("Phrase secrète"))
        self.again.setAccessibleName(self.tr("Phrase secrète, une seconde fois"))
        self.show_box.setText(self.tr("&Afficher la phrase secrète"))
        self.meter._retranslate()
        self._update()

    def _update(self) -> None:
        text, again = self.first.text(), self.again.text()
        strength = estimate(text) if text else None
        self.meter.set_strength(strength)
        problem = ""
        if again and again != text:
            problem = self.tr("Les deux saisies sont différentes.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.changed.emit()

    def passphrase(self) -> str | None:
        text = self.first.text()
        if not text or text != self.again.text() or not estimate(text).acceptable:
            return None
        return text

    def clear(self) -> None:
        self.first.clear()
        self.again.clear()


class PassphraseDialog(QDialog):
    """Ask for the passphrase of a protected file; `problem` says why it is asked again."""

    def __init__(self, file_name: str, problem: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filePassphraseDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Fichier protégé"))
        layout = QVBoxLayout(self)
        self.message = label(self.tr(
            "Le fichier « {0} » est protégé par une phrase secrète. Saisissez celle qui a été "
            "choisie lors de l'export.").format(file_name), "", self, shrink=True)
        layout.addWidget(self.message)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.field = password_field("filePassphrase")
        self.field.setAccessibleName(self.tr("Phrase secrète du fichier {0}").format(file_name))
        caption = QLabel(self.tr("P&hrase secrète :"), self)
        caption.setBuddy(self.field)
        form.addRow(caption, self.field)
        self.show_box = ShowToggle([self.field], self)
        form.addRow("", self.show_box)
        layout.addLayout(form)
        self.problem = label(problem, "fieldError", self, shrink=True)
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("filePassphraseOk")
        self.ok_button.setText(self.tr("Ouvrir"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.ok_button.setEnabled(False)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.field.setFocus()

    def passphrase(self) -> str | None:
        """What was typed (None when cancelled); reading it clears the field."""
        answer = self.field.text() if self.result() == QDialog.DialogCode.Accepted else None
        self.field.clear()
        return answer or None


def ask_file_passphrase(parent: QWidget | None, file_name: str, problem: str = "") -> str | None:
    """The passphrase of a protected file, or None when the person cancels."""
    dialog = PassphraseDialog(file_name, problem, parent)
    dialog.exec()
    answer = dialog.passphrase()
    dialog.deleteLater()
    return answer
