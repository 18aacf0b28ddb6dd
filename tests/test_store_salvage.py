"""A damaged page loses what it held, not the store (issue 12, section 3).

Real stores, a real page overwritten with garbage, real reopenings: what can be read is copied
into a new store (row by row), the counts of recovered and lost checkups are right, the
damaged file is kept encrypted like the store, listed, and deletable; the command line says
all of it in one line each.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop import sealed
from desktop.cli import main
from desktop.errors import StoreError
from desktop.secrets import load_key
from desktop.side_files import copies_holding, delete_side_file, side_files
from desktop.store import DB_FILE, Store
from desktop.store.failures import NEEDS_CHECK
from tests.factories import make_assessment, open_checkups

N = 24
PAGE = 4096


def _fill(folder: Path, content, key: bytes | None = None) -> dict[str, str]:
    """N businesses with one checkup each; {checkup id: business name}."""
    out = {}
    with Store.open_folder(folder, key=key) as store:
        for n in range(N):
            a = make_assessment(content, "mixed", name=f"Garage {n:02d} «Zoé»", seed=n)
            out[store.import_assessment(a)] = a.business.name
    return out


def _pages_of(path: Path, table: str, kind: str = "leaf") -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
            (table, kind))]
    finally:
        conn.close()


def _damage(path: Path, page: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[(page - 1) * PAGE: page * PAGE] = b"\xa5" * PAGE
    path.write_bytes(bytes(raw))


def _touch_everything(folder: Path, key: bytes | None = None) -> list[StoreError]:
    """Use the store as a person would until the damage shows (it is then noted)."""
    problems = []
    with Store.open_folder(folder, key=key) as store:
        try:
            rows = store.list_checkups()
        except StoreError as exc:
            return [exc]
        for row in rows:
            try:
                store.load_assessment(row["id"])
            except StoreError as exc:
                problems.append(exc)
    return problems


def test_a_damaged_answers_page_loses_only_those_answers(data_dir, content):
    checkups = _fill(data_dir, content)
    db = data_dir / DB_FILE
    leaves = _pages_of(db, "answers")
    _damage(db, leaves[len(leaves) // 2])
    problems = _touch_everything(data_dir)
    assert problems and all(p.reason == "damaged" for p in problems)
    assert "keeps what can still be read" in str(problems[0])
    assert (data_dir / NEEDS_CHECK).exists()
    with Store.open_folder(data_dir) as store:
        report = store.salvage
        assert store.recovered_from is not None
        assert (report.recovered, report.lost) == (N, 0)
        assert 1 <= report.incomplete <= 3
        assert {r["id"] for r in store.list_checkups()} == set(checkups)
        assert store.check_integrity() == []
        names = {b["name"] for b in store.list_businesses()}
        assert names == set(checkups.values())
    assert not (data_dir / NEEDS_CHECK).exists()
    with Store.open_folder(data_dir) as store:   # salvaged once, not again
        assert store.recovered_from is None and store.salvage is None


def test_a_damaged_checkups_page_counts_the_lost_checkups(data_dir, content):
    _fill(data_dir, content)
    db = data_dir / DB_FILE
    leaves = _pages_of(db, "checkups")
    assert len(leaves) >= 2
    _damage(db, leaves[0])
    assert _touch_everything(data_dir)
    with Store.open_folder(data_dir) as store:
        report = store.salvage
        listed = store.list_checkups()
    assert 0 < report.lost < N
    assert report.recovered == len(listed) == N - report.lost
    assert report.incomplete == 0


def test_a_damaged_schema_page_is_set_aside_at_once_and_salvaged(data_dir, content):
    """Page 1 holds the schema: the store cannot even start, so it is salvaged at open."""
    _fill(data_dir, content)
    db = data_dir / DB_FILE
    raw = bytearray(db.read_bytes())
    raw[100:PAGE] = b"\x00" * (PAGE - 100)      # the schema's page, its header kept
    db.write_bytes(bytes(raw))
    with Store.open_folder(data_dir) as store:
        report = store.salvage
        assert store.recovered_from is not None
        assert report is not None and not report.readable
        assert store.list_businesses() == []


def test_an_encrypted_store_salvages_and_keeps_its_copy_encrypted(data_dir, content, capsys):
    """The app's and the CLI's way: keychain key, damage found by use, salvage at the next
    open; the copy is an SQLCipher file (no name in clear), listed, deletable."""
    with open_checkups(data_dir, content) as checkups:
        for n in range(N):
            checkups.import_assessment(make_assessment(content, "mixed", name=f"Garage {n:02d} Zoé",
                                                       seed=n))
    key = load_key(data_dir)
    db = data_dir / DB_FILE
    pages = db.stat().st_size // PAGE
    detected = False
    for page in (pages * 2 // 3, pages // 2, pages - 2):
        _damage(db, page)
        if _touch_everything(data_dir, key):
            detected = True
            break
    assert detected, "no damaged page was reached"
    capsys.readouterr()
    assert main(["list", "--format", "json", "--data-dir", str(data_dir)]) == 0
    captured = capsys.readouterr()
    listed = json.loads(captured.out)
    lines = captured.err.strip().splitlines()
    assert "the database was damaged:" in lines[0] and "recovered" in lines[0]
    assert "1 set-aside copy" in lines[1]
    assert 0 < len(listed) <= N
    copies = [p for p in data_dir.glob(f"{DB_FILE}.corrupt-*")
              if not p.name.endswith(("-wal", "-shm"))]
    assert len(copies) == 1
    for path in data_dir.iterdir():
        assert b"Zo\xc3\xa9" not in path.read_bytes(), path.name
    with open_checkups(data_dir, content) as checkups:
        files = side_files(checkups.workspace)
        assert [(f.name, f.kind) for f in files] == [(copies[0].name, "damaged")]
        assert files[0].size >= copies[0].stat().st_size
        business = listed[0]["business_id"]
        assert [c.name for c in copies_holding(checkups.workspace, business)] == [copies[0].name]
        delete_side_file(checkups.workspace, copies[0].name)
        assert side_files(checkups.workspace) == []
        with pytest.raises(StoreError, match="not a set-aside copy"):
            delete_side_file(checkups.workspace, "settings.json")
    assert not list(data_dir.glob(f"{DB_FILE}.corrupt-*"))
    capsys.readouterr()
    assert main(["list", "--data-dir", str(data_dir)]) == 0
    assert "set-aside" not in capsys.readouterr().err


def test_a_plaintext_copy_left_by_an_older_boussole_is_sealed(data_dir, content):
    """A `corrupt-*` file in clear in an encrypted folder (before issue 12) is sealed at the
    next open; it still says which businesses it holds."""
    with Store.open_folder(data_dir / "old") as store:
        a = make_assessment(content, "mixed", name="Boulangerie Ancienne")
        store.import_assessment(a)
    old = data_dir / "old" / DB_FILE
    clear = old.read_bytes()
    (data_dir / f"{DB_FILE}.corrupt-20260101-000000").write_bytes(clear)
    with open_checkups(data_dir, content) as checkups:
        copy = data_dir / f"{DB_FILE}.corrupt-20260101-000000"
        assert sealed.is_sealed(copy)
        assert sealed.unseal(copy, load_key(data_dir)) == clear
        held = copies_holding(checkups.workspace, a.business.id)
        assert [(c.name, c.may_hold) for c in held] == [(copy.name, True)]
        assert copies_holding(checkups.workspace, "someone-else") == []


def test_salvage_interrupted_runs_again_at_the_next_open(data_dir, content):
    """The marker stays until the salvage committed: a crash in between is finished later,
    with nothing inserted twice."""
    from desktop.store import aside
    from desktop.store.failures import SALVAGE_PENDING

    checkups = _fill(data_dir, content)
    copy = aside.move_aside(data_dir / DB_FILE)          # as if killed right after this
    (data_dir / SALVAGE_PENDING).write_text(copy.name, encoding="utf-8")
    with Store.open_folder(data_dir) as store:
        assert store.salvage.recovered == N
        assert {r["id"] for r in store.list_checkups()} == set(checkups)
    (data_dir / SALVAGE_PENDING).write_text(copy.name, encoding="utf-8")
    with Store.open_folder(data_dir) as store:       # a second run inserts nothing twice
        assert len(store.list_checkups()) == N
