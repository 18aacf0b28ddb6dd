"""Encryption at rest (issue 8): the database and its WAL are unreadable without the key, the key
comes from the keychain (a file-backed keyring here, set by tests/conftest.py), recovery paths
leave the file byte-identical, and a plaintext database is converted without leaving its bytes
behind."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop import cipher, secrets
from desktop.keys import (ASK_CHOOSE, SALT_FILE, KeyMissing, StorageChoice, database_state,
                          resolve_key)
from desktop.settings import Settings
from desktop.store import Store, StoreError
from tests.factories import make_assessment

ROOT = Path(__file__).resolve().parent.parent
NAME = "Boulangerie Zéphyrine"
NOTE = "Sauvegarde introuvable chez Jérôme « urgent »"
NEEDLES = (NAME.encode(), b"Boulangerie", "Zéphyrine".encode(), NOTE.encode(), b"introuvable",
           "Jérôme".encode())


@pytest.fixture
def keychain_off():
    """Call it to make the keychain unusable (keyring's fail backend); restored afterwards."""
    previous = keyring.get_keyring()
    yield lambda: keyring.set_keyring(fail.Keyring())
    keyring.set_keyring(previous)


def never_ask(situation: str) -> StorageChoice:
    raise AssertionError(f"the person was asked ({situation}) although the keychain works")


def open_store(folder: Path) -> Store:
    """What the app does at start: resolve the key, then open the store with it."""
    key = resolve_key(folder, Settings(folder), never_ask)
    return Store.open_folder(folder, key=key)


def fill(store: Store, content) -> str:
    a = make_assessment(content, "mixed", name=NAME)
    checkup = store.import_assessment(a)
    qid = next(iter(a.answers))
    store.save_note(checkup, qid, NOTE)
    store.set_action(checkup, "some.action", "in_progress", owner="Jérôme", note=NOTE)
    return checkup


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leaks(folder: Path) -> list[str]:
    return [f"{name}: {needle!r}" for name, raw in folder_bytes(folder).items()
            for needle in NEEDLES if needle in raw]


def db_files(folder: Path) -> dict[str, bytes]:
    """The database and its side files (the lock file holds a pid and is rewritten at open)."""
    return {k: v for k, v in folder_bytes(folder).items() if k.startswith("boussole.db")}


def db_and_wal(folder: Path) -> dict[str, bytes]:
    return {k: v for k, v in db_files(folder).items() if not k.endswith("-shm")}


# --------------------------------------------------------------------------------------------
# Encrypted at rest


def test_database_and_wal_hold_no_clear_text_during_and_after_use(data_dir, content):
    store = open_store(data_dir)
    try:
        fill(store, content)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        wal = data_dir / "boussole.db-wal"
        assert wal.exists() and wal.stat().st_size > 0      # the writes are in the WAL now
        assert leaks(data_dir) == []
    finally:
        store.close()
    assert leaks(data_dir) == []
    assert database_state(data_dir) == "encrypted"


def test_plain_sqlite_cannot_open_it(data_dir, content):
    with open_store(data_dir) as store:
        fill(store, content)
    conn = sqlite3.connect(data_dir / "boussole.db")
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_it_opens_again_after_a_restart(data_dir, content):
    with open_store(data_dir) as store:
        checkup = fill(store, content)
        saved = store.export_assessment(checkup).to_dict()
    with open_store(data_dir) as store:     # new Store, key loaded from the keychain
        assert store.export_assessment(checkup).to_dict() == saved
        assert NOTE in store.notes(checkup).values()


def test_it_opens_again_in_a_new_process(data_dir, content, tmp_path):
    with open_store(data_dir) as store:
        fill(store, content)
    keyring_file = keyring.get_keyring().path
    script = textwrap.dedent("""
        import sys
        sys.path.insert(0, sys.argv[1])
        import keyring
        from tests.file_keyring import FileKeyring
        keyring.set_keyring(FileKeyring(sys.argv[2]))
        from desktop.keys import resolve_key
        from desktop.settings import Settings
        from desktop.store import Store
        def ask(situation):
            raise SystemExit("asked " + situation)
        key = resolve_key(sys.argv[3], Settings(sys.argv[3]), ask)
        with Store.open_folder(sys.argv[3], key=key) as store:
            print([b["name"] for b in store.list_businesses()])
    """)
    out = subprocess.run([sys.executable, "-c", script, str(ROOT), str(keyring_file),
                          str(data_dir)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == repr([NAME])


def test_first_run_creates_one_key_in_the_keychain_and_remembers_the_mode(data_dir):
    settings = Settings(data_dir)
    key = resolve_key(data_dir, settings, never_ask)
    assert isinstance(key, bytes) and len(key) == 32
    assert secrets.load_key(data_dir) == key
    assert resolve_key(data_dir, Settings(data_dir), never_ask) == key     # loaded, not new
    assert Settings(data_dir).get("storage_mode") == "keychain"
    settings_text = (data_dir / "settings.json").read_bytes()
    assert key.hex().encode() not in settings_text and key not in settings_text


def test_a_keyless_open_of_an_encrypted_database_is_refused_and_nothing_moves(data_dir, content):
    with open_store(data_dir) as store:
        fill(store, content)
    before = db_files(data_dir)
    with pytest.raises(cipher.NoKeyError, match="encrypted"):
        Store.open_folder(data_dir)
    assert db_files(data_dir) == before          # not set aside as "damaged"


# --------------------------------------------------------------------------------------------
# Recovery paths: the file is never changed


def test_wrong_key_is_a_clear_error_and_the_file_is_byte_identical(data_dir, content):
    with open_store(data_dir) as store:
        fill(store, content)
    before = db_files(data_dir)
    wrong = bytes(32)
    with pytest.raises(cipher.WrongKeyError) as info:
        Store.open_folder(data_dir, key=wrong)
    message = str(info.value)
    assert "cannot be decrypted" in message and "Nothing was changed" in message
    assert isinstance(info.value, StoreError)
    assert db_files(data_dir) == before


def test_wrong_key_with_an_unfinished_wal_leaves_everything_byte_identical(data_dir, content,
                                                                          tmp_path):
    """A killed app leaves committed pages in the -wal: a wrong key must not checkpoint them.
    The key check reads the WAL as SQLite does (issue 12), which may rebuild the -shm index
    (page numbers only); the database and its WAL keep every byte."""
    with open_store(data_dir) as store:
        fill(store, content)
    keyring_file = keyring.get_keyring().path
    script = textwrap.dedent("""
        import os, sys
        sys.path.insert(0, sys.argv[1])
        import keyring
        from tests.file_keyring import FileKeyring
        keyring.set_keyring(FileKeyring(sys.argv[2]))
        from desktop.secrets import load_key
        from desktop.store import Store
        store = Store.open_folder(sys.argv[3], key=load_key(sys.argv[3]))
        store.create_business("Garage Ultime")
        os._exit(0)     # killed: no close, no checkpoint
    """)
    subprocess.run([sys.executable, "-c", script, str(ROOT), str(keyring_file), str(data_dir)],
                   check=True, timeout=60)
    assert (data_dir / "boussole.db-wal").stat().st_size > 0
    before = db_and_wal(data_dir)
    with pytest.raises(cipher.WrongKeyError):
        Store.open_folder(data_dir, key=b"\x01" * 32)
    assert db_and_wal(data_dir) == before
    with open_store(data_dir) as store:   # the right key still finds the last write
        assert "Garage Ultime" in [b["name"] for b in store.list_businesses()]
    assert b"Garage Ultime" not in b"".join(folder_bytes(data_dir).values())


def test_key_missing_from_the_keychain_explains_the_options(data_dir, content):
    with open_store(data_dir) as store:
        fill(store, content)
    secrets.delete_key(data_dir)
    before = db_files(data_dir)
    with pytest.raises(KeyMissing) as info:
        resolve_key(data_dir, Settings(data_dir), never_ask)
    message = str(info.value)
    assert "not in the system keychain" in message and "Restore the keychain" in message
    assert "was not changed" in message
    assert db_files(data_dir) == before


def test_keychain_gone_while_the_database_is_encrypted_is_an_error_not_a_question(
        data_dir, content, keychain_off):
    with open_store(data_dir) as store:
        fill(store, content)
    keychain_off()
    before = db_files(data_dir)
    with pytest.raises(secrets.KeychainUnavailable, match="unlock it"):
        resolve_key(data_dir, Settings(data_dir), never_ask)
    assert db_files(data_dir) == before


def test_a_damaged_key_in_the_keychain_is_a_clear_error(data_dir):
    keyring.get_keyring().set_password(secrets.SERVICE, secrets.account_for(data_dir), "zz")
    with pytest.raises(secrets.SecretsError, match="damaged"):
        resolve_key(data_dir, Settings(data_dir), never_ask)


# --------------------------------------------------------------------------------------------
# Migration of an unencrypted database


def make_plaintext(folder: Path, content) -> dict:
    with Store.open_folder(folder) as store:   # no key: the pre-encryption store
        checkup = fill(store, content)
        return {"checkup": checkup, "data": store.export_assessment(checkup).to_dict(),
                "businesses": store.list_businesses()}


def test_a_plaintext_database_is_converted_and_its_bytes_do_not_remain(data_dir, content):
    before = make_plaintext(data_dir, content)
    assert database_state(data_dir) == "plaintext" and leaks(data_dir)
    with open_store(data_dir) as store:
        assert store.export_assessment(before["checkup"]).to_dict() == before["data"]
        assert store.list_businesses() == before["businesses"]
        assert store.check_integrity() == []
    assert database_state(data_dir) == "encrypted"
    assert leaks(data_dir) == []
    assert not list(data_dir.glob("*" + cipher.PARTIAL_SUFFIX))


def test_conversion_includes_what_was_still_in_the_plaintext_wal(data_dir, content):
    make_plaintext(data_dir, content)
    script = textwrap.dedent("""
        import os, sys
        sys.path.insert(0, sys.argv[1])
        from desktop.store import Store
        store = Store.open_folder(sys.argv[2])
        store.create_business("Boulangerie du Dernier Instant")
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script, str(ROOT), str(data_dir)], check=True,
                   timeout=60)
    assert b"Dernier Instant" in (data_dir / "boussole.db-wal").read_bytes()
    with open_store(data_dir) as store:
        assert "Boulangerie du Dernier Instant" in [b["name"] for b in store.list_businesses()]
    raw = b"".join(folder_bytes(data_dir).values())
    assert b"Dernier Instant" not in raw and leaks(data_dir) == []


def test_plaintext_schema_backups_are_converted_too(data_dir, content):
    make_plaintext(data_dir, content)
    backup = data_dir / "boussole.db.bak-v1"
    backup.write_bytes((data_dir / "boussole.db").read_bytes())
    with open_store(data_dir):
        pass
    assert cipher.file_state(backup) == "encrypted"
    assert cipher.key_opens(backup, secrets.load_key(data_dir))
    assert leaks(data_dir) == []


def test_a_failed_check_of_the_copy_keeps_the_plaintext_as_it_was(data_dir, content,
                                                                  monkeypatch):
    make_plaintext(data_dir, content)
    before = db_files(data_dir)
    real_counts = cipher._counts
    calls = []

    def counts_off_by_one(conn, schema="main"):
        found = real_counts(conn, schema)
        calls.append(1)
        if len(calls) == 2:       # the check of the encrypted copy
            found["businesses"] -= 1
        return found

    monkeypatch.setattr(cipher, "_counts", counts_off_by_one)
    with pytest.raises(cipher.CipherError, match="did not match"):
        open_store(data_dir)
    assert db_files(data_dir) == before
    monkeypatch.undo()
    with open_store(data_dir) as store:      # and a later start converts it
        assert [b["name"] for b in store.list_businesses()] == [NAME]


def test_a_damaged_plaintext_database_is_salvaged_and_set_aside_sealed(data_dir, content):
    """Issue 12: a damaged unencrypted store is no longer set aside whole in clear with an
    empty store started: what can be read is salvaged into the new, encrypted store, and the
    damaged file is kept sealed with the store's key (its original bytes, in memory only)."""
    from desktop import sealed

    before = make_plaintext(data_dir, content)
    path = data_dir / "boussole.db"
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2: len(raw) // 2 + 4096] = b"\xff" * 4096     # a page of garbage
    path.write_bytes(bytes(raw))
    with open_store(data_dir) as store:
        assert store.recovered_from is not None
        assert [b["name"] for b in store.list_businesses()] == [NAME]
        assert store.salvage.recovered + store.salvage.lost == 1
        key = secrets.load_key(data_dir)
        assert sealed.unseal(store.recovered_from, key) == bytes(raw)   # kept, byte for byte
    assert database_state(data_dir) == "encrypted"                 # the fresh one is encrypted
    assert not list(data_dir.glob("*" + cipher.PARTIAL_SUFFIX))
    assert leaks(data_dir) == []                                   # nothing left in clear
    assert before["businesses"]


def test_a_plaintext_file_damaged_in_its_first_page_is_set_aside_too(data_dir, content):
    path = data_dir / "boussole.db"
    path.write_bytes(b"SQLite format 3\x00" + b"garbage" * 600)
    with open_store(data_dir) as store:
        assert store.recovered_from is not None and store.list_businesses() == []
    assert database_state(data_dir) == "encrypted"


# --------------------------------------------------------------------------------------------
# The key never shows


def test_the_key_never_appears_in_messages_reprs_or_settings(data_dir, content):
    with open_store(data_dir) as store:
        fill(store, content)
        key = secrets.load_key(data_dir)
        texts = [repr(store), repr(store.db), str(vars(store))]
    from desktop import db

    texts.append(repr(db.connector(key)))
    wrong = bytes(range(32))
    for attempt in (key, wrong):
        try:
            with Store.open_folder(data_dir, key=wrong if attempt is wrong else key):
                pass
        except StoreError as exc:
            texts.append(str(exc))
            texts.append(repr(exc))
    secrets.delete_key(data_dir)
    try:
        resolve_key(data_dir, Settings(data_dir), never_ask)
    except KeyMissing as exc:
        texts.append(str(exc))
    texts.append((data_dir / "settings.json").read_text())
    for secret in (key, wrong):
        for form in (secret.hex(), secret.hex().upper(), repr(secret)):
            assert not any(form in t for t in texts), form


def test_storage_choice_repr_hides_the_passphrase():
    choice = StorageChoice.with_passphrase("ma phrase très secrète")
    assert "secrète" not in repr(choice) and "passphrase" in repr(choice)
    assert ASK_CHOOSE == "choose"
    assert SALT_FILE == "boussole.salt"


def test_a_folder_where_the_database_should_be_gets_the_stores_clear_error(data_dir, content):
    (data_dir / "boussole.db").mkdir()
    assert database_state(data_dir) == "unreadable"
    with pytest.raises(StoreError, match="boussole.db is not a file, so Boussole could not open"):
        open_store(data_dir)
