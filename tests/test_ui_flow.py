"""Whole checkups through the real window: by keyboard, by mouse, closed and reopened."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checks.content import DONT_KNOW, applies
from checks.interview_time import minutes_for
from tests.factories import open_store
from tests.test_ui_flow_support import (answer_key, answer_profile, click, close_window, expected_questions, focused,
                                        messages, new_business, open_app)  # noqa: F401
from ui.pages import PageId


def test_complete_checkup_by_keyboard(open_app, qtbot, messages):
    window = open_app()
    assert window.current == PageId.HOME
    new_business(window, qtbot)
    assert window.current == PageId.PROFILE
    store, session = window.session.workspace.store, window.session
    assert store.list_businesses("")[0]["name"] == "Boulangerie Martin"

    QTest.keyClick(focused(), Qt.Key.Key_Return)          # the profile's defaults are fine
    assert window.current == PageId.INTERVIEW
    page = window.current_page()
    expected = expected_questions(window)
    assert [q.id for q in page.questions] == expected
    chosen = {}
    for i in range(len(expected)):
        question = page.current_question()
        assert question.id == expected[i]
        key, option = answer_key(question, i)
        QTest.keyClick(focused(), key)
        chosen[question.id] = option
        QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert window.current == PageId.RESULTS
    assert messages.kinds() == []

    saved = store.load_assessment(session.checkup_id)
    assert {qid: a.option for qid, a in saved.answers.items()} == chosen
    assert store.get_checkup(session.checkup_id)["completed_at"]
    assert DONT_KNOW in chosen.values()


def test_complete_checkup_by_mouse(open_app, qtbot, messages):
    window = open_app()
    new_business(window, qtbot, name="Coiffure Elodie", by_mouse=True)
    assert window.current == PageId.PROFILE
    profile_page = window.current_page()
    # sells on its own site: "none" is exclusive and goes away
    sells = profile_page.cards["sells_online"]
    click(sells.buttons["own_site"], profile_page.scroll)
    assert sells.value() == ["own_site"]
    assert window.session.workspace.store.load_assessment(window.session.checkup_id).profile["sells_online"] == ["own_site"]
    QTest.mouseClick(profile_page.continue_button, Qt.MouseButton.LeftButton)
    assert window.current == PageId.INTERVIEW

    page = window.current_page()
    expected = expected_questions(window)
    for i in range(len(expected)):
        question = page.current_question()
        target = page.dont_know if i % 5 == 4 else page.option_buttons[i % len(question.options)]
        click(target, page.center)
        assert target.isChecked()
        click(page.next_button, page.center)
    assert window.current == PageId.RESULTS
    saved = window.session.workspace.store.load_assessment(window.session.checkup_id)
    assert set(saved.answers) == set(expected)
    assert messages.kinds() == []


def test_close_and_reopen_brings_back_question_answers_and_notes(open_app, qtbot, data_dir):
    window = open_app()
    new_business(window, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    page = window.current_page()
    answered = {}
    for i in range(4):
        question = page.current_question()
        QTest.keyClick(focused(), Qt.Key.Key_2)
        answered[question.id] = question.options[1].id
        if i == 2:
            page.note.setFocus()
            QTest.keyClicks(page.note, "A voir avec Jerome")
            QTest.keyClick(page.note, Qt.Key.Key_Escape)
        QTest.keyClick(focused(), Qt.Key.Key_Return)
    current = page.current_question().id
    noted = list(answered)[2]
    close_window(window)

    again = open_app(data_dir)                 # an owner with one business lands on it
    assert again.current == PageId.INTERVIEW
    page = again.current_page()
    assert page.current_question().id == current
    saved = again.session.assessment()
    assert {qid: a.option for qid, a in saved.answers.items()} == answered
    assert saved.answers[noted].note == "A voir avec Jerome"
    QTest.keyClick(focused(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    page.go_to(noted)
    assert page.note.toPlainText() == "A voir avec Jerome"
    assert page.option_buttons[1].isChecked()


def test_note_typed_then_window_closed_at_once_is_saved(open_app, qtbot, data_dir):
    window = open_app()
    new_business(window, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    page = window.current_page()
    first = page.current_question().id
    page.note.setFocus()
    QTest.keyClicks(page.note, "Note tapee juste avant de fermer")   # no answer, no wait
    assert page.note_keeper.timer.isActive()
    close_window(window)

    again = open_app(data_dir)
    page = again.current_page()
    assert page.current_question().id == first
    assert page.note.toPlainText() == "Note tapee juste avant de fermer"
    assert again.session.workspace.store.get_note(again.session.checkup_id, first) == \
        "Note tapee juste avant de fermer"


def test_note_saved_after_debounce_without_leaving(open_app, qtbot):
    window = open_app()
    new_business(window, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    page = window.current_page()
    qid = page.current_question().id
    page.note.setFocus()
    QTest.keyClicks(page.note, "Sauvegarde auto")
    store, checkup = window.session.workspace.store, window.session.checkup_id
    qtbot.waitUntil(lambda: store.get_note(checkup, qid) == "Sauvegarde auto", timeout=3000)


def test_questions_that_do_not_apply_are_skipped(open_app, qtbot, content):
    window = open_app()
    new_business(window, qtbot, profile=False)
    profile_page = window.current_page()
    for qid, option in (("sells_online", "none"), ("website", "no"), ("ai_use", "none"),
                        ("card_payments", "none")):
        card = profile_page.cards[qid]
        click(card.buttons[option], profile_page.scroll)
    answer_profile(window)   # the other questions
    profile = window.session.assessment().profile
    count = sum(1 for q in content.questions.values() if applies(q, profile))
    # the page says how many before the interview starts, and how long they take
    assert profile_page.summary.text() == (f"{count} questions vous concernent, environ "
                                           f"{minutes_for(count)} minutes.")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    page = window.current_page()
    asked = [q.id for q in page.questions]
    assert len(asked) == count
    assert asked and len(asked) < len(content.questions)
    skipped = [q for q in content.questions.values() if q.id not in asked]
    assert skipped and all(not applies(q, profile) for q in skipped)
    assert all(applies(content.questions[qid], profile) for qid in asked)
    assert set(page.list.question_ids()) == set(asked)


def test_killed_mid_interview_loses_no_answer_and_no_note(tmp_path, content):
    """The process is killed (SIGKILL) right after answering: everything answered is there."""
    import os
    import signal
    import subprocess
    import sys
    import textwrap
    from pathlib import Path


    root = Path(__file__).resolve().parent.parent
    data = tmp_path / "data"
    data.mkdir()   # no keychain in a child process: unencrypted storage, as if chosen
    (data / "settings.json").write_text('{"storage_mode": "plaintext"}')
    code = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(root)!r})
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from ui import app as ui_app
        qapp = ui_app.create_application(["boussole"])
        window = ui_app.open_window({str(data)!r})
        window.show(); QTest.qWaitForWindowActive(window)
        business = window.session.workspace.store.create_business("Boulangerie Martin")
        window.start_checkup(business)
        session = window.session   # a new business: its profile answered as the defaults say
        session.save_profile({{**session.content.default_profile(), **session.profile()}})
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        page = window.current_page()
        for i in range(5):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        page.note.setFocus()
        QTest.keyClicks(page.note, "Note du dernier instant")
        QTest.keyClick(page.note, Qt.Key.Key_Escape)      # leaves the note: saved
        print(window.session.checkup_id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr
    checkup = result.stdout.strip().splitlines()[-1]
    with open_store(data) as store:
        saved = store.load_assessment(checkup)
        assert len(saved.answers) == 5
        assert {a.option for a in saved.answers.values()} <= {
            q.options[1].id for q in content.questions.values()}
        assert "Note du dernier instant" in store.notes(checkup).values()
