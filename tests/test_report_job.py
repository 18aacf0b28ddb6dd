"""desktop.report_job: the app's export and `boussole-cli report` share one code path, so the same
checkup with the same options gives the same PDF text from either; the rules of the request
(previous checkup, advisor, target) are decided once."""
from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.checkups import write_assessment_file
from desktop.cli import main
from desktop.report_job import ReportRequest, advisor_for, run_report
from tests.factories import make_assessment, open_session

EXPORT_TIMEOUT = 120_000
SIGNED_AT = re.compile(r"\d{2}:\d{2} \(UTC[^)]*\)")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def two_checkups(data_dir, content):
    before = make_assessment(content, "worst", name="Crêperie Élodie")
    after = make_assessment(content, "mixed", seed=8)
    after.business = before.business
    after.started_at = "2027-05-20T09:30:00+02:00"
    session = open_session(data_dir, content, before, after)
    yield session, before, after
    session.close()


def _app_export(qtbot, session, target: Path, edition: str, lang: str) -> None:
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.set_edition(edition)
    dialog.set_lang(lang)
    dialog.set_target(target)
    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT):
        dialog.export_button.click()
    dialog.worker.wait()


@pytest.mark.parametrize("edition, lang", [("owner", "fr"), ("partner", "en")])
def test_the_app_and_the_command_line_write_the_same_report(qtbot, tmp_path, two_checkups,
                                                            edition, lang, capsys):
    session, before, after = two_checkups
    app_pdf, cli_pdf = tmp_path / "app.pdf", tmp_path / "cli.pdf"
    _app_export(qtbot, session, app_pdf, edition, lang)

    files = {}
    for name, checkup in (("before", before), ("after", after)):
        files[name] = tmp_path / f"{name}.json"
        write_assessment_file(session.checkups.export_assessment(checkup.id), files[name])
    # The same data folder, while the app holds it: the same signing identity signs both.
    assert main(["report", str(files["after"]), "-o", str(cli_pdf), "--previous",
                 str(files["before"]), "--edition", edition, "--lang", lang,
                 "--data-dir", str(session.workspace.folder)]) == 0
    assert capsys.readouterr().out.strip() == str(cli_pdf)

    # Only the signing time (to the minute) may differ between the two.
    app_text, cli_text = (SIGNED_AT.sub("", pdf_text(p)) for p in (app_pdf, cli_pdf))
    assert "Crêperie Élodie" in app_text
    if edition == "owner":
        assert "Progrès depuis le diagnostic précédent" in app_text   # the previous one is shown
    assert app_text == cli_text


def test_a_previous_checkup_of_another_checklist_is_left_out(tmp_path, content):
    current = make_assessment(content, "mixed")
    older = make_assessment(content, "worst")
    older.content_version = "2025.01"
    with_old = tmp_path / "with-old.pdf"
    without = tmp_path / "without.pdf"
    run_report(content, ReportRequest(current, with_old, previous=older))
    run_report(content, ReportRequest(current, without))
    assert pdf_text(with_old) == pdf_text(without)


def test_the_advisor_appears_only_for_an_advisor(tmp_path, content):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    profile = {"name": "Claire Dupont", "organisation": "CCI Lyon", "logo_path": str(logo)}
    owner = make_assessment(content, "mixed")
    advisor = make_assessment(content, "mixed", role="advisor")
    assert advisor_for(owner, False, profile) == (None, None)
    assert advisor_for(owner, True, profile) == (
        {"name": "Claire Dupont", "organisation": "CCI Lyon"}, logo)
    assert advisor_for(advisor, False, {**profile, "logo_path": str(tmp_path / "gone.png")}) \
        == ({"name": "Claire Dupont", "organisation": "CCI Lyon"}, None)
    assert advisor_for(advisor, False, {"name": "", "organisation": "", "logo_path": ""}) \
        == (None, None)


@pytest.mark.parametrize("where, code", [("folder", errno.EISDIR), ("missing", errno.ENOENT),
                                         ("file", errno.ENOTDIR)])
def test_a_bad_target_is_refused_before_building(tmp_path, content, where, code):
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("x")
    out = {"folder": tmp_path / "folder", "missing": tmp_path / "missing" / "plan.pdf",
           "file": tmp_path / "file" / "plan.pdf"}[where]
    with pytest.raises(OSError) as info:
        run_report(content, ReportRequest(make_assessment(content, "mixed"), out))
    assert info.value.errno == code and info.value.filename == str(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "folder"]
