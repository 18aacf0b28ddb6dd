"""The plan page: "Cette semaine" on top, the owner's pace, the plan one line per action in the
engine's order and numbers, details on demand, tracking saved at once, ticking an action done
pulls the next one forward, and the keyboard does all of it (the pace: test_ui_plan_pace.py).

Real widgets, a real store in tmp_path (reopened to check what was saved), the real content.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest

from checks.evaluation import PERIODS
from tests.factories import FULL_PROFILE, attached_session, make_assessment, open_session, open_store

BAKERY = {**FULL_PROFILE, "it_provider": "no"}   # 2-9 staff, no IT provider


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
    session = open_session(data_dir, content, make_assessment(content, "worst", profile=BAKERY))
    yield session
    session.close()


def plan_page(qtbot, session, size=(1100, 760)):
    from ui.plan_page import PlanPage

    page = PlanPage(session)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page


def stored(session, action_id):
    return session.workspace.store.load_assessment(session.checkup_id).actions.get(action_id)


def test_lines_follow_the_engine_numbers_and_periods(qtbot, worst, content):
    page = plan_page(qtbot, worst)
    plan = worst.evaluation().plan
    assert len(plan.actions) > 60                      # a long plan, every line built at once
    rows = page.plan_list.visible_rows()
    assert [r.data.action for r in rows] == [a.action for a in plan.actions]
    assert [r.data.number for r in rows] == [str(a.number) for a in plan.actions]
    assert [int(r.data.number) for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0].data.title == content.actions[plan.actions[0].action].title.fr
    for period in plan.periods:
        heading = page.plan_list.headings.get(period.id)
        assert (heading is not None and heading.isVisibleTo(page)) == bool(period.actions)
    assert page.plan_list.headings["week"].title.text().startswith("Cette semaine · jusqu'au ")
    assert page.plan_list.details == {}                 # details are built on demand only
    from checks.score_json import score_report          # the JSON of `boussole-cli score`

    report = score_report(content, worst.assessment())
    assert [(a["id"], a["number"]) for a in report["plan"]["actions"] if a["number"]] == \
        [(r.data.action, int(r.data.number)) for r in rows]
    assert "Le PDF reprend les mêmes numéros" in page.summary.text()


def test_this_week_lists_the_next_actions_with_who_and_effort(qtbot, worst, content):
    page = plan_page(qtbot, worst)
    plan = worst.evaluation().plan
    week = page.week
    assert week.title.text() == "Cette semaine"
    listed = list(week.boxes)
    assert 3 <= len(listed) <= 5
    assert listed == [a.action for a in plan.actions[:len(listed)]]
    first = plan.actions[0]
    texts = [w.text() for w in week.lines[first.action].findChildren(type(week.title))]
    assert texts[0] == f"1. {content.actions[first.action].title.fr}"
    assert texts[1].startswith("Qui : vous-même") and "environ " in texts[1]
    assert "prestataire informatique" not in " ".join(texts)     # the bakery has none
    assert week.progress_text.text() == f"0 / {plan.progress.total} faites"
    # the week card sits above everything else of the plan
    assert week.y() < page.pace.y() < page.plan_list.y()


def test_ticking_an_action_done_pulls_the_next_one_forward(qtbot, worst):
    page = plan_page(qtbot, worst)
    before = worst.evaluation().plan
    first, second = before.actions[0].action, before.actions[1].action
    with qtbot.waitSignal(worst.actions_changed):
        page.week.boxes[first].click()
    assert stored(worst, first).status == "done"          # in the store at once
    after = worst.evaluation().plan
    assert after.actions[0].action == second and after.actions[0].number == 1
    assert list(page.week.boxes)[0] == second             # the card shows it at once
    assert page.week.progress_text.text() == f"1 / {after.progress.total} faites"
    assert page.week.progress.value() == 1
    done_row = page.plan_list.rows[first]
    assert done_row.data.status == "done" and done_row.data.number == ""
    assert page.plan_list.visible_rows()[-1] is done_row   # moved to "Déjà fait", at the end
    assert page.plan_list.headings["done"].title.text() == "Déjà fait (1)"


def test_the_list_is_driven_by_the_keyboard(qtbot, worst):
    page = plan_page(qtbot, worst)
    plan = worst.evaluation().plan
    rows = page.plan_list.visible_rows()
    rows[0].setFocus()
    qtbot.waitUntil(rows[0].hasFocus)
    qtbot.keyClick(rows[0], Qt.Key.Key_Down)
    assert rows[1].hasFocus()
    assert "Espace" in rows[1].toolTip() and "Entrée" in rows[1].toolTip()

    qtbot.keyClick(rows[1], Qt.Key.Key_Return)               # Enter opens the details
    details = page.plan_list.details[plan.actions[1].action]
    assert details.isVisible() and rows[1].expanded
    assert details.steps[0].text().startswith("1. ")
    qtbot.keyClick(rows[1], Qt.Key.Key_Return)               # and closes them
    assert not details.isVisible()
    # Escape closes them too, from their line or from a field inside, back on the line
    qtbot.keyClick(rows[1], Qt.Key.Key_Return)
    qtbot.keyClick(rows[1], Qt.Key.Key_Escape)
    assert not details.isVisible() and not rows[1].expanded
    qtbot.keyClick(rows[1], Qt.Key.Key_Return)
    details.tracking.owner.setFocus()
    qtbot.keyClick(details.tracking.owner, Qt.Key.Key_Escape)
    assert not details.isVisible() and rows[1].hasFocus()

    with qtbot.waitSignal(worst.actions_changed):
        qtbot.keyClick(rows[1], Qt.Key.Key_Space)            # Space: done
    assert stored(worst, plan.actions[1].action).status == "done"
    now = page.plan_list.visible_rows()
    assert now[1].data.action == plan.actions[2].action       # the next one took its place
    assert now[1].hasFocus() and now[1].data.number == "2"
    qtbot.keyClick(now[1], Qt.Key.Key_End)
    assert now[-1].hasFocus() and now[-1].data.status == "done"
    with qtbot.waitSignal(worst.actions_changed):
        qtbot.keyClick(now[-1], Qt.Key.Key_Space)            # Space again: back to do
    assert stored(worst, plan.actions[1].action).status == "todo"
    assert page.plan_list.rows[plan.actions[1].action].data.number == "2"


def test_filters_by_period_status_and_domain(qtbot, worst):
    page = plan_page(qtbot, worst)
    plan = worst.evaluation().plan
    boxes = page.filter_boxes
    boxes["period"].setCurrentIndex(boxes["period"].findData("week"))
    shown = [r.data.action for r in page.plan_list.visible_rows()]
    assert shown == [a.action for a in plan.select(period="week")]
    assert not page.plan_list.headings["month"].isVisibleTo(page)

    boxes["period"].setCurrentIndex(0)
    boxes["module"].setCurrentIndex(boxes["module"].findData("ai"))
    shown = [r.data.action for r in page.plan_list.visible_rows()]
    assert shown and shown == [a.action for a in plan.select(module="ai")]

    boxes["module"].setCurrentIndex(0)
    boxes["status"].setCurrentIndex(boxes["status"].findData("done"))
    assert page.plan_list.visible_rows() == []
    assert page.plan_list.empty.isVisibleTo(page)
    assert page.plan_list.empty.text() == "Aucune action ne correspond à ces filtres."
    with qtbot.waitSignal(worst.actions_changed):
        page.set_done(plan.actions[3].action, True)
    assert [r.data.action for r in page.plan_list.visible_rows()] == [plan.actions[3].action]


def test_details_say_why_how_who_and_save_the_tracking(qtbot, data_dir, content):
    assessment = make_assessment(content, "worst", profile=BAKERY)
    session = open_session(data_dir, content, assessment)
    page = plan_page(qtbot, session)
    planned = session.evaluation().plan.actions[0]
    page.plan_list.open_details(planned.action)
    details = page.plan_list.details[planned.action]
    assert details.when.text().startswith("Au plus tard : ")
    assert details.who.text().startswith("Qui peut le faire : vous-même")
    assert content.questions[planned.because[0]].text.fr in details.reasons[0].text()
    fields = details.tracking
    assert fields.status.currentData() == "todo" and fields.due.text() == "Aucune"

    fields.status.setCurrentIndex(fields.status.findData("in_progress"))
    fields.owner.setFocus()
    type_text(qtbot, fields.owner, "Jérôme Lefèvre")
    qtbot.keyClick(fields.owner, Qt.Key.Key_Return)
    fields.due.setDate(QDate(2027, 3, 31))
    fields.note.setFocus()
    type_text(qtbot, fields.note, "devis demandé « urgent »")
    qtbot.keyClick(fields.note, Qt.Key.Key_Return)
    assert page.plan_list.rows[planned.action].data.status_text == "En cours"
    page.hide()
    session.close()
    with open_store(data_dir) as store:
        tracked = store.load_assessment(assessment.id).actions[planned.action]
    assert (tracked.status, tracked.owner, tracked.due, tracked.note) == (
        "in_progress", "Jérôme Lefèvre", "2027-03-31", "devis demandé « urgent »")

    session = attached_session(data_dir, content)
    session.open_checkup(assessment.id)
    page = plan_page(qtbot, session)
    page.plan_list.open_details(planned.action)
    fields = page.plan_list.details[planned.action].tracking
    assert fields.owner.text() == "Jérôme Lefèvre" and fields.due.date() == QDate(2027, 3, 31)
    fields.status.setCurrentIndex(fields.status.findData("done"))
    qtbot.mouseClick(fields.clear_due, Qt.MouseButton.LeftButton)
    page.hide()
    session.close()
    with open_store(data_dir) as store:
        tracked = store.load_assessment(assessment.id).actions[planned.action]
    assert (tracked.status, tracked.due) == ("done", "")


def test_typing_is_saved_without_leaving_the_field_and_keeps_the_focus(qtbot, worst):
    page = plan_page(qtbot, worst)
    planned = worst.evaluation().plan.actions[1]
    page.plan_list.open_details(planned.action)
    fields = page.plan_list.details[planned.action].tracking
    fields.owner.setFocus()
    qtbot.keyClicks(fields.owner, "Paul")
    qtbot.waitUntil(lambda: stored(worst, planned.action) is not None, timeout=3000)
    assert stored(worst, planned.action).owner == "Paul"
    assert fields.owner.hasFocus() and fields.owner.text() == "Paul"   # the refresh kept it
    assert page.plan_list.details[planned.action].tracking is fields


def test_due_date_steps_from_today_and_the_calendar_opens_on_this_month(qtbot, worst):
    page = plan_page(qtbot, worst)
    action = worst.evaluation().plan.actions[0].action
    page.plan_list.open_details(action)
    due = page.plan_list.details[action].tracking.due
    arrow = QPoint(due.width() - 5, due.height() // 2)
    qtbot.mouseClick(due, Qt.MouseButton.LeftButton, pos=arrow)   # opens the calendar
    calendar = due.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert due.iso() == ""
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    due.setFocus()
    qtbot.keyClick(due, Qt.Key.Key_Up)
    assert due.date() == QDate.currentDate()


def test_find_out_lists_dont_know_questions_by_whom_to_ask(qtbot, data_dir, content):
    session = open_session(data_dir, content, make_assessment(content, "dont_know",
                                                              profile=BAKERY))
    page = plan_page(qtbot, session)
    find_out = session.evaluation().plan.find_out
    assert find_out and page.find_out.isVisible()
    assert page.find_out.heading.text() == "Questions à poser"
    text = page.find_out.text()
    for item in find_out[:5]:
        assert content.questions[item.question].text.fr in text
    assert "À vérifier vous-même ou avec un prestataire à choisir" in text   # no IT provider
    assert "À demander à votre prestataire informatique" not in text
    page.hide()
    session.close()


def test_export_and_results_buttons(qtbot, worst):
    page = plan_page(qtbot, worst)
    with qtbot.waitSignal(page.export_requested):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.results_requested):
        qtbot.mouseClick(page.results_button, Qt.MouseButton.LeftButton)


def test_every_control_is_named_and_tab_goes_down_the_page(qtbot, worst):
    page = plan_page(qtbot, worst)
    plan = worst.evaluation().plan
    for planned in plan.actions[:6]:
        page.plan_list.open_details(planned.action)
    for details in page.plan_list.details.values():
        for widget in details.focus_chain():
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            assert widget.accessibleName()
    for widget in (*page.week.focus_chain(), *page.filter_boxes.values(), page.pace.hours,
                   page.pace.budget, *page.plan_list.visible_rows()):
        assert widget.accessibleName(), widget
    row = page.plan_list.rows[plan.actions[0].action]
    assert row.accessibleName().startswith("N° 1 — ")
    # Tab from the first line goes into its open details, then to the second line
    row.setFocus()
    qtbot.waitUntil(row.hasFocus)
    qtbot.keyClick(row, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.plan_list.details[plan.actions[0].action].tracking.status
    # Tab from a week line's box goes to its "Détails" (the texts between take no focus)
    box, details = page.week.focus_chain()[:2]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert page.focusWidget() is details


def test_leaving_the_page_saves_what_is_typed_and_never_into_another_checkup(qtbot, data_dir,
                                                                            content):
    first = make_assessment(content, "worst", name="Atelier Durand")
    second = make_assessment(content, "worst", name="Garage Petit")
    session = open_session(data_dir, content, first)
    other = session.workspace.store.import_assessment(second)
    page = plan_page(qtbot, session)
    action = session.evaluation().plan.actions[0].action
    page.plan_list.open_details(action)
    fields = page.plan_list.details[action].tracking
    fields.note.setFocus()
    qtbot.keyClicks(fields.note, "rappeler lundi")
    page.hide()                                   # the window shows another page
    assert session.workspace.store.load_assessment(first.id).actions[action].note == "rappeler lundi"

    qtbot.keyClicks(fields.owner, "Paul")         # typed, then another checkup is opened
    session.open_checkup(other)
    page.show()
    theirs = session.workspace.store.load_assessment(other).actions.get(action)
    assert theirs is None or theirs.owner == ""
    assert page.plan_list.details == {}           # the other checkup's lines are fresh
    assert page.title.text() == "Plan d'action — Garage Petit"
    page.hide()
    session.close()


@pytest.mark.parametrize("period", PERIODS)
def test_every_period_filter_shows_only_its_lines(qtbot, worst, period):
    page = plan_page(qtbot, worst)
    boxes = page.filter_boxes
    boxes["period"].setCurrentIndex(boxes["period"].findData(period))
    assert all(r.data.period_id == period for r in page.plan_list.visible_rows())
    assert len(page.plan_list.visible_rows()) == len(worst.evaluation().plan.select(period=period))


def test_ticking_from_the_keyboard_keeps_the_focus_in_this_week(qtbot, worst):
    page = plan_page(qtbot, worst)
    plan = worst.evaluation().plan
    box = page.week.boxes[plan.actions[0].action]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    with qtbot.waitSignal(worst.actions_changed):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert stored(worst, plan.actions[0].action).status == "done"
    now = page.week.boxes[plan.actions[1].action]
    assert list(page.week.boxes.values())[0] is now and now.hasFocus()


def test_an_answer_that_removes_an_action_removes_its_line(qtbot, worst, content):
    page = plan_page(qtbot, worst)
    planned = worst.evaluation().plan.actions[0]
    page.plan_list.open_details(planned.action)
    for qid in planned.because:
        best = max(content.questions[qid].options, key=lambda o: o.score).id
        with qtbot.waitSignal(worst.answers_changed):
            worst.answer(qid, best)
    plan = worst.evaluation().plan
    assert planned.action not in {a.action for a in plan.actions}
    assert planned.action not in page.plan_list.rows and planned.action not in page.plan_list.details
    rows = page.plan_list.visible_rows()
    assert [r.data.action for r in rows] == [a.action for a in plan.actions]
    assert [int(r.data.number) for r in rows] == list(range(1, len(rows) + 1))
