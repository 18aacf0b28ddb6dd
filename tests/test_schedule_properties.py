"""Properties of the paced plan (issue 13), with hypothesis.

First on the scheduler alone (checks/schedule.py), with jobs of any size, deadline and
dependencies, any hours a month and any budget; then end to end on the mini and the real
content with any profile, answers, tracking, hours, budget and start date:
- numbers strictly increase through the periods, which come in order;
- an action never sits in an earlier period than one of higher priority unless a deadline, a
  dependency or its being started put it there (`why_now` says which), or the higher one
  waits for budget;
- each period's hours stay within what it has, except one action that starts it alone (its
  run-over is reported and taken from the next period);
- no deadline is missed unless reported (late, or held for budget);
- dependencies come first; the same input always gives the same plan; raising the hours never
  moves an action later.
"""
from __future__ import annotations

import datetime as _dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.assessment import ActionTracking
from checks.evaluation import PERIODS
from checks.ranking import PRIORITIES
from checks.schedule import (LATER, Job, capacities, held_for_budget, monthly_hours_needed,
                             place)
from checks.scoring import evaluate
from tests.test_scoring_properties import CONTENTS, SETTINGS, checkups, get_content

HOURS = (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 20.0)
MONTHLY = (0.5, 1, 2, 4, 8, 16, 32, 60)
EPS = 1e-6


@st.composite
def job_lists(draw) -> list[Job]:
    """Jobs in the plan's one order: needs point to earlier jobs, held ones hold their needers."""
    n = draw(st.integers(0, 18))
    hours = [draw(st.sampled_from(HOURS)) for _ in range(n)]
    dues = [draw(st.integers(0, 3)) for _ in range(n)]
    needs = [tuple(sorted(draw(st.sets(st.integers(0, i - 1), max_size=3)))) if i else ()
             for i in range(n)]
    costs = [draw(st.sampled_from((0.0, 50.0, 550.0, 3000.0))) for _ in range(n)]
    budget = draw(st.one_of(st.none(), st.sampled_from((0.0, 500.0, 2000.0))))
    held = held_for_budget(costs, needs, budget)
    return [Job(hours[i], dues[i], needs[i], held[i]) for i in range(n)]


@SETTINGS
@given(job_lists(), st.sampled_from(MONTHLY), st.sampled_from(MONTHLY))
def test_scheduler_properties(jobs, monthly, more):
    caps = capacities(monthly)
    p = place(jobs, caps)
    assert p == place(list(jobs), caps)                               # same input, same plan
    period = p.period
    for j, job in enumerate(jobs):
        assert all(period[i] <= period[j] for i in job.needs)         # needs come first
        if job.held:
            assert period[j] == LATER
        # no deadline missed unless reported
        assert (period[j] > job.due) == (j in p.late or job.held) or job.held
        assert not (j in p.late and job.held)
        for i in range(j):                                            # i comes before j
            if period[j] < period[i]:
                assert jobs[i].held, (i, j)
    for k in range(LATER):
        inside = [j for j in range(len(jobs)) if period[j] == k]
        hours = sum(jobs[j].hours for j in inside)
        assert hours <= max(0.0, p.available[k]) + EPS or len(inside) == 1   # one may run over
        if k + 1 < LATER:
            run_over = max(0.0, hours - p.available[k])
            assert p.available[k + 1] == pytest.approx(caps[k + 1] - run_over)
    needed = monthly_hours_needed(jobs)
    assert not place(jobs, capacities(needed)).late
    assert needed <= 1 or place(jobs, capacities(needed - 1)).late
    faster = place(jobs, capacities(max(monthly, more)))
    assert all(f <= s for f, s in zip(faster.period, period))         # more hours, never later


@st.composite
def paced_checkups(draw, which: str):
    content = get_content(which)
    profile, answers = draw(checkups(which))
    profile = dict(profile)
    profile["monthly_hours"] = draw(st.sampled_from(("auto", "1", "2", "4", "8", "16", "32")))
    profile["yearly_budget"] = draw(st.sampled_from(("none", "0", "500", "2000")))
    tracking = {aid: ActionTracking(draw(st.sampled_from(("todo", "in_progress", "done"))))
                for aid in draw(st.sets(st.sampled_from(sorted(content.actions)), max_size=6))}
    start = _dt.date(2026, 1, 1) + _dt.timedelta(days=draw(st.integers(0, 900)))
    return profile, answers, tracking, start


def _at(plan):
    return {a.action: PERIODS.index(a.period) for a in plan.actions if a.number is not None}


@pytest.mark.parametrize("which", CONTENTS)
def test_plan_properties_end_to_end(which):
    content = get_content(which)

    @SETTINGS
    @given(paced_checkups(which), st.sampled_from(("8", "16", "32", "60")))
    def check(checkup, more):
        profile, answers, tracking, start = checkup
        plan = evaluate(content, profile, answers, tracking, start).plan
        assert plan == evaluate(content, dict(profile), dict(answers), tracking, start).plan
        todo = [a for a in plan.actions if a.number is not None]
        assert [a.number for a in todo] == list(range(1, len(todo) + 1))
        assert all(a.status == "done" and a.period == "done" for a in plan.actions[len(todo):])
        at = _at(plan)
        assert [at[a.action] for a in todo] == sorted(at[a.action] for a in todo)
        number = {a.action: a.number for a in todo}
        for a in todo:
            assert all(number[b] < a.number for b in a.after)         # dependencies first
            period = plan.period(a.period)
            if not period.end or a.deadline < period.start:
                assert a.late or a.over_budget or a.deadline < plan.start, a   # never silent
            for b in todo:   # b of higher priority, a in an earlier period: say why
                if PRIORITIES.index(b.priority) < PRIORITIES.index(a.priority) \
                        and at[a.action] < at[b.action]:
                    assert a.why_now in ("deadline", "dependency", "in_progress") \
                        or b.over_budget, (a, b)
        assert set(plan.overload.late) == {a.action for a in todo if a.late}
        assert set(plan.overload.over_budget) == {a.action for a in todo if a.over_budget}
        week = plan.week()   # "Cette semaine" on the card, the home list and the pace section
        assert week.actions == plan.select(period="week") == tuple(todo[:len(week.actions)])
        assert week.hours == plan.period("week").hours
        assert week.end == plan.period("week").end
        assert all(a.period != "week" for a in week.then)
        assert week.shown == tuple(todo[:max(3, len(week.actions))])
        for p in plan.periods[:-1]:
            assert p.hours <= p.available_hours + EPS or len(p.actions) == 1
            assert p.over_hours == pytest.approx(max(0.0, p.hours - p.available_hours))
        if profile["monthly_hours"] == "auto" or int(more) > int(profile["monthly_hours"]):
            faster = evaluate(content, {**profile, "monthly_hours": more}, answers, tracking,
                              start).plan
            if faster.capacity.monthly_hours >= plan.capacity.monthly_hours:
                fast_at = _at(faster)
                assert all(fast_at[a] <= at[a] for a in at)            # never later
    check()
