"""The main window: a header (where am I, what can I do) over a stack of pages.

The window is the controller (after Mu): pages and dialogs receive the session (and the window
when they need it) and talk back through signals; they never import each other. Pages are
created the first time they are shown, so the window appears fast. Pages written by another
module (results, plan, export and settings dialogs) are imported through `_optional`, so the
app still runs while one of them is missing or broken during development.
"""
from __future__ import annotations

import base64
import enum
import importlib
from typing import Callable

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMainWindow,
                               QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from ui import errors
from ui.actions import ActionId, ActionRegistry
from ui.session import Session
from ui.widgets import ElidedLabel, Retranslatable



class _LazyLog:
    """logging is imported on the first message (it is not needed to show the window)."""

    def __getattr__(self, name):
        import logging

        return getattr(logging.getLogger("ui.main_window"), name)


log = _LazyLog()


class PageId(enum.Enum):
    HOME = "home"
    PROFILE = "profile"
    INTERVIEW = "interview"
    RESULTS = "results"
    PLAN = "plan"


CHECKUP_PAGES = (PageId.PROFILE, PageId.INTERVIEW, PageId.RESULTS, PageId.PLAN)


def _optional(module: str, name: str):
    """A class from a ui module, or None when the module is missing or fails to import."""
    try:
        return getattr(importlib.import_module(module), name)
    except Exception:  # noqa: BLE001 - a broken optional page must not stop the app
        log.exception("cannot load %s.%s", module, name)
        return None


class Placeholder(QLabel):
    """Stands in for a page whose module is not available."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setText(self.tr("Cette page n'est pas disponible dans cette version."))


class Header(QFrame):
    """Top bar: the app and the business, the steps of the open checkup, settings."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.setObjectName("header")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        self.home = self._button(window.actions[ActionId.HOME], "headerHome")
        layout.addWidget(self.home)
        self.title = ElidedLabel("", self)
        self.title.setObjectName("headerTitle")
        self.title.setMinimumWidth(self.fontMetrics().horizontalAdvance("Boussole") + 24)
        layout.addWidget(self.title, 1)
        self.steps: dict[PageId, QToolButton] = {}
        for page, action in ((PageId.PROFILE, ActionId.PROFILE), (PageId.INTERVIEW, ActionId.INTERVIEW),
                             (PageId.RESULTS, ActionId.RESULTS), (PageId.PLAN, ActionId.PLAN)):
            button = self._button(window.actions[action], "step")
            button.setCheckable(True)
            self.steps[page] = button
            layout.addWidget(button)
        layout.addSpacing(12)
        self.export = self._button(window.actions[ActionId.EXPORT_PDF], "headerButton")
        layout.addWidget(self.export)
        self.settings = self._button(window.actions[ActionId.SETTINGS], "headerButton")
        layout.addWidget(self.settings)
        self.about = self._button(window.actions[ActionId.ABOUT], "headerButton")
        layout.addWidget(self.about)

    def _button(self, action, name: str) -> QToolButton:
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
        self.export.setVisible(getattr(self, "_in_checkup", False) and room)
        self.about.setVisible(room or not getattr(self, "_in_checkup", False))   # F1 still works


