"""A per-module score chart drawn with QPainter (QtCharts is not part of PySide6-Essentials).

One horizontal bar per module, 0 to 100, with the maturity bands marked on the track. A module
whose checkup is not finished is drawn hatched and says so, so a half-done checkup never looks
like a good one; the previous checkup's score, when there is one, is a dark tick on the track.
Every number is also in the accessible description, for screen readers.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from checks.evaluation import MATURITY_BANDS, is_provisional
from checks.maturity_palette import MATURITY_HEX

COLOURS = {level: QColor(hex_) for level, hex_ in MATURITY_HEX.items()}   # same as the PDF


@dataclass(frozen=True)
class ChartRow:
    label: str                 # module title, in the display language
    score: float | None        # 0-100, None when nothing is answered
    completion: float          # 0-100
    maturity: str              # one of the MATURITY_BANDS levels
    maturity_label: str        # in the display language
    previous: float | None = None   # score of the previous checkup


class ScoreChart(QWidget):
    """Horizontal bars, one per module. Set the rows with set_rows()."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[ChartRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # reachable, so a screen reader reads it
        self.setMinimumWidth(240)
        self._retranslate()

    # -- data ---------------------------------------------------------------------------------

    def rows(self) -> list[ChartRow]:
        return list(self._rows)

    def set_rows(self, rows: list[ChartRow]) -> None:
        self._rows = list(rows)
        self._retranslate()
        self.updateGeometry()
        self.update()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Graphique des scores par domaine"))
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description().replace("; ", "\n"))

    def description(self) -> str:
        """The chart in words: every module's score, maturity, completion and change."""
        parts = []
        for row in self._rows:
            parts.append(self._row_text(row))
        return "; ".join(parts) if parts else self.tr("Aucun score pour l'instant")

    def _row_text(self, row: ChartRow) -> str:
        if row.score is None:
            text = self.tr("%1 : pas encore de réponse").replace("%1", row.label)
        else:
            text = (self.tr("%1 : %2/100, %3, %4 % répondu")
                    .replace("%1", row.label).replace("%2", f"{row.score:.0f}")
                    .replace("%3", row.maturity_label).replace("%4", f"{row.completion:.0f}"))
        if row.previous is not None and row.score is not None:
            delta = round(row.score) - round(row.previous)
            text += " " + self.tr("(précédent : %1, écart %2)").replace(
                "%1", f"{row.previous:.0f}").replace("%2", f"{delta:+d}")
        return text

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update()
        super().changeEvent(event)

    # -- geometry -----------------------------------------------------------------------------

    def _metrics(self) -> tuple[QFontMetrics, QFontMetrics, int, int]:
        fm = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bfm = QFontMetrics(bold)
        bar_h = max(14, fm.height())
        row_h = bfm.height() + 4 + bar_h + 4 + fm.height() + fm.height() // 2 + 6
        return fm, bfm, bar_h, row_h

    def sizeHint(self) -> QSize:
        _, _, _, row_h = self._metrics()
        fm = QFontMetrics(self.font())
        return QSize(fm.horizontalAdvance("M") * 40, max(1, len(self._rows)) * row_h + 8)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(self.minimumWidth(), hint.height())

    # -- drawing ------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        fm, bfm, bar_h, row_h = self._metrics()
        bold = QFont(self.font())
        bold.setBold(True)
        margin = 4
        width = self.width() - 2 * margin
        y = margin
        if not self._rows:
            painter.setPen(text_colour)
            painter.drawText(QRectF(margin, y, width, fm.height() * 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                             self.tr("Aucun score pour l'instant"))
            painter.end()
            return
        for row in self._rows:
            # Title line: module, then score and maturity on the right.
            painter.setFont(bold)
            painter.setPen(text_colour)
            if row.score is None:
                right = self.tr("pas encore de réponse")
            else:
                right = (self.tr("%1/100 — %2").replace("%1", f"{row.score:.0f}")
                         .replace("%2", row.maturity_label))
            right_w = bfm.horizontalAdvance(right)
            label = bfm.elidedText(row.label, Qt.TextElideMode.ElideRight,
                                   max(20, width - right_w - 12))
            painter.drawText(QRectF(margin, y, width, bfm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            painter.drawText(QRectF(margin, y, width, bfm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
            y += bfm.height() + 4
            # The track with its maturity bands.
            track = QRectF(margin, y, width, bar_h)
            painter.setPen(Qt.PenStyle.NoPen)
            for i, (level, low) in enumerate(MATURITY_BANDS):
                high = MATURITY_BANDS[i + 1][1] if i + 1 < len(MATURITY_BANDS) else 100.0
                band = QColor(COLOURS[level])
                band.setAlpha(28)
                painter.setBrush(band)
                painter.drawRect(QRectF(track.left() + track.width() * low / 100, track.top(),
                                        track.width() * (high - low) / 100, track.height()))
            if row.score is not None:
                colour = COLOURS.get(row.maturity, QColor("#566573"))
                bar = QRectF(track.left(), track.top(), track.width() * max(row.score, 1) / 100,
                             track.height())
                painter.setBrush(colour)
                painter.drawRect(bar)
                if row.completion < 99.5:
                    # Unfinished: hatch the bar; the number is provisional.
                    painter.setBrush(QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
                    painter.drawRect(bar)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(muted, 1))
            painter.drawRect(track)
            if row.previous is not None:
                x = track.left() + track.width() * row.previous / 100
                painter.setPen(QPen(text_colour, 3))
                painter.drawLine(int(x), int(track.top() - 3), int(x), int(track.bottom() + 3))
            y += bar_h + 4
            # Completion line.
            painter.setFont(self.font())
            painter.setPen(text_colour if row.completion >= 99.5 else muted)
            line = self.tr("%1 % des questions répondues").replace("%1", f"{row.completion:.0f}")
            if is_provisional(row.completion) and row.score is not None:   # the app's one rule
                line += " — " + self.tr("score provisoire")
            if row.previous is not None and row.score is not None:
                delta = round(row.score) - round(row.previous)
                line += " — " + self.tr("précédent : %1 (%2)").replace(
                    "%1", f"{row.previous:.0f}").replace("%2", f"{delta:+d}")
            line = fm.elidedText(line, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRectF(margin, y, width, fm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += fm.height() + fm.height() // 2 + 6
        painter.end()
