"""Nothing is cut on a 1366x768 laptop, at 100 % and at 150 % scaling, in French and in
English (issue 15): every page and dialog (tests/layout_scenes.py), filled with long names and
notes, is shown on an offscreen screen of 1366x768 and checked by tests/layout_check.py: no
visible widget smaller than its minimum, no button or field outside its window, no elided text
without its whole text in a tooltip, no drop-down list cutting an item, no window larger than
the screen, no label taller than its text by more than a line (a blank band).

Qt reads QT_SCALE_FACTOR and the screen's size once per process: each (language, scale) runs
all scenes in one child process, and each scene is its own test so a failure says where.
"""
from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.layout_scenes import SCENES
from ui.actions import ActionId

ROOT = Path(__file__).resolve().parent.parent
# (screen width, height in pixels, QT_SCALE_FACTOR): the laptop, and the laptop whose taskbar
# takes 48 pixels (Windows at 150 %: the window must still fit, its buttons in reach)
SCALES = {"100%": (1366, 768, "1"), "150%": (1366, 768, "1.5"),
          "150%-taskbar": (1366, 720, "1.5")}
LOGICAL = {"100%": [1366, 768], "150%": [911, 512], "150%-taskbar": [911, 480]}


def _screen(width: int, height: int) -> dict:
    return {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
            "screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


@functools.cache
def findings(lang: str, scale: str, folder: str) -> dict:
    width, height, factor = SCALES[scale]
    config = Path(folder) / f"screen-{scale}.json"
    config.write_text(json.dumps(_screen(width, height)))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_SCALE_FACTOR": factor, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "tests.layout_scenes", "all", "--check",
                             "--lang", lang], env=env, capture_output=True, text=True, cwd=ROOT,
                            timeout=600)
    lines = [line for line in result.stdout.splitlines() if line.startswith("LAYOUT-JSON ")]
    assert result.returncode == 0 and lines, result.stdout[-2000:] + result.stderr[-3000:]
    return json.loads(lines[-1].removeprefix("LAYOUT-JSON "))


@pytest.fixture(scope="session")
def screen_folder(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("screen"))


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("scene", SCENES)
def test_nothing_is_cut(scene, lang, scale, screen_folder):
    found = findings(lang, scale, screen_folder)
    # the screen is the laptop's: 1366x768, or 911x512 logical pixels at 150 %
    assert found["screen"] == LOGICAL[scale]
    assert found["scenes"][scene] == []


def test_the_check_finds_a_squeezed_field_a_cut_button_and_an_elided_text(qtbot):
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

    from tests.layout_check import problems
    from ui.widgets import ElidedLabel

    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    field.setGeometry(0, 0, 200, 10)                   # issue 15: a 10 px field
    button = QPushButton("Exporter en PDF", window)
    button.setGeometry(250, 0, 150, 30)                # half outside the window
    elided = QLabel(window)
    elided.setGeometry(0, 60, 120, 30)
    elided.setText(elided.fontMetrics().elidedText("Boulangerie Martin et fils, Lyon",
                                                   Qt.TextElideMode.ElideRight, 120))
    kept = ElidedLabel("Boulangerie Martin et fils, Lyon", window)   # whole text in its tooltip
    kept.setGeometry(0, 100, 120, 30)
    choice = QComboBox(window)
    choice.addItem("Diagnostic du 20 mai 2027 — en cours, 100 % répondu")
    choice.setGeometry(0, 140, 120, 30)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    found = problems(window)
    assert any("QLineEdit" in p and "10px high" in p for p in found), found
    assert any("Exporter en PDF" in p and "cut by window" in p for p in found), found
    assert any("elided without" in p for p in found), found
    assert not any("ElidedLabel" in p for p in found), found
    assert any("choice cut" in p for p in found), found



