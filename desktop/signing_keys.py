"""The data folder's signing identity: who signs the PDFs, and where its private key is kept.

Every report is signed (desktop/report_job.py). Each data folder gets its own identity at its
first export: an RSA key and a certificate naming the business (owner mode) or the advisor and
their organisation (advisor mode) — reports.signing_identity.create_identity. It is created
again when it is about to expire (RENEW_DAYS) or when that name changed. An advisor can load
their own certificate instead (a PKCS#12 file and its password, in Settings): it then signs
every report while it is valid; once expired, the folder's own identity signs again, and
Settings says so.

The private key is never written in clear. Both identities are kept in the data folder as
PKCS#12 files encrypted by `SigningIdentity.to_stored(secret)` (AES-256, key derived with HKDF
from `secret`), and `secret` is kept where the database key is:

- keychain mode: the database key itself, which lives in the system keychain;
- passphrase mode: the database key derived from the passphrase (so the identity opens only
  with the passphrase, like the database);
- unencrypted by choice: a random secret of its own in the system keychain when there is one;
  with no keychain, there is nowhere to keep a secret, so no identity is stored at all: each
  app session (or command) signs with a key made for it and held in memory only, and the
  certificate's fingerprint changes from one session to the next (docs/security.md).

Files (docs/security.md): `signing-identity.p12` and `signing-certificate.p12` (the advisor's).
A file that no longer opens with the secret (the database was re-keyed) is replaced by a new
identity; the advisor's is reported as unreadable in Settings. No Qt here.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checks.atomic import atomic_write_bytes
from desktop import secrets

if TYPE_CHECKING:
    from reports.signing_identity import SigningIdentity

IDENTITY_FILE = "signing-identity.p12"      # created by Boussole for this folder
OWN_FILE = "signing-certificate.p12"        # the advisor's own certificate, re-encrypted
RENEW_DAYS = 30                             # a created identity is renewed this close to expiry
FALLBACK_NAME = "Boussole"                  # a name with no letter a certificate can hold
MAX_PKCS12 = 1024 * 1024                    # a certificate file is a few kilobytes

NO_PROTECTION = "no_protection"             # SigningKeyError.reason values
TOO_LARGE = "too_large"
UNREADABLE = "unreadable"


class SigningKeyError(Exception):
    """The folder cannot keep a certificate; `reason` for a translated message."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class CertificateInfo:
    """An advisor's certificate as Settings shows it."""

    signer: str                 # "name, organisation" as the certificate says
    issuer: str                 # the authority that issued it (the signer when self-signed)
    not_after: _dt.datetime
    fingerprint: str            # "AB:CD:…"
    self_signed: bool
    expired: bool


_lock = threading.Lock()            # one export creating an identity at a time, per process
_session_identities: dict[str, SigningIdentity] = {}   # in memory only: see session_identity
_opened: dict[tuple[bytes, bytes], SigningIdentity] = {}   # stored files already opened


def _account(folder: Path) -> str:
    return secrets.account_for(folder).replace("database-key-", "signing-secret-")


