"""Scores, maturity and critical gaps of one checkup (its JSON report: checks/score_json.py).

Pure Python, deterministic: the same content, profile and answers always give the same
Evaluation, whatever order the answers were given in. Rules (also in docs/score-json.md):

- A question applies when checks.content.applies() says so for the profile. Answers to questions
  that do not apply, to unknown question ids, or naming an option the question does not have are
  ignored (kept in the file, never counted).
- Score of a theme / module = weighted mean (question weight) of the option scores over its
  applicable answered questions, x100. "Je ne sais pas" scores 0 and becomes a "find out" item.
  Unanswered questions are left out of the score and show in completion = answered / applicable.
  Themes are not weighted against each other: a theme with more (or heavier) questions counts
  more, which is what the content authors chose by writing them.
- A module no question of which applies has score None, completion 100 and is left out of the
  overall score. A module with applicable questions but no answer yet has score None too.
- Overall score = plain mean of the module scores that are not None (each front counts the
  same); None when nothing is answered. Overall completion = answered / applicable over all
  modules.
- Maturity comes from MATURITY_BANDS. A failed critical question (score below FAILED_BELOW, or
  don't-know) is a critical gap and caps its module at "progressing"; `capped` says the cap
  actually lowered the level. The overall maturity comes from the overall score, capped at
  "progressing" when any module has a critical gap. A score of None reads "beginner".
"""
from __future__ import annotations

import datetime as _dt
from typing import Mapping

from checks.assessment import ActionTracking, Assessment
from checks.content import DONT_KNOW, Content, Module, Question
from checks.evaluation import (MATURITY_BANDS, MATURITY_LEVELS, CriticalGap, Evaluation,
                               ModuleResult, ThemeResult)
from checks.firm import firm_fit
from checks.plan import ScoredAnswer, build_plan, failed_critical

CAP_LEVEL = "progressing"


def evaluate(content: Content, profile: Mapping, answers: Mapping[str, str],
             tracking: Mapping[str, ActionTracking] | None = None,
             start: _dt.date | None = None) -> Evaluation:
    """Evaluate answers (question id -> option id or DONT_KNOW) for a business profile.

    Answers may also be checks.assessment.Answer objects (their option is used). tracking maps
    action id -> ActionTracking: the plan's status, owner, due and note; done actions leave the
    plan's periods. start: the day the plan's periods count from (see checks.plan.build_plan).
    """
    firm = firm_fit(content, profile)   # which questions apply, kept per profile
    modules: list[ModuleResult] = []
    scored_all: list[ScoredAnswer] = []
    applicable_total = answered_total = 0
    for module in content.modules:
        applicable, scored = _score_module(firm.applicable[module.id], answers)
        modules.append(_module_result(module, applicable, scored))
        scored_all += scored
        applicable_total += len(applicable)
        answered_total += len(scored)
    gaps = tuple(CriticalGap(a.question.id, a.question.module, a.option)
                 for a in scored_all if failed_critical(a))
    known = [m.score for m in modules if m.score is not None]
    overall = sum(known) / len(known) if known else None
    maturity, capped = _capped(maturity_of(overall), bool(gaps))
    return Evaluation(
        content_version=content.version, score=overall,
        completion=_completion(answered_total, applicable_total),
        maturity=maturity, capped=capped,
        modules=tuple(modules), critical_gaps=gaps,
        plan=build_plan(content, scored_all, tracking, profile, start, firm))


def evaluate_assessment(content: Content, assessment: Assessment,
                        start: _dt.date | None = None) -> Evaluation:
    """Evaluate a checkup; its plan's periods count from `start`, else the checkup's date."""
    answers = {qid: a.option for qid, a in assessment.answers.items()}
    return evaluate(content, assessment.profile, answers, assessment.actions,
                    start or checkup_date(assessment))


def checkup_date(assessment: Assessment) -> _dt.date | None:
    """The day the checkup was completed, else started; None when neither can be read."""
    for stamp in (assessment.completed_at, assessment.started_at):
        try:
            return _dt.date.fromisoformat((stamp or "")[:10])
        except ValueError:
            continue
    return None


def maturity_of(score: float | None) -> str:
    level = MATURITY_BANDS[0][0]
    if score is None:
        return level
    for name, lower in MATURITY_BANDS:
        if score >= lower:
            level = name
    return level


def _capped(level: str, has_gap: bool) -> tuple[str, bool]:
    if has_gap and MATURITY_LEVELS.index(level) > MATURITY_LEVELS.index(CAP_LEVEL):
        return CAP_LEVEL, True
    return level, False


def _completion(answered: int, applicable: int) -> float:
    # Nothing to answer is nothing left to do: 100 %, never a division by zero.
    return 100.0 if applicable == 0 else 100.0 * answered / applicable


def _weighted(scored: list[ScoredAnswer]) -> float | None:
    weights = points = 0.0
    for a in scored:   # one pass: every theme and module of every checkup comes here
        weight = a.question.weight
        weights += weight
        points += weight * a.score
    return 100.0 * points / weights if weights else None


def _score_module(applicable: tuple[Question, ...],
                  answers: Mapping[str, str]) -> tuple[tuple[Question, ...], list[ScoredAnswer]]:
    """(applicable questions, applicable answered questions), both in interview order."""
    scored: list[ScoredAnswer] = []
    for q in applicable:
        option = answers.get(q.id)
        if option is not None and not isinstance(option, str):
            option = option.option  # an Answer passed as is: accepted rather than silently ignored
        if option == DONT_KNOW:
            scored.append(ScoredAnswer(q, DONT_KNOW, 0.0))
        elif option is not None and (opt := q.option(option)) is not None:
            scored.append(ScoredAnswer(q, option, opt.score))
    return applicable, scored


def _module_result(module: Module, applicable: tuple[Question, ...],
                   scored: list[ScoredAnswer]) -> ModuleResult:
    score = _weighted(scored)
    gaps = tuple(a.question.id for a in scored if failed_critical(a))
    level, capped = _capped(maturity_of(score), bool(gaps))
    themes = _theme_results(module, applicable, scored)
    return ModuleResult(
        module=module.id, score=score, completion=_completion(len(scored), len(applicable)),
        answered=len(scored), applicable=len(applicable), maturity=level, capped=capped,
        critical_gaps=gaps, themes=themes)


def _theme_results(module: Module, applicable: tuple[Question, ...],
                   scored: list[ScoredAnswer]) -> tuple[ThemeResult, ...]:
    by_theme: dict[str, list[ScoredAnswer]] = {t.id: [] for t in module.themes}
    for a in scored:
        by_theme[a.question.theme].append(a)
    n_applicable = dict.fromkeys(by_theme, 0)
    for q in applicable:
        n_applicable[q.theme] += 1
    return tuple(ThemeResult(module.id, tid, _weighted(s), _completion(len(s), n_applicable[tid]),
                             len(s), n_applicable[tid]) for tid, s in by_theme.items())
