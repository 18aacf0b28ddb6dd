"""The export dialog: owner and partner PDFs written by the worker thread (the files exist and
parse), failures said in words with no partial file left, the last folder remembered.

Real widgets, a real store, the real report writer; no sleeps (waitSignal).
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.settings import Settings
from tests.factories import make_assessment, open_session
from ui import errors

EXPORT_TIMEOUT = 120_000   # ms; a PDF takes well under a second, a slow CI machine more


@pytest.fixture
def session(data_dir, content):
    s = open_session(data_dir, content, make_assessment(content, "mixed", seed=4,
                                                         name="Boulangerie Éclair & Fils"))
    yield s
    s.close()


@pytest.fixture
def messages():
    shown = []
    errors.set_handler(shown.append)
    yield shown
    errors.set_handler(None)


def dialog_for(qtbot, session):
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 1
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def export(qtbot, dialog):
    shown = []       # progress values the GUI thread displayed while the worker ran
    dialog.progress.valueChanged.connect(shown.append)
    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT) as blocker:
        dialog.export_button.click()
        assert dialog.worker is not None
        # The window stays usable while the worker writes: controls are disabled, not frozen.
        assert not dialog.export_button.isEnabled()
        assert dialog.progress.isVisible()
    dialog.worker.wait()
    dialog.progress.valueChanged.disconnect(shown.append)
    return Path(blocker.args[0]), shown


def test_owner_pdf_is_written_by_the_worker_and_parses(qtbot, tmp_path, session, messages):
    dialog = dialog_for(qtbot, session)
    assert dialog.edition() == "owner"
    target = tmp_path / "exports" / "plan.pdf"
    target.parent.mkdir()
    dialog.set_target(target)
    path, shown = export(qtbot, dialog)
    # Progress reached the bar step by step through the event loop, never frozen.
    assert any(0 < v < 100 for v in shown) and shown[-1] == 100

    assert path == target and target.is_file()
    text = pdf_text(target)
    assert "Boulangerie" in text
    assert [p for p in target.parent.iterdir() if p.name != "plan.pdf"] == []  # no temp file left
    assert dialog.progress.value() == dialog.progress.maximum()
    assert str(target) in dialog.status.text()
    assert dialog.open_folder.isVisible() and dialog.open_folder.text() == "Ouvrir le dossier"
    assert dialog.export_button.isEnabled()
    assert messages == []


def test_partner_edition_leaves_out_notes_and_is_in_english(qtbot, tmp_path, session):
    dialog = dialog_for(qtbot, session)
    dialog.set_target(tmp_path / "owner.pdf")
    export(qtbot, dialog)
    owner_text = pdf_text(tmp_path / "owner.pdf")

    dialog.set_edition("partner")
    dialog.set_lang("en")
    assert "partner" in dialog.file_name()
    dialog.set_target(tmp_path / "partner.pdf")
    export(qtbot, dialog)
    partner_text = pdf_text(tmp_path / "partner.pdf")

    # The factory writes notes mentioning Jérôme: the owner's copy has them, the bank's not.
    assert "Jérôme" in owner_text
    assert "Jérôme" not in partner_text
    assert "Action plan" in partner_text or "action plan" in partner_text.lower()
    assert session.settings.get("last_edition") == "partner"


def test_the_dialog_opens_on_the_edition_choice_for_the_keyboard(qtbot, session):
    from PySide6.QtWidgets import QApplication

    dialog = dialog_for(qtbot, session)
    dialog.activateWindow()
    # the focus of a window an earlier test left open counts until the dialog is active
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    assert QApplication.focusWidget() in (dialog.owner_radio, dialog.partner_radio)


def test_explanation_of_the_partner_edition(qtbot, session):
    dialog = dialog_for(qtbot, session)
    text = dialog.partner_help.text()
    assert "banque" in dialog.partner_radio.text()
    for left_out in ("réponses détaillées", "notes", "points critiques", "je ne sais pas"):
        assert left_out in text


def test_removed_folder_fails_with_a_message_and_no_file(qtbot, tmp_path, session, messages):
    dialog = dialog_for(qtbot, session)
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    dialog.set_target(folder / "plan.pdf")
    folder.rmdir()   # the stick is pulled out between choosing and exporting
    with qtbot.waitSignal(dialog.export_failed, timeout=EXPORT_TIMEOUT) as blocker:
        dialog.export_button.click()
    dialog.worker.wait()
    message = blocker.args[0]
    assert isinstance(dialog.worker.error, OSError)    # the worker's failed signal carried it
    assert "n'existe pas" in message and str(folder) in message
    assert "Choisissez" in message              # says what to do
    assert not folder.exists()
    assert [m.kind for m in messages] == ["error"] and messages[0].text == message
    assert dialog.export_button.isEnabled()     # the user can choose again at once
    assert session.settings.get("last_export_dir") == ""


def test_folder_that_is_a_file_fails_cleanly(qtbot, tmp_path, session, messages):
    dialog = dialog_for(qtbot, session)
    where = tmp_path / "out"
    where.mkdir()
    not_a_folder = where / "notes.txt"
    not_a_folder.write_text("x")
    dialog.set_target(not_a_folder / "plan.pdf")
    with qtbot.waitSignal(dialog.export_failed, timeout=EXPORT_TIMEOUT) as blocker:
        dialog.export_button.click()
    dialog.worker.wait()
    assert "Choisissez un dossier existant" in blocker.args[0]
    assert sorted(p.name for p in where.iterdir()) == ["notes.txt"]
    assert not_a_folder.read_text() == "x"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_read_only_folder_fails_with_a_message_and_no_file(qtbot, tmp_path, session, messages):
    dialog = dialog_for(qtbot, session)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        dialog.set_target(folder / "plan.pdf")
        with qtbot.waitSignal(dialog.export_failed, timeout=EXPORT_TIMEOUT) as blocker:
            dialog.export_button.click()
        dialog.worker.wait()
        assert "protégé en écriture" in blocker.args[0]
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_worker_reports_a_full_disk_in_words(qtbot):
    """A real ENOSPC from /dev/full, through the real worker thread."""
    from ui.workers import Worker

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")

    def fill(progress):
        progress(1, 2)
        with open("/dev/full", "wb", buffering=0) as fh:
            fh.write(b"%PDF-1.7")

    worker = Worker(fill)
    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.start()
    worker.wait()
    assert isinstance(worker.error, OSError) and worker.error.errno == errno.ENOSPC
    assert "disque est plein" in blocker.args[0]
    assert "Libérez de la place" in blocker.args[0]


def test_an_existing_file_is_replaced_only_by_a_complete_pdf(qtbot, tmp_path, session):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    dialog = dialog_for(qtbot, session)
    dialog.set_target(target)
    export(qtbot, dialog)
    assert target.read_bytes().startswith(b"%PDF")


def test_last_folder_is_remembered(qtbot, tmp_path, data_dir, session):
    folder = tmp_path / "Mes documents"
    folder.mkdir()
    dialog = dialog_for(qtbot, session)
    dialog.set_target(folder / "bilan.pdf")
    export(qtbot, dialog)
    assert Settings(data_dir).get("last_export_dir") == str(folder)   # on disk, not just in memory

    again = dialog_for(qtbot, session)
    assert again.target().parent == folder
    assert again.target().suffix == ".pdf"
    assert "Boulangerie Éclair & Fils" in again.target().name


def test_file_name_is_safe_for_every_system():
    from ui.export_dialog import safe_file_name

    assert safe_file_name('A/B\\C:D*E?"F<G>H|I') == "A B C D E F G H I"
    assert safe_file_name("...") == "Boussole"
    assert safe_file_name("Café « Le Zinc »") == "Café « Le Zinc »"


def test_export_of_a_second_checkup_shows_the_progress(qtbot, tmp_path, data_dir, content):
    before = make_assessment(content, "worst")
    after = make_assessment(content, "mixed", seed=6)
    after.business = before.business
    after.started_at = "2027-05-20T09:30:00+02:00"
    session = open_session(data_dir, content, before, after)
    try:
        dialog = dialog_for(qtbot, session)
        dialog.set_target(tmp_path / "second.pdf")
        export(qtbot, dialog)
        text = " ".join(pdf_text(tmp_path / "second.pdf").split())
        assert "Progrès depuis le diagnostic précédent" in text
    finally:
        session.close()


def test_a_long_business_name_is_shortened_not_the_date_or_edition(qtbot, data_dir, content):
    import datetime

    name = "Boulangerie-pâtisserie « Au Pain Doré » de Saint-Rémy-de-Provence, place de la Mairie"
    session = open_session(data_dir, content, make_assessment(content, name=name))
    try:
        dialog = dialog_for(qtbot, session)
        file_name = dialog.file_name()
        assert file_name.startswith("Boussole Boulangerie-pâtisserie")
        assert file_name.endswith(f"{datetime.date.today().isoformat()} complet.pdf")
        assert len(file_name) <= 84
    finally:
        session.close()
