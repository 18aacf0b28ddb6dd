"""An encrypted store damaged beyond repair in place is handled like an unencrypted one.

Found by a bad-input sweep: a passphrase or keychain store cut short or with pages overwritten
past page 1 failed at every start with "the database is damaged ... restart Boussole: it keeps
what can still be read and sets the damaged file aside", and no restart ever did (the SQLCipher
connection refused the file before the store's set-aside logic ran). Now, when the key is the
folder's own (its passphrase checked against boussole.salt, or its keychain entry) the damaged
file is set aside (kept, never deleted), what can be read is salvaged into a new encrypted
store, and the person is told so. With a key that is not known to be right, nothing is set
aside and the message says what to do. Real stores, real files, the app's way in
(desktop.workspace.open_workspace) and the command line's.
"""
from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from desktop import sealed
from desktop.cipher import WrongKeyError, file_state
from desktop.cli import main
from desktop.errors import StoreError
from desktop.keys import NotPlaintext, StorageChoice, WrongPassphrase
from desktop.settings import Settings
from desktop.side_files import salvage_line
from desktop.store import DB_FILE, Store
from desktop.workspace import open_workspace
from tests.factories import make_assessment

PASS = "cheval correct agrafe batterie"
N = 12
PAGE = 4096


pytestmark = pytest.mark.usefixtures("fast_kdf")   # tests/conftest.py, like no_keychain


def passphrase(situation: str) -> StorageChoice:
    return StorageChoice.with_passphrase(PASS)


def never_ask(situation: str) -> StorageChoice:
    raise AssertionError(f"asked {situation} although the keychain holds the key")


def fill(folder: Path, content, ask) -> set[str]:
    """N checkups, through the app's way in; their ids."""
    with open_workspace(folder, ask) as workspace:
        assert workspace.key is not None
        ids = set()
        for n in range(N):
            a = make_assessment(content, "mixed", name=f"Garage {n:02d}", seed=n)
            # fixed ids: random ones laid the pages out differently from run to run, and
            # where a cut falls decides what can be read back
            a.id = f"00000000-0000-4000-8000-{n:012d}"
            a.business.id = f"00000000-0000-4000-9000-{n:012d}"
            ids.add(workspace.store.import_assessment(a))
        return ids


def garbage(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def overwrite(path: Path, first_page: int, count: int | None = None) -> bytes:
    """Pages first_page.. (1-based) replaced with random bytes; the file's new bytes."""
    raw = bytearray(path.read_bytes())
    end = len(raw) if count is None else (first_page - 1 + count) * PAGE
    raw[(first_page - 1) * PAGE:end] = garbage(end - (first_page - 1) * PAGE)
    path.write_bytes(bytes(raw))
    return bytes(raw)


def copies(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(f"{DB_FILE}.corrupt-*")
                  if not p.name.endswith(("-wal", "-shm")))


def db_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.name.startswith(DB_FILE) and not p.name.endswith("-shm")}


# --------------------------------------------------------------------------------------------
# The key is the folder's own: set aside, salvaged, said


