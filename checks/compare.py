"""Compare two checkups of one business: what improved, what got worse, which actions got done.

Pure Python. Each checkup is scored with the content it was answered with. When the two were
answered with different content versions, the earlier one's answers are restated in the later
version through the archived mapping (checks.content_versions) to find what improved or
worsened; a question that changed meaning is listed in `not_comparable`, never matched.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from checks.assessment import Assessment
from checks.content import DONT_KNOW, Content, Question, applies
from checks.evaluation import Evaluation, Plan
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
class NotComparable:
    """An answer of the earlier checkup to a question that changed meaning since."""

    question: str            # id in `version`
    module: str
    version: str             # the content version the id belongs to (the earlier one)
    option: str              # the answer given then
    reason: str              # why, from the mapping (developers' words, "" when none)
    see: tuple[str, ...] = ()    # questions of `questions_version` that took over from it


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
    before_version: str = ""                  # content version of each checkup
    after_version: str = ""
    questions_version: str = ""               # version of the ids in improved and worsened
    not_comparable: tuple[NotComparable, ...] = ()   # interview order of their version

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


def compare(content: Content, old: Assessment, new: Assessment,
            old_content: Content | None = None) -> Comparison:
    """Compare an earlier checkup (old) with a later one (new) of the same business.

    `content` is the new checkup's content; `old_content` the old one's (read from the
    archive when omitted and the versions differ). Action ids in the result are the new
    checkup's; question ids in improved/worsened are `questions_version`'s.
    """
    if old_content is None:
        old_content = content if old.content_version == content.version else \
            _load_version(old.content_version)
    before = evaluate_assessment(old_content, old)
    after = evaluate_assessment(content, new)
    modules, themes = _score_deltas(before, after)
    if old.content_version == new.content_version:
        q_content, q_old, q_new, lost, to_new = content, old, new, (), None
    else:
        q_content, q_old, q_new, lost, to_new = _restated(old, new, old_content, content)
    improved, worsened = _question_changes(q_content, q_old, q_new)
    return Comparison(
        before_id=old.id, after_id=new.id, before_date=_date(old), after_date=_date(new),
        overall=_delta("", "", before.score, after.score),
        modules=tuple(modules), themes=tuple(themes),
        improved=improved, worsened=worsened,
        actions_done=_actions_done(before.plan, after.plan, to_new),
        new_actions=_new_actions(before.plan, after.plan, to_new),
        before_version=old.content_version, after_version=new.content_version,
        questions_version=q_content.version, not_comparable=lost)


def _load_version(version: str) -> Content:
    from checks.content_versions import load_version

    return load_version(version)


def _score_deltas(before: Evaluation, after: Evaluation) -> tuple[list, list]:
    """Overall, module and theme deltas, matched by id (a theme only one version has shows
    nothing before)."""
    modules, themes = [], []
    earlier = {m.module: m for m in before.modules}
    for m_after in after.modules:
        m_before = earlier.get(m_after.module)
        modules.append(_delta(m_after.module, "", m_before.score if m_before else None,
                              m_after.score))
        old_themes = {t.theme: t for t in m_before.themes} if m_before else {}
        for t in m_after.themes:
            t_before = old_themes.get(t.theme)
            themes.append(_delta(t.module, t.theme, t_before.score if t_before else None, t.score))
    return modules, themes


def _restated(old: Assessment, new: Assessment, old_content: Content, new_content: Content):
    """Both checkups in the later version's ids (the earlier one translated through the
    mapping), what could not be matched, and old action id -> new action id."""
    from checks.content_versions import load_mapping, translate_assessment, version_key

    old_first = version_key(old.content_version) < version_key(new.content_version)
    earlier, later = (old, new) if old_first else (new, old)
    earlier_content, later_content = (old_content, new_content) if old_first else \
        (new_content, old_content)
    mapping = load_mapping(earlier.content_version, later.content_version)
    translation = translate_assessment(earlier, later.content_version)
    lost = []
    for qid in translation.not_comparable:
        q = earlier_content.questions.get(qid)
        if q is None or not applies(q, earlier.profile):
            continue   # an answer that did not count then
        qmap = mapping.questions.get(qid)
        see = (qmap.see or ((qmap.new,) if qmap.new else ())) if qmap else ()
        lost.append(NotComparable(qid, q.module, earlier.content_version,
                                  earlier.answers[qid].option, qmap.reason if qmap else "", see))
    forward = {aid: new_id for aid, new_id in mapping.actions.items()}
    if old_first:
        q_old, q_new, to_new = translation.assessment, new, forward
    else:   # the older checkup was answered with the newer checklist: map back
        q_old, q_new = old, translation.assessment
        to_new = {later_id: aid for aid, later_id in forward.items() if later_id}
    return later_content, q_old, q_new, tuple(lost), to_new


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


def _actions_done(old_plan: Plan, new_plan: Plan,
                  to_new: dict[str, str | None] | None = None) -> tuple[ActionDone, ...]:
    """Old plan's actions now marked done, or that the new answers no longer call for.

    An action already marked done in the old checkup still counts when it is done now: the
    comparison is between the two plans, and "done" in the new checkup is what the owner sees
    (the new plan carries the new checkup's tracking). `to_new` maps the old plan's action
    ids to the new version's (None: the same version); a retired action is left out.
    """
    still = {a.action: a for a in new_plan.actions}
    out = []
    for planned in old_plan.actions:  # old plan's rank order: the order the owner worked from
        action = planned.action if to_new is None else to_new.get(planned.action)
        if action is None:
            continue
        now = still.get(action)
        if now is None:
            out.append(ActionDone(action, planned.module, "not_needed"))
        elif now.status == "done":
            out.append(ActionDone(action, planned.module, "done"))
    return tuple(out)


def _new_actions(old_plan: Plan, new_plan: Plan,
                 to_new: dict[str, str | None] | None = None) -> tuple[str, ...]:
    old_ids = {a.action if to_new is None else to_new.get(a.action) for a in old_plan.actions}
    return tuple(a.action for a in new_plan.actions if a.action not in old_ids)
