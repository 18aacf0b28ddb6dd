"""Captioned fields ("Période : [Toutes les périodes]") side by side when the page is wide, on
as many lines as needed when it is narrow (150 % scaling), never cut: its minimum width is its
widest pair, not the whole row."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QWidget

SPACING = 8       # between a caption and its field
GAP = 18          # between two pairs


class FlowRow(QWidget):
    def __init__(self, pairs: list[tuple[QWidget, QWidget]], parent: QWidget | None = None):
        super().__init__(parent)
        self.pairs = pairs
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(SPACING)
        self.grid.setVerticalSpacing(6)
        self.columns = 0
        self._place(len(pairs))

    def _widths(self) -> list[tuple[int, int]]:
        return [(caption.sizeHint().width(), field.sizeHint().width())
                for caption, field in self.pairs]

    def _needed(self, columns: int) -> int:
        """Width of the grid with `columns` pairs a line (grid columns line up across lines)."""
        widths = self._widths()
        total = 0
        for c in range(columns):
            chosen = widths[c::columns]
            total += max(w[0] for w in chosen) + SPACING + max(w[1] for w in chosen)
        return total + GAP * (columns - 1)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        while self.grid.count():
            self.grid.takeAt(0)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 0)
            self.grid.setColumnMinimumWidth(c, 0)
        for i, (caption, field) in enumerate(self.pairs):
            row, col = divmod(i, columns)
            self.grid.addWidget(caption, row, 3 * col)
            self.grid.addWidget(field, row, 3 * col + 1)
            if col < columns - 1:
                self.grid.setColumnMinimumWidth(3 * col + 2, GAP - 2 * SPACING)
        self.grid.setColumnStretch(3 * columns - 1, 1)
        self.updateGeometry()

    def fit(self, width: int) -> None:
        """As many pairs a line as `width` holds (at least one)."""
        columns = len(self.pairs)
        while columns > 1 and self._needed(columns) > width:
            columns -= 1
        self._place(columns)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.fit(event.size().width())
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._needed(len(self.pairs)), self.grid.sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._needed(1), self.grid.minimumSize().height())
