"""The window's pages: their ids, and the registry that builds each page the first time it is
shown and connects its signals to the window's commands.

The registry receives the window (after Mu's controller): pages get the session and the window
and talk back through signals; they never import each other or the window. A page's module is
imported when the page is first needed, so the window appears fast.
"""
from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Callable, Protocol

from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from ui.session import Session


class PageId(enum.Enum):
    HOME = "home"
    PROFILE = "profile"
    INTERVIEW = "interview"
    RESULTS = "results"
    PLAN = "plan"


# The pages of an open checkup (the header shows them as steps).
CHECKUP_PAGES = (PageId.PROFILE, PageId.INTERVIEW, PageId.RESULTS, PageId.PLAN)


class Window(Protocol):
    """What the registry needs of the window: its session and the commands pages ask for.
    A protocol rather than the MainWindow class, so that this module never imports the window."""

    session: Session

    def show_page(self, page_id: PageId) -> None: ...
    def new_business(self) -> None: ...
    def start_checkup(self, business_id: str) -> None: ...
    def resume_checkup(self, checkup_id: str) -> None: ...
    def finish_interview(self) -> None: ...
    def go_to_question(self, question_id: str) -> None: ...
    def open_export(self) -> None: ...


class Pages:
    """The pages by id, in the window's stack; `pages[id]` builds the page on first use."""

    def __init__(self, window: Window, stack: QStackedWidget):
        self._window = window
        self._stack = stack
        self._built: dict[PageId, QWidget] = {}
        self._builders: dict[PageId, Callable[[], QWidget]] = {
            PageId.HOME: self._home,
            PageId.PROFILE: self._profile,
            PageId.INTERVIEW: self._interview,
            PageId.RESULTS: self._results,
            PageId.PLAN: self._plan,
        }

    def __getitem__(self, page_id: PageId) -> QWidget:
        # Each page is made inside the stack, not moved there once made: with an application
        # style sheet, Qt restyles a moved widget and everything in it (a page's hundred
        # widgets, ~1.3 % of a launch's instructions).
        widget = self._built.get(page_id)
        if widget is None:
            widget = self._builders[page_id]()
            widget.setObjectName(f"page-{page_id.value}")
            self._built[page_id] = widget
            self._stack.addWidget(widget)
        return widget

    def get(self, page_id: PageId) -> QWidget | None:
        """The page if it has been built, else None (nothing is built)."""
        return self._built.get(page_id)

    # -- one builder per page: the page, its signals connected to the window -------------------

    def _home(self) -> QWidget:
        from ui.home_page import HomePage

        window = self._window
        page = HomePage(window.session, self._stack)
        page.new_business_requested.connect(window.new_business)
        page.new_checkup_requested.connect(window.start_checkup)
        page.checkup_opened.connect(window.resume_checkup)
        page.latest_selected.connect(window.home_selection)
        return page

    def _profile(self) -> QWidget:
        from ui.profile_page import ProfilePage

        window = self._window
        page = ProfilePage(window.session, self._stack)
        page.done.connect(lambda: window.show_page(PageId.INTERVIEW))
        return page

    def _interview(self) -> QWidget:
        from ui.interview_page import InterviewPage

        window = self._window
        page = InterviewPage(window.session, self._stack)
        page.finished.connect(window.finish_interview)
        page.profile_requested.connect(lambda: window.show_page(PageId.PROFILE))
        return page

    def _results(self) -> QWidget:
        from ui.results_page import ResultsPage

        window = self._window
        page = ResultsPage(window.session, self._stack)
        page.plan_requested.connect(lambda: window.show_page(PageId.PLAN))
        page.interview_requested.connect(window.go_to_question)
        return page

    def _plan(self) -> QWidget:
        from ui.plan_page import PlanPage

        window = self._window
        page = PlanPage(window.session, self._stack)
        page.export_requested.connect(window.open_export)
        page.results_requested.connect(lambda: window.show_page(PageId.RESULTS))
        return page
