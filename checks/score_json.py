"""The JSON report of `boussole-cli score` (shape: docs/score-json.md).

Built on the engine (checks.scoring.evaluate_assessment) and the comparison (checks.compare):
everything a tool needs, texts in one language, scores rounded to 1 decimal.
"""
from __future__ import annotations

from checks.assessment import Assessment
from checks.compare import Comparison, QuestionChange, ScoreDelta, compare
from checks.content import Content
from checks.evaluation import CriticalGap, ModuleResult, Plan
from checks.scoring import evaluate_assessment
from checks.vocabulary import HORIZON_LABELS, MATURITY_LABELS, PRIORITY_LABELS, answer_label

REPORT_FORMAT = "boussole-score"
REPORT_VERSION = 1


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def score_report(content: Content, assessment: Assessment, previous: Assessment | None = None,
                 lang: str = "fr") -> dict:
    """Everything `boussole-cli score` prints: JSON-ready, scores rounded to 1 decimal."""
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
        report["comparison"] = _comparison_dict(content, compare(content, previous, assessment), lang)
    return report


def _module_dict(content: Content, m: ModuleResult, lang: str) -> dict:
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


def _gap_dict(content: Content, gap: CriticalGap, lang: str) -> dict:
    return {"question": gap.question, "module": gap.module,
            "text": content.questions[gap.question].text.get(lang),
            "option": gap.option, "answer": answer_label(content, gap.question, gap.option, lang)}


def _plan_dict(content: Content, plan: Plan, lang: str) -> dict:
    actions = []
    for p in plan.actions:
        action = content.actions[p.action]
        actions.append({
            "rank": p.rank, "id": p.action, "module": p.module, "title": action.title.get(lang),
            "priority": p.priority, "priority_label": PRIORITY_LABELS[p.priority].get(lang),
            "horizon": p.horizon, "horizon_label": HORIZON_LABELS[p.horizon].get(lang),
            "impact": round(p.impact, 2), "effort_hours": p.effort_hours,
            "cost": p.cost, "cost_label": content.cost_bands[p.cost].label.get(lang),
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


def _delta_dict(d: ScoreDelta) -> dict:
    # The delta of the rounded scores, so that before + delta = after in the printed JSON.
    before, after = _r(d.before), _r(d.after)
    delta = None if before is None or after is None else round(after - before, 1)
    return {"before": before, "after": after, "delta": delta}


def _change_dict(content: Content, q: QuestionChange, lang: str) -> dict:
    return {"question": q.question, "module": q.module,
            "before": q.before, "before_label": answer_label(content, q.question, q.before, lang),
            "after": q.after, "after_label": answer_label(content, q.question, q.after, lang)}


def _comparison_dict(content: Content, c: Comparison, lang: str) -> dict:
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
