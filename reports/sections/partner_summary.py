"""What the partner edition's summary adds for a bank: the score with its meaning (scale,
domains, questions, "provisoire" below 80 % answered), the plan as recommendations with how far
it has got, open critical points counted per domain (never named) and the share of "je ne sais
pas". reports/sections/summary.py calls these where the owner edition has its own lines."""
from __future__ import annotations

from checks import formatting as fmt
from checks.evaluation import ModuleResult
from checks.partner_figures import dont_know_counts
from reports import styles as S
from reports.cells import Plain
from reports.context import Ctx
from reports.flowables import Paragraph, para
from reports.i18n_bank import critical_points, recommendations


def plan_kpi(ctx: Ctx, style) -> tuple[str, list]:
    """(label as plain text, value) of the fourth figure: recommendations, and how many are
    done."""
    p = ctx.evaluation.plan.progress
    return ctx.plain("kpi_recommendations"), [
        Paragraph(str(p.total), style),
        Paragraph(ctx.s("kpi_progress", done=str(p.done), doing=str(p.in_progress)),
                  S.MUTED_SMALL)]


def plan_text(ctx: Ctx, *, pace: str, cost: str, hours: str) -> str:
    n = recommendations(len(ctx.evaluation.plan.actions), ctx.lang)
    return ctx.s("partner_summary_text", n=n, pace=pace, cost=cost, hours=hours)


def facts(ctx: Ctx) -> list:
    """The score's meaning, open critical points per domain, the share of "je ne sais pas"."""
    ev = ctx.evaluation
    answered = sum(m.answered for m in ev.modules)
    applicable = sum(m.applicable for m in ev.modules)
    titles = ", ".join(ctx.module_title(m.module) for m in ev.modules)
    out = [para(ctx.s("score_meaning", domains=str(len(ev.modules)), titles=titles,
                      questions=str(applicable), answered=str(answered)), S.BODY)]
    if ev.score is not None and ev.provisional:
        out.append(para(ctx.s("provisional_note", pct=fmt.percent(ev.completion, ctx.lang)),
                        S.BODY))
    if not answered:
        return out
    gaps = [(ctx.module_title(m.module), len(m.critical_gaps)) for m in ev.modules
            if m.critical_gaps]
    if gaps:
        sep = " : " if ctx.lang == "fr" else ": "
        detail = ", ".join(f"{title}{sep}{n}" for title, n in gaps)
        out.append(para(ctx.s("critical_open", n=critical_points(len(ev.critical_gaps), ctx.lang),
                              detail=detail), S.BODY))
    else:
        out.append(para(ctx.s("critical_none"), S.BODY))
    unknown = sum(dont_know_counts(ev).values())
    out.append(para(ctx.s("dont_know_share", pct=fmt.percent(100.0 * unknown / answered, ctx.lang),
                          n=str(unknown), answered=str(answered)), S.BODY))
    return out


def table_head(ctx: Ctx) -> list[str]:
    """Plain text (reports.cells.Plain)."""
    return [ctx.plain("col_critical_open"), ctx.plain("col_dont_know")]


def table_cells(ctx: Ctx, m: ModuleResult) -> list[Plain]:
    unknown = dont_know_counts(ctx.evaluation).get(m.module, 0)
    share = fmt.percent(100.0 * unknown / m.answered, ctx.lang) if m.answered else "—"
    return [Plain(str(len(m.critical_gaps)), S.CELL_RIGHT), Plain(share, S.CELL_RIGHT)]
