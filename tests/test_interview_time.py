"""The time the home page promises is the time the profile page then announces: the welcome's
range covers the sparsest and the fullest profile's estimate (it once said 20-40 minutes while
the fullest profile was told "about 50 minutes")."""
from __future__ import annotations

import itertools

from checks.content import applies
from checks.interview_time import WELCOME_MINUTES, minutes_for


def referenced_profile_ids(content) -> set[str]:
    return {pid for q in content.questions.values() for pid in q.applies_if}


def question_counts(content) -> list[int]:
    """How many questions apply, for every profile that can change it. Multiple-choice answers
    only add questions as options are added (a condition holds when any chosen option is
    accepted), so only their two ends count: the excluding option alone, or every other one."""
    used = referenced_profile_ids(content)
    choices = []
    for pq in content.profile:
        if pq.id not in used:
            continue
        if pq.multiple:
            fewest = list(pq.exclusive)
            most = [o for o in pq.option_ids() if o not in pq.exclusive]
            choices.append([fewest, most])
        else:
            choices.append(list(pq.option_ids()))
    ids = [pq.id for pq in content.profile if pq.id in used]
    return [sum(1 for q in content.questions.values() if applies(q, dict(zip(ids, combo))))
            for combo in itertools.product(*choices)]


def test_no_condition_asks_for_the_excluding_option(content):
    """What question_counts relies on: choosing "none" never brings a question in."""
    exclusive = {pq.id: set(pq.exclusive) for pq in content.profile if pq.multiple}
    for q in content.questions.values():
        for pid, accepted in q.applies_if.items():
            assert not exclusive.get(pid, set()) & set(accepted), q.id


def test_the_welcome_promises_the_range_the_profiles_are_told(content):
    counts = question_counts(content)
    fewest, most = minutes_for(min(counts)), minutes_for(max(counts))
    low, high = WELCOME_MINUTES
    assert low <= fewest and most <= high, (fewest, most)
    # rounded out to 5 minutes, no further: the promise stays a useful one
    assert fewest - low < 5 and high - most < 5, (fewest, most)


def test_the_estimate_counts_half_a_minute_a_question():
    assert [minutes_for(n) for n in (0, 1, 2, 45, 99, 104)] == [1, 1, 1, 22, 50, 52]
