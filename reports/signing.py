"""Sign a finished PDF (PAdES baseline B-B, with pyHanko) and attach machine-readable files to it.

    sign_pdf(pdf_bytes, identity, *, reason, location=None, attachments=(),
             signing_time=None, block=None) -> bytes

One incremental update is appended to the PDF reportlab wrote: the attachments first (PDF
embedded files, listed in the document's /AF with relationship /Data, as Factur-X invoices
carry their XML), then the signature, so the signature's byte range covers the attachments as
well as every page. The signature is a certification signature (DocMDP level 2: only form
filling and further signatures allowed afterwards), so any PDF reader flags a page or comment
added later, not only Boussole.

The visible block ("signed by … on … certificate fingerprint …") is drawn by the report itself
on its last page, in its own fonts and language, from `signature_block(identity, time)`; the
same time is then passed to sign_pdf so the block and the signature agree. `block` places the
signature field's clickable area over that drawing (it draws nothing itself), so clicking the
block in a PDF reader opens the signature's details.

Deterministic where it can be: with a fixed `signing_time` and an RSA identity, the same input
gives the same bytes (the file identifier pyHanko would draw at random is derived from the
content instead). ECDSA signatures from an advisor's EC key stay randomised.
No network: no timestamp authority is asked (B-B carries the signer's own clock), no
revocation information is fetched or embedded.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import io
import logging
import re
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as _PyhankoSigningError
from pyhanko.sign.signers.pdf_signer import PdfSigner
from pyhanko.stamp.noop import NoOpStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from reports.signing_identity import SigningIdentity, format_fingerprint, issuer_name

FIELD_NAME = "BoussoleSignature"
MAX_TEXT = 200  # reason / location: short texts a reader's signature panel shows

# pyHanko reports through `logging`; without a handler Python prints its warnings (with
# tracebacks) on stderr. Library convention: a NullHandler, the application decides.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())


class PdfSigningError(Exception):
    """The PDF cannot be signed; the message says why and what to do."""


@dataclass(frozen=True)
class Attachment:
    """A file carried inside the PDF (e.g. the partner edition's figures as JSON)."""

    name: str
    data: bytes
    mime_type: str = "application/json"
    description: str = ""

    @property
    def sha256(self) -> str:
        """Hex digest of `data`: what the page can print so a reader can tie the two together."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class SignatureBlock:
    """What the visible block on the last page says, known before signing."""

    signer: str                # "Boulangerie Martin" or "Claire Dupont, CCI Lyon"
    signer_name: str           # the certificate's common name
    organisation: str | None
    signed_at: _dt.datetime    # aware, whole seconds: pass the same value to sign_pdf
    fingerprint: str           # SHA-256 of the certificate, 64 hex characters
    fingerprint_display: str   # "AB:CD:…" as certificate viewers print it
    self_signed: bool          # True: no authority vouches for the name (say so on the page)
    issuer: str                # who issued the certificate (the signer itself when self-signed)


@dataclass(frozen=True)
class BlockPlacement:
    """Where the report drew the block: page index (-1 = last), box in PDF points."""

    page: int
    box: tuple[float, float, float, float]  # lower-left x, y, upper-right x, y


def normalise_time(signing_time: _dt.datetime | None) -> _dt.datetime:
    """An aware time without microseconds (PDF dates hold whole seconds); now when None."""
    if signing_time is None:
        signing_time = _dt.datetime.now(_dt.timezone.utc)
    if signing_time.tzinfo is None or signing_time.utcoffset() is None:
        raise ValueError("signing_time must carry its time zone (an aware datetime)")
    return signing_time.replace(microsecond=0)


def signature_block(identity: SigningIdentity,
                    signing_time: _dt.datetime | None = None) -> SignatureBlock:
    """The visible block's data for `identity` signing at `signing_time` (now when None)."""
    return SignatureBlock(
        signer=identity.display_name, signer_name=identity.signer_name,
        organisation=identity.organisation, signed_at=normalise_time(signing_time),
        fingerprint=identity.fingerprint,
        fingerprint_display=format_fingerprint(identity.fingerprint),
        self_signed=identity.self_signed, issuer=issuer_name(identity))


class _KeySigner(signers.SimpleSigner):
    """pyHanko's in-memory signer, signing with the key object already loaded.

    SimpleSigner re-parses the DER key for every signature; for RSA, cryptography then re-runs
    its key validation, about 50 ms each time (twice per PDF: size estimate, then signature).
    """

    def __init__(self, identity: SigningIdentity):
        der = serialization.Encoding.DER
        cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(der))
        chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in identity.chain]
        key = asn1_keys.PrivateKeyInfo.load(identity.private_key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        super().__init__(signing_cert=cert, signing_key=key,
                         cert_registry=SimpleCertificateStore.from_certs([cert, *chain]))
        self._key = identity.private_key

    def sign_raw(self, data: bytes, digest_algorithm: str, dry_run=False) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        algorithm = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, padding.PKCS1v15(), algorithm)
        if mechanism == "ecdsa" and isinstance(self._key, ec.EllipticCurvePrivateKey):
            return self._key.sign(data, ec.ECDSA(algorithm))
        return super().sign_raw(data, digest_algorithm)


