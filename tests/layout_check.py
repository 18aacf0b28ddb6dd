"""What a shown window cuts (issue 15), as a list of problems a person would see:

- a visible widget smaller than its minimumSizeHint (for wrapped text: shorter than its height
  at its width), in either dimension;
- a button or field outside its window, or cut by a parent (inside a scroll area only the
  scrolled content counts: a row below the fold is reachable, not cut);
- a text cut or elided ("…") whose whole text is not in its tooltip (labels, buttons, table cells);
- a drop-down list whose open list cuts an item;
- a note field showing fewer than four lines.

`problems(window)` returns them as short strings; tests/test_ui_layout.py runs it on every scene
of tests/layout_scenes.py.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea,
                               QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit,
                               QPlainTextEdit, QProgressBar, QScrollBar, QSizePolicy, QStyle, QTabBar, QTextEdit, QWidget)

from ui.combos import popup_problems

ELLIPSIS = "…"
INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def settle() -> None:
    """Let the posted layout requests run: nested height-for-width layouts take a few passes
    (the scenes, the results and the plan pages' fit tests all wait this way)."""
    for _ in range(8):
        QApplication.processEvents()


def name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    label = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({label!r}, {text[:40]!r})"


def _plain(text: str) -> str:
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def in_tooltip(shown: str, tooltip: str) -> bool:
    """True when the tooltip holds the whole of what `shown` abbreviates."""
    tip = " ".join(_plain(tooltip).split())
    start = " ".join(shown.split(ELLIPSIS)[0].replace("&", "").split())
    return bool(tip) and start in tip and len(tip) > len(start)


def _ignored(policy: QSizePolicy.Policy) -> bool:
    return policy == QSizePolicy.Policy.Ignored


def too_small(widget: QWidget) -> list[str]:
    if isinstance(widget, (QScrollBar, QTabBar)) or isinstance(widget.parent(), QAbstractScrollArea):
        return []   # viewports, and the scroll content shown through them, scroll
    if isinstance(widget, QProgressBar) and not widget.isTextVisible():
        # the app's bars are 8 px strips (style sheet) with no text; Qt's minimum counts a
        # line of text they never show
        return []
    out = []
    policy = widget.sizePolicy()
    hint = widget.minimumSizeHint()
    if widget.hasHeightForWidth() or (isinstance(widget, QLabel) and widget.wordWrap()):
        need = widget.heightForWidth(widget.width())
    else:
        need = hint.height()
    if not _ignored(policy.verticalPolicy()) and need > widget.height() + 1:
        out.append(f"{name(widget)}: {widget.height()}px high, needs {need}")
    if not _ignored(policy.horizontalPolicy()) and hint.width() > widget.width() + 1:
        out.append(f"{name(widget)}: {widget.width()}px wide, needs {hint.width()}")
    return out


def outside(widget: QWidget, window: QWidget) -> list[str]:
    """A button or field whose rectangle leaves its window or a parent (up to a scroll area)."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        rect = rect.translated(child.pos())
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent is parent.parentWidget().viewport():
            return []   # scrolled content: reachable by scrolling
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(rect):
            where = "window" if parent is window else name(parent)
            return [f"{name(widget)} at {rect.getRect()} is cut by {where} {parent.rect().getRect()}"]
        child, parent = parent, parent.parentWidget()
    return []


def elided(widget: QWidget, text: str) -> bool:
    """Text shortened with "…" to the widget's width (a "…" inside a sentence, as in
    "(Word, Canva…)", is the writer's own)."""
    if ELLIPSIS not in text or text.strip() == ELLIPSIS:
        return False
    fm = widget.fontMetrics()
    return fm.horizontalAdvance(text) >= widget.contentsRect().width() - 3 * fm.averageCharWidth()


def cut_text(widget: QWidget) -> list[str]:
    tip = widget.toolTip()
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        text = widget.text()
        if not widget.wordWrap() and elided(widget, text) and not in_tooltip(text, tip):
            return [f"{name(widget)}: elided without its whole text in a tooltip"]
        if not widget.wordWrap() and widget.sizeHint().width() > widget.width() + 1 \
                and not in_tooltip(text, tip):
            return [f"{name(widget)}: text cut, {widget.width()}px wide, needs "
                    f"{widget.sizeHint().width()}"]
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        text = widget.currentText()
        room = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, _combo_option(widget),
                                             QStyle.SubControl.SC_ComboBoxEditField, widget).width()
        if widget.fontMetrics().horizontalAdvance(text) > room + 1 and not in_tooltip(text, tip):
            return [f"{name(widget)}: choice cut, {room}px for "
                    f"{widget.fontMetrics().horizontalAdvance(text)}px of text, no tooltip"]
    elif isinstance(widget, QAbstractButton) and type(widget).__name__ != "WrapButton":
        text = widget.text()
        if text and widget.sizeHint().width() > widget.width() + 1 and not in_tooltip(text, tip):
            return [f"{name(widget)}: text cut, {widget.width()}px wide, needs {widget.sizeHint().width()}"]
        if elided(widget, text) and not in_tooltip(text, tip):
            return [f"{name(widget)}: elided without its whole text in a tooltip"]
    return []


def _combo_option(combo: QComboBox):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option


def cut_cells(view: QAbstractItemView) -> list[str]:
    """Cells of a table or list whose text does not fit and whose tooltip does not hold it."""
    model = view.model()
    if model is None:
        return []
    out = []
    room = view.viewport().rect()
    fm = view.fontMetrics()
    root = view.rootIndex()
    for row in range(min(model.rowCount(root), 200)):
        for column in range(model.columnCount(root)):
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(room):
                continue
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text or "\n" in text:
                continue
            if view.isIndexHidden(index) if hasattr(view, "isIndexHidden") else False:
                continue
            hint = view.sizeHintForIndex(index)
            needs = max(hint.width() if hint.isValid() else 0, fm.horizontalAdvance(text) + 8)
            if needs > rect.width() + 2:
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole) or ""
                if text not in " ".join(_plain(str(tip)).split()) and " ".join(text.split()) \
                        not in " ".join(_plain(str(tip)).split()):
                    out.append(f"{type(view).__name__} cell {row},{column} {text[:40]!r}: "
                               f"{rect.width()}px wide, needs {needs}, no tooltip")
    return out


def short_editor(widget: QWidget) -> list[str]:
    """A field for a note shows at least four lines (issue 15 saw two)."""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly():
        lines = widget.viewport().height() // widget.fontMetrics().lineSpacing()
        if lines < 4:
            return [f"{name(widget)}: shows {lines} lines of text, needs 4"]
    return []


def blank_bands(window: QWidget) -> list[str]:
    """Wrapped labels taller than their text by more than a line: a page or dialog sized at a
    wrong width gives its spare height to its labels, a blank band in the middle of a form."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.wordWrap() or label.width() == 0:
            continue
        need = label.heightForWidth(label.width())
        spare = label.height() - (need if need >= 0 else label.sizeHint().height())
        if spare > label.fontMetrics().lineSpacing() + 4:
            found.append(f"{name(label)}: {spare} px blank beside its text")
    return found


def problems(window: QWidget, popups: bool = True) -> list[str]:
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible() or widget.width() == 0:
            continue
        found += too_small(widget)
        if isinstance(widget, INPUTS):
            found += outside(widget, window)
        found += cut_text(widget)
        found += short_editor(widget)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget.parentWidget(), QComboBox):
            found += cut_cells(widget)
        if popups and isinstance(widget, QComboBox) and widget.count():
            found += [f"{name(widget)} list: {p}" for p in popup_problems(widget)]
    return sorted(set(found))
