"""One "this week" (Plan.week()): the schedule's first period. The plan's card, the home list
and the pace section say the same count and hours for it; the next actions shown after a short
week keep their own period and never count as this week's. The shipped bakery sample: one 4 h
action this week (2 h available), then two of "Ce mois-ci"."""
from __future__ import annotations

from pathlib import Path

from checks.assessment import read_assessment
from checks.scoring import evaluate_assessment

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "bakery.json"


def test_the_bakery_week_is_the_paced_week_and_the_next_ones_are_not_counted(content):
    plan = evaluate_assessment(content, read_assessment(SAMPLE, content)).plan
    week = plan.week()
    assert [a.number for a in week.actions] == [1] and week.actions[0].period == "week"
    assert (week.hours, week.available_hours, week.end) == (4.0, 2.0, "2026-12-06")
    assert week.hours == plan.period("week").hours        # what "Votre rythme" draws
    assert [(a.number, a.period) for a in week.then] == [(2, "month"), (3, "month")]
