"""Signed reports end to end (issue 16): both editions signed through desktop.report_job with the
data folder's identity, the partner figures attached and printed, and `boussole-cli verify`.

Every verdict comes from pyHanko's own validation (reports.signature_check); the PDFs are real
Boussole reports of real checkups in a real data folder (file-backed keychain, tests/conftest.py).
"""
from __future__ import annotations

import io
import json

import pypdf
import pytest

from checks.assessment import ActionTracking
from checks.partner_figures import FIGURES_FILE
from checks.scoring import evaluate_assessment
from desktop.cli import main
from desktop.report_job import ReportRequest, run_report
from desktop.signing_keys import FolderSigning
from desktop.workspace import StorageChoice, open_workspace
from reports import signature_check as check
from reports.report_check import check_report, printed_digests
from tests.factories import make_assessment
from tests.signing_helpers import PASSWORD, issue, make_ca, p12
from tests.test_signing import _add_annotation, _add_page, _append


def _no_question(_situation):
    raise AssertionError("the keychain should have been used")


@pytest.fixture
def workspace(data_dir):
    ws = open_workspace(data_dir, _no_question)
    yield ws
    ws.close()


@pytest.fixture
def partner(tmp_path, content, workspace):
    a = make_assessment(content, "mixed")
    plan = evaluate_assessment(content, a).plan
    for i, p in enumerate(plan.actions[:5]):
        a.actions[p.action] = ActionTracking(status="done" if i < 3 else "in_progress")
    out = tmp_path / "partner.pdf"
    run_report(content, ReportRequest(a, out, "partner", "fr",
                                      signing=FolderSigning.for_workspace(workspace)))
    return a, out


def test_both_editions_are_signed_by_the_folder_and_valid(tmp_path, content, workspace, partner):
    a, partner_pdf = partner
    owner_pdf = tmp_path / "owner.pdf"
    run_report(content, ReportRequest(a, owner_pdf, "owner", "en",
                                      signing=FolderSigning.for_workspace(workspace)))
    checks = [check.read_signed_pdf(p.read_bytes()) for p in (owner_pdf, partner_pdf)]
    assert all(c.status == check.VALID and c.covers_whole_file for c in checks)
    assert {c.signer for c in checks} == {"Boulangerie Martin"}          # owner mode: the business
    assert checks[0].fingerprint == checks[1].fingerprint                  # one folder, one identity
    assert checks[0].attachments == ()                                     # figures: partner only
    texts = ["".join(pg.extract_text() for pg in pypdf.PdfReader(str(p)).pages).replace("\n", " ")
             for p in (owner_pdf, partner_pdf)]
    assert "Electronic signature" in texts[0] and "Signature électronique" in texts[1]
    for c, text in zip(checks, texts):
        first = c.fingerprint_display[:47]          # the block prints it, on two lines
        assert first in text


def test_the_partner_figures_are_attached_printed_and_say_what_the_pages_say(content, partner):
    a, pdf = partner
    data = pdf.read_bytes()
    report = check_report(data)
    assert report.ok, report.lines()
    attached = report.signature.attachment(FIGURES_FILE)
    assert printed_digests(data) == (attached.sha256,)
    figures = json.loads(attached.data)
    ev = evaluate_assessment(content, a)
    assert figures["format"] == "boussole-partner-figures" and figures["version"] == 1
    assert figures["document"]["assessment_fingerprint"] == a.fingerprint()
    assert figures["overall"]["score"] == round(ev.score, 1)
    assert [d["open_critical_points"] for d in figures["domains"]] == \
        [len(m.critical_gaps) for m in ev.modules]
    assert figures["progress"]["done"] == 3 and figures["progress"]["in_progress"] == 2
    assert figures["progress"]["to_do"] == len(ev.plan.actions) - 5
    assert figures["run_by"] == {"role": "owner", "name": "", "organisation": ""}
    # nothing that names a weakness: no question, answer, note, action, nor their ids
    text = attached.data.decode("utf-8")
    for qid, answer in a.answers.items():
        assert qid not in text and content.questions[qid].text.fr not in text
        assert not answer.note or answer.note not in text
    for p in ev.plan.actions:
        assert p.action not in text and content.actions[p.action].title.fr not in text


def test_one_byte_changed_makes_the_pdf_invalid(partner, tmp_path, capsys):
    _a, pdf = partner
    data = bytearray(pdf.read_bytes())
    at = data.index(b"/BoussoleFingerprint")
    data[at + 1] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    assert check.read_signed_pdf(bytes(data)).status == check.INVALID
    assert main(["verify", str(bad)]) == 1
    assert "INVALID" in capsys.readouterr().out