class FolderSigning:
    """The signing identities of one data folder, opened with the folder's secret."""

    def __init__(self, folder: Path, database_key: bytes | None, *, keychain: bool = True):
        self.folder = Path(folder)
        self._database_key = database_key
        self._keychain = keychain
        self._secret_cache: bytes | None = None

    @classmethod
    def for_workspace(cls, workspace) -> "FolderSigning":
        """For an open desktop.workspace.Workspace (the app's, the self-test's)."""
        return cls(workspace.folder, workspace.key, keychain=workspace.keychain)

    # -- the secret that protects the stored identities -----------------------------------------

    def secret(self) -> bytes | None:
        """The folder's database key, else (unencrypted) a secret of its own in the keychain,
        else None: nothing can be stored protected."""
        if self._database_key is not None:
            return self._database_key
        if self._secret_cache is None and self._keychain:
            try:
                self._secret_cache = (secrets.load_key(self.folder, _account(self.folder))
                                      or secrets.create_key(self.folder, _account(self.folder)))
            except secrets.SecretsError:
                return None
        return self._secret_cache

    # -- the identity that signs ---------------------------------------------------------------

    def identity(self, name: str, organisation: str | None = None,
                 now: _dt.datetime | None = None) -> SigningIdentity:
        """Who signs a report naming `name` (and `organisation`): the advisor's own certificate
        while it is valid, else the folder's identity, created or renewed as needed."""
        now = now or _dt.datetime.now(_dt.timezone.utc)
        own = self._own(now)
        if own is not None:
            return own
        name, organisation, subject = _subject(name, organisation)
        with _lock:
            secret = self.secret()
            if secret is None:
                return _session_identity(name, organisation, subject, now)
            current = self._read(IDENTITY_FILE, secret)
            if (current is not None and current.certificate.subject == subject
                    and not current.expires_within(RENEW_DAYS, now)):
                return current
            return self._create(name, organisation, secret, now)

    def _create(self, name: str, organisation: str | None, secret: bytes,
                now: _dt.datetime) -> SigningIdentity:
        from reports.signing_identity import create_identity

        identity = create_identity(name, organisation, now=now)
        atomic_write_bytes(self.folder / IDENTITY_FILE, identity.to_stored(secret))
        return identity

    def _read(self, filename: str, secret: bytes) -> SigningIdentity | None:
        from reports.signing_identity import IdentityError, load_stored_identity

        try:
            data = (self.folder / filename).read_bytes()
        except OSError:
            return None
        # Opening costs about 50 ms (key derivation, then the RSA key's own checks): an app
        # session opens each file once, not at every export.
        key = (hashlib.sha256(data).digest(), hashlib.sha256(secret).digest())
        if key in _opened:
            return _opened[key]
        try:
            identity = load_stored_identity(data, secret)
        except IdentityError:
            return None   # damaged, or sealed with another key: not usable here
        _opened[key] = identity
        return identity

    def _own(self, now: _dt.datetime) -> SigningIdentity | None:
        secret = self.secret()
        if secret is None or not (self.folder / OWN_FILE).exists():
            return None
        own = self._read(OWN_FILE, secret)
        if own is None or own.not_after <= now or own.not_before > now:
            return None
        return own

    # -- the advisor's own certificate (Settings) -----------------------------------------------

    def own_certificate(self, now: _dt.datetime | None = None) -> CertificateInfo | None:
        """The advisor's certificate, if one was loaded; SigningKeyError(UNREADABLE) when its
        file no longer opens (load it again)."""
        if not (self.folder / OWN_FILE).exists():
            return None
        secret = self.secret()
        own = self._read(OWN_FILE, secret) if secret is not None else None
        if own is None:
            raise SigningKeyError(UNREADABLE, "The certificate loaded before cannot be opened "
                                              "any more (the data folder's key changed): load "
                                              "it again")
        return _info(own, now)

    def load_own(self, data: bytes, password: str,
                 now: _dt.datetime | None = None) -> CertificateInfo:
        """Check a PKCS#12 file and its password, then keep it (encrypted) for this folder.
        Raises reports.signing_identity.IdentityError (its `reason` says what is wrong) or
        SigningKeyError (the folder has nowhere to keep it protected)."""
        from reports.signing_identity import load_pkcs12

        if len(data) > MAX_PKCS12:
            raise SigningKeyError(TOO_LARGE, "This file is too large to be a certificate file "
                                             "(.p12 or .pfx)")
        identity = load_pkcs12(data, password, now=now)
        secret = self.secret()
        if secret is None:
            raise SigningKeyError(NO_PROTECTION, "This data folder is not encrypted and no "
                                                 "system keychain is available, so the "
                                                 "certificate's private key cannot be kept "
                                                 "protected: protect the data with a "
                                                 "passphrase first")
        with _lock:
            atomic_write_bytes(self.folder / OWN_FILE, identity.to_stored(secret))
        return _info(identity, now)

    def remove_own(self) -> None:
        """Stop signing with the advisor's certificate (the folder's own identity signs)."""
        try:
            (self.folder / OWN_FILE).unlink()
        except FileNotFoundError:
            pass


def session_identity(name: str, organisation: str | None = None,
                     now: _dt.datetime | None = None) -> SigningIdentity:
    """An identity kept in memory only, one per name for the life of the process: what signs
    when there is no data folder, or when it has nowhere to keep a key protected."""
    now = now or _dt.datetime.now(_dt.timezone.utc)
    name, organisation, subject = _subject(name, organisation)
    with _lock:
        return _session_identity(name, organisation, subject, now)


def _subject(name: str, organisation: str | None):
    """(name, organisation, certificate subject); FALLBACK_NAME for a name with no letter a
    certificate can hold (a business named only with emoji)."""
    from reports.signing_identity import IdentityError, subject_for

    try:
        return name, organisation, subject_for(name, organisation)
    except IdentityError:
        return FALLBACK_NAME, None, subject_for(FALLBACK_NAME)


def _session_identity(name: str, organisation: str | None, subject,
                      now: _dt.datetime) -> SigningIdentity:
    from reports.signing_identity import create_identity

    key = subject.rfc4514_string()
    identity = _session_identities.get(key)
    if identity is None or identity.expires_within(RENEW_DAYS, now):
        identity = create_identity(name, organisation, now=now)
        _session_identities[key] = identity
    return identity


def _info(identity: SigningIdentity, now: _dt.datetime | None) -> CertificateInfo:
    from reports.signing_identity import format_fingerprint, issuer_name

    now = now or _dt.datetime.now(_dt.timezone.utc)
    return CertificateInfo(identity.display_name, issuer_name(identity), identity.not_after,
                           format_fingerprint(identity.fingerprint), identity.self_signed,
                           identity.not_after <= now)


def open_folder_signing(data_dir, ask) -> FolderSigning:
    """The signing identities of a data folder for the command line, which needs no store:
    when the folder already has its key, it is read without taking the folder's lock (so
    `boussole-cli report` works while the app is open; nothing is written but the identity
    file); a new folder is opened through desktop.workspace (lock, key, store) so that its key
    is decided once. Raises what open_workspace or desktop.keys.resolve_key raise."""
    from desktop import paths
    from desktop.keys import database_state, resolve_key
    from desktop.settings import Settings

    folder = paths.data_dir(data_dir)
    settings = Settings(folder)
    state = database_state(folder)
    mode = settings.get("storage_mode")
    if state == "encrypted" or (state == "plaintext" and mode == "plaintext"):
        # The folder's key exists already: reading it writes no key material.
        return FolderSigning(folder, resolve_key(folder, settings, ask, 1))
    from desktop.workspace import open_workspace

    with open_workspace(folder, ask, settings=settings, attempts=1) as workspace:
        return FolderSigning.for_workspace(workspace)
