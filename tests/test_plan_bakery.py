"""The plan tried as a bakery owner would (issue 13), on the real content: 2 to 9 staff, no IT
provider, answers at their worst or mixed. Written against what the content says (risks,
roles), not against ids that a content release may rename."""
from __future__ import annotations

import json

import pytest

from checks.score_json import score_report
from checks.scoring import evaluate_assessment
from tests.factories import make_assessment

BAKERY = {"sector": "retail", "staff": "2_9", "sells_online": ["social"],
          "card_payments": ["in_shop"], "website": "yes", "ai_use": ["chat_assistant"],
          "customer_wifi": "yes", "personal_data": "yes", "it_provider": "no"}


def plan_for(content, how="worst", **profile):
    return evaluate_assessment(content, make_assessment(content, how, profile={**BAKERY,
                                                                                **profile})).plan


def risks_behind(content, planned):
    return {r for q in planned.because for r in content.questions[q].risk}


@pytest.mark.parametrize("how", ["worst", "mixed"])
def test_first_come_the_critical_risks_of_losing_data_money_or_a_fine(content, how):
    plan = plan_for(content, how)
    todo = [a for a in plan.actions if a.number is not None]
    tier0 = [a for a in todo if (a.critical and risks_behind(content, a))
             or a.why_now == "deadline"]
    assert tier0, "a bakery at its worst has critical risks"
    # every action answering a named risk (or a close legal date) comes before the others,
    # but for what such an action needs first (why_now "dependency")
    last = max(a.rank for a in tier0)
    assert all(a in tier0 or a.why_now == "dependency" for a in todo if a.rank < last)


def test_a_bakery_at_its_worst_starts_with_cyber_basics_not_reviewing_ai_output(content):
    plan = plan_for(content)
    first = plan.next_actions(3)
    assert all(a.module == "cyber" and "data" in risks_behind(content, a) for a in first)
    reviews = [a for a in plan.actions
               if a.critical and not risks_behind(content, a) and a.module == "ai"]
    assert reviews and all(a.number > 5 for a in reviews)


def test_this_week_is_a_short_list_within_the_owners_hours(content):
    plan = plan_for(content)
    week = plan.period("week")
    assert plan.capacity.monthly_hours == 8.0 and week.capacity_hours == 2.0
    assert 1 <= len(week.actions) <= 3
    assert week.hours <= week.available_hours or len(week.actions) == 1
    assert plan.overload.late and plan.overload.monthly_hours_needed > 8


def test_no_it_provider_is_named_as_if_the_firm_had_one(content):
    a = make_assessment(content, "dont_know", profile=BAKERY)
    report = score_report(content, a)
    plan = report["plan"]
    assert all("it_provider" not in x["who"] for x in plan["actions"])
    assert any("provider_to_choose" in x["who"] for x in plan["actions"])   # positive control
    for x in plan["actions"]:
        if "provider_to_choose" in x["who"]:
            assert "cybermalveillance" in [h["id"] for h in x["help"]]
    assert all(f["ask"] != "it_provider" for f in plan["find_out"])
    text = json.dumps([x["who_label"] for x in plan["actions"]]
                      + [f["ask_label"] for f in plan["find_out"]], ensure_ascii=False)
    assert "votre prestataire informatique" not in text
    assert "un prestataire à choisir" in text
    served = score_report(content, make_assessment(content, "dont_know",
                                                   profile={**BAKERY, "it_provider": "yes"}))
    assert any("it_provider" in x["who"] for x in served["plan"]["actions"])


def test_an_owner_alone_is_never_told_to_ask_a_member_of_staff(content):
    plan = plan_for(content, "dont_know", staff="1")
    assert all("staff" not in a.who for a in plan.actions)
    assert all(f.ask != "staff" for f in plan.find_out)
    assert plan.capacity.monthly_hours == 4.0
    with_staff = plan_for(content, "dont_know")
    assert any("staff" in a.who for a in with_staff.actions)


def test_the_json_and_the_plan_agree_on_every_number(content):
    a = make_assessment(content, "mixed", profile=BAKERY, seed=3)
    plan = evaluate_assessment(content, a).plan
    report = score_report(content, a)
    assert [(x["id"], x["number"], x["period"]) for x in report["plan"]["actions"]] == [
        (p.action, p.number, p.period) for p in plan.actions]
    assert [p["actions"] for p in report["plan"]["periods"]] == [
        list(p.actions) for p in plan.periods]


def test_who_can_help_never_repeats_who_does_it(content):
    """'Expert-comptable' once in the who-and-help cell, not as the doer and again as help."""
    plan = plan_for(content)
    assert all(not set(a.help) & set(a.who) for a in plan.actions)
    # the case exists: actions the accountant does that the content also sends to them
    sent_twice = [a for a in plan.actions
                  if "accountant" in a.who and "accountant" in content.actions[a.action].help]
    assert sent_twice and all(a.help for a in sent_twice)   # the other contacts stay
