"""The action plan: each action under its period, numbered as the reader goes down (owner), or
per area and period with counts, hours and budget (partner: titles would name weaknesses).

The numbers, periods, people and costs are the engine's (checks/plan.py): the same as in the
score JSON and the app. The roadmap page (reports/sections/roadmap.py) comes just before.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from checks import formatting as fmt
from checks.evaluation import PERIODS, Period, PlannedAction
from checks.vocabulary import PERIOD_LABELS, PRIORITY_LABELS, ROLES, STATUS_LABELS, WHY_NOW_LABELS
from reports import i18n, markup
from reports import styles as S
from reports.cells import Plain, table
from reports.context import Ctx
from reports.flowables import CELL_TEXT_MAX, SHORT_TEXT_MAX, Heading, Paragraph, para
from reports.tables import Grid, RoomFor

PLAN_COLS = (48, 0, 36, 66, 106)  # number+priority, action (what is left), effort, cost, who+help


def plan(ctx: Ctx) -> list:
    ev = ctx.evaluation
    out: list = [CondPageBreak(120 * mm) if ev.plan.actions else CondPageBreak(60 * mm),
                 Heading(ctx.plain("plan"), S.H1, 0, "plan")]
    if not ev.plan.actions:
        out.append(para(ctx.empty_plan(), S.BODY))
        return out
    if ctx.partner:
        out.append(para(ctx.s("partner_plan_intro"), S.LEAD))
        return out + _partner_plan(ctx)
    out.append(para(ctx.s("plan_intro"), S.LEAD))
    needed_by = ev.plan.needed_by()
    for period in ev.plan.periods:
        actions = ev.plan.select(period=period.id)
        if actions:
            out += _period_table(ctx, period, actions, needed_by)
    done = ev.plan.select(status="done")
    if done:
        out.append(Heading(f"{ctx.plain('done_heading')} ({len(done)})", S.H2, 1, "plan_done"))
        for p in done:
            out.append(Paragraph(ctx.tx(ctx.content.actions[p.action].title), S.BODY_SMALL,
                                 bulletText="✓"))
    return out


def _period_table(ctx: Ctx, period: Period, actions: tuple[PlannedAction, ...],
                  needed_by: dict[str, int]) -> list:
    label = PERIOD_LABELS[period.id].get(ctx.lang)
    facts = [i18n.actions(len(actions), ctx.lang), fmt.hours(period.hours, ctx.lang)]
    if period.available_hours is not None:
        facts[-1] = ctx.plain("hours_of", hours=facts[-1],
                              room=fmt.hours(period.available_hours, ctx.lang))
    facts.append(ctx.cost_range(period.cost_low, period.cost_high))
    dates = (ctx.plain("period_until", date=fmt.date(period.end, ctx.lang)) if period.end
             else ctx.plain("period_from", date=fmt.date(period.start, ctx.lang)))
    title = f"{label} · {dates}"
    heading = [Heading(title, S.H2, 1, f"plan_{period.id}", keep_with_next=False),
               para(escape(" · ".join(facts)), S.MUTED_SMALL)]
    widths = list(PLAN_COLS)
    widths[1] = S.FRAME_W - sum(widths)
    head = [ctx.s("col_number"), ctx.s("col_action"), ctx.s("col_effort"), ctx.s("col_cost"),
            ctx.s("col_who_help")]
    rows = [[Paragraph(x, S.CELL_HEAD_RIGHT if i == 2 else S.CELL_HEAD)
             for i, x in enumerate(head)]]
    st = S.grid_style()
    for p in actions:
        rows.append(_row(ctx, p, needed_by.get(p.action)))
        st.add("LINEBEFORE", (0, len(rows) - 1), (0, len(rows) - 1), 2.5,
               S.PRIORITY_COLORS[p.priority])
    # On each page it continues on, the table says its period above the repeated header row.
    continued = ctx.plain("continued", what=title)
    t = Grid(rows, colWidths=widths, repeatRows=1, splitInRow=ctx.split_rows,
             continued=lambda: para(markup.para(continued), S.CONTINUED))
    t.setStyle(st)
    # The heading and its facts line stay with the header row and the first action.
    return [RoomFor(heading, t, rows=1, at_least=60 * mm), *heading, t, Spacer(1, 6)]


def _row(ctx: Ctx, p: PlannedAction, needed_by: int | None) -> list:
    """Number and priority; the action, its steps, deadline and tracking; effort; cost; who."""
    action = ctx.content.actions[p.action]
    lang = ctx.lang
    pcolor = S.PRIORITY_COLORS[p.priority].hexval().replace("0x", "#")
    head = (f'<b>{p.number}</b><br/><font color="{pcolor}">'
            f"<b>{escape(PRIORITY_LABELS[p.priority].get(lang))}</b></font>")
    if p.quick_win:
        head += f'<br/><font size="7" color="#0F7C80">{ctx.s("quick_win")}</font>'
    cell = [Paragraph(f"<b>{ctx.tx(action.title)}</b>", S.CELL_BOLD)]
    for n, i in enumerate(p.steps, 1):
        cell.append(Paragraph(ctx.tx(action.steps[i]), S.STEP, bulletText=f"{n}."))
    if action.cost_note is not None:
        cell.append(Paragraph(f"<i>{ctx.tx(action.cost_note)}</i>", S.CELL_SMALL))
    cell.append(Paragraph(_when(ctx, p, needed_by), S.CELL_SMALL))
    tracking = []
    if p.status != "todo":
        tracking.append(f"<b>{escape(STATUS_LABELS[p.status].get(lang))}</b>")
    sep = " : " if lang == "fr" else ": "
    if p.owner:
        tracking.append(f"{ctx.s('owner_of_action')}{sep}{markup.para(p.owner, SHORT_TEXT_MAX)}")
    if p.due:
        tracking.append(f"{ctx.s('due')}{sep}{escape(fmt.date(p.due, lang))}")
    if tracking:
        cell.append(Paragraph(" · ".join(tracking), S.CELL_SMALL))
    if p.note:
        cell.append(Paragraph(f"<i>{markup.para(p.note, CELL_TEXT_MAX)}</i>", S.CELL_SMALL))
    cost = escape(ctx.band(p.cost).label.get(lang))
    if p.per_user:
        cost = (f"{escape(ctx.cost_range(p.cost_low, p.cost_high))}<br/>"
                f'<font color="#5F6B7A">{ctx.s("per_person")}</font>')
    who = "<br/>".join(escape(ROLES[w].noun.get(lang)) for w in p.who)
    help_ = "<br/>".join(ctx.tx(ctx.content.help[h].name) for h in p.help)
    if help_:
        who += f'<br/><font color="#0F7C80">{help_}</font>'
    return [Paragraph(head, S.CELL), cell,
            Paragraph(escape(fmt.hours(p.effort_hours, lang)), S.CELL_RIGHT),
            Paragraph(cost, S.CELL_NARROW), Paragraph(who, S.CELL_NARROW)]


def _when(ctx: Ctx, p: PlannedAction, needed_by: int | None) -> str:
    """'Au plus tard : 31 décembre 2026 (date légale) · en retard sur ce délai · …'."""
    sep = " : " if ctx.lang == "fr" else ": "
    parts = [f"{ctx.s('deadline')}{sep}{escape(fmt.date(p.deadline, ctx.lang))}"
             + (f" ({ctx.s('legal_date')})" if p.legal_deadline else "")]
    if p.late:
        parts.append(f'<font color="#B3261E"><b>{ctx.s("late")}</b></font>')
    if p.why_now == "dependency" and needed_by is not None:
        parts.append(ctx.s("before_number", n=str(needed_by)))
    elif p.why_now in ("deadline", "in_progress"):
        parts.append(escape(WHY_NOW_LABELS[p.why_now].get(ctx.lang)))
    return " · ".join(parts)


def _partner_plan(ctx: Ctx) -> list:
    """Per area and period: count, effort and budget; no action titles (they name weaknesses)."""
    ev = ctx.evaluation
    head = [ctx.plain("module"), ctx.plain("col_period"), ctx.plain("col_actions"),
            ctx.plain("col_effort"), ctx.plain("col_budget")]
    rows = [[Plain(h, S.CELL_HEAD if i < 2 else S.CELL_HEAD_RIGHT) for i, h in enumerate(head)]]
    st = S.grid_style(zebra=False)
    for m in ev.modules:
        first = len(rows)
        for period in PERIODS:
            acts = ev.plan.select(period=period, module=m.module)
            if not acts:
                continue
            rows.append([
                Plain(ctx.module_title(m.module) if len(rows) == first else "", S.CELL,
                      bold=True),
                Plain(PERIOD_LABELS[period].get(ctx.lang), S.CELL),
                Plain(str(len(acts)), S.CELL_RIGHT),
                Plain(fmt.hours(sum(p.effort_hours for p in acts), ctx.lang), S.CELL_RIGHT),
                Plain(ctx.cost_range(sum(p.cost_low for p in acts),
                                     sum(p.cost_high for p in acts)), S.CELL_RIGHT),
            ])
        if len(rows) > first:
            st.add("LINEABOVE", (0, first), (-1, first), 0.8, S.RULE)
    if len(rows) == 1:
        return [para(ctx.s("no_action"))]
    t = table(rows, [S.FRAME_W * 0.28, S.FRAME_W * 0.24, S.FRAME_W * 0.12, S.FRAME_W * 0.14,
                     S.FRAME_W * 0.22], st, repeatRows=1)
    return [KeepTogether([t])]