# The room reserved in the PDF for the signature, per certificate: pyHanko measures it by
# building a whole trial signature (about a third of the signing time), and for one certificate
# it is always the same (the same certificates and attributes, digests of fixed length, and a
# margin over an ECDSA signature's byte or two of variation). A plain dict: an entry is written
# once with the value any thread would write.
_ROOM: dict[tuple[str, bool], int] = {}


class _Signer(PdfSigner):
    """pyHanko's signer, with the signing time chosen by the caller instead of the clock and the
    signature's room measured once per certificate."""

    def __init__(self, *args, signing_time: _dt.datetime, certificate: str, **kwargs):
        super().__init__(*args, **kwargs)
        self._signing_time = signing_time
        self._certificate = certificate

    def init_signing_session(self, pdf_out, existing_fields_only=False):
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._signing_time  # /M and the block show the same second
        measure = session.estimate_signature_container_size
        certificate = self._certificate

        async def room(*args, tight: bool = False, **kwargs) -> int:
            key = (certificate, tight)
            if key not in _ROOM:
                _ROOM[key] = await measure(*args, tight=tight, **kwargs)
            return _ROOM[key]

        session.estimate_signature_container_size = room
        return session


def _short(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(str(text).split())
    return (text[:MAX_TEXT - 1] + "…") if len(text) > MAX_TEXT else (text or None)


_SAFE_NAME = re.compile(r"[^\w.\- ]+", re.UNICODE)


def _check_attachments(attachments) -> list[Attachment]:
    seen, out = set(), []
    for a in attachments:
        name = _SAFE_NAME.sub("_", a.name).strip(" .") if a.name else ""
        if not name or name != a.name:
            raise ValueError(f"attachment name {a.name!r} is not a plain file name")
        if name in seen:
            raise ValueError(f"two attachments are named {name!r}")
        if not re.fullmatch(r"[\w.+-]+/[\w.+-]+", a.mime_type):
            raise ValueError(f"attachment {name!r}: {a.mime_type!r} is not a MIME type")
        seen.add(name)
        out.append(a)
    return sorted(out, key=lambda a: a.name)  # a PDF name tree is sorted by key


def _embed(writer: IncrementalPdfFileWriter, attachment: Attachment,
           when: _dt.datetime) -> None:
    data = embed.EmbeddedFileObject.from_file_data(
        writer, attachment.data, mime_type=attachment.mime_type,
        params=embed.EmbeddedFileParams(creation_date=when, modification_date=when))
    # No af_relationship here: pyHanko would then declare PDF 2.0 for the whole document.
    # /AF and /AFRelationship are added below, as PDF/A-3 and Factur-X do in PDF 1.7.
    embed.embed_file(writer, embed.FileSpec(
        file_spec_string=attachment.name, file_name=attachment.name, embedded_data=data,
        description=_short(attachment.description)))
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec_ref = names.raw_get(len(names) - 1)
    spec_ref.get_object()["/AFRelationship"] = generic.pdf_name("/Data")
    try:
        af = writer.root["/AF"]
    except KeyError:
        af = generic.ArrayObject()
        writer.root["/AF"] = writer.add_object(af)
        writer.update_root()
    af.append(spec_ref)
    writer.update_container(af)


def _fix_file_id(writer: IncrementalPdfFileWriter, seed: bytes) -> None:
    """Derive the file identifier's second half from the content instead of os.urandom.

    pyHanko has no public setting for it; if this private attribute goes away the output is
    merely non-deterministic again (tests/test_signing.py notices).
    """
    current = getattr(writer, "_document_id", None)
    if isinstance(current, generic.ArrayObject) and len(current) == 2:
        writer._document_id = generic.ArrayObject(
            [current[0], generic.ByteStringObject(hashlib.sha256(seed).digest()[:16])])


def sign_pdf(pdf_bytes: bytes, identity: SigningIdentity, *, reason: str,
             location: str | None = None, attachments=(),
             signing_time: _dt.datetime | None = None,
             block: BlockPlacement | None = None) -> bytes:
    """The PDF with `attachments` embedded and a PAdES B-B signature covering the whole file."""
    when = normalise_time(signing_time)
    files = _check_attachments(attachments)
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        if reader.embedded_signatures:
            raise PdfSigningError("This PDF is already signed; sign the unsigned report")
        writer = IncrementalPdfFileWriter.from_reader(reader)
        seed = b"".join([pdf_bytes, identity.fingerprint.encode(), when.isoformat().encode(),
                         *(f.sha256.encode() for f in files)])
        _fix_file_id(writer, seed)
        for attachment in files:
            _embed(writer, attachment, when)
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME, reason=_short(reason), location=_short(location),
            subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
            certify=True, docmdp_permissions=fields.MDPPerm.FILL_FORMS)
        if block is None:
            spec = fields.SigFieldSpec(FIELD_NAME)
        else:
            spec = fields.SigFieldSpec(FIELD_NAME, on_page=block.page,
                                       box=tuple(round(v) for v in block.box),
                                       empty_field_appearance=True)
        pdf_signer = _Signer(meta, _KeySigner(identity), stamp_style=NoOpStampStyle(),
                             new_field_spec=spec, signing_time=when,
                             certificate=identity.fingerprint)
        return pdf_signer.sign_pdf(writer).getvalue()
    except PdfSigningError:
        raise
    except (PdfError, _PyhankoSigningError, ValueError, KeyError, TypeError) as exc:
        raise PdfSigningError(f"The PDF could not be signed ({exc}); export it again") from exc
