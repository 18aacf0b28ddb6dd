"""The main window: a header (ui/header.py) over a stack of pages (ui/pages.py).

The window is the controller (after Mu): it owns the actions (ui/actions.py) and the flow
between pages (a new business, a checkup started, resumed, finished; export; settings). Pages
and dialogs receive the session (and the window when they need it) and talk back through
signals; they never import each other.
"""
from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, QSize, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ui import errors
from ui.actions import ActionId, ActionRegistry
from ui.header import Header
from ui.pages import CHECKUP_PAGES, PageId, Pages
from ui.read_only import ReadOnlyBanner
from ui.session import Session
from ui.widgets import Retranslatable, press_focused_button


class CurrentPageStack(QStackedWidget):
    """The pages, as small as the page shown allows: a QStackedWidget asks for the largest of
    all its pages, so a wide page once visited would keep the window too wide for a small
    screen (150 % on a laptop) on every other page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        page = self.currentWidget()
        return page.sizeHint() if page else QSize(0, 0)


class MainWindow(Retranslatable, QMainWindow):
    page_changed = Signal(str)   # PageId value

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("mainWindow")
        self.setMinimumSize(720, 420)
        self.actions = ActionRegistry(self)
        for _id, action in self.actions:
            self.addAction(action)   # shortcuts work wherever the focus is
        self._wire_actions()

        central = QWidget(self)
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = Header(self.actions, self)
        column.addWidget(self.header)
        self.read_only_banner = ReadOnlyBanner(central)   # a checkup kept as it was made
        self.read_only_banner.latest_requested.connect(self.resume_checkup)
        self.read_only_banner.new_checkup_requested.connect(self.start_checkup)
        column.addWidget(self.read_only_banner)
        self.stack = CurrentPageStack(central)
        self.stack.setObjectName("pages")
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages = Pages(self, self.stack)
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
        a.connect(ActionId.PREVIOUS_QUESTION, self._previous_question)
        a.connect(ActionId.NEXT_QUESTION, self._next_question)
        for action_id in (ActionId.PROFILE, ActionId.INTERVIEW, ActionId.RESULTS, ActionId.PLAN):
            a[action_id].setCheckable(True)

    def _previous_question(self) -> None:
        if self.current == PageId.INTERVIEW:
            self.pages[PageId.INTERVIEW].previous()

    def _next_question(self) -> None:
        if self.current == PageId.INTERVIEW:
            self.pages[PageId.INTERVIEW].next()

    def _find_question(self) -> None:
        if self.current == PageId.INTERVIEW:
            self.pages[PageId.INTERVIEW].find()
        elif self.current == PageId.HOME:
            self.pages[PageId.HOME].focus_search()

    # -- pages -------------------------------------------------------------------------------

    def show_page(self, page_id: PageId) -> None:
        if page_id in CHECKUP_PAGES and not self.session.checkup_id:
            page_id = PageId.HOME
        missing = page_id == PageId.INTERVIEW and self._profile_missing()
        if missing:   # a new checkup's interview waits for every profile answer
            page_id = PageId.PROFILE
        if self.current == PageId.INTERVIEW and page_id != PageId.INTERVIEW:
            self.pages[PageId.INTERVIEW].flush()
        widget = self.pages[page_id]
        self.current = page_id
        self.stack.setCurrentWidget(widget)
        widget.page_entered()
        if missing:
            widget.show_missing()
        self._update_chrome()
        self.page_changed.emit(page_id.value)

    def _profile_missing(self) -> bool:
        try:
            return not self.session.read_only and self.session.interview_waits_for_profile()
        except Exception:  # noqa: BLE001 - an unreadable checkup: its page will say so
            return False

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.current) if self.current else None

    # -- the flow ----------------------------------------------------------------------------

    def start(self) -> None:
        """The first page: an owner with a single business lands on it, others on the list."""
        target = None
        if not self.session.settings.get("advisor_mode"):
            try:
                businesses = self.session.businesses("", limit=2)   # is there only one?
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

    def home_selection(self, checkup_id: str) -> None:
        """On the home page, Ctrl+E exports the selected business's latest checkup."""
        if self.current == PageId.HOME:
            self.actions.set_enabled(ActionId.EXPORT_PDF, bool(checkup_id))

    def open_export(self) -> None:
        if not self.session.checkup_id and self.current == PageId.HOME:
            latest = self.pages[PageId.HOME].selected_checkup()
            if latest:
                self.resume_checkup(latest)   # its page, as "Voir le dernier diagnostic"
        if not self.session.checkup_id:
            return
        from ui.export_dialog import ExportDialog

        if self.current == PageId.INTERVIEW:
            self.pages[PageId.INTERVIEW].flush()
        ExportDialog(self.session, self).exec()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        SettingsDialog(self.session, self).exec()
        if self.current == PageId.HOME:
            self.pages[PageId.HOME].refresh()

    def open_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.session.current_content, self).exec()

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
        if page == PageId.HOME and self.pages.get(PageId.HOME) is not None:
            self.home_selection(self.pages[PageId.HOME].selected_checkup())
        in_interview = page == PageId.INTERVIEW
        for action_id in (ActionId.PREVIOUS_QUESTION, ActionId.NEXT_QUESTION):
            self.actions.set_enabled(action_id, in_interview)
        try:
            self.read_only_banner.refresh(self.session, page in CHECKUP_PAGES)
        except Exception:  # noqa: BLE001 - the banner is a hint; the pages say what failed
            self.read_only_banner.setVisible(False)
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
            import logging

            logging.getLogger(__name__).warning("cannot save the window geometry")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        # Enter that no page took: on a focused button, press it (ui/widgets.py says why)
        if not press_focused_button(event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        interview = self.pages.get(PageId.INTERVIEW)
        if interview is not None:
            interview.flush()
        self.save_geometry()
        super().closeEvent(event)
