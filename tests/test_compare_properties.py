"""Properties of compare(): consistent with the two evaluations, whatever the two checkups."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.assessment import Answer, Assessment, Business
from checks.compare import compare
from checks.scoring import evaluate_assessment
from tests.test_scoring_properties import CONTENTS, SETTINGS, checkups, get_content


def _assessment(content, checkup, ident: str) -> Assessment:
    profile, answers = checkup
    answers = {q: Answer(o) for q, o in answers.items() if q in content.questions}
    return Assessment(Business("Test"), content.version, profile=profile, answers=answers, id=ident)


@pytest.mark.parametrize("which", CONTENTS)
def test_comparison_agrees_with_both_evaluations(which):
    content = get_content(which)

    @SETTINGS
    @given(checkups(which), checkups(which), st.booleans())
    def check(first, second, same_profile):
        if same_profile:
            second = (first[0], second[1])
        old, new = _assessment(content, first, "old"), _assessment(content, second, "new")
        c = compare(content, old, new)
        before, after = evaluate_assessment(content, old), evaluate_assessment(content, new)
        assert (c.overall.before, c.overall.after) == (before.score, after.score)
        for d in c.modules + c.themes + (c.overall,):
            if d.before is None or d.after is None:
                assert d.delta is None
            else:
                assert d.delta == pytest.approx(d.after - d.before, abs=1e-5)
        assert not {q.question for q in c.improved} & {q.question for q in c.worsened}
        assert all(q.after_score > q.before_score for q in c.improved)
        assert all(q.after_score < q.before_score for q in c.worsened)
        old_plan = [a.action for a in before.plan.actions]
        new_plan = [a.action for a in after.plan.actions]
        assert list(c.new_actions) == [a for a in new_plan if a not in old_plan]
        assert {a.action for a in c.actions_done} <= set(old_plan)
        assert compare(content, old, new) == c
        same = compare(content, new, new)
        assert same.improved == same.worsened == same.new_actions == ()
    check()
