"""Comparing two checkups of one business (mini content; layout in tests/test_scoring.py)."""
from __future__ import annotations

import copy
import json

from checks.assessment import ActionTracking, Answer
from checks.compare import ActionDone, Comparison, compare
from checks.content import DONT_KNOW
from tests.factories import make_assessment
from tests.test_scoring import FULL, mini  # noqa: F401 - mini is a fixture


def later(assessment, changes: dict[str, str]):
    """A re-run of the same business with some answers changed."""
    new = copy.deepcopy(assessment)
    new.id = "second"
    new.started_at = "2027-03-01T09:00:00+01:00"
    for qid, option in changes.items():
        new.answers[qid] = Answer(option)
    return new


def test_worst_then_best(mini):
    old = make_assessment(mini, "worst", profile=FULL)
    new = make_assessment(mini, "best", profile=FULL)
    c = compare(mini, old, new)
    assert (c.overall.before, c.overall.after, c.overall.delta) == (0.0, 100.0, 100.0)
    assert [m.module for m in c.modules] == ["cyber", "online", "ai"]
    assert all(m.delta == 100.0 for m in c.modules)
    assert all(t.delta == 100.0 for t in c.themes) and len(c.themes) == 6
    assert [q.question for q in c.improved] == list(mini.questions)  # interview order
    assert c.worsened == ()
    assert {a.reason for a in c.actions_done} == {"not_needed"}
    assert len(c.actions_done) == 10 and c.new_actions == ()


def test_improved_and_worsened_name_the_old_and_new_option(mini):
    old = make_assessment(mini, "best", profile=FULL)
    new = later(old, {"cyber.backup": "partly", "ai.tasks": DONT_KNOW})
    old.answers["cyber.mfa"] = Answer("no")
    c = compare(mini, old, new)
    assert [(q.question, q.before, q.after, q.before_score, q.after_score) for q in c.improved] == [
        ("cyber.mfa", "no", "yes", 0.0, 1.0)]
    assert [(q.question, q.before, q.after) for q in c.worsened] == [
        ("cyber.backup", "yes", "partly"), ("ai.tasks", "tried", DONT_KNOW)]
    assert c.module("online").delta == 0.0
    assert set(c.new_actions) == {"cyber.backup_plan", "ai.identify"}
    assert [(a.action, a.reason) for a in c.actions_done] == [("cyber.mfa_enable", "not_needed")]


def test_actions_marked_done_count_as_done(mini):
    old = make_assessment(mini, "worst", profile=FULL)
    new = later(old, {"cyber.mfa": "yes"})
    new.actions["cyber.update_auto"] = ActionTracking("done", "Paul")
    new.actions["online.cgv"] = ActionTracking("in_progress")
    c = compare(mini, old, new)
    assert ActionDone("cyber.update_auto", "cyber", "done") in c.actions_done
    assert ActionDone("cyber.mfa_enable", "cyber", "not_needed") in c.actions_done
    assert all(a.action != "online.cgv" for a in c.actions_done)
    # in the old plan's rank order
    assert [a.action for a in c.actions_done] == ["cyber.mfa_enable", "cyber.update_auto"]


def test_score_deltas_are_none_safe(mini):
    old = make_assessment(mini, "best", profile=FULL)
    old.answers = {q: a for q, a in old.answers.items() if not q.startswith("ai.")}
    new = make_assessment(mini, "best", profile=FULL)
    c = compare(mini, old, new)
    ai = c.module("ai")
    assert (ai.before, ai.after, ai.delta) == (None, 100.0, None)
    nothing = copy.deepcopy(old)
    nothing.answers = {}
    c = compare(mini, nothing, new)
    assert c.overall.before is None and c.overall.delta is None


def test_question_no_longer_applicable_is_neither_improved_nor_worsened(mini):
    old = make_assessment(mini, "worst", profile=FULL)
    new = later(old, {"online.terms": "yes"})
    new.profile = {**FULL, "sells_online": ["none"]}
    c = compare(mini, old, new)
    assert all(q.question != "online.terms" for q in c.improved + c.worsened)
    assert ActionDone("online.cgv", "online", "not_needed") in c.actions_done


def test_question_that_did_not_apply_before_is_neither_improved_nor_worsened(mini):
    old = make_assessment(mini, "worst", profile={**FULL, "customer_wifi": "no"})
    old.answers["cyber.wifi"] = Answer("no")  # kept in the file, not counted then
    new = later(old, {"cyber.wifi": "yes"})
    new.profile = FULL
    c = compare(mini, old, new)
    assert all(q.question != "cyber.wifi" for q in c.improved + c.worsened)


def test_comparison_is_json_ready_and_dated(mini):
    old = make_assessment(mini, "mixed", profile=FULL, seed=1)
    old.completed_at = "2026-11-20T11:00:00+01:00"
    new = later(make_assessment(mini, "mixed", profile=FULL, seed=2), {})
    c = compare(mini, old, new)
    assert isinstance(c, Comparison)
    assert c.before_date == "2026-11-20T11:00:00+01:00"
    assert c.after_date == "2027-03-01T09:00:00+01:00"
    data = c.to_dict()
    json.dumps(data)
    assert {"overall", "modules", "themes", "improved", "worsened", "actions_done",
            "new_actions"} <= data.keys()
    assert compare(mini, old, new) == c  # deterministic


def test_same_checkup_twice_shows_no_change(mini):
    a = make_assessment(mini, "mixed", profile=FULL)
    c = compare(mini, a, a)
    assert c.overall.delta == 0.0 and c.improved == () and c.worsened == ()
    assert c.actions_done == () and c.new_actions == ()
