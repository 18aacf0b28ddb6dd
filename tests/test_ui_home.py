"""Home: the businesses, search, resume, a new checkup, delete; the business dialog."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from checks import formatting
from checks.assessment import Assessor
from checks.interview_time import WELCOME_MINUTES
from tests.factories import make_assessment, open_checkups, open_store
from tests.test_ui_flow_support import (close_window, focused, messages, new_business,  # noqa: F401
                                        open_app, wait_active)
from ui.pages import PageId


def _seed(folder, content, completed=True):
    """Two businesses in the folder: one with a completed checkup, one with none."""

    with open_checkups(folder, content) as checkups:
        assessment = make_assessment(content, "mixed", name="Boulangerie Martin")
        assessment.completed_at = "2026-11-20T11:00:00+01:00" if completed else None
        checkup = checkups.import_assessment(assessment).checkup_id
        other = checkups.create_business("Garage du Centre", "crafts", "1", "69500",
                                         "Bron").business_id
        return checkup, other


def dialogs_opened(act) -> list[str]:
    """The modal dialog `act` opens, closed at once: its class name (none: [])."""
    opened = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    act()
    return opened


def _rows(home):
    model = home.table.model()   # the texts the list shows
    return [[model.index(i, c).data() for c in range(model.columnCount())]
            for i in range(model.rowCount())]


def test_first_start_welcomes_and_offers_to_begin(open_app):
    window = open_app()
    home = window.current_page()
    assert window.current == PageId.HOME
    assert home.views.currentIndex() == 1
    assert home.welcome_title.text() == "Bienvenue dans Boussole"
    low, high = WELCOME_MINUTES   # what tests/test_interview_time.py checks against the content
    assert home.welcome_text.text().startswith(f"En {low} à {high} minutes selon votre activité")
    assert focused() is home.start_button
    # Enter presses it, as Space does (Qt does so only in dialogs)
    assert dialogs_opened(lambda: QTest.keyClick(focused(), Qt.Key.Key_Return)) == \
        ["BusinessDialog"]


def test_list_shows_last_checkup_score_and_completion_and_search(open_app, data_dir, content,
                                                                 qtbot):
    _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    rows = {r[0]: r for r in _rows(home)}
    assert set(rows) == {"Boulangerie Martin", "Garage du Centre"}
    martin = rows["Boulangerie Martin"]
    assert martin[1] == "Lyon" and "2026" in martin[2]
    assert "/100" in martin[3] and martin[4].endswith("%")
    assert rows["Garage du Centre"][3] == "—"
    QTest.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is home.search
    QTest.keyClicks(home.search, "bron")
    qtbot.waitUntil(lambda: len(_rows(home)) == 1, timeout=2000)
    assert _rows(home)[0][0] == "Garage du Centre"
    QTest.keyClick(home.search, Qt.Key.Key_Return)
    assert focused() is home.table
    QTest.keyClick(home.table, Qt.Key.Key_Return)        # no checkup yet: starts one
    assert window.current == PageId.PROFILE
    assert window.session.assessment().business.name == "Garage du Centre"
    assert window.session.assessment().profile["sector"] == "crafts"   # from the business
    assert window.session.assessment().profile["staff"] == "1"


def test_ctrl_e_on_the_list_exports_the_selected_business_latest_checkup(open_app, data_dir,
                                                                         content, qtbot):
    """It did nothing on the home page: the export needed the checkup open first."""
    from ui.actions import ActionId

    checkup, _other = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    export = window.actions[ActionId.EXPORT_PDF]
    for name, exports in (("Garage du Centre", False), ("Boulangerie Martin", True)):
        home.table.select_row(next(i for i, r in enumerate(_rows(home)) if r[0] == name))
        assert export.isEnabled() == exports, name
    assert dialogs_opened(lambda: QTest.keyClick(home.table, Qt.Key.Key_E,
                                                 Qt.KeyboardModifier.ControlModifier)) == \
        ["ExportDialog"]
    assert window.session.checkup_id == checkup and window.current == PageId.RESULTS


def test_resume_an_unfinished_checkup_where_it_was_left(open_app, data_dir, content, qtbot):
    window = open_app(data_dir, advisor_mode=True)
    new_business(window, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    page = window.current_page()
    for _ in range(3):
        QTest.keyClick(focused(), Qt.Key.Key_1)
        QTest.keyClick(focused(), Qt.Key.Key_Return)
    where = page.current_question().id
    window.go_home()
    home = window.current_page()
    assert home.banners.count() == 1
    banner = home.banners.itemAt(0).widget()
    resume = banner.findChild(type(home.new_button), "resume")
    assert "Boulangerie Martin" in resume.accessibleName()
    QTest.mouseClick(resume, Qt.MouseButton.LeftButton)
    assert window.current == PageId.INTERVIEW
    assert page.current_question().id == where


def test_new_checkup_for_an_existing_business_keeps_its_profile(open_app, data_dir, content):
    first, _other = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    model = home.table.model()
    martin = next(i for i in range(model.rowCount())
                  if model.index(i, 0).data() == "Boulangerie Martin")
    home.table.setCurrentIndex(model.index(martin, 0))
    assert home.open_button.text() == "Voir le dernier diagnostic"
    QTest.mouseClick(home.again_button, Qt.MouseButton.LeftButton)
    assert window.current == PageId.PROFILE
    session = window.session
    assert session.checkup_id != first
    previous = session.workspace.store.load_assessment(first)
    # the previous answers, and nothing for the profile questions it did not have: the
    # interview waits until they are answered
    assert session.assessment().profile == previous.profile
    assert session.missing_profile() == [q.id for q in content.profile
                                         if q.id not in previous.profile]
    assert session.previous_assessment().id == first
    assert [h["id"] for h in session.workspace.store.history(previous.business.id)][-1] == session.checkup_id


def test_an_owner_with_a_single_business_lands_on_it(open_app, data_dir, content):

    store = open_store(data_dir)
    business = store.create_business("Fleurs de Lys", "retail", "2_9", "75011", "Paris")
    checkup = store.create_checkup(business, content.version, "fr", Assessor(), content.default_profile())
    store.close()
    window = open_app(data_dir)
    assert window.current == PageId.PROFILE       # nothing answered yet: the profile first
    assert window.session.checkup_id == checkup
    close_window(window)
    advisor = open_app(data_dir, advisor_mode=True)
    assert advisor.current == PageId.HOME


def test_completed_checkup_opens_on_the_results(open_app, data_dir, content):
    checkup, _ = _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    window.resume_checkup(checkup)
    assert window.current == PageId.RESULTS


def test_delete_a_business_asks_first(open_app, data_dir, content, messages):
    _seed(data_dir, content)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    home.table.setCurrentIndex(home.table.model().index(0, 0))
    name = home.table.model().index(0, 0).data()
    messages.confirm_answer = False
    QTest.mouseClick(home.delete_button, Qt.MouseButton.LeftButton)
    assert messages.messages[-1].kind == "confirm" and name in messages.messages[-1].text
    assert len(_rows(home)) == 2
    messages.confirm_answer = True
    QTest.mouseClick(home.delete_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in _rows(home)] == [n for n in ("Boulangerie Martin", "Garage du Centre")
                                          if n != name]
    assert len(window.session.workspace.store.list_businesses("")) == 1


def test_business_dialog_validates_before_saving(open_app, qtbot):
    from ui.business_dialog import BusinessDialog

    window = open_app()
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BusinessDialog)
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)          # empty name
        seen["empty"] = (dialog.isVisible(), dialog.name_error.text(),
                         dialog.focusWidget() is dialog.name)
        QTest.keyClicks(dialog.name, "  ")
        QTest.keyClicks(dialog.postcode, "123")
        QTest.keyClick(dialog.postcode, Qt.Key.Key_Return)
        seen["blank"] = (dialog.isVisible(), dialog.name_error.isVisible(),
                         dialog.postcode_error.text())
        dialog.name.setText("Atelier Dupré")
        dialog.postcode.setText("2A004")                        # Corsica
        index = dialog.sector.findData("crafts")
        dialog.sector.setCurrentIndex(index)
        QTest.keyClick(dialog.postcode, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_active(window)
    assert seen["empty"] == (True, "Indiquez le nom de l'entreprise.", True)
    assert seen["blank"][0] and seen["blank"][1]
    assert seen["blank"][2] == "Le code postal compte 5 chiffres, par exemple 69003."
    business = window.session.workspace.store.list_businesses("")[0]
    assert (business["name"], business["postcode"], business["sector"]) == \
        ("Atelier Dupré", "2A004", "crafts")
    assert window.current == PageId.PROFILE


def test_business_dialog_cancel_changes_nothing(open_app):
    window = open_app()

    def cancel():
        QTest.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_active(window)
    assert window.session.workspace.store.list_businesses("") == []
    assert window.current == PageId.HOME


def test_business_validation_rules():
    from ui.business_dialog import validate

    assert validate("Boulangerie", "69003", "Lyon") == {}
    assert validate("", "", "") == {"name": "empty"}
    assert validate("x" * 121, "", "") == {"name": "long"}
    assert validate("A", "6900", "") == {"postcode": "format"}
    assert validate("A", "", "") == {}
    assert dataclasses.is_dataclass(Assessor)


def test_home_controls_are_named_and_reached_by_tab(open_app, data_dir, content):
    _seed(data_dir, content, completed=False)
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    controls = [home.new_button, home.search, home.table, home.open_button, home.again_button,
                home.delete_button]
    for control in controls:
        assert control.accessibleName() or control.text(), control.objectName()
    reached = set()
    home.table.setFocus()
    for _ in range(30):
        reached.add(focused())
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert all(c in reached for c in controls), [c.objectName() for c in controls
                                                 if c not in reached]


def test_home_shows_the_questionnaire_version_and_date(open_app, content):
    from PySide6.QtWidgets import QLabel

    window = open_app()
    note = window.findChild(QLabel, "contentVersion")
    assert content.version in note.text()
    # the date as the PDF writes it: "1er décembre 2026", not "1 décembre 2026"
    assert note.text().endswith(f"faits vérifiés au {formatting.date(content.as_of, 'fr')}.")


def test_a_row_tooltip_names_the_business_as_typed_and_counts_its_checkups(open_app, data_dir,
                                                                          content, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    _seed(data_dir, content)
    with open_checkups(data_dir, content) as checkups:
        checkups.create_business("<b>Café & Fils</b>", "food", "1", "69001", "Lyon")
    window = open_app(data_dir, advisor_mode=True)
    table = window.current_page().table
    model = table.model()
    names = [model.index(i, 0).data() for i in range(model.rowCount())]
    cafe = model.index(names.index("<b>Café & Fils</b>"), 0)
    tooltip = cafe.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.count("&lt;b&gt;Café &amp; Fils&lt;/b&gt; — 0 diagnostic") == 1
    martin = model.index(names.index("Boulangerie Martin"), 0)
    table.scrollTo(martin)
    where = table.visualRect(martin).center()
    QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, where,
                                                        table.viewport().mapToGlobal(where)))
    qtbot.waitUntil(lambda: "Boulangerie Martin — 1 diagnostic" in QToolTip.text(), timeout=2000)


def test_unfinished_checkups_share_one_panel_a_line_each(open_app, data_dir, content, qtbot):
    """An advisor with checkups in progress: one panel above the list, a line and a
    "Reprendre" each, the most recent first (three panels took three rows of the list)."""
    names = ["Garage Zoé", "Fleuriste Noël", "Librairie Élodie", "Pressing Bœuf"]
    checkup_ids = {}
    with open_checkups(data_dir, content) as checkups:
        for name in names:
            business = checkups.create_business(name, "crafts", "1", "69001", "Lyon").business_id
            checkup_ids[name] = checkups.start_checkup(business).checkup_id
    window = open_app(data_dir, advisor_mode=True)
    home = window.current_page()
    assert home.banners.count() == 1
    panel = home.banners.itemAt(0).widget()
    buttons = panel.findChildren(type(home.new_button), "resume")
    assert [b.accessibleName() for b in buttons] == [
        f"Reprendre le diagnostic de {name}" for name in ("Pressing Bœuf", "Librairie Élodie",
                                                          "Fleuriste Noël")]
    assert all(b.isVisible() for b in buttons)
    # under one title, a line each: the name (whole in its tooltip when elided), never wrapped
    assert panel.title.text() == "Diagnostics en cours"
    assert [line.accessibleName() for line in panel.lines] == [
        "Pressing Bœuf", "Librairie Élodie", "Fleuriste Noël"]
    assert "0 % répondu · commencé le" in panel.findChildren(QLabel, "muted")[0].text()
    for line, resume in zip(panel.lines, buttons):
        assert not line.wordWrap() and line.height() <= resume.height()   # as tall as its button
        assert abs(line.geometry().center().y() - resume.geometry().center().y()) <= 2
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert window.session.checkup_id == checkup_ids["Librairie Élodie"]


def _luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def test_search_placeholder_is_as_readable_as_body_text(open_app):
    """The search field's hint, "(Ctrl+F)" included, as drawn on the field (its alpha blended
    on the field's background): at least 4.5:1 contrast (WCAG AA), as every text of Boussole."""
    from PySide6.QtGui import QColor, QPalette

    search = open_app().current_page().search
    search.ensurePolished()
    palette = search.palette()
    hint = palette.color(QPalette.ColorRole.PlaceholderText)
    field = palette.color(QPalette.ColorRole.Base)
    a = hint.alphaF()
    drawn = QColor.fromRgbF(hint.redF() * a + field.redF() * (1 - a),
                            hint.greenF() * a + field.greenF() * (1 - a),
                            hint.blueF() * a + field.blueF() * (1 - a))
    light, dark = sorted((_luminance(drawn), _luminance(field)), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5


def test_dates_read_as_in_the_pdf(qapp):
    import datetime as dt

    from ui.dates import format_date, format_long_date

    for day in (dt.date(2026, 12, 1), dt.date(2027, 3, 12)):
        assert format_long_date(day) == formatting.date(day, "fr")
        assert format_long_date(day.isoformat()) == formatting.date(day, "fr")
    assert format_date("2026-12-01T09:00:00+01:00") == "1er déc. 2026"
    assert format_long_date("not a date") == "not a date"
