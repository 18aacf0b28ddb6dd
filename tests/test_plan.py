"""The action plan by example, on the mini content (see tests/test_scoring.py for its layout).

Actions: cyber.backup_plan (now, 2 h, <100 EUR), cyber.update_auto (now, 1 h, free),
cyber.wifi_guest (3m, 3 h, <1000), cyber.mfa_enable (now, 1 h, free), online.https (now, 1 h,
free), online.legal (3m, 2 h, free), online.cgv (3m, 4 h, <1000), ai.identify (3m, 2 h, free),
ai.policy_write (now, 3 h, free), ai.training (12m, 8 h, <5000).
"""
from __future__ import annotations

import pytest

from checks.assessment import ActionTracking
from checks.content import DONT_KNOW
from checks.plan import priority_of
from checks.scoring import evaluate
from tests.test_scoring import FULL, mini  # noqa: F401 - mini is a fixture



def worst(content):
    return {q.id: min(q.options, key=lambda o: o.score).id for q in content.questions.values()}


def plan_of(content, answers, tracking=None, profile=FULL):
    return evaluate(content, profile, answers, tracking).plan


def test_answers_pointing_to_one_action_are_merged_in_interview_order(mini):
    # given in reverse order on purpose: `because` follows the interview, not the dict
    plan = plan_of(mini, {"cyber.updates": "sometimes", "cyber.backup": "partly"})
    merged = {a.action: a for a in plan.actions}["cyber.backup_plan"]
    assert merged.because == ("cyber.backup", "cyber.updates")
    assert merged.impact == pytest.approx(3 * 0.5 + 2 * 0.5)
    assert len([a for a in plan.actions if a.action == "cyber.backup_plan"]) == 1


def test_an_option_can_name_its_own_actions(mini):
    plan = plan_of(mini, {"online.terms": "partly"})
    assert [a.action for a in plan.actions] == ["online.legal", "online.cgv"]
    assert all(a.because == ("online.terms",) for a in plan.actions)
    plan = plan_of(mini, {"online.terms": "no"})
    assert [a.action for a in plan.actions] == ["online.cgv"]


def test_full_score_proposes_nothing_and_dont_know_proposes_the_question_actions(mini):
    assert plan_of(mini, {"cyber.updates": "auto"}).actions == ()
    plan = plan_of(mini, {"cyber.updates": DONT_KNOW})
    assert [(a.action, a.impact) for a in plan.actions] == [("cyber.update_auto", 2.0)]


def test_critical_flag_and_priorities(mini):
    plan = plan_of(mini, {"cyber.backup": "partly", "cyber.mfa": "no", "cyber.wifi": "partly",
                          "ai.tasks": "no", "online.legal_notice": "no"})
    by_id = {a.action: a for a in plan.actions}
    assert by_id["cyber.mfa_enable"].critical and by_id["cyber.mfa_enable"].priority == "critical"
    # a critical question answered at half score has not failed: its action is not critical
    assert not by_id["cyber.backup_plan"].critical
    assert by_id["cyber.backup_plan"].priority == "medium"        # impact 1.5
    assert by_id["ai.identify"].priority == "high"                # impact 2
    assert by_id["online.legal"].priority == "medium"             # impact 1
    assert by_id["cyber.wifi_guest"].priority == "low"            # impact 0.5
    assert [priority_of(x, False) for x in (0.1, 0.99, 1.0, 1.99, 2.0, 9)] == [
        "low", "low", "medium", "medium", "high", "high"]


def test_rank_critical_first_then_value_then_id(mini):
    plan = plan_of(mini, worst(mini))
    assert [a.action for a in plan.actions] == [
        "cyber.mfa_enable",     # critical, impact 2 for 1 h free: value 2
        "ai.policy_write",      # critical, 5 / 3 h
        "cyber.backup_plan",    # critical, 3 / (2 h + 1 for <100 EUR)
        "online.cgv",           # critical, 3 / (4 h + 4 for <1000 EUR)
        "cyber.update_auto",    # high, value 2, tie with online.https: by id
        "online.https",
        "ai.identify",          # high, 2 / 2 h
        "ai.training",          # high, 2 / (8 h + 16)
        "online.legal",         # medium, 1 / 2 h
        "cyber.wifi_guest",     # medium, 1 / (3 h + 4)
    ]
    assert [a.rank for a in plan.actions] == list(range(1, 11))


def test_quick_wins_are_high_impact_small_and_cheap(mini):
    plan = plan_of(mini, worst(mini))
    quick = {a.action for a in plan.actions if a.quick_win}
    # high/critical priority, at most 2 hours, free or under 100 euros
    assert quick == {"cyber.mfa_enable", "cyber.backup_plan", "cyber.update_auto", "online.https",
                     "ai.identify"}


def test_totals_per_horizon(mini):
    totals = {t.horizon: t for t in plan_of(mini, worst(mini)).totals}
    assert list(totals) == ["now", "3m", "12m"]
    now, three, twelve = totals["now"], totals["3m"], totals["12m"]
    assert (now.count, now.effort_hours, now.cost_low, now.cost_high) == (5, 8.0, 1, 100)
    assert (three.count, three.effort_hours, three.cost_low, three.cost_high) == (4, 11.0, 200, 2000)
    assert (twelve.count, twelve.effort_hours, twelve.cost_low, twelve.cost_high) == (1, 8.0, 1000, 5000)


def test_find_out_in_interview_order_with_who_to_ask(mini):
    answers = {"ai.policy": DONT_KNOW, "online.terms": DONT_KNOW, "cyber.backup": DONT_KNOW,
               "cyber.updates": "auto"}
    plan = plan_of(mini, answers)
    assert [(f.question, f.module, f.ask) for f in plan.find_out] == [
        ("cyber.backup", "cyber", "it_provider"), ("online.terms", "online", "accountant"),
        ("ai.policy", "ai", "staff")]


def test_tracking_is_copied_and_done_actions_stay(mini):
    tracking = {"cyber.mfa_enable": ActionTracking("done", "Paul", "2026-12-01", "fait le 1er"),
                "online.cgv": ActionTracking("in_progress", "Claire", "", ""),
                "ai.training": ActionTracking("done")}  # not in this plan: ignored
    untracked = plan_of(mini, {"cyber.mfa": "no", "online.terms": "no"})
    plan = plan_of(mini, {"cyber.mfa": "no", "online.terms": "no"}, tracking)
    by_id = {a.action: a for a in plan.actions}
    mfa = by_id["cyber.mfa_enable"]
    assert (mfa.status, mfa.owner, mfa.due, mfa.note) == ("done", "Paul", "2026-12-01", "fait le 1er")
    assert by_id["online.cgv"].status == "in_progress" and by_id["online.cgv"].owner == "Claire"
    assert "ai.training" not in by_id
    # tracking never moves an action nor changes the totals
    assert [a.action for a in plan.actions] == [a.action for a in untracked.actions]
    assert plan.totals == untracked.totals
    assert plan.by_horizon("now") == (mfa,)
