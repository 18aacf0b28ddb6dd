"""Shared fixtures of the UI tests: real windows on a real store in tmp_path, no mocks.

Messages that would be modal dialogs are recorded through ui.errors' handler (the dialogs
themselves are tested once in test_ui_shell.py). Imported by the tests/test_ui_*.py modules.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checks.content import DONT_KNOW, applies


class Recorder:
    """Collects ui.errors messages; `confirm_answer` answers yes/no questions."""

    def __init__(self):
        self.messages = []
        self.confirm_answer = True

    def __call__(self, message):
        self.messages.append(message)
        return self.confirm_answer if message.kind == "confirm" else None

    def kinds(self) -> list[str]:
        return [m.kind for m in self.messages]


@pytest.fixture
def messages():
    from ui import errors, i18n

    recorder = Recorder()
    errors.set_handler(recorder)
    yield recorder
    errors.set_handler(None)
    i18n.switch_language("fr")


@pytest.fixture
def open_app(qtbot, data_dir, content, messages):
    """open_app(folder=data_dir, **settings) -> a shown, active MainWindow on that folder."""
    from desktop.settings import Settings
    from ui import app as ui_app

    ui_app.create_application([])
    windows = []

    def _open(folder=None, start=True, size=(1280, 800), **settings):
        folder = folder or data_dir
        if settings:
            stored = Settings(folder)
            for key, value in settings.items():
                stored.set(key, value)
        window = ui_app.open_window(folder, content=content)
        if window is None:
            return None
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(*size)
        if start:
            window.start()
        window.show()
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        return window

    yield _open
    for window in windows:
        close_window(window)


def close_window(window) -> None:
    """Close like a person would (closeEvent flushes notes, saves geometry), then the store."""
    if window.isVisible():
        window.close()
    window.session.close()


def new_business(window, qtbot, name="Boulangerie Martin", postcode="69003", city="Lyon",
                 by_mouse=False, profile=True):
    """Open the business dialog (Ctrl+N or the button) and fill it; returns when accepted.
    A new business's profile starts unanswered: with `profile`, answer it as its defaults say
    (clicking each card's options), and leave the focus on the profile page."""
    from ui.business_dialog import BusinessDialog

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BusinessDialog), dialog
        QTest.keyClicks(dialog.name, name)
        QTest.keyClicks(dialog.postcode, postcode)
        QTest.keyClicks(dialog.city, city)
        if by_mouse:
            from PySide6.QtWidgets import QDialogButtonBox

            QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
        else:
            QTest.keyClick(dialog.city, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    if by_mouse:
        home = window.current_page()
        button = home.new_button if home.views.currentIndex() == 0 else home.start_button
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier)
    wait_active(window)
    if profile:
        answer_profile(window)


def answer_profile(window) -> None:
    """Click the default answer of every unanswered profile question, then focus the first
    question's answer (as the page does when entered)."""
    page = window.current_page()
    content = window.session.content
    for question in content.profile:
        card = page.cards[question.id]
        if card.value() not in (None, []):
            continue
        defaults = question.default if question.multiple else [question.default]
        for option in defaults:
            click(card.buttons[option], page.scroll)
    first = next(iter(page.cards.values()))
    next(b for b in first.buttons.values() if b.isChecked()).setFocus()


def wait_active(window) -> None:
    """After a modal dialog: wait until the window is active again and holds the focus."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.qWait(0)


def focused():
    return QApplication.focusWidget()


def expected_questions(window):
    session = window.session
    profile = session.assessment().profile
    return [q.id for q in session.content.questions.values() if applies(q, profile)]


def answer_key(question, i: int):
    """The digit key for the i-th question: a spread of options, every 7th "don't know"."""
    if i % 7 == 6:
        return Qt.Key.Key_0, DONT_KNOW
    index = i % len(question.options)
    return Qt.Key(Qt.Key.Key_1.value + index), question.options[index].id


def click(widget, scroll=None) -> None:
    """Click a widget like a person: scroll it into view first."""
    if scroll is not None:
        scroll.ensureWidgetVisible(widget)
        QTest.qWait(0)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
