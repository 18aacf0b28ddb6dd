"""Check a signed PDF with nothing else: is it intact, who signed it, what does it carry.

    read_signed_pdf(pdf_bytes, *, trust_roots=(), now=None) -> SignatureCheck

Validation is pyHanko's own, configured offline: no certificate, revocation list, OCSP answer
or timestamp is fetched (allow_fetching=False, revocation checks "soft-fail"), and no system
trust list is consulted: the only authorities are the `trust_roots` the caller gives.

Two questions are answered separately, and the result says both honestly:
- integrity: the signature is cryptographically valid and covers the whole file, i.e. not one
  byte was changed and nothing was appended after signing (`status`);
- identity: who signed, as the certificate says. A certificate Boussole created for a data
  folder is self-signed, so no authority vouches for that name ("self-stated"); a certificate
  that chains to one of `trust_roots` (e.g. a chamber's certification authority) is vouched
  for by that authority ("authority").

The signing time of a PAdES B-B signature is the signer's own clock (no timestamp authority);
it is reported as such. Attachments are read from the revision the signature covers, so a file
swapped in by a later update is never returned as if it had been signed.
"""
from __future__ import annotations

import datetime as _dt
import io
from dataclasses import dataclass, field

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from reports.signing import Attachment  # also installs the NullHandler on pyHanko's loggers
from reports.signing_identity import (certificate_fingerprint, display_name,
                                      format_fingerprint, is_self_signed, name_attribute)

VALID = "valid"          # intact, and covers the whole file
MODIFIED = "modified"    # the signed part is intact, but something was appended after signing
INVALID = "invalid"      # the signed bytes changed, or the signature itself does not check
UNSIGNED = "unsigned"    # no signature at all

AUTHORITY = "authority"      # the certificate chains to a trust root the caller gave
SELF_STATED = "self-stated"  # the name is what the certificate says; no authority vouches

_LATER = {
    ModificationLevel.LTA_UPDATES: "validation data added",
    ModificationLevel.FORM_FILLING: "form filling or further signatures",
    ModificationLevel.ANNOTATIONS: "comments or annotations added",
    ModificationLevel.OTHER: "pages, content or other objects changed",
}


class UnreadablePdf(ValueError):
    """The bytes are not a PDF that can be read at all."""


@dataclass(frozen=True)
class SignatureCheck:
    status: str                                   # VALID, MODIFIED, INVALID or UNSIGNED
    intact: bool = False                          # the signed bytes hash to the signed digest
    signature_valid: bool = False                 # the signature over that digest checks
    covers_whole_file: bool = False
    later_changes: str | None = None              # what was appended after signing, if anything
    signer: str | None = None                     # "name, organisation" as the certificate says
    signer_name: str | None = None                # the certificate's common name
    organisation: str | None = None
    issuer: str | None = None
    fingerprint: str | None = None                # SHA-256 of the signer's certificate (hex)
    self_signed: bool = False
    identity: str = SELF_STATED                   # AUTHORITY or SELF_STATED
    trust_anchor: str | None = None               # the authority, when identity == AUTHORITY
    trust_problem: str | None = None              # why no given authority vouches (if any given)
    certificate_not_before: _dt.datetime | None = None
    certificate_not_after: _dt.datetime | None = None
    signing_time: _dt.datetime | None = None      # the signer's clock (no timestamp authority)
    reason: str | None = None
    location: str | None = None
    signature_count: int = 0
    attachments: tuple[Attachment, ...] = ()      # as signed
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.status == VALID

    @property
    def fingerprint_display(self) -> str | None:
        return format_fingerprint(self.fingerprint) if self.fingerprint else None

    @property
    def certificate_valid_at_signing(self) -> bool | None:
        if None in (self.signing_time, self.certificate_not_before, self.certificate_not_after):
            return None
        return self.certificate_not_before <= self.signing_time <= self.certificate_not_after

    def attachment(self, name: str) -> Attachment | None:
        return next((a for a in self.attachments if a.name == name), None)

    def summary_lines(self) -> list[str]:
        """The verdict in plain English, one fact a line (for `boussole-cli verify`)."""
        if self.status == UNSIGNED:
            return ["Not signed: this PDF carries no signature."]
        verdict = {
            VALID: "Signature valid: the file is exactly as it was signed.",
            MODIFIED: f"MODIFIED after signing ({self.later_changes or 'changes appended'}): "
                      f"the signed part is intact, but the file is not as it was signed.",
            INVALID: "INVALID: the file was changed after signing, or its signature is damaged.",
        }[self.status]
        lines = [verdict, *(f"  - {p}" for p in self.problems)]
        if self.signer:
            if self.identity == AUTHORITY:
                lines.append(f"Signer: {self.signer} (certified by {self.trust_anchor})")
            else:
                lines.append(f"Signer: {self.signer} (as stated by the certificate; not "
                             f"vouched for by an authority)")
            lines.append(f"Certificate SHA-256 fingerprint: {self.fingerprint_display}")
        if self.signing_time:
            lines.append(f"Signed at: {self.signing_time.isoformat(sep=' ')} "
                         f"(the signer's clock)")
        for a in self.attachments:
            lines.append(f"Attached: {a.name} ({a.mime_type}, {len(a.data)} bytes, "
                         f"SHA-256 {a.sha256})")
        return lines


def _der(cert) -> bytes:
    if isinstance(cert, x509.Certificate):
        return cert.public_bytes(serialization.Encoding.DER)
    if isinstance(cert, (bytes, bytearray)):
        data = bytes(cert)
        return x509.load_pem_x509_certificate(data).public_bytes(serialization.Encoding.DER) \
            if data.lstrip().startswith(b"-----") else data
    raise TypeError(f"trust root must be a certificate or its bytes, not {type(cert).__name__}")


