"""A word-wrapped label that remembers its height for each width it was asked about.

Layouts ask a wrapped label for its height at a width many times per pass (each level of a
nested layout, for its minimum, its preferred and its real size), and QLabel answers each time
by laying its whole text out again (font shaping: the costliest part of showing the next
interview question). The answer only changes with the text, the font, the style or the
margins, so it is kept until one of those changes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

# Widths seen while a window is resized by hand: enough for a drag, small enough to not grow.
MAX_WIDTHS = 64

# What changes the room a text takes, besides the text. (Word wrap, text format, margin and
# indent send no event: they are set where the label is built, before any layout asks.)
_RESETS = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange,
                     QEvent.Type.ContentsRectChange, QEvent.Type.LanguageChange})


class WrapLabel(QLabel):
    """QLabel, with heightForWidth() kept per (text, width)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._heights: dict[int, int] = {}
        self._for_text: str | None = None

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        text = self.text()
        if text != self._for_text:
            self._heights.clear()
            self._for_text = text
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= MAX_WIDTHS:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() in _RESETS:
            self._heights.clear()
        super().changeEvent(event)
