"""The partner edition's figures as JSON: what a bank's software reads from the PDF it was sent.

The PDF carries these bytes as an embedded file (`FIGURES_FILE`, like an e-invoice's XML), its
pages print their SHA-256, and the signature covers both; `boussole-cli verify FILE.pdf` checks
that the three agree. Shape and rules: docs/partner-json.md, versioned by `FIGURES_VERSION`.

What it holds is what the partner edition's pages show and nothing more: scores, completion,
maturity, counts of open critical points and of "je ne sais pas" answers per domain, the plan's
counts, hours and budget per period, and its progress. Never a question, an answer, a note, an
action or their ids: those would map the firm's weaknesses. Pure Python, deterministic: the same
checkup, options and date give the same bytes.
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Mapping

from checks.assessment import Assessment
from checks.compare import Comparison, ScoreDelta
from checks.content import Content
from checks.evaluation import (MATURITY_BANDS, PERIODS, PROVISIONAL_BELOW, Evaluation,
                               ModuleResult, Plan, is_provisional)
from checks.vocabulary import MATURITY_LABELS, PERIOD_LABELS

FIGURES_FORMAT = "boussole-partner-figures"
FIGURES_VERSION = 1
FIGURES_FILE = "boussole-figures.json"


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def dont_know_counts(evaluation: Evaluation) -> dict[str, int]:
    """Module id -> its applicable questions answered "je ne sais pas"."""
    counts = {m.module: 0 for m in evaluation.modules}
    for item in evaluation.plan.find_out:
        counts[item.module] = counts.get(item.module, 0) + 1
    return counts


def partner_figures(content: Content, assessment: Assessment, evaluation: Evaluation, *,
                    generated: _dt.date, app_version: str, lang: str,
                    advisor: Mapping[str, str] | None = None,
                    comparison: Comparison | None = None) -> dict:
    """The figures as a JSON-ready dict (see docs/partner-json.md)."""
    ev = evaluation
    dont_know = dont_know_counts(ev)
    answered = sum(m.answered for m in ev.modules)
    applicable = sum(m.applicable for m in ev.modules)
    business = assessment.business
    return {
        "format": FIGURES_FORMAT, "version": FIGURES_VERSION, "language": lang,
        "document": {"edition": "partner", "date": generated.isoformat(),
                     "app_version": app_version,
                     "assessment_fingerprint": assessment.fingerprint()},
        "business": {"name": business.name,
                     "sector": business.sector or str(assessment.profile.get("sector") or ""),
                     "staff_band": business.staff_band
                     or str(assessment.profile.get("staff") or ""),
                     "postcode": business.postcode, "city": business.city},
        "checkup": {"id": assessment.id, "started_at": assessment.started_at or None,
                    "completed_at": assessment.completed_at or None},
        "run_by": run_by(assessment, advisor),
        "content": {"version": content.version, "facts_checked": content.as_of.isoformat()},
        "scale": {"min": 0, "max": 100, "provisional_below_completion": PROVISIONAL_BELOW,
                  "maturity": _bands(lang)},
        "overall": {"score": _r(ev.score), "provisional": is_provisional(ev.completion),
                    "completion": _r(ev.completion), "maturity": ev.maturity,
                    "maturity_label": MATURITY_LABELS[ev.maturity].get(lang),
                    "domains": len(ev.modules),
                    "questions": {"applicable": applicable, "answered": answered,
                                  "dont_know": sum(dont_know.values())},
                    "dont_know_share": _share(sum(dont_know.values()), answered),
                    "open_critical_points": len(ev.critical_gaps)},
        "domains": [_domain(content, m, dont_know.get(m.module, 0), lang) for m in ev.modules],
        "plan": _plan(ev.plan, [m.module for m in ev.modules], lang),
        "progress": {"as_of": generated.isoformat(), **progress_counts(ev.plan)},
        "previous": _previous(comparison) if comparison is not None else None,
    }


def run_by(assessment: Assessment, advisor: Mapping[str, str] | None) -> dict:
    """Who ran the checkup: the owner alone, or with an advisor (name, organisation)."""
    if advisor:
        name, org = advisor.get("name") or "", advisor.get("organisation") or ""
    elif assessment.assessor.role == "advisor":
        name, org = assessment.assessor.name, assessment.assessor.organisation
    else:
        name, org = "", ""
    name, org = name.strip(), org.strip()
    if not (name or org):
        return {"role": "owner", "name": "", "organisation": ""}
    return {"role": "advisor", "name": name, "organisation": org}


def progress_counts(plan: Plan) -> dict:
    """Done, in progress and still to do among the plan's recommendations."""
    p = plan.progress
    return {"done": p.done, "in_progress": p.in_progress,
            "to_do": p.total - p.done - p.in_progress, "total": p.total}


