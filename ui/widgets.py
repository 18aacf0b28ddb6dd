"""Small widgets shared by the pages: wrapped labels, buttons, a scrolling page, a card.

The big answer button has its own module: ui/option_button.py."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6 import QtGui
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from ui.i18n import LANGUAGE_NAMES, LANGUAGES
from ui.select_on_press import SelectOnPress
from ui.wrap_label import ColumnLabel, WrapLabel


def label(text: str = "", name: str = "", parent: QWidget | None = None, *, wrap: bool = True,
          selectable: bool = False, rich: bool = False, shrink: bool = False,
          column: bool = False) -> QLabel:
    """The app's label: word-wrapped (never cut: it grows in height instead), plain text unless
    `rich` (what people type is never read as markup), selectable with the mouse if asked.

    A wrapped label is height-for-width: as tall as its text at the width it is given. Its
    vertical policy says what a layout may do below its preferred size (its text wrapped at
    QLabel's own guess of a width):
    - shrink=False (Minimum): never less. For forms and page bodies whose size comes from
      their contents' sizes (dialog rows keep their height; an empty label takes no room).
    - shrink=True (QLabel's own policy, untouched: Preferred): less when the real width is
      wider than the guess. For wide columns and dialogs that size themselves from their labels' minimums
      (results, plan, export, settings, storage): with Minimum they would keep the height of
      the narrow guess and leave blank space under the text.

    column=True: a label in a column whose width is set above it (the interview's question,
    answers and help) asks no width of its own and answers its size hints without laying its
    text out again (ui/wrap_label.py's ColumnLabel; every wrapped label keeps its heights).
    """
    kind = ColumnLabel if column else WrapLabel   # ui/wrap_label.py
    widget = kind(text, parent) if wrap else QLabel(text, parent)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    if selectable:   # from the first press (ui/select_on_press.py: cheaper to fill)
        SelectOnPress(widget)
    if not shrink:
        # A new policy drops the height-for-width flag QLabel sets for wrapped text: set it
        # again. (shrink keeps QLabel's own policy as it is, flag included.)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(wrap)
        widget.setSizePolicy(policy)
    return widget


def heading(text: str = "", scale: float = 1.25, top: int = 0) -> QLabel:
    """A bold, larger wrapped label: page titles and section headings of the results and plan."""
    widget = label(text, selectable=True, shrink=True)
    if top:
        widget.setContentsMargins(0, top, 0, 0)
    font = widget.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def button(text: str = "", parent: QWidget | None = None, primary: bool = False,
           danger: bool = False, name: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setProperty("primary", primary)
    widget.setProperty("danger", danger)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    # Never a dialog's default by chance: Qt makes the first autoDefault button the default of
    # a dialog that names none. Enter still presses it: press_focused_button on the pages,
    # setAutoDefault(True) in a dialog that names its default (ui/settings_signing.py).
    widget.setAutoDefault(False)
    if name:
        widget.setObjectName(name)
    return widget


def press_focused_button(event: QtGui.QKeyEvent) -> bool:
    """Enter on a focused button presses it, as Space does; says whether it did.

    Qt presses a focused button on Enter only in dialogs: on the pages, the key went on to the
    page, where it did nothing ("Commencer un diagnostic") or meant "next question" while
    "Précédent" had the focus. The window asks this for the keys no page took, and the pages
    that give Enter a meaning of their own ask it first. Answers (OptionButton) are not push
    buttons: Enter on an answer still goes on."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    focus = QApplication.focusWidget()
    if not isinstance(focus, (QPushButton, QToolButton)) or not focus.isEnabled():
        return False
    focus.click()
    return True


class LanguageBox(QComboBox):
    """A choice among the languages Boussole speaks (the app's, or a report's)."""

    def __init__(self, selected: str, parent: QWidget | None = None):
        super().__init__(parent)
        for code in LANGUAGES:
            self.addItem(LANGUAGE_NAMES[code], code)
        self.set_language(selected)
        # Its open list as tall as its items: Qt's guess cut "English" under the list's
        # bottom edge when the box had the focus (its focused style pads it differently).
        # Imported here: ui.combos builds QStyle's enum types, which the start does not need.
        from ui.combos import fit_popup

        fit_popup(self)

    def language(self) -> str:
        """The chosen language's code ("fr", "en")."""
        return self.currentData()

    def set_language(self, code: str) -> None:
        """Choose `code`; an unknown code chooses the first language (French)."""
        self.setCurrentIndex(max(0, self.findData(code)))


def set_shown(widget: QWidget, shown: bool) -> None:
    """setVisible only when it changes something (the interview sets dozens per answer)."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)


class Retranslatable:
    """Mixin: re-set the widget's texts when ui.i18n.switch_language installs other
    translators (Qt then sends QEvent.LanguageChange). The widget defines `_retranslate()`."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class RefreshWhenShown:
    """Mixin for pages rebuilt from the session's data (results, plan): rebuild at once when
    visible, otherwise when next shown, so answering a question never pays for hidden pages.
    The page defines `refresh()`, which clears `_dirty`."""

    _dirty = False

    def page_entered(self) -> None:
        """Shown by the window: nothing more to do, showEvent() rebuilds what is stale."""

    def request_refresh(self, *_args) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange:
            self.request_refresh()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._dirty:
            self.refresh()
        super().showEvent(event)


def scroll_column(owner: QWidget, fill: bool = False) -> tuple[QVBoxLayout, QScrollArea, QVBoxLayout]:
    """Fill `owner` with a frameless vertical scroll area.

    Returns the owner's layout (to add a fixed bar below), the scroll area and its column.
    `fill`: the column takes the whole height and scrolls only below its minimum (a list that
    stretches in a tall window, and keeps a few rows in a short one).
    """
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    outer.addWidget(scroll)
    body = _FillingBody() if fill else QWidget()
    scroll.setWidget(body)
    column = QVBoxLayout(body)
    column.setContentsMargins(16, 12, 16, 12)
    column.setSpacing(10)
    return outer, scroll, column


class HeightFromWidth:
    """Mixin: the widget's height comes from height-for-width (text wrapped at its real width)
    alone, not from the minimum size, which Qt computes with every label at its narrowest and
    which leaves a tall blank space under the content (or, in a page, makes it scroll)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(super().minimumSizeHint().width(), 0)


class _ScrollBody(HeightFromWidth, QWidget):
    """The scrolled widget, as tall as its content wrapped at the scroll area's width."""


class LeastHeightForWidth:
    """Mixin for a widget with a layout: its height for a width is the least its layout needs
    at that width (rows at their minimum, text wrapped at the real width), not the height its
    layout would like, which Qt answers by default (a scroll area or a stack asking it then
    scrolls with room to spare)."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout else -1


class _FillingBody(LeastHeightForWidth, _ScrollBody):
    """Asks the scroll area for its minimum height at its width only (QScrollArea gives a
    resizable widget its height for width, the preferred one by default)."""


class ScrollPage(QScrollArea):
    """A page whose content scrolls vertically and never scrolls sideways (text wraps)."""

    def __init__(self, parent: QWidget | None = None, max_width: int = 0):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = _ScrollBody()
        self.body.setObjectName("scrollBody")
        outer = QHBoxLayout(self.body)
        outer.setContentsMargins(24, 20, 24, 24)
        self.column = QWidget(self.body)
        if max_width:
            self.column.setMaximumWidth(max_width)
        outer.addStretch(0)
        outer.addWidget(self.column, 1)
        outer.addStretch(0)
        self.layout_ = QVBoxLayout(self.column)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(12)
        self.setWidget(self.body)


class Card(QFrame):
    """A white rounded panel with a vertical layout (`card.body`)."""

    def __init__(self, parent: QWidget | None = None, name: str = "card", margins: int = 16):
        super().__init__(parent)
        self.setObjectName(name)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(margins, margins - 2, margins, margins)
        self.body.setSpacing(8)


class ElidedLabel(QLabel):
    """One line, elided with … when too narrow; the full text is in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        # What is shown here is typed by people (a business name): never read it as markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(QtGui.Qt.convertFromPlainText(text) if text else "")
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        # the room inside the style sheet's padding, where the text is drawn
        room = self.contentsRect().width() - 2 * self.margin()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(room, 40)))

