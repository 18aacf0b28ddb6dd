"""The interview page: keys, the side list and its search, help, progress, profile rules."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checks.content import DONT_KNOW
from tests.test_ui_flow_support import (click, focused, messages, new_business,  # noqa: F401
                                        open_app)
from ui.pages import PageId
from ui.question_list import fold


def _interview(open_app, qtbot):
    window = open_app()
    new_business(window, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert window.current == PageId.INTERVIEW
    return window, window.current_page()


def test_digits_choose_zero_is_dont_know_and_each_answer_is_saved_at_once(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    store, checkup = window.session.workspace.store, window.session.checkup_id
    question = page.current_question()
    QTest.keyClick(focused(), Qt.Key.Key_3)
    assert page.option_buttons[2].isChecked()
    assert store.load_assessment(checkup).answers[question.id].option == question.options[2].id
    QTest.keyClick(focused(), Qt.Key.Key_0)
    assert page.dont_know.isChecked() and not page.option_buttons[2].isChecked()
    assert store.load_assessment(checkup).answers[question.id].option == DONT_KNOW
    # a digit beyond the options does nothing
    QTest.keyClick(focused(), Qt.Key.Key_9)
    assert store.load_assessment(checkup).answers[question.id].option == DONT_KNOW
    # the summary shown on the home page follows a moment later (derived data)
    qtbot.waitUntil(lambda: store.get_checkup(checkup)["completion"] > 0, timeout=5000)


def test_alt_left_goes_back_and_enter_goes_forward(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    first = page.current_question().id
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert page.index == 2
    QTest.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.index == 1
    QTest.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current_question().id == first
    assert not page.previous_button.isEnabled()
    QTest.keyClick(focused(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.index == 1
    # the position is remembered for the next opening (once it settles; at once on closing)
    store, checkup = window.session.workspace.store, window.session.checkup_id
    qtbot.waitUntil(lambda: store.get_position(checkup) == page.current_question().id,
                    timeout=3000)


def test_enter_on_a_focused_button_presses_that_button(open_app, qtbot):
    """Enter means "next question" on an answer, but on "Précédent" it goes back."""
    window, page = _interview(open_app, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert page.index == 2
    page.previous_button.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert page.index == 1
    page.next_button.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert page.index == 2


def test_typing_words_on_the_answers_writes_the_note_and_answers_nothing(open_app, qtbot):
    """An advisor types at once: the words go to the note (saved), the spaces between them
    no longer press the focused answer."""
    window, page = _interview(open_app, qtbot)
    store, checkup = window.session.workspace.store, window.session.checkup_id
    question = page.current_question()
    assert isinstance(focused(), type(page.option_buttons[0]))
    for ch in "Voir avec Paul":
        QTest.keyClick(focused(), ch)   # each key goes where the focus is, as a keyboard's
    assert page.note.toPlainText() == "Voir avec Paul" and focused() is page.note
    page.note_keeper.save()
    assert question.id not in store.load_assessment(checkup).answers
    assert window.session.note(question.id) == "Voir avec Paul"
    assert not any(b.isChecked() for b in page.option_buttons)
    # back on the answers, a digit still answers
    QTest.keyClick(page.note, Qt.Key.Key_Escape)
    QTest.keyClick(focused(), Qt.Key.Key_2)
    assert page.option_buttons[1].isChecked()
    QTest.keyClick(focused(), "e")                      # more words go after, apart
    assert page.note.toPlainText() == "Voir avec Paul e"


def test_the_note_scrolls_into_view_when_it_takes_the_focus(open_app, qtbot):
    """On a short window the note sits below the answers, its first line above the buttons."""
    window, page = _interview(open_app, qtbot)
    window.resize(1100, 560)
    qtbot.waitUntil(lambda: page.center.verticalScrollBar().maximum() > 0)
    note = page.note
    assert note.visibleRegion().boundingRect().height() < note.height()   # partly hidden
    QTest.keyClick(focused(), "V")                     # typing starts the note
    assert focused() is note
    qtbot.waitUntil(lambda: note.visibleRegion().boundingRect().height() == note.height())


def test_ctrl_f_filters_the_side_list_and_enter_jumps(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.list.search
    QTest.keyClicks(page.list.search, "mot de passe")
    visible = page.list.visible_question_ids()
    assert 0 < len(visible) < len(page.questions)
    content = window.session.content
    for qid in visible:
        q = content.questions[qid]
        theme = content.theme(q.module, q.theme).title.fr
        assert all(w in fold(q.text.fr + " " + theme + " " + qid) or w in fold(str(
            [q.id for q in page.questions].index(qid) + 1)) for w in fold("mot de passe").split())
    QTest.keyClick(page.list.search, Qt.Key.Key_Return)
    assert page.current_question().id == visible[0]
    assert page.list.search.text() == ""           # the filter is cleared after the jump
    assert len(page.list.visible_question_ids()) == len(page.questions)
    # Escape in the search goes back to the answers
    QTest.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(page.list.search, "zzzz-rien")
    assert page.list.visible_question_ids() == []
    QTest.keyClick(page.list.search, Qt.Key.Key_Escape)
    assert page.list.search.text() == ""
    assert focused() in page.option_buttons


def test_search_ignores_accents_and_case(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    page.find()
    QTest.keyClicks(page.list.search, "SECURITE")
    with_accent = set(page.list.visible_question_ids())
    page.list.search.clear()
    page.list.search.setText("sécurité")
    assert set(page.list.visible_question_ids()) == with_accent and with_accent


def test_side_list_shows_answered_and_jumps(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_1)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    QTest.keyClick(focused(), Qt.Key.Key_0)
    from ui.question_list import QID_ROLE

    items = page.list._items
    first, second, third = (q.id for q in page.questions[:3])
    role = Qt.ItemDataRole.AccessibleDescriptionRole
    assert items[first].data(0, role) == "répondue"
    assert items[second].data(0, role) == "je ne sais pas"
    assert items[third].data(0, role) == "sans réponse"
    target = page.questions[10].id
    page.list.tree.setCurrentItem(items[target])
    page.list.tree.setFocus()
    QTest.keyClick(page.list.tree, Qt.Key.Key_Return)
    assert page.current_question().id == target
    assert items[target].data(0, QID_ROLE) == target


def test_progress_per_module_and_time_left(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    modules = {q.module for q in page.questions}
    assert set(page.modules) == modules
    module = page.current_question().module
    total = sum(1 for q in page.questions if q.module == module)
    before = page.time_left.text()
    assert "min" in before
    QTest.keyClick(focused(), Qt.Key.Key_1)
    bar = page.modules[module].bar
    assert (bar.value(), bar.maximum()) == (1, total)
    assert page.modules[module].count.text() == f"1/{total}"


def test_help_shows_why_check_and_the_linked_action_steps(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    question = page.current_question()
    content = window.session.content
    assert page.help.why.text() == question.why.fr
    action = content.actions[question.actions[0]]
    assert action.title.fr in page.help.how_text()
    assert f"1. {action.steps[0].fr}" in page.help.how_text()
    assert page.help.how_title.isVisibleTo(page)
    assert page.critical.isVisibleTo(page) == question.critical


def test_every_control_has_an_accessible_name_and_tab_reaches_them(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    controls = [b for b in page.option_buttons if b.isVisible()] + [
        page.dont_know, page.note, page.previous_button, page.next_button, page.profile_button,
        page.list.search, page.list.tree]
    for control in controls:
        assert control.accessibleName(), control.objectName()
    assert page.option_buttons[0].accessibleName().startswith("1. ")
    assert page.dont_know.accessibleName() == "0. Je ne sais pas"
    reached = set()
    page.option_buttons[0].setFocus()
    for _ in range(40):
        reached.add(focused())
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    missing = [c.objectName() for c in controls if c.isEnabled() and c not in reached]
    assert not missing


def test_profile_exclusive_options_and_saved_on_change(open_app, qtbot):
    window = open_app()
    new_business(window, qtbot)
    profile_page = window.current_page()
    ai = profile_page.cards["ai_use"]
    click(ai.buttons["chat_assistant"], profile_page.scroll)
    click(ai.buttons["content"], profile_page.scroll)
    assert ai.value() == ["chat_assistant", "content"]
    click(ai.buttons["none"], profile_page.scroll)
    assert ai.value() == ["none"]
    click(ai.buttons["built_in"], profile_page.scroll)
    assert ai.value() == ["built_in"]
    website = profile_page.cards["website"]
    click(website.buttons["no"], profile_page.scroll)
    saved = window.session.workspace.store.load_assessment(window.session.checkup_id).profile
    assert saved["ai_use"] == ["built_in"] and saved["website"] == "no"
    assert saved["sector"] == "retail"     # the default, also saved
    assert "questions" in profile_page.summary.text()


def test_profile_change_mid_interview_updates_the_questions(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    before = [q.id for q in page.questions]
    QTest.keyClick(focused(), Qt.Key.Key_1)
    click(page.profile_button, page.center)
    assert window.current == PageId.PROFILE
    profile_page = window.current_page()
    click(profile_page.cards["website"].buttons["no"], profile_page.scroll)
    click(profile_page.continue_button)
    assert window.current == PageId.INTERVIEW
    after = [q.id for q in page.questions]
    assert after != before and set(after) < set(before)


def test_answering_in_a_row_by_keys_saves_each_answer_and_moves_on(open_app, qtbot):
    # An advisor's rhythm: a digit, Enter, ten times. (How fast: benchmarks/bench_ui.py.)
    window, page = _interview(open_app, qtbot)
    store, checkup = window.session.workspace.store, window.session.checkup_id
    asked = []
    for _ in range(10):
        asked.append(page.current_question())
        QTest.keyClick(focused(), Qt.Key.Key_1)
        QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert page.index == 10
    saved = store.load_assessment(checkup).answers
    assert {q.id: saved[q.id].option for q in asked} == {q.id: q.options[0].id for q in asked}
    assert len({q.id for q in asked}) == 10


def test_profile_by_keyboard_arrows_space_and_enter(open_app, qtbot):
    window = open_app()
    new_business(window, qtbot)
    profile_page = window.current_page()
    sector = profile_page.cards["sector"]
    assert focused() is sector.buttons["retail"]           # the chosen answer has the focus
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is sector.buttons["food_service"]
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    assert sector.value() == "food_service"
    assert window.session.workspace.store.load_assessment(window.session.checkup_id).profile["sector"] == \
        "food_service"
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert window.current == PageId.INTERVIEW


def test_question_and_help_texts_can_be_selected_with_the_mouse(open_app, qtbot):
    """A drag selects (they turn selectable on the press: ui/select_on_press.py), the
    selection stays to be copied after the mouse leaves, and the pointer says so throughout."""
    from PySide6.QtCore import QEvent, QPoint

    window, page = _interview(open_app, qtbot)
    window.resize(1366, 768)
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    for text in (page.question_text, page.help.why):
        qtbot.waitUntil(lambda: text.isVisible() and text.width() > 200)
        assert text.cursor().shape() == Qt.CursorShape.IBeamCursor
        assert not text.textInteractionFlags() & selectable   # no text document meanwhile
        line = text.fontMetrics().height() // 2 + text.contentsMargins().top()
        start, end = QPoint(2, line), QPoint(text.width() // 2, line)
        QTest.mousePress(text, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(text, end)
        QTest.mouseRelease(text, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        assert len(text.selectedText()) > 3 and text.text().startswith(text.selectedText())
        QApplication.sendEvent(text, QEvent(QEvent.Type.Leave))
        assert text.selectedText() and text.textInteractionFlags() & selectable   # to copy
        text.setSelection(0, 0)
        QApplication.sendEvent(text, QEvent(QEvent.Type.Leave))
        assert not text.textInteractionFlags() & selectable
        assert text.cursor().shape() == Qt.CursorShape.IBeamCursor


def test_the_side_list_keeps_the_current_question_in_view(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    window.resize(1366, 768)
    tree = page.list.tree
    for _ in range(len(page.questions) - 1):
        QTest.keyClick(focused(), Qt.Key.Key_1)
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        QApplication.processEvents()
        item = tree.currentItem()
        assert item.data(0, Qt.ItemDataRole.UserRole) == page.current_question().id
        assert tree.viewport().rect().contains(tree.visualItemRect(item))
