"""Who signs a Boussole PDF: a private key and the X.509 certificate that names its holder.

Two kinds of identity, one type (`SigningIdentity`):
- created for a data folder (`create_identity`): an RSA-2048 key and a self-signed certificate
  naming the business (owner mode) or "advisor, organisation" (advisor mode). RSA rather than
  EC: every PDF reader a bank may use checks RSA signatures, and PKCS#1 v1.5 signatures are
  deterministic, so the same report signed at the same time gives the same bytes.
- an advisor's own certificate (`load_pkcs12`), e.g. from their chamber's certification
  authority: a PKCS#12 (.p12/.pfx) file and its password. Its intermediate certificates are kept
  and embedded in every signature so a bank can build the chain.

Storage (`SigningIdentity.to_stored` / `load_stored_identity`): the key is never serialised in
clear. It is written as a PKCS#12 blob (key + certificate + chain) encrypted with AES-256-CBC and
PBKDF2-SHA256, MAC'd with HMAC-SHA256, under a password derived by HKDF-SHA256 from a secret the
caller holds (desktop passes the data folder's database key, from the keychain or the
passphrase). HKDF keeps the two uses of that secret apart: the blob's password reveals nothing
about the database key. Key generation is done once per data folder, never per export.

Errors are `IdentityError` with a `reason` code (for a translated message in the app) and an
English message that says what is wrong and what to do.
"""
from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import stringprep
import unicodedata
from dataclasses import dataclass, field

from asn1crypto import pkcs12 as _asn1_pkcs12
from asn1crypto import x509 as _asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

VALID_YEARS = 5
MAX_NAME = 64                 # X.509 bound for a common or organisation name, in UTF-8 bytes
STORED_KDF_ROUNDS = 20_000    # the password is a 256-bit derived value: rounds only add a margin
_HKDF_INFO = b"boussole/signing-identity/v1"
_FRIENDLY_NAME = b"Boussole signing identity"

# IdentityError.reason values
WRONG_PASSWORD = "wrong_password"
NOT_PKCS12 = "not_pkcs12"
EXPIRED = "expired"
NOT_YET_VALID = "not_yet_valid"
NO_KEY = "no_key"
UNUSABLE_KEY = "unusable_key"
BAD_NAME = "bad_name"


class IdentityError(ValueError):
    """A signing identity cannot be created or loaded; `reason` is one of the codes above."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def format_fingerprint(hex_digest: str) -> str:
    """'AB:CD:…' in upper case, as `openssl x509 -fingerprint -sha256` and viewers print it."""
    h = hex_digest.upper()
    return ":".join(h[i:i + 2] for i in range(0, len(h), 2))


def certificate_fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER encoding, lower-case hex (64 characters)."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def name_attribute(name: x509.Name, oid) -> str | None:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else None


def display_name(cert: x509.Certificate) -> str:
    """The signer as the certificate says: "common name, organisation" (or either alone)."""
    cn = name_attribute(cert.subject, NameOID.COMMON_NAME)
    org = name_attribute(cert.subject, NameOID.ORGANIZATION_NAME)
    parts = [p for p in (cn, org) if p]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    return ", ".join(parts) or cert.subject.rfc4514_string()


def issuer_name(identity: "SigningIdentity") -> str:
    """Who vouches for the name: the issuing authority as its own certificate names it."""
    cert = identity.certificate
    if identity.self_signed:
        return identity.display_name
    for ca in identity.chain:
        if ca.subject == cert.issuer:
            return display_name(ca)
    return (name_attribute(cert.issuer, NameOID.COMMON_NAME)
            or cert.issuer.rfc4514_string())


def is_self_signed(cert: x509.Certificate) -> bool:
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


@dataclass(frozen=True)
class SigningIdentity:
    """A private key and its certificate (plus the issuing chain, when there is one)."""

    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = field(repr=False,
                                                                         compare=False)
    chain: tuple[x509.Certificate, ...] = ()  # issuing authorities, embedded in signatures

    @property
    def signer_name(self) -> str:
        """The certificate's common name (the business, or the advisor)."""
        return name_attribute(self.certificate.subject, NameOID.COMMON_NAME) or ""

    @property
    def organisation(self) -> str | None:
        return name_attribute(self.certificate.subject, NameOID.ORGANIZATION_NAME)

    @property
    def display_name(self) -> str:
        return display_name(self.certificate)

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate)

    @property
    def self_signed(self) -> bool:
        return is_self_signed(self.certificate)

    @property
    def not_before(self) -> _dt.datetime:
        return self.certificate.not_valid_before_utc

    @property
    def not_after(self) -> _dt.datetime:
        return self.certificate.not_valid_after_utc

    def expires_within(self, days: int, now: _dt.datetime | None = None) -> bool:
        """True when the certificate is no longer valid `days` days from now (time to renew)."""
        now = now or _dt.datetime.now(_dt.timezone.utc)
        return self.not_after <= now + _dt.timedelta(days=days)

    def to_stored(self, secret: bytes) -> bytes:
        """The identity as an encrypted PKCS#12 blob, openable only with the same secret."""
        encryption = (serialization.PrivateFormat.PKCS12.encryption_builder()
                      .kdf_rounds(STORED_KDF_ROUNDS)
                      .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
                      .hmac_hash(hashes.SHA256())
                      .build(_stored_password(secret)))
        return pkcs12.serialize_key_and_certificates(
            _FRIENDLY_NAME, self.private_key, self.certificate, list(self.chain) or None, encryption)


