"""The action plan's one order by example, on the mini content (layout: tests/test_scoring.py).

Actions: cyber.backup_plan (now, 2 h, <100 EUR; its question risks data), cyber.update_auto (now,
1 h, free), cyber.wifi_guest (3m, 3 h, <1000), cyber.mfa_enable (now, 1 h, free; risks money),
online.https (now, 1 h, free), online.legal (3m, 2 h, free), online.cgv (3m, 4 h, <1000; risks a
fine; after online.legal), ai.identify (3m, 2 h, free), ai.policy_write (now, 3 h, free; critical
with no named risk), ai.training (12m, 8 h, 100-400 EUR a person; after ai.policy_write; legal
date 2027-06-15). Pacing, deadlines and the firm's profile: tests/test_plan_pace.py.
"""
from __future__ import annotations

import pytest

from checks.assessment import ActionTracking
from checks.content import DONT_KNOW
from checks.ranking import Candidate, one_order, priority_of, shown_priorities
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
    # online.cgv needs online.legal, which no answer proposes here: cgv stands alone
    assert [a.action for a in plan.actions] == ["online.cgv"]
    assert plan.actions[0].after == ()


def test_full_score_proposes_nothing_and_dont_know_proposes_the_question_actions(mini):
    assert plan_of(mini, {"cyber.updates": "auto"}).actions == ()
    plan = plan_of(mini, {"cyber.updates": DONT_KNOW})
    assert [(a.action, a.impact) for a in plan.actions] == [("cyber.update_auto", 2.0)]


def test_one_order_risks_first_then_other_critical_then_value_with_needs_pulled_up(mini):
    plan = plan_of(mini, worst(mini))
    by_rank = sorted(plan.actions, key=lambda a: a.rank)
    assert [a.action for a in by_rank] == [
        "cyber.mfa_enable",     # critical, risks money: value 2 / 1 h
        "cyber.backup_plan",    # critical, risks data: 3 / (2 h + 1 for <100 EUR)
        "online.legal",         # pulled up: online.cgv needs it
        "online.cgv",           # critical, risks a fine: 3 / (4 h + 4 for <1000 EUR)
        "ai.policy_write",      # critical, no named risk: after the ones that name one
        "cyber.update_auto",    # value 2, tie with online.https: by id
        "online.https",
        "ai.identify",          # 2 / 2 h
        "cyber.wifi_guest",     # 1 / (3 h + 4)
        "ai.training",          # 2 / (8 h + 16 for 200-3,600 EUR): after ai.policy_write anyway
    ]
    assert [a.rank for a in by_rank] == list(range(1, 11))
    legal = by_rank[2]   # its own label is medium; it shows the label of what waits for it
    assert legal.why_now == "dependency" and legal.priority == "critical"
    assert by_rank[3].after == ("online.legal",)


def test_priority_labels_follow_the_order(mini):
    by_id = {a.action: a for a in plan_of(mini, worst(mini)).actions}
    assert {a for a, p in by_id.items() if p.priority == "critical"} == {
        "cyber.mfa_enable", "cyber.backup_plan", "online.cgv", "ai.policy_write",
        "online.legal"}                                       # needed first by online.cgv
    assert by_id["cyber.update_auto"].priority == "high"      # value 2
    assert by_id["ai.identify"].priority == "high"            # value 1
    assert not by_id["online.legal"].quick_win                # its own worth: medium (0.5)
    assert by_id["cyber.wifi_guest"].priority == "low"        # value 1/7
    assert [priority_of(2, v) for v in (0.1, 0.29, 0.3, 0.99, 1.0, 9)] == [
        "low", "low", "medium", "medium", "high", "high"]
    # a critical question answered at half score has not failed: its action is not critical
    half = {a.action: a for a in plan_of(mini, {"cyber.backup": "partly"}).actions}
    assert not half["cyber.backup_plan"].critical and half["cyber.backup_plan"].priority == "medium"


def test_what_an_action_needs_first_shows_its_label_along_the_whole_chain():
    order = [("a", True), ("b", True), ("c", False), ("d", False)]
    own = {"a": "low", "b": "medium", "c": "critical", "d": "high"}
    needs = {"c": ["b"], "b": ["a"], "d": ["a"]}
    assert shown_priorities(order, own, needs) == {"a": "critical", "b": "critical",
                                                   "c": "critical", "d": "high"}
    assert shown_priorities(order, own, {}) == own   # nothing needed first: their own


