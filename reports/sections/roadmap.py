"""The roadmap, one page in both editions: the owner's pace, each period's hours against the
hours they have (a chart and a table with the budget), and what cannot be done in time with the
help to get. The partner edition gets counts and figures only, never an action's number."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Spacer, Table

from checks import formatting as fmt
from checks.evaluation import Period, Plan
from checks.vocabulary import PERIOD_LABELS, ROLES
from reports import i18n, i18n_bank
from reports import styles as S
from reports.charts import PeriodBar, period_bars
from reports.cells import Plain, table
from reports.context import Ctx
from reports.flowables import Heading, Paragraph, callout, para


def _partner_key(ctx: Ctx, key: str) -> str:
    """The partner edition's wording where it differs: the firm in the third person (the
    owner's edition says "vous"), "recommandations" as in its summary."""
    return key + "_partner" if ctx.partner else key


def _count(ctx: Ctx, n: int) -> str:
    return (i18n_bank.recommendations if ctx.partner else i18n.actions)(n, ctx.lang)


def roadmap(ctx: Ctx) -> list:
    plan = ctx.evaluation.plan
    if not plan.actions or not plan.periods:
        return []
    out: list = [CondPageBreak(S.PAGE_H * 0.6), Heading(ctx.plain("roadmap"), S.H1, 0, "roadmap"),
                 para(ctx.s(_partner_key(ctx, "roadmap_intro")), S.LEAD),
                 para(_pace(ctx, plan), S.BODY)]
    shown = [p for p in plan.periods if p.id != "later" or p.actions]
    out.append(period_bars([_bar(ctx, p) for p in shown], S.FRAME_W))
    out.append(Spacer(1, 8))
    out.append(_table(ctx, shown))
    out.append(Spacer(1, 10))
    out += _overload(ctx, plan)
    return out


def _pace(ctx: Ctx, plan: Plan) -> str:
    cap = plan.capacity
    text = ctx.s(_partner_key(ctx, "pace"), hours=fmt.hours(cap.monthly_hours, ctx.lang))
    if cap.from_staff:
        text += ctx.s(_partner_key(ctx, "pace_default"))
    budget = (ctx.s("budget_none") if cap.yearly_budget is None
              else ctx.s("budget_set", money=fmt.money(cap.yearly_budget, ctx.lang)))
    return f"<b>{text}</b> · {budget}."


def _dates(ctx: Ctx, p: Period) -> str:
    if not p.end:
        return ctx.plain("period_from", date=fmt.date(p.start, ctx.lang))
    return ctx.plain("period_until", date=fmt.date(p.end, ctx.lang))


def _hours(ctx: Ctx, p: Period) -> str:
    hours = fmt.hours(p.hours, ctx.lang) if p.hours else "0" + fmt.NBSP + "h"
    if p.available_hours is None:
        return ctx.plain("no_limit", hours=hours)
    return ctx.plain("hours_of", hours=hours, room=fmt.hours(p.available_hours, ctx.lang))


def _bar(ctx: Ctx, p: Period) -> PeriodBar:
    return PeriodBar(PERIOD_LABELS[p.id].get(ctx.lang), _dates(ctx, p), p.hours,
                     p.available_hours, _hours(ctx, p), p.late > 0)


def _table(ctx: Ctx, periods: list[Period]) -> Table:
    head = [ctx.plain("col_period"), ctx.plain(_partner_key(ctx, "col_actions")),
            ctx.plain("col_hours"),
            ctx.plain("col_budget"), ctx.plain("col_late")]
    rows = [[Plain(h, S.CELL_HEAD if i == 0 else S.CELL_HEAD_RIGHT) for i, h in enumerate(head)]]
    for p in periods:
        late = Plain(str(p.late), S.CELL_RIGHT, bold=True, color=S.RED) if p.late \
            else Plain("—", S.CELL_RIGHT)
        rows.append([
            Paragraph(f"<b>{escape(PERIOD_LABELS[p.id].get(ctx.lang))}</b><br/>"
                      f'<font color="#5F6B7A">{escape(_dates(ctx, p))}</font>', S.CELL),
            Plain(str(len(p.actions)), S.CELL_RIGHT),
            Plain(_hours(ctx, p), S.CELL_RIGHT),
            Plain(ctx.cost_range(p.cost_low, p.cost_high), S.CELL_RIGHT),
            late])
    hours = fmt.hours(sum(p.hours for p in periods), ctx.lang)
    cost = ctx.cost_range(sum(p.cost_low for p in periods), sum(p.cost_high for p in periods))
    total = [ctx.plain("total"), str(sum(len(p.actions) for p in periods)), hours, cost,
             str(sum(p.late for p in periods) or "—")]
    rows.append([Plain(x, S.CELL if i == 0 else S.CELL_RIGHT, bold=True)
                 for i, x in enumerate(total)])
    w = S.FRAME_W
    st = S.grid_style()
    st.add("BACKGROUND", (0, -1), (-1, -1), S.HEAD_BG)
    st.add("LINEABOVE", (0, -1), (-1, -1), 0.8, S.NAVY)
    # the partner's count column is headed "Recommandations": wide enough for the word whole
    shares = (0.27, 0.17, 0.22, 0.22, 0.12) if ctx.partner else (0.30, 0.12, 0.24, 0.22, 0.12)
    return table(rows, [w * f for f in shares], st, repeatRows=1)


def _overload(ctx: Ctx, plan: Plan) -> list:
    o = plan.overload
    if not o.any:
        return [para(ctx.s("on_pace"), S.BODY)]
    title = ctx.s(_partner_key(ctx, "overload_title"))
    lines = [Paragraph(f"<b>{title}</b>", S.CALLOUT), Spacer(1, 2)]
    if o.late:
        numbers = ""
        if not ctx.partner:
            by_id = {a.action: a.number for a in plan.actions}
            numbers = ctx.plain("numbers", list=fmt.number_runs(sorted(by_id[a] for a in o.late),
                                                                ctx.lang))
        lines.append(Paragraph(ctx.s(
            "overload_late", n=_count(ctx, len(o.late)),
            hours=fmt.hours(o.missing_hours, ctx.lang), numbers=numbers,
            need=fmt.hours(o.monthly_hours_needed, ctx.lang)) + ctx.whole_plan(), S.CALLOUT))
    if o.over_budget:
        lines.append(Paragraph(ctx.s("over_budget", n=_count(ctx, len(o.over_budget)),
                                     money=fmt.money(o.missing_budget, ctx.lang)), S.CALLOUT))
    if ctx.partner:   # the facts for a bank, in a plain box; the advice is the owner's
        return [callout(lines, S.MUTED, S.ZEBRA)]
    cci = ctx.content.help["cci"].contact if "cci" in ctx.content.help else "cci.fr"
    helpers = [ROLES[r].yours.get(ctx.lang) for r in o.helpers]
    if helpers:
        lines.append(Paragraph(ctx.s("overload_help", who=", ".join(helpers), cci=cci),
                               S.CALLOUT))
    else:
        lines.append(Paragraph(ctx.s("overload_help_cci", cci=cci), S.CALLOUT))
    for r in o.helpers:
        if ROLES[r].find is not None:
            lines.append(Paragraph(escape(ROLES[r].find.get(ctx.lang)), S.CALLOUT))
    return [callout(lines, S.RED, S.RED_LIGHT)]

