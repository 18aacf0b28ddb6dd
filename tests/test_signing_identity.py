"""Signing identities (issue 16): created per data folder, loaded from an advisor's PKCS#12 file,
stored only encrypted. Every bad file gets an error that says what is wrong."""
from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from reports import signature_check as check
from reports import signing_identity as ids
from tests.signing_helpers import PASSWORD, issue, key_usage, make_ca, make_pdf, p12, signed

SECRET = bytes(range(32))  # stands for the data folder's database key


@pytest.fixture(scope="module")
def ca():
    return make_ca()


def _subject(identity, oid):
    return [a.value for a in identity.certificate.subject.get_attributes_for_oid(oid)]


def test_owner_identity_names_the_business_and_is_a_signing_certificate():
    now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone.utc)
    identity = ids.create_identity("Boulangerie Éloïse", now=now)
    assert identity.signer_name == "Boulangerie Éloïse"
    assert identity.display_name == "Boulangerie Éloïse"  # organisation = the business itself
    assert _subject(identity, NameOID.COUNTRY_NAME) == ["FR"]
    assert identity.self_signed and identity.chain == ()
    cert = identity.certificate
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert isinstance(identity.private_key, rsa.RSAPrivateKey)
    assert identity.private_key.key_size == 2048
    assert identity.not_before < now < identity.not_after
    assert 5 * 365 <= (identity.not_after - now).days <= 5 * 366
    assert not identity.expires_within(30, now=now)
    assert identity.expires_within(30, now=now + dt.timedelta(days=5 * 365 - 10))


def test_advisor_identity_reads_advisor_comma_organisation():
    identity = ids.create_identity("Claire Dupont", "CCI Lyon Métropole")
    assert identity.display_name == "Claire Dupont, CCI Lyon Métropole"
    assert identity.organisation == "CCI Lyon Métropole"


def test_hostile_names_fit_a_certificate():
    identity = ids.create_identity("🥐 Boulangerie\x00\n" + "é" * 10_000, "<b>&amp;</b>\t")
    assert len(identity.signer_name.encode("utf-8")) <= ids.MAX_NAME
    assert len(identity.signer_name.encode("utf-8")) > ids.MAX_NAME - 4
    assert identity.signer_name.endswith("…")
    assert identity.signer_name.startswith("Boulangerie é")  # emoji cannot go in a certificate
    assert identity.organisation == "<b>&amp;</b>"
    assert check.read_signed_pdf(signed(identity)).signer_name == identity.signer_name


@pytest.mark.parametrize("name, kept", [
    ("Boulangerie الأمل", "Boulangerie"),  # mixed directions: the left-to-right part
    ("مخبزة الأمل", "مخبزة الأمل"),         # right-to-left only: kept whole
    ("Chez Paul 🥐\ue000", "Chez Paul"),   # emoji and private-use characters dropped
])
def test_names_keep_what_x509_readers_can_compare(name, kept):
    identity = ids.create_identity(name)
    assert identity.signer_name == kept
    assert check.read_signed_pdf(signed(identity)).signer == identity.signer_name


@pytest.mark.parametrize("name", ["", "   ", "\x00\x07", None, "🥐🥖"])
def test_a_certificate_needs_a_name(name):
    with pytest.raises(ids.IdentityError, match="needs the name") as err:
        ids.create_identity(name)
    assert err.value.reason == ids.BAD_NAME


def test_stored_identity_round_trips_and_signs():
    identity = ids.create_identity("Garage du Centre")
    blob = identity.to_stored(SECRET)
    again = ids.load_stored_identity(blob, SECRET)
    assert again.fingerprint == identity.fingerprint
    assert again.private_key.private_numbers() == identity.private_key.private_numbers()
    assert check.read_signed_pdf(signed(again)).fingerprint == identity.fingerprint


def test_stored_identity_never_holds_the_key_or_the_secret_in_clear():
    identity = ids.create_identity("Garage du Centre")
    blob = identity.to_stored(SECRET)
    clear = identity.private_key.private_bytes(serialization.Encoding.DER,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption())
    numbers = identity.private_key.private_numbers()
    prime = numbers.p.to_bytes(128, "big")
    assert clear not in blob and prime not in blob and SECRET not in blob
    for password in (None, b"", SECRET, SECRET.hex().encode()):
        with pytest.raises(ids.IdentityError) as err:  # only the derived password opens it
            ids.load_pkcs12(blob, password)
        assert err.value.reason == ids.WRONG_PASSWORD


