"""No keychain (keyring's fail backend): the person is asked, never a silent fallback; the
passphrase and plaintext choices, remembered; wrong passphrase and missing salt leave the
database byte-identical."""
from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop import keys, transfer
from desktop.keys import (ASK_CHOOSE, ASK_RETRY, ASK_UNLOCK, KeyMissing, KeyProblem,
                          StorageCancelled, StorageChoice, WrongPassphrase, database_state,
                          resolve_key)
from desktop.settings import Settings
from desktop.store import Store
from tests.factories import make_assessment

PASS = "cheval correct agrafe batterie"
NAME = "Coiffure Anémone"


pytestmark = pytest.mark.usefixtures("no_keychain", "fast_kdf")   # tests/conftest.py


class Asker:
    """A scripted `ask` callback that records what it was asked."""

    def __init__(self, *answers: StorageChoice):
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, situation: str) -> StorageChoice:
        self.asked.append(situation)
        if not self.answers:
            raise AssertionError(f"asked {situation} once too often")
        return self.answers.pop(0)


def start(folder: Path, ask, content=None) -> Store:
    return Store.open_folder(folder, key=resolve_key(folder, Settings(folder), ask))


def db_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.name.startswith("boussole.db")}


def make_passphrase_store(folder: Path, content) -> str:
    with start(folder, Asker(StorageChoice.with_passphrase(PASS)), content) as store:
        return store.import_assessment(make_assessment(content, "mixed", name=NAME))


def test_without_a_keychain_the_person_is_asked(data_dir):
    ask = Asker(StorageChoice.cancel())
    with pytest.raises(StorageCancelled, match="no storage choice"):
        resolve_key(data_dir, Settings(data_dir), ask)
    assert ask.asked == [ASK_CHOOSE]
    # Nothing decided, nothing written: the next start asks again.
    assert Settings(data_dir).get("storage_mode") == ""
    assert not (data_dir / keys.SALT_FILE).exists()
    assert database_state(data_dir) == "absent"


