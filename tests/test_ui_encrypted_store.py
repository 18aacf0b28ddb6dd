"""The app opens its data encrypted (key from the keychain), and without a keychain it asks."""
from __future__ import annotations

import keyring
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.test_ui_flow_support import messages, open_app  # noqa: F401  (fixtures)


def test_data_written_through_the_app_is_encrypted_at_rest(open_app, data_dir):  # noqa: F811
    window = open_app()
    window.session.workspace.store.create_business("Fromagerie Secrète de Brive", city="Brive")
    window.session.workspace.store.close()
    raw = b"".join(p.read_bytes() for p in data_dir.glob("boussole.db*"))
    assert not (data_dir / "boussole.db").read_bytes().startswith(b"SQLite format 3")
    assert "Fromagerie Secrète".encode() not in raw


def test_without_a_keychain_the_person_is_asked_and_nothing_is_opened_silently(
        qtbot, data_dir, content, messages):  # noqa: F811
    from ui import app as ui_app

    ui_app.create_application([])
    keyring.set_keyring(fail.Keyring())
    asked = []

    def close_the_question():
        dialog = QApplication.activeModalWidget()
        asked.append(type(dialog).__name__ if dialog else None)
        if dialog is not None:
            dialog.reject()
        else:
            QTimer.singleShot(20, close_the_question)

    QTimer.singleShot(0, close_the_question)
    window = ui_app.open_window(data_dir, content=content)
    assert window is None
    assert asked and asked[-1] == "StorageDialog"
    assert not (data_dir / "boussole.db").exists()


def test_a_passphrase_folder_whose_database_is_gone_is_said_at_start(
        qtbot, data_dir, content, messages, fast_kdf):  # noqa: F811
    """The checkups had vanished from the list without a word (a 0-byte boussole.db)."""
    from desktop.keys import StorageChoice
    from desktop.workspace import open_workspace
    from ui import app as ui_app

    secret = "cheval correct agrafe batterie"
    keyring.set_keyring(fail.Keyring())
    with open_workspace(data_dir, lambda _s: StorageChoice.with_passphrase(secret)) as ws:
        ws.store.create_business("Boulangerie Martin")
    (data_dir / "boussole.db").write_bytes(b"")
    ui_app.create_application([])

    def unlock():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, unlock)
            return
        dialog.passphrase.setText(secret)
        dialog.ok_button.click()

    QTimer.singleShot(0, unlock)
    window = ui_app.open_window(data_dir, content=content)
    assert window is not None
    qtbot.addWidget(window)
    said = [m for m in messages.messages if m.kind == "warning"]
    assert [m.title for m in said] == ["Base de données introuvable"]
    assert "restaurez le fichier boussole.db" in said[0].hint
