"""The home page's list of businesses: name, city, last checkup's date, score and progress.

Most recent activity first (the store's order) until a column header is clicked; then sorted
by the column's value (dates and numbers as such, names without regard to case).
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ui.score_text import score_text
from ui.widgets import Retranslatable

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def format_date(iso: str | None) -> str:
    """An ISO timestamp as a date in the display language ("27 nov. 2026")."""
    if not iso:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso[:10]
    return QLocale().toString(moment.date(), "d MMM yyyy")


class SortItem(QTreeWidgetItem):
    """Sorts by the value in SORT_ROLE when there is one (numbers, ISO dates)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None:
            return mine < theirs
        return self.text(column).casefold() < other.text(column).casefold()


class BusinessTable(Retranslatable, QTreeWidget):
    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("businesses")
        self.setColumnCount(self.COLUMNS)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        # the store's order (most recent activity first) until a column header is clicked
        self.header().setSortIndicatorClearable(True)
        self.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._retranslate()

    def fill(self, rows: list[dict], lang: str, selected: str | None) -> None:
        """One line per business of `rows` (the store's list); `selected` stays selected."""
        self.setSortingEnabled(False)
        self.clear()
        for business in rows:
            item = SortItem(self)
            item.setData(0, ID_ROLE, business["id"])
            item.setText(0, business.get("name", ""))
            item.setText(1, business.get("city") or "")
            last = business.get("last_completed_at") or business.get("last_started_at")
            item.setText(2, format_date(last))
            item.setData(2, SORT_ROLE, last or "")
            score = business.get("last_score")
            maturity = business.get("last_maturity")
            if score is not None:
                item.setText(3, score_text(score, maturity, business.get("last_completion"), lang))
                item.setData(3, SORT_ROLE, float(score))
            else:
                item.setText(3, "—")
                item.setData(3, SORT_ROLE, -1.0)
            completion = business.get("last_completion")
            if business.get("last_checkup_id"):
                done = business.get("last_completed_at")
                text = f"{round(completion or 0)} %"
                if not done:
                    text = self.tr("{0} · en cours").format(text)
                item.setText(4, text)
                item.setData(4, SORT_ROLE, float(completion or 0))
            count = int(business.get("checkup_count") or 0)
            # a tooltip guesses rich text: given as escaped HTML, a name shows as typed
            item.setToolTip(0, QtGuiNamespace.convertFromPlainText(
                self.tr("{0} — {1} diagnostic(s)").format(business.get("name", ""), count),
                Qt.WhiteSpaceMode.WhiteSpaceNormal))
            if business["id"] == selected:
                item.setSelected(True)
                self.setCurrentItem(item)
        self.setSortingEnabled(True)
        if self.currentItem() is None and self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def selected_business(self) -> str | None:
        item = self.currentItem()
        if item is None or not item.isSelected():
            items = self.selectedItems()
            item = items[0] if items else item
        return item.data(0, ID_ROLE) if item is not None else None

    def _retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Entreprise"), self.tr("Ville"), self.tr("Dernier diagnostic"),
                              self.tr("Score"), self.tr("Avancement")])
        self.setAccessibleName(self.tr("Liste des entreprises"))
