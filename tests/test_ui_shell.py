"""The shell: starting, the store errors a person can act on, geometry, language, layering."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.test_ui_flow_support import (close_window, focused, messages, new_business,  # noqa: F401
                                        open_app)
from ui.actions import SPECS, ActionId
from ui.pages import PageId

ROOT = Path(__file__).resolve().parent.parent


def _hold_lock(folder: Path) -> subprocess.Popen:
    """Another process with the data folder open (it holds the store's lock until killed)."""
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from desktop.store import Store
        store = Store.open_folder({str(folder)!r})
        print("ready", flush=True)
        sys.stdin.read()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_store_locked_by_another_process_says_so(open_app, data_dir, messages):
    holder = _hold_lock(data_dir)
    try:
        assert open_app(data_dir) is None
    finally:
        holder.stdin.close()
        holder.wait(10)
    error = messages.messages[-1]
    assert error.kind == "error"
    assert error.title == "Boussole est déjà ouvert"
    assert "fermez-la" in error.hint
    assert str(data_dir) in error.details
    # once the other one is gone, it opens
    assert open_app(data_dir) is not None


def test_store_that_cannot_be_opened_gets_a_clear_error(open_app, data_dir, messages):
    (data_dir / "boussole.db").mkdir()          # where the database file should be
    assert open_app(data_dir) is None
    error = messages.messages[-1]
    assert (error.kind, error.title) == ("error", "Impossible d'ouvrir vos données")
    assert "Rien n'a été effacé" in error.hint
    assert str(data_dir) in error.text


def test_data_folder_that_is_a_file(open_app, tmp_path, messages):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert open_app(blocker / "data") is None
    assert messages.messages[-1].title == "Dossier de données inaccessible"


def test_damaged_database_is_kept_aside_and_the_person_is_told(open_app, data_dir, messages):
    (data_dir / "boussole.db").write_bytes(b"this is not a database " * 200)
    window = open_app(data_dir)
    assert window is not None
    info = [m for m in messages.messages if m.kind == "info"]
    assert info and info[-1].title == "Données récupérées"
    kept = window.session.workspace.store.recovered_from
    assert kept and Path(kept).exists() and str(kept) in info[-1].text
    assert window.current == PageId.HOME


def test_error_dialog_is_a_real_message_box(qtbot):
    from ui import errors

    errors.set_handler(None)
    seen = {}

    def close_box():
        box = QApplication.activeModalWidget()
        seen["box"] = (type(box), box.text(), box.informativeText())
        box.accept()

    QTimer.singleShot(0, close_box)
    errors.error(None, "Titre", "Ce qui s'est passé", "Ce qu'il faut faire", "détail")
    assert seen["box"] == (QMessageBox, "Ce qui s'est passé", "Ce qu'il faut faire")


def test_window_geometry_is_remembered(open_app, data_dir):
    window = open_app(data_dir, size=(760, 540))
    window.move(20, 10)
    close_window(window)
    from desktop.settings import Settings

    assert Settings(data_dir).get("window_geometry")
    again = open_app(data_dir, size=(700, 500))
    assert again.restore_geometry()
    assert (again.width(), again.height()) == (760, 540)


def test_actions_have_texts_and_the_documented_shortcuts(open_app):
    window = open_app()
    for action_id in ActionId:
        assert window.actions[action_id].text()
    assert set(SPECS) == set(ActionId)
    assert window.actions[ActionId.PREVIOUS_QUESTION].shortcut().toString() == "Alt+Left"
    assert window.actions[ActionId.FIND_QUESTION].shortcut().toString() == "Ctrl+F"
    assert window.actions[ActionId.NEW_CHECKUP].shortcut().toString() == "Ctrl+N"
    # checkup-only commands are off on the home page
    assert not window.actions[ActionId.EXPORT_PDF].isEnabled()


def _compile_translation(tmp_path: Path) -> Path:
    """A small English translation of a few of this side's strings, compiled to .qm."""
    ts = tmp_path / "boussole_en.ts"
    entries = {"QuestionView": [("Je ne sais pas", "I don't know")],
               "InterviewPage": [("Modifier le profil", "Edit the profile")],
               "HomePage": [("Vos entreprises", "Your businesses")],
               "Actions": [("Accueil", "Home")]}
    body = "".join(
        f"<context><name>{ctx}</name>" + "".join(
            f"<message><source>{src}</source><translation>{dst}</translation></message>"
            for src, dst in pairs) + "</context>" for ctx, pairs in entries.items())
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  f'language="en" sourcelanguage="fr">{body}</TS>', encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "boussole_en.qm")],
                   check=True, capture_output=True)
    return tmp_path


