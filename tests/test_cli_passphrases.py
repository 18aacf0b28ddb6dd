"""boussole-cli's two secrets: the file's passphrase (--passphrase-file, --passphrase-stdin,
$BOUSSOLE_FILE_PASSPHRASE) and the data folder's (--data-passphrase-file, --data-passphrase-stdin,
$BOUSSOLE_DATA_PASSPHRASE), $BOUSSOLE_PASSPHRASE for both as before, and terminal prompts that
say which secret they want, in the user's language. Real stores and files in tmp_path."""
from __future__ import annotations

import io
import json

import keyring
import pytest
from keyring.backends import fail

from desktop import transfer
from desktop.checkups import read_assessment_file
from desktop.cli import main
from desktop.settings import Settings
from tests.factories import make_assessment, open_checkups

PASS = "cheval brun pile agrafe"
DATA_PASS = "le dossier du conseiller"
NAME = "Fleuriste Pâquerette"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(transfer, "SCRYPT_N", 2**14)


@pytest.fixture
def filled(data_dir, content):
    a = make_assessment(content, "mixed", name=NAME, role="advisor")
    with open_checkups(data_dir, content) as checkups:
        checkups.import_assessment(a)
    return data_dir, a


class Terminal:
    """A terminal: stdin is a tty and getpass answers; the prompts are recorded."""

    def __init__(self, monkeypatch, *answers):
        self.prompts: list[str] = []
        self.answers = list(answers)
        tty = io.StringIO()
        tty.isatty = lambda: True
        monkeypatch.setattr("sys.stdin", tty)
        monkeypatch.setattr("getpass.getpass", self.getpass)

    def getpass(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    return err


def export(folder, a, out, *extra) -> int:
    return main(["export", a.id, "-o", str(out), "--encrypt", "--data-dir", str(folder), *extra])


def test_the_file_passphrase_from_a_file_on_both_laptops(filled, tmp_path, capsys, content):
    folder, a = filled
    secret = tmp_path / "secret.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")          # the line end is not part of it
    out = tmp_path / "client.boussole"
    assert export(folder, a, out, "--passphrase-file", str(secret)) == 0
    assert read_assessment_file(out, content, lambda: PASS).to_dict() == a.to_dict()
    other = tmp_path / "other-laptop"
    assert main(["import", str(out), "--data-dir", str(other),
                 "--passphrase-file", str(secret)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == a.id

    secret.write_text("pas la bonne phrase\n", encoding="utf-8")
    third = tmp_path / "third"
    assert main(["import", str(out), "--data-dir", str(third),
                 "--passphrase-file", str(secret)]) == 2
    assert "wrong passphrase" in one_line(capsys.readouterr().err)


def test_the_file_passphrase_from_standard_input(filled, tmp_path, capsys, content,
                                                 monkeypatch):
    folder, a = filled
    out = tmp_path / "client.boussole"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASS + "\r\nthe rest is ignored\n"))
    assert export(folder, a, out, "--passphrase-stdin") == 0
    assert read_assessment_file(out, content, lambda: PASS).id == a.id
    monkeypatch.setattr("sys.stdin", io.StringIO(PASS))
    assert main(["import", str(out), "--data-dir", str(tmp_path / "b"),
                 "--passphrase-stdin"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == a.id


@pytest.mark.parametrize("lang, saved, first, again", [
    (None, None, "Phrase secrète du fichier client.boussole : ",
     "Saisissez de nouveau la phrase secrète du fichier client.boussole : "),
    ("en", None, "Passphrase of the file client.boussole: ",
     "Type the passphrase of the file client.boussole again: "),
    (None, "en", "Passphrase of the file client.boussole: ",
     "Type the passphrase of the file client.boussole again: "),
    ("fr", "en", "Phrase secrète du fichier client.boussole : ",
     "Saisissez de nouveau la phrase secrète du fichier client.boussole : "),
])
def test_prompts_say_which_file_in_the_users_language(filled, tmp_path, monkeypatch, capsys,
                                                      content, lang, saved, first, again):
    folder, a = filled
    if saved:
        Settings(folder).set("language", saved)
    terminal = Terminal(monkeypatch, PASS, PASS, PASS)
    out = tmp_path / "client.boussole"
    assert export(folder, a, out, *(["--lang", lang] if lang else [])) == 0
    assert terminal.prompts == [first, again]
    assert main(["import", str(out), "--data-dir", str(folder),
                 *(["--lang", lang] if lang else [])]) == 0
    assert terminal.prompts[-1] == first                  # asked once on import


def test_two_different_entries_at_the_prompt_write_nothing(filled, tmp_path, monkeypatch,
                                                           capsys):
    folder, a = filled
    Terminal(monkeypatch, PASS, PASS + "x")
    out = tmp_path / "client.boussole"
    assert export(folder, a, out) == 2
    assert "differ" in one_line(capsys.readouterr().err)
    assert not out.exists()


@pytest.fixture
def passphrase_folder(data_dir, content, monkeypatch):
    """No keychain; the data folder protected by DATA_PASS, holding one checkup."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("BOUSSOLE_DATA_PASSPHRASE", DATA_PASS)
    path = data_dir.parent / "a.json"
    a = make_assessment(content, "mixed", name=NAME)
    path.write_text(a.to_json(), encoding="utf-8")
    assert main(["import", str(path), "--data-dir", str(data_dir)]) == 0
    monkeypatch.delenv("BOUSSOLE_DATA_PASSPHRASE")
    yield data_dir, a
    keyring.set_keyring(previous)


def test_the_data_folder_and_the_file_have_their_own_passphrases(
        passphrase_folder, tmp_path, monkeypatch, capsys, content):
    folder, a = passphrase_folder
    capsys.readouterr()
    monkeypatch.setenv("BOUSSOLE_DATA_PASSPHRASE", DATA_PASS)
    monkeypatch.setenv("BOUSSOLE_FILE_PASSPHRASE", PASS)
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", "ni l'une ni l'autre")   # overridden by both
    out = tmp_path / "client.boussole"
    assert export(folder, a, out) == 0
    assert read_assessment_file(out, content, lambda: PASS).id == a.id
    with pytest.raises(transfer.WrongPassphrase):
        read_assessment_file(out, content, lambda: DATA_PASS)


def test_the_data_folder_passphrase_from_a_file_or_its_prompt(passphrase_folder, tmp_path,
                                                              monkeypatch, capsys):
    folder, a = passphrase_folder
    capsys.readouterr()
    secret = tmp_path / "dossier.txt"
    secret.write_text(DATA_PASS, encoding="utf-8")
    assert main(["list", "--format", "json", "--data-dir", str(folder),
                 "--data-passphrase-file", str(secret)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["business_name"] == NAME

    terminal = Terminal(monkeypatch, DATA_PASS)
    assert main(["list", "--format", "json", "--data-dir", str(folder)]) == 0
    assert terminal.prompts == [f"Phrase secrète du dossier de données {folder} : "]
    terminal = Terminal(monkeypatch, DATA_PASS)
    assert main(["list", "--data-dir", str(folder), "--lang", "en"]) == 0
    assert terminal.prompts == [f"Passphrase of the data folder {folder}: "]

    # Both secrets at a terminal, each asked by name: the folder's, then the file's.
    terminal = Terminal(monkeypatch, DATA_PASS, PASS, PASS)
    assert export(folder, a, tmp_path / "c.boussole") == 0
    assert terminal.prompts == [f"Phrase secrète du dossier de données {folder} : ",
                                "Phrase secrète du fichier c.boussole : ",
                                "Saisissez de nouveau la phrase secrète du fichier c.boussole : "]


def test_without_a_terminal_the_message_says_how_to_give_each_secret(
        passphrase_folder, tmp_path, monkeypatch, capsys):
    folder, a = passphrase_folder
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["list", "--data-dir", str(folder)]) == 2
    err = one_line(capsys.readouterr().err)
    assert "--data-passphrase-file" in err and "BOUSSOLE_DATA_PASSPHRASE" in err


def test_a_file_passphrase_needs_a_source_without_a_terminal(filled, tmp_path, monkeypatch,
                                                             capsys):
    folder, a = filled
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert export(folder, a, tmp_path / "c.boussole") == 2
    err = one_line(capsys.readouterr().err)
    assert "--passphrase-file" in err and "BOUSSOLE_FILE_PASSPHRASE" in err


@pytest.mark.parametrize("args, says", [
    (["--passphrase-stdin", "--data-passphrase-stdin"], "standard input can carry one"),
    (["--passphrase-file", "/nonexistent/secret.txt"], "cannot read the passphrase file"),
    (["--passphrase-file", "EMPTY"], "holds no passphrase on its first line"),
])
def test_bad_passphrase_sources_are_one_line(filled, tmp_path, capsys, monkeypatch, args, says):
    folder, a = filled
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASS + "\n"))
    args = [str(empty) if x == "EMPTY" else x for x in args]
    out = tmp_path / "c.boussole"
    assert export(folder, a, out, *args) == 2
    assert says in one_line(capsys.readouterr().err)
    assert not out.exists()


def test_a_passphrase_without_encrypt_is_refused_rather_than_writing_plain_text(
        filled, tmp_path, capsys):
    folder, a = filled
    secret = tmp_path / "secret.txt"
    secret.write_text(PASS, encoding="utf-8")
    out = tmp_path / "c.json"
    assert main(["export", a.id, "-o", str(out), "--data-dir", str(folder),
                 "--passphrase-file", str(secret)]) == 2
    assert "add --encrypt" in one_line(capsys.readouterr().err)
    assert not out.exists()
