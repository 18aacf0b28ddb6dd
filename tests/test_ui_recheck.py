"""A checkup answered with content 2026.11, walked in the real app on a real store: found in
the business's history, opened read-only with its own texts and score, exported to PDF with its
own version, then re-checked with 2026.12 (profile carried over and marked, last time's answers
under the questions, key R), compared question by question with "not comparable" named in the
results and the owner PDF. Real widgets (pytest-qt), no mocks.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checks.assessment import Answer
from checks.content_versions import load_version
from checks.scoring import evaluate_assessment
from tests.factories import make_assessment, open_checkups
from tests.test_ui_export import dialog_for, export, pdf_text
from tests.test_ui_flow_support import (answer_profile, click, focused, messages,  # noqa: F401
                                        open_app, wait_active)
from ui.actions import ActionId
from ui.pages import PageId

OLD = "2026.11"


def words(text: str) -> str:
    return " ".join(text.split())


def shown(rich_label) -> str:
    """A rich-text label's text as a reader sees it (entities decoded, tags gone)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich_label.text())
    return words(document.toPlainText())


def exported_text(qtbot, window, path) -> str:
    """Export the open checkup's owner PDF through the export dialog; its text."""
    dialog = dialog_for(qtbot, window.session)
    dialog.set_target(path)
    export(qtbot, dialog)
    dialog.close()
    wait_active(window)
    return words(pdf_text(path))


def _select(home, name: str) -> None:
    table = home.table
    model = table.model()
    row = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == name)
    table.setCurrentIndex(model.index(row, 0))


def open_from_history(window, home, name: str, row: int = 0, check=None) -> None:
    """Home -> the business's history (the button) -> the checkup at `row` (newest first)."""
    from ui.history_dialog import HistoryDialog

    _select(home, name)
    seen = {}

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HistoryDialog), dialog
        seen["rows"] = [[dialog.table.topLevelItem(i).text(c) for c in range(5)]
                        for i in range(dialog.table.topLevelItemCount())]
        dialog.table.setCurrentItem(dialog.table.topLevelItem(row))
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    QTest.mouseClick(home.history_button, Qt.MouseButton.LeftButton)
    wait_active(window)
    if check is not None:
        check(seen["rows"])


@pytest.fixture
def archived(data_dir, content):
    """A completed 2026.11 checkup of Boulangerie Martin, imported into the store."""
    old = load_version(OLD)
    a = make_assessment(old, "worst", profile={
        "sector": "retail", "staff": "2_9", "sells_online": ["own_site"],
        "card_payments": ["in_shop", "online"], "website": "yes", "ai_use": ["chat_assistant"],
        "customer_wifi": "yes", "personal_data": "yes", "it_provider": "no"})
    a.started_at, a.completed_at = "2026-03-12T09:00:00+01:00", "2026-03-12T10:10:00+01:00"
    a.answers["cyber.website"] = Answer("no", "")
    a.answers["cyber.inventory"] = Answer("partial", "liste à finir")
    with open_checkups(data_dir, content) as checkups:
        checkups.import_assessment(a)
    return old, a


