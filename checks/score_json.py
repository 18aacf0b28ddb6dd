"""The JSON report of `boussole-cli score` (shape: docs/score-json.md).

Built on the engine (checks.scoring.evaluate_assessment) and the comparison (checks.compare):
everything a tool needs, texts in one language, scores rounded to 1 decimal.
"""
from __future__ import annotations

from checks.assessment import Assessment
from checks.compare import Comparison, NotComparable, QuestionChange, ScoreDelta, compare
from checks.content import Content
from checks.evaluation import (CriticalGap, ModuleResult, Overload, Period, Plan, PlannedAction,
                               is_provisional)
from checks.scoring import evaluate_assessment
from checks.vocabulary import (HORIZON_LABELS, MATURITY_LABELS, PERIOD_LABELS, PRIORITY_LABELS,
                               ROLES, STATUS_LABELS, WHY_NOW_LABELS, answer_label, who_text)

REPORT_FORMAT = "boussole-score"
REPORT_VERSION = 1


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def score_report(content: Content, assessment: Assessment, previous: Assessment | None = None,
                 lang: str = "fr", previous_content: Content | None = None) -> dict:
    """Everything `boussole-cli score` prints: JSON-ready, scores rounded to 1 decimal.

    `content` is the assessment's own version; `previous` may be of another version (its
    content: `previous_content`, else read from the archive)."""
    ev = evaluate_assessment(content, assessment)
    report = {
        "format": REPORT_FORMAT, "version": REPORT_VERSION,
        "content_version": ev.content_version, "assessment_id": assessment.id,
        "business": {"name": assessment.business.name, "city": assessment.business.city},
        "language": lang,
        "overall": {"score": _r(ev.score), "completion": _r(ev.completion),
                    "provisional": ev.provisional,
                    "maturity": ev.maturity, "maturity_label": MATURITY_LABELS[ev.maturity].get(lang)},
        "modules": [_module_dict(content, m, lang) for m in ev.modules],
        "critical_gaps": [_gap_dict(content, g, lang) for g in ev.critical_gaps],
        "plan": _plan_dict(content, ev.plan, lang),
    }
    if previous is not None:
        comparison = compare(content, previous, assessment, previous_content)
        report["comparison"] = _comparison_dict(content, comparison, lang, previous_content)
    return report


def _module_dict(content: Content, m: ModuleResult, lang: str) -> dict:
    return {
        "id": m.module, "title": content.module(m.module).title.get(lang),
        "score": _r(m.score), "completion": _r(m.completion),
        "provisional": is_provisional(m.completion),
        "answered": m.answered, "applicable": m.applicable,
        "maturity": m.maturity, "maturity_label": MATURITY_LABELS[m.maturity].get(lang),
        "capped": m.capped, "critical_gaps": list(m.critical_gaps),
        "themes": [{"id": t.theme, "title": content.theme(m.module, t.theme).title.get(lang),
                    "score": _r(t.score), "completion": _r(t.completion),
                    "answered": t.answered, "applicable": t.applicable} for t in m.themes],
    }


def _gap_dict(content: Content, gap: CriticalGap, lang: str) -> dict:
    return {"question": gap.question, "module": gap.module,
            "text": content.questions[gap.question].text.get(lang),
            "option": gap.option, "answer": answer_label(content, gap.question, gap.option, lang)}


def _plan_dict(content: Content, plan: Plan, lang: str) -> dict:
    actions = [_action_dict(content, p, lang) for p in plan.actions]
    totals = [{"horizon": t.horizon, "label": HORIZON_LABELS[t.horizon].get(lang),
               "count": t.count, "effort_hours": t.effort_hours,
               "cost_low": t.cost_low, "cost_high": t.cost_high} for t in plan.totals]
    find_out = [{"question": f.question, "module": f.module,
                 "text": content.questions[f.question].text.get(lang), "ask": f.ask,
                 "ask_label": ROLES[f.ask].ask.get(lang)}
                for f in plan.find_out]
    cap = plan.capacity
    return {
        "start": plan.start,
        "capacity": {"monthly_hours": cap.monthly_hours, "from_staff": cap.from_staff,
                     "yearly_budget": cap.yearly_budget,
                     "months_at_pace": plan.months_at_pace()},
        "progress": {"done": plan.progress.done, "in_progress": plan.progress.in_progress,
                     "total": plan.progress.total},
        "periods": [_period_dict(p, lang) for p in plan.periods],
        "overload": _overload_dict(content, plan.overload, lang),
        "actions": actions, "totals": totals, "find_out": find_out}


