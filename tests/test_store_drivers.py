"""The store on the drivers it may run on: the standard sqlite3 module, and sqlcipher3 with and
without a key (issue 8 swaps the connect factory; everything else must keep working)."""
from __future__ import annotations

import sqlite3

import pytest

from checks.assessment import Assessor
from desktop.store import Store, StoreError


def _sqlcipher(key: str | None):
    dbapi2 = pytest.importorskip("sqlcipher3.dbapi2")

    def connect(path):
        conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=False)
        if key:
            conn.execute(f"PRAGMA key = \"x'{key}'\"")   # a hex test key, not a secret
        return conn

    return connect


DRIVERS = {
    "sqlite3": lambda: None,
    "sqlcipher3-plain": lambda: _sqlcipher(None),
    "sqlcipher3-keyed": lambda: _sqlcipher("00" * 31 + "2a"),
}


@pytest.fixture(params=sorted(DRIVERS))
def connect(request):
    return DRIVERS[request.param]()


def test_store_works_on_driver(data_dir, connect):
    with Store.open_folder(data_dir, connect=connect) as store:
        bid = store.create_business("Crêperie Élodie", city="Brest")
        c = store.create_checkup(bid, "2026.11", "fr", Assessor("Élise"), {"staff": "2_9"})
        store.save_note(c, "q0", "avant")
        store.save_answer(c, "q1", "yes", "note « 1 »")
        store.set_action(c, "a1", status="done")
        store.set_position(c, "q2")
        exported = store.export_assessment(c)
    with Store.open_folder(data_dir, connect=connect) as store:
        assert store.export_assessment(c).to_dict() == exported.to_dict()
        assert store.get_note(c, "q0") == "avant"
        assert store.list_businesses("creperie")[0]["id"] == bid
        assert store.check_integrity() == []
        with pytest.raises(StoreError, match="not found"):
            store.get_checkup("nope")
        store.delete_business(bid)
    assert b"Cr\xc3\xaaperie" not in (data_dir / "boussole.db").read_bytes()


def test_full_disk_on_driver(data_dir, connect):
    with Store.open_folder(data_dir, connect=connect) as store:
        bid = store.create_business("Plein")
        c = store.create_checkup(bid, "2026.11", "fr", Assessor(), {})
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="disk is full"):
            store.save_answer(c, "q", "no", "x" * 20_000)
        assert store.load_assessment(c).answers == {}


def test_keyed_database_is_not_readable_in_clear(data_dir):
    connect = _sqlcipher("00" * 31 + "2a")
    with Store.open_folder(data_dir, connect=connect) as store:
        store.create_business("Secrète SARL")
    raw = (data_dir / "boussole.db").read_bytes()
    assert "Secrète".encode() not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / "boussole.db").execute("SELECT * FROM sqlite_master").fetchall()
