"""Word-wrapped labels that lay their text out as seldom as they can.

Layouts ask a wrapped label for its height at a width many times per pass (each level of a
nested layout, for its minimum, its preferred and its real size), and QLabel answers each time
by laying its whole text out again (font shaping: the costliest part of showing the next
interview question). The answer only changes with the text, the font, the style or the
margins, so it is kept until one of those changes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel

# Widths seen while a window is resized by hand: enough for a drag, small enough to not grow.
MAX_WIDTHS = 64
# A column label's preferred width: a comfortable line of text.
PREFERRED_CHARACTERS = 40
# A column label's minimum width: the widest of its longest words, measured.
WORDS_MEASURED = 4

# What changes the room a text takes, besides the text. (Word wrap, text format, margin and
# indent send no event: they are set where the label is built, before any layout asks.)
_RESETS = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange,
                     QEvent.Type.ContentsRectChange, QEvent.Type.LanguageChange})


class WrapLabel(QLabel):
    """QLabel, with heightForWidth() kept per (text, width)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._kept: dict = {}   # for the text below: width -> height, and subclasses' answers
        self._for_text: str | None = None
        # QLabel's own format, AutoText, may read the text as rich: answered by QLabel until
        # the label is said to be plain (label() and the answer buttons say so at once)
        self._rich, self._selectable, self._focusable = True, False, False
        self._noted()   # self._document: see setTextInteractionFlags

    def setTextInteractionFlags(self, flags) -> None:  # noqa: N802 - Qt name
        """Rich, selectable (ui/select_on_press.py) or able to take the focus (the read-only
        interview's question), QLabel lays its text out in a text document whose width its
        own size answers set; given answers kept here, it sets it while painting and paints
        twice. QLabel answers for itself then. (Noted here once: asking Qt for the flags at
        every size question cost more than all the rest.)"""
        self._selectable = bool(flags & Qt.TextInteractionFlag.TextSelectableByMouse)
        self._noted()
        super().setTextInteractionFlags(flags)

    def setFocusPolicy(self, policy) -> None:  # noqa: N802 - Qt name
        self._focusable = policy != Qt.FocusPolicy.NoFocus
        self._noted()
        super().setFocusPolicy(policy)

    def setTextFormat(self, text_format) -> None:  # noqa: N802 - Qt name
        self._rich = text_format != Qt.TextFormat.PlainText
        self._noted()
        super().setTextFormat(text_format)

    def _noted(self) -> None:
        self._document = self._rich or self._selectable or self._focusable
        self._kept.clear()

    def _kept_for_text(self) -> dict:
        text = self.text()
        if text != self._for_text or len(self._kept) >= MAX_WIDTHS:
            self._kept.clear()
            self._for_text = text
        return self._kept

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        if self._document:
            return super().heightForWidth(width)
        kept = self._kept_for_text()
        height = kept.get(width)
        if height is None:
            height = kept[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() in _RESETS:
            self._kept.clear()
        super().changeEvent(event)


class ColumnLabel(WrapLabel):
    """A wrapped label in a column whose width is decided above it (the interview's question,
    answers and help). For its size hints QLabel tries widths of its own, laying the text out five
    times for each new text, and the column never uses them: here the minimum is the widest
    word on one line and the preferred size the text at up to PREFERRED_CHARACTERS a line,
    which takes one layout (none for the minimum). Both are kept like the heights."""

    def _frame(self) -> QSize:
        """What surrounds the text: margins, frame, the style sheet's padding."""
        rect = self.contentsRect()
        return QSize(self.width() - rect.width() + 2 * self.margin(),
                     self.height() - rect.height() + 2 * self.margin())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        if self._document:
            return super().minimumSizeHint()
        kept = self._kept_for_text()
        if "minimum" not in kept:
            metrics = self.fontMetrics()
            # the widest word is one of the longest (measuring every word costs what is saved)
            longest = sorted(set(self._for_text.split()), key=len)[-WORDS_MEASURED:]
            widest = max((metrics.horizontalAdvance(word) for word in longest), default=0)
            kept["minimum"] = QSize(widest, metrics.height()) + self._frame()
        return QSize(kept["minimum"])

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        if self._document:
            return super().sizeHint()
        kept = self._kept_for_text()
        if "preferred" not in kept:
            text, metrics = self._for_text, self.fontMetrics()
            line = (metrics.horizontalAdvance(text) if len(text) <= PREFERRED_CHARACTERS
                    else metrics.averageCharWidth() * PREFERRED_CHARACTERS)
            least = self.minimumSizeHint()
            width = max(line + self._frame().width(), least.width())
            kept["preferred"] = QSize(width, max(self.heightForWidth(width), least.height()))
        return QSize(kept["preferred"])
