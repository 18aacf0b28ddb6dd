"""Compare two checkups of one business: what improved, what got worse, which actions got done.

Pure Python. Both checkups are evaluated with the same content (an assessment is always
re-rendered with the content it was answered with; comparing across content versions is the
caller's problem and is refused by the assessment reader).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from checks.assessment import Assessment
from checks.content import DONT_KNOW, Content, Question, applies
from checks.evaluation import Plan
from checks.scoring import evaluate_assessment


@dataclass(frozen=True)
class ScoreDelta:
    """One score before and after. module "" = overall; theme "" = the whole module."""

    module: str
    theme: str
    before: float | None     # 0-100, None when nothing was answered then
    after: float | None
    delta: float | None      # after - before, None unless both are known


@dataclass(frozen=True)
class QuestionChange:
    question: str
    module: str
    before: str              # option id (or "dont_know") in the old checkup
    after: str               # option id (or "dont_know") in the new one
    before_score: float      # 0-1, "dont_know" counts 0 as in the scores
    after_score: float


@dataclass(frozen=True)
class ActionDone:
    action: str
    module: str
    reason: str              # "done": marked done; "not_needed": the answers no longer call for it


@dataclass(frozen=True)
class Comparison:
    before_id: str
    after_id: str
    before_date: str         # ISO 8601 (completed_at, else started_at) of the old checkup
    after_date: str
    overall: ScoreDelta
    modules: tuple[ScoreDelta, ...]           # content order
    themes: tuple[ScoreDelta, ...]            # content order
    improved: tuple[QuestionChange, ...]      # interview order
    worsened: tuple[QuestionChange, ...]      # interview order
    actions_done: tuple[ActionDone, ...]      # in the old plan; done now or no longer needed
    new_actions: tuple[str, ...]              # action ids in the new plan, not in the old one

    def module(self, module_id: str) -> ScoreDelta:
        for m in self.modules:
            if m.module == module_id:
                return m
        raise KeyError(module_id)

    def to_dict(self) -> dict:
        return asdict(self)


def _delta(module: str, theme: str, before: float | None, after: float | None) -> ScoreDelta:
    diff = None if before is None or after is None else round(after - before, 6)
    return ScoreDelta(module, theme, before, after, diff)


def _answer_score(question: Question, option_id: str) -> float:
    opt = question.option(option_id)
    return 0.0 if option_id == DONT_KNOW or opt is None else opt.score


def _date(assessment: Assessment) -> str:
    return assessment.completed_at or assessment.started_at or ""


def compare(content: Content, old: Assessment, new: Assessment) -> Comparison:
    """Compare an earlier checkup (old) with a later one (new) of the same business."""
    before, after = evaluate_assessment(content, old), evaluate_assessment(content, new)
    modules, themes = [], []
    for m_after in after.modules:
        m_before = before.module(m_after.module)
        modules.append(_delta(m_after.module, "", m_before.score, m_after.score))
        for t_before, t in zip(m_before.themes, m_after.themes):  # same content: same themes
            themes.append(_delta(t.module, t.theme, t_before.score, t.score))
    improved, worsened = _question_changes(content, old, new)
    return Comparison(
        before_id=old.id, after_id=new.id, before_date=_date(old), after_date=_date(new),
        overall=_delta("", "", before.score, after.score),
        modules=tuple(modules), themes=tuple(themes),
        improved=improved, worsened=worsened,
        actions_done=_actions_done(before.plan, after.plan),
        new_actions=_new_actions(before.plan, after.plan))


def _question_changes(content: Content, old: Assessment, new: Assessment
                      ) -> tuple[tuple[QuestionChange, ...], tuple[QuestionChange, ...]]:
    """Questions answered and applicable in both checkups whose answer scores differently.

    An answer to a question that did not apply was not counted in that checkup's scores, so
    calling it improved or worsened would disagree with the score deltas shown next to it.
    """
    improved, worsened = [], []
    for qid, q in content.questions.items():
        a_old, a_new = old.answers.get(qid), new.answers.get(qid)
        if a_old is None or a_new is None:
            continue
        if not (applies(q, old.profile) and applies(q, new.profile)):
            continue
        s_old, s_new = _answer_score(q, a_old.option), _answer_score(q, a_new.option)
        if s_old == s_new:
            continue
        change = QuestionChange(qid, q.module, a_old.option, a_new.option, s_old, s_new)
        (improved if s_new > s_old else worsened).append(change)
    return tuple(improved), tuple(worsened)


def _actions_done(old_plan: Plan, new_plan: Plan) -> tuple[ActionDone, ...]:
    """Old plan's actions now marked done, or that the new answers no longer call for.

    An action already marked done in the old checkup still counts when it is done now: the
    comparison is between the two plans, and "done" in the new checkup is what the owner sees
    (the new plan carries the new checkup's tracking).
    """
    still = {a.action: a for a in new_plan.actions}
    out = []
    for planned in old_plan.actions:  # old plan's rank order: the order the owner worked from
        now = still.get(planned.action)
        if now is None:
            out.append(ActionDone(planned.action, planned.module, "not_needed"))
        elif now.status == "done":
            out.append(ActionDone(planned.action, planned.module, "done"))
    return tuple(out)


def _new_actions(old_plan: Plan, new_plan: Plan) -> tuple[str, ...]:
    old_ids = {a.action for a in old_plan.actions}
    return tuple(a.action for a in new_plan.actions if a.action not in old_ids)

