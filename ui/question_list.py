"""The side list of the interview: every question that applies, by module, answered or not.

A search field filters it (Ctrl+F puts the focus there; the filter ignores case and accents;
Enter opens the first match, Down goes into the list, Escape clears and goes back).
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QLineEdit, QStyle, QStyledItemDelegate,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from checks.content import Content, Question
from ui import style
from ui.widgets import Retranslatable

QID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWERED, DONT_KNOW, UNANSWERED = "answered", "dont_know", "unanswered"


def fold(text: str) -> str:
    """Lowercase without accents, for searching ("sécurité" matches "securite")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _status_icon(status: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    circle = QRectF(1.5, 1.5, size - 3, size - 3)
    if status == ANSWERED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.GOOD))
        painter.drawEllipse(circle)
        painter.setPen(QPen(QColor("white"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        path = QPainterPath(QPointF(size * 0.3, size * 0.52))
        path.lineTo(size * 0.45, size * 0.67)
        path.lineTo(size * 0.72, size * 0.36)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif status == DONT_KNOW:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.WARN))
        painter.drawEllipse(circle)
        font = QFont()
        font.setPixelSize(int(size * 0.7))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "?")
    else:
        painter.setPen(QPen(QColor("#9aa4b0"), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
    painter.end()
    return QIcon(pixmap)


class _WrappingRows(QStyledItemDelegate):
    """Rows as tall as their wrapped title at the list's width (the tree's own size hint
    keeps one line and the wrapped text would be cut). Kept by text, font and width: the tree
    asks again for a row's height whenever anything of the row changes (its icon when it is
    answered, its font when it becomes the current one), on every answer."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt name
        view = self.parent()
        depth = 1 if index.parent().isValid() else 0
        icon = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        width = view.viewport().width() - view.indentation() * depth - icon - 24
        # Sized for bold text, as the current question's row is shown: moving to the next
        # question then changes no row's height (which would lay out and repaint the whole list).
        font = QFont(index.data(Qt.ItemDataRole.FontRole) or option.font)
        font.setBold(True)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        key = (text, font.key(), width, depth, icon)
        size = self._sizes.get(key)
        if size is None:
            hint = super().sizeHint(option, index)
            lines = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 40), 100000),
                                                    Qt.TextFlag.TextWordWrap, text)
            size = QSize(hint.width(), max(hint.height(), lines.height() + 12))
            if len(self._sizes) > 4000:   # widths seen while the window was resized
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)


class QuestionList(Retranslatable, QWidget):
    question_chosen = Signal(str)
    search_left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionList")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.search = QLineEdit(self)
        self.search.setObjectName("questionSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.search.installEventFilter(self)
        column.addWidget(self.search)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("questionTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        self.tree.setUniformRowHeights(False)
        # titles wrap (cut at 25 characters they could not be told apart); the tooltip keeps
        # the text too
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrappingRows(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.installEventFilter(self)
        column.addWidget(self.tree, 1)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._modules: list[QTreeWidgetItem] = []
        self._icons = {s: _status_icon(s) for s in (ANSWERED, DONT_KNOW, UNANSWERED)}
        self._current: str | None = None
        self._retranslate()

    # -- content -------------------------------------------------------------------------------

    def set_questions(self, questions: list[Question], content: Content, lang: str,
                      statuses: dict[str, str]) -> None:
        self.tree.clear()
        self._items.clear()
        self._modules.clear()
        module_item = None
        number = 0
        for question in questions:
            if module_item is None or module_item.data(0, QID_ROLE) != f"module:{question.module}":
                module_item = QTreeWidgetItem(self.tree)
                module_item.setText(0, content.module(question.module).title.get(lang))
                module_item.setData(0, QID_ROLE, f"module:{question.module}")
                module_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = module_item.font(0)
                font.setBold(True)
                module_item.setFont(0, font)
                module_item.setForeground(0, QColor(style.module_colour(question.module)))
                module_item.setExpanded(True)
                self._modules.append(module_item)
            number += 1
            item = QTreeWidgetItem(module_item)
            text = question.text.get(lang)
            item.setText(0, f"{number}. {text}")
            item.setToolTip(0, text)
            item.setData(0, QID_ROLE, question.id)
            theme = content.theme(question.module, question.theme).title.get(lang)
            item.setData(0, SEARCH_ROLE, fold(f"{number} {text} {theme} {question.id}"))
            self._items[question.id] = item
            self.set_status(question.id, statuses.get(question.id, UNANSWERED))
        for module in self._modules:
            module.setExpanded(True)
        self.apply_filter(self.search.text())
        if self._current:
            self.set_current(self._current)

    def set_status(self, question_id: str, status: str) -> None:
        item = self._items.get(question_id)
        if item is None:
            return
        item.setIcon(0, self._icons[status])
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, {
            ANSWERED: self.tr("répondue"), DONT_KNOW: self.tr("je ne sais pas"),
            UNANSWERED: self.tr("sans réponse")}[status])

    def set_current(self, question_id: str) -> None:
        previous = self._items.get(self._current) if self._current else None
        if previous is not None:
            font = previous.font(0)
            font.setBold(False)
            previous.setFont(0, font)
        self._current = question_id
        item = self._items.get(question_id)
        if item is None:
            return
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        # Out of view: brought to the middle, so the next questions are in view already and
        # the list does not scroll (and repaint every row) at every step.
        rect, view = self.tree.visualItemRect(item), self.tree.viewport().rect()
        if not view.contains(rect):
            self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def question_ids(self) -> list[str]:
        return list(self._items)

    def visible_question_ids(self) -> list[str]:
        return [qid for qid, item in self._items.items() if not item.isHidden()]

    # -- search --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_filter(self, text: str) -> None:
        words = fold(text).split()
        for module in self._modules:
            shown = 0
            for index in range(module.childCount()):
                child = module.child(index)
                haystack = child.data(0, SEARCH_ROLE) or ""
                match = all(word in haystack for word in words)
                child.setHidden(not match)
                shown += match
            module.setHidden(shown == 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.Resize:
            self._fit_placeholder()
        if watched is self.tree and event.type() == QEvent.Type.Resize and \
                event.size().width() != event.oldSize().width():
            self.tree.doItemsLayout()   # the rows' heights follow the wrapped titles
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # handled here: the view would also pass Enter on to the page ("next question")
            item = self.tree.currentItem()
            if item is not None:
                self._activated(item)
            return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                visible = self.visible_question_ids()
                if visible:
                    self.question_chosen.emit(visible[0])
                return True
            if key == Qt.Key.Key_Down:
                visible = self.visible_question_ids()
                if visible:
                    self.tree.setCurrentItem(self._items[visible[0]])
                    self.tree.setFocus()
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                self.search_left.emit()
                return True
        return super().eventFilter(watched, event)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        question_id = item.data(0, QID_ROLE)
        if question_id and not str(question_id).startswith("module:"):
            self.question_chosen.emit(question_id)

    # -- language ------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self._placeholders = (self.tr("Chercher une question (Ctrl+F)"),
                              self.tr("Chercher (Ctrl+F)"))
        self._fit_placeholder()
        self.search.setAccessibleName(self.tr("Chercher une question"))
        self.tree.setAccessibleName(self.tr("Liste des questions"))

    def _fit_placeholder(self) -> None:
        """The long hint when it fits the field, else the short one (a narrow list at 150 %
        cut it to "Chercher une question (Ctrl…"): the shortcut stays readable."""
        long, short = self._placeholders
        room = self.search.width() - 24        # the field's frame and text margins
        fits = self.search.fontMetrics().horizontalAdvance(long) <= room
        self.search.setPlaceholderText(long if fits else short)
