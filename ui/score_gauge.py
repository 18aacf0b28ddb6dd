"""The results page's headline: the overall score on a gauge of the four maturity bands, the
level, how much is answered, and, right there, why the level is what it is — capped by a
critical point, or provisional on too few answers (checks.evaluation.is_provisional).

Before, the reason a level was capped sat far below, in the per-module lines: an owner read
"En progrès" next to 78/100 and could not tell why.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from checks.evaluation import MATURITY_BANDS, Evaluation
from checks.maturity_palette import MATURITY_HEX, PROVISIONAL_HEX
from checks.vocabulary import MATURITY_LABELS
from ui import style
from ui.widgets import label


class GaugeBar(QWidget):
    """0 to 100 with the maturity bands in their colours; the score filled in its level's
    colour (hatched when provisional), a dark tick where it stands."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.score: float | None = None
        self.maturity = "beginner"
        self.provisional = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)

    def set_value(self, score: float | None, maturity: str, provisional: bool) -> None:
        self.score, self.maturity, self.provisional = score, maturity, provisional
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(320, max(16, self.fontMetrics().height()) + 6)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width() - 2, self.height() - 6
        for i, (level, low) in enumerate(MATURITY_BANDS):
            high = MATURITY_BANDS[i + 1][1] if i + 1 < len(MATURITY_BANDS) else 100.0
            band = QColor(MATURITY_HEX[level])
            band.setAlpha(45)
            painter.fillRect(QRectF(1 + width * low / 100, 3, width * (high - low) / 100, height),
                             band)
        if self.score is not None:
            filled = QRectF(1, 3, width * self.score / 100, height)
            colour = QColor(PROVISIONAL_HEX if self.provisional else MATURITY_HEX[self.maturity])
            style_ = Qt.BrushStyle.BDiagPattern if self.provisional else Qt.BrushStyle.SolidPattern
            painter.fillRect(filled, QBrush(colour, style_))
            painter.setPen(QPen(QColor(style.INK), 2))
            x = 1 + width * self.score / 100
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.setPen(QPen(QColor(style.LINE), 1))
        painter.drawRect(QRectF(1, 3, width, height))
        painter.end()


class ScoreGauge(QFrame):
    """The big score, the gauge and the lines under it. `headline` is the one-line summary
    ("Score global 62/100 — Solide — 100 % répondu"), also read by screen readers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(16)
        self.number = label("", "scoreNumber", wrap=False)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.number, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.headline = label(selectable=True, shrink=True)
        self.headline.setObjectName("overallScore")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        column.addWidget(self.headline)
        self.bar = GaugeBar(self)
        column.addWidget(self.bar)
        self.reason = label("", "levelReason", selectable=True, shrink=True)
        column.addWidget(self.reason)
        outer.addLayout(column, 1)

    def show_evaluation(self, ev: Evaluation | None, lang: str, headline: str) -> None:
        """Show `ev` (None: no checkup open) with `headline` as its one-line summary."""
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline)
        if ev is None or ev.score is None:
            self.number.setText("—")
            self.number.setStyleSheet("")
            self.bar.set_value(None, "beginner", False)
            self.bar.setVisible(ev is not None)
            self.reason.setVisible(False)
            self.setAccessibleName(headline)
            return
        self.bar.setVisible(True)
        provisional = ev.provisional
        self.number.setText(f"{ev.score:.0f}")
        colour = PROVISIONAL_HEX if provisional else MATURITY_HEX[ev.maturity]
        self.number.setStyleSheet(f"color: {colour};")
        self.bar.set_value(ev.score, ev.maturity, provisional)
        reasons = []
        if provisional:
            reasons.append(self.tr("Score provisoire : %1 % des questions ont une réponse ; un "
                                   "score est établi à partir de 80 %.")
                           .replace("%1", f"{ev.completion:.0f}"))
        if ev.capped:
            reasons.append(self.tr("Un point critique limite le niveau à « %1 » : traitez les "
                                   "points critiques ci-dessous pour le lever.")
                           .replace("%1", MATURITY_LABELS[ev.maturity].get(lang)))
        self.reason.setText("\n".join(reasons))
        self.reason.setStyleSheet(f"color: {style.BAD if ev.capped else style.MUTED};")
        self.reason.setVisible(bool(reasons))
        self.setAccessibleName(" ".join([headline, *reasons]))