def test_actions_in_progress_come_first_and_done_ones_leave_the_order_numbers(mini):
    tracking = {"ai.identify": ActionTracking("in_progress"),
                "cyber.mfa_enable": ActionTracking("done", "Paul", "2026-12-01", "fait le 1er")}
    plan = plan_of(mini, worst(mini), tracking)
    assert plan.actions[0].action == "ai.identify" and plan.actions[0].number == 1
    assert plan.actions[0].why_now == "in_progress"
    mfa = plan.actions[-1]
    assert (mfa.action, mfa.status, mfa.number, mfa.period) == ("cyber.mfa_enable", "done", None,
                                                               "done")
    assert (mfa.owner, mfa.due, mfa.note) == ("Paul", "2026-12-01", "fait le 1er")
    assert [a.number for a in plan.actions[:-1]] == list(range(1, 10))
    assert (plan.progress.done, plan.progress.in_progress, plan.progress.total) == (1, 1, 10)


def test_one_order_never_loops_on_a_cycle_and_ignores_needs_outside_the_plan():
    cands = [Candidate("a", 2, 1.0, ("b",), False), Candidate("b", 2, 0.5, ("a", "zz"), False)]
    assert one_order(cands) == [("b", True), ("a", False)]


def test_quick_wins_are_high_priority_small_and_cheap(mini):
    plan = plan_of(mini, worst(mini))
    quick = {a.action for a in plan.actions if a.quick_win}
    # critical or high priority, at most 2 hours, free or under 100 euros
    assert quick == {"cyber.mfa_enable", "cyber.backup_plan", "cyber.update_auto", "online.https",
                     "ai.identify"}


def test_totals_per_horizon_with_the_cost_for_the_firm(mini):
    totals = {t.horizon: t for t in plan_of(mini, worst(mini)).totals}
    assert list(totals) == ["now", "3m", "12m"]
    now, three, twelve = totals["now"], totals["3m"], totals["12m"]
    assert (now.count, now.effort_hours, now.cost_low, now.cost_high) == (5, 8.0, 1, 100)
    assert (three.count, three.effort_hours, three.cost_low, three.cost_high) == (4, 11.0, 200, 2000)
    # ai.training costs 100-400 EUR a person: 2 to 9 people (the default staff band)
    assert (twelve.count, twelve.effort_hours, twelve.cost_low, twelve.cost_high) == (1, 8.0, 200, 3600)


def test_find_out_in_interview_order_asking_someone_the_firm_has(mini):
    answers = {"ai.policy": DONT_KNOW, "online.terms": DONT_KNOW, "cyber.backup": DONT_KNOW,
               "cyber.updates": "auto"}
    plan = plan_of(mini, answers, profile={**FULL, "it_provider": "yes"})
    assert [(f.question, f.module, f.ask) for f in plan.find_out] == [
        ("cyber.backup", "cyber", "it_provider"), ("online.terms", "online", "accountant"),
        ("ai.policy", "ai", "staff")]
    alone = plan_of(mini, answers, profile={**FULL, "it_provider": "no", "staff": "1"})
    assert [f.ask for f in alone.find_out] == ["provider_to_choose", "accountant", "owner"]


def test_tracking_is_copied_and_never_changes_the_order_or_totals(mini):
    tracking = {"online.cgv": ActionTracking("todo", "Claire", "", "à voir"),
                "ai.training": ActionTracking("done")}  # not in this plan: ignored
    untracked = plan_of(mini, {"cyber.mfa": "no", "online.terms": "no"})
    plan = plan_of(mini, {"cyber.mfa": "no", "online.terms": "no"}, tracking)
    by_id = {a.action: a for a in plan.actions}
    assert by_id["online.cgv"].owner == "Claire" and by_id["online.cgv"].note == "à voir"
    assert "ai.training" not in by_id
    assert [a.action for a in plan.actions] == [a.action for a in untracked.actions]
    assert plan.totals == untracked.totals
    assert plan.by_horizon("now") == (by_id["cyber.mfa_enable"],)
