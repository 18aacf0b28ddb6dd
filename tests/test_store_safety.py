"""Nothing a user typed is ever lost: kills, second instances, damaged files, newer schemas,
migrations, full disks, read-only databases, and erasure that really erases.

Real files and real child processes; the only "simulations" are SQLite's own limits
(max_page_count for a full disk, a read-only connection for a read-only file).
"""
from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from checks.assessment import Assessor
from desktop import schema
from desktop.lock import LOCK_FILE
from desktop.store import DB_FILE, Store, StoreError, StoreLockedError

ROOT = Path(__file__).resolve().parent.parent


def _child(code: str, *args: str) -> subprocess.Popen:
    script = f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + textwrap.dedent(code)
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- durability ------------------------------------------------------------------------------

SAVER = """
from checks.assessment import Assessor
from desktop.store import Store
store = Store.open_folder(sys.argv[1])
business = store.create_business("Boulangerie Kill")
checkup = store.create_checkup(business, "2026.1", "fr", Assessor(), {})
print("checkup", checkup, flush=True)
i = 0
while True:
    store.save_answer(checkup, f"q{i:05d}", "yes" if i % 2 else "no", f"note {i} é")
    print("saved", f"q{i:05d}", flush=True)   # printed only after save_answer returned
    i += 1
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_answers_reported_saved_survive_sigkill(data_dir, seed):
    stop_after = random.Random(seed).randint(20, 400)
    proc = _child(SAVER, str(data_dir))
    try:
        checkup = proc.stdout.readline().split()[1]
        saved = []
        while len(saved) < stop_after:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            saved.append(line.split()[1])
        os.kill(proc.pid, signal.SIGKILL)     # mid-stream: the child is still saving
        proc.wait(10)
        # Lines already in the pipe were also reported saved before the kill.
        saved += [line.split()[1] for line in proc.stdout.read().splitlines()
                  if line.startswith("saved")]
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    # The killed process's lock is stale: the folder opens at once.
    with Store.open_folder(data_dir) as store:
        answers = store.load_assessment(checkup).answers
        missing = [q for q in saved if q not in answers]
        assert not missing, f"{len(missing)} answers reported saved were lost"
        i = int(saved[-1][1:])
        assert answers[saved[-1]].note == f"note {i} é"
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- one Boussole per folder -----------------------------------------------------------------

HOLDER = """
import time
from desktop.store import Store
store = Store.open_folder(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""


def test_second_instance_refused_naming_the_pid_then_stale_lock_taken_over(data_dir):
    proc = _child(HOLDER, str(data_dir))
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        with pytest.raises(StoreLockedError) as info:
            Store.open_folder(data_dir)
        assert info.value.pid == proc.pid
        message = str(info.value)
        assert str(proc.pid) in message and str(data_dir) in message and "close it" in message
        assert "\n" not in message
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert (data_dir / LOCK_FILE).read_text().strip() == str(proc.pid)   # stale pid left behind
    with Store.open_folder(data_dir) as store:
        assert (data_dir / LOCK_FILE).read_text().strip() == str(os.getpid())
        store.create_business("Après reprise")


def test_second_store_in_same_process_refused_until_closed(data_dir):
    first = Store.open_folder(data_dir)
    with pytest.raises(StoreLockedError, match=str(os.getpid())):
        Store.open_folder(data_dir)
    first.close()
    Store.open_folder(data_dir).close()


def test_lock_file_with_dead_pid_is_taken_over(data_dir):
    (data_dir / LOCK_FILE).write_text("999999\n")
    with Store.open_folder(data_dir) as store:
        assert store.list_businesses() == []


# -- damaged files ---------------------------------------------------------------------------


@pytest.mark.parametrize("garbage", [
    b"this is not a database at all\n" * 200,
    b"SQLite format 3\x00" + bytes(random.Random(7).getrandbits(8) for _ in range(8192)),
    b"%PDF-1.7\n" + b"\x00\xff" * 3000,
])
def test_damaged_file_is_moved_aside_and_a_fresh_database_started(data_dir, garbage):
    db = data_dir / DB_FILE
    db.write_bytes(garbage)
    with Store.open_folder(data_dir) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.parent == data_dir
        assert store.recovered_from.name.startswith("boussole.db.corrupt-")
        assert store.recovered_from.read_bytes() == garbage       # kept, byte for byte
        bid = store.create_business("Nouveau départ")
    with Store.open_folder(data_dir) as store:
        assert store.recovered_from is None
        assert [b["id"] for b in store.list_businesses()] == [bid]


def test_damaged_file_set_aside_twice_keeps_both(data_dir):
    db = data_dir / DB_FILE
    for payload in (b"first damaged file" * 100, b"second damaged file" * 100):
        db.write_bytes(payload)
        Store.open_folder(data_dir).close()
    kept = sorted(p.read_bytes()[:6] for p in data_dir.glob("boussole.db.corrupt-*")
                  if not p.name.endswith(("-wal", "-shm")))
    assert kept == [b"first ", b"second"]


def test_empty_file_is_just_a_new_database(data_dir):
    (data_dir / DB_FILE).write_bytes(b"")
    with Store.open_folder(data_dir) as store:
        assert store.recovered_from is None


# -- schema versions -------------------------------------------------------------------------


def _set_version(db: Path, version: int) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_newer_schema_refused_and_file_untouched(data_dir):
    with Store.open_folder(data_dir) as store:
        store.create_business("Du futur")
    db = data_dir / DB_FILE
    _set_version(db, 99)
    before = _sha(db)
    with pytest.raises(StoreError) as info:
        Store.open_folder(data_dir)
    message = str(info.value)
    assert "newer Boussole" in message and "99" in message and "untouched" in message
    assert _sha(db) == before
    assert not list(data_dir.glob("*.bak-*")) and not list(data_dir.glob("*.corrupt-*"))
    # The lock was released: the folder can be opened again once Boussole is updated.
    _set_version(db, schema.latest())
    Store.open_folder(data_dir).close()


NOW = schema.latest()   # the version this Boussole writes; NEXT, a future one
NEXT = (NOW + 1, "ALTER TABLE businesses ADD COLUMN siret TEXT NOT NULL DEFAULT '';\n"
                 "CREATE INDEX businesses_siret ON businesses (siret);")


def test_migration_backs_up_then_upgrades(data_dir, monkeypatch):
    with Store.open_folder(data_dir) as store:
        bid = store.create_business("Avant migration")
    db = data_dir / DB_FILE
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + (NEXT,))
    with Store.open_folder(data_dir) as store:
        assert store.migration_backup == data_dir / f"boussole.db.bak-v{NOW}"
        assert schema.current_version(store._conn) == NOW + 1
        assert store.get_business(bid)["name"] == "Avant migration"
        assert store._conn.execute("SELECT siret FROM businesses").fetchone() == ("",)
    backup = sqlite3.connect(data_dir / f"boussole.db.bak-v{NOW}")
    assert schema.current_version(backup) == NOW
    assert backup.execute("SELECT name FROM businesses").fetchall() == [("Avant migration",)]
    backup.close()
    with Store.open_folder(data_dir) as store:       # nothing pending: no new backup
        assert store.migration_backup is None
    assert db.exists()


