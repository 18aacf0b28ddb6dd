"""Settings, "Signature des rapports": an advisor loads their own certificate (a PKCS#12 file
from a test certification authority), the reports then carry the name it states; bad files and
passwords get a message that says what is wrong and what to do, and change nothing."""
from __future__ import annotations

import pytest

from desktop.report_job import run_report
from reports import signature_check as check
from tests.factories import make_assessment, open_session
from tests.signing_helpers import PASSWORD, issue, make_ca, p12
from ui import errors


@pytest.fixture
def session(data_dir, content):
    s = open_session(data_dir, content, make_assessment(content, "mixed", role="advisor"))
    yield s
    s.close()


@pytest.fixture
def messages():
    shown = []
    errors.set_handler(shown.append)
    yield shown
    errors.set_handler(None)


@pytest.fixture
def box(qtbot, session):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog.signing_box


@pytest.fixture(scope="module")
def ca():
    return make_ca("CCI Test Certification")


def test_a_loaded_certificate_signs_the_reports_with_its_name(box, session, ca, tmp_path,
                                                               content, messages):
    assert "celui que Boussole a créé" in box.status.text()
    assert box.remove_button.isHidden()
    key, cert = issue(ca, "Claire Dupont", "CCI Test Rhône")
    path = tmp_path / "claire.p12"
    path.write_bytes(p12(key, cert, [ca[1]]))
    assert box.load_file(str(path), PASSWORD)
    assert messages == []
    assert "Claire Dupont, CCI Test Rhône" in box.status.text()
    assert "CCI Test Certification" in box.status.text() and not box.remove_button.isHidden()

    out = tmp_path / "partner.pdf"
    run_report(content, session.report_request(out, "partner", "fr"))
    result = check.read_signed_pdf(out.read_bytes(), trust_roots=[ca[1]])
    assert result.ok and result.identity == check.AUTHORITY
    assert result.signer == "Claire Dupont, CCI Test Rhône"

    box.remove_button.click()
    assert "celui que Boussole a créé" in box.status.text()
    run_report(content, session.report_request(out, "owner", "fr"))
    assert check.read_signed_pdf(out.read_bytes()).self_signed


def test_a_wrong_password_or_file_says_what_to_do_and_keeps_nothing(box, ca, tmp_path, messages):
    key, cert = issue(ca, "Claire Dupont", "CCI Test Rhône")
    path = tmp_path / "claire.p12"
    path.write_bytes(p12(key, cert))
    assert not box.load_file(str(path), "pas le bon")
    assert messages[-1].text == "Le mot de passe ne correspond pas à ce fichier."
    assert "mot de passe remis" in messages[-1].hint
    pem = tmp_path / "cert.pem"
    pem.write_bytes(b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    assert not box.load_file(str(pem), "")
    assert "PKCS#12" in messages[-1].hint
    assert not box.load_file(str(tmp_path / "missing.p12"), "")
    assert "celui que Boussole a créé" in box.status.text()


def test_an_expired_certificate_is_refused(box, ca, tmp_path, messages):
    key, cert = issue(ca, "Claire Dupont", "CCI", days=(-400, -5))
    path = tmp_path / "old.p12"
    path.write_bytes(p12(key, cert))
    assert not box.load_file(str(path), PASSWORD)
    assert messages[-1].text == "Ce certificat a expiré."
