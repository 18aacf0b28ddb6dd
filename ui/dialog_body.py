"""A dialog whose body scrolls when the screen is too short for it (150 % scaling on a
1366x768 laptop leaves 512 logical pixels): the body is never squashed below its size, its
buttons stay in view below it, and at first show the dialog takes the body's full height when
the screen has room, so nothing scrolls where nothing needs to.

    outer, layout = scrolling_body(dialog)   # sections go in `layout`, the buttons in `outer`
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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
    # Not a stop of its own: the dialog opens with its first field focused, ready for typing
    # (a focusable body took the focus and the first keys went nowhere). Tab still scrolls
    # the body to each field it reaches (QScrollArea.focusNextPrevChild).
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
    # At the real width: a wrapped label's size hint is its text at a narrower guess, taller,
    # and the extra height went to the labels (a blank band under an empty message line).
    wanted = (body.heightForWidth(inner) if body.hasHeightForWidth()
              else body.sizeHint().height())
    around = dialog.sizeHint().height() - scroll.sizeHint().height()   # buttons, margins
    screen = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    dialog.resize(width, min(wanted + around + 2, int(screen.height() * 0.9)))


def grow_to_fit(dialog: QDialog) -> None:
    """After its content grew (a result line, a logo shown): the dialog takes the height its
    content needs at its width, up to 90 % of the screen (beyond, a scrolling body scrolls),
    and never shrinks under the person's own resizing."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumSizeHint().width())
    wanted = dialog.heightForWidth(width) if dialog.hasHeightForWidth() else -1
    wanted = max(wanted, dialog.minimumSizeHint().height())
    scroll = dialog.findChild(QScrollArea, BODY)
    if scroll is not None:   # the body's whole height, not only its scrolling minimum
        body = scroll.widget()
        inner = scroll.viewport().width()
        need = body.heightForWidth(inner) if body.hasHeightForWidth() else body.sizeHint().height()
        wanted = max(wanted, dialog.height() + need - scroll.viewport().height())
    screen = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    height = min(max(dialog.height(), wanted), int(screen.height() * 0.9))
    if height != dialog.height() or width != dialog.width():
        dialog.resize(width, height)