def test_failed_migration_leaves_the_old_version_and_data(data_dir, monkeypatch):
    with Store.open_folder(data_dir) as store:
        store.create_business("Intacte")
    broken = (NOW + 1, "CREATE TABLE half_done (x);\nALTER TABLE no_such_table ADD COLUMN y;")
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + (broken,))
    with pytest.raises(StoreError):
        Store.open_folder(data_dir)
    monkeypatch.undo()
    with Store.open_folder(data_dir) as store:
        assert schema.current_version(store._conn) == NOW
        assert [b["name"] for b in store.list_businesses()] == ["Intacte"]
        assert store._conn.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                                   "'half_done'").fetchone()[0] == 0
    assert (data_dir / f"boussole.db.bak-v{NOW}").exists()


def test_statements_split_keeps_semicolons_in_strings():
    sql = "CREATE TABLE t (a DEFAULT 'x;y');\n-- comment; here\nINSERT INTO t VALUES ('1;2');"
    assert len(schema._statements(sql)) == 2


# -- full disk, read-only --------------------------------------------------------------------


def test_full_disk_gives_clear_error_and_keeps_what_was_saved(data_dir):
    with Store.open_folder(data_dir) as store:
        bid = store.create_business("Disque plein")
        c = store.create_checkup(bid, "2026.1", "fr", Assessor(), {})
        store.save_answer(c, "q1", "yes", "gardée")
        # Cap the database at its current size: the next growth fails like a full disk.
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError) as info:
            store.save_answer(c, "q2", "no", "x" * 20_000)   # the longest note allowed
        message = str(info.value)
        assert "disk is full" in message and "free some disk space" in message
        assert "everything saved before is kept" in message
        assert set(store.load_assessment(c).answers) == {"q1"}
        store._conn.execute("PRAGMA max_page_count = 1073741823")
        store.save_answer(c, "q2", "no", "après")        # space freed: saving works again
    with Store.open_folder(data_dir) as store:
        answers = store.load_assessment(c).answers
        assert (answers["q1"].note, answers["q2"].note) == ("gardée", "après")


