"""How the data is protected when the system keychain cannot be used (issue 8).

`ask_storage` is the app's `ask` callback of desktop.workspace.open_workspace, which calls it
while it holds the data folder's lock:

- ASK_CHOOSE: the keychain is unavailable; the person chooses between a passphrase (typed twice,
  a minimum length) and continuing without encryption (a plain warning and an "I understand"
  box). Nothing is chosen for them: closing the dialog means "quit".
- ASK_UNLOCK / ASK_RETRY: the data is protected by a passphrase; type it (again).

The passphrase leaves the dialog only in the returned StorageChoice (whose repr hides it); the
fields are cleared as soon as it is read.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QRadioButton, QVBoxLayout, QWidget)

from desktop.workspace import ASK_CHOOSE, ASK_RETRY, MIN_PASSPHRASE, StorageChoice
from ui import errors
from ui.dialog_body import scrolling_body
from ui.passphrase_dialog import password_field
from ui.widgets import label


class StorageDialog(QDialog):
    def __init__(self, situation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.situation = situation
        self.setObjectName("storageDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        # the explanations scroll on a short screen (150 %); the buttons stay in view below
        outer, layout = scrolling_body(self)
        if situation == ASK_CHOOSE:
            self._build_choice(layout)
        else:
            self._build_unlock(layout)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("storageOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Quitter Boussole"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        if situation == ASK_CHOOSE:
            self.setWindowTitle(self.tr("Protection de vos données"))
            self.ok_button.setText(self.tr("Continuer"))
        else:
            self.setWindowTitle(self.tr("Phrase secrète"))
            self.ok_button.setText(self.tr("Ouvrir"))
        self._update()
        # Typing starts in the passphrase field: the choice offered first (and the only
        # thing to do when unlocking, at every start of a protected folder).
        self.passphrase.setFocus()

    # -- building ------------------------------------------------------------------------------

    def _build_choice(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr(
            "Le trousseau de clés de cet ordinateur (le coffre où le système range les mots de "
            "passe) n'est pas disponible. Boussole ne peut donc pas y ranger la clé qui "
            "chiffre vos diagnostics."), shrink=True))
        layout.addWidget(label(self.tr(
            "Vos réponses décrivent les points faibles d'une entreprise : mieux vaut les "
            "protéger. Choisissez comment continuer :"), shrink=True))

        self.use_passphrase = QRadioButton(self.tr("Protéger par une &phrase secrète"))
        self.use_passphrase.setObjectName("choosePassphrase")
        self.use_plaintext = QRadioButton(self.tr("Continuer &sans chiffrement"))
        self.use_plaintext.setObjectName("choosePlaintext")
        group = QButtonGroup(self)
        group.addButton(self.use_passphrase)
        group.addButton(self.use_plaintext)
        self.use_passphrase.setChecked(True)

        layout.addWidget(self.use_passphrase)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphrase = password_field("passphrase")
        self.confirmation = password_field("passphraseAgain")
        first = QLabel(self.tr("P&hrase secrète :"))
        first.setBuddy(self.passphrase)
        again = QLabel(self.tr("&Confirmez-la :"))
        again.setBuddy(self.confirmation)
        form.addRow(first, self.passphrase)
        form.addRow(again, self.confirmation)
        form.setContentsMargins(24, 0, 0, 0)
        layout.addLayout(form)
        self.problem = label("", "passphraseProblem", shrink=True)
        self.problem.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.problem)
        hint = label(self.tr(
            "Au moins {0} caractères : quelques mots faciles à retenir suffisent. Elle vous "
            "sera demandée à chaque ouverture de Boussole. Notez-la en lieu sûr : sans elle, "
            "personne ne pourra relire ces données, pas même vous.").format(MIN_PASSPHRASE), shrink=True)
        hint.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(hint)

        layout.addWidget(self.use_plaintext)
        self.plaintext_warning = label(self.tr(
            "Attention : vos diagnostics seront enregistrés en clair sur le disque. Toute "
            "personne qui accède à cet ordinateur, ou à son disque en cas de vol, pourra les "
            "lire. Ce choix sera mémorisé pour ce dossier de données."), "plaintextWarning",
            shrink=True)
        self.plaintext_warning.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.plaintext_warning)
        self.understood = QCheckBox(self.tr("&J'ai compris : mes données ne seront pas "
                                            "chiffrées"))
        self.understood.setStyleSheet("margin-left: 24px")
        self.understood.setObjectName("plaintextUnderstood")
        layout.addWidget(self.understood)

        for signal in (self.passphrase.textChanged, self.confirmation.textChanged):
            signal.connect(self._update)
        for button in (self.use_passphrase, self.use_plaintext, self.understood):
            button.toggled.connect(self._update)

    def _build_unlock(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr(
            "Vos données sont protégées par une phrase secrète. Saisissez-la pour les ouvrir."),
            shrink=True))
        self.problem = label("", "passphraseProblem", shrink=True)
        if self.situation == ASK_RETRY:
            self.problem.setText(self.tr(
                "Phrase secrète incorrecte. Vérifiez la disposition du clavier et la touche "
                "de verrouillage des majuscules, puis réessayez."))
        form = QFormLayout()
        self.passphrase = password_field("passphrase")
        caption = QLabel(self.tr("Phrase &secrète :"))
        caption.setBuddy(self.passphrase)
        form.addRow(caption, self.passphrase)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.passphrase.textChanged.connect(self._update)

    # -- state ---------------------------------------------------------------------------------

    def _update(self) -> None:
        if self.situation != ASK_CHOOSE:
            self.ok_button.setEnabled(bool(self.passphrase.text()))
            return
        with_passphrase = self.use_passphrase.isChecked()
        for widget in (self.passphrase, self.confirmation):
            widget.setEnabled(with_passphrase)
        self.understood.setEnabled(not with_passphrase)
        if with_passphrase:
            text, again = self.passphrase.text(), self.confirmation.text()
            problem = ""
            if text and len(text) < MIN_PASSPHRASE:
                problem = self.tr("Trop courte : {0} caractères sur {1} au minimum.").format(
                    len(text), MIN_PASSPHRASE)
            elif again and again != text:
                problem = self.tr("Les deux saisies sont différentes.")
            self.problem.setText(problem)
            self.ok_button.setEnabled(len(text) >= MIN_PASSPHRASE and again == text)
        else:
            self.problem.setText("")
            self.ok_button.setEnabled(self.understood.isChecked())

    def choice(self) -> StorageChoice:
        """What was chosen; reading it clears the fields."""
        if self.result() != QDialog.DialogCode.Accepted:
            answer = StorageChoice.cancel()
        elif self.situation == ASK_CHOOSE and self.use_plaintext.isChecked():
            answer = StorageChoice.plaintext()
        else:
            answer = StorageChoice.with_passphrase(self.passphrase.text())
        self.passphrase.clear()
        if self.situation == ASK_CHOOSE:
            self.confirmation.clear()
        return answer


def ask_storage(situation: str, parent: QWidget | None = None) -> StorageChoice:
    """desktop.workspace's `ask` callback: show the dialog and return the person's choice."""
    dialog = StorageDialog(situation, parent)
    dialog.exec()
    answer = dialog.choice()
    dialog.deleteLater()
    return answer


def explain_key_problem(exc: Exception, parent: QWidget | None = None) -> None:
    """Say why the key that protects the data could not be had (from desktop.workspace's
    KeyProblem or SecretsError, whose text says what to do). Nothing was changed."""
    title = QCoreApplication.translate("StorageDialog", "Impossible de déverrouiller vos données")
    text = QCoreApplication.translate(
        "StorageDialog", "Boussole n'a pas pu obtenir la clé qui protège vos données.")
    hint = QCoreApplication.translate(
        "StorageDialog", "Rien n'a été modifié ni effacé. Le détail ci-dessous indique "
        "comment retrouver l'accès : trousseau de clés, phrase secrète ou sauvegarde.")
    errors.error(parent, title, text, hint, str(exc))
