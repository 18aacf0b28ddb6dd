"""boussole-cli with encryption: the store opens with the keychain's key or $BOUSSOLE_PASSPHRASE,
`export --encrypt` / `import` round-trip, and every refusal is one line with exit code 2."""
from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends import fail

from desktop import transfer
from desktop.cli import main
from desktop.keys import database_state
from desktop.secrets import delete_key, load_key
from desktop.store import Store
from tests.factories import make_assessment

PASS = "phrase de transfert solide"
NAME = "Fleuriste Pâquerette"


@pytest.fixture
def fast_kdf(monkeypatch):
    monkeypatch.setattr(transfer, "SCRYPT_N", 2**14)


@pytest.fixture
def keychain_off():
    previous = keyring.get_keyring()
    yield lambda: keyring.set_keyring(fail.Keyring())
    keyring.set_keyring(previous)


@pytest.fixture
def filled(data_dir, content):
    """An encrypted store (key in the test keychain) holding one checkup."""
    from desktop.keys import resolve_key
    from desktop.settings import Settings

    a = make_assessment(content, "mixed", name=NAME, role="advisor")
    key = resolve_key(data_dir, Settings(data_dir), lambda s: pytest.fail(f"asked {s}"))
    with Store.open_folder(data_dir, key=key) as store:
        store.import_assessment(a)
    return data_dir, a


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    return err


def test_list_reads_the_encrypted_store(filled, capsys):
    folder, a = filled
    assert database_state(folder) == "encrypted"
    assert main(["list", "--format", "json", "--data-dir", str(folder)]) == 0
    assert [r["business_name"] for r in json.loads(capsys.readouterr().out)] == [NAME]


def test_export_encrypt_then_import_with_the_passphrase_from_the_environment(
        filled, tmp_path, capsys, monkeypatch, content, fast_kdf):
    folder, a = filled
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", PASS)
    out = tmp_path / "client.boussole"
    assert main(["export", a.id, "-o", str(out), "--encrypt", "--data-dir", str(folder)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    raw = out.read_bytes()
    assert transfer.is_encrypted(out)
    assert "Pâquerette".encode() not in raw and b"Fleuriste" not in raw
    other = tmp_path / "other-laptop"
    assert main(["import", str(out), "--data-dir", str(other)]) == 0
    assert capsys.readouterr().out.strip() == a.id
    assert database_state(other) == "encrypted"
    with Store.open_folder(other, key=load_key(other)) as store:
        assert store.export_assessment(a.id).to_dict() == a.to_dict()


def _protected_export(folder, a, tmp_path, capsys, monkeypatch):
    """`a` exported with --encrypt and $BOUSSOLE_PASSPHRASE = PASS (left set)."""
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", PASS)
    out = tmp_path / "client.boussole"
    assert main(["export", a.id, "-o", str(out), "--encrypt", "--data-dir", str(folder)]) == 0
    capsys.readouterr()
    return out


def test_score_and_report_open_a_protected_file_with_its_passphrase(
        filled, tmp_path, capsys, monkeypatch, fast_kdf):
    """They said 'not valid JSON at line 2' of a .boussole file, which is not damaged."""
    folder, a = filled
    out = _protected_export(folder, a, tmp_path, capsys, monkeypatch)
    assert main(["score", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["assessment_id"] == a.id
    pdf = tmp_path / "plan.pdf"
    assert main(["report", str(out), "-o", str(pdf), "--data-dir", str(folder)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", "une autre phrase fausse")
    assert main(["score", str(out)]) == 2
    err = one_line(capsys.readouterr().err)
    assert err.startswith("boussole-cli score: ") and "wrong passphrase" in err


def test_import_with_a_wrong_passphrase_is_one_line_and_imports_nothing(
        filled, tmp_path, capsys, monkeypatch, fast_kdf):
    folder, a = filled
    out = _protected_export(folder, a, tmp_path, capsys, monkeypatch)
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", "une autre phrase fausse")
    other = tmp_path / "other-laptop"
    assert main(["import", str(out), "--data-dir", str(other)]) == 2
    err = one_line(capsys.readouterr().err)
    assert err.startswith("boussole-cli import: ") and "wrong passphrase" in err
    assert "une autre phrase" not in err
    assert not (other / "boussole.db").exists()


def test_export_encrypt_with_too_short_a_passphrase_is_one_line(filled, tmp_path, capsys,
                                                                 monkeypatch):
    folder, a = filled
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", "court")
    out = tmp_path / "client.boussole"
    assert main(["export", a.id, "-o", str(out), "--encrypt", "--data-dir", str(folder)]) == 2
    assert "too short" in one_line(capsys.readouterr().err)
    assert not out.exists()


def test_missing_key_is_one_line_and_the_database_is_untouched(filled, capsys):
    folder, _ = filled
    before = (folder / "boussole.db").read_bytes()
    delete_key(folder)
    assert main(["list", "--data-dir", str(folder)]) == 2
    err = one_line(capsys.readouterr().err)
    assert "not in the system keychain" in err
    assert (folder / "boussole.db").read_bytes() == before


def test_no_keychain_and_no_passphrase_is_one_line_saying_how_to_proceed(
        data_dir, capsys, keychain_off):
    keychain_off()
    assert main(["list", "--data-dir", str(data_dir)]) == 2
    err = one_line(capsys.readouterr().err)
    assert "keychain is unavailable" in err and "BOUSSOLE_PASSPHRASE" in err
    assert not (data_dir / "boussole.db").exists()


def test_no_keychain_with_a_passphrase_uses_it_and_wants_it_again(
        data_dir, capsys, keychain_off, monkeypatch, fast_kdf, content, tmp_path):
    keychain_off()
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", PASS)
    path = tmp_path / "a.json"
    from checks.assessment import write_assessment

    write_assessment(make_assessment(content, "mixed", name=NAME), path)
    assert main(["import", str(path), "--data-dir", str(data_dir)]) == 0
    assert database_state(data_dir) == "encrypted"
    assert NAME.encode() not in (data_dir / "boussole.db").read_bytes()
    capsys.readouterr()
    before = (data_dir / "boussole.db").read_bytes()
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", "pas la bonne phrase")
    assert main(["list", "--data-dir", str(data_dir)]) == 2
    assert "wrong passphrase" in one_line(capsys.readouterr().err)
    assert (data_dir / "boussole.db").read_bytes() == before
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", PASS)
    assert main(["list", "--format", "json", "--data-dir", str(data_dir)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["business_name"] == NAME
