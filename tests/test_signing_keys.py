"""desktop.signing_keys: each data folder's signing identity, kept only encrypted, next to what
protects the database (keychain, passphrase), renewed when its name changes or it expires; an
advisor's own certificate loaded from a PKCS#12 file."""
from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives import serialization

from desktop import secrets
from desktop.cli import main
from desktop.signing_keys import (FALLBACK_NAME, IDENTITY_FILE, NO_PROTECTION, OWN_FILE,
                                  FolderSigning, SigningKeyError)
from desktop.workspace import open_workspace
from reports import signature_check as check
from reports.signing_identity import NOT_PKCS12, WRONG_PASSWORD, IdentityError
from tests.factories import make_assessment
from tests.signing_helpers import PASSWORD, issue, make_ca, p12

KEY = bytes(range(32))
UTC = dt.timezone.utc


def _private_der(identity) -> bytes:
    return identity.private_key.private_bytes(serialization.Encoding.DER,
                                              serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption())


def test_the_identity_is_created_once_stored_encrypted_and_reused(tmp_path):
    first = FolderSigning(tmp_path, KEY).identity("Boulangerie Martin")
    stored = (tmp_path / IDENTITY_FILE).read_bytes()
    assert _private_der(first) not in stored and _private_der(first)[40:80] not in stored
    again = FolderSigning(tmp_path, KEY).identity("Boulangerie Martin")
    assert again.fingerprint == first.fingerprint
    assert first.signer_name == "Boulangerie Martin" and first.self_signed


def test_a_new_name_or_a_near_expiry_gives_a_new_identity(tmp_path):
    signing = FolderSigning(tmp_path, KEY)
    first = signing.identity("Claire Dupont", "CCI Lyon")
    assert first.display_name == "Claire Dupont, CCI Lyon"
    renamed = signing.identity("Claire Dupont", "CCI Rhône")
    assert renamed.fingerprint != first.fingerprint and renamed.organisation == "CCI Rhône"
    late = renamed.not_after - dt.timedelta(days=10)
    renewed = signing.identity("Claire Dupont", "CCI Rhône", now=late)
    assert renewed.fingerprint != renamed.fingerprint and renewed.not_after > renamed.not_after


def test_another_key_cannot_open_it_and_a_new_one_is_made(tmp_path):
    first = FolderSigning(tmp_path, KEY).identity("Boulangerie Martin")
    other = FolderSigning(tmp_path, bytes(32)).identity("Boulangerie Martin")
    assert other.fingerprint != first.fingerprint


def test_a_name_without_letters_falls_back(tmp_path):
    assert FolderSigning(tmp_path, KEY).identity("🥐🥖").signer_name == FALLBACK_NAME


def test_unencrypted_folder_keeps_its_secret_in_the_keychain(tmp_path):
    first = FolderSigning(tmp_path, None).identity("Boulangerie Martin")
    assert (tmp_path / IDENTITY_FILE).exists()
    account = secrets.account_for(tmp_path).replace("database-key-", "signing-secret-")
    assert secrets.load_key(tmp_path, account) is not None
    assert FolderSigning(tmp_path, None).identity("Boulangerie Martin").fingerprint == \
        first.fingerprint


def test_unencrypted_folder_without_keychain_stores_nothing(tmp_path):
    signing = FolderSigning(tmp_path, None, keychain=False)
    first = signing.identity("Boulangerie Martin")
    assert list(tmp_path.iterdir()) == []
    # the same identity for the rest of the session, never written anywhere
    assert FolderSigning(tmp_path, None, keychain=False).identity(
        "Boulangerie Martin").fingerprint == first.fingerprint
    ca = make_ca()
    key, cert = issue(ca, "Claire Dupont", "CCI")
    with pytest.raises(SigningKeyError) as info:
        signing.load_own(p12(key, cert), PASSWORD)
    assert info.value.reason == NO_PROTECTION
    assert not (tmp_path / OWN_FILE).exists()


def test_own_certificate_bad_files_and_passwords_are_refused_with_a_reason(tmp_path):
    ca = make_ca()
    key, cert = issue(ca, "Claire Dupont", "CCI")
    signing = FolderSigning(tmp_path, KEY)
    with pytest.raises(IdentityError) as info:
        signing.load_own(p12(key, cert), "not the password")
    assert info.value.reason == WRONG_PASSWORD
    with pytest.raises(IdentityError) as info:
        signing.load_own(b"-----BEGIN CERTIFICATE-----\n", PASSWORD)
    assert info.value.reason == NOT_PKCS12
    assert not (tmp_path / OWN_FILE).exists()


def test_an_expired_own_certificate_gives_way_to_the_folders_identity(tmp_path):
    ca = make_ca()
    key, cert = issue(ca, "Claire Dupont", "CCI", days=(-10, 20))
    signing = FolderSigning(tmp_path, KEY)
    info = signing.load_own(p12(key, cert, [ca[1]]), PASSWORD)
    assert not info.expired and signing.identity("Claire Dupont").certificate.issuer == cert.issuer
    later = dt.datetime.now(UTC) + dt.timedelta(days=40)
    assert signing.own_certificate(now=later).expired
    assert signing.identity("Claire Dupont", now=later).self_signed


def test_the_command_line_signs_with_the_folders_identity_while_the_app_holds_it(
        tmp_path, data_dir, content, capsys):
    from desktop.checkups import write_assessment_file

    a = make_assessment(content, "mixed")
    file = tmp_path / "a.json"
    write_assessment_file(a, file)
    with open_workspace(data_dir, lambda _s: pytest.fail("keychain expected")) as ws:
        expected = FolderSigning.for_workspace(ws).identity("Boulangerie Martin").fingerprint
        out = tmp_path / "cli.pdf"
        assert main(["report", str(file), "-o", str(out), "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().err == ""
    assert check.read_signed_pdf(out.read_bytes()).fingerprint == expected


def test_the_command_line_report_on_a_new_folder_creates_its_key_and_identity(tmp_path, content,
                                                                            capsys):
    from desktop.checkups import write_assessment_file

    file = tmp_path / "a.json"
    write_assessment_file(make_assessment(content, "mixed"), file)
    folder = tmp_path / "new"
    out = tmp_path / "r.pdf"
    assert main(["report", str(file), "-o", str(out), "--data-dir", str(folder)]) == 0
    assert (folder / IDENTITY_FILE).exists()
    assert check.read_signed_pdf(out.read_bytes()).ok
