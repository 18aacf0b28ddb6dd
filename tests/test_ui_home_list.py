"""The home list as a person uses it: sorted by a click on a column header (and back to the
most recent first), walked with the keyboard, its selection kept when it is refreshed."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.factories import open_checkups
from tests.test_ui_flow_support import focused, messages, open_app  # noqa: F401
from ui.pages import PageId

# created in this order: the most recent activity (the list's own order) is the last one
NAMES = ["boulangerie Martin", "Atelier Dupont", "Zoé Coiffure"]


def _seed(folder, content) -> dict[str, str]:
    with open_checkups(folder, content) as checkups:
        return {name: checkups.create_business(name, "crafts", "1", "69001", "Lyon").business_id
                for name in NAMES}


def _names(home) -> list[str]:
    model = home.table.model()   # the names the list shows, top to bottom
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _click_header(home, column: int) -> None:
    header = home.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 8, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_header_click_sorts_and_the_third_gives_the_recent_order_back(open_app, data_dir,
                                                                        content):
    ids = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    recent = list(reversed(NAMES))
    assert _names(home) == recent
    home.table.setCurrentIndex(home.table.model().index(recent.index("Atelier Dupont"), 0))
    _click_header(home, 0)
    assert _names(home) == ["Atelier Dupont", "boulangerie Martin", "Zoé Coiffure"]  # any case
    assert home.selected_business() == ids["Atelier Dupont"]      # the selection follows
    _click_header(home, 0)
    assert _names(home) == ["Zoé Coiffure", "boulangerie Martin", "Atelier Dupont"]
    _click_header(home, 0)
    assert _names(home) == recent
    assert home.selected_business() == ids["Atelier Dupont"]


def test_the_keyboard_walks_the_list_and_enter_opens_the_business(open_app, data_dir, content):
    ids = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    assert focused() is home.table
    assert home.selected_business() == ids["Zoé Coiffure"]          # the first row
    QTest.keyClick(home.table, Qt.Key.Key_End)
    assert home.selected_business() == ids["boulangerie Martin"]
    QTest.keyClick(home.table, Qt.Key.Key_Up)
    assert home.selected_business() == ids["Atelier Dupont"]
    QTest.keyClick(home.table, Qt.Key.Key_Home)
    assert home.selected_business() == ids["Zoé Coiffure"]
    QTest.keyClick(home.table, Qt.Key.Key_Down)
    QTest.keyClick(home.table, Qt.Key.Key_Tab)                      # Tab leaves the list
    assert focused() is not home.table
    home.table.setFocus()
    QTest.keyClick(home.table, Qt.Key.Key_Return)                   # no checkup: starts one
    assert window.current == PageId.PROFILE
    assert window.session.assessment().business.name == "Atelier Dupont"


def test_the_selection_stays_when_the_list_is_refreshed(open_app, data_dir, content, qtbot):
    ids = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    home.table.setCurrentIndex(home.table.model().index(_names(home).index("Atelier Dupont"), 0))
    QTest.keyClicks(home.search, "atelier")
    qtbot.waitUntil(lambda: _names(home) == ["Atelier Dupont"], timeout=2000)
    home.search.clear()
    qtbot.waitUntil(lambda: len(_names(home)) == 3, timeout=2000)
    assert home.selected_business() == ids["Atelier Dupont"]
    assert home.open_button.isEnabled()
