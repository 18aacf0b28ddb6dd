"""Editing a business from the home page: button, context menu, F2; the dialog pre-filled,
the store written, the list (and an open checkup's pages) refreshed. Real store, no mocks."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.factories import make_assessment, open_store
from tests.test_ui_flow_support import (focused, messages, open_app, wait_active)  # noqa: F401
from ui.pages import PageId

HOSTILE = '<b>Café "Chez Zoé" & Fils</b> 🥐🇫🇷 <script>x</script> &amp;'
HOSTILE_CITY = "<i>Saint-Étienne</i> & 🏔️ \"nord\""
LONG = "<b>" + "Société & Cie « très longue » 🦊 " * 8 + "</b>"   # 200+ characters


def _seed(folder, content, garage_name="Garage du Centre"):
    """Boulangerie Martin (a completed checkup) and the Garage (none). Returns their ids."""

    store = open_store(folder)
    try:
        assessment = make_assessment(content, "mixed", name="Boulangerie Martin")
        assessment.completed_at = "2026-11-20T11:00:00+01:00"
        checkup = store.import_assessment(assessment)
        garage = store.create_business(garage_name, "crafts", "1", "69500", "Bron")
        return assessment.business.id, garage, checkup
    finally:
        store.close()


def _stored(folder, content, business_id):
    """The business as a fresh Store on the folder reads it (what survives a restart)."""

    store = open_store(folder)
    try:
        return store.get_business(business_id)
    finally:
        store.close()


def _cell(home, row, column):
    """The text the list shows in a cell (what its model gives the view to paint)."""
    return home.table.model().index(row, column).data(Qt.ItemDataRole.DisplayRole)


def _select(home, business_id):
    """Select the business's row as a click would; returns the row."""
    model = home.table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == business_id)
    home.table.setCurrentIndex(model.index(row, 0))
    return row


def _names(home):
    return [_cell(home, row, 0) for row in range(home.table.model().rowCount())]


