"""Moving a client between an advisor's two laptops in the app, without a terminal: export to
a passphrase-protected file from one data folder, import it into another (two real stores in
tmp_path), by keyboard; a file dropped on the home page; a wrong passphrase then the right one;
a checkup already imported; damaged and unknown files. Real widgets, real files, real scrypt in
the main journey; the dialogs' messages are recorded through ui.errors."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from checks.assessment import write_assessment
from desktop import transfer
from desktop.checkups import is_protected_file, read_assessment_file, write_assessment_file
from tests.factories import make_assessment, open_checkups, open_store
from tests.test_ui_flow_support import (close_window, focused, messages, open_app,  # noqa: F401
                                        wait_active)

PASS = "cheval brun pile agrafe"
NAME = "Boulangerie Éclair & Fils"
WORKER_TIMEOUT = 60_000


@pytest.fixture
def fast_kdf(monkeypatch):
    monkeypatch.setattr(transfer, "SCRYPT_N", 2**14)


def seed(folder, content, **kwargs):
    """A data folder holding one completed checkup; returns it as exported."""
    a = make_assessment(content, "mixed", name=NAME, role="advisor", **kwargs)
    a.completed_at = "2026-11-20T11:00:00+01:00"
    with open_checkups(folder, content) as checkups:
        checkups.import_assessment(a)
    return a


def when_modal(kind, act, interval=10):
    """Call act(dialog) once the active modal widget is a `kind` (shown by exec()) and holds
    the keyboard focus."""
    timer = QTimer()
    timer.setInterval(interval)

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible() and focused() is not None \
                and dialog.isAncestorOf(focused()):
            timer.stop()
            try:
                act(dialog)
            except BaseException:
                dialog.reject()      # a failed check must not leave a modal dialog open
                raise

    timer.timeout.connect(poll)
    timer.start()
    return timer


def type_passphrase(dialog, text):
    """The file's passphrase dialog: type, then Enter."""
    assert focused() is dialog.field
    QTest.keyClicks(dialog.field, text)
    QTest.keyClick(dialog.field, Qt.Key.Key_Return)