def _read(pdf_bytes: bytes) -> PdfFileReader:
    if not isinstance(pdf_bytes, (bytes, bytearray)) or not bytes(pdf_bytes[:1024]).lstrip() \
            .startswith(b"%PDF-"):
        raise UnreadablePdf("This is not a PDF file")
    try:
        reader = PdfFileReader(io.BytesIO(bytes(pdf_bytes)), strict=False)
        reader.root  # noqa: B018 - forces the cross-reference table and catalog to be read
        return reader
    except Exception as exc:  # any parse failure of untrusted bytes: pyHanko raises many types
        raise UnreadablePdf(f"This PDF is damaged and cannot be read ({exc})") from exc


def _text(obj) -> str | None:
    return None if obj is None else str(obj)


def _resolved(node, key):
    value = node.get(key)
    return () if value is None else value.get_object()


def _attachments(reader: PdfFileReader, revision: int) -> tuple[Attachment, ...]:
    """The embedded files of `revision` (the one the signature covers)."""
    root = reader.get_historical_resolver(revision).root
    try:
        tree = root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return ()
    out: list[Attachment] = []

    def walk(node, depth=0):
        if depth > 32:  # a hostile file could make the name tree cyclic
            return
        for kid in _resolved(node, "/Kids"):
            walk(kid.get_object(), depth + 1)
        names = _resolved(node, "/Names")
        for i in range(0, len(names) - 1, 2):
            spec = names[i + 1].get_object()
            ef = spec.get("/EF")
            if ef is None:
                continue
            stream = (ef.get("/UF") or ef.get("/F")).get_object()
            subtype = stream.get("/Subtype")
            out.append(Attachment(
                name=str(spec.get("/UF") or spec.get("/F") or names[i]),
                data=stream.data,
                mime_type=str(subtype)[1:] if subtype is not None else "application/octet-stream",
                description=_text(spec.get("/Desc")) or ""))

    walk(tree)
    return tuple(out)


def _identity_fields(cert: x509.Certificate) -> dict:
    return dict(signer=display_name(cert),
                signer_name=name_attribute(cert.subject, NameOID.COMMON_NAME),
                organisation=name_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
                issuer=(name_attribute(cert.issuer, NameOID.COMMON_NAME)
                        or cert.issuer.rfc4514_string()),
                fingerprint=certificate_fingerprint(cert), self_signed=is_self_signed(cert),
                certificate_not_before=cert.not_valid_before_utc,
                certificate_not_after=cert.not_valid_after_utc)


def read_signed_pdf(pdf_bytes: bytes, *, trust_roots=(),
                    now: _dt.datetime | None = None) -> SignatureCheck:
    """Validate the first signature of `pdf_bytes` offline; UnreadablePdf if it is no PDF.

    trust_roots: certificates (cryptography objects, DER or PEM bytes) of the authorities the
    caller trusts; none by default. now: the validation time (default: the current time).
    """
    reader = _read(pdf_bytes)
    try:
        signatures = reader.embedded_regular_signatures
    except Exception as exc:  # a malformed form tree or signature dictionary
        return SignatureCheck(INVALID, problems=(f"the signature cannot be read ({exc})",))
    if not signatures:
        return SignatureCheck(UNSIGNED)
    sig = signatures[0]
    roots = [asn1_x509.Certificate.load(_der(c)) for c in trust_roots]
    context = ValidationContext(trust_roots=roots, allow_fetching=False,
                                revocation_mode="soft-fail", moment=now)
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"},
                                match_all_key_usages=False)
    try:
        status = validate_pdf_signature(sig, context, key_usage_settings=usage)
        cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    except Exception as exc:  # damaged CMS, unknown algorithm …: pyHanko raises many types
        return SignatureCheck(INVALID, signature_count=len(signatures),
                              problems=(f"the signature cannot be checked ({exc})",))
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    problems = []
    if not status.intact:
        problems.append("the signed bytes were changed after signing (digest mismatch)")
    if not status.valid:
        problems.append("the signature does not match the certificate's key")
    if status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE,
                               SignatureCoverageLevel.ENTIRE_REVISION):
        problems.append("the signature does not cover the file the way a PDF signature must")
    later = None
    if status.coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        level = status.modification_level
        later = _LATER.get(level, "changes appended") if level is not None else "changes appended"
        if status.docmdp_ok is False:
            problems.append("the changes appended after signing are not allowed by the signer")
    broken = not (status.intact and status.valid) or (not whole and later is None)
    verdict = INVALID if broken else VALID if whole else MODIFIED
    trusted = status.trusted and bool(roots)
    anchor = status.validation_path[0].subject.human_friendly if trusted else None
    indic = status.trust_problem_indic
    try:
        attachments = _attachments(reader, sig.signed_revision)
    except Exception as exc:  # a malformed name tree: report it, keep the verdict
        attachments = ()
        problems.append(f"the attached files cannot be read ({exc})")
    return SignatureCheck(
        verdict, intact=status.intact, signature_valid=status.valid, covers_whole_file=whole,
        later_changes=later, identity=AUTHORITY if trusted else SELF_STATED,
        trust_anchor=anchor,
        trust_problem=(indic.name if roots and not trusted and indic is not None else None),
        signing_time=status.signer_reported_dt,
        reason=_text(sig.sig_object.get("/Reason")),
        location=_text(sig.sig_object.get("/Location")),
        signature_count=len(signatures), attachments=attachments, problems=tuple(problems),
        **_identity_fields(cert))