class MainWindow(Retranslatable, QMainWindow):
    page_changed = Signal(str)   # PageId value

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("mainWindow")
        self.setMinimumSize(720, 480)
        self.actions = ActionRegistry(self)
        for _id, action in self.actions:
            self.addAction(action)   # shortcuts work wherever the focus is
        self._wire_actions()

        central = QWidget(self)
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = Header(self)
        column.addWidget(self.header)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("pages")
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages: dict[PageId, QWidget] = {}
        self._factories: dict[PageId, Callable[[], QWidget]] = {
            PageId.HOME: self._make_home,
            PageId.PROFILE: self._make_profile,
            PageId.INTERVIEW: self._make_interview,
            PageId.RESULTS: self._make_results,
            PageId.PLAN: self._make_plan,
        }
        self.current: PageId | None = None
        session.checkup_changed.connect(self._update_chrome)
        session.language_changed.connect(lambda _lang: self._retranslate())
        self._retranslate()

    # -- actions -----------------------------------------------------------------------------

    def _wire_actions(self) -> None:
        a = self.actions
        a.connect(ActionId.HOME, self.go_home)
        a.connect(ActionId.NEW_CHECKUP, self.new_business)
        a.connect(ActionId.PROFILE, lambda: self.show_page(PageId.PROFILE))
        a.connect(ActionId.INTERVIEW, lambda: self.show_page(PageId.INTERVIEW))
        a.connect(ActionId.RESULTS, lambda: self.show_page(PageId.RESULTS))
        a.connect(ActionId.PLAN, lambda: self.show_page(PageId.PLAN))
        a.connect(ActionId.EXPORT_PDF, self.open_export)
        a.connect(ActionId.SETTINGS, self.open_settings)
        a.connect(ActionId.QUIT, self.close)
        a.connect(ActionId.ABOUT, self.open_about)
        a.connect(ActionId.FIND_QUESTION, self._find_question)
        a.connect(ActionId.PREVIOUS_QUESTION, lambda: self._interview_call("previous"))
        a.connect(ActionId.NEXT_QUESTION, lambda: self._interview_call("next"))
        for action_id in (ActionId.PROFILE, ActionId.INTERVIEW, ActionId.RESULTS, ActionId.PLAN):
            a[action_id].setCheckable(True)

    def _interview_call(self, method: str) -> None:
        if self.current == PageId.INTERVIEW:
            getattr(self.pages[PageId.INTERVIEW], method)()

    def _find_question(self) -> None:
        if self.current == PageId.INTERVIEW:
            self.pages[PageId.INTERVIEW].find()
        elif self.current == PageId.HOME:
            self.pages[PageId.HOME].focus_search()

    # -- pages -------------------------------------------------------------------------------

    def page(self, page_id: PageId) -> QWidget:
        """The page, created on first use."""
        widget = self.pages.get(page_id)
        if widget is None:
            widget = self._factories[page_id]()
            widget.setObjectName(f"page-{page_id.value}")
            self.pages[page_id] = widget
            self.stack.addWidget(widget)
        return widget

    def show_page(self, page_id: PageId) -> None:
        if page_id in CHECKUP_PAGES and not self.session.checkup_id:
            page_id = PageId.HOME
        if self.current == PageId.INTERVIEW and page_id != PageId.INTERVIEW:
            self.pages[PageId.INTERVIEW].flush()
        widget = self.page(page_id)
        self.current = page_id
        self.stack.setCurrentWidget(widget)
        entered = getattr(widget, "page_entered", None)
        if callable(entered):
            entered()
        self._update_chrome()
        self.page_changed.emit(page_id.value)

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.current) if self.current else None

    def _make_home(self) -> QWidget:
        from ui.home_page import HomePage

        page = HomePage(self.session, self)
        page.new_business_requested.connect(self.new_business)
        page.new_checkup_requested.connect(self.start_checkup)
        page.checkup_opened.connect(self.resume_checkup)
        return page

    def _make_profile(self) -> QWidget:
        from ui.profile_page import ProfilePage

        page = ProfilePage(self.session, self)
        page.done.connect(lambda: self.show_page(PageId.INTERVIEW))
        return page

    def _make_interview(self) -> QWidget:
        from ui.interview_page import InterviewPage

        page = InterviewPage(self.session, self)
        page.finished.connect(self.finish_interview)
        page.profile_requested.connect(lambda: self.show_page(PageId.PROFILE))
        return page

    def _build_optional(self, module: str, name: str) -> QWidget:
        cls = _optional(module, name)
        if cls is not None:
            try:
                return cls(self.session, self)
            except Exception:  # noqa: BLE001 - show the rest of the app, log the fault
                log.exception("cannot build %s.%s", module, name)
        return Placeholder(self)

    def _make_results(self) -> QWidget:
        page = self._build_optional("ui.results_page", "ResultsPage")
        if isinstance(page, Placeholder):
            return page
        if hasattr(page, "plan_requested"):
            page.plan_requested.connect(lambda: self.show_page(PageId.PLAN))
        if hasattr(page, "interview_requested"):
            page.interview_requested.connect(self.go_to_question)
        return page

    def _make_plan(self) -> QWidget:
        page = self._build_optional("ui.plan_page", "PlanPage")
        if isinstance(page, Placeholder):
            return page
        if hasattr(page, "export_requested"):
            page.export_requested.connect(self.open_export)
        if hasattr(page, "results_requested"):
            page.results_requested.connect(lambda: self.show_page(PageId.RESULTS))
        return page

    # -- the flow ----------------------------------------------------------------------------

    def start(self) -> None:
        """The first page: an owner with a single business lands on it, others on the list."""
        target = None
        if not self.session.settings.get("advisor_mode"):
            try:
                businesses = self.session.store.list_businesses("")
            except Exception:  # noqa: BLE001 - the home page will say it
                businesses = []
            if len(businesses) == 1 and businesses[0].get("last_checkup_id"):
                target = businesses[0]["last_checkup_id"]
        if target:
            self.resume_checkup(target)
        else:
            self.show_page(PageId.HOME)

    def go_home(self) -> None:
        self.show_page(PageId.HOME)

    def new_business(self) -> None:
        from ui.business_dialog import BusinessDialog

        if self.current == PageId.INTERVIEW:
            self.pages[PageId.INTERVIEW].flush()
        dialog = BusinessDialog(self.session, self)
        accepted = dialog.exec()
        business_id = dialog.business_id
        dialog.deleteLater()
        self.activateWindow()
        if accepted and business_id:
            self.start_checkup(business_id)

    def start_checkup(self, business_id: str) -> None:
        """A new checkup for a business: profile first."""
        try:
            self.session.start_checkup(business_id)
        except Exception as exc:  # noqa: BLE001 - the store says what went wrong
            errors.error(self, self.tr("Impossible de commencer le diagnostic"), str(exc),
                         self.tr("Rien n'a été perdu. Réessayez ; si le problème continue, "
                                 "redémarrez Boussole."))
            return
        self.show_page(PageId.PROFILE)

    def resume_checkup(self, checkup_id: str) -> None:
        """Open a checkup where it was left: the saved question, or the results when complete."""
        try:
            self.session.open_checkup(checkup_id)
            checkup = self.session.checkup()
        except Exception as exc:  # noqa: BLE001
            errors.error(self, self.tr("Impossible d'ouvrir ce diagnostic"), str(exc),
                         self.tr("Les autres diagnostics ne sont pas touchés."))
            self.session.close_checkup()
            return
        if checkup.get("completed_at"):
            self.show_page(PageId.RESULTS)
        elif self.session.position() or self.session.assessment().answers:
            self.show_page(PageId.INTERVIEW)
        else:
            self.show_page(PageId.PROFILE)

    def finish_interview(self) -> None:
        try:
            self.session.complete()
        except Exception as exc:  # noqa: BLE001
            errors.error(self, self.tr("Le diagnostic n'a pas pu être marqué terminé"), str(exc),
                         self.tr("Vos réponses sont enregistrées."))
        self.show_page(PageId.RESULTS)

    def go_to_question(self, question_id: str) -> None:
        self.show_page(PageId.INTERVIEW)
        self.pages[PageId.INTERVIEW].go_to(question_id)

    def open_export(self) -> None:
        if not self.session.checkup_id:
            return
        cls = _optional("ui.export_dialog", "ExportDialog")
        if cls is None:
            errors.info(self, self.tr("Export PDF"), self.tr("L'export PDF n'est pas disponible "
                                                             "dans cette version."))
            return
        if self.current == PageId.INTERVIEW:
            self.pages[PageId.INTERVIEW].flush()
        cls(self.session, self).exec()

    def open_settings(self) -> None:
        cls = _optional("ui.settings_dialog", "SettingsDialog")
        if cls is None:
            errors.info(self, self.tr("Paramètres"), self.tr("Les paramètres ne sont pas "
                                                             "disponibles dans cette version."))
            return
        cls(self.session, self).exec()
        if self.current == PageId.HOME:
            self.pages[PageId.HOME].refresh()

    def open_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.session.content, self).exec()

    # -- chrome ------------------------------------------------------------------------------

    def _update_chrome(self, *_args) -> None:
        business = ""
        if self.session.checkup_id:
            try:
                business = self.session.assessment().business.name
            except Exception:  # noqa: BLE001
                business = ""
        page = self.current or PageId.HOME
        self.header.update_for(page, business)
        has_checkup = bool(self.session.checkup_id)
        for action_id in (ActionId.PROFILE, ActionId.INTERVIEW, ActionId.RESULTS, ActionId.PLAN,
                          ActionId.EXPORT_PDF):
            self.actions.set_enabled(action_id, has_checkup)
        in_interview = page == PageId.INTERVIEW
        for action_id in (ActionId.PREVIOUS_QUESTION, ActionId.NEXT_QUESTION):
            self.actions.set_enabled(action_id, in_interview)
        title = "Boussole"
        if business and page in CHECKUP_PAGES:
            title = f"{business} — Boussole"
        self.setWindowTitle(title)

    def _retranslate(self) -> None:
        self.actions.retranslate()
        self._update_chrome()

    # -- geometry and closing ----------------------------------------------------------------

    def restore_geometry(self) -> bool:
        encoded = self.session.settings.get("window_geometry")
        if not encoded:
            return False
        try:
            return self.restoreGeometry(QByteArray(base64.b64decode(encoded, validate=True)))
        except (ValueError, TypeError):
            return False

    def save_geometry(self) -> None:
        encoded = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        try:
            self.session.settings.set("window_geometry", encoded)
        except OSError:
            log.warning("cannot save the window geometry")

    def closeEvent(self, event: QCloseEvent) -> None:
        interview = self.pages.get(PageId.INTERVIEW)
        if interview is not None:
            interview.flush()
        self.save_geometry()
        super().closeEvent(event)
