"""Two processes opening a NEW data folder at once (issue 12, section 1).

Before desktop.workspace took the folder's lock first, each process decided and wrote its own
key material (a salt file, or a keychain entry) before opening the store, and the store ended
encrypted with a key nothing could rebuild: `list` then failed with "cannot be decrypted". Now
the second process waits for the lock, then finds the first one's key. Each trial starts two
real `boussole-cli import` processes on a fresh folder at the same instant; every import they
report must be listed afterwards, and the store must open.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from checks.assessment import write_assessment
from desktop.cli import main
from tests.factories import make_assessment

TRIALS = 20
AT_ONCE = 3          # trials run side by side (each one is still two processes started together)
PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def files(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("files")
    paths = []
    for n, name in enumerate(("Boulangerie Alpha", "Garage Bêta")):
        path = folder / f"{n}.json"
        write_assessment(make_assessment(content, "mixed", name=name, seed=n), path)
        paths.append(path)
    return paths


def _import_both(folder: Path, files: list[Path], env: dict) -> list[subprocess.CompletedProcess]:
    procs = [subprocess.Popen([sys.executable, "-m", "desktop.cli", "import", str(f),
                               "--data-dir", str(folder)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for f in files]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def _trials(tmp_path: Path, files: list[Path], env: dict, capsys) -> None:
    folders = [tmp_path / f"trial-{n}" / "data" for n in range(TRIALS)]
    with ThreadPoolExecutor(AT_ONCE) as pool:
        outcomes = list(pool.map(lambda folder: _import_both(folder, files, env), folders))
    unreadable = []
    for folder, results in zip(folders, outcomes):
        for result in results:
            assert result.returncode == 0, result.stderr
        reported = {result.stdout.strip() for result in results}
        capsys.readouterr()
        code = main(["list", "--format", "json", "--data-dir", str(folder)])
        captured = capsys.readouterr()
        if code != 0:
            unreadable.append(captured.err)
            continue
        listed = {row["id"] for row in json.loads(captured.out)}
        assert reported <= listed, (folder, reported, listed)
    assert not unreadable, f"{len(unreadable)} of {TRIALS} stores unreadable: {unreadable[0]}"


def test_passphrase_mode(tmp_path, files, monkeypatch, capsys):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "BOUSSOLE_PASSPHRASE": PASSPHRASE}
    monkeypatch.setenv("BOUSSOLE_PASSPHRASE", PASSPHRASE)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        _trials(tmp_path, files, env, capsys)
    finally:
        keyring.set_keyring(previous)
    assert (tmp_path / "trial-0" / "data" / "boussole.salt").exists()


def test_keychain_mode(tmp_path, files, capsys):
    """The tests' file keychain (tests/file_keyring.py), shared with the child processes."""
    _trials(tmp_path, files, dict(os.environ), capsys)
    assert json.loads(Path(os.environ["BOUSSOLE_TEST_KEYRING_FILE"]).read_text())


@pytest.mark.skipif(os.environ.get("BOUSSOLE_SECRET_SERVICE") != "1",
                    reason="needs the Secret Service started by `make test`")
def test_keychain_mode_with_the_real_secret_service(tmp_path, files, capsys):
    from keyring.backends import SecretService

    from desktop import secrets

    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"}
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        _trials(tmp_path, files, env, capsys)
    finally:
        for n in range(TRIALS):
            secrets.delete_key(tmp_path / f"trial-{n}" / "data")
        keyring.set_keyring(previous)