def test_header_commands_that_do_not_fit_are_in_the_more_menu(qtbot, data_dir, content):
    """Narrow (150 % on a laptop), the header keeps the steps and the business name readable
    and moves about, settings (and export) into "⋯"; wide, they come back as buttons."""
    from tests.factories import make_assessment, open_session
    from ui.main_window import MainWindow
    from ui.pages import PageId

    session = open_session(data_dir, content, make_assessment(content, name="Boulangerie Marti"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show_page(PageId.RESULTS)
    window.resize(1300, 700)
    window.show()
    qtbot.waitExposed(window)
    header = window.header
    assert header.export.isVisible() and header.about.isVisible()
    assert not header.more.isVisible()
    window.setMinimumSize(0, 0)
    window.resize(760, 500)
    qtbot.waitUntil(header.more.isVisible)
    moved = header.more_menu.actions()
    # the last commands leave first; none is lost
    assert window.actions[ActionId.ABOUT] in moved
    for button in (header.export, header.settings, header.about):
        assert button.isVisible() != (button.defaultAction() in moved)
    assert header.more.geometry().right() <= header.width()
    assert header.title.text() == "Boulangerie Marti"   # a short name is shown whole
    assert all(b.isVisible() for b in header.steps.values())
    window.resize(1300, 700)
    qtbot.waitUntil(lambda: not header.more.isVisible())
    assert header.export.isVisible() and header.settings.isVisible()
    session.close()


def test_a_short_window_shows_every_answer_and_gives_the_room_back_when_taller(
        qtbot, data_dir, content):
    """At 150 % on a 1366x768 laptop the window is 838x460 logical pixels: the interview turns
    compact and shows every answer, "Je ne sais pas" included, without scrolling, and the
    digits still answer; taller, the roomy layout (whole counter, help beside) comes back."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from checks.content import DONT_KNOW
    from tests.factories import FULL_PROFILE, make_assessment, open_session
    from ui.main_window import MainWindow
    from ui.pages import PageId

    profile = {**FULL_PROFILE, "it_provider": "no", "monthly_hours": "2", "yearly_budget": "500"}
    session = open_session(data_dir, content, make_assessment(content, profile=profile,
                                                              fraction=0.3))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(838, 460)
    window.resume_checkup(session.checkup_id)
    window.show_page(PageId.INTERVIEW)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    page = window.pages[PageId.INTERVIEW]
    view = page.center
    position = f"{page.index + 1} / {len(page.questions)}"
    qtbot.waitUntil(lambda: view.counter.text() == position, timeout=2000)
    answers = view.answers()
    assert answers[-1] is page.dont_know and len(answers) >= 3
    for widget in answers:
        top = widget.mapTo(view.viewport(), widget.rect().topLeft()).y()
        assert 0 <= top and top + widget.height() <= view.viewport().height(), widget.objectName()
    page.focus_answer()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_0)
    assert page.dont_know.isChecked()
    assert session.assessment().answers[page.current_question().id].option == DONT_KNOW
    window.resize(1300, 760)
    qtbot.waitUntil(lambda: view.counter.text().startswith("Question"))
    assert page.help_side.isVisible()
    assert page.splitter.sizes()[0] > 240   # the question list has its room back
    session.close()


def test_the_question_search_hint_is_never_cut(qtbot):
    """At 240 px (the narrow list at 150 %) the long hint was cut to 'Chercher une question
    (Ctrl…': the field shows a shorter hint that keeps the shortcut readable."""
    from ui.question_list import QuestionList

    questions = QuestionList()
    qtbot.addWidget(questions)
    questions.show()
    field = questions.search
    for width in (420, 240, 160):
        questions.resize(width, 400)
        qtbot.waitUntil(lambda: field.width() <= width)
        hint = field.placeholderText()
        assert "Ctrl+F" in hint
        assert field.fontMetrics().horizontalAdvance(hint) <= field.width() - 20, (width, hint)
    questions.resize(420, 400)
    qtbot.waitUntil(lambda: field.placeholderText() == "Chercher une question (Ctrl+F)")