@pytest.mark.parametrize("change", [_add_annotation, _add_page])
def test_a_change_appended_after_signing_is_reported_modified(partner, tmp_path, capsys, change):
    _a, pdf = partner
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(_append(pdf.read_bytes(), change))
    assert check.read_signed_pdf(changed.read_bytes()).status == check.MODIFIED
    assert main(["verify", str(changed)]) == 1
    assert "MODIFIED after signing" in capsys.readouterr().out


def test_verify_alone_prints_the_signer_fingerprint_and_figures(partner, capsys):
    _a, pdf = partner
    assert main(["verify", str(pdf)]) == 0
    out = capsys.readouterr().out
    result = check.read_signed_pdf(pdf.read_bytes())
    assert "Signature valid" in out and "Signer: Boulangerie Martin" in out
    assert result.fingerprint_display in out
    assert "Figures: the attached boussole-figures.json" in out
    assert "Progress as of" in out and "3 done, 2 under way" in out
    assert main(["verify", str(pdf), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "boussole-partner-figures"


def test_verify_exit_codes_for_unsigned_and_unreadable_files(tmp_path, content, capsys):
    from reports.pdf import build_report_bytes

    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(build_report_bytes(content, make_assessment(content, "mixed"),
                                            edition="partner"))
    assert main(["verify", str(unsigned)]) == 1
    assert "Not signed" in capsys.readouterr().out
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    assert main(["verify", str(junk)]) == 2
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_verify_against_the_assessment_file_still_works_on_a_signed_pdf(partner, tmp_path,
                                                                         capsys):
    from desktop.checkups import write_assessment_file

    a, pdf = partner
    file = tmp_path / "checkup.json"
    write_assessment_file(a, file)
    assert main(["verify", str(pdf), str(file)]) == 0
    assert "OK:" in capsys.readouterr().out


def test_figures_swapped_for_others_do_not_check_out(partner, tmp_path, capsys):
    """Re-signing a forged copy with another key: a valid signature, but the figures attached
    are not the ones the pages print."""
    from reports.signing import Attachment, sign_pdf
    from reports.signing_identity import create_identity

    _a, pdf = partner
    reader = pypdf.PdfReader(io.BytesIO(pdf.read_bytes()))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    forged = sign_pdf(buf.getvalue(), create_identity("Faussaire"), reason="x",
                      attachments=[Attachment(FIGURES_FILE, b'{"format": "x"}')])
    path = tmp_path / "forged.pdf"
    path.write_bytes(forged)
    assert main(["verify", str(path)]) == 1
    assert "FIGURES DO NOT CHECK OUT" in capsys.readouterr().out


def test_an_advisor_certificate_from_a_test_ca_signs_with_its_name(tmp_path, content, workspace):
    ca = make_ca("CCI Test Certification")
    key, cert = issue(ca, "Claire Dupont", "CCI Test Rhône")
    signing = FolderSigning.for_workspace(workspace)
    info = signing.load_own(p12(key, cert, [ca[1]]), PASSWORD)
    assert info.signer == "Claire Dupont, CCI Test Rhône"
    assert info.issuer == "CCI Test Certification" and not info.expired
    out = tmp_path / "advisor.pdf"
    a = make_assessment(content, "mixed", role="advisor")
    run_report(content, ReportRequest(a, out, "partner", "fr",
                                      signing=FolderSigning.for_workspace(workspace)))
    result = check.read_signed_pdf(out.read_bytes(), trust_roots=[ca[1]])
    assert result.ok and result.identity == check.AUTHORITY
    assert result.signer == "Claire Dupont, CCI Test Rhône"
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "Certificat délivré par CCI Test Certification" in text.replace("\n", " ")
    signing.remove_own()
    assert FolderSigning.for_workspace(workspace).own_certificate() is None


def test_passphrase_folder_signs_and_keeps_the_identity_under_the_passphrase(tmp_path,
                                                                           content):
    folder = tmp_path / "pp"
    choice = StorageChoice.with_passphrase("une phrase de passe assez longue")
    with open_workspace(folder, lambda _s: choice, keychain=False) as ws:
        out = tmp_path / "r.pdf"
        run_report(content, ReportRequest(make_assessment(content, "mixed"), out, "owner",
                                          signing=FolderSigning.for_workspace(ws)))
        first = check.read_signed_pdf(out.read_bytes()).fingerprint
    with open_workspace(folder, lambda _s: choice, keychain=False) as ws:
        again = FolderSigning.for_workspace(ws).identity("Boulangerie Martin")
    assert again.fingerprint == first
