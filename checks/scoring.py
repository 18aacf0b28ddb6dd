"""Scores, maturity and critical gaps of one checkup, and the JSON report of `boussole-cli score`.

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

from typing import Mapping

from checks.assessment import ActionTracking, Assessment
from checks.content import DONT_KNOW, Content, Module, Question, applies
from checks.evaluation import (MATURITY_BANDS, MATURITY_LEVELS, CriticalGap, Evaluation,
                               ModuleResult, ThemeResult)
from checks.plan import ScoredAnswer, build_plan, failed_critical

CAP_LEVEL = "progressing"


def evaluate(content: Content, profile: Mapping, answers: Mapping[str, str],
             tracking: Mapping[str, ActionTracking] | None = None) -> Evaluation:
    """Evaluate answers (question id -> option id or DONT_KNOW) for a business profile.

    Answers may also be checks.assessment.Answer objects (their option is used). tracking maps
    action id -> ActionTracking and only fills the plan's status, owner, due and note.
    """
    profile = dict(profile)  # applies() wants a dict; also shields us from a mutating caller
    modules: list[ModuleResult] = []
    scored_all: list[ScoredAnswer] = []
    applicable_total = answered_total = 0
    for module in content.modules:
        applicable, scored = _score_module(module, profile, answers)
        modules.append(_module_result(module, applicable, scored))
        scored_all += scored
        applicable_total += len(applicable)
        answered_total += len(scored)
    gaps = tuple(CriticalGap(a.question.id, a.question.module, a.option)
                 for a in scored_all if failed_critical(a))
    known = [m.score for m in modules if m.score is not None]
    overall = sum(known) / len(known) if known else None
    return Evaluation(
        content_version=content.version, score=overall,
        completion=_completion(answered_total, applicable_total),
        maturity=_capped(maturity_of(overall), bool(gaps))[0],
        modules=tuple(modules), critical_gaps=gaps,
        plan=build_plan(content, scored_all, tracking))


def evaluate_assessment(content: Content, assessment: Assessment) -> Evaluation:
    answers = {qid: a.option for qid, a in assessment.answers.items()}
    return evaluate(content, assessment.profile, answers, assessment.actions)


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
    weights = sum(a.question.weight for a in scored)
    if not weights:
        return None
    return 100.0 * sum(a.question.weight * a.score for a in scored) / weights


def _score_module(module: Module, profile: dict,
                  answers: Mapping[str, str]) -> tuple[list[Question], list[ScoredAnswer]]:
    """(applicable questions, applicable answered questions), both in interview order."""
    applicable: list[Question] = []
    scored: list[ScoredAnswer] = []
    for q in module.questions:
        if not applies(q, profile):
            continue
        applicable.append(q)
        option = answers.get(q.id)
        if option is not None and not isinstance(option, str):
            option = option.option  # an Answer passed as is: accepted rather than silently ignored
        if option == DONT_KNOW:
            scored.append(ScoredAnswer(q, DONT_KNOW, 0.0))
        elif option is not None and (opt := q.option(option)) is not None:
            scored.append(ScoredAnswer(q, option, opt.score))
    return applicable, scored


def _module_result(module: Module, applicable: list[Question],
                   scored: list[ScoredAnswer]) -> ModuleResult:
    score = _weighted(scored)
    gaps = tuple(a.question.id for a in scored if failed_critical(a))
    level, capped = _capped(maturity_of(score), bool(gaps))
    themes = _theme_results(module, applicable, scored)
    return ModuleResult(
        module=module.id, score=score, completion=_completion(len(scored), len(applicable)),
        answered=len(scored), applicable=len(applicable), maturity=level, capped=capped,
        critical_gaps=gaps, themes=themes)


def _theme_results(module: Module, applicable: list[Question],
                   scored: list[ScoredAnswer]) -> tuple[ThemeResult, ...]:
    by_theme: dict[str, list[ScoredAnswer]] = {t.id: [] for t in module.themes}
    for a in scored:
        by_theme[a.question.theme].append(a)
    n_applicable = dict.fromkeys(by_theme, 0)
    for q in applicable:
        n_applicable[q.theme] += 1
    return tuple(ThemeResult(module.id, tid, _weighted(s), _completion(len(s), n_applicable[tid]),
                             len(s), n_applicable[tid]) for tid, s in by_theme.items())


# --------------------------------------------------------------------------------------------
# The JSON report of `boussole-cli score` (shape: docs/score-json.md)

REPORT_FORMAT = "boussole-score"
REPORT_VERSION = 1


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def score_report(content: Content, assessment: Assessment, previous: Assessment | None = None,
                 lang: str = "fr") -> dict:
    """Everything `boussole-cli score` prints: JSON-ready, scores rounded to 1 decimal."""
    from checks.evaluation import MATURITY_LABELS

    ev = evaluate_assessment(content, assessment)
    report = {
        "format": REPORT_FORMAT, "version": REPORT_VERSION,
        "content_version": ev.content_version, "assessment_id": assessment.id,
        "business": {"name": assessment.business.name, "city": assessment.business.city},
        "language": lang,
        "overall": {"score": _r(ev.score), "completion": _r(ev.completion),
                    "maturity": ev.maturity, "maturity_label": MATURITY_LABELS[ev.maturity].get(lang)},
        "modules": [_module_dict(content, m, lang) for m in ev.modules],
        "critical_gaps": [_gap_dict(content, g, lang) for g in ev.critical_gaps],
        "plan": _plan_dict(content, ev.plan, lang),
    }
    if previous is not None:
        from checks.compare import compare

        report["comparison"] = _comparison_dict(content, compare(content, previous, assessment), lang)
    return report


def _module_dict(content: Content, m: ModuleResult, lang: str) -> dict:
    from checks.evaluation import MATURITY_LABELS

    return {
        "id": m.module, "title": content.module(m.module).title.get(lang),
        "score": _r(m.score), "completion": _r(m.completion),
        "answered": m.answered, "applicable": m.applicable,
        "maturity": m.maturity, "maturity_label": MATURITY_LABELS[m.maturity].get(lang),
        "capped": m.capped, "critical_gaps": list(m.critical_gaps),
        "themes": [{"id": t.theme, "title": content.theme(m.module, t.theme).title.get(lang),
                    "score": _r(t.score), "completion": _r(t.completion),
                    "answered": t.answered, "applicable": t.applicable} for t in m.themes],
    }


def _answer_label(content: Content, question_id: str, option_id: str, lang: str) -> str:
    if option_id == DONT_KNOW:
        return "je ne sais pas" if lang == "fr" else "don't know"
    opt = content.questions[question_id].option(option_id)
    return opt.label.get(lang) if opt else option_id


def _gap_dict(content: Content, gap: CriticalGap, lang: str) -> dict:
    return {"question": gap.question, "module": gap.module,
            "text": content.questions[gap.question].text.get(lang),
            "option": gap.option, "answer": _answer_label(content, gap.question, gap.option, lang)}


def _plan_dict(content: Content, plan, lang: str) -> dict:
    from checks.evaluation import HORIZON_LABELS, PRIORITY_LABELS

    actions = []
    for p in plan.actions:
        action = content.actions[p.action]
        band = content.cost_bands.get(p.cost)
        actions.append({
            "rank": p.rank, "id": p.action, "module": p.module, "title": action.title.get(lang),
            "priority": p.priority, "priority_label": PRIORITY_LABELS[p.priority].get(lang),
            "horizon": p.horizon, "horizon_label": HORIZON_LABELS[p.horizon].get(lang),
            "impact": round(p.impact, 2), "effort_hours": p.effort_hours,
            "cost": p.cost, "cost_label": band.label.get(lang) if band else p.cost,
            "quick_win": p.quick_win, "critical": p.critical, "because": list(p.because),
            "status": p.status, "owner": p.owner, "due": p.due, "note": p.note,
            "who": list(action.who),
            "help": [_help_dict(content, h, lang) for h in action.help if h in content.help],
        })
    totals = [{"horizon": t.horizon, "label": HORIZON_LABELS[t.horizon].get(lang),
               "count": t.count, "effort_hours": t.effort_hours,
               "cost_low": t.cost_low, "cost_high": t.cost_high} for t in plan.totals]
    find_out = [{"question": f.question, "module": f.module,
                 "text": content.questions[f.question].text.get(lang), "ask": f.ask}
                for f in plan.find_out]
    return {"actions": actions, "totals": totals, "find_out": find_out}


def _help_dict(content: Content, help_id: str, lang: str) -> dict:
    contact = content.help[help_id]
    return {"id": help_id, "name": contact.name.get(lang), "contact": contact.contact}


def _delta_dict(d) -> dict:
    # The delta of the rounded scores, so that before + delta = after in the printed JSON.
    before, after = _r(d.before), _r(d.after)
    delta = None if before is None or after is None else round(after - before, 1)
    return {"before": before, "after": after, "delta": delta}


def _change_dict(content: Content, q, lang: str) -> dict:
    return {"question": q.question, "module": q.module,
            "before": q.before, "before_label": _answer_label(content, q.question, q.before, lang),
            "after": q.after, "after_label": _answer_label(content, q.question, q.after, lang)}


def _comparison_dict(content: Content, c, lang: str) -> dict:
    return {
        "before_id": c.before_id, "before_date": c.before_date, "after_date": c.after_date,
        "overall": _delta_dict(c.overall),
        "modules": [{"id": d.module, **_delta_dict(d)} for d in c.modules],
        "themes": [{"module": d.module, "id": d.theme, **_delta_dict(d)} for d in c.themes],
        "improved": [_change_dict(content, q, lang) for q in c.improved],
        "worsened": [_change_dict(content, q, lang) for q in c.worsened],
        "actions_done": [{"id": a.action, "module": a.module, "reason": a.reason}
                         for a in c.actions_done],
        "new_actions": list(c.new_actions),
    }
