"""A business's history: every checkup, the most recent first, with its date, checklist
version, score, progress and whether it can still be changed. Opening an older one shows it
read-only (the window puts a banner over its pages); its results, plan and PDF still work.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ui import errors
from ui.dates import format_date
from ui.score_text import score_text
from ui.widgets import Retranslatable, label

ID_ROLE = Qt.ItemDataRole.UserRole


class HistoryDialog(Retranslatable, QDialog):
    """The checkups of one business. On accept, `checkup_id` is the one to open."""

    def __init__(self, session, business_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.business_id = business_id
        self.checkup_id: str | None = None
        self.rows: list[dict] = []
        self.setObjectName("historyDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        self.heading = label("", "sectionTitle", self)
        column.addWidget(self.heading)
        self.explain = label("", "muted", self)
        column.addWidget(self.explain)
        self.table = QTreeWidget(self)
        self.table.setObjectName("history")
        self.table.setColumnCount(5)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.header()
        header.setStretchLastSection(True)
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda _item, _col: self.accept())
        column.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openHistoryCheckup")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self._retranslate()
        self.load()

    def load(self) -> None:
        try:
            business = self.session.business(self.business_id)
            self.rows = list(reversed(self.session.history(self.business_id)))
        except Exception as exc:  # noqa: BLE001 - the store says what went wrong
            errors.error(self, self.tr("Impossible de lire l'historique"), str(exc),
                         self.tr("Rien n'a été modifié. Fermez cette fenêtre et réessayez."))
            self.rows = []
            business = {"name": ""}
        self.name = business.get("name", "")
        self.heading.setText(self.tr("Historique — {0}").format(self.name))
        self.table.clear()
        lang = self.session.language
        for row in self.rows:
            item = QTreeWidgetItem(self.table)
            item.setData(0, ID_ROLE, row["id"])
            item.setText(0, format_date(row.get("completed_at") or row.get("started_at")))
            item.setText(1, row.get("content_version") or "")
            score, maturity = row.get("score"), row.get("maturity")
            item.setText(2, score_text(score, maturity, row.get("completion"), lang))
            item.setText(3, f"{round(row.get('completion') or 0)} %")
            item.setText(4, self._state(row))
            item.setToolTip(4, QtGuiNamespace.convertFromPlainText(self._state(row, long=True)))
        self._fit()
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.open_button.setEnabled(bool(self.rows))
        self.table.setFocus()

    def _fit(self) -> None:
        """Wide enough for every column (nothing cut, no sideways scrolling), within the
        screen; a long business name wraps in the heading instead."""
        header = self.table.header()
        needed = sum(max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in range(self.table.columnCount()))
        needed += 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        self.table.setMinimumWidth(min(needed + 8, int(screen * 0.9) - 48))

    def _state(self, row: dict, long: bool = False) -> str:
        done = self.tr("Terminé") if row.get("completed_at") else self.tr("En cours")
        reason = row.get("read_only")
        if reason is None:
            return done
        if not long:
            return self.tr("{0} · lecture seule").format(done)
        if reason == "older":
            return self.tr("Lecture seule : un diagnostic plus récent existe.")
        return self.tr("Lecture seule : fait avec le questionnaire {0}.").format(
            row.get("content_version") or "")

    def accept(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        self.checkup_id = item.data(0, ID_ROLE)
        super().accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Historique des diagnostics"))
        self.explain.setText(self.tr(
            "Chaque diagnostic de cette entreprise, du plus récent au plus ancien. Les plus "
            "anciens s'ouvrent en lecture seule : ils restent tels qu'ils ont été faits, et "
            "leurs résultats, leur plan et leur export PDF restent disponibles."))
        self.table.setHeaderLabels([self.tr("Date"), self.tr("Questionnaire"), self.tr("Score"),
                                    self.tr("Avancement"), self.tr("État")])
        self.table.setAccessibleName(self.tr("Diagnostics de l'entreprise"))
        self.open_button.setText(self.tr("Ouvrir"))
        if self.rows and not self.session.closed:   # closed: nothing to re-read (tests' leftovers)
            self.load()
