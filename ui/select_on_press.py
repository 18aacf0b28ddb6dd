"""Selectable labels that cost nothing until the mouse presses on them.

A QLabel whose text can be selected keeps a whole text document (QWidgetTextControl) and lays
it out again at every setText and every size question, where a plain label takes QLabel's
light path (ui/wrap_label.py keeps its answers). Selecting starts with a mouse press, so the
label turns selectable on the press it then handles, and plain again when the mouse leaves
with nothing selected. Both ways draw the text identically; the I-beam pointer says all along
that the text can be selected.

(It used to turn selectable when the mouse entered: with the mouse resting over the question
while the keys answer, the labels under it paid for the document at every question.)
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
PLAIN = Qt.TextInteractionFlag.NoTextInteraction


class SelectOnPress(QObject):
    """Installed on a label (its child): selectable from a press until the mouse leaves with
    nothing selected."""

    def __init__(self, label: QLabel):
        super().__init__(label)
        label.setCursor(Qt.CursorShape.IBeamCursor)
        label.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            # before QLabel handles the press: it starts the selection (or opens the menu)
            watched.setTextInteractionFlags(SELECTABLE)
        elif kind == QEvent.Type.Leave and not watched.hasSelectedText():
            watched.setTextInteractionFlags(PLAIN)   # the I-beam pointer stays (set above)
        return False
