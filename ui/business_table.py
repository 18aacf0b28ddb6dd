"""The home page's list of businesses: name, city, last checkup's date, score and progress.

Most recent activity first (the store's order) until a column header is clicked; then sorted
by the column's value (dates and numbers as such, names without regard to case).
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QToolTip, QTreeWidget,
                               QTreeWidgetItem, QWidget)

from ui.score_text import score_text
from ui.widgets import Retranslatable

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SIZED_ROWS = 100   # rows measured beyond those in view when sizing the columns


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
        self._counts: dict[str, tuple[str, int]] = {}
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
        for col in range(1, self.COLUMNS):   # sized by size_columns(), on the rows in view
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.sortIndicatorChanged.connect(lambda _c, _o: self.size_columns())   # other rows
        self._retranslate()

    def fill(self, rows: list[dict], lang: str, selected: str | None) -> None:
        """One line per business of `rows` (the store's list); `selected` stays selected.

        An advisor's list holds thousands of businesses: the items are built detached and
        added in one call, with painting and sorting off meanwhile, and the columns are sized
        from the rows in view (size_columns), not from every row."""
        self.setUpdatesEnabled(False)
        try:
            self._fill(rows, lang, selected)
        finally:
            self.setUpdatesEnabled(True)

    def _fill(self, rows: list[dict], lang: str, selected: str | None) -> None:
        self.setSortingEnabled(False)
        self.clear()
        dates: dict[str, str] = {}   # many businesses share a day: format each day once
        in_progress = self.tr("{0} · en cours")
        self._counts = {}   # business id -> (name, checkups), for the tooltips
        items, current = [], None
        for business in rows:
            item = SortItem()
            name = business.get("name", "")
            item.setData(0, ID_ROLE, business["id"])
            item.setText(0, name)
            item.setText(1, business.get("city") or "")
            last = business.get("last_completed_at") or business.get("last_started_at")
            day = dates.get((last or "")[:10])   # "YYYY-MM-DD...": the day is the prefix
            if day is None:
                day = dates[(last or "")[:10]] = format_date(last)
            item.setText(2, day)
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
                    text = in_progress.format(text)
                item.setText(4, text)
                item.setData(4, SORT_ROLE, float(completion or 0))
            self._counts[business["id"]] = (name, int(business.get("checkup_count") or 0))
            if business["id"] == selected:
                current = item
            items.append(item)
        self.addTopLevelItems(items)
        if current is not None:
            current.setSelected(True)
            self.setCurrentItem(current)
        self.setSortingEnabled(True)
        if self.currentItem() is None and self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))
        self.size_columns()

    def size_columns(self) -> None:
        """Columns 1-4 as wide as their widest text among the rows in view and the next
        SIZED_ROWS (the name column takes the rest). Qt's own "resize to contents" would
        measure up to a thousand rows at every layout: seconds on an advisor's list."""
        self.header().setResizeContentsPrecision(self._rows_in_view() + SIZED_ROWS)
        for column in range(1, self.COLUMNS):
            self.resizeColumnToContents(column)

    def _rows_in_view(self) -> int:
        row = self.sizeHintForRow(0) if self.topLevelItemCount() else 0
        return self.viewport().height() // row + 1 if row > 0 else 0

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().height() > event.oldSize().height():   # more rows in view
            self.size_columns()

    def tooltip(self, item: QTreeWidgetItem) -> str:
        """A row's tooltip: the name and how many checkups. Made when asked for (a tooltip
        per row cost a few milliseconds a thousand rows at every fill), and given as escaped
        HTML: a tooltip guesses rich text, and a name must show as typed."""
        name, count = self._counts.get(item.data(0, ID_ROLE), (item.text(0), 0))
        return QtGuiNamespace.convertFromPlainText(
            self.tr("{0} — {1} diagnostic(s)").format(name, count),
            Qt.WhiteSpaceMode.WhiteSpaceNormal)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            item = self.itemAt(event.pos())
            if item is not None and self.columnAt(event.pos().x()) == 0:
                QToolTip.showText(event.globalPos(), self.tooltip(item), self.viewport(),
                                  self.visualItemRect(item))
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

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
