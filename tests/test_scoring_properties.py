"""Properties of the scoring and plan engine (issue 4), on the real content and the mini one.

The mini content (tests/data/mini_content) is small enough for hypothesis to reach every corner
(non-applicable modules, merged actions, option-level actions); the real content is what users
get. Every property runs on both.
"""
from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.content import DONT_KNOW, Content, applies
from checks.content_loader import load_content
from checks.scoring import evaluate

MINI = Path(__file__).parent / "data" / "mini_content"
CONTENTS = ("mini", "real")
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def get_content(which: str) -> Content:
    return load_content(MINI if which == "mini" else None)


# -- strategies ------------------------------------------------------------------------------


def profiles(content: Content) -> st.SearchStrategy[dict]:
    """Any valid profile: every profile question answered (exclusive options alone)."""
    fields = {}
    for p in content.profile:
        ids = p.option_ids()
        if p.multiple:
            plain = [o for o in ids if o not in p.exclusive]
            fields[p.id] = st.one_of(
                st.sampled_from([[e] for e in p.exclusive]) if p.exclusive else st.nothing(),
                st.lists(st.sampled_from(plain), min_size=1, unique=True).map(sorted))
        else:
            fields[p.id] = st.sampled_from(ids)
    return st.fixed_dictionaries(fields)


def answer_sets(content: Content) -> st.SearchStrategy[dict]:
    """Answers to any subset of questions, some don't-know, some unknown ids (ignored)."""
    per_question = {
        q.id: st.sampled_from((None, DONT_KNOW) + tuple(o.id for o in q.options))
        for q in content.questions.values()}
    noise = st.dictionaries(st.sampled_from(["nope.q", "cyber.", "x"]), st.just("yes"), max_size=2)
    return st.tuples(st.fixed_dictionaries(per_question), noise).map(
        lambda t: {**t[1], **{k: v for k, v in t[0].items() if v is not None}})


def checkups(which: str):
    content = get_content(which)
    return st.tuples(profiles(content), answer_sets(content))


def _all_scores(ev):
    yield ev.score
    yield ev.completion
    for m in ev.modules:
        yield m.score
        yield m.completion
        for t in m.themes:
            yield t.score
            yield t.completion


def _answer_score(content: Content, qid: str, option: str | None) -> float:
    q = content.questions[qid]
    opt = q.option(option) if option else None
    return opt.score if opt else 0.0


# -- properties ------------------------------------------------------------------------------


@pytest.mark.parametrize("which", CONTENTS)
def test_scores_stay_within_0_and_100(which):
    @SETTINGS
    @given(checkups(which))
    def check(checkup):
        profile, answers = checkup
        ev = evaluate(get_content(which), profile, answers)
        for value in _all_scores(ev):
            assert value is None or 0.0 <= value <= 100.0
        for action in ev.plan.actions:
            assert action.impact > 0
    check()


@pytest.mark.parametrize("which", CONTENTS)
def test_improving_one_answer_never_lowers_module_or_overall(which):
    content = get_content(which)

    @SETTINGS
    @given(checkups(which), st.data())
    def check(checkup, data):
        profile, answers = checkup
        qid = data.draw(st.sampled_from(sorted(answers.keys() & content.questions.keys())
                                        or sorted(content.questions)), label="question")
        current = _answer_score(content, qid, answers.get(qid))
        better = [o.id for o in content.questions[qid].options if o.score > current]
        if qid not in answers or not better:
            return
        improved = {**answers, qid: data.draw(st.sampled_from(better), label="better")}
        before, after = evaluate(content, profile, answers), evaluate(content, profile, improved)
        module = content.questions[qid].module
        b, a = before.module(module).score, after.module(module).score
        assert (b is None and a is None) or a >= b
        if before.score is not None:
            assert after.score >= before.score
    check()


@pytest.mark.parametrize("which", CONTENTS)
def test_all_best_gives_100_everywhere_and_an_empty_plan(which):
    content = get_content(which)

    @SETTINGS
    @given(profiles(content))
    def check(profile):
        best = {q.id: max(q.options, key=lambda o: o.score).id for q in content.questions.values()}
        ev = evaluate(content, profile, best)
        assert ev.score == 100.0 and ev.completion == 100.0 and ev.maturity == "advanced"
        for m in ev.modules:
            assert m.score == (100.0 if m.applicable else None)
            assert all(t.score in (100.0, None) for t in m.themes)
        assert ev.plan.actions == () and ev.plan.find_out == () and ev.critical_gaps == ()
        assert all(t.count == 0 and t.cost_high == 0 for t in ev.plan.totals)
    check()


@pytest.mark.parametrize("which", CONTENTS)
def test_all_worst_gives_the_lowest_score_and_every_applicable_action(which):
    content = get_content(which)

    @SETTINGS
    @given(profiles(content))
    def check(profile):
        worst = {q.id: min(q.options, key=lambda o: o.score) for q in content.questions.values()}
        ev = evaluate(content, profile, {qid: o.id for qid, o in worst.items()})
        planned = {a.action: a for a in ev.plan.actions}
        for m in ev.modules:
            applicable = [q for q in content.module(m.module).questions if applies(q, profile)]
            if not applicable:
                assert m.score is None
                continue
            # 0 when every worst option scores 0; a few real questions' worst answer scores 0.3
            expected = 100 * sum(q.weight * worst[q.id].score for q in applicable) / sum(
                q.weight for q in applicable)
            assert m.score == pytest.approx(expected)
            if all(worst[q.id].score == 0 for q in applicable):
                assert m.score == 0.0
            for q in applicable:
                if worst[q.id].score < 1.0:
                    for aid in q.actions_for(worst[q.id].id):
                        assert q.id in planned[aid].because
    check()


