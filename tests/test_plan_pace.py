"""The plan paced to the owner and fit to the firm, by example on the mini content.

Every answer at its worst, FULL profile (tests/test_scoring.py) with no IT provider and 2 to 9
staff unless said: the owner's hours default to 8 a month, so 2 h this week, 6 h in the rest of
the month, 16 h to 3 months, 72 h to 12 months. The periods count from the content's date
(2026-11-27) unless a start is given. The one order (tests/test_plan.py): mfa_enable (1 h),
backup_plan (2 h), legal (2 h), cgv (4 h), policy_write (3 h), update_auto (1 h), https (1 h),
identify (2 h), wifi_guest (3 h), training (8 h).
"""
from __future__ import annotations

import datetime as _dt

from checks.assessment import ActionTracking
from checks.scoring import evaluate, evaluate_assessment
from tests.factories import make_assessment
from tests.test_plan import worst
from tests.test_scoring import FULL, mini  # noqa: F401 - mini is a fixture

NO_PROVIDER = {**FULL, "it_provider": "no", "staff": "2_9"}


def plan_of(content, profile=NO_PROVIDER, tracking=None, start=None):
    return evaluate(content, profile, worst(content), tracking, start).plan


def periods(plan):
    return {p.id: list(p.actions) for p in plan.periods}


def test_actions_fill_periods_in_order_within_the_hours(mini):
    plan = plan_of(mini)
    assert plan.start == "2026-11-27"
    assert (plan.capacity.monthly_hours, plan.capacity.from_staff) == (8.0, True)
    assert periods(plan) == {
        # backup_plan (2 h) does not fit the hour left: the week closes there
        "week": ["cyber.mfa_enable"],
        # cgv (4 h) does not fit the 2 h left: the month closes there, and nothing after cgv
        # jumps ahead of it into the room left
        "month": ["cyber.backup_plan", "online.legal"],
        "quarter": ["online.cgv", "ai.policy_write", "cyber.update_auto", "online.https",
                    "ai.identify", "cyber.wifi_guest"],
        "year": ["ai.training"], "later": []}
    assert [a.number for a in plan.actions] == list(range(1, 11))
    by_id = {a.action: a for a in plan.actions}
    assert by_id["cyber.update_auto"].why_now == "value"
    assert by_id["online.legal"].why_now == "dependency"
    assert by_id["cyber.mfa_enable"].why_now == "critical"
    assert by_id["ai.identify"].why_now == "value"
    week, month, quarter, year, later = plan.periods
    assert (week.start, week.end, month.end, quarter.end, year.end, later.end) == (
        "2026-11-27", "2026-12-03", "2026-12-26", "2027-02-26", "2027-11-26", "")
    assert [p.capacity_hours for p in plan.periods] == [2.0, 6.0, 16.0, 72.0, None]
    assert [p.hours for p in plan.periods] == [1.0, 4.0, 14.0, 8.0, 0.0]
    assert (quarter.cost_low, quarter.cost_high) == (200, 2000)
    assert (year.cost_low, year.cost_high) == (200, 3600)


def test_deadlines_missed_are_reported_with_the_hours_and_help(mini):
    plan = plan_of(mini)
    by_id = {a.action: a for a in plan.actions}
    # three actions due within the month ("now") land in the quarter
    assert by_id["ai.policy_write"].late and by_id["ai.policy_write"].deadline == "2026-12-26"
    assert not by_id["ai.policy_write"].legal_deadline
    # training's legal date, 15 June 2027, comes before its horizon's end: it is the deadline
    assert by_id["ai.training"].deadline == "2027-06-15" and by_id["ai.training"].legal_deadline
    assert not by_id["ai.training"].late
    o = plan.overload
    assert o.any and o.late == ("ai.policy_write", "cyber.update_auto", "online.https")
    assert o.missing_hours == 5.0
    # 15 h a month: 3.75 h this week (mfa, backup), 11.25 h to the month's end (the rest due)
    assert o.monthly_hours_needed == 15.0
    assert o.helpers == ("web_agency",) and o.help == ("cci",)
    assert [p.late for p in plan.periods] == [0, 0, 3, 0, 0]
    assert not plan_of(mini, {**NO_PROVIDER, "monthly_hours": "16"}).overload.any
    assert not plan_of(mini, {**NO_PROVIDER, "monthly_hours": "16"}).overload.monthly_hours_needed


def test_more_hours_a_month_bring_actions_forward(mini):
    slow = plan_of(mini, {**NO_PROVIDER, "staff": "1"})            # 4 h a month by default
    fast = plan_of(mini, {**NO_PROVIDER, "monthly_hours": "32"})
    assert slow.capacity.monthly_hours == 4.0 and not fast.capacity.from_staff
    order = ("week", "month", "quarter", "year", "later")
    slow_at = {a.action: order.index(a.period) for a in slow.actions}
    fast_at = {a.action: order.index(a.period) for a in fast.actions}
    assert all(fast_at[a] <= slow_at[a] for a in slow_at)
    # 8 h this week: cgv (4 h) would make 9
    assert periods(fast)["week"] == ["cyber.mfa_enable", "cyber.backup_plan", "online.legal"]


def test_the_whole_plan_takes_its_open_hours_at_the_pace_in_whole_months(mini):
    # 27 h of open actions (module docstring)
    assert plan_of(mini).months_at_pace() == 4                                # 27 / 8 = 3.4
    assert plan_of(mini, {**NO_PROVIDER, "monthly_hours": "32"}).months_at_pace() == 1
    assert plan_of(mini, {**NO_PROVIDER, "staff": "1"}).months_at_pace() == 7   # 27 / 4
    done = plan_of(mini, tracking={"ai.training": ActionTracking("done")})   # 8 h less
    assert done.months_at_pace() == 3                                           # 19 / 8