def test_stored_identity_with_another_secret_is_a_clear_error():
    blob = ids.create_identity("Garage du Centre").to_stored(SECRET)
    with pytest.raises(ids.IdentityError, match="cannot be opened with this data folder") as err:
        ids.load_stored_identity(blob, bytes(32))
    assert err.value.reason == ids.WRONG_PASSWORD


def test_a_short_secret_is_refused():
    with pytest.raises(ValueError, match="at least 16 bytes"):
        ids.create_identity("Garage").to_stored(b"short")


def test_advisor_pkcs12_keeps_its_chain(ca):
    key, cert = issue(ca, "Claire Dupont", "CCI Test")
    identity = ids.load_pkcs12(p12(key, cert, [ca[1]]), PASSWORD)
    assert identity.display_name == "Claire Dupont, CCI Test" and not identity.self_signed
    assert identity.chain == (ca[1],)
    stored = ids.load_stored_identity(identity.to_stored(SECRET), SECRET)
    assert stored.chain == (ca[1],) and stored.certificate == cert


def test_pkcs12_without_password_opens_with_an_empty_one(ca):
    key, cert = issue(ca, "Claire Dupont", "CCI Test")
    for password in (None, ""):
        assert ids.load_pkcs12(p12(key, cert, password=None), password).certificate == cert


def test_wrong_pkcs12_password_is_a_clear_error(ca):
    key, cert = issue(ca, "Claire Dupont", "CCI Test")
    with pytest.raises(ids.IdentityError, match="Wrong password for this certificate") as err:
        ids.load_pkcs12(p12(key, cert), "pas le bon")
    assert err.value.reason == ids.WRONG_PASSWORD


@pytest.mark.parametrize("data, hint", [
    (b"", ""), (b"not a certificate at all", ""), (make_pdf(), ""),
    (b"-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n", "PEM"),
])
def test_a_file_that_is_not_pkcs12_is_a_clear_error(data, hint):
    with pytest.raises(ids.IdentityError, match="not a PKCS#12 certificate file") as err:
        ids.load_pkcs12(data, PASSWORD)
    assert err.value.reason == ids.NOT_PKCS12 and hint in str(err.value)


def test_expired_certificate_is_a_clear_error(ca):
    key, cert = issue(ca, "Claire Dupont", "CCI Test", days=(-800, -5))
    with pytest.raises(ids.IdentityError, match="expired on .*new one") as err:
        ids.load_pkcs12(p12(key, cert), PASSWORD)
    assert err.value.reason == ids.EXPIRED


def test_not_yet_valid_certificate_is_a_clear_error(ca):
    key, cert = issue(ca, "Claire Dupont", "CCI Test", days=(10, 400))
    with pytest.raises(ids.IdentityError, match="valid only from") as err:
        ids.load_pkcs12(p12(key, cert), PASSWORD)
    assert err.value.reason == ids.NOT_YET_VALID


def test_certificate_without_its_key_is_a_clear_error(ca):
    _, cert = issue(ca, "Claire Dupont", "CCI Test")
    only_cert = pkcs12.serialize_key_and_certificates(
        b"x", None, cert, None, serialization.BestAvailableEncryption(PASSWORD.encode()))
    with pytest.raises(ids.IdentityError, match="no private key") as err:
        ids.load_pkcs12(only_cert, PASSWORD)
    assert err.value.reason == ids.NO_KEY


def test_key_with_someone_elses_certificate_is_a_clear_error(ca):
    _, cert = issue(ca, "Claire Dupont", "CCI Test")
    other_key = rsa.generate_private_key(65537, 2048)
    with pytest.raises(ids.IdentityError, match="not its certificate") as err:
        ids.load_pkcs12(p12(other_key, None, [cert]), PASSWORD)
    assert err.value.reason == ids.NO_KEY


@pytest.mark.parametrize("make", [
    lambda ca: issue(ca, "Claire", "CCI", usage=key_usage(key_encipherment=True)),
    lambda ca: issue(ca, "Claire", "CCI", key=rsa.generate_private_key(65537, 1024)),
], ids=["encryption-only certificate", "1024-bit key"])
def test_certificate_with_no_usable_key_is_a_clear_error(ca, make):
    key, cert = make(ca)
    with pytest.raises(ids.IdentityError, match="not meant for signatures|too short") as err:
        ids.load_pkcs12(p12(key, cert), PASSWORD)
    assert err.value.reason == ids.UNUSABLE_KEY