def _stored_password(secret: bytes) -> bytes:
    if not isinstance(secret, (bytes, bytearray)) or len(secret) < 16:
        raise ValueError("the secret protecting a signing identity must be at least 16 bytes")
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=_HKDF_INFO).derive(bytes(secret))
    return base64.urlsafe_b64encode(derived)  # ASCII: PKCS#12 passwords are text


def _prohibited(char: str) -> bool:
    """A character X.509 name comparison (RFC 4518, as asn1crypto and so pyHanko apply it)
    rejects: unassigned in Unicode 3.2 (most emoji), private use, non-characters, …"""
    return any(stringprep.in_table_a1(c) or stringprep.in_table_c3(c)
               or stringprep.in_table_c4(c) or stringprep.in_table_c5(c)
               or stringprep.in_table_c8(c) or c == "\ufffd"
               for c in unicodedata.normalize("NFKC", char))


def _comparable(text: str) -> bool:
    try:
        _asn1_x509.Name.build({"common_name": text}).chosen[0][0].prepped_value  # noqa: B018
        return True
    except ValueError:
        return False


def _clean_name(text: str | None) -> str | None:
    """A name fit for a certificate: no control characters, at most 64 bytes in UTF-8, only
    characters every X.509 reader can compare (emoji are dropped: "🥐 Chez Paul" → "Chez Paul").

    RFC 5280 bounds these names at 64 characters; cryptography counts UTF-8 bytes, so an
    accented name is cut a little earlier (a business name rarely comes near either bound).
    """
    if text is None:
        return None
    text = "".join(" " if unicodedata.category(c).startswith("C") else c for c in str(text))
    text = "".join(c for c in text if not _prohibited(c))
    if not _comparable(text):  # right-to-left letters mixed with others: keep the others
        text = "".join(c for c in text if not stringprep.in_table_d1(c))
    text = " ".join(text.split())
    if not text:
        return None
    if len(text.encode("utf-8")) > MAX_NAME:
        while len(text.encode("utf-8")) > MAX_NAME - len("…".encode("utf-8")):
            text = text[:-1]
        text = text.rstrip() + "…"
    return text


def subject_for(name: str, organisation: str | None = None,
                country: str | None = "FR") -> x509.Name:
    """The certificate subject for a signer: CN = name, O = organisation (or the name)."""
    cn = _clean_name(name)
    if not cn:
        raise IdentityError(BAD_NAME, "A signing certificate needs the name of the business "
                                      "or of the advisor, in letters: enter one, then export "
                                      "again")
    org = _clean_name(organisation) or cn
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, cn),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)]
    if country:
        attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, country))
    return x509.Name(attributes)


def create_identity(name: str, organisation: str | None = None, *, country: str | None = "FR",
                    valid_years: int = VALID_YEARS,
                    now: _dt.datetime | None = None) -> SigningIdentity:
    """A new RSA-2048 key and a self-signed certificate naming `name` (and `organisation`).

    Owner mode: create_identity(business_name). Advisor mode: create_identity(advisor_name,
    organisation). Valid from an hour ago (clock skew) for `valid_years` years; key usage
    digitalSignature + nonRepudiation, not a certification authority.
    """
    subject = subject_for(name, organisation, country)
    now = now or _dt.datetime.now(_dt.timezone.utc)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _dt.timedelta(hours=1))
            .not_valid_after(now + _dt.timedelta(days=365 * valid_years + valid_years // 4))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(ski, critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski),
                           critical=False)
            .sign(key, hashes.SHA256()))
    return SigningIdentity(cert, key)


def load_stored_identity(data: bytes, secret: bytes) -> SigningIdentity:
    """Open a blob written by `SigningIdentity.to_stored` with the same secret.

    A wrong secret (the data folder's key changed) raises IdentityError(WRONG_PASSWORD): the
    caller creates a new identity. Expiry is not checked here; see `expires_within`.
    """
    return _from_pkcs12(data, _stored_password(secret), stored=True, now=None)


