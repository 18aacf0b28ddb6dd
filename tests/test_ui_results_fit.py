"""No text cut off on a small laptop: 1366x768 at 150 % scaling leaves about 910x512 logical
pixels. The results and plan pages and the export and settings dialogs are laid out at that
size, in French and in English, and every label, button and field must show its whole text."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QLabel, QScrollArea,
                               QWidget)

from desktop.settings import Settings
from tests.factories import attached_session, make_assessment
from tests.layout_check import settle

SMALL = (910, 512)   # 1366x768 / 1.5


@pytest.fixture(params=["fr", "en"])
def session(request, data_dir, content):
    from ui import i18n
    settings = Settings(data_dir)
    settings.set("language", request.param)
    i18n.switch_language(request.param)
    before = make_assessment(content, "worst")
    after = make_assessment(content, "mixed", seed=9)
    after.business = before.business
    after.started_at = "2027-05-20T09:30:00+02:00"
    s = attached_session(data_dir, content, settings)
    store = s.workspace.store
    store.import_assessment(before)
    s.open_checkup(store.import_assessment(after))
    yield s
    i18n.switch_language("fr")
    s.close()


def cut_off(root: QWidget) -> list[str]:
    """Every visible widget of `root` whose text does not fit in the room it was given."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    problems.append(f"label {widget.text()[:50]!r}: {widget.height()}px high, needs {need}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"label {widget.text()[:50]!r}: {widget.width()}px wide, "
                                f"needs {widget.sizeHint().width()}")
        elif isinstance(widget, (QAbstractButton, QComboBox)):
            hint = widget.sizeHint()
            if type(widget).__name__ == "WrapButton":
                continue   # its text is a wrapped label, checked above
            if hint.width() > widget.width() + 1:
                name = widget.text() if isinstance(widget, QAbstractButton) else widget.currentText()
                problems.append(f"{type(widget).__name__} {name[:50]!r}: {widget.width()}px wide, "
                                f"needs {hint.width()}")
    return problems


def lay_out(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*SMALL)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def test_results_page_fits(qtbot, session):
    from ui.results_page import ResultsPage

    page = lay_out(qtbot, ResultsPage(session))
    page.more_gaps.click()
    QApplication.processEvents()
    assert page.scroll.horizontalScrollBar().maximum() == 0
    assert cut_off(page) == []


def test_plan_page_fits(qtbot, session):
    from ui.plan_page import PlanPage

    page = lay_out(qtbot, PlanPage(session))
    for action in list(page.plan_list.rows)[:8]:
        page.plan_list.open_details(action)
    settle()
    scroll: QScrollArea = page.scroll
    assert scroll.horizontalScrollBar().maximum() == 0
    assert cut_off(page) == []


def test_export_dialog_fits(qtbot, session):
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SMALL[0] * 1.5 and dialog.height() <= 768
    assert cut_off(dialog) == []


def test_settings_dialog_fits(qtbot, session):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert cut_off(dialog) == []
