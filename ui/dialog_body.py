"""A dialog whose body scrolls when the screen is too short for it (150 % scaling on a
1366x768 laptop leaves 512 logical pixels): the body is never squashed below its size, its
buttons stay in view below it, and at first show the dialog takes the body's full height when
the screen has room, so nothing scrolls where nothing needs to.

    outer, layout = scrolling_body(dialog)   # sections go in `layout`, the buttons in `outer`
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

BODY = "dialogBody"


def scrolling_body(dialog: QDialog) -> tuple[QVBoxLayout, QVBoxLayout]:
    """(the dialog's own layout, the scrolling body's layout)."""
    outer = QVBoxLayout(dialog)
    scroll = QScrollArea(dialog)
    scroll.setObjectName(BODY)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget(scroll)
    body.setObjectName(BODY + "Contents")
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    scroll.setWidget(body)
    outer.addWidget(scroll, 1)
    dialog.installEventFilter(_FitOnFirstShow(dialog))
    return outer, layout


class _FitOnFirstShow(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            fit(watched)
        return False


def fit(dialog: QDialog) -> None:
    """As tall as the body wants at the dialog's width, within 90 % of the screen."""
    scroll = dialog.findChild(QScrollArea, BODY)
    body = scroll.widget()
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(body.minimumSizeHint().width() + bar)   # narrower: never
    width = max(dialog.width(), body.minimumSizeHint().width() + bar
                + dialog.layout().contentsMargins().left() * 2)
    inner = width - bar - dialog.layout().contentsMargins().left() * 2
    wanted = body.heightForWidth(inner) if body.hasHeightForWidth() else -1
    wanted = max(wanted, body.sizeHint().height())
    around = dialog.sizeHint().height() - scroll.sizeHint().height()   # buttons, margins
    screen = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    dialog.resize(width, min(wanted + around + 2, int(screen.height() * 0.9)))
