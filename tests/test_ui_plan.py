"""The plan page: actions by horizon with their facts and totals, tracking saved at once to the
store (status, owner, due date, note), the "questions à poser" list, the export button.

Real widgets, a real store in tmp_path (reopened to check what was saved), the real content.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest

from checks.content import HORIZONS
from checks.vocabulary import HORIZON_LABELS
from tests.factories import attached_session, make_assessment, open_session, open_store


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard, accents and French quotes included (QTest.keyClicks is ASCII-only)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def worst(data_dir, content):
    session = open_session(data_dir, content, make_assessment(content, "worst"))
    yield session
    session.close()


def plan_page(qtbot, session):
    from ui.plan_page import PlanPage

    page = PlanPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.built)    # the last cards are built just after the page shows
    return page


def test_actions_grouped_by_horizon_in_rank_order_with_totals(qtbot, worst, content):
    page = plan_page(qtbot, worst)
    plan = worst.evaluation().plan
    assert plan.actions
    assert list(page.cards) == [a.action for h in HORIZONS for a in plan.by_horizon(h)]
    totals = {t.horizon: t for t in plan.totals}
    for horizon in HORIZONS:
        assert page.horizon_headings[horizon].text() == HORIZON_LABELS[horizon].fr
        total_label = page.findChild(type(page.summary), f"horizonTotal_{horizon}")
        if totals[horizon].count:
            assert f"Actions : {totals[horizon].count} " in total_label.text()
        else:
            assert total_label.text() == "Rien à faire dans ce délai."
    assert f"Nombre d'actions : {len(plan.actions)} " in page.summary.text()


def test_an_action_card_says_what_why_who_and_how_much(qtbot, worst, content):
    page = plan_page(qtbot, worst)
    planned = worst.evaluation().plan.actions[0]
    action = content.actions[planned.action]
    card = page.cards[planned.action]
    assert card.title.text() == f"{planned.rank}. {action.title.fr}"
    assert "Priorité : " in card.badges.text()
    assert ("Gain rapide" in card.badges.text()) == planned.quick_win
    assert content.cost_bands[planned.cost].label.fr in card.facts.text()
    assert "Effort : " in card.facts.text()
    if action.help:
        assert content.help[action.help[0]].name.fr in card.help.text()
    for qid in planned.because:
        assert content.questions[qid].text.fr.replace("'", "&#x27;") in card.why.text() \
            or content.questions[qid].text.fr in card.why.text()
    # "Comment faire" unfolds the steps.
    assert not card.how.isVisible()
    qtbot.mouseClick(card.how_button, Qt.MouseButton.LeftButton)
    assert card.how.isVisible()


def test_tracking_is_saved_at_once_and_survives_reopening(qtbot, data_dir, content):
    assessment = make_assessment(content, "worst")
    session = open_session(data_dir, content, assessment)
    page = plan_page(qtbot, session)
    planned = session.evaluation().plan.actions[0]
    card = page.cards[planned.action]
    assert card.status.currentData() == "todo"
    assert card.due.iso() == "" and card.due.text() == "Aucune"

    card.status.setCurrentIndex(card.status.findData("in_progress"))
    card.owner.setFocus()
    type_text(qtbot, card.owner, "Jérôme Lefèvre")
    qtbot.keyClick(card.owner, Qt.Key.Key_Return)
    card.due.setDate(QDate(2027, 3, 31))
    card.note.setFocus()
    type_text(qtbot, card.note, "devis demandé « urgent »")
    qtbot.keyClick(card.note, Qt.Key.Key_Return)

    # Saved in the store already (another connection sees it after reopening).
    page.hide()
    session.close()
    with open_store(data_dir) as store:
        tracked = store.load_assessment(assessment.id).actions[planned.action]
    assert (tracked.status, tracked.owner, tracked.due, tracked.note) == (
        "in_progress", "Jérôme Lefèvre", "2027-03-31", "devis demandé « urgent »")

    # Done, and the due date removed: the "none" state is saved as no date.
    session = open_session_existing(data_dir, content, assessment.id)
    page = plan_page(qtbot, session)
    card = page.cards[planned.action]
    assert card.owner.text() == "Jérôme Lefèvre"
    assert card.due.date() == QDate(2027, 3, 31)
    card.status.setCurrentIndex(card.status.findData("done"))
    qtbot.mouseClick(card.clear_due, Qt.MouseButton.LeftButton)
    assert card.title.text().startswith("✓")
    page.hide()
    session.close()
    with open_store(data_dir) as store:
        tracked = store.load_assessment(assessment.id).actions[planned.action]
    assert (tracked.status, tracked.due) == ("done", "")


def open_session_existing(data_dir, content, checkup_id):
    session = attached_session(data_dir, content)
    session.open_checkup(checkup_id)
    return session


def test_typing_is_saved_without_leaving_the_field(qtbot, worst):
    page = plan_page(qtbot, worst)
    planned = worst.evaluation().plan.actions[1]
    card = page.cards[planned.action]
    card.owner.setFocus()
    qtbot.keyClicks(card.owner, "Paul")
    qtbot.waitUntil(lambda: worst.workspace.store.load_assessment(worst.checkup_id)
                    .actions.get(planned.action) is not None, timeout=3000)
    assert worst.workspace.store.load_assessment(worst.checkup_id).actions[planned.action].owner == "Paul"


def test_due_date_steps_from_today_not_from_the_none_date(qtbot, worst):
    page = plan_page(qtbot, worst)
    card = next(iter(page.cards.values()))
    card.due.setFocus()
    qtbot.keyClick(card.due, Qt.Key.Key_Up)
    assert card.due.date() == QDate.currentDate()


def test_find_out_lists_dont_know_questions_by_whom_to_ask(qtbot, data_dir, content):
    assessment = make_assessment(content, "dont_know")
    session = open_session(data_dir, content, assessment)
    page = plan_page(qtbot, session)
    find_out = session.evaluation().plan.find_out
    assert find_out
    assert page.find_out.isVisible()
    assert page.find_out_heading.text() == "Questions à poser"
    import html

    text = page.find_out.text()
    for item in find_out[:5]:
        assert html.escape(content.questions[item.question].text.fr) in text
    assert "À demander à votre prestataire informatique" in text
    page.hide()
    session.close()


def test_export_and_results_buttons(qtbot, worst):
    page = plan_page(qtbot, worst)
    with qtbot.waitSignal(page.export_requested):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.results_requested):
        qtbot.mouseClick(page.results_button, Qt.MouseButton.LeftButton)


def test_every_tracking_control_is_named_and_reachable(qtbot, worst):
    page = plan_page(qtbot, worst)
    for card in page.cards.values():
        for widget in (card.status, card.owner, card.due, card.note, card.clear_due):
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            assert widget.accessibleName()
        assert card.title.text().split(". ", 1)[1] in card.status.accessibleName()


def test_leaving_the_page_saves_what_is_typed_and_never_into_another_checkup(qtbot, data_dir,
                                                                            content):
    first = make_assessment(content, "worst", name="Atelier Durand")
    second = make_assessment(content, "worst", name="Garage Petit")
    session = open_session(data_dir, content, first)
    other = session.workspace.store.import_assessment(second)
    page = plan_page(qtbot, session)
    action = session.evaluation().plan.actions[0].action
    card = page.cards[action]
    card.note.setFocus()
    qtbot.keyClicks(card.note, "rappeler lundi")
    page.hide()                                   # the window shows another page
    assert session.workspace.store.load_assessment(first.id).actions[action].note == "rappeler lundi"

    card = page.cards[action]
    qtbot.keyClicks(card.owner, "Paul")           # typed, then another checkup is opened
    session.open_checkup(other)
    page.show()
    assert action not in session.workspace.store.load_assessment(other).actions \
        or session.workspace.store.load_assessment(other).actions[action].owner == ""
    assert page.cards[action].owner.text() == ""
    page.hide()
    session.close()


def test_due_date_calendar_opens_on_this_month_when_there_is_no_date(qtbot, worst):
    page = plan_page(qtbot, worst)
    card = next(iter(page.cards.values()))
    arrow = QPoint(card.due.width() - 5, card.due.height() // 2)
    qtbot.mouseClick(card.due, Qt.MouseButton.LeftButton, pos=arrow)   # opens the calendar
    calendar = card.due.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert card.due.iso() == ""                      # opening it chose nothing
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
