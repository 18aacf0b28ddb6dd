"""The window's header: home, the business whose checkup is open, the steps of the checkup
(profile, questions, results, plan), export and settings. Each button runs an action of the
window's registry (ui/actions.py), so the header, the keys and the menus share one state."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QToolButton, QWidget

from ui import style
from ui.actions import ActionId
from ui.pages import CHECKUP_PAGES, PageId
from ui.widgets import ElidedLabel, Retranslatable

if TYPE_CHECKING:
    from ui.actions import ActionRegistry


class Header(Retranslatable, QFrame):
    """Top bar: the app and the business, the steps of the open checkup, settings."""

    def __init__(self, actions: ActionRegistry, parent: QWidget):
        # The actions, not the window: the header shares their state and never imports the window.
        super().__init__(parent)
        self.setObjectName("header")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        self.home = self._button(actions[ActionId.HOME], "headerHome")
        layout.addWidget(self.home)
        self.title = ElidedLabel("", self)
        self.title.setObjectName("headerTitle")
        self.title.setMinimumWidth(self.fontMetrics().horizontalAdvance("Boussole") + 24)
        layout.addWidget(self.title, 1)
        self.steps: dict[PageId, QToolButton] = {}
        for page, action in ((PageId.PROFILE, ActionId.PROFILE), (PageId.INTERVIEW, ActionId.INTERVIEW),
                             (PageId.RESULTS, ActionId.RESULTS), (PageId.PLAN, ActionId.PLAN)):
            button = self._button(actions[action], "step")
            button.setCheckable(True)
            self.steps[page] = button
            layout.addWidget(button)
        layout.addSpacing(12)
        self.export = self._button(actions[ActionId.EXPORT_PDF], "headerButton")
        layout.addWidget(self.export)
        self.settings = self._button(actions[ActionId.SETTINGS], "headerButton")
        layout.addWidget(self.settings)
        self.about = self._button(actions[ActionId.ABOUT], "headerButton")
        layout.addWidget(self.about)
        # What does not fit (150 % scaling on a laptop) goes into a "⋯" menu, never cut off.
        self.more_menu = QMenu(self)
        self.more_menu.setObjectName("headerMoreMenu")
        self.more = QToolButton(self)
        self.more.setObjectName("headerMore")
        self.more.setText("⋯")
        self.more.setMenu(self.more_menu)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.setVisible(False)
        layout.addWidget(self.more)
        self._in_checkup = False
        self._sized = False   # until its first resize, the header has Qt's default width
        self._retranslate()

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def update_for(self, page: PageId, business: str) -> None:
        in_checkup = page in CHECKUP_PAGES
        for step_page, button in self.steps.items():
            button.setVisible(in_checkup)
            button.setChecked(step_page == page)
            button.defaultAction().setChecked(step_page == page)
            button.setAccessibleName(button.text())
        self.export.setVisible(in_checkup)
        self.home.setVisible(page != PageId.HOME)
        self.title.set_full_text(business if in_checkup and business else "Boussole")
        self._in_checkup = in_checkup
        self._fit()

    def _retranslate(self) -> None:
        self.more.setToolTip(self.tr("Plus de commandes"))
        self.more.setAccessibleName(self.tr("Plus de commandes"))
        self._fit()   # the buttons' words changed width

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._sized = True
        self._fit()

    def _fit(self) -> None:
        """Narrow window (150 % scaling on a laptop): the commands on the right that do not fit
        beside the steps and a readable business name move, in order, into the "⋯" menu.
        Nothing is decided before the header has its width in the window (at a start, fitting
        the default 640 pixels then the window's width switched style sheets twice)."""
        if not self._sized:
            return
        layout = self.layout()
        # a narrow window: tighter buttons, so the business name keeps more of its letters
        compact = self.width() < self.fontMetrics().height() * 60
        if bool(self.property("compact")) != compact:
            self.setProperty("compact", compact)
            # the tighter buttons as the header's own style sheet, which Qt applies to them
            # itself (re-polishing them from Python would cost PySide6 its QStyle type, ~10 ms,
            # on every start in a narrow window)
            self.setStyleSheet(style.HEADER_COMPACT if compact else "")
            for button in self.findChildren(QToolButton):
                button.updateGeometry()
            layout.setSpacing(4 if compact else 8)
            layout.invalidate()
        gap = layout.spacing()
        margins = layout.contentsMargins()
        used = margins.left() + margins.right() + 12 + self.title.minimumWidth() + gap
        used += sum(b.sizeHint().width() + gap for b in (self.home, *self.steps.values())
                    if not b.isHidden())
        # the business name whole, up to about thirty characters, before the commands
        if self._in_checkup:
            fm = self.title.fontMetrics()
            name = min(fm.horizontalAdvance(self.title.accessibleName()), fm.averageCharWidth() * 30)
            used += max(0, name + 16 - self.title.minimumWidth())   # 16: the label's padding
        wanted = [b for b in (self.export, self.settings, self.about)
                  if b is not self.export or self._in_checkup]
        widths = [b.sizeHint().width() + gap for b in wanted]
        more = self.more.sizeHint().width() + gap
        shown = len(wanted)
        while shown and used + sum(widths[:shown]) + (more if shown < len(wanted) else 0) > self.width():
            shown -= 1
        self.more_menu.clear()
        for button in (self.export, self.settings, self.about):
            visible = button in wanted[:shown]
            button.setVisible(visible)
            if button in wanted and not visible:
                self.more_menu.addAction(button.defaultAction())
        self.more.setVisible(shown < len(wanted))
