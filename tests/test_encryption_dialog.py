"""The storage dialog: passphrase typed twice with a minimum length, or an explicit, acknowledged
"continue without encryption"; closing it chooses nothing."""
from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialog

from desktop import transfer
from desktop.keys import (ASK_CHOOSE, ASK_RETRY, ASK_UNLOCK, MIN_PASSPHRASE, StorageCancelled,
                          resolve_key)
from desktop.settings import Settings
from ui.storage_dialog import StorageDialog

GOOD = "un cheval de bataille"


@pytest.fixture
def choose(qtbot):
    dialog = StorageDialog(ASK_CHOOSE)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_explains_in_french_and_offers_both_choices(choose):
    assert choose.windowTitle() == "Protection de vos données"
    texts = " ".join(w.text() for w in choose.findChildren(type(choose.problem)))
    assert "trousseau de clés" in texts and "n'est pas disponible" in texts
    assert choose.use_passphrase.text().replace("&", "") == "Protéger par une phrase secrète"
    assert choose.use_plaintext.text().replace("&", "") == "Continuer sans chiffrement"
    assert "en clair" in choose.plaintext_warning.text()
    assert choose.use_passphrase.isChecked()      # the safe option is the default
    assert not choose.ok_button.isEnabled()       # but nothing is chosen until typed


def test_passphrase_needs_the_minimum_length_and_the_same_text_twice(choose, qtbot):
    qtbot.keyClicks(choose.passphrase, "court")
    assert "Trop courte" in choose.problem.text() and not choose.ok_button.isEnabled()
    choose.passphrase.setText(GOOD)
    qtbot.keyClicks(choose.confirmation, GOOD[:-1] + "X")
    assert "différentes" in choose.problem.text() and not choose.ok_button.isEnabled()
    choose.confirmation.setText(GOOD)
    assert choose.problem.text() == "" and choose.ok_button.isEnabled()
    choose.ok_button.click()
    assert choose.result() == QDialog.DialogCode.Accepted
    answer = choose.choice()
    assert (answer.mode, answer.passphrase) == ("passphrase", GOOD)
    assert GOOD not in repr(answer)
    assert choose.passphrase.text() == "" and choose.confirmation.text() == ""
    assert len(GOOD) >= MIN_PASSPHRASE


def test_plaintext_needs_an_explicit_acknowledgement(choose):
    choose.use_plaintext.setChecked(True)
    assert not choose.passphrase.isEnabled()
    assert not choose.ok_button.isEnabled()
    choose.understood.setChecked(True)
    assert choose.ok_button.isEnabled()
    choose.ok_button.click()
    assert choose.choice().mode == "plaintext"


def test_closing_the_dialog_chooses_nothing(choose):
    choose.passphrase.setText(GOOD)
    choose.confirmation.setText(GOOD)
    choose.reject()
    assert choose.choice().mode == "cancel"


@pytest.mark.parametrize("situation", [ASK_UNLOCK, ASK_RETRY])
def test_unlock_asks_once_and_says_when_the_last_try_was_wrong(qtbot, situation):
    dialog = StorageDialog(situation)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Phrase secrète"
    assert not hasattr(dialog, "use_plaintext")        # no way to drop encryption here
    assert ("incorrecte" in dialog.problem.text()) == (situation == ASK_RETRY)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "x")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.choice().passphrase == "x"


def test_the_dialog_as_the_ask_callback_of_resolve_key(qtbot, data_dir, monkeypatch):
    monkeypatch.setattr(transfer, "SCRYPT_N", 2**14)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        shown = []

        def ask(situation):
            dialog = StorageDialog(situation)
            qtbot.addWidget(dialog)
            shown.append(situation)
            if situation == ASK_CHOOSE:
                dialog.passphrase.setText(GOOD)
                dialog.confirmation.setText(GOOD)
                dialog.ok_button.click()
            else:
                dialog.reject()
            return dialog.choice()

        key = resolve_key(data_dir, Settings(data_dir), ask)
        assert key is not None and shown == [ASK_CHOOSE]
        with pytest.raises(StorageCancelled):
            resolve_key(data_dir, Settings(data_dir), ask)
        assert shown == [ASK_CHOOSE, ASK_UNLOCK]
    finally:
        keyring.set_keyring(previous)


def test_the_app_opens_its_data_with_the_keychain_key_or_says_why_not(qtbot, data_dir,
                                                                      monkeypatch):
    """ui.app.open_data (through desktop.workspace): the keychain's key opens the data; one
    clear message when the key is missing; None and no message when the person quits."""
    from desktop import cipher, secrets
    from ui import app as ui_app
    from ui import errors, storage_dialog

    shown = []
    errors.set_handler(shown.append)
    try:
        settings = Settings(data_dir)
        workspace = ui_app.open_data(data_dir, settings)
        assert workspace is not None and workspace.settings is settings
        assert settings.get("storage_mode") == "keychain"
        with workspace:
            workspace.store.create_business("Garage Hermine")
        key = secrets.load_key(data_dir)
        assert cipher.key_opens(data_dir / "boussole.db", key)
        secrets.delete_key(data_dir)
        assert ui_app.open_data(data_dir, Settings(data_dir)) is None
        assert [m.kind for m in shown] == ["error"]
        assert "not in the system keychain" in shown[0].details
        assert key.hex() not in " ".join((shown[0].text, shown[0].hint, shown[0].details))

        other = data_dir.parent / "other"
        keyring.set_keyring(fail.Keyring())
        monkeypatch.setattr(storage_dialog, "ask_storage",
                            lambda situation, parent=None: storage_dialog.StorageChoice.cancel())
        assert ui_app.open_data(other, Settings(other)) is None
        assert len(shown) == 1                      # quitting is not an error
    finally:
        errors.set_handler(None)


def test_the_passphrase_can_be_chosen_with_the_keyboard_alone(choose, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    choose.show()
    qtbot.waitExposed(choose)
    choose.activateWindow()
    choose.passphrase.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is choose.passphrase)
    qtbot.keyClicks(choose.passphrase, GOOD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is choose.confirmation
    qtbot.keyClicks(choose.confirmation, GOOD)
    with qtbot.waitSignal(choose.accepted):
        qtbot.keyClick(choose.confirmation, Qt.Key.Key_Return)
    assert choose.choice().mode == "passphrase"


@pytest.mark.parametrize("situation", [ASK_CHOOSE, ASK_UNLOCK, ASK_RETRY])
def test_the_passphrase_can_be_typed_as_soon_as_the_dialog_opens(qtbot, situation):
    from PySide6.QtWidgets import QApplication

    dialog = StorageDialog(situation)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    # the focus of a window an earlier test left open counts until the dialog is active
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    qtbot.keyClicks(QApplication.focusWidget(), GOOD)   # wherever the keys go
    assert dialog.passphrase.text() == GOOD