def test_an_action_bigger_than_a_period_starts_it_alone_and_runs_over(mini):
    plan = plan_of(mini, {**NO_PROVIDER, "monthly_hours": "2"})   # 0.5 h this week
    week, month = plan.periods[0], plan.periods[1]
    assert week.actions == ("cyber.mfa_enable",)
    assert (week.available_hours, week.hours, week.over_hours) == (0.5, 1.0, 0.5)
    assert month.available_hours == 1.0   # 1.5 h less the half hour the week ran over


def test_marking_an_action_done_pulls_the_next_ones_forward(mini):
    before = plan_of(mini)
    after = plan_of(mini, tracking={"cyber.mfa_enable": ActionTracking("done")})
    assert periods(after)["week"] == ["cyber.backup_plan"]
    assert after.actions[0].action == "cyber.backup_plan" and after.actions[0].number == 1
    assert after.next_actions(3) == tuple(a for a in after.actions if a.number)[:3]
    assert before.next_actions(1)[0].action == "cyber.mfa_enable"
    assert after.select(status="done")[0].action == "cyber.mfa_enable"


def test_a_yearly_budget_holds_what_it_cannot_pay_for(mini):
    plan = plan_of(mini, {**NO_PROVIDER, "yearly_budget": "500"})
    by_id = {a.action: a for a in plan.actions}
    # mid-band costs in order: backup 50.5, cgv 550 (over 500: waits), wifi 550 (waits),
    # training 1,900 (waits)
    held = {a for a, p in by_id.items() if p.over_budget}
    assert held == {"online.cgv", "cyber.wifi_guest", "ai.training"}
    assert all(by_id[a].period == "later" for a in held)
    assert plan.overload.over_budget == tuple(a.action for a in plan.actions if a.over_budget)
    assert plan.overload.missing_budget == round(50.5 + 550 + 550 + 1900 - 500)
    free_only = plan_of(mini, {**NO_PROVIDER, "yearly_budget": "0"})
    assert all(a.cost_high == 0 for a in free_only.actions if a.period != "later")


def test_a_legal_date_close_or_past_ranks_its_action_with_the_critical_risks(mini):
    far = {a.action: a for a in plan_of(mini).actions}
    assert far["ai.training"].rank == 10 and far["ai.training"].why_now == "value"
    # from 1 April 2027, 15 June is less than 3 months away
    soon = plan_of(mini, start=_dt.date(2027, 4, 1))
    by_rank = [a.action for a in sorted(soon.actions, key=lambda a: a.rank)]
    assert by_rank[:6] == ["cyber.mfa_enable", "cyber.backup_plan", "online.legal", "online.cgv",
                           "ai.policy_write", "ai.training"]
    by_id = {a.action: a for a in soon.actions}
    assert by_id["ai.training"].why_now == "deadline"
    assert by_id["ai.policy_write"].why_now == "dependency"   # training needs it
    # once the date has passed, it is due this week: the plan says it is late
    past = {a.action: a for a in plan_of(mini, start=_dt.date(2027, 8, 1)).actions}
    assert past["ai.training"].deadline == "2027-06-15" and past["ai.training"].late


def test_the_checkup_date_starts_the_periods():
    from checks.content_loader import load_content
    content = load_content()
    a = make_assessment(content, "worst")
    assert evaluate_assessment(content, a).plan.start == "2026-11-20"   # started_at
    a.completed_at = "2026-11-24T18:00:00+01:00"
    assert evaluate_assessment(content, a).plan.start == "2026-11-24"
    assert evaluate_assessment(content, a, _dt.date(2027, 1, 4)).plan.start == "2027-01-04"


def test_who_names_only_people_the_firm_has(mini):
    by_id = {a.action: a for a in plan_of(mini).actions}
    assert by_id["cyber.backup_plan"].who == ("owner", "provider_to_choose")
    assert "cybermalveillance" in by_id["cyber.wifi_guest"].help   # where to find a provider
    assert by_id["ai.training"].who == ("owner", "staff")
    alone = {a.action: a for a in plan_of(mini, {**NO_PROVIDER, "staff": "1"}).actions}
    assert alone["ai.training"].who == ("owner",)
    served = {a.action: a for a in plan_of(mini, {**FULL, "it_provider": "yes"}).actions}
    assert served["cyber.backup_plan"].who == ("owner", "it_provider")
    assert served["cyber.wifi_guest"].help == ()


def test_steps_that_need_what_the_firm_lacks_are_left_out(mini):
    # backup_plan's third step applies only with an IT provider
    assert {a.action: a for a in plan_of(mini).actions}["cyber.backup_plan"].steps == (0, 1)
    served = plan_of(mini, {**FULL, "it_provider": "yes"})
    assert {a.action: a for a in served.actions}["cyber.backup_plan"].steps == (0, 1, 2)


def test_a_per_person_cost_scales_with_the_staff_band(mini):
    def training(staff):
        plan = plan_of(mini, {**NO_PROVIDER, "staff": staff})
        t = {a.action: a for a in plan.actions}["ai.training"]
        return t.per_user, t.cost, t.cost_low, t.cost_high
    assert training("1") == (True, "lt1000", 100, 400)
    assert training("2_9") == (True, "lt5000", 200, 3600)
    assert training("10_49") == (True, "more", 1000, 19600)
