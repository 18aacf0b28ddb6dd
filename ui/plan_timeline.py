"""The plan's periods as a picture, drawn with QPainter: per period, its hours against the
hours the owner has in it (run-over in red, as the PDF roadmap draws it), and its cost.

Each bar has its own scale, so a week of 2 h reads as clearly as a year of 72 h; "later" (past
the 12 months, no limit) is a grey bar. Every figure is also in the accessible description.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import style

TEAL = QColor("#1e7a6f")
GREY = QColor("#9aa4b0")


@dataclass(frozen=True)
class TimelineRow:
    label: str              # "Cette semaine"
    dates: str              # "jusqu'au 7 décembre 2026"
    hours: float
    room: float | None      # hours the owner has in it; None: no limit
    hours_text: str         # "3 h sur 2 h"
    cost_text: str          # "0 à 100 €"
    over: bool              # more hours than room, or actions past their deadline


class PlanTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[TimelineRow] = []
        self.setObjectName("planTimeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # reachable, so a screen reader reads it
        self._retranslate()

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self._rows = list(rows)
        self._retranslate()
        self.updateGeometry()
        self.update()

    def rows(self) -> list[TimelineRow]:
        return list(self._rows)

    def description(self) -> str:
        return "; ".join(f"{r.label} ({r.dates}) : {r.hours_text}, {r.cost_text}"
                         for r in self._rows)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Heures prévues par période, comparées à vos heures"))
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description().replace("; ", "\n"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- geometry ------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFontMetrics, QFontMetrics]:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold, QFontMetrics(self.font()), QFontMetrics(bold)

    def _columns(self) -> tuple[int, int]:
        """Widths of the label column and of the figures column."""
        _bold, fm, bfm = self._fonts()
        left = max([bfm.horizontalAdvance(r.label) for r in self._rows]
                   + [fm.horizontalAdvance(r.dates) for r in self._rows] + [60]) + 12
        right = max([bfm.horizontalAdvance(r.hours_text) for r in self._rows]
                    + [fm.horizontalAdvance(r.cost_text) for r in self._rows] + [40]) + 12
        return left, right

    def _row_height(self) -> int:
        _bold, fm, bfm = self._fonts()
        return bfm.height() + fm.height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802
        left, right = self._columns()
        return QSize(left + right + 240, max(1, len(self._rows)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        left, right = self._columns()
        return QSize(left + right + 80, max(1, len(self._rows)) * self._row_height() + 4)

    # -- drawing -------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold, fm, bfm = self._fonts()
        left, right = self._columns()
        row_h = self._row_height()
        plot_w = max(20, self.width() - left - right)
        bar_h = max(10, fm.height() - 2)
        ink, muted, bad = QColor(style.INK), QColor(style.MUTED), QColor(style.BAD)
        for i, r in enumerate(self._rows):
            top = 2 + i * row_h
            p.setFont(bold)
            p.setPen(ink)
            p.drawText(QRectF(0, top, left - 8, bfm.height()), Qt.AlignmentFlag.AlignLeft,
                       bfm.elidedText(r.label, Qt.TextElideMode.ElideRight, left - 8))
            p.setFont(self.font())
            p.setPen(muted)
            p.drawText(QRectF(0, top + bfm.height(), left - 8, fm.height()),
                       Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(r.dates, Qt.TextElideMode.ElideRight, left - 8))
            y = top + (row_h - 6 - bar_h) / 2
            track = QRectF(left, y, plot_w, bar_h)
            p.setPen(QPen(QColor(style.LINE), 1))
            p.setBrush(QColor("#eef1f5"))
            p.drawRoundedRect(track, 3, 3)
            scale = max(r.hours, 1.0) if r.room is None else max(r.room, r.hours, 0.01)
            within = r.hours if r.room is None else min(r.hours, r.room)
            p.setPen(Qt.PenStyle.NoPen)
            if within > 0:
                p.setBrush(GREY if r.room is None else TEAL)
                p.drawRoundedRect(QRectF(left, y, plot_w * within / scale, bar_h), 3, 3)
            if r.room is not None and r.hours > r.room:
                x = left + plot_w * r.room / scale
                p.setBrush(bad)
                p.drawRect(QRectF(x, y, plot_w * (r.hours - r.room) / scale, bar_h))
                p.setPen(QPen(ink, 2))
                p.drawLine(int(x), int(y - 3), int(x), int(y + bar_h + 3))
            p.setFont(bold)
            p.setPen(bad if r.over else ink)
            p.drawText(QRectF(left + plot_w + 8, top, right - 8, bfm.height()),
                       Qt.AlignmentFlag.AlignLeft,
                       bfm.elidedText(r.hours_text, Qt.TextElideMode.ElideRight, right - 8))
            p.setFont(self.font())
            p.setPen(muted)
            p.drawText(QRectF(left + plot_w + 8, top + bfm.height(), right - 8, fm.height()),
                       Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(r.cost_text, Qt.TextElideMode.ElideRight, right - 8))
        p.end()
