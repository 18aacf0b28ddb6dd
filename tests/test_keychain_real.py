"""The database key in a real keychain: keyring's SecretService backend talking to gnome-keyring.

Runs only under `make test`, which starts a D-Bus session with an unlocked gnome-keyring and sets
BOUSSOLE_SECRET_SERVICE=1 (tests/with-keyring.sh). The key is created in one backend instance and
loaded by another process with its own backend, as at the next start of the app.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest

pytestmark = pytest.mark.skipif(os.environ.get("BOUSSOLE_SECRET_SERVICE") != "1",
                                reason="needs the Secret Service started by `make test`")

ROOT = Path(__file__).resolve().parent.parent
NAME = "Menuiserie Théodule"


@pytest.fixture
def secret_service(data_dir):
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    from desktop import secrets

    try:
        secrets.delete_key(data_dir)
    finally:
        keyring.set_keyring(previous)


def test_the_key_lives_in_the_secret_service_and_a_new_process_finds_it(data_dir, secret_service,
                                                                         content):
    from desktop import secrets
    from desktop.keys import database_state, resolve_key
    from desktop.settings import Settings
    from desktop.store import Store

    def never(situation):
        raise AssertionError(f"asked {situation} although the Secret Service works")

    assert secrets.keychain_status() == (True, "")
    key = resolve_key(data_dir, Settings(data_dir), never)
    assert key is not None and len(key) == 32
    stored = secret_service.get_password(secrets.SERVICE, secrets.account_for(data_dir))
    assert stored == key.hex()
    with Store.open_folder(data_dir, key=key) as store:
        store.create_business(NAME)
    assert database_state(data_dir) == "encrypted"
    assert NAME.encode() not in (data_dir / "boussole.db").read_bytes()

    script = textwrap.dedent("""
        import sys
        sys.path.insert(0, sys.argv[1])
        import keyring
        from keyring.backends import SecretService
        keyring.set_keyring(SecretService.Keyring())
        from desktop.keys import resolve_key
        from desktop.settings import Settings
        from desktop.store import Store
        def ask(situation):
            raise SystemExit("asked " + situation)
        folder = sys.argv[2]
        key = resolve_key(folder, Settings(folder), ask)
        with Store.open_folder(folder, key=key) as store:
            print(store.list_businesses()[0]["name"])
    """)
    out = subprocess.run([sys.executable, "-c", script, str(ROOT), str(data_dir)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == NAME
