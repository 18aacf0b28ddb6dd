"""The window's header: home, the business whose checkup is open, the steps of the checkup
(profile, questions, results, plan), export and settings. Each button runs an action of the
window's registry (ui/actions.py), so the header, the keys and the menus share one state."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from ui.actions import ActionId
from ui.pages import CHECKUP_PAGES, PageId
from ui.widgets import ElidedLabel

if TYPE_CHECKING:
    from ui.actions import ActionRegistry


class Header(QFrame):
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
        self._in_checkup = False

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

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Narrow window (150 % scaling on a laptop): the export button leaves the header
        (Ctrl+E and the plan page still export) so the business name stays readable."""
        room = self.width() >= self.fontMetrics().averageCharWidth() * 130
        self.export.setVisible(self._in_checkup and room)
        self.about.setVisible(room or not self._in_checkup)   # F1 still opens it
