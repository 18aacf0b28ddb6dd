"""The plan page's pace: the owner's hours a month and budget edited on the page re-pace the
plan at once, each period's load and lateness in words, and the overload said with its numbers
and a way out. Split from tests/test_ui_plan.py, whose fixtures it uses."""
from __future__ import annotations

from checks import formatting
from tests.factories import make_assessment, open_session
from tests.test_ui_plan import BAKERY, plan_page, worst  # noqa: F401 - worst is a fixture


def test_hours_a_month_are_edited_on_the_page_and_the_plan_re_paces(qtbot, worst, data_dir):
    page = plan_page(qtbot, worst)
    before = worst.evaluation().plan
    assert before.capacity.monthly_hours == 8 and before.capacity.from_staff
    hours = page.pace.hours
    assert hours.currentText() == "Selon l'effectif (8\u00a0h)"
    with qtbot.waitSignal(worst.answers_changed):
        hours.setCurrentIndex(hours.findData("32"))
        hours.activated.emit(hours.currentIndex())
    assert worst.workspace.store.load_assessment(worst.checkup_id).profile["monthly_hours"] == "32"
    after = worst.evaluation().plan
    assert after.capacity.monthly_hours == 32
    week_rows = [r for r in page.plan_list.visible_rows() if r.data.period_id == "week"]
    assert len(week_rows) == len(after.select(period="week")) > len(before.select(period="week"))
    first = page.pace.timeline.rows()[0]
    assert first.room == 8 and "sur 8\u00a0h" in first.hours_text   # a week of 32 h a month
    # a period drawn red for its late actions says how many, even when its hours fit
    assert any(p.late for p in after.periods)
    for row, period in zip(page.pace.timeline.rows(), after.periods):
        assert row.hours_text.endswith(f" · {period.late} en retard") == (period.late > 0)
    with qtbot.waitSignal(worst.answers_changed):
        budget = page.pace.budget
        budget.setCurrentIndex(budget.findData("500"))
        budget.activated.emit(budget.currentIndex())
    assert worst.evaluation().plan.capacity.yearly_budget == 500
    assert worst.profile()["monthly_hours"] == "32"             # the other answer is kept


def test_overload_is_said_with_the_numbers_and_more_hours_offered(qtbot, data_dir, content):
    few = make_assessment(content, "worst", profile=BAKERY, fraction=0.3)
    few.profile["monthly_hours"] = "2"
    session = open_session(data_dir, content, few)
    page = plan_page(qtbot, session)
    plan = session.evaluation().plan
    assert plan.overload.late
    assert page.pace.callout.isVisible()
    text = page.pace.overload.text()
    assert f"Actions en retard sur leur délai : {len(plan.overload.late)} " in text
    assert "Pour tout tenir, il faudrait" in text and "CCI" in text
    assert (f"À {formatting.hours(plan.capacity.monthly_hours, 'fr')} par mois, tout le plan "
            f"prendrait environ {formatting.months(plan.months_at_pace(), 'fr')}.") in text
    if page.pace.raise_button.isVisible():
        with qtbot.waitSignal(session.answers_changed):
            page.pace.raise_button.click()
        assert int(session.profile()["monthly_hours"]) >= plan.overload.monthly_hours_needed
        assert not session.evaluation().plan.overload.late
    session.close()
