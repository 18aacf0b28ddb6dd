"""Settings, "Signature des rapports": which certificate signs the PDFs, and loading an
advisor's own (a PKCS#12 file and its password, e.g. from their chamber's certification
authority). The work is desktop.signing_keys' (through the session); this box only asks, shows
and translates what went wrong."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QInputDialog, QLineEdit,
                               QVBoxLayout, QWidget)

from ui import errors
from ui.widgets import Retranslatable, button, label


class SigningBox(Retranslatable, QGroupBox):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("signingBox")
        box = QVBoxLayout(self)
        # Never squeezed below their text: the dialog is tall already at 150 % on a laptop.
        self.help = label(selectable=True)
        self.status = label(selectable=True, name="signingStatus")
        box.addWidget(self.help)
        box.addWidget(self.status)
        row = QHBoxLayout()
        self.load_button = button(name="loadCertificate")
        self.load_button.clicked.connect(self.pick_file)
        self.remove_button = button(name="removeCertificate")
        self.remove_button.clicked.connect(self.remove)
        for b in (self.load_button, self.remove_button):
            # Enter on them presses them, not the dialog's "Fermer" (its named default)
            b.setAutoDefault(True)
        row.addWidget(self.load_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Signature des rapports"))
        self.help.setText(self.tr(
            "Les rapports PDF sont signés : une banque peut vérifier qui les a produits et "
            "qu'ils n'ont pas été modifiés. Vous pouvez utiliser votre propre certificat "
            "(.p12, .pfx)."))
        self.load_button.setText(self.tr("Charger un certificat…"))
        self.load_button.setAccessibleName(self.tr("Charger un certificat de signature"))
        self.remove_button.setText(self.tr("Ne plus l'utiliser"))
        self.remove_button.setAccessibleName(self.tr("Ne plus utiliser ce certificat"))
        self.refresh()

    def _date(self, when) -> str:
        locale = QLocale(QLocale.Language.English if self.session.language == "en"
                         else QLocale.Language.French)
        return locale.toString(QDate(when.year, when.month, when.day),
                               QLocale.FormatType.ShortFormat)

    def refresh(self) -> None:
        signing = self.session.signing()
        try:
            info = signing.own_certificate() if signing is not None else None
        except Exception as exc:  # noqa: BLE001 - SigningKeyError: the stored file no longer opens
            info = None
            self.status.setText(self.tr("Le certificat chargé auparavant ne peut plus être "
                                        "ouvert : chargez-le de nouveau.") + f" ({exc})")
        else:
            self.status.setText(self._describe(info))
            self.status.setToolTip(self.tr("Empreinte SHA-256 du certificat :\n%1").replace(
                "%1", f"{info.fingerprint[:47]}\n{info.fingerprint[48:]}") if info else "")
        self.remove_button.setVisible(info is not None)
        self.load_button.setEnabled(signing is not None)

    def _describe(self, info) -> str:
        if info is None:
            return self.tr("Certificat utilisé : celui que Boussole a créé pour ce dossier, au "
                           "nom de l'entreprise ou, en mode conseiller, au vôtre.")
        if info.expired:
            return (self.tr("Votre certificat « %1 » a expiré le %2 : les rapports sont signés "
                            "par le certificat créé par Boussole. Chargez un certificat "
                            "renouvelé.").replace("%1", info.signer)
                    .replace("%2", self._date(info.not_after)))
        return (self.tr("Certificat utilisé : « %1 », délivré par %2, valable jusqu'au %3.")
                .replace("%1", info.signer).replace("%2", info.issuer)
                .replace("%3", self._date(info.not_after)))

    # -- loading and removing ----------------------------------------------------------------

    def pick_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir un certificat"), str(Path.home()),
            self.tr("Certificats avec clé privée (*.p12 *.pfx);;Tous les fichiers (*)"))
        if not chosen:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Mot de passe du certificat"),
            self.tr("Mot de passe de « %1 » :").replace("%1", Path(chosen).name),
            QLineEdit.EchoMode.Password)
        if ok:
            self.load_file(chosen, password)

    def load_file(self, path: str, password: str) -> bool:
        """Check and keep the certificate; says what is wrong when it cannot be used."""
        title = self.tr("Ce certificat ne peut pas être utilisé")
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            errors.error(self, title, self.tr("Le fichier « %1 » ne peut pas être lu.")
                         .replace("%1", path), self.tr("Vérifiez son emplacement et réessayez."),
                         str(exc))
            return False
        try:
            self.session.signing().load_own(data, password)
        except Exception as exc:  # noqa: BLE001 - IdentityError / SigningKeyError, by reason
            text, hint = self._problem(getattr(exc, "reason", ""))
            errors.error(self, title, text, hint, str(exc))
            return False
        self.refresh()
        return True

    def _problem(self, reason: str) -> tuple[str, str]:
        """(what is wrong, what to do) for desktop.signing_keys / reports' reason codes."""
        return {
            "wrong_password": (self.tr("Le mot de passe ne correspond pas à ce fichier."),
                               self.tr("Tapez le mot de passe remis avec le certificat.")),
            "not_pkcs12": (self.tr("Ce fichier n'est pas un certificat avec sa clé privée "
                                   "(.p12 ou .pfx)."),
                           self.tr("Exportez le certificat avec sa clé privée au format "
                                   "PKCS#12, puis chargez ce fichier.")),
            "no_key": (self.tr("Ce fichier ne contient pas la clé privée du certificat."),
                       self.tr("Exportez-le de nouveau avec sa clé privée.")),
            "expired": (self.tr("Ce certificat a expiré."),
                        self.tr("Demandez un nouveau certificat à votre autorité de "
                                "certification.")),
            "not_yet_valid": (self.tr("Ce certificat n'est pas encore valable."),
                              self.tr("Vérifiez la date de l'ordinateur, ou attendez sa date "
                                      "de début.")),
            "unusable_key": (self.tr("Ce certificat ne peut pas servir à signer des documents "
                                     "(clé trop courte ou usage non prévu)."),
                             self.tr("Demandez un certificat de signature à votre autorité de "
                                     "certification.")),
            "no_protection": (self.tr("Ce dossier n'est pas chiffré et aucun trousseau système "
                                      "n'est disponible : la clé privée du certificat ne peut "
                                      "pas y être gardée protégée."),
                              self.tr("Protégez d'abord les données par une phrase de passe.")),
            "too_large": (self.tr("Ce fichier est trop gros pour être un certificat."),
                          self.tr("Choisissez le fichier .p12 ou .pfx du certificat.")),
        }.get(reason, (self.tr("Le certificat n'a pas pu être chargé."),
                       self.tr("Vérifiez le fichier et son mot de passe, puis réessayez.")))

    def remove(self) -> None:
        signing = self.session.signing()
        if signing is not None:
            signing.remove_own()
        self.refresh()