@pytest.mark.parametrize("kept_pages", [0.5, 0.75])
def test_a_passphrase_store_cut_short_is_set_aside_and_salvaged(data_dir, content, no_keychain,
                                                                kept_pages):
    """`truncate -s <half>`: the checkups' pages are at the end of this store, so half of it
    names every checkup (the businesses' counts) but holds none. What a cut at three quarters
    gives back depends on where the pages fell: every checkup is counted, recovered or lost."""
    checkups = fill(data_dir, content, passphrase)
    db = data_dir / DB_FILE
    with open(db, "r+b") as fh:
        fh.truncate(int(db.stat().st_size // PAGE * kept_pages) * PAGE)
    damaged = db.read_bytes()
    with open_workspace(data_dir, passphrase) as workspace:       # what the app does at start
        kept = workspace.recovered_from
        report = workspace.salvage
        assert kept is not None and kept.read_bytes() == damaged  # kept as it was
        assert report.readable and report.recovered + report.lost == N
        if kept_pages == 0.5:
            assert report.lost > 0
        listed = {r["id"] for r in workspace.store.list_checkups()}
        assert listed <= checkups and len(listed) == report.recovered
        assert workspace.store.check_integrity() == []
        workspace.store.create_business("Après la casse")         # the new store works
        line = salvage_line(report, kept)
    assert line.startswith("the database was damaged: ") and "recovered" in line
    assert str(kept) in line
    assert file_state(db) == "encrypted" and file_state(kept) == "encrypted"
    with pytest.raises(sqlite3.DatabaseError):                    # the new store: encrypted
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchall()
    with open_workspace(data_dir, passphrase) as workspace:       # once, not at every start
        assert workspace.recovered_from is None
        assert "Après la casse" in [b["name"] for b in workspace.store.list_businesses()]
    assert copies(data_dir) == [kept]


def test_a_keychain_store_overwritten_past_page_one_is_set_aside_by_the_command_line(
        data_dir, content, capsys):
    """The sweep's case: `dd` over the pages after page 1; `list` used to fail (exit 2) at
    every run. Now the first run sets the file aside and goes on; the second is quiet."""
    fill(data_dir, content, never_ask)                # the key in the (test) keychain
    damaged = overwrite(data_dir / DB_FILE, 2)        # the schema's further pages included
    capsys.readouterr()
    assert main(["list", "--data-dir", str(data_dir)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    [kept] = copies(data_dir)
    assert err[0] == f"boussole-cli: {salvage_line(None, kept)}"
    assert "nothing could be read from it" in err[0] and "a new one was started" in err[0]
    assert "1 set-aside copy" in err[1]
    assert kept.read_bytes() == damaged               # page 1 still decrypts: not resealed
    assert main(["import", str(_sample(data_dir, content)), "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    assert main(["list", "--data-dir", str(data_dir)]) == 0
    assert "the database was damaged" not in capsys.readouterr().err
    assert copies(data_dir) == [kept]


def _sample(folder: Path, content) -> Path:
    from checks.assessment import write_assessment

    path = folder.parent / "sample.json"
    write_assessment(make_assessment(content, "mixed", name="Boulangerie Neuve", seed=99), path)
    return path


def test_random_bytes_in_a_passphrase_folder_are_damage_not_a_wrong_key(data_dir, content,
                                                                          no_keychain):
    """The passphrase was just checked against boussole.salt, so a file it does not decrypt
    at all is damaged: kept (sealed with the folder's key, its bytes intact inside) and a new
    store started, instead of "cannot be decrypted with this key" at every start."""
    fill(data_dir, content, passphrase)
    db = data_dir / DB_FILE
    damaged = garbage(db.stat().st_size)
    db.write_bytes(damaged)
    with open_workspace(data_dir, passphrase) as workspace:
        kept = workspace.recovered_from
        assert kept is not None and not workspace.salvage.readable
        assert sealed.is_sealed(kept) and sealed.unseal(kept, workspace.key) == damaged
        assert workspace.store.list_checkups() == []
        assert "nothing could be read" in salvage_line(workspace.salvage, kept)
    assert file_state(db) == "encrypted"


def test_a_wrong_passphrase_still_changes_nothing(data_dir, content, no_keychain):
    fill(data_dir, content, passphrase)
    overwrite(data_dir / DB_FILE, 1, 1)
    before = db_files(data_dir)
    with pytest.raises(WrongPassphrase):              # refused before the store: nothing set aside
        open_workspace(data_dir, lambda s: StorageChoice.with_passphrase("une autre phrase !"),
                       attempts=1)
    assert db_files(data_dir) == before and copies(data_dir) == []


# --------------------------------------------------------------------------------------------
# The key is not known to be right: nothing set aside, no salvage promised


def test_a_key_not_known_to_be_right_sets_nothing_aside_and_says_what_to_do(data_dir, content):
    fill(data_dir, content, never_ask)
    db = data_dir / DB_FILE
    db.write_bytes(garbage(db.stat().st_size))
    before = db_files(data_dir)
    with pytest.raises(WrongKeyError) as info:
        Store.open_folder(data_dir, key=bytes(32))    # any key: not the folder's, as far as known
    message = str(info.value)
    assert "nothing was set aside" in message and "restore a backup" in message
    assert "restart" not in message.lower()
    assert db_files(data_dir) == before and copies(data_dir) == []


def test_damage_the_store_cannot_open_does_not_promise_a_salvage(data_dir):
    def damaged(path):
        raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.raises(StoreError) as info:
        Store.open_folder(data_dir, connect=damaged)
    message = str(info.value)
    assert "damaged" in message and "nothing was changed" in message
    assert "restart" not in message.lower() and "keeps what can still be read" not in message
    assert info.value.reason != "damaged"       # the app's "restart Boussole" sentence is not shown


# --------------------------------------------------------------------------------------------
# A folder set to stay unencrypted


@pytest.mark.parametrize("keychain", ["off", "empty"])
def test_garbage_in_a_plaintext_folder_is_said_as_such(data_dir, keychain, request, capsys):
    if keychain == "off":
        request.getfixturevalue("no_keychain")
    Settings(data_dir).set("storage_mode", "plaintext")
    (data_dir / DB_FILE).write_bytes(garbage(10 * PAGE))   # whole pages: may be encrypted
    before = db_files(data_dir)
    with pytest.raises(NotPlaintext) as info:
        open_workspace(data_dir, lambda s: pytest.fail(f"asked {s}"))
    message = str(info.value)
    assert "set to keep its data unencrypted" in message and "is damaged" in message
    assert "Nothing was changed" in message and "restore a backup" in message
    assert "keychain cannot be used" not in message and "its key is not in" not in message
    assert db_files(data_dir) == before and copies(data_dir) == []
    capsys.readouterr()
    assert main(["list", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "set to keep its data unencrypted" in err
    assert Settings(data_dir).get("storage_mode") == "plaintext"


@pytest.mark.parametrize("how", ["emptied", "deleted"])
def test_a_passphrase_folder_whose_database_is_gone_says_so(data_dir, content, no_keychain,
                                                            capsys, monkeypatch, how):
    """A 0-byte boussole.db was silently replaced by an empty one: every checkup vanished from
    the list without a word. The data was gone before the open; the person is told to restore
    a backup."""
    fill(data_dir, content, passphrase)
    db = data_dir / DB_FILE
    if how == "emptied":
        db.write_bytes(b"")
    else:
        db.unlink()
    with open_workspace(data_dir, passphrase) as workspace:
        assert workspace.database_missing
        assert workspace.store.list_checkups() == []
    with open_workspace(data_dir, passphrase) as workspace:      # told once: it is there now
        assert not workspace.database_missing
    db.write_bytes(b"")
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", PASS)
    assert main(["list", "--data-dir", str(data_dir)]) == 0
    err = capsys.readouterr().err
    assert "was missing or empty" in err and "restore boussole.db from a backup" in err
