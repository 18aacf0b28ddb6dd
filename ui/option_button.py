"""The big answer button of the interview and the profile: an indicator and wrapped text."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ui import style
from ui.wrap_label import ColumnLabel


# What the buttons look like, by size and state (a few dozen at most: two or three heights of
# text times the states); emptied if a resized window ever makes many more.
_DRAWN: dict[tuple, QPixmap] = {}
MAX_DRAWN = 256


class OptionButton(QAbstractButton):
    """A large checkable answer: an indicator (number badge, radio or tick) and wrapped text.

    Drawn by hand so it looks the same everywhere, grows in height for long text, and carries
    its state for screen readers (checkable button with an accessible name).
    """

    BADGE, RADIO, CHECK = "badge", "radio", "check"

    def __init__(self, text: str, badge: str = "", indicator: str = BADGE,
                 parent: QWidget | None = None, compact: bool = False):
        super().__init__(parent)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.indicator = indicator
        self.badge = badge
        self.compact = compact
        self._hover = False
        # No QLayout: a layout would make QWidgetItem bypass heightForWidth() below.
        pad = 8 if compact else 12
        self._margins = (pad + 2, pad, pad + 4, pad)   # left, top, right, bottom
        self._spacing = 12
        self._indicator_space = QWidget(self)
        self._indicator_space.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        size = self.fontMetrics().height() + (8 if not compact else 4)
        self._indicator_space.setFixedSize(size, size)
        self.text_label = ColumnLabel(text, self)   # its width is the button's
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if not compact:
            font = self.text_label.font()
            font.setPointSizeF(font.pointSizeF() * 1.08)
            self.text_label.setFont(font)
        self.setText(text)
        self.toggled.connect(lambda _on: self.update())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        self.text_label.setText(text)
        self.updateGeometry()
        self._relayout()
        prefix = f"{self.badge}. " if self.badge and self.indicator == self.BADGE else ""
        self.setAccessibleName(prefix + text)

    def set_padding(self, pad: int) -> None:
        """The space around the text (12 px; 8 when made compact; less on a short window)."""
        self._margins = (pad + 2, pad, pad + 4, pad)
        self.updateGeometry()
        self._relayout()

    def _chrome(self) -> tuple[int, int]:
        """Horizontal and vertical space taken by margins, indicator and spacing."""
        left, top, right, bottom = self._margins
        return left + right + self._indicator_space.width() + self._spacing, top + bottom

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        left, top, right, bottom = self._margins
        indicator = self._indicator_space.width()
        text_x = left + indicator + self._spacing
        text_width = max(40, self.width() - text_x - right)
        text_height = self.text_label.heightForWidth(text_width)
        inner = self.height() - top - bottom
        self._indicator_space.move(left, top + max(0, (min(inner, indicator + 2) - indicator) // 2))
        self.text_label.setGeometry(text_x, top + max(0, (inner - text_height) // 2),
                                    text_width, min(inner, max(text_height, 1)))

    def sizeHint(self) -> QSize:  # noqa: N802
        horizontal, vertical = self._chrome()
        text = self.text_label.sizeHint()
        return QSize(horizontal + min(text.width(), 560),
                     vertical + max(self._indicator_space.height(),
                                    self.text_label.heightForWidth(min(text.width(), 560))))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        horizontal, vertical = self._chrome()
        return QSize(horizontal + 120, vertical + self._indicator_space.height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        horizontal, vertical = self._chrome()
        text_height = self.text_label.heightForWidth(max(40, width - horizontal))
        return vertical + max(self._indicator_space.height(), text_height)

    def enterEvent(self, event) -> None:  # noqa: N802
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._hover = False
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802
        # The button's drawing (frame, background, indicator) depends on a few things only,
        # and the interview paints its buttons anew at every question: drawn once per look.
        checked, focus, ratio = self.isChecked(), self.hasFocus(), self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, checked, focus, self._hover, self.indicator,
               self.badge, self._indicator_space.geometry().getRect(), self.font().key())
        drawn = _DRAWN.get(key)
        if drawn is None:
            if len(_DRAWN) >= MAX_DRAWN:
                _DRAWN.clear()
            drawn = QPixmap(self.size() * ratio)
            drawn.setDevicePixelRatio(ratio)
            drawn.fill(Qt.GlobalColor.transparent)
            self._draw(QPainter(drawn), checked, focus)
            _DRAWN[key] = drawn
        painter = QPainter(self)
        painter.drawPixmap(0, 0, drawn)
        painter.end()

    def _draw(self, painter: QPainter, checked: bool, focus: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        background = QColor(style.ACCENT_SOFT if checked else style.SURFACE)
        if self._hover and not checked:
            background = QColor("#f7fafc")
        border = QColor(style.ACCENT if checked else "#9fb6c9" if self._hover else style.LINE)
        width = 2.0 if (checked or focus) else 1.0
        if focus:
            border = QColor(style.FOCUS if not checked else style.ACCENT_DARK)
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2), 8, 8)
        painter.fillPath(path, background)
        painter.setPen(QPen(border, width))
        painter.drawPath(path)
        if focus:
            painter.setPen(QPen(QColor(style.FOCUS), 1, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 6, 6)
        # the indicator
        geometry = QRectF(self._indicator_space.geometry())
        accent = QColor(style.ACCENT)
        if self.indicator == self.BADGE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent if checked else QColor("#e8ecf1"))
            painter.drawRoundedRect(geometry, 6, 6)
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white") if checked else QColor(style.INK))
            painter.drawText(geometry, Qt.AlignmentFlag.AlignCenter, self.badge)
        elif self.indicator == self.RADIO:
            circle = geometry.adjusted(3, 3, -3, -3)
            painter.setBrush(QColor(style.SURFACE))
            painter.setPen(QPen(accent if checked else QColor("#8a96a3"), 2))
            painter.drawEllipse(circle)
            if checked:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
                inner = circle.width() * 0.28
                painter.drawEllipse(circle.adjusted(inner, inner, -inner, -inner))
        else:
            box = geometry.adjusted(3, 3, -3, -3)
            painter.setBrush(accent if checked else QColor(style.SURFACE))
            painter.setPen(QPen(accent if checked else QColor("#8a96a3"), 2))
            painter.drawRoundedRect(box, 4, 4)
            if checked:
                painter.setPen(QPen(QColor("white"), 2.2, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
                w, h = box.width(), box.height()
                path = QPainterPath()
                path.moveTo(box.left() + w * 0.22, box.top() + h * 0.52)
                path.lineTo(box.left() + w * 0.42, box.top() + h * 0.72)
                path.lineTo(box.left() + w * 0.78, box.top() + h * 0.30)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
        painter.end()
