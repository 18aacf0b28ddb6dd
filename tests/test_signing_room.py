"""The room a signature takes in the PDF is measured once per certificate (reports/signing.py):
signing with one identity, then with another whose signature is much larger (a certificate
issued by an authority, its chain embedded), then again with the first, gives valid PDFs each
time; nothing measured for one certificate is used for another."""
from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import rsa

from reports import signature_check as check
from reports.signing_identity import SigningIdentity, create_identity
from tests.signing_helpers import issue, make_ca, make_pdf, signed


def test_identities_in_turn_each_sign_valid_pdfs():
    ca = make_ca("CCI Test Certification")
    key, cert = issue(ca, "Claire Dupont, conseillère numérique", "CCI Test Rhône-Alpes",
                      key=rsa.generate_private_key(65537, 4096))
    others = tuple(make_ca(f"Autorité intermédiaire {i}")[1] for i in range(4))
    small = create_identity("Boulangerie Éloïse")
    large = SigningIdentity(cert, key, chain=(ca[1], *others))   # a long chain, embedded
    for identity in (small, large, small, large):
        pdf = signed(identity, make_pdf(2, f"Rapport {identity.signer_name[:12]}"))
        result = check.read_signed_pdf(pdf, trust_roots=[ca[1]])
        assert result.ok, result
        assert result.fingerprint == identity.fingerprint
