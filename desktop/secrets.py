"""The database key, kept in the operating system's keychain through `keyring`.

One random 256-bit key per data folder, stored under the service "Boussole". The key is never
written to settings, logs or exception messages. When no keychain is usable (Linux without a
Secret Service, a locked or refused keychain) the caller is told so with KeychainUnavailable and
must let the user choose explicitly: a passphrase, or running unencrypted. No silent fallback.
"""
from __future__ import annotations

import os
from pathlib import Path

SERVICE = "Boussole"
KEY_BYTES = 32


class SecretsError(Exception):
    """A keychain problem; the message says what happened and what the user can do."""


class KeychainUnavailable(SecretsError):
    pass


def account_for(folder: Path) -> str:
    """Keychain account name for a data folder: stable, and reveals nothing of the path."""
    import hashlib   # OpenSSL: only when the keychain is asked

    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"database-key-{digest}"


def _backend():
    import keyring
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not crash the app
        raise KeychainUnavailable(_unavailable_message(type(exc).__name__)) from None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeychainUnavailable(_unavailable_message("no keychain service found"))
    return backend


def _unavailable_message(reason: str) -> str:
    return (f"the system keychain cannot be used ({reason}). Choose a passphrase to protect "
            f"your data, or decide explicitly to keep it unencrypted")


def keychain_status() -> tuple[bool, str]:
    """(usable, reason) without creating anything."""
    try:
        _backend()
    except KeychainUnavailable as exc:
        return False, str(exc)
    return True, ""


def load_key(folder: Path, account: str | None = None) -> bytes | None:
    """The folder's key, or None when the keychain holds none. `account`: another secret of
    the folder (desktop/signing_keys.py keeps one there), the database key by default."""
    backend = _backend()
    try:
        stored = backend.get_password(SERVICE, account or account_for(folder))
    except Exception as exc:
        raise KeychainUnavailable(_unavailable_message(f"{type(exc).__name__}: access refused or locked")) from None
    if stored is None:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        raise SecretsError("the key stored in the keychain for this data folder is damaged; "
                           "restore it from a backup of the keychain, or open the data with its "
                           "passphrase if you set one") from None
    if len(key) != KEY_BYTES:
        raise SecretsError("the key stored in the keychain has the wrong length; it is damaged")
    return key


def create_key(folder: Path, account: str | None = None) -> bytes:
    """Create, store and return a new random key for the folder (under `account`, if given)."""
    backend = _backend()
    key = os.urandom(KEY_BYTES)   # what secrets.token_bytes reads, without loading OpenSSL
    try:
        backend.set_password(SERVICE, account or account_for(folder), key.hex())
    except Exception as exc:
        raise KeychainUnavailable(_unavailable_message(f"{type(exc).__name__}: could not save")) from None
    if load_key(folder, account) != key:  # a keychain that silently drops writes is no keychain
        raise KeychainUnavailable(_unavailable_message("the key could not be read back"))
    return key


def delete_key(folder: Path) -> None:
    backend = _backend()
    try:
        backend.delete_password(SERVICE, account_for(folder))
    except Exception:
        pass
