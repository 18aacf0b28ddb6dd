"""The home list's data as a Qt model: one row per business, its texts made when the view asks
for them (only the rows painted or measured), sorted by the model itself.

An advisor's list holds thousands of businesses: a QTreeWidget needed five items' texts and sort
keys per row built at every fill (18,000 calls for 2,000 businesses); the model keeps the
store's rows as they are and formats a row on its first display. It reads them a page at a
time (Qt's canFetchMore/fetchMore: the view asks for more as it scrolls near the end), so a
start reads a screenful, not 2,000 rows; sorting by a column, End and a selection further down
read the rest first.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import Qt as QtGuiNamespace

from checks import formatting
from ui.dates import format_date
from ui.score_text import score_text

DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
ID_ROLE = int(Qt.ItemDataRole.UserRole.value)
COLUMNS = 5
FIRST_ROWS = 160   # read at a fill: more than a tall window shows, and the rows sized beyond
MORE_ROWS = 500    # read each time the view needs rows past those it has

# reads `limit` businesses from `offset`, in the store's order (desktop.checkups.businesses)
Reader = Callable[[int, int], "list[dict]"]


def _last(business: dict) -> str:
    return business.get("last_completed_at") or business.get("last_started_at") or ""


def sort_key(business: dict, column: int):
    """What a column sorts by: dates and numbers as such, names without regard to case."""
    if column == 2:
        return _last(business)
    if column == 3:
        score = business.get("last_score")
        return float(score) if score is not None else -1.0
    if column == 4:
        return float(business.get("last_completion") or 0) if business.get("last_checkup_id") \
            else -1.0
    return (business.get("name" if column == 0 else "city") or "").casefold()


class BusinessModel(QAbstractTableModel):
    """The businesses in the store's order (most recent activity first) until sort() is asked
    for a column; sort(-1) gives the store's order back. The view supplies the translated
    words (headers, "en cours", the tooltip), so they keep the view's translation context."""

    read_failed = Signal(str)   # reading more rows failed (the store's message)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._read: Reader | None = None   # the rest of the list, while there is more
        self._store_order: list[dict] = []
        self._rows: list[dict] = []
        self._texts: dict[str, tuple[str, ...]] = {}   # business id -> its five texts
        self._dates: dict[str, str] = {}               # many businesses share a day
        self._sort = (-1, Qt.SortOrder.AscendingOrder)
        self.lang = "fr"
        self.headers: list[str] = [""] * COLUMNS
        self.in_progress = "{0}"
        self.tooltip_text = "{0} — {1}"

    # -- filling -------------------------------------------------------------------------------

    def read_from(self, read: Reader, lang: str) -> None:
        """The list read through `read`: its first FIRST_ROWS now (a failing read raises, for
        the page to say so), the rest when the view asks. A list sorted by a column is read
        whole: sorting needs every row."""
        first = read(0, FIRST_ROWS + 1)
        self.beginResetModel()
        self._read = read if len(first) > FIRST_ROWS else None
        self._store_order = first[:FIRST_ROWS]
        self._texts = {}
        self._dates = {}
        self.lang = lang
        if self._sort[0] >= 0:
            self._read_rest()
        self._rows = self._ordered()
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 - Qt name
        return self._read is not None and not parent.isValid()

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008 - Qt name
        if self.canFetchMore(parent):
            self._read_more(MORE_ROWS)

    def read_all(self) -> None:
        """Every row of the list in the model (End, a business further down)."""
        while self._read is not None:
            self._read_more(MORE_ROWS * 4)

    def _read_more(self, count: int) -> None:
        rows = self._read_next(count)
        if rows:   # in the store's order: the list is not sorted while rows are missing
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._store_order.extend(rows)
            self._rows.extend(rows)
            self.endInsertRows()

    def _read_rest(self) -> None:
        while self._read is not None:
            self._store_order.extend(self._read_next(MORE_ROWS * 4))

    def _read_next(self, count: int) -> list[dict]:
        try:
            rows = self._read(len(self._store_order), count + 1)
        except Exception as exc:  # noqa: BLE001 - the page says it; what is shown stays
            self._read = None
            self.read_failed.emit(str(exc))
            return []
        if len(rows) <= count:
            self._read = None
        return rows[:count]

    def set_words(self, headers: list[str], in_progress: str, tooltip: str) -> None:
        """The translated words (a language switch): rows already shown are made again."""
        self.headers, self.in_progress, self.tooltip_text = headers, in_progress, tooltip
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self._texts = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))

    def business(self, row: int) -> dict:
        return self._rows[row]

    def row_of(self, business_id: str | None) -> int:
        """The row showing this business, or -1 (among the rows read so far)."""
        for number, business in enumerate(self._rows):
            if business["id"] == business_id:
                return number
        return -1

    # -- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt name
        return 0 if parent.isValid() else COLUMNS

    def data(self, index, role=DISPLAY):
        if role == DISPLAY:
            return self.texts(index.row())[index.column()]
        if role == TOOLTIP:
            return self.tooltip(index.row()) if index.column() == 0 else None
        if role == ID_ROLE:
            return self._rows[index.row()]["id"]
        return None

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802 - Qt name
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMNS:
            return self.headers[section]
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if not self._rows:
            return
        self.read_all()   # sorting needs every row: those read now land at the end first
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()   # the selection and current row follow their row
        kept = [(self._rows[i.row()]["id"], i.column()) for i in before]
        self._rows = self._ordered()
        where = {business["id"]: n for n, business in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(where[bid], col) for bid, col in kept])
        self.layoutChanged.emit()

    # -- texts -------------------------------------------------------------------------------------

    def _ordered(self) -> list[dict]:
        column, order = self._sort
        if not 0 <= column < COLUMNS:
            return list(self._store_order)
        return sorted(self._store_order, key=lambda business: sort_key(business, column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def texts(self, row: int) -> tuple[str, ...]:
        """A row's five texts as shown, made on its first display."""
        business = self._rows[row]
        texts = self._texts.get(business["id"])
        if texts is None:
            texts = self._texts[business["id"]] = self._make_texts(business)
        return texts

    def _make_texts(self, business: dict) -> tuple[str, ...]:
        last = _last(business)
        day = self._dates.get(last[:10])   # "YYYY-MM-DD...": the day is the prefix
        if day is None:
            day = self._dates[last[:10]] = format_date(last)
        score = business.get("last_score")
        shown = "—" if score is None else score_text(
            score, business.get("last_maturity"), business.get("last_completion"), self.lang)
        progress = ""
        if business.get("last_checkup_id"):
            progress = formatting.percent(business.get("last_completion") or 0, self.lang)
            if not business.get("last_completed_at"):
                progress = self.in_progress.format(progress)
        return (business.get("name", ""), business.get("city") or "", day, shown, progress)

    def tooltip(self, row: int) -> str:
        """The name and how many checkups, as escaped HTML: a tooltip guesses rich text, and a
        name must show as typed."""
        business = self._rows[row]
        return QtGuiNamespace.convertFromPlainText(
            self.tooltip_text.format(business.get("name", ""),
                                     int(business.get("checkup_count") or 0)),
            Qt.WhiteSpaceMode.WhiteSpaceNormal)