def load_pkcs12(data: bytes, password: str | bytes | None,
                now: _dt.datetime | None = None) -> SigningIdentity:
    """An advisor's own certificate and key from a PKCS#12 (.p12/.pfx) file and its password."""
    if isinstance(password, str):
        password = password.encode("utf-8")
    return _from_pkcs12(data, password, stored=False,
                        now=now or _dt.datetime.now(_dt.timezone.utc))


def _looks_like_pkcs12(data: bytes) -> bool:
    try:
        pfx = _asn1_pkcs12.Pfx.load(data, strict=True)
        return (pfx["version"].native == "v3"
                and pfx["auth_safe"]["content_type"].native in ("data", "signed_data"))
    except Exception:  # asn1crypto raises ValueError, TypeError and others on garbage
        return False


def _open(data: bytes, password: bytes | None):
    if password and b"\x00" in password:
        return None  # no PKCS#12 password holds a NUL (and the loader would abort on one)
    attempts = [password]
    if not password:
        attempts = [None, b""]  # files "without password" use either form
    for attempt in attempts:
        try:
            return pkcs12.load_pkcs12(data, attempt)
        except ValueError:
            continue
    return None


def _from_pkcs12(data: bytes, password: bytes | None, *, stored: bool,
                 now: _dt.datetime | None) -> SigningIdentity:
    what = "the stored signing identity" if stored else "This file"
    if not isinstance(data, (bytes, bytearray)) or not _looks_like_pkcs12(bytes(data)):
        hint = (" (it looks like a PEM text file: export the certificate with its private key "
                "as PKCS#12, .p12 or .pfx)" if bytes(data[:64]).lstrip().startswith(b"-----")
                else "")
        raise IdentityError(NOT_PKCS12, f"{what} is not a PKCS#12 certificate file "
                                        f"(.p12 or .pfx){hint}")
    bundle = _open(bytes(data), password)
    if bundle is None:
        if stored:
            raise IdentityError(WRONG_PASSWORD, "The stored signing identity cannot be opened "
                                                "with this data folder's key; a new one must "
                                                "be created")
        raise IdentityError(WRONG_PASSWORD, "Wrong password for this certificate file: type "
                                            "the password you were given with it")
    key = bundle.key
    if key is None:
        raise IdentityError(NO_KEY, f"{what} holds no private key, only certificates: export "
                                    f"it again with its private key")
    certs = [c.certificate for c in ([bundle.cert] if bundle.cert else [])]
    certs += [c.certificate for c in bundle.additional_certs]
    public = _public_der(key)
    mine = [c for c in certs if _public_der(c.public_key()) == public]
    if not mine:
        raise IdentityError(NO_KEY, f"{what} holds a private key but not its certificate: "
                                    f"export it again with the matching certificate")
    cert = mine[0]
    _check_usable(cert, key, now)
    chain = tuple(c for c in certs if c is not cert)
    return SigningIdentity(cert, key, chain)


def _public_der(key_or_public) -> bytes:
    public = key_or_public.public_key() if hasattr(key_or_public, "private_bytes") \
        else key_or_public
    return public.public_bytes(serialization.Encoding.DER,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def _check_usable(cert: x509.Certificate, key, now: _dt.datetime | None) -> None:
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < 2048:
            raise IdentityError(UNUSABLE_KEY, f"This certificate's key is too short "
                                              f"({key.key_size} bits, 2048 needed) for a "
                                              f"signature a bank will accept")
    elif not isinstance(key, ec.EllipticCurvePrivateKey):
        raise IdentityError(UNUSABLE_KEY, "This certificate's key type cannot sign PDF "
                                          "documents here (RSA or elliptic-curve keys only)")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            raise IdentityError(UNUSABLE_KEY, "This certificate is not meant for signatures "
                                              "(its key usage excludes signing): ask your "
                                              "certification authority for a signing "
                                              "certificate")
    except x509.ExtensionNotFound:
        pass
    if now is None:
        return
    if cert.not_valid_after_utc <= now:
        raise IdentityError(EXPIRED, f"This certificate expired on "
                                     f"{cert.not_valid_after_utc:%Y-%m-%d}: ask your "
                                     f"certification authority for a new one")
    if cert.not_valid_before_utc > now:
        raise IdentityError(NOT_YET_VALID, f"This certificate is valid only from "
                                           f"{cert.not_valid_before_utc:%Y-%m-%d}: check the "
                                           f"computer's date, or wait until then")
