"""Scoring rules by example, on the mini content whose numbers can be worked out by hand.

Mini content (tests/data/mini_content), weights in brackets, * = critical:
cyber: backup[3]*, updates[2], wifi[1] (customer Wi-Fi only), mfa[2]*
online: site_https[2], legal_notice[1] (website only), terms[3]* (sells online only)
ai: tasks[2], policy[3]*, data[2] (AI users only)
"""
from __future__ import annotations

import pytest

from checks.assessment import ActionTracking
from checks.content import DONT_KNOW
from checks.evaluation import MATURITY_LEVELS
from checks.scoring import evaluate, evaluate_assessment, maturity_of
from tests.factories import make_assessment
from tests.test_scoring_properties import get_content

FULL = {"customer_wifi": "yes", "website": "yes", "sells_online": ["own_site"],
        "ai_use": ["content"]}
SMALL = {"customer_wifi": "no", "website": "no", "sells_online": ["none"], "ai_use": ["none"]}


@pytest.fixture(scope="module")
def mini():
    """The mini content; tests/test_plan.py and tests/test_compare.py import this fixture."""
    return get_content("mini")


def test_module_score_is_the_weighted_mean_of_option_scores(mini):
    ev = evaluate(mini, SMALL, {"cyber.backup": "partly", "cyber.updates": "auto", "cyber.mfa": "yes"})
    cyber = ev.module("cyber")
    assert cyber.score == pytest.approx(100 * (3 * 0.5 + 2 + 2) / 7)
    assert (cyber.answered, cyber.applicable, cyber.completion) == (3, 3, 100.0)
    assert cyber.maturity == "solid" and not cyber.capped and cyber.critical_gaps == ()
    backup, access = cyber.themes
    assert backup.score == pytest.approx(100 * 3.5 / 5) and access.score == 100.0


def test_dont_know_counts_zero_and_becomes_a_find_out_item(mini):
    ev = evaluate(mini, SMALL, {"cyber.backup": "yes", "cyber.updates": DONT_KNOW})
    assert ev.module("cyber").score == pytest.approx(100 * 3 / 5)
    assert [(f.question, f.ask) for f in ev.plan.find_out] == [("cyber.updates", "it_provider")]


def test_unanswered_questions_are_left_out_and_show_in_completion(mini):
    ev = evaluate(mini, FULL, {"cyber.backup": "yes", "cyber.updates": "never"})
    cyber = ev.module("cyber")
    assert cyber.score == pytest.approx(60.0)
    assert (cyber.answered, cyber.applicable, cyber.completion) == (2, 4, 50.0)
    assert ev.completion == pytest.approx(100 * 2 / 10)
    assert ev.module("ai").score is None and ev.module("ai").completion == 0.0


def test_a_failed_critical_question_caps_the_module_and_is_a_gap(mini):
    # 75/100 would be "solid"; mfa (critical) answered "no" caps it at "progressing"
    answers = {"cyber.backup": "yes", "cyber.updates": "auto", "cyber.wifi": "yes", "cyber.mfa": "no"}
    ev = evaluate(mini, FULL, answers)
    cyber = ev.module("cyber")
    assert cyber.score == pytest.approx(75.0)
    assert (cyber.maturity, cyber.capped, cyber.critical_gaps) == ("progressing", True, ("cyber.mfa",))
    assert [(g.question, g.module, g.option) for g in ev.critical_gaps] == [("cyber.mfa", "cyber", "no")]
    assert ev.maturity == "progressing"


def test_dont_know_on_a_critical_question_is_a_gap_and_half_score_is_not(mini):
    ev = evaluate(mini, SMALL, {"cyber.backup": "partly", "cyber.mfa": DONT_KNOW})
    assert [(g.question, g.option) for g in ev.critical_gaps] == [("cyber.mfa", DONT_KNOW)]


def test_the_cap_does_not_raise_a_lower_level(mini):
    ev = evaluate(mini, SMALL, {"cyber.backup": "no", "cyber.mfa": "no"})
    cyber = ev.module("cyber")
    assert cyber.maturity == "beginner" and not cyber.capped and len(cyber.critical_gaps) == 2


def test_answers_to_questions_that_do_not_apply_are_ignored(mini):
    answers = {"cyber.backup": "yes", "online.terms": "no", "online.site_https": "no", "ai.policy": "no"}
    ev = evaluate(mini, SMALL, answers)
    online = ev.module("online")
    assert (online.score, online.applicable, online.completion) == (None, 0, 100.0)
    assert ev.critical_gaps == ()
    assert {a.action for a in ev.plan.actions} == set()
    assert ev.score == 100.0  # cyber only: online has nothing that applies, ai nothing answered


def test_unknown_questions_and_options_are_ignored(mini):
    ev = evaluate(mini, SMALL, {"cyber.backup": "yes", "cyber.nope": "yes", "cyber.mfa": "maybe"})
    assert ev.module("cyber").answered == 1 and ev.module("cyber").score == 100.0


def test_overall_is_the_plain_mean_of_the_modules_with_answers(mini):
    answers = {"cyber.backup": "yes", "cyber.updates": "auto", "cyber.wifi": "yes", "cyber.mfa": "yes",
               "ai.tasks": "no"}
    ev = evaluate(mini, FULL, answers)
    assert ev.score == pytest.approx(50.0)  # cyber 100 and ai 0 count the same; online unanswered
    assert ev.completion == pytest.approx(50.0)
    assert ev.maturity == "progressing"


def test_nothing_answered_gives_no_score(mini):
    ev = evaluate(mini, FULL, {})
    assert ev.score is None and ev.completion == 0.0 and ev.maturity == "beginner"
    assert all(m.score is None for m in ev.modules)
    assert ev.plan.actions == ()


def test_a_profile_not_answered_yet_excludes_nothing(mini):
    ev = evaluate(mini, {}, {})
    assert sum(m.applicable for m in ev.modules) == len(mini.questions)


def test_answer_objects_are_read_like_option_ids(mini):
    a = make_assessment(mini, "mixed", profile=FULL, seed=5)
    ids = {q: x.option for q, x in a.answers.items()}
    assert evaluate(mini, FULL, a.answers) == evaluate(mini, FULL, ids)


def test_maturity_bands():
    assert [maturity_of(s) for s in (None, 0, 39.99, 40, 64.99, 65, 84.99, 85, 100)] == [
        "beginner", "beginner", "beginner", "progressing", "progressing", "solid", "solid",
        "advanced", "advanced"]
    assert set(maturity_of(s) for s in range(101)) == set(MATURITY_LEVELS)


def test_evaluate_assessment_uses_answers_profile_and_tracking(mini):
    a = make_assessment(mini, "mixed", profile=FULL, seed=3)
    a.actions["online.cgv"] = ActionTracking("done", "Paul", "2026-12-31", "fait")
    ev = evaluate_assessment(mini, a)
    assert ev == evaluate(mini, a.profile, {q: x.option for q, x in a.answers.items()}, a.actions)
    assert ev.content_version == mini.version