def test_language_switch_changes_visible_texts_live(open_app, qtbot, tmp_path, monkeypatch):
    from ui import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", _compile_translation(tmp_path))
    window = open_app()
    home = window.current_page()
    assert home.title.text() == "Vos entreprises"
    new_business(window, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    page = window.current_page()
    question = page.current_question()
    assert page.question_text.text() == question.text.fr
    assert page.dont_know.text() == "Je ne sais pas"

    window.session.set_language("en")
    assert page.dont_know.text() == "I don't know"
    assert page.profile_button.text() == "Edit the profile"
    assert window.actions[ActionId.HOME].text() == "Home"
    assert page.question_text.text() == question.text.en        # content follows too
    assert page.help.why.text() == question.why.en
    assert window.session.settings.get("language") == "en"
    window.go_home()
    assert home.title.text() == "Your businesses"

    window.session.set_language("fr")
    assert home.title.text() == "Vos entreprises"


def test_qt_own_dialogs_get_french(open_app):
    from ui import i18n

    loaded = i18n.switch_language("fr")
    assert any(Path(p).name == "qtbase_fr.qm" for p in loaded)
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_no_widgets_outside_ui_at_runtime():
    """Importing everything outside ui/ (and starting the CLI) loads no QtWidgets/QtGui."""
    code = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        sys.path.insert(0, {str(ROOT)!r})
        for package in ("checks", "reports", "desktop"):
            module = importlib.import_module(package)
            for info in pkgutil.iter_modules(module.__path__):
                if (package, info.name) in (("desktop", "__main__"),):
                    continue
                importlib.import_module(f"{{package}}.{{info.name}}")
        bad = [m for m in sys.modules if m.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "ui"))]
        print(bad)
        sys.exit(1 if bad else 0)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_gui_starts_shows_and_imports_nothing_heavy(tmp_path):
    """The real entry point, in its own process: shows the window, no reportlab at start; from
    the second start on (the content cache written), not even the content model: the home
    page needs the content's edition only, and the content is read after the list shows.
    Garbage collection, off while the app starts, is on again once the window is ready, with
    what the start made set apart (frozen)."""
    code = textwrap.dedent(f"""
        import gc
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        import desktop.app
        code = desktop.app.main(["boussole", "--data-dir", {str(tmp_path / 'data')!r}])
        heavy = [m for m in sys.argv[1:] if m in sys.modules]
        print("heavy", heavy)
        print("collecting", gc.isenabled(), "frozen", gc.get_freeze_count() > 10000)
        sys.exit(code or (3 if heavy else 0))
    """)
    # no keychain in a child process: unencrypted storage, as chosen in the storage dialog
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "settings.json").write_text('{"storage_mode": "plaintext"}')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOUSSOLE_EXIT_AFTER_SHOW": "1",
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    # ui.combos builds QStyle's enum types (~115 M instructions, a tenth of the start: it
    # slipped in once through ui.widgets)
    heavy = ["reportlab", "checks.plan", "ui.results_page", "ui.plan_page", "ui.combos"]
    for start in (heavy, [*heavy, "checks.content", "pickle", "hashlib"]):
        result = subprocess.run([sys.executable, "-c", code, *start], capture_output=True,
                                text=True, env=env, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "shown" in result.stdout and "heavy []" in result.stdout
        assert "collecting True frozen True" in result.stdout


def test_damaged_content_is_said_at_start(monkeypatch, tmp_path, messages):
    from desktop import content_cache
    from ui import app as ui_app

    copy = tmp_path / "content"
    shutil.copytree(content_cache.CONTENT_DIR, copy)
    (copy / "cyber.toml").write_text("[[module\nbroken", encoding="utf-8")
    monkeypatch.setattr(content_cache, "CONTENT_DIR", copy)
    from desktop.settings import Settings
    from ui.session import Session

    ui_app.create_application([])
    assert ui_app.check_content(Session(Settings(tmp_path / "data"))) is False
    assert [m.title for m in messages.messages] == ["Contenu du diagnostic invalide"]


@pytest.mark.parametrize("argv, expected", [(["boussole"], (None, None)),
                                            (["boussole", "--lang", "en", "--data-dir", "/x"],
                                             ("/x", "en")),
                                            (["boussole", "-platform", "offscreen"], (None, None))])
def test_arguments(argv, expected):
    from ui.app import parse_args

    args = parse_args(argv)
    assert (args.data_dir, args.lang) == expected


def test_english_from_the_shipped_translation(open_app, qtbot):
    """With the real boussole_en.qm: the interview's own texts and the content switch."""
    window = open_app()
    new_business(window, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    page = window.current_page()
    window.session.set_language("en")
    assert page.dont_know.text() == "I don't know"
    assert page.previous_button.text().endswith("Previous")
    assert window.actions[ActionId.HOME].text() == "Home"
    assert page.question_text.text() == page.current_question().text.en