def drop(widget, *paths):
    """Drag files over `widget` and drop them, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()


def importing(qtbot, home):
    """Wait, around what starts an import, until every file given is handled."""
    return qtbot.waitSignal(home.transfer.imports_done, timeout=WORKER_TIMEOUT)


def names(home):
    model = home.table.model()   # the names the list shows
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_export_on_one_laptop_and_import_on_the_other_by_keyboard(
        open_app, tmp_path, content, qtbot, messages):
    laptop_a, laptop_b = tmp_path / "laptop-a", tmp_path / "laptop-b"
    original = seed(laptop_a, content)
    out = tmp_path / "usb" / "client.boussole"
    out.parent.mkdir()

    window = open_app(laptop_a, advisor_mode=True)
    home = window.current_page()
    assert focused() is home.table and home.transfer.export_action.isEnabled()
    exported = []

    def fill_export(dialog):
        assert dialog.windowTitle() == "Exporter vers un fichier chiffré"
        assert not dialog.checkup_box.isEnabled()          # one checkup: nothing to choose
        assert focused() is dialog.secret.first
        QTest.keyClicks(dialog.secret.first, PASS)
        assert "Force : très bonne" in dialog.secret.meter.text.text()
        assert not dialog.export_button.isEnabled()        # typed once only
        QTest.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        assert focused() is dialog.secret.again
        QTest.keyClicks(dialog.secret.again, PASS)
        QTest.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        assert focused() is dialog.path
        dialog.path.selectAll()
        QTest.keyClicks(dialog.path, str(out))
        with qtbot.waitSignal(dialog.exported, timeout=WORKER_TIMEOUT) as blocker:
            QTest.keyClick(dialog.path, Qt.Key.Key_Return)
            # scrypt runs in the worker: the dialog is busy, not frozen
            assert dialog.worker is not None and not dialog.export_button.isEnabled()
        exported.append(blocker.args[0])
        assert str(out) in dialog.status.accessibleName()
        assert str(out) in dialog.status.text().replace("\u200b", "")
        assert dialog.secret.first.text() == "" and dialog.secret.again.text() == ""
        QTest.keyClick(focused(), Qt.Key.Key_Escape)

    from ui.transfer_dialogs import ExportFileDialog

    timer = when_modal(ExportFileDialog, fill_export)
    QTest.keyClick(home.table, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    timer.stop()
    assert exported == [str(out)]
    raw = out.read_bytes()
    assert is_protected_file(out) and b"Boulangerie" not in raw and "Éclair".encode() not in raw
    close_window(window)

    # The other laptop: an empty data folder, its own keychain key.
    window = open_app(laptop_b)
    home = window.current_page()
    assert home.views.currentIndex() == 1            # welcome: nothing yet

    def pick_file(dialog):
        assert focused().objectName() == "fileNameEdit"
        QTest.keyClicks(focused(), str(out))
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    from ui.passphrase_dialog import PassphraseDialog

    timers = [when_modal(QFileDialog, pick_file), when_modal(PassphraseDialog, lambda d: (
        d.message.text().startswith("Le fichier « client.boussole » est protégé")
        or pytest.fail(d.message.text()), type_passphrase(d, PASS)))]
    with importing(qtbot, home):
        QTest.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    for t in timers:
        t.stop()
    wait_active(window)
    assert [m.title for m in messages.messages] == ["Diagnostic importé"]
    assert "« Boulangerie Éclair & Fils »" in messages.messages[0].text
    assert names(home) == [NAME] and home.views.currentIndex() == 0
    assert home.selected_business() == original.business.id
    close_window(window)
    with open_store(laptop_b) as store:
        assert store.export_assessment(original.id).to_dict() == original.to_dict()


def test_a_dropped_plain_file_is_imported_and_a_second_drop_says_it_is_already_there(
        open_app, data_dir, tmp_path, content, qtbot, messages):
    a = make_assessment(content, "mixed", name=NAME, seed=3)
    path = tmp_path / "client.json"
    write_assessment(a, path)
    window = open_app(data_dir)
    home = window.current_page()
    with importing(qtbot, home):
        drop(home, path)
    assert [m.title for m in messages.messages] == ["Diagnostic importé"]
    assert names(home) == [NAME]

    with importing(qtbot, home):
        drop(home.table.viewport(), path)                  # onto the list this time
    last = messages.messages[-1]
    assert last.title == "Déjà importé"
    assert last.text == f"Le diagnostic du 20 nov. 2026 de « {NAME} » est déjà dans Boussole."
    assert "identique" in last.hint

    changed = make_assessment(content, "worst", name="Autre nom", seed=3)
    changed.id, changed.business.id = a.id, a.business.id
    write_assessment(changed, path)
    with importing(qtbot, home):
        drop(home.search, path)                            # the search box does not take it as text
    assert home.search.text() == ""
    last = messages.messages[-1]
    assert last.title == "Déjà importé" and NAME in last.text
    assert "ne remplace jamais" in last.hint
    close_window(window)
    with open_store(data_dir) as store:                 # never overwritten
        assert store.export_assessment(a.id).to_dict() == a.to_dict()


def test_a_wrong_passphrase_is_said_and_asked_again(open_app, data_dir, tmp_path, content,
                                                    qtbot, messages, fast_kdf):
    a = make_assessment(content, "mixed", name=NAME)
    path = tmp_path / "client.boussole"
    write_assessment_file(a, path, PASS)
    window = open_app(data_dir)
    home = window.current_page()
    from ui.passphrase_dialog import PassphraseDialog

    asked = []

    def answer(dialog):
        asked.append(dialog.problem.text() if dialog.problem.isVisible() else "")
        type_passphrase(dialog, "pas la bonne phrase" if len(asked) == 1 else PASS)
        if len(asked) == 1:
            timers.append(when_modal(PassphraseDialog, answer))

    timers = [when_modal(PassphraseDialog, answer)]
    with importing(qtbot, home):
        drop(home, path)
    for t in timers:
        t.stop()
    assert asked[0] == "" and asked[1].startswith("Cette phrase secrète n'ouvre pas le fichier")
    assert [m.title for m in messages.messages] == ["Diagnostic importé"]
    assert names(home) == [NAME]


def test_a_cancelled_passphrase_imports_nothing(open_app, data_dir, tmp_path, content, qtbot,
                                                messages, fast_kdf):
    path = tmp_path / "client.boussole"
    write_assessment_file(make_assessment(content, name=NAME), path, PASS)
    window = open_app(data_dir)
    home = window.current_page()
    from ui.passphrase_dialog import PassphraseDialog

    timer = when_modal(PassphraseDialog, lambda d: QTest.keyClick(d.field, Qt.Key.Key_Escape))
    with importing(qtbot, home):
        drop(home, path)
    timer.stop()
    assert messages.messages == [] and names(home) == []


@pytest.mark.parametrize("damage, title_hint", [
    ("garbage", "abîmé, ou ce n'est pas un diagnostic Boussole"),
    ("newer_content", "version plus récente du questionnaire (2099.01)"),
    ("unknown_content", "version du questionnaire (2001.01) que ce Boussole"),
    ("newer_format", "écrit par une version plus récente de Boussole"),
    ("bad_answer", "contenu n'est pas cohérent"),
    ("encrypted_damaged", "abîmé, ou ce n'est pas un diagnostic Boussole"),
])
def test_files_that_cannot_be_imported_say_why(open_app, data_dir, tmp_path, content, qtbot,
                                               messages, fast_kdf, damage, title_hint):
    a = make_assessment(content, "mixed", name=NAME)
    path = tmp_path / "client.json"
    data = json.loads(a.to_json())
    if damage == "garbage":
        path.write_bytes(b"\x89PNG\r\n not a checkup")
    elif damage == "encrypted_damaged":
        write_assessment_file(a, path, PASS)
        path.write_bytes(path.read_bytes().split(b"\n")[0][:-5] + b"\n")
    else:
        if damage == "newer_content":
            data["content_version"] = "2099.01"
        elif damage == "unknown_content":     # not one this Boussole archives
            data["content_version"] = "2001.01"
        elif damage == "newer_format":
            data["version"] = 99
        else:
            data["answers"][next(iter(data["answers"]))]["option"] = "n'existe pas"
        path.write_text(json.dumps(data), encoding="utf-8")
    window = open_app(data_dir)
    home = window.current_page()
    with importing(qtbot, home):
        home.transfer.import_paths([path])
    [message] = messages.messages
    assert message.kind == "error" and message.title == "Import impossible"
    assert message.text == "« client.json » n'a pas été importé."
    assert title_hint in message.hint, message.hint
    assert names(home) == []


def test_choosing_a_strong_passphrase_is_guided_and_keyboard_only(qtbot, data_dir, content,
                                                                 tmp_path, fast_kdf, messages):
    from tests.factories import open_session
    from ui.transfer_dialogs import ExportFileDialog

    first = make_assessment(content, "mixed", name=NAME)
    later = make_assessment(content, "best", name=NAME, seed=2)
    later.business = first.business
    later.started_at = "2027-03-12T09:00:00+01:00"
    session = open_session(data_dir, content, first, later)
    dialog = ExportFileDialog(session, first.business.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    # the latest checkup first, the file named after its date; the earlier one can be picked
    assert dialog.checkup_box.isEnabled() and dialog.checkup_id() == later.id
    assert dialog.target().name == "Boulangerie Éclair & Fils 2027-03-12.boussole"
    dialog.checkup_box.setCurrentIndex(1)
    assert dialog.checkup_id() == first.id
    assert dialog.target().name == "Boulangerie Éclair & Fils 2026-11-20.boussole"
    form = dialog.secret
    for typed, says in (("azerty", "Trop courte : au moins 8"),
                        ("azertyuiop", "Trop courante"),
                        ("aaaaaaaaaa", "suites du clavier"),
                        ("le chat dort", "Ajoutez des mots"),
                        (PASS, "Force : très bonne. Difficile à deviner.")):
        form.first.clear()
        QTest.keyClicks(form.first, typed)
        assert says in form.meter.text.text(), (typed, form.meter.text.text())
    assert form.first.echoMode() == QLineEdit.EchoMode.Password
    QTest.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)   # "&Afficher"
    qtbot.waitUntil(form.show_box.isChecked)            # a mnemonic clicks after a short delay
    assert form.first.echoMode() == QLineEdit.EchoMode.Normal
    assert form.again.echoMode() == QLineEdit.EchoMode.Normal
    QTest.keyClicks(form.again, PASS[:-1] + "x")
    assert form.problem.text() == "Les deux saisies sont différentes."
    assert not dialog.export_button.isEnabled()
    form.again.backspace()
    QTest.keyClicks(form.again, PASS[-1])
    assert form.problem.isHidden() and dialog.export_button.isEnabled()
    dialog.set_target(tmp_path / "older")
    with qtbot.waitSignal(dialog.exported, timeout=WORKER_TIMEOUT) as blocker:
        QTest.keyClick(form.again, Qt.Key.Key_Return)
    assert blocker.args[0] == str(tmp_path / "older.boussole")      # the suffix is added
    back = read_assessment_file(tmp_path / "older.boussole", content, lambda: PASS)
    assert back.to_dict() == first.to_dict()
    assert session.settings.get("last_transfer_dir") == str(tmp_path)
    session.close()


def test_an_unwritable_folder_is_said_and_nothing_is_left(qtbot, data_dir, content, tmp_path,
                                                          fast_kdf, messages):
    from tests.factories import open_session
    from ui.transfer_dialogs import ExportFileDialog

    a = make_assessment(content, "mixed", name=NAME)
    session = open_session(data_dir, content, a)
    dialog = ExportFileDialog(session, a.business.id)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.secret.first, PASS)
    QTest.keyClicks(dialog.secret.again, PASS)
    dialog.set_target(tmp_path / "missing" / "client.boussole")
    with qtbot.waitSignal(dialog.export_failed, timeout=WORKER_TIMEOUT):
        dialog.export_button.click()
    [message] = messages.messages
    assert message.title == "L'export a échoué" and "missing" in message.text
    assert "intact" in message.hint
    assert not (tmp_path / "missing").exists()
    assert dialog.export_button.isEnabled()            # try again elsewhere
    session.close()


def test_a_checkup_of_an_archived_questionnaire_imports_as_it_was(open_app, data_dir, tmp_path,
                                                                   content, qtbot, messages):
    """A 2026.11 file from a laptop not yet updated: imported, listed, kept with its version."""
    from checks.content_versions import load_version

    old = make_assessment(load_version("2026.11"), "mixed", name=NAME)
    path = tmp_path / "client.json"
    write_assessment(old, path)
    window = open_app(data_dir)
    home = window.current_page()
    with importing(qtbot, home):
        drop(home, path)
    assert [m.title for m in messages.messages] == ["Diagnostic importé"] and names(home) == [NAME]
    close_window(window)
    with open_checkups(data_dir, content) as checkups:
        back = checkups.export_assessment(old.id)
    assert back.content_version == "2026.11" and back.answers == old.answers
