"""Settings, "Copies mises de côté": the damaged files Boussole set aside and the backups made
before an upgrade, with their date and size and a button to delete each (desktop/side_files.py
through the session); and the question asked after erasing a business that an older copy
still holds. Erasure cannot reach inside these copies, so the person decides, knowingly."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui import errors
from ui.widgets import Retranslatable, label


def _locale(session) -> QLocale:
    return QLocale(QLocale.Language.English if session.language == "en"
                   else QLocale.Language.French)


def describe(session, copy) -> str:
    """"Fichier endommagé mis de côté — 1 déc. 2026 10:16 — 2,4 Mo" in the display language."""
    locale = _locale(session)
    kind = (QCoreApplication.translate("StorageSection", "Fichier endommagé mis de côté")
            if copy.kind == "damaged"
            else QCoreApplication.translate("StorageSection", "Copie faite avant une mise à jour"))
    when = locale.toString(copy.modified.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
    size = QCoreApplication.translate("StorageSection", "{0} Mo").format(
        locale.toString(max(copy.size, 1) / 1_000_000, "f", 1)).replace(" ", "\u00a0")
    return f"{kind} — {when} — {size}"


class StorageSection(Retranslatable, QGroupBox):
    """The list of set-aside copies, one row each: what it is, when, how big, "Supprimer…"."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("storageSection")
        self.column = QVBoxLayout(self)
        self.help = label(selectable=True, shrink=True)
        self.column.addWidget(self.help)
        self.list: QWidget | None = None    # rebuilt by refresh()
        self.copies: list = []
        self.delete_buttons: dict[str, QPushButton] = {}
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Copies mises de côté"))
        self.help.setText(self.tr(
            "Boussole garde ici les fichiers de données endommagés qu'il a mis de côté et les "
            "copies faites avant une mise à jour. Elles peuvent contenir d'anciennes données de "
            "vos clients, chiffrées comme le reste : supprimez-les quand vous n'en avez plus "
            "besoin."))
        self.refresh()

    def refresh(self) -> None:
        """Read the copies again and rebuild the rows."""
        if self.list is not None:
            self.list.deleteLater()
        self.list = QWidget(self)
        rows = QVBoxLayout(self.list)
        rows.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.list)
        self.delete_buttons = {}
        try:
            self.copies = self.session.side_files() if self.session.workspace else []
        except Exception as exc:  # noqa: BLE001 - the folder may have become unreadable
            self.copies = []
            rows.addWidget(label(self.tr("La liste des copies n'a pas pu être lue : {0}")
                                 .format(exc), "muted", shrink=True))
            return
        if not self.copies:
            rows.addWidget(label(self.tr("Aucune copie mise de côté."), "muted", shrink=True))
        for copy in self.copies:
            row = QHBoxLayout()
            text = describe(self.session, copy)
            row.addWidget(label(text, selectable=True, shrink=True), 1)
            button = QPushButton(self.tr("Supprimer…"))
            button.setAccessibleName(self.tr("Supprimer : {0}").format(text))
            button.clicked.connect(lambda _checked=False, name=copy.name: self.delete(name))
            row.addWidget(button)
            self.delete_buttons[copy.name] = button
            rows.addLayout(row)

    def delete(self, name: str) -> bool:
        copy = next((c for c in self.copies if c.name == name), None)
        if copy is None:
            return False
        text = self.tr("Supprimer définitivement cette copie ?\n{0}\nLes données qu'elle contient "
                       "ne pourront plus être récupérées.").format(describe(self.session, copy))
        if not errors.confirm(self, self.tr("Supprimer la copie"), text, self.tr("Supprimer"),
                              self.tr("Annuler"), destructive=True):
            return False
        try:
            self.session.delete_side_file(name)
        except Exception as exc:  # noqa: BLE001 - the store says why; nothing else changes
            errors.error(self, self.tr("La copie n'a pas été supprimée"), str(exc),
                         self.tr("Fermez les autres programmes qui l'utilisent, puis réessayez."))
            return False
        finally:
            self.refresh()
        return True


def offer_to_delete_copies(parent: QWidget, session, business_id: str, name: str) -> int:
    """After erasing a business: if set-aside copies still hold it (or are too damaged to
    tell), say so and offer to delete them. Returns how many were deleted."""
    try:
        copies = session.copies_holding(business_id)
    except Exception:  # noqa: BLE001 - the erasure itself succeeded; nothing more to offer
        return 0
    if not copies:
        return 0
    listed = "\n".join(f"• {describe(session, c)}" for c in copies)
    text = QCoreApplication.translate(
        "StorageSection", "« {0} » a été supprimée de vos données, mais des copies mises de "
        "côté la contiennent encore (ou peuvent la contenir) :\n{1}\nCes copies contiennent "
        "aussi d'anciennes données de vos autres clients. Les supprimer maintenant ?"
    ).format(name, listed)
    if not errors.confirm(parent, QCoreApplication.translate("StorageSection", "Copies mises de côté"),
                          text, QCoreApplication.translate("StorageSection", "Supprimer les copies"),
                          QCoreApplication.translate("StorageSection", "Les garder"),
                          destructive=True):
        return 0
    deleted = 0
    for copy in copies:
        try:
            session.delete_side_file(copy.name)
            deleted += 1
        except Exception as exc:  # noqa: BLE001
            errors.error(parent, QCoreApplication.translate("StorageSection", "La copie n'a pas été supprimée"),
                         str(exc), QCoreApplication.translate(
                             "StorageSection", "Fermez les autres programmes qui l'utilisent, "
                             "puis réessayez."))
    return deleted