def test_a_2026_11_checkup_walked_in_the_app_then_re_checked(open_app, qtbot, tmp_path, content,
                                                             archived, messages):
    old, before = archived
    window = open_app(advisor_mode=True)
    home = window.current_page()

    def history_says(rows):
        assert rows == [["12 mars 2026", OLD, rows[0][2], "100 %", "Terminé · lecture seule"]]

    open_from_history(window, home, "Boulangerie Martin", check=history_says)
    session = window.session
    assert window.current == PageId.RESULTS and session.checkup_id == before.id
    # read-only, with its own version: the banner says so and offers a new checkup
    banner = window.read_only_banner
    assert banner.isVisible() and OLD in banner.text.text()
    assert banner.action.text() == "Nouveau diagnostic"
    expected = evaluate_assessment(old, before)
    results = window.current_page()
    assert f"Score global {expected.score:.0f}/100" in results.overall.text()
    assert not results.resume_button.isVisible()

    # the interview shows 2026.11's own question, and no key changes an answer
    window.go_to_question("cyber.website")
    interview = window.current_page()
    assert interview.question_text.text() == old.questions["cyber.website"].text.fr
    assert not interview.option_buttons[0].isEnabled() and interview.note.isReadOnly()
    assert interview.option_buttons[old.questions["cyber.website"].options.index(
        old.questions["cyber.website"].option("no"))].isChecked()
    QTest.keyClick(focused(), Qt.Key.Key_1)
    assert session.checkups.export_assessment(before.id).answers["cyber.website"].option == "no"
    window.show_page(PageId.PLAN)
    plan = window.current_page()
    first = session.evaluation().plan.actions[0].action
    plan.show_details(first)
    card = plan.plan_list.details[first].tracking
    assert not card.status.isEnabled() and card.owner.isReadOnly()
    assert not any(box.isEnabled() for box in plan.week.boxes.values())

    # its PDF: 2026.11's texts
    text = exported_text(qtbot, window, tmp_path / "2026-11.pdf")
    assert words(old.questions["cyber.website"].text.fr)[:60] in text
    assert OLD in text

    # a new checkup from the banner: 2026.12, the profile carried over and marked
    window.show_page(PageId.RESULTS)
    click(banner.action)
    wait_active(window)
    assert window.current == PageId.PROFILE and session.checkup_id != before.id
    assert session.content.version == content.version and session.read_only is None
    assert not banner.isVisible()
    profile_page = window.current_page()
    mark = profile_page.findChild(type(profile_page.title), "carried-website")
    qtbot.waitUntil(mark.isVisible)   # cards added to a shown page appear on the next loop
    assert mark.text() == "Repris du diagnostic du 12 mars 2026"
    # 2026.12 asks what 2026.11 did not: the interview waits for it, and says so
    missing = session.missing_profile()
    assert missing and "website" not in missing
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert window.current == PageId.PROFILE
    line = profile_page.status.missing_line
    assert line.isVisible()
    assert content.profile_question(missing[0]).text.fr in line.text()
    answer_profile(window)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert window.current == PageId.INTERVIEW

    # last time's answer under a question that kept its meaning; R gives it again
    interview.go_to("cyber.inventory")
    bar = interview.center.last_time
    assert bar.isVisible()
    label = content.questions["cyber.inventory"].option("partial").label.fr
    assert bar.text.text() == f"La dernière fois (12 mars 2026) : {label}"
    assert bar.text.accessibleDescription() == "Note de la dernière fois : liste à finir"
    assert "liste à finir" in bar.text.toolTip()
    assert bar.keep.isVisible()
    interview.note.setFocus()
    QTest.keyClicks(interview.note, "Rappel")            # typing in the note: R is a letter
    assert interview.note.toPlainText() == "Rappel"
    assert "cyber.inventory" not in session.assessment().answers
    QTest.keyClick(interview.note, Qt.Key.Key_Escape)    # back to the answers
    QTest.keyClick(focused(), Qt.Key.Key_R)
    assert session.assessment().answers["cyber.inventory"].option == "partial"
    assert session.assessment().answers["cyber.inventory"].note == "Rappel"
    assert not bar.keep.isVisible()
    # a question that replaced one that changed meaning: no hint
    interview.go_to("cyber.site_updates")
    assert not bar.isVisible()

    # everything else answered well, then the results compare question by question
    for question in session.applicable_questions():
        if question.id not in session.assessment().answers:
            session.answer(question.id, max(question.options, key=lambda o: o.score).id)
    window.finish_interview()
    results = window.current_page()
    details = results.compare_details
    assert details.isVisible() and OLD in details.versions.text()
    lost = shown(details.not_comparable.items)
    assert old.questions["cyber.website"].text.fr[:50] in lost
    assert old.questions["online.accessibility"].text.fr[:50] in lost
    assert details.not_comparable.toggle.text() == "Questions non comparables (2)"
    improved = shown(details.improved.items)
    assert "cookies" in improved.lower()
    assert content.questions["cyber.site_updates"].text.fr[:40] not in improved

    # the owner PDF names them too
    text = exported_text(qtbot, window, tmp_path / "2026-12.pdf")
    assert "Questions non comparables" in text and "Questions en progrès" in text
    assert words(old.questions["cyber.website"].text.fr)[:60] in text
    assert messages.kinds() == []


