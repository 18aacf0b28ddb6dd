"""One line of the plan list, painted (no child widgets, so 90 of them build in a blink): a box
to tick when done, the number, the title, the period, the effort, the cost and the status.

The columns line up across rows because the list hands every row (and its header) the same
`Columns`. The keyboard: arrows move between lines, Enter opens the details, Space ticks the
action done (or back to do); the list (ui/plan_list.py) does the moving.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import style

PRIORITY_COLOURS = {"critical": "#a93226", "high": "#b9770e", "medium": "#1f618d", "low": "#8a96a3"}
GAP = 10
MIN_TITLE = 90
NAV_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10,
            Qt.Key.Key_PageDown: 10, Qt.Key.Key_Home: -10**6, Qt.Key.Key_End: 10**6}


@dataclass(frozen=True)
class RowData:
    """What a line shows, already in the display language."""

    action: str
    number: str         # "12", or "" for a done action
    title: str
    period_id: str      # checks.evaluation.PERIODS id, or "done"
    period: str
    effort: str
    cost: str
    status: str         # todo | in_progress | done
    status_text: str
    priority: str
    module: str
    late: bool = False
    accessible: str = ""


@dataclass(frozen=True)
class Columns:
    """Widths of the fixed columns (the title takes what is left)."""

    number: int
    period: int
    effort: int
    cost: int
    status: int

    @classmethod
    def measure(cls, rows: list[RowData], heads: tuple[str, ...], fm: QFontMetrics) -> "Columns":
        def widest(texts) -> int:
            return max((fm.horizontalAdvance(t) for t in texts), default=0) + 2
        number, _title, period, effort, cost, status = heads
        return cls(widest([number, "999", *(r.number for r in rows)]),
                   widest([period, *(r.period for r in rows)]),
                   widest([effort, *(r.effort for r in rows)]),
                   widest([cost, *(r.cost for r in rows)]),
                   widest([status, *(r.status_text for r in rows)]))

    def slots(self, width: int, box: int) -> dict[str, tuple[int, int]]:
        """name -> (x, width) of each part of a line `width` pixels wide."""
        x = 12                            # after the priority stripe
        out = {"box": (x, box)}
        x += box + 8
        out["arrow"] = (x, box // 2 + 2)
        x += box // 2 + 6
        out["number"] = (x, self.number)
        x += self.number + GAP
        right = width - 10
        for name in ("status", "cost", "effort", "period"):
            w = getattr(self, name)
            right -= w
            out[name] = (right, w)
            right -= GAP
        out["title"] = (x, max(0, right - x))
        return out

    def minimum_width(self, box: int) -> int:
        return (12 + box + 8 + box // 2 + 6 + self.number + GAP + MIN_TITLE
                + sum((self.period, self.effort, self.cost, self.status)) + 4 * GAP + 10)


class PlanRow(QWidget):
    """A painted line; `data` and `columns` are set by the list."""

    details_toggled = Signal(str)       # action id
    done_toggled = Signal(str)          # action id
    navigate = Signal(object, int)      # this row, how many lines to move

    def __init__(self, data: RowData, columns: Columns, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.columns = columns
        self.expanded = False
        self._hover = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_data(data, columns)

    def set_data(self, data: RowData, columns: Columns) -> None:
        if data != self.data or columns != self.columns:
            self.data, self.columns = data, columns
            self.updateGeometry()
            self.update()
        self.setAccessibleName(data.accessible or data.title)
        self.setToolTip(self.tr("%1\nEntrée : voir ou fermer les détails · Espace : marquer "
                                "comme faite ou à faire").replace("%1", data.title))

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self.expanded:
            self.expanded = expanded
            self.update()

    def _box(self) -> int:
        return self.fontMetrics().height()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.columns.minimum_width(self._box()) + 200, self._box() + 14)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.columns.minimum_width(self._box()), self._box() + 14)

    # -- input ---------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        x, w = self.columns.slots(self.width(), self._box())["box"]
        if x - 4 <= event.position().x() <= x + w + 4:
            self.done_toggled.emit(self.data.action)
        else:
            self.details_toggled.emit(self.data.action)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in NAV_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.navigate.emit(self, NAV_KEYS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.details_toggled.emit(self.data.action)
        elif key == Qt.Key.Key_Space:
            self.done_toggled.emit(self.data.action)
        elif key == Qt.Key.Key_Right and not self.expanded:
            self.details_toggled.emit(self.data.action)
        elif key == Qt.Key.Key_Left and self.expanded:
            self.details_toggled.emit(self.data.action)
        else:
            super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() in (QEvent.Type.HoverEnter, QEvent.Type.HoverLeave):
            self._hover = event.type() == QEvent.Type.HoverEnter
            self.update()
        return super().event(event)

    # -- drawing -------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = self.data
        rect = self.rect().adjusted(1, 1, -1, -1)
        back = QColor(style.ACCENT_SOFT if self.expanded else "#f7fafc" if self._hover
                      else style.SURFACE)
        p.setPen(QPen(QColor(style.FOCUS), 2) if self.hasFocus() else QPen(QColor(style.LINE), 1))
        p.setBrush(back)
        p.drawRoundedRect(rect, 6, 6)
        p.fillRect(QRect(rect.left() + 3, rect.top() + 4, 3, rect.height() - 8),
                   QColor(PRIORITY_COLOURS.get(d.priority, style.LINE)))
        box = self._box()
        slots = self.columns.slots(self.width(), box)
        mid = self.height() // 2
        self._tick(p, QRect(slots["box"][0], mid - box // 2, box, box), d.status)
        self._arrow(p, slots["arrow"], mid)
        done = d.status == "done"
        ink, muted = QColor(style.INK), QColor(style.MUTED)
        bold = QFont(self.font())
        bold.setBold(True)
        self._text(p, "number", slots, d.number, ink, bold, Qt.AlignmentFlag.AlignRight)
        title_font = QFont(self.font())
        title_font.setStrikeOut(done)
        self._text(p, "title", slots, d.title, muted if done else ink, title_font,
                   elide=True)
        self._text(p, "period", slots, d.period, QColor(style.BAD) if d.late else muted,
                   self.font())
        self._text(p, "effort", slots, d.effort, muted, self.font(), Qt.AlignmentFlag.AlignRight)
        self._text(p, "cost", slots, d.cost, muted, self.font())
        colour = {"done": style.GOOD, "in_progress": style.WARN}.get(d.status, style.MUTED)
        self._text(p, "status", slots, d.status_text, QColor(colour),
                   bold if d.status != "todo" else self.font())
        p.end()

    def _text(self, p: QPainter, slot: str, slots: dict, text: str, colour: QColor, font: QFont,
              align=Qt.AlignmentFlag.AlignLeft, elide: bool = False) -> None:
        x, w = slots[slot]
        if w <= 0 or not text:
            return
        p.setFont(font)
        p.setPen(colour)
        if elide:
            text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, w)
        p.drawText(QRect(x, 0, w, self.height()), align | Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def _tick(p: QPainter, r: QRect, status: str) -> None:
        accent = QColor(style.GOOD if status == "done" else style.ACCENT)
        p.setPen(QPen(accent if status != "todo" else QColor("#8a96a3"), 1.6))
        p.setBrush(accent if status == "done" else QColor(style.SURFACE))
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3)
        if status == "done":
            p.setPen(QPen(QColor("white"), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            path = QPainterPath()
            path.moveTo(r.left() + r.width() * 0.24, r.top() + r.height() * 0.52)
            path.lineTo(r.left() + r.width() * 0.43, r.top() + r.height() * 0.72)
            path.lineTo(r.left() + r.width() * 0.78, r.top() + r.height() * 0.30)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        elif status == "in_progress":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(accent)
            p.drawRect(r.adjusted(4, r.height() // 2 - 1, -4, -(r.height() // 2) + 2))

    def _arrow(self, p: QPainter, slot: tuple[int, int], mid: int) -> None:
        x, w = slot
        s = max(4, w // 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(style.MUTED))
        if self.expanded:
            points = [QPoint(x, mid - s // 2), QPoint(x + 2 * s, mid - s // 2), QPoint(x + s, mid + s // 2 + 1)]
        else:
            points = [QPoint(x + s // 2, mid - s), QPoint(x + s // 2, mid + s), QPoint(x + s + s // 2, mid)]
        p.drawPolygon(points)


class PlanHeader(QWidget):
    """The column titles above the rows, on the same `Columns`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heads: tuple[str, ...] = ("", "", "", "", "", "")
        self.columns = Columns(0, 0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_columns(self, heads: tuple[str, ...], columns: Columns) -> None:
        self.heads, self.columns = heads, columns
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        box = self.fontMetrics().height()
        return QSize(self.columns.minimum_width(box), self.fontMetrics().height() + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(style.MUTED))
        slots = self.columns.slots(self.width(), self.fontMetrics().height())
        fm = QFontMetrics(font)
        for name, text in zip(("number", "title", "period", "effort", "cost", "status"), self.heads):
            x, w = slots[name]
            align = Qt.AlignmentFlag.AlignRight if name in ("number", "effort") else Qt.AlignmentFlag.AlignLeft
            p.drawText(QRect(x, 0, w, self.height()), align | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(text, Qt.TextElideMode.ElideRight, w))
        p.end()
