"""A real keyring backend that keeps secrets in a JSON file: the unit tests' keychain.

keyring's API is exercised for real (get/set/delete through keyring.set_keyring); only where
the secrets live changes, so tests never touch the developer's own keychain. Processes that
tests start (the app, a process killed mid-save) get the same keychain through keyring's own
PYTHON_KEYRING_BACKEND variable, which builds this class with no argument: the file then comes
from BOUSSOLE_TEST_KEYRING_FILE (both set by tests/conftest.py).
"""
from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "BOUSSOLE_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    # keyring also builds every backend class it knows, with no argument, when it looks for
    # the best one: without a file named, this one then reads nothing and keeps nothing.
    priority = 1

    def __init__(self, path: Path | None = None):
        super().__init__()
        self.path = Path(path or os.environ.get(ENV) or os.devnull)

    def _read(self) -> dict:
        try:
            return json.loads(self.path.read_text() or "{}")
        except FileNotFoundError:
            return {}

    @contextmanager
    def _changing(self):
        """Read, change, write back under a lock: processes started side by side (the race
        tests) each keep their own entry, as they would in a real keychain service."""
        if self.path == Path(os.devnull):
            yield {}
            return
        with open(self.path.with_name(self.path.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            data = self._read()
            yield data
            part = self.path.with_name(self.path.name + f".{os.getpid()}.part")
            part.write_text(json.dumps(data))
            os.replace(part, self.path)

    def get_password(self, service, username):
        return self._read().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        with self._changing() as data:
            data[f"{service}/{username}"] = password

    def delete_password(self, service, username):
        with self._changing() as data:
            if data.pop(f"{service}/{username}", None) is None:
                raise PasswordDeleteError(username)