def test_a_keychain_that_refuses_to_save_also_leads_to_the_question(data_dir):
    class Refusing(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise keyring.errors.PasswordSetError("locked")

        def delete_password(self, service, username):
            pass

    keyring.set_keyring(Refusing())
    ask = Asker(StorageChoice.plaintext())
    assert resolve_key(data_dir, Settings(data_dir), ask) is None
    assert ask.asked == [ASK_CHOOSE]


def test_passphrase_choice_encrypts_and_the_passphrase_opens_it_again(data_dir, content):
    checkup = make_passphrase_store(data_dir, content)
    assert Settings(data_dir).get("storage_mode") == "passphrase"
    assert database_state(data_dir) == "encrypted"
    raw = b"".join(db_files(data_dir).values())
    assert "Anémone".encode() not in raw and b"Coiffure" not in raw
    salt = json.loads((data_dir / keys.SALT_FILE).read_text())
    assert salt["kdf"] == "scrypt" and salt["n"] == 2**14 and PASS not in json.dumps(salt)
    assert PASS not in (data_dir / "settings.json").read_text()
    ask = Asker(StorageChoice.with_passphrase(PASS))
    with start(data_dir, ask, content) as store:
        assert store.export_assessment(checkup).business.name == NAME
    assert ask.asked == [ASK_UNLOCK]


def test_the_stored_kdf_parameters_are_the_ones_used(data_dir, monkeypatch):
    key = resolve_key(data_dir, Settings(data_dir), Asker(StorageChoice.with_passphrase(PASS)))
    monkeypatch.setattr(transfer, "SCRYPT_N", 2**15)     # a later version changes its default
    again = resolve_key(data_dir, Settings(data_dir), Asker(StorageChoice.with_passphrase(PASS)))
    assert again == key


def test_wrong_passphrase_is_refused_and_the_file_is_byte_identical(data_dir, content):
    make_passphrase_store(data_dir, content)
    before = db_files(data_dir)
    ask = Asker(StorageChoice.with_passphrase("pas la bonne phrase"),
                StorageChoice.with_passphrase("toujours pas la bonne"))
    with pytest.raises(WrongPassphrase) as info:
        resolve_key(data_dir, Settings(data_dir), ask, attempts=2)
    assert ask.asked == [ASK_UNLOCK, ASK_RETRY]
    message = str(info.value)
    assert "wrong passphrase" in message and "nothing was changed" in message
    assert "pas la bonne" not in message and PASS not in message
    assert db_files(data_dir) == before
    assert Settings(data_dir).get("storage_mode") == "passphrase"


def test_a_retry_with_the_right_passphrase_opens(data_dir, content):
    make_passphrase_store(data_dir, content)
    ask = Asker(StorageChoice.with_passphrase("faux"), StorageChoice.with_passphrase(PASS))
    with start(data_dir, ask, content) as store:
        assert [b["name"] for b in store.list_businesses()] == [NAME]
    assert ask.asked == [ASK_UNLOCK, ASK_RETRY]


def test_unlock_cancelled_opens_nothing(data_dir, content):
    make_passphrase_store(data_dir, content)
    before = db_files(data_dir)
    with pytest.raises(StorageCancelled):
        resolve_key(data_dir, Settings(data_dir), Asker(StorageChoice.cancel()))
    assert db_files(data_dir) == before


def test_too_short_a_passphrase_is_refused(data_dir):
    with pytest.raises(KeyProblem, match="too short"):
        resolve_key(data_dir, Settings(data_dir), Asker(StorageChoice.with_passphrase("court")))
    assert Settings(data_dir).get("storage_mode") == ""


def test_missing_salt_file_explains_and_changes_nothing(data_dir, content):
    make_passphrase_store(data_dir, content)
    (data_dir / keys.SALT_FILE).unlink()
    before = db_files(data_dir)
    with pytest.raises(KeyMissing, match="boussole.salt") as info:
        resolve_key(data_dir, Settings(data_dir), Asker())
    assert "Restore it from a backup" in str(info.value)
    assert db_files(data_dir) == before


def test_damaged_salt_file_explains_and_changes_nothing(data_dir, content):
    make_passphrase_store(data_dir, content)
    (data_dir / keys.SALT_FILE).write_text("{ pas du json")
    before = db_files(data_dir)
    with pytest.raises(KeyProblem, match="damaged"):
        resolve_key(data_dir, Settings(data_dir), Asker())
    assert db_files(data_dir) == before


def test_plaintext_choice_is_explicit_and_remembered(data_dir, content):
    ask = Asker(StorageChoice.plaintext())
    with start(data_dir, ask, content) as store:
        store.create_business(NAME)
    assert ask.asked == [ASK_CHOOSE]
    assert Settings(data_dir).get("storage_mode") == "plaintext"
    assert database_state(data_dir) == "plaintext"
    again = Asker()                       # not asked again: the choice is remembered
    with start(data_dir, again, content) as store:
        assert [b["name"] for b in store.list_businesses()] == [NAME]
    assert again.asked == []


def test_passphrase_mode_converts_an_existing_plaintext_database(data_dir, content):
    with Store.open_folder(data_dir) as store:
        store.create_business(NAME)
    assert "Anémone".encode() in (data_dir / "boussole.db").read_bytes()
    with start(data_dir, Asker(StorageChoice.with_passphrase(PASS)), content) as store:
        assert [b["name"] for b in store.list_businesses()] == [NAME]
    assert database_state(data_dir) == "encrypted"
    for p in data_dir.iterdir():
        assert "Anémone".encode() not in p.read_bytes(), p.name


def test_an_encrypted_database_is_never_opened_as_plaintext(data_dir, content):
    """settings.json lost or edited to 'plaintext': the encrypted file is not set aside."""
    make_passphrase_store(data_dir, content)
    settings = Settings(data_dir)
    settings.set("storage_mode", "plaintext")
    ask = Asker(StorageChoice.with_passphrase(PASS))
    key = resolve_key(data_dir, Settings(data_dir), ask)
    assert key is not None and ask.asked == [ASK_UNLOCK]
