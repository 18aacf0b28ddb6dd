"""Sealed copies: an unencrypted database file set aside in an encrypted data folder (a damaged
store that could not be converted, a backup that could not be), encrypted with the store's
key so that it is "encrypted like the store" although SQLCipher cannot convert it.

Format: line 1 is a JSON header (format, version, nonce), then the AES-256-GCM ciphertext of
the whole file, the header bound to it as associated data. The key is derived from the store's
32-byte key with HKDF-SHA256 (its own `info`), so the store key itself encrypts nothing else.
Sealing writes `<name>.sealing`, fsyncs it, renames it over the copy, and zeroes the old bytes
through a descriptor kept open across the rename (desktop/wipe.py): a crash leaves either the
plaintext copy or the sealed one, never neither.

A sealed copy is read back in memory only (`unseal`), never written out in clear: Boussole
reads it to tell whether it still holds a business (desktop/store/aside.py).
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from desktop import wipe

FORMAT = "boussole-sealed-copy"
VERSION = 1
MAGIC = b'{"format":"' + FORMAT.encode("ascii") + b'"'
_INFO = b"boussole set-aside copy v1"


class SealError(Exception):
    """The sealed copy cannot be opened with this key (another key, or damaged)."""


def _subkey(key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(bytes(key))


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def seal(path: Path, key: bytes) -> None:
    """Encrypt the file at `path` in place (see the module's text). OSError when it cannot be
    written; the plaintext file is then left as it was."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    path = Path(path)
    nonce = os.urandom(12)
    header = json.dumps({"format": FORMAT, "version": VERSION,
                         "nonce": base64.b64encode(nonce).decode("ascii")},
                        separators=(",", ":")).encode("ascii")
    data = path.read_bytes()
    sealed = AESGCM(_subkey(key)).encrypt(nonce, data, header)
    partial = path.with_name(path.name + ".sealing")
    try:
        with open(partial, "wb") as fh:
            fh.write(header + b"\n" + sealed)
            fh.flush()
            os.fsync(fh.fileno())
        wipe.replace_scrubbing(partial, path)
    except BaseException:
        wipe.remove_quietly(partial)
        raise


def unseal(path: Path, key: bytes) -> bytes:
    """The original bytes of a sealed copy, in memory. SealError if the key does not open it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    raw = Path(path).read_bytes()
    header, _, body = raw.partition(b"\n")
    try:
        fields = json.loads(header)
        nonce = base64.b64decode(fields["nonce"], validate=True)
        if fields.get("format") != FORMAT or len(nonce) != 12:
            raise ValueError
        return AESGCM(_subkey(key)).decrypt(nonce, body, header)
    except (ValueError, KeyError, TypeError, AttributeError, InvalidTag):
        raise SealError(f"the set-aside copy {path} cannot be opened with this data folder's "
                        f"key (another key, or the copy is damaged)") from None
