"""The display language (issue 15): Qt's own dialogs speak French too (the file dialog said
"Look in:"), and `boussole --lang en` applies to that run only: the language chosen in Settings
is the one of later starts."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from tests.test_ui_flow_support import close_window, messages, open_app  # noqa: F401


@pytest.fixture
def french_again():
    yield
    from ui import i18n

    i18n.switch_language("fr")


def _file_dialog_labels(qtbot) -> dict[str, str]:
    dialog = QFileDialog(None, "Enregistrer le PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    return {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}


def test_the_file_dialog_speaks_french(qtbot, qapp, french_again):
    from ui import i18n

    i18n.switch_language("fr")
    labels = _file_dialog_labels(qtbot)
    assert labels["lookInLabel"] == "Voir &dans\u00a0:"
    assert labels["fileNameLabel"] == "&Nom de fichier\u00a0:"
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    i18n.switch_language("en")
    assert _file_dialog_labels(qtbot)["lookInLabel"] == "&Look in:"


def test_lang_applies_to_one_run_only(open_app, qtbot, data_dir, content, french_again):
    from ui import app as ui_app
    from ui import i18n

    first = open_app()                        # the person's own choice: French (the default)
    assert first.session.language == "fr"
    close_window(first)
    window = ui_app.open_window(data_dir, lang="en", content=content)   # boussole --lang en
    qtbot.addWidget(window)
    try:
        assert window.session.language == "en" and i18n.current_language() == "en"
        assert window.session.settings.get("language") == "en"
        saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
        assert saved.get("language", "fr") == "fr"       # not written for later starts
    finally:
        close_window(window)
    later = open_app()                        # the next start without --lang
    assert later.session.language == "fr" and i18n.current_language() == "fr"


def test_a_choice_in_settings_during_a_lang_run_is_kept(data_dir):
    from desktop.settings import Settings

    settings = Settings(data_dir)
    settings.set("language", "fr")
    settings.override("language", "en")       # --lang en
    assert settings.get("language") == "en" and Settings(data_dir).get("language") == "fr"
    settings.reload()                          # the workspace re-reads the file: still this run's
    assert settings.get("language") == "en"
    settings.set("language", "en")             # chosen in Settings: for later starts too
    settings.set("language", "fr")
    assert settings.get("language") == "fr" and Settings(data_dir).get("language") == "fr"
