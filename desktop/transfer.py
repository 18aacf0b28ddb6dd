"""Passphrase-protected assessment files, for moving a client between an advisor's laptops.

Authenticated encryption (AES-256-GCM from `cryptography`) with a key derived from the
passphrase by scrypt (memory-hard, so guessing passphrases on a stolen file is slow). The
header (format, KDF parameters, salt, nonce) is bound to the ciphertext as associated data, so
changing any byte of the file makes decryption fail rather than yield altered content.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

from checks.assessment import Assessment, AssessmentError, loads_assessment
from checks.atomic import atomic_write_bytes
from checks.content import Content

FORMAT = "boussole-encrypted-assessment"
VERSION = 1
# OWASP's scrypt parameters: N=2^17, r=8, p=1 (128 MiB, a fraction of a second).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAX_HEADER = 4096
MIN_PASSPHRASE = 8


# What can be wrong with an assessment file, one class per thing the person can do about it
# (the app says each in its language; the command line prints the message). All are
# AssessmentErrors, so a caller that does not care catches that.

class CannotReadFile(AssessmentError):
    """The file cannot be opened (missing, a folder, no permission)."""


class DamagedFile(AssessmentError):
    """The file is damaged, or is not a Boussole assessment file at all."""


class NewerFile(AssessmentError):
    """The file was written by a newer Boussole, in a format this one does not know."""


class WrongPassphrase(AssessmentError):
    """The passphrase does not open the file (or the file was altered in transit: AES-GCM
    cannot tell the two apart)."""


class OtherContentVersion(AssessmentError):
    """The checkup was answered with another version of the questionnaire than this Boussole's."""

    def __init__(self, message: str, file_version: str, this_version: str, newer: bool):
        super().__init__(message)
        self.file_version, self.this_version, self.newer = file_version, this_version, newer


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    """32-byte key from a passphrase; the same function serves the database passphrase mode."""
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * 1024 * 1024, dklen=32)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def write_encrypted(assessment: Assessment, path: Path, passphrase: str) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(passphrase) < MIN_PASSPHRASE:
        raise AssessmentError(f"the passphrase is too short: use at least {MIN_PASSPHRASE} "
                              f"characters")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": FORMAT, "version": VERSION, "kdf": "scrypt", "n": SCRYPT_N,
              "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt), "nonce": _b64(nonce)}
    header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    key = derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)   # exactly the header's
    ciphertext = AESGCM(key).encrypt(nonce, assessment.to_json().encode("utf-8"), header_bytes)
    # Line 1: the header as JSON (readable, so the file says what it is); line 2: ciphertext.
    atomic_write_bytes(Path(path), header_bytes + b"\n" + base64.b64encode(ciphertext) + b"\n")


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            start = fh.read(64)
    except OSError:
        return False
    return start.lstrip(b"\xef\xbb\xbf").startswith(b'{"format":"' + FORMAT.encode())


def read_encrypted(path: Path, passphrase: str, content: Content | None = None) -> Assessment:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CannotReadFile(f"cannot read {path}: {exc.strerror or exc}") from None
    return loads_assessment(decrypt(raw, passphrase), content)


def check_header(raw: bytes) -> None:
    """Raise DamagedFile or NewerFile when an encrypted file's header is unusable, before
    anyone is asked for a passphrase that could not open it anyway."""
    _parse(raw)


def _parse(raw: bytes) -> tuple[bytes, bytes, bytes, tuple[int, int, int], bytes]:
    """header bytes, salt, nonce, (n, r, p), ciphertext."""
    header_bytes, _, body = raw.lstrip(b"\xef\xbb\xbf").partition(b"\n")
    try:
        if len(header_bytes) > MAX_HEADER:
            raise ValueError("header too long")
        header = json.loads(header_bytes)
        if header.get("format") != FORMAT:
            raise ValueError("not an encrypted assessment")
        if header.get("version", 0) > VERSION:
            raise NewerFile("this encrypted file was written by a newer Boussole; update "
                            "Boussole to open it")
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        if not (2**10 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4):
            raise ValueError("unreasonable key-derivation parameters")
        ciphertext = base64.b64decode(body.strip(), validate=True)
        if len(nonce) != 12 or len(ciphertext) < 16:
            raise ValueError("no room for the ciphertext and its tag")
    except NewerFile:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DamagedFile("the encrypted file is damaged (its header cannot be read); "
                          "ask for a new export") from None
    return header_bytes, salt, nonce, (n, r, p), ciphertext


def decrypt(raw: bytes, passphrase: str) -> str:
    """The assessment JSON inside an encrypted file's bytes. Raises DamagedFile, NewerFile or
    WrongPassphrase."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header_bytes, salt, nonce, (n, r, p), ciphertext = _parse(raw)
    key = derive_key(passphrase, salt, n, r, p)
    try:
        plaintext = AESGCM(key).decrypt(nonce, ciphertext, header_bytes)
    except InvalidTag:
        raise WrongPassphrase("wrong passphrase, or the file was damaged in transit; check the "
                              "passphrase and try again, or ask for a new export") from None
    try:
        return plaintext.decode("utf-8")
    except UnicodeDecodeError:
        raise DamagedFile("the encrypted file holds no assessment text; ask for a new "
                          "export") from None