def _bands(lang: str) -> list[dict]:
    out = []
    for i, (level, low) in enumerate(MATURITY_BANDS):
        high = MATURITY_BANDS[i + 1][1] if i + 1 < len(MATURITY_BANDS) else 100.0
        out.append({"id": level, "label": MATURITY_LABELS[level].get(lang), "from": low,
                    "below": high if i + 1 < len(MATURITY_BANDS) else None})
    return out


def _domain(content: Content, m: ModuleResult, dont_know: int, lang: str) -> dict:
    return {"id": m.module, "title": content.module(m.module).title.get(lang),
            "score": _r(m.score), "provisional": is_provisional(m.completion),
            "completion": _r(m.completion), "maturity": m.maturity,
            "maturity_label": MATURITY_LABELS[m.maturity].get(lang), "capped": m.capped,
            "questions": {"applicable": m.applicable, "answered": m.answered,
                          "dont_know": dont_know},
            "dont_know_share": _share(dont_know, m.answered),
            "open_critical_points": len(m.critical_gaps)}


def _plan(plan: Plan, modules: list[str], lang: str) -> dict:
    open_actions = [a for a in plan.actions if a.number is not None]
    by_domain = []
    for module in modules:
        for period in PERIODS:
            chosen = [a for a in open_actions if a.module == module and a.period == period]
            if chosen:
                by_domain.append({
                    "domain": module, "period": period, "recommendations": len(chosen),
                    "hours": round(float(sum(a.effort_hours for a in chosen)), 2),
                    "cost_low": sum(a.cost_low for a in chosen),
                    "cost_high": sum(a.cost_high for a in chosen)})
    o, cap = plan.overload, plan.capacity
    return {
        "start": plan.start or None,
        "recommendations": len(plan.actions), "open": len(open_actions),
        "capacity": {"monthly_hours": cap.monthly_hours, "from_staff": cap.from_staff,
                     "yearly_budget": cap.yearly_budget},
        # the whole plan, done recommendations included (as the summary page says) ...
        "hours": round(float(sum(t.effort_hours for t in plan.totals)), 2),
        "cost_low": sum(t.cost_low for t in plan.totals),
        "cost_high": sum(t.cost_high for t in plan.totals),
        # ... and what is left, period by period (as the roadmap page says)
        "hours_left": round(float(sum(p.hours for p in plan.periods)), 2),
        "periods": [{"id": p.id, "label": PERIOD_LABELS[p.id].get(lang), "start": p.start,
                     "end": p.end or None, "recommendations": len(p.actions),
                     "hours": p.hours, "available_hours": p.available_hours,
                     "cost_low": p.cost_low, "cost_high": p.cost_high, "late": p.late}
                    for p in plan.periods],
        "by_domain": by_domain,
        "late": len(o.late), "late_hours": o.missing_hours,
        "monthly_hours_needed": o.monthly_hours_needed,
        "over_budget": len(o.over_budget), "missing_budget": o.missing_budget,
    }


def _delta(d: ScoreDelta) -> dict:
    before, after = _r(d.before), _r(d.after)
    return {"before": before, "after": after,
            "delta": None if before is None or after is None else round(after - before, 1)}


def _previous(c: Comparison) -> dict:
    return {"date": (c.before_date or "")[:10] or None, "overall": _delta(c.overall),
            "domains": [{"id": d.module, **_delta(d)} for d in c.modules],
            "recommendations_done": sum(a.reason == "done" for a in c.actions_done),
            "no_longer_needed": sum(a.reason == "not_needed" for a in c.actions_done),
            "new_recommendations": len(c.new_actions)}


def figures_bytes(figures: dict) -> bytes:
    """The attached file's bytes: UTF-8 JSON, two-space indent, a final newline."""
    return (json.dumps(figures, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_figures(data: bytes) -> dict:
    """Parse attached figures; ValueError saying why when they are not Boussole figures."""
    try:
        figures = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValueError(f"the attached figures are not valid JSON ({exc})") from None
    if not isinstance(figures, dict) or figures.get("format") != FIGURES_FORMAT:
        raise ValueError("the attached file is not Boussole partner figures")
    if not isinstance(figures.get("version"), int) or figures["version"] > FIGURES_VERSION:
        raise ValueError(f"the attached figures have version {figures.get('version')!r}; this "
                         f"Boussole reads up to version {FIGURES_VERSION}: update Boussole")
    return figures
