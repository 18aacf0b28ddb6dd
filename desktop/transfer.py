"""Passphrase-protected assessment files, for moving a client between an advisor's laptops.

Authenticated encryption (AES-256-GCM from `cryptography`) with a key derived from the
passphrase by scrypt (memory-hard, so guessing passphrases on a stolen file is slow). The
header (format, KDF parameters, salt, nonce) is bound to the ciphertext as associated data, so
changing any byte of the file makes decryption fail rather than yield altered content.
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from checks.assessment import Assessment, AssessmentError, loads_assessment
from checks.atomic import atomic_write_bytes

if TYPE_CHECKING:
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
    """32-byte key from a passphrase; the same function serves the database passphrase mode.
    AssessmentError when the passphrase is not text (bytes from an environment variable that
    are not UTF-8 arrive as lone surrogates)."""
    try:
        secret = passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise AssessmentError("the passphrase holds bytes that are not UTF-8 text; type it "
                              "again, or set BOUSSOLE_PASSPHRASE in a UTF-8 terminal") from None
    import hashlib   # OpenSSL, ~4 ms to load: only when a passphrase is used

    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32)


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
    """The assessment in a protected file. With `content` (today's checklist), it is checked
    against the version it was answered with: today's or an archived one."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CannotReadFile(f"cannot read {path}: {exc.strerror or exc}") from None
    assessment = loads_assessment(decrypt(raw, passphrase))
    if content is not None:   # checked against the checklist it was answered with
        from checks.content_versions import with_its_content

        with_its_content(assessment, content)
    return assessment


def check_header(raw: bytes) -> None:
    """Raise DamagedFile or NewerFile when an encrypted file's header is unusable, before
    anyone is asked for a passphrase that could not open it anyway."""
    _parse(raw)


def _damaged() -> DamagedFile:
    return DamagedFile("the encrypted file is damaged (its header cannot be read); ask for a "
                       "new export")


def _parse(raw: bytes) -> tuple[bytes, bytes, bytes, tuple[int, int, int], bytes]:
    """header bytes, salt, nonce, (n, r, p), ciphertext; checked against what this Boussole
    writes and can afford: hostile values (a memory-hungry n, a nonce AES-GCM refuses, a header
    in another shape) give the one DamagedFile error, never an exception from the KDF or the
    cipher."""
    from checks import strict_json

    header_bytes, _, body = raw.lstrip(b"\xef\xbb\xbf").partition(b"\n")
    if len(header_bytes) > MAX_HEADER:
        raise _damaged()
    try:
        header = strict_json.loads(header_bytes)
    except AssessmentError:
        raise _damaged() from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _damaged()
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged()
    if version > VERSION:
        raise NewerFile("this encrypted file was written by a newer Boussole; update "
                        "Boussole to open it")
    try:
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        n, r, p = (header[k] for k in ("n", "r", "p"))
        ciphertext = base64.b64decode(body.strip(), validate=True)
    except (KeyError, TypeError, ValueError):
        raise _damaged() from None
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
        raise _damaged()
    # scrypt needs 128 * r * n bytes: up to what this Boussole writes (n = 2^17, r = 8).
    power_of_two = n >= 2 and n & (n - 1) == 0
    if not (power_of_two and 2**10 <= n <= SCRYPT_N and 1 <= r <= SCRYPT_R and 1 <= p <= 4
            and 128 * r * n <= 128 * SCRYPT_R * SCRYPT_N):
        raise _damaged()
    if not 16 <= len(salt) <= 64 or len(nonce) != 12 or len(ciphertext) < 16:
        raise _damaged()
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
        raise DamagedFile("the encrypted file holds no assessment (its content is not UTF-8 "
                          "text); ask for a new export") from None
