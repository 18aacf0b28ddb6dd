"""Selectable labels that cost nothing until the mouse comes.

A QLabel whose text can be selected keeps a whole text document (QWidgetTextControl) and lays
it out again at every setText and every height-for-width question, where a plain label takes
QLabel's light path. Selecting needs the mouse (TextSelectableByMouse), so the label turns
selectable when the mouse enters it and plain again when it leaves with nothing selected. Both
ways draw the text identically.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
PLAIN = Qt.TextInteractionFlag.NoTextInteraction


class HoverSelect(QObject):
    """Installed on a label (its child): selectable while the mouse is over it."""

    def __init__(self, label: QLabel):
        super().__init__(label)
        label.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Enter:
            watched.setTextInteractionFlags(SELECTABLE)
        elif kind == QEvent.Type.Leave and not watched.hasSelectedText():
            watched.setTextInteractionFlags(PLAIN)
        return False
