"""Test isolation: headless Qt, and every path a test could write to lives in tmp_path."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never touch the real user's data, settings or keychain."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))   # the content cache
    monkeypatch.setenv("BOUSSOLE_DATA_DIR", str(home / "boussole-data"))
    monkeypatch.delenv("BOUSSOLE_PASSPHRASE", raising=False)
    # The keychain: a file-backed keyring per test (tests/file_keyring.py), never the user's.
    import keyring

    from tests.file_keyring import FileKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(home / "keyring.json"))
    # Child processes (the app started by a test, a benchmark) share this keychain file.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.file_keyring.FileKeyring")
    monkeypatch.setenv("BOUSSOLE_TEST_KEYRING_FILE", str(home / "keyring.json"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def content():
    from checks.content_loader import load_content

    return load_content()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def no_keychain():
    """No usable keychain (keyring's fail backend): the person is asked for a passphrase."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def fast_kdf(monkeypatch):
    """scrypt at 2^14 instead of 2^17 for speed; the stored parameters are what is used."""
    from desktop import transfer

    monkeypatch.setattr(transfer, "SCRYPT_N", 2**14)