def test_read_only_database_gives_clear_error_and_keeps_data(data_dir):
    with Store.open_folder(data_dir) as store:
        bid = store.create_business("Lecture seule")
        c = store.create_checkup(bid, "2026.1", "fr", Assessor(), {})
        store.save_answer(c, "q1", "yes")

    def read_only(path):
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)

    with Store.open_folder(data_dir, connect=read_only) as store:
        assert [b["id"] for b in store.list_businesses()] == [bid]
        with pytest.raises(StoreError) as info:
            store.save_answer(c, "q2", "no")
        assert "is read-only" in str(info.value) and str(data_dir) in str(info.value)
        assert info.value.reason == "read_only"
    with Store.open_folder(data_dir) as store:
        assert set(store.load_assessment(c).answers) == {"q1"}


def test_data_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the data folder"):
        Store.open_folder(blocker / "data")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root ignores folder permissions")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="cannot be written|read-only"):
            Store.open_folder(folder)
    finally:
        folder.chmod(0o700)


# -- erasure ---------------------------------------------------------------------------------


def _files_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob("boussole.db*")) if p.is_file())


def test_deleted_business_leaves_no_bytes_in_the_files(data_dir):
    secret_name = "Zébulon Quincaillerie Unique"
    secret_note = "mot de passe collé sous le clavier"
    keep_name = "Garage Conservé"
    with Store.open_folder(data_dir) as store:
        gone = store.create_business(secret_name, city="Quimperlé")
        kept = store.create_business(keep_name)
        for bid, note in ((gone, secret_note), (kept, "note gardée")):
            for n in range(3):
                c = store.create_checkup(bid, "2026.1", "fr", Assessor("Élise Conseil"), {})
                for q in range(80):
                    store.save_answer(c, f"q{q}", "no", f"{note} {q}")
                store.set_action(c, "cyber.enable_mfa", owner=f"{note} owner")
        store.update_business(gone, name=secret_name + " SARL")   # old versions too
        store.delete_business(gone)
        data = _files_bytes(data_dir)          # while open: WAL included
        for needle in (secret_name, secret_note, "zebulon quincaillerie", "Quimperlé"):
            assert needle.encode("utf-8") not in data, needle
        assert keep_name.encode("utf-8") in data
    data = _files_bytes(data_dir)
    for needle in (secret_name, secret_note, "zebulon quincaillerie"):
        assert needle.encode("utf-8") not in data, needle
    with Store.open_folder(data_dir) as store:
        assert [b["id"] for b in store.list_businesses()] == [kept]
        assert len(store.history(kept)) == 3


def test_deleted_checkup_notes_leave_no_bytes(data_dir):
    secret = "Wi-Fi clients sur le réseau de caisse"
    with Store.open_folder(data_dir) as store:
        bid = store.create_business("Garage Conservé")
        kept = store.create_checkup(bid, "2026.1", "fr", Assessor(), {})
        gone = store.create_checkup(bid, "2026.1", "fr", Assessor(), {})
        for q in range(40):   # interleaved, so the deleted rows share pages with kept ones
            store.save_answer(kept, f"q{q}", "yes", f"gardée {q}")
            store.save_answer(gone, f"q{q}", "no", f"{secret} {q}")
        store.delete_checkup(gone)
        data = _files_bytes(data_dir)
        assert secret.encode("utf-8") not in data
        assert b"gard\xc3\xa9e 39" in data
        assert len(store.load_assessment(kept).answers) == 40


def test_a_version_1_store_gets_the_list_index_and_keeps_its_data(data_dir, monkeypatch):
    """Version 2 orders the home list by an index: a page of it reads its rows, not every
    business sorted first. A store made by a Boussole of version 1 is upgraded at open."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    with Store.open_folder(data_dir) as store:
        ids = [store.create_business(f"Entreprise {n}") for n in range(3)]
    monkeypatch.undo()
    with Store.open_folder(data_dir) as store:
        assert schema.current_version(store._conn) >= 2
        assert store.migration_backup == data_dir / "boussole.db.bak-v1"
        assert [b["id"] for b in store.list_businesses()] == ids[::-1]
        assert [b["id"] for b in store.list_businesses(limit=2, offset=1)] == ids[1::-1]
        plan = " ".join(row[3] for row in store._conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM businesses b "
            "ORDER BY b.activity_at DESC, b.name COLLATE NOCASE, b.id LIMIT 2"))
        assert "businesses_listed" in plan and "TEMP B-TREE" not in plan, plan
