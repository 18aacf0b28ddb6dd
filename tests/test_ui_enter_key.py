"""Enter on a focused button presses that button in every dialog, never the dialog's default
button instead (Enter on "Parcourir…" started the export; on "Charger un certificat…" it closed
the settings). The pages' buttons: tests/test_ui_home.py and test_ui_interview.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from tests.layout_scenes import DIALOG_SCENES, STAGES, build


@pytest.fixture
def open_scene(tmp_path, qapp):
    before = set(QApplication.topLevelWidgets())
    yield lambda scene: build(scene, "fr", tmp_path)
    # every window a scene opened (the dialog and the window under it): a window left open
    # would keep the focus from the next test's dialog
    for widget in QApplication.topLevelWidgets():
        if widget not in before:
            widget.close()
            widget.deleteLater()
    QApplication.processEvents()
    while STAGES:
        STAGES.pop().session.close()


@pytest.mark.parametrize("scene", DIALOG_SCENES)
def test_enter_presses_the_focused_button_of_every_dialog(scene, open_scene):
    dialog = open_scene(scene)
    dialog.activateWindow()
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    assert buttons
    pressed: list[str] = []
    for b in buttons:   # record which button a key presses, instead of what it would do
        try:
            b.clicked.disconnect()
        except (RuntimeError, TypeError):   # nothing connected
            pass
        b.clicked.connect(lambda *_, text=b.text(): pressed.append(text))
    for b in buttons:
        pressed.clear()
        b.setFocus()
        assert QApplication.focusWidget() is b
        QTest.keyClick(b, Qt.Key.Key_Return)
        assert pressed == [b.text()], f"Enter on {b.text()!r} pressed {pressed}"