def _drive(window, trigger, steps):
    """`trigger()` opens the business dialog (modal); `steps(dialog)` runs in it. The dialog
    is closed whatever happens, so a failing step fails the test instead of blocking it."""
    from ui.business_dialog import BusinessDialog

    seen = {}

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, BusinessDialog), dialog
            seen["result"] = steps(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    trigger()
    wait_active(window)
    assert "result" in seen
    return seen["result"]


def _replace(field, text):
    """Select all and type over, like a person (text with emoji is inserted at once)."""
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text.isascii():
        QTest.keyClicks(field, text)
    else:
        field.insert(text)


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_edit_by_mouse_prefills_saves_and_survives_a_restart(open_app, data_dir, content):
    _martin, garage, _checkup = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    _select(home, garage)
    assert home.edit_button.isEnabled() and home.edit_button.accessibleName()

    def edit(dialog):
        before = (dialog.windowTitle(), _ok(dialog).text(), dialog.name.text(),
                  dialog.sector.currentData(), dialog.staff.currentData(),
                  dialog.postcode.text(), dialog.city.text())
        _replace(dialog.name, "Garage Dupré et fils")
        dialog.sector.setCurrentIndex(dialog.sector.findData("industry"))
        dialog.staff.setCurrentIndex(dialog.staff.findData("10_49"))
        _replace(dialog.postcode, "2b004")
        _replace(dialog.city, "Ajaccio")
        QTest.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        return before, dialog.isVisible()

    before, still_open = _drive(
        window, lambda: QTest.mouseClick(home.edit_button, Qt.MouseButton.LeftButton), edit)
    assert before == ("Modifier l'entreprise", "Enregistrer", "Garage du Centre", "crafts", "1",
                      "69500", "Bron")
    assert not still_open
    assert "Garage Dupré et fils" in _names(home) and "Garage du Centre" not in _names(home)
    row = _names(home).index("Garage Dupré et fils")
    assert _cell(home, row, 1) == "Ajaccio"
    assert window.current == PageId.HOME and window.session.checkup_id is None
    window.close()
    window.session.close()
    stored = _stored(data_dir, content, garage)
    assert {k: stored[k] for k in ("name", "sector", "staff_band", "postcode", "city")} == {
        "name": "Garage Dupré et fils", "sector": "industry", "staff_band": "10_49",
        "postcode": "2B004", "city": "Ajaccio"}
    again = open_app(data_dir, advisor_mode=True)
    assert "Garage Dupré et fils" in _names(again.current_page())


def test_edit_by_keyboard_with_f2(open_app, data_dir, content):
    martin, garage, _checkup = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    _select(home, garage)
    home.table.setFocus()
    assert focused() is home.table

    def edit(dialog):
        here = dialog.focusWidget                           # the dialog may not be active yet
        start = (here() is dialog.name, dialog.name.selectedText())
        QTest.keyClicks(here(), "Garage Martin")               # the name starts selected
        QTest.keyClick(here(), Qt.Key.Key_Tab)                 # sector
        QTest.keyClick(here(), Qt.Key.Key_Tab)                 # staff
        QTest.keyClick(here(), Qt.Key.Key_Tab)                 # postcode
        start += (here() is dialog.postcode,)
        QTest.keyClick(here(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(here(), "69100")
        QTest.keyClick(here(), Qt.Key.Key_Tab)                 # city
        QTest.keyClick(here(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(here(), "Villeurbanne")
        QTest.keyClick(here(), Qt.Key.Key_Return)
        return start

    start = _drive(window, lambda: QTest.keyClick(focused(), Qt.Key.Key_F2), edit)
    assert start == (True, "Garage du Centre", True)
    stored = window.session.workspace.store.get_business(garage)
    assert (stored["name"], stored["postcode"], stored["city"], stored["sector"]) == \
        ("Garage Martin", "69100", "Villeurbanne", "crafts")
    assert window.session.workspace.store.get_business(martin)["name"] == "Boulangerie Martin"
    assert "Garage Martin" in _names(home)
    assert focused() is home.table                          # back where the person was


def test_edit_from_the_context_menu_mouse_and_menu_key(open_app, data_dir, content):
    martin, garage, _checkup = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    garage_row = _names(home).index("Garage du Centre")     # not selected yet
    _select(home, martin)
    viewport = home.table.viewport()
    at = home.table.visualRect(home.table.model().index(garage_row, 0)).center()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                       viewport.mapToGlobal(at)))
    assert home.menu.isVisible()
    assert home.selected_business() == garage                # the row under the mouse
    assert [a.text() for a in home.menu.actions()] == [
        "Modifier…", "Exporter vers un fichier chiffré…", "Historique…", "Supprimer…"]
    assert "F2" in home.edit_action.shortcut().toString()
    QTest.keyClick(home.menu, Qt.Key.Key_Down)

    def rename(name):
        def steps(dialog):
            _replace(dialog.name, name)
            QTest.keyClick(dialog.name, Qt.Key.Key_Return)
            return dialog.business_id
        return steps

    edited = _drive(window, lambda: QTest.keyClick(home.menu, Qt.Key.Key_Return),
                    rename("Garage du Pont"))
    assert edited == garage and not home.menu.isVisible()
    assert window.session.workspace.store.get_business(garage)["name"] == "Garage du Pont"

    # the menu key: the menu opens on the current row, whatever the pointer
    _select(home, martin)
    home.table.setFocus()
    corner = QPoint(2, 2)
    QApplication.sendEvent(home.table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard,
                                                         corner, home.table.mapToGlobal(corner)))
    assert home.menu.isVisible() and home.selected_business() == martin
    QTest.keyClick(home.menu, Qt.Key.Key_Down)
    _drive(window, lambda: QTest.keyClick(home.menu, Qt.Key.Key_Return),
           rename("Boulangerie Martin & fils"))
    assert window.session.workspace.store.get_business(martin)["name"] == "Boulangerie Martin & fils"


def test_hostile_text_is_shown_literally_and_saved_exactly(open_app, data_dir, content):
    martin, garage, checkup = _seed(data_dir, content, garage_name=LONG)
    assert len(LONG) > 200
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    _select(home, garage)

    def long_name_kept(dialog):
        seen = dialog.name.text()
        _replace(dialog.city, HOSTILE_CITY)                  # only the city changes
        QTest.keyClick(dialog.city, Qt.Key.Key_Return)
        return seen, dialog.isVisible()

    seen, still_open = _drive(window, home.edit_selected, long_name_kept)
    assert seen == LONG and not still_open                   # not cut, not refused
    stored = window.session.workspace.store.get_business(garage)
    assert (stored["name"], stored["city"]) == (LONG, HOSTILE_CITY)

    def too_long_typed(dialog):
        _replace(dialog.name, "Nouvelle " + LONG[:150])        # a new name: the limit applies
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)
        return dialog.isVisible(), dialog.name_error.text()

    _select(home, garage)
    assert _drive(window, home.edit_selected, too_long_typed) == (
        True, "Le nom est trop long (120 caractères au plus).")
    assert window.session.workspace.store.get_business(garage)["name"] == LONG

    def hostile(dialog):
        _replace(dialog.name, HOSTILE)
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)

    _select(home, martin)
    _drive(window, home.edit_selected, hostile)
    assert window.session.workspace.store.get_business(martin)["name"] == HOSTILE
    row = _select(home, martin)
    assert _cell(home, row, 0) == HOSTILE and _cell(home, row, 1) == "Lyon"
    tooltip = QTextDocument()                                # what the name's tooltip shows
    tooltip.setHtml(home.table.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert tooltip.toPlainText() == f"{HOSTILE} — 1 diagnostic(s)"
    row = _select(home, garage)
    assert (_cell(home, row, 0), _cell(home, row, 1)) == (LONG, HOSTILE_CITY)

    # the edit dialog shows the stored text as typed
    def shown(dialog):
        return dialog.name.text(), dialog.heading.textFormat()

    _select(home, martin)
    assert _drive(window, home.edit_selected, shown) == (HOSTILE, Qt.TextFormat.PlainText)

    # the checkup's pages and the header read the new name
    window.resume_checkup(checkup)
    assert window.current == PageId.RESULTS
    assert window.session.assessment().business.name == HOSTILE
    assert window.windowTitle() == f"{HOSTILE} — Boussole"
    assert _shown(window.header.title.toolTip()) == HOSTILE
    title = window.current_page().title
    assert title.textFormat() == Qt.TextFormat.PlainText and HOSTILE in title.text()

    window.close()
    window.session.close()
    assert _stored(data_dir, content, martin)["name"] == HOSTILE
    assert (_stored(data_dir, content, garage)["name"], _stored(data_dir, content, garage)["city"]) \
        == (LONG, HOSTILE_CITY)


def test_editing_the_open_checkups_business_updates_its_pages(open_app, data_dir, content):
    martin, _garage, checkup = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    window.resume_checkup(checkup)
    assert window.current == PageId.RESULTS and window.windowTitle().startswith("Boulangerie")
    QTest.keyClick(focused(), Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    home = window.current_page()
    assert window.current == PageId.HOME and window.session.checkup_id == checkup
    _select(home, martin)
    home.table.setFocus()

    def rename(dialog):
        _replace(dialog.name, "Boulangerie Lemoine")
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)

    _drive(window, lambda: QTest.keyClick(focused(), Qt.Key.Key_F2), rename)
    assert window.session.checkup_id == checkup                  # still open
    QTest.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current == PageId.RESULTS
    assert window.windowTitle() == "Boulangerie Lemoine — Boussole"
    assert _shown(window.header.title.toolTip()) == "Boulangerie Lemoine"
    assert "Boulangerie Lemoine" in window.current_page().title.text()


def test_cancel_changes_nothing(open_app, data_dir, content):
    martin, garage, _checkup = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    store = window.session.workspace.store
    before = (store.list_businesses(""), store.get_business(garage))
    order = _names(home)
    _select(home, garage)
    home.table.setFocus()

    def cancel(dialog):
        _replace(dialog.name, "Autre nom")
        _replace(dialog.city, "Autre ville")
        dialog.sector.setCurrentIndex(dialog.sector.findData("retail"))
        QTest.keyClick(dialog.city, Qt.Key.Key_Escape)
        return dialog.isVisible()

    assert _drive(window, lambda: QTest.keyClick(focused(), Qt.Key.Key_F2), cancel) is False

    def cancel_by_mouse(dialog):
        _replace(dialog.name, "Encore un autre")
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)
        return dialog.isVisible()

    assert _drive(window, lambda: QTest.mouseClick(home.edit_button, Qt.MouseButton.LeftButton),
                  cancel_by_mouse) is False
    assert (store.list_businesses(""), store.get_business(garage)) == before
    assert _names(home) == order


