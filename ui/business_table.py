"""The home page's list of businesses: name, city, last checkup's date, score and progress.

Most recent activity first (the store's order) until a column header is clicked; then sorted
by the column's value (dates and numbers as such, names without regard to case). A view on
ui/business_model.py, which makes a row's texts only when the row is shown.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.business_model import COLUMNS, ID_ROLE, BusinessModel, Reader
from ui.widgets import Retranslatable

__all__ = ["BusinessTable", "ID_ROLE"]

SIZED_ROWS = 100   # rows measured beyond those in view when sizing the columns
ROUNDING = 2   # pixels a measured text may need beyond its whole-pixel advance


class BusinessTable(Retranslatable, QTableView):
    COLUMNS = COLUMNS
    selection_changed = Signal()
    row_activated = Signal()   # Enter or a double click on a row
    menu_requested = Signal(int, QPoint)   # a row's menu: the row, where (global position)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("businesses")
        self.business_model = BusinessModel(self)
        self._columns_stale = False   # filled while hidden: size the columns when shown
        self._padding: int | None = None
        self.setModel(self.business_model)
        # A table, not a tree: a tree lays out every row (thousands of calls into the model
        # at each fill or sort); a table's rows are all one height, given once (_row_height).
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)   # Tab leaves the list, as from any other field
        self.setCornerButtonEnabled(False)
        self.setAlternatingRowColors(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # the store's order (most recent activity first) until a column header is clicked
        self.horizontalHeader().setSortIndicatorClearable(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):   # sized by size_columns(), on the rows in view
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.sortIndicatorChanged.connect(lambda _c, _o: self.size_columns())   # other rows
        self.selectionModel().selectionChanged.connect(lambda _s, _d: self.selection_changed.emit())
        self.activated.connect(lambda _index: self.row_activated.emit())
        self._retranslate()

    def fill(self, read: Reader, lang: str, selected: str | None) -> None:
        """One line per business that `read` gives (the store's list, read a page at a time:
        ui/business_model.py); `selected` stays selected, else the first row is the current
        one. The columns are sized from the rows in view (size_columns), not from every row."""
        model = self.business_model
        model.read_from(read, lang)
        if self.row_count():   # every row as high as a cell asks (the style sheet's padding)
            self.verticalHeader().setDefaultSectionSize(
                self.sizeHintForIndex(model.index(0, 0)).height())
        row = model.row_of(selected)
        if row < 0 and selected and model.canFetchMore():   # further down: read on to it
            model.read_all()
            row = model.row_of(selected)
        if row < 0 and self.row_count():
            row = 0
        if row >= 0:
            self.select_row(row)
        self.size_columns()

    # -- rows as the person sees them -------------------------------------------------------------

    def row_count(self) -> int:
        return self.business_model.rowCount()

    def text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        return self.business_model.texts(row)[column]

    def business_at(self, row: int) -> str:
        return self.business_model.business(row)["id"]

    def tooltip(self, row: int) -> str:
        """A row's tooltip (over its name): the name and how many checkups, as HTML."""
        return self.business_model.tooltip(row)

    def row_rect(self, row: int) -> QRect:
        """Where the row's name is, in the viewport."""
        return self.visualRect(self.business_model.index(row, 0))

    def row_at(self, pos) -> int:
        """The row under a viewport position, or -1."""
        index = self.indexAt(pos)
        return index.row() if index.isValid() else -1

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        self.setCurrentIndex(self.business_model.index(row, 0))

    def select_business(self, business_id: str) -> bool:
        """Select the row of this business; False when the list does not show it."""
        row = self.business_model.row_of(business_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def selected_business(self) -> str | None:
        index = self.currentIndex()
        selection = self.selectionModel()
        if not index.isValid() or not selection.isSelected(index):
            rows = selection.selectedRows()
            index = rows[0] if rows else index
        return index.data(ID_ROLE) if index.isValid() else None

    # -- columns ---------------------------------------------------------------------------------

    def size_columns(self) -> None:
        """Columns 1-4 as wide as their widest text among the rows in view and the next
        SIZED_ROWS, and their header (the name column takes the rest). Qt's own "resize to
        contents" would measure up to a thousand rows at every layout (seconds on an advisor's
        list), and even on 100 rows asks the style sheet for each cell's size: the texts are
        measured here, plus a cell's padding measured once. A hidden list is measured when
        shown (its height, hence the rows in view, is known only then)."""
        if not self.isVisible():
            self._columns_stale = True
            return
        self._columns_stale = False
        model, header = self.business_model, self.horizontalHeader()
        first = max(0, self.rowAt(0))
        rows = min(model.rowCount(), first + self._rows_in_view() + SIZED_ROWS)
        advance = self.fontMetrics().horizontalAdvance
        for column in range(1, self.COLUMNS):
            texts = {model.texts(row)[column] for row in range(first, rows)}   # cities, dates repeat
            widest = max(map(advance, texts), default=0)
            # + ROUNDING: a cell lays its text out in fractions of a pixel, rounded up; the
            # whole-pixel advance fell a pixel short and cut "10% · in progre…" (walk-through)
            header.resizeSection(column, max(widest + self._cell_padding(column) + ROUNDING,
                                             header.sectionSizeHint(column)))

    def _cell_padding(self, column: int) -> int:
        """What a cell adds around its text (the style sheet's padding, the focus frame)."""
        if self._padding is None and self.row_count() and self.text(0, column):
            index = self.business_model.index(0, column)
            self._padding = self.sizeHintForIndex(index).width() - \
                self.fontMetrics().horizontalAdvance(index.data())
        return self._padding if self._padding is not None else 16

    def _rows_in_view(self) -> int:
        # the frame's inside less the header: the viewport's height without asking for the
        # viewport (the first Python wrapper of a plain QWidget made by Qt costs PySide6
        # ~60 enum types, ~10 ms, at start)
        row = self.rowHeight(0) if self.row_count() else 0
        room = self.contentsRect().height() - self.horizontalHeader().height()
        return room // row + 1 if row > 0 else 0

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt name
        """The menu of the row under the mouse (right click; none under no row), or of the
        current row at its middle (menu key, Shift+F10, a click on the header)."""
        viewport = self.viewport()
        inside = viewport.mapFromGlobal(event.globalPos())
        if event.reason() == QContextMenuEvent.Reason.Mouse and viewport.rect().contains(inside):
            row, where = self.row_at(inside), event.globalPos()
        else:
            row = self.current_row()
            where = viewport.mapToGlobal(self.row_rect(row).center()) if row >= 0 else QPoint()
        if row >= 0:
            self.menu_requested.emit(row, where)
        event.accept()

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt name
        """Home and End go to the first and last business (a table's go to the first and
        last column of the row)."""
        if action in (QAbstractItemView.CursorAction.MoveHome,
                      QAbstractItemView.CursorAction.MoveEnd) and self.row_count():
            last = action == QAbstractItemView.CursorAction.MoveEnd
            if last:
                self.business_model.read_all()
            return self.business_model.index(self.row_count() - 1 if last else 0, 0)
        return super().moveCursor(action, modifiers)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().height() > event.oldSize().height():   # more rows in view
            self.size_columns()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._columns_stale:
            self.size_columns()

    def _retranslate(self) -> None:
        self.business_model.set_words(
            [self.tr("Entreprise"), self.tr("Ville"), self.tr("Dernier diagnostic"),
             self.tr("Score"), self.tr("Avancement")],
            in_progress=self.tr("{0} · en cours"), tooltip=self.tr("{0} — {1} diagnostic(s)"))
        self.setAccessibleName(self.tr("Liste des entreprises"))