@pytest.mark.parametrize("which", CONTENTS)
def test_dont_know_everywhere_gives_0_and_finds_out_every_applicable_question(which):
    content = get_content(which)

    @SETTINGS
    @given(profiles(content))
    def check(profile):
        ev = evaluate(content, profile, {qid: DONT_KNOW for qid in content.questions})
        applicable = [q.id for q in content.questions.values() if applies(q, profile)]
        assert ev.score == 0.0 and ev.maturity == "beginner"
        assert [f.question for f in ev.plan.find_out] == applicable
        critical = {q for q in applicable if content.questions[q].critical}
        assert {g.question for g in ev.critical_gaps} == critical
    check()


def _counted_weight(questions, profile: dict, answers: dict) -> int:
    """Total weight of the questions that count in a score: applicable, validly answered."""
    def counts(q):
        option = answers.get(q.id)
        return option == DONT_KNOW or (option is not None and q.option(option) is not None)
    return sum(q.weight for q in questions if applies(q, profile) and counts(q))


def _without(content: Content, qid: str) -> Content:
    """The same content where question qid never applies (an impossible profile condition)."""
    never = {content.profile[0].id: ("__never__",)}
    modules = []
    for m in content.modules:
        questions = tuple(dataclasses.replace(q, applies_if=never) if q.id == qid else q
                          for q in m.questions)
        modules.append(dataclasses.replace(m, questions=questions))
    # _questions must be a fresh dict: replace() would otherwise share (and refill) the old one
    return dataclasses.replace(content, modules=tuple(modules), _questions={})


@pytest.mark.parametrize("which", CONTENTS)
def test_making_a_question_not_applicable_changes_no_other_contribution(which):
    content = get_content(which)

    @SETTINGS
    @given(checkups(which), st.data())
    def check(checkup, data):
        profile, answers = checkup
        qid = data.draw(st.sampled_from(sorted(content.questions)), label="question")
        q = content.questions[qid]
        before = evaluate(content, profile, answers)
        after = evaluate(_without(content, qid), profile, answers)
        # every other theme is untouched
        for mb, ma in zip(before.modules, after.modules):
            for tb, ta in zip(mb.themes, ma.themes):
                if (tb.module, tb.theme) != (q.module, q.theme):
                    assert tb == ta
        # the module keeps every other question's weighted contribution
        mb, ma = before.module(q.module), after.module(q.module)
        others = [x for x in content.module(q.module).questions if x.id != qid]
        w_after = _counted_weight(others, profile, answers)
        counted = _counted_weight([q], profile, answers)
        share = counted * _answer_score(content, qid, answers.get(qid))
        if ma.score is not None:
            assert ma.score * w_after == pytest.approx(mb.score * (w_after + counted) - 100 * share)
        # the plan: the same actions for the same other answers, with the same impact
        old = {a.action: a for a in before.plan.actions}
        new = {a.action: a for a in after.plan.actions}
        for aid, a in old.items():
            others = tuple(x for x in a.because if x != qid)
            if not others:
                assert aid not in new
                continue
            assert new[aid].because == others
            lost = q.weight * (1 - _answer_score(content, qid, answers.get(qid))) \
                if qid in a.because else 0.0
            assert new[aid].impact == pytest.approx(a.impact - lost, abs=1e-6)
        assert set(new) <= set(old)
        assert [f for f in after.plan.find_out] == [f for f in before.plan.find_out
                                                   if f.question != qid]
        assert [g for g in after.critical_gaps] == [g for g in before.critical_gaps
                                                    if g.question != qid]
    check()


@pytest.mark.parametrize("which", CONTENTS)
def test_same_input_same_output_action_order_included(which):
    content = get_content(which)

    @SETTINGS
    @given(checkups(which))
    def check(checkup):
        profile, answers = checkup
        first = evaluate(content, profile, answers)
        again = evaluate(content, dict(profile), dict(answers))
        assert first == again
        assert first.to_dict() == again.to_dict()
        assert [a.action for a in first.plan.actions] == [a.action for a in again.plan.actions]
        assert [a.rank for a in first.plan.actions] == list(range(1, len(first.plan.actions) + 1))
    check()


@pytest.mark.parametrize("which", CONTENTS)
def test_result_does_not_depend_on_answer_order(which):
    content = get_content(which)

    @SETTINGS
    @given(checkups(which), st.randoms(use_true_random=False))
    def check(checkup, rnd):
        profile, answers = checkup
        items = list(answers.items())
        rnd.shuffle(items)
        assert evaluate(content, profile, dict(items)) == evaluate(content, profile, answers)
        assert evaluate(content, profile, dict(reversed(items))) == evaluate(content, profile, answers)
    check()
