"""boussole-cli list / export / import against a real store in a temporary data folder."""
from __future__ import annotations

import json

import pytest

from checks.assessment import read_assessment, write_assessment
from desktop.cli import main
from desktop.secrets import load_key
from desktop.store import Store
from tests.factories import make_assessment


@pytest.fixture
def filled(data_dir, content):
    """A data folder with one imported checkup; returns (folder, assessment)."""
    a = make_assessment(content, "mixed", name="Crêperie Élodie", role="advisor")
    with Store.open_folder(data_dir) as store:
        store.import_assessment(a)
    return data_dir, a


def test_list_json(filled, capsys):
    folder, a = filled
    assert main(["list", "--format", "json", "--data-dir", str(folder)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1
    row = rows[0]
    assert (row["id"], row["business_id"], row["business_name"]) == (
        a.id, a.business.id, "Crêperie Élodie")
    assert row["started_at"] == a.started_at and isinstance(row["completion"], float)


def test_list_text_and_empty(data_dir, filled, capsys):
    folder, a = filled
    assert main(["list", "--data-dir", str(folder)]) == 0
    assert a.id in capsys.readouterr().out
    assert main(["list", "--format", "json", "--data-dir", str(data_dir.parent / "empty")]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_export_then_import_elsewhere(filled, tmp_path, capsys, content):
    folder, a = filled
    out = tmp_path / "sortie.json"
    assert main(["export", a.id, "-o", str(out), "--data-dir", str(folder)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert read_assessment(out, content).to_dict() == a.to_dict()
    other = tmp_path / "other-laptop"
    assert main(["import", str(out), "--data-dir", str(other)]) == 0
    assert capsys.readouterr().out.strip() == a.id
    # The CLI encrypted the database with a key from the (test) keychain: open it likewise.
    with Store.open_folder(other, key=load_key(other)) as store:
        assert store.export_assessment(a.id).to_dict() == a.to_dict()
    # Importing the same file again is harmless and says which checkup it is.
    assert main(["import", str(out), "--data-dir", str(other)]) == 0
    assert capsys.readouterr().out.strip() == a.id


def test_import_refuses_to_overwrite(filled, tmp_path, capsys, content):
    folder, a = filled
    changed = make_assessment(content, "worst", name="Crêperie Élodie", role="advisor")
    changed.id, changed.business.id = a.id, a.business.id
    path = tmp_path / "changed.json"
    write_assessment(changed, path)
    assert main(["import", str(path), "--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already in the store" in err
    with Store.open_folder(folder, key=load_key(folder)) as store:
        assert store.export_assessment(a.id).to_dict() == a.to_dict()


def test_export_unknown_id(filled, tmp_path, capsys):
    folder, _ = filled
    out = tmp_path / "nothing.json"
    assert main(["export", "no-such-checkup", "-o", str(out), "--data-dir", str(folder)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("boussole-cli export:") and "not found" in captured.err
    assert not out.exists()


def test_cli_refused_while_boussole_has_the_folder(filled, capsys):
    folder, _ = filled
    with Store.open_folder(folder):
        assert main(["list", "--format", "json", "--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already open" in err


def test_cli_on_damaged_database_sets_it_aside(data_dir, capsys):
    (data_dir / "boussole.db").write_bytes(b"garbage" * 500)
    assert main(["list", "--format", "json", "--data-dir", str(data_dir)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert list(data_dir.glob("boussole.db.corrupt-*"))


def test_a_damaged_database_is_reported_and_kept_aside(tmp_path, capsys):
    from desktop.cli import main

    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "boussole.db").write_bytes(b"this is not a database, just some text")
    assert main(["list", "--data-dir", str(folder), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "[]"
    assert "was damaged and nothing could be read from it; it was kept at" in captured.err
    kept = [p for p in folder.iterdir() if ".corrupt-" in p.name]
    # Kept, sealed with the store's key: its bytes come back whole, in memory only.
    from desktop import sealed
    from desktop.secrets import load_key

    assert sealed.unseal(kept[0], load_key(folder)) == b"this is not a database, just some text"