def _action_dict(content: Content, p: PlannedAction, lang: str) -> dict:
    action = content.actions[p.action]
    return {
        "number": p.number, "rank": p.rank, "id": p.action, "module": p.module,
        "title": action.title.get(lang),
        "period": p.period,
        "period_label": PERIOD_LABELS[p.period].get(lang) if p.period in PERIOD_LABELS
        else STATUS_LABELS["done"].get(lang),
        "deadline": p.deadline, "legal_deadline": p.legal_deadline, "late": p.late,
        "over_budget": p.over_budget,
        "why_now": p.why_now, "why_now_label": WHY_NOW_LABELS[p.why_now].get(lang),
        "after": list(p.after),
        "priority": p.priority, "priority_label": PRIORITY_LABELS[p.priority].get(lang),
        "horizon": p.horizon, "horizon_label": HORIZON_LABELS[p.horizon].get(lang),
        "impact": round(p.impact, 2), "effort_hours": p.effort_hours,
        "cost": p.cost, "cost_label": content.cost_bands[p.cost].label.get(lang),
        "cost_low": p.cost_low, "cost_high": p.cost_high, "per_user": p.per_user,
        "quick_win": p.quick_win, "critical": p.critical, "because": list(p.because),
        "status": p.status, "owner": p.owner, "due": p.due, "note": p.note,
        "who": list(p.who), "who_label": who_text(p.who, lang),
        "steps": [action.steps[i].get(lang) for i in p.steps],
        "help": [_help_dict(content, h, lang) for h in p.help],
    }


def _period_dict(p: Period, lang: str) -> dict:
    return {"id": p.id, "label": PERIOD_LABELS[p.id].get(lang), "start": p.start, "end": p.end,
            "capacity_hours": p.capacity_hours, "available_hours": p.available_hours,
            "hours": p.hours, "over_hours": p.over_hours, "cost_low": p.cost_low,
            "cost_high": p.cost_high, "late": p.late, "actions": list(p.actions)}


def _overload_dict(content: Content, o: Overload, lang: str) -> dict:
    return {"late": list(o.late), "missing_hours": o.missing_hours,
            "monthly_hours_needed": o.monthly_hours_needed,
            "over_budget": list(o.over_budget), "missing_budget": o.missing_budget,
            "helpers": [{"id": r, "label": ROLES[r].yours.get(lang)} for r in o.helpers],
            "help": [_help_dict(content, h, lang) for h in o.help]}


def _help_dict(content: Content, help_id: str, lang: str) -> dict:
    contact = content.help[help_id]
    return {"id": help_id, "name": contact.name.get(lang), "contact": contact.contact}


def _delta_dict(d: ScoreDelta) -> dict:
    # The delta of the rounded scores, so that before + delta = after in the printed JSON.
    before, after = _r(d.before), _r(d.after)
    delta = None if before is None or after is None else round(after - before, 1)
    return {"before": before, "after": after, "delta": delta}


def _change_dict(content: Content, q: QuestionChange, lang: str) -> dict:
    return {"question": q.question, "module": q.module,
            "text": content.questions[q.question].text.get(lang),
            "before": q.before, "before_label": answer_label(content, q.question, q.before, lang),
            "after": q.after, "after_label": answer_label(content, q.question, q.after, lang)}


def _not_comparable_dict(content: Content, n: NotComparable, lang: str) -> dict:
    return {"question": n.question, "module": n.module, "content_version": n.version,
            "text": content.questions[n.question].text.get(lang),
            "before": n.option, "before_label": answer_label(content, n.question, n.option, lang),
            "reason": n.reason, "see": list(n.see)}


def _comparison_dict(content: Content, c: Comparison, lang: str,
                     previous_content: Content | None = None) -> dict:
    from checks.content_versions import content_of

    q_content = content_of(c.questions_version, content, previous_content)
    return {
        "before_id": c.before_id, "before_date": c.before_date, "after_date": c.after_date,
        "before_content_version": c.before_version, "after_content_version": c.after_version,
        "overall": _delta_dict(c.overall),
        "modules": [{"id": d.module, **_delta_dict(d)} for d in c.modules],
        "themes": [{"module": d.module, "id": d.theme, **_delta_dict(d)} for d in c.themes],
        "improved": [_change_dict(q_content, q, lang) for q in c.improved],
        "worsened": [_change_dict(q_content, q, lang) for q in c.worsened],
        "not_comparable": [_not_comparable_dict(content_of(n.version, content, previous_content),
                                                n, lang) for n in c.not_comparable],
        "actions_done": [{"id": a.action, "module": a.module, "reason": a.reason}
                         for a in c.actions_done],
        "new_actions": list(c.new_actions),
    }
