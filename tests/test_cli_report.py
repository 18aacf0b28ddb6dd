"""boussole-cli report and verify, end to end through desktop.cli.main."""
from __future__ import annotations


import pytest

from checks.assessment import Answer, read_assessment, write_assessment
from checks.content import DONT_KNOW
from desktop.cli import main
from tests.factories import make_assessment

pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def assessment_file(content, tmp_path):
    a = make_assessment(content, "mixed", role="advisor", seed=5)
    a.completed_at = "2026-11-26T16:00:00+01:00"
    path = tmp_path / "checkup.json"
    write_assessment(a, path)
    return path


def test_report_then_verify(assessment_file, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["report", str(assessment_file), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) >= 5
    assert "Édition complète" in reader.metadata.subject

    assert main(["verify", str(out), str(assessment_file)]) == 0
    message = capsys.readouterr().out
    assert message.startswith("OK")


def test_partner_edition_in_english(assessment_file, tmp_path, capsys):
    out = tmp_path / "bank.pdf"
    assert main(["report", str(assessment_file), "-o", str(out), "--edition", "partner",
                 "--lang", "en"]) == 0
    reader = pypdf.PdfReader(str(out))
    assert "Partner edition" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    capsys.readouterr()
    assert main(["verify", str(out), str(assessment_file)]) == 0


def test_verify_detects_a_tampered_assessment(content, assessment_file, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["report", str(assessment_file), "-o", str(out)]) == 0
    a = read_assessment(assessment_file, content)
    qid = next(iter(a.answers))
    a.answers[qid] = Answer(DONT_KNOW, "answer changed after the PDF was made")
    tampered = tmp_path / "tampered.json"
    write_assessment(a, tampered)
    capsys.readouterr()
    assert main(["verify", str(out), str(tampered)]) == 1
    assert "MISMATCH" in capsys.readouterr().out


def test_verify_rejects_a_pdf_that_is_not_a_boussole_report(assessment_file, tmp_path, capsys):
    from reportlab.pdfgen.canvas import Canvas

    other = tmp_path / "other.pdf"
    c = Canvas(str(other))
    c.drawString(72, 72, "An invoice")
    c.save()
    assert main(["verify", str(other), str(assessment_file)]) == 1
    assert "not a Boussole report" in capsys.readouterr().out


def test_report_with_previous_checkup(content, assessment_file, tmp_path, capsys):
    before = make_assessment(content, "worst", seed=5)
    before.started_at = "2026-05-04T10:00:00+02:00"
    prev = tmp_path / "before.json"
    write_assessment(before, prev)
    out = tmp_path / "plan.pdf"
    assert main(["report", str(assessment_file), "-o", str(out), "--previous", str(prev),
                 "--edition", "partner"]) == 0
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "4 mai 2026" in text


def test_report_into_a_missing_folder_is_one_line_exit_2(assessment_file, tmp_path, capsys):
    out = tmp_path / "missing" / "plan.pdf"
    assert main(["report", str(assessment_file), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not out.parent.exists()


def test_report_leaves_an_existing_pdf_when_it_fails(assessment_file, tmp_path, capsys,
                                                     monkeypatch):
    import reports.sections.summary

    out = tmp_path / "plan.pdf"
    out.write_bytes(b"%PDF-1.4 previous")

    def boom(*args):
        raise RuntimeError("simulated")

    monkeypatch.setattr(reports.sections.summary, "summary", boom)
    assert main(["report", str(assessment_file), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "simulated" in err and err.count("\n") == 1
    assert out.read_bytes() == b"%PDF-1.4 previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".plan")] == []


def test_verify_of_a_missing_pdf(assessment_file, tmp_path, capsys):
    assert main(["verify", str(tmp_path / "nope.pdf"), str(assessment_file)]) == 1
    assert "does not exist" in capsys.readouterr().out
