"""A row of buttons that never squeezes them: a group on the left and a group on the right on
one line while they fit, the right group under the left one when they do not (150 % scaling on
a laptop, a narrow window). A squeezed button cuts its own text, which a person cannot read.
"""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget


class AdaptiveRow(QWidget):
    def __init__(self, left: list[QWidget], right: list[QWidget], parent: QWidget | None = None,
                 spacing: int = 8):
        super().__init__(parent)
        self._buttons = [*left, *right]
        self._spacing = spacing
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        for group, stretch_first in ((left, False), (right, True)):
            line = QHBoxLayout()
            line.setSpacing(spacing)
            if stretch_first:
                line.addStretch(1)
            for widget in group:
                line.addWidget(widget)
            if not stretch_first:
                line.addStretch(1)
            self.box.addLayout(line, 1)

    def one_line_width(self) -> int:
        """The width every shown button needs at its full size, on one line."""
        shown = [w for w in self._buttons if not w.isHidden()]
        return (sum(w.sizeHint().width() for w in shown)
                + self._spacing * (len(shown) + 1))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        one_line = event.size().width() >= self.one_line_width()
        direction = (QBoxLayout.Direction.LeftToRight if one_line
                     else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)