def test_a_new_business_waits_for_every_profile_answer(open_app, qtbot, content, messages):
    from tests.test_ui_flow_support import new_business

    window = open_app()
    new_business(window, qtbot, profile=False)
    page = window.current_page()
    assert window.current == PageId.PROFILE
    # nothing pre-filled but what the business dialog asked (sector and staff band: not set)
    assert all(not b.isChecked() for card in page.cards.values() for b in card.buttons.values())
    assert window.session.profile() == {}
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert window.current == PageId.PROFILE and page.status.missing_line.isVisible()
    text = page.status.missing_line.text()
    assert text.startswith(f"{len(content.profile)} questions restent sans réponse, encadrées")
    assert f"« {content.profile[0].text.fr} »" in text   # where to start
    assert page.cards["website"].styleSheet()            # all of them outlined
    window.actions[ActionId.INTERVIEW].trigger()
    assert window.current == PageId.PROFILE   # the header's step is held back too
    answer_profile(window)
    assert not page.status.missing_line.isVisible()   # updated as the owner answers
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert window.current == PageId.INTERVIEW


def test_an_answered_checkup_opens_its_questions_with_profile_answers_missing(
        open_app, qtbot, content, data_dir, messages):
    """An imported checkup made without the hours and budget questions (the bakery sample):
    the advisor reviews its answers without making up the two profile answers first."""
    with open_checkups(data_dir, content) as checkups:
        checkup = checkups.import_assessment(make_assessment(content, "mixed")).checkup_id
    window = open_app(data_dir, advisor_mode=True)
    window.resume_checkup(checkup)
    assert set(window.session.missing_profile()) == {"monthly_hours", "yearly_budget"}
    window.actions[ActionId.INTERVIEW].trigger()
    assert window.current == PageId.INTERVIEW
    window.show_page(PageId.PROFILE)
    page = window.current_page()
    page.continue_button.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert window.current == PageId.INTERVIEW
    window.show_page(PageId.PROFILE)               # the two are outlined and named there
    assert page.status.missing_line.isVisible()
    assert "2 questions restent sans réponse" in page.status.missing_line.text()
    assert messages.kinds() == []


def test_an_older_checkup_opens_read_only_from_the_history(open_app, qtbot, tmp_path, data_dir,
                                                           content, messages):
    first = make_assessment(content, "best")
    first.started_at, first.completed_at = "2026-03-12T09:00:00+01:00", "2026-03-12T10:00:00+01:00"
    second = make_assessment(content, "best")
    second.business = first.business
    second.id = "second-checkup"
    second.started_at = "2026-12-02T09:00:00+01:00"
    second.completed_at = "2026-12-02T10:00:00+01:00"
    worse = [q for q in content.questions if q in second.answers][:3]
    for qid in worse:
        second.answers[qid] = Answer(min(content.questions[qid].options, key=lambda o: o.score).id)
    with open_checkups(data_dir, content) as checkups:
        checkups.import_assessment(first)
        checkups.import_assessment(second)
    window = open_app(advisor_mode=True)
    home = window.current_page()

    def two_rows(rows):
        assert [r[0] for r in rows] == ["2 déc. 2026", "12 mars 2026"]
        assert [r[4] for r in rows] == ["Terminé", "Terminé · lecture seule"]

    open_from_history(window, home, "Boulangerie Martin", row=1, check=two_rows)
    session = window.session
    assert session.checkup_id == first.id and session.read_only == "older"
    banner = window.read_only_banner
    assert banner.isVisible() and "un diagnostic plus récent existe" in banner.text.text()
    window.show_page(PageId.PROFILE)
    profile = window.current_page()
    assert not next(iter(profile.cards["website"].buttons.values())).isEnabled()
    QTest.keyClick(focused(), Qt.Key.Key_Return)   # on to the questions: shown, not editable
    assert window.current == PageId.INTERVIEW
    assert not window.current_page().option_buttons[0].isEnabled()
    # results, plan and PDF still work
    assert "Boulangerie Martin" in exported_text(qtbot, window, tmp_path / "older.pdf")
    # the way back to the latest one, which names the answers that worsened
    click(banner.action)
    assert session.checkup_id == second.id and session.read_only is None
    assert not banner.isVisible() and window.current == PageId.RESULTS
    details = window.current_page().compare_details
    worsened = shown(details.worsened.items)
    assert details.worsened.toggle.text() == "Réponses en recul (3)"
    for qid in worse:
        assert words(content.questions[qid].text.fr)[:40] in worsened
    assert not details.improved.isVisible() and not details.not_comparable.isVisible()
    assert messages.kinds() == []
