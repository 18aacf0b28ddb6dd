"""The home list as a person uses it: sorted by a click on a column header (and back to the
most recent first), walked with the keyboard, its selection kept when it is refreshed, and an
advisor's long list read a page at a time without a business lost or shown twice."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.factories import open_checkups
from ui import business_model
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


# -- an advisor's long list, read a page at a time -----------------------------------------------

MANY = [f"Entreprise {n:02d}" for n in range(30)]   # created in this order


@pytest.fixture
def small_pages(monkeypatch):
    """Pages of a few rows, so that thirty businesses make several (the app reads 160, then
    500 at a time: the same code, with sizes a test can reach quickly)."""
    monkeypatch.setattr(business_model, "FIRST_ROWS", 6)
    monkeypatch.setattr(business_model, "MORE_ROWS", 5)


def _seed_many(folder, content) -> dict[str, str]:
    with open_checkups(folder, content) as checkups:
        return {name: checkups.create_business(name, "crafts", "1", "69001", "Lyon").business_id
                for name in MANY}


def test_a_long_list_is_read_as_it_scrolls_without_repeating_a_business(
        small_pages, open_app, data_dir, content, qtbot):
    _seed_many(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    model = home.table.model()
    assert model.rowCount() < len(MANY)          # not everything was read to show the page
    assert _names(home) == list(reversed(MANY))[:model.rowCount()]
    bar = home.table.verticalScrollBar()
    for _ in range(len(MANY)):                    # the person scrolls down, again and again
        if model.rowCount() == len(MANY):
            break
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: bar.value() < bar.maximum() or not model.canFetchMore(),
                        timeout=2000)
    assert _names(home) == list(reversed(MANY))   # every business once, most recent first


def test_end_sorting_and_a_selection_further_down_read_the_rest_of_the_list(
        small_pages, open_app, data_dir, content, qtbot):
    ids = _seed_many(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    QTest.keyClick(home.table, Qt.Key.Key_End)
    assert home.selected_business() == ids["Entreprise 00"]   # the oldest, read to reach it
    home.search.setText("entreprise")                         # a refresh keeps it selected
    qtbot.waitUntil(lambda: home.table.model().rowCount() == len(MANY), timeout=2000)
    assert home.selected_business() == ids["Entreprise 00"]
    home.search.clear()
    qtbot.waitUntil(lambda: not home._search_timer.isActive(), timeout=2000)
    assert home.selected_business() == ids["Entreprise 00"]
    window.close()


def test_sorting_a_list_read_in_part_sorts_every_business(small_pages, open_app, data_dir,
                                                         content):
    _seed_many(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    assert home.table.model().rowCount() < len(MANY)
    _click_header(home, 0)
    assert _names(home) == MANY                     # all thirty, by name
    _click_header(home, 0)
    _click_header(home, 0)                          # back to the most recent first
    assert _names(home) == list(reversed(MANY))


def test_a_store_failing_while_the_list_scrolls_is_said_and_the_rows_shown_stay(
        small_pages, open_app, data_dir, content, messages, qtbot):
    _seed_many(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    shown = _names(home)
    window.session.workspace.store._conn.close()   # the store's file goes away under the list
    bar = home.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: messages.kinds() == ["error"], timeout=2000)
    assert messages.messages[0].title == "Impossible de lire la liste des entreprises"
    assert _names(home) == shown and not home.table.model().canFetchMore()


def test_every_cell_shows_its_text_whole_in_english_too(open_app, data_dir, content):
    """'10% · in progre…' was cut by a pixel: a cell lays its text out in fractions of a
    pixel, the columns were sized from whole-pixel advances."""
    from tests.factories import make_assessment
    from ui import i18n

    with open_checkups(data_dir, content) as checkups:
        done = make_assessment(content, "mixed", name="Boulangerie Martin (exemple)")
        done.completed_at = "2026-11-30T11:00:00+01:00"
        checkups.import_assessment(done)
        checkups.import_assessment(make_assessment(content, "mixed", fraction=0.1, seed=3,
                                                   name="Fleurs de l'île"))
    i18n.switch_language("en")
    try:
        window = open_app(data_dir, advisor_mode=True, language="en", size=(1256, 690))
        table = window.current_page().table
        model, header = table.business_model, table.horizontalHeader()
        assert model.rowCount() == 2
        for row in range(model.rowCount()):
            for column in range(1, model.columnCount()):
                index = model.index(row, column)
                assert table.sizeHintForIndex(index).width() <= header.sectionSize(column), \
                    index.data()
    finally:
        i18n.switch_language("fr")
