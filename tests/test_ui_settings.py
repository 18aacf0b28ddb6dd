"""The settings dialog: live language switch (the pages' texts change), advisor mode and the
advisor's profile saved to the store (reopened to check), logo validation."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from desktop.settings import Settings
from tests.factories import make_assessment, open_session, open_store
from tests.test_ui_plan import type_text
from ui import errors


@pytest.fixture
def session(data_dir, content):
    s = open_session(data_dir, content, make_assessment(content, "worst"))
    yield s
    s.close()


@pytest.fixture
def french_again():
    """The language switch installs application-wide translators: put French back."""
    yield
    from ui import i18n

    i18n.switch_language("fr")


@pytest.fixture
def messages():
    shown = []
    errors.set_handler(shown.append)
    yield shown
    errors.set_handler(None)


def settings_dialog(qtbot, session):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_language_switch_changes_the_pages_live(qtbot, session, data_dir, french_again):
    from ui.plan_page import PlanPage
    from ui.results_page import ResultsPage

    results, plan = ResultsPage(session), PlanPage(session)
    for page in (results, plan):
        qtbot.addWidget(page)
        page.show()
    assert results.plan_button.text() == "Voir le plan d'action"
    assert plan.export_button.text() == "Exporter en PDF…"
    first_row = plan.plan_list.visible_rows()[0]
    assert first_row.data.status_text == "À faire"
    module = session.content.modules[0]
    assert results.module_labels[module.id].text().startswith(module.title.fr)

    dialog = settings_dialog(qtbot, session)
    assert dialog.language.currentData() == "fr"
    with qtbot.waitSignal(session.language_changed):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))

    assert Settings(data_dir).get("language") == "en"
    qtbot.waitUntil(lambda: results.plan_button.text() == "See the action plan")
    assert plan.export_button.text() == "Export to PDF…"
    assert plan.plan_list.headings["week"].title.text().startswith("This week · until ")
    first_row = plan.plan_list.visible_rows()[0]
    assert first_row.data.status_text == "To do"
    assert plan.week.title.text() == "This week"
    assert results.module_labels[module.id].text().startswith(module.title.en)
    assert "% answered" in results.overall.text()
    assert dialog.windowTitle() == "Settings"
    assert dialog.close_button.text() == "Close"

    with qtbot.waitSignal(session.language_changed):
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.waitUntil(lambda: results.plan_button.text() == "Voir le plan d'action")
    assert dialog.windowTitle() == "Paramètres"


def test_advisor_profile_is_saved_to_the_store(qtbot, session, data_dir):
    dialog = settings_dialog(qtbot, session)
    assert not dialog.name.isEnabled()
    qtbot.mouseClick(dialog.advisor_mode, Qt.MouseButton.LeftButton)
    assert dialog.name.isEnabled()
    assert Settings(data_dir).get("advisor_mode") is True

    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Claire Dupont")
    dialog.organisation.setFocus()      # leaving the field saves it
    type_text(qtbot, dialog.organisation, "CCI Lyon Métropole")
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)   # closing keeps what was typed
    assert not dialog.isVisible()

    session.close()
    with open_store(data_dir) as store:
        assert store.get_advisor() == {"name": "Claire Dupont",
                                       "organisation": "CCI Lyon Métropole", "logo_path": ""}


def test_logo_is_checked_then_saved(qtbot, session, tmp_path, messages):
    dialog = settings_dialog(qtbot, session)
    dialog.advisor_mode.setChecked(True)

    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("this is not a picture")
    assert dialog.set_logo(str(not_an_image)) is False
    assert [m.kind for m in messages] == ["error"]
    assert "PNG ou JPEG" in messages[0].text
    assert session.workspace.store.get_advisor()["logo_path"] == ""

    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2471a3"))
    logo = tmp_path / "cci.png"
    assert image.save(str(logo))
    assert dialog.set_logo(str(logo)) is True
    assert session.workspace.store.get_advisor()["logo_path"] == str(logo)
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()

    qtbot.mouseClick(dialog.remove_logo, Qt.MouseButton.LeftButton)
    assert session.workspace.store.get_advisor()["logo_path"] == ""


def test_the_dialog_opens_on_its_first_setting_for_the_keyboard(qtbot, session):
    from PySide6.QtWidgets import QApplication

    dialog = settings_dialog(qtbot, session)
    dialog.activateWindow()
    # the focus of a window an earlier test left open counts until the dialog is active
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    assert QApplication.focusWidget() is dialog.language


def test_every_control_is_named(qtbot, session):
    dialog = settings_dialog(qtbot, session)
    for widget in (dialog.language, dialog.advisor_mode, dialog.name, dialog.organisation,
                   dialog.choose_logo, dialog.remove_logo, dialog.close_button):
        assert widget.accessibleName() or widget.text()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_two_alt_shortcuts_alike_in_the_dialogs(qtbot, session, lang, french_again):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from ui import i18n
    from ui.export_dialog import ExportDialog
    from ui.settings_dialog import SettingsDialog

    i18n.switch_language(lang)
    for cls in (SettingsDialog, ExportDialog):
        dialog = cls(session)
        qtbot.addWidget(dialog)
        keys = []
        for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
            found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if found:
                keys.append((found.group(1).lower(), widget.text()))
        letters = [k for k, _ in keys]
        assert len(letters) == len(set(letters)), f"{cls.__name__} ({lang}): {keys}"


def test_app_and_report_offer_the_same_languages_each_named_in_itself(qtbot, session):
    from ui.export_dialog import ExportDialog
    from ui.i18n import LANGUAGES

    settings = settings_dialog(qtbot, session)
    export = ExportDialog(session)
    qtbot.addWidget(export)
    for box in (settings.language, export.language):
        assert [box.itemData(i) for i in range(box.count())] == list(LANGUAGES)
        assert [box.itemText(i) for i in range(box.count())] == ["Français", "English"]
        assert box.language() == session.language
    export.set_lang("de")   # not a language of Boussole: French
    assert export.lang() == "fr"
