"""À propos de Boussole: opened from the window (F1 or the header), the versions and the
licences it shows, in French and English, and closed from the keyboard."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop import __version__
from tests.test_ui_flow_support import messages, open_app  # noqa: F401
from ui.about_dialog import AboutDialog
from ui.actions import ActionId

FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")


@pytest.fixture
def english():
    from ui import i18n

    i18n.switch_language("en")
    yield
    i18n.switch_language("fr")


def about(qtbot, content) -> AboutDialog:
    dialog = AboutDialog(content)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    return dialog


def test_versions_and_content_date_in_french(qtbot, content):
    dialog = about(qtbot, content)
    assert dialog.windowTitle() == "À propos de Boussole"
    assert dialog.version.text() == f"Version {__version__}"
    month = FRENCH_MONTHS[content.as_of.month - 1]
    assert dialog.content_version.text() == (
        f"Questionnaire : version {content.version}, faits vérifiés au "
        f"{'1er' if content.as_of.day == 1 else content.as_of.day} {month} {content.as_of.year}")
    assert "sans connexion" in dialog.summary.text()


def test_every_component_is_listed_with_its_licence_text(qtbot, content):
    dialog = about(qtbot, content)
    names = dialog.component_names()
    for expected in ("Qt 6", "PySide6, Shiboken6 (Qt for Python)", "ReportLab", "DejaVu Sans",
                     "SQLCipher", "sqlite-utils", "keyring", "cryptography", "Python"):
        assert expected in names
    try:
        version("pyHanko")
        assert "pyHanko" in names
    except PackageNotFoundError:
        assert "pyHanko" not in names          # shown once PDF signing brings it in
    rows = {dialog.components.topLevelItem(i).text(0): dialog.components.topLevelItem(i)
            for i in range(len(names))}
    assert rows["ReportLab"].text(1) == version("reportlab")
    assert rows["ReportLab"].text(2) == "BSD-3-Clause"
    assert rows["Qt 6"].text(2) == "LGPL-3.0-only"
    # The first row is selected and its text shown; the arrow keys walk the list.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 1                            # the "&Licences" tab
    dialog.components.setFocus()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    target = names.index("keyring")
    for _ in range(target):
        QTest.keyClick(dialog.components, Qt.Key.Key_Down)
    assert dialog.components.currentItem().text(0) == "keyring"
    assert dialog.licence_text.toPlainText().startswith("MIT License")
    # How to replace Qt, with the folders of this installation.
    from ui.about_dialog import qt_folders

    libraries, modules = qt_folders()
    assert "LGPL" in dialog.qt_note.text() and str(libraries) in dialog.qt_note.text()
    assert str(modules) in dialog.qt_note.text()
    assert str(dialog.info.licences_dir) in dialog.where.text()


def test_english(qtbot, content, english):
    dialog = about(qtbot, content)
    assert dialog.windowTitle() == "About Boussole"
    assert dialog.content_version.text().startswith(f"Questionnaire: version {content.version}, "
                                                    f"facts checked on {content.as_of.day} ")
    assert "works offline" in dialog.summary.text()
    assert dialog.components.headerItem().text(0) == "Component"
    assert dialog.qt_note.text().startswith("Qt and PySide6 are used under the GNU LGPL")
    assert dialog.close_button.text() == "Close"


def test_escape_closes(qtbot, content):
    dialog = about(qtbot, content)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_on_close_closes(qtbot, content):
    dialog = about(qtbot, content)
    for _ in range(10):                     # Tab from wherever the focus starts to "Fermer"
        if QApplication.focusWidget() is dialog.close_button:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.close_button
    QTest.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_f1_in_the_window_opens_it_and_the_header_has_a_button(open_app):
    window = open_app()
    action = window.actions[ActionId.ABOUT]
    assert action.shortcut().toString() == "F1"
    assert window.header.about.isVisible() and window.header.about.text() == "À propos"
    seen = {}

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = type(dialog).__name__, dialog.windowTitle()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look_and_close)
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert seen["dialog"] == ("AboutDialog", "À propos de Boussole")
