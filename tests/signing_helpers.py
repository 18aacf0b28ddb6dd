"""Helpers for the signing tests: small reportlab PDFs, a test certification authority,
certificates it issues and PKCS#12 files holding them."""
from __future__ import annotations

import datetime as dt
import io
import json

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from reportlab.pdfgen.canvas import Canvas

from reports.signing import Attachment, sign_pdf

UTC = dt.timezone.utc
PARIS = dt.timezone(dt.timedelta(hours=1))
# The signing time of the tests: now, to the second. A fixed date broke the day the clock
# passed it (the test certificates are valid from an hour before they are made).
WHEN = dt.datetime.now(PARIS).replace(microsecond=0)
FIGURES = json.dumps({"format": "boussole-figures", "version": 1, "score": 61,
                      "business": "Boulangerie Éloïse"}, ensure_ascii=False).encode("utf-8")
PASSWORD = "s3cret mot de passe"


def make_pdf(pages: int = 2, text: str = "Bonjour") -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1, pageCompression=0)  # plain text: a byte is easy to find
    for i in range(pages):
        canvas.drawString(72, 720, f"{text} page {i + 1}")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def signed(identity, pdf=None, **kwargs) -> bytes:
    kwargs.setdefault("reason", "Rapport Boussole, édition partenaire")
    kwargs.setdefault("attachments", [Attachment("boussole-figures.json", FIGURES,
                                                 description="Chiffres du rapport")])
    kwargs.setdefault("signing_time", WHEN)
    return sign_pdf(pdf or make_pdf(), identity, **kwargs)


def _name(cn: str, org: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    return x509.Name(attrs)


def key_usage(**on) -> x509.KeyUsage:
    flags = dict(digital_signature=False, content_commitment=False, key_encipherment=False,
                 data_encipherment=False, key_agreement=False, key_cert_sign=False,
                 crl_sign=False, encipher_only=False, decipher_only=False)
    return x509.KeyUsage(**{**flags, **on})


def make_ca(cn="Boussole Test CA"):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=30))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(key_usage(key_cert_sign=True, crl_sign=True), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def issue(ca, cn, org, *, key=None, usage=None, days=(-10, 700)):
    ca_key, ca_cert = ca
    key = key or rsa.generate_private_key(65537, 2048)
    now = dt.datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(cn, org))
            .issuer_name(ca_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + dt.timedelta(days=days[0]))
            .not_valid_after(now + dt.timedelta(days=days[1]))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage or key_usage(digital_signature=True, content_commitment=True),
                           critical=True)
            .sign(ca_key, hashes.SHA256()))
    return key, cert


def p12(key, cert, cas=(), password=PASSWORD.encode()):
    enc = serialization.BestAvailableEncryption(password) if password else \
        serialization.NoEncryption()
    return pkcs12.serialize_key_and_certificates(b"advisor", key, cert, list(cas) or None, enc)