def test_saving_unchanged_writes_nothing(open_app, data_dir, content):
    _martin, garage, _checkup = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    before = window.session.workspace.store.list_businesses("")
    _select(home, garage)

    def ok(dialog):
        QTest.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        return dialog.changed

    assert _drive(window, home.edit_selected, ok) == {}
    assert window.session.workspace.store.list_businesses("") == before     # order (activity) kept too


def test_unset_or_unknown_options_are_kept(open_app, data_dir, content):

    store = open_store(data_dir)
    business = store.create_business("Ferme des Sources", "", "farming_cooperative")
    store.close()
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    _select(home, business)

    def rename(dialog):
        shown = (dialog.sector.currentText(), dialog.staff.currentText())
        _replace(dialog.name, "Ferme des Sources et fils")
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)
        return shown

    assert _drive(window, home.edit_selected, rename) == ("Non précisé", "farming_cooperative")
    stored = window.session.workspace.store.get_business(business)
    assert (stored["name"], stored["sector"], stored["staff_band"]) == \
        ("Ferme des Sources et fils", "", "farming_cooperative")


def test_empty_name_is_refused_with_the_usual_message(open_app, data_dir, content):
    _martin, garage, _checkup = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    before = window.session.workspace.store.get_business(garage)
    _select(home, garage)

    def empty(dialog):
        QTest.keyClick(dialog.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(dialog.name, Qt.Key.Key_Delete)
        QTest.keyClicks(dialog.name, "   ")
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)
        refused = (dialog.isVisible(), dialog.name_error.isVisible(), dialog.name_error.text(),
                   dialog.focusWidget() is dialog.name)
        _replace(dialog.postcode, "123")
        QTest.keyClick(dialog.postcode, Qt.Key.Key_Return)
        return refused, dialog.isVisible(), dialog.postcode_error.text()

    refused, still_open, postcode_error = _drive(
        window, lambda: QTest.mouseClick(home.edit_button, Qt.MouseButton.LeftButton), empty)
    assert refused == (True, True, "Indiquez le nom de l'entreprise.", True)
    assert still_open and postcode_error == "Le code postal compte 5 chiffres, par exemple 69003."
    assert window.session.workspace.store.get_business(garage) == before


def test_edit_needs_a_selected_business(open_app):
    window = open_app()
    home = window.current_page()
    assert not home.edit_button.isEnabled() and not home.edit_action.isEnabled()
    QTest.keyClick(focused(), Qt.Key.Key_F2)
    assert QApplication.activeModalWidget() is None
    assert window.session.workspace.store.list_businesses("") == []


def test_header_and_confirmations_show_a_marked_up_name_literally(qtbot):
    from PySide6.QtCore import Qt

    from ui.widgets import ElidedLabel

    name = "<b>Bold & Co</b>"
    label = ElidedLabel(name)
    qtbot.addWidget(label)
    label.resize(600, 30)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == name
    assert "&lt;b&gt;" in label.toolTip()


def _shown(tooltip: str) -> str:
    """The text a person reads in a rich-text tooltip."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(tooltip).toPlainText()
