"""The action plan: totals per horizon, then each action (owner) or per-module budgets
(partner: action titles would name weaknesses)."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from checks import formatting as fmt
from checks.content import HORIZONS
from checks.evaluation import PlannedAction
from checks.vocabulary import HORIZON_LABELS, PRIORITY_LABELS, ROLES, STATUS_LABELS
from reports import i18n, markup
from reports import styles as S
from reports.context import Ctx
from reports.flowables import CELL_TEXT_MAX, SHORT_TEXT_MAX, Heading, para


PLAN_COLS = (48, 0, 36, 66, 106)  # rank+priority, action (what is left), effort, cost, who+help


def plan(ctx: Ctx) -> list:
    ev = ctx.evaluation
    out: list = [CondPageBreak(120 * mm) if ev.plan.actions else CondPageBreak(60 * mm),
                 Heading(ctx.plain("plan"), S.H1, 0, "plan")]
    if not ev.plan.actions:
        answered = sum(m.answered for m in ev.modules)
        out.append(para(ctx.s("summary_none" if answered else "no_answer_yet"), S.BODY))
        return out
    out.append(para(ctx.s("partner_plan_intro" if ctx.partner else "plan_intro"), S.LEAD))
    out.append(_totals_table(ctx))
    if ctx.partner:
        out.append(Spacer(1, 10))
        out += _partner_plan(ctx)
        return out
    widths = list(PLAN_COLS)
    widths[1] = S.FRAME_W - sum(widths)
    totals = {t.horizon: t for t in ev.plan.totals}
    for h in HORIZONS:
        actions = ev.plan.by_horizon(h)
        label = HORIZON_LABELS[h].get(ctx.lang)
        out.append(CondPageBreak(60 * mm))
        out.append(Heading(f"{label} ({len(actions)})", S.H2, 1, f"plan_{h}",
                           keep_with_next=False))
        if not actions:
            out.append(para(ctx.s("no_actions_horizon"), S.BODY_SMALL))
            continue
        head = [ctx.s("col_priority"), ctx.s("col_action"), ctx.s("col_effort"),
                ctx.s("col_cost"), ctx.s("col_who_help")]
        rows = [[Paragraph(x, S.CELL_HEAD_RIGHT if i == 2 else S.CELL_HEAD)
                 for i, x in enumerate(head)]]
        st = S.grid_style()
        for p in actions:
            rows.append(_plan_row(ctx, p))
            row = len(rows) - 1
            st.add("LINEBEFORE", (0, row), (0, row), 2.5, S.PRIORITY_COLORS[p.priority])
        total = totals[h]
        rows.append([Paragraph(f"<b>{ctx.s('total')}</b>", S.CELL),
                     Paragraph(f"<b>{i18n.actions(total.count, ctx.lang)}</b>", S.CELL),
                     Paragraph(f"<b>{escape(fmt.hours(total.effort_hours, ctx.lang))}</b>",
                               S.CELL_RIGHT),
                     Paragraph(f"<b>{escape(ctx.cost_range(total.cost_low, total.cost_high))}</b>",
                               S.CELL_NARROW),
                     Paragraph("", S.CELL)])
        st.add("BACKGROUND", (0, -1), (-1, -1), S.HEAD_BG)
        st.add("LINEABOVE", (0, -1), (-1, -1), 0.8, S.NAVY)
        st.add("SPAN", (3, -1), (4, -1))
        t = Table(rows, colWidths=widths, repeatRows=1, splitInRow=ctx.split_rows)
        t.setStyle(st)
        out.append(t)
        out.append(Spacer(1, 6))
    return out


def _plan_row(ctx: Ctx, p: PlannedAction) -> list:
    """Rank and priority; the action, its steps and tracking; effort; cost; who and help."""
    action = ctx.content.actions[p.action]
    lang = ctx.lang
    pcolor = S.PRIORITY_COLORS[p.priority].hexval().replace("0x", "#")
    prio = (f'<b>{p.rank}</b><br/><font color="{pcolor}">'
            f"<b>{escape(PRIORITY_LABELS[p.priority].get(lang))}</b></font>")
    if p.quick_win:
        prio += f'<br/><font size="7" color="#0F7C80">{ctx.s("quick_win")}</font>'
    cell = [Paragraph(f"<b>{ctx.tx(action.title)}</b>", S.CELL_BOLD)]
    for i, step in enumerate(action.steps, 1):
        cell.append(Paragraph(ctx.tx(step), S.STEP, bulletText=f"{i}."))
    if action.cost_note is not None:
        cell.append(Paragraph(f"<i>{ctx.tx(action.cost_note)}</i>", S.CELL_SMALL))
    who = "<br/>".join(escape(ROLES[w].noun.get(lang)) for w in action.who)
    help_ = "<br/>".join(ctx.tx(ctx.content.help[h].name) for h in action.help)
    if help_:
        who += f'<br/><font color="#0F7C80">{help_}</font>'
    # Tracking, as the engine copied it from the checkup into the plan.
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
    return [
        Paragraph(prio, S.CELL),
        cell,
        Paragraph(escape(fmt.hours(p.effort_hours, lang)), S.CELL_RIGHT),
        Paragraph(escape(ctx.band(action.cost).label.get(lang)), S.CELL_NARROW),
        Paragraph(who, S.CELL_NARROW),
    ]


def _totals_table(ctx: Ctx) -> Table:
    ev = ctx.evaluation
    head = [ctx.s("col_horizon"), ctx.s("col_actions"), ctx.s("col_effort"), ctx.s("col_budget")]
    rows = [[Paragraph(h, S.CELL_HEAD if i == 0 else S.CELL_HEAD_RIGHT) for i, h in enumerate(head)]]
    n = hrs = low = high = 0
    for t in ev.plan.totals:
        label = HORIZON_LABELS[t.horizon].get(ctx.lang)
        color = S.HORIZON_COLORS[t.horizon].hexval().replace("0x", "#")
        rows.append([Paragraph(f'<font color="{color}">■</font> {escape(label)}', S.CELL),
                     Paragraph(str(t.count), S.CELL_RIGHT),
                     Paragraph(escape(fmt.hours(t.effort_hours, ctx.lang)), S.CELL_RIGHT),
                     Paragraph(escape(ctx.cost_range(t.cost_low, t.cost_high)), S.CELL_RIGHT)])
        n += t.count
        hrs += t.effort_hours
        low += t.cost_low
        high += t.cost_high
    rows.append([Paragraph(f"<b>{ctx.s('total')}</b>", S.CELL),
                 Paragraph(f"<b>{n}</b>", S.CELL_RIGHT),
                 Paragraph(f"<b>{escape(fmt.hours(hrs, ctx.lang))}</b>", S.CELL_RIGHT),
                 Paragraph(f"<b>{escape(ctx.cost_range(low, high))}</b>", S.CELL_RIGHT)])
    t = Table(rows, colWidths=[S.FRAME_W * 0.36, S.FRAME_W * 0.14, S.FRAME_W * 0.18,
                               S.FRAME_W * 0.32], repeatRows=1)
    st = S.grid_style()
    st.add("BACKGROUND", (0, -1), (-1, -1), S.HEAD_BG)
    st.add("LINEABOVE", (0, -1), (-1, -1), 0.8, S.NAVY)
    t.setStyle(st)
    return t


def _partner_plan(ctx: Ctx) -> list:
    """Per module and horizon: count, effort and budget; no action titles (they name weaknesses)."""
    ev = ctx.evaluation
    out: list = []
    head = [ctx.s("module"), ctx.s("col_horizon"), ctx.s("col_actions"), ctx.s("col_effort"),
            ctx.s("col_budget")]
    rows = [[Paragraph(h, S.CELL_HEAD if i < 2 else S.CELL_HEAD_RIGHT) for i, h in enumerate(head)]]
    st = S.grid_style(zebra=False)
    for m in ev.modules:
        first = len(rows)
        for h in HORIZONS:
            acts = [p for p in ev.plan.actions if p.module == m.module and p.horizon == h]
            if not acts:
                continue
            low = sum(ctx.band(p.cost).low for p in acts)
            high = sum(ctx.band(p.cost).high for p in acts)
            rows.append([
                Paragraph(f"<b>{escape(ctx.module_title(m.module))}</b>" if len(rows) == first
                          else "", S.CELL),
                Paragraph(escape(HORIZON_LABELS[h].get(ctx.lang)), S.CELL),
                Paragraph(str(len(acts)), S.CELL_RIGHT),
                Paragraph(escape(fmt.hours(sum(p.effort_hours for p in acts), ctx.lang)),
                          S.CELL_RIGHT),
                Paragraph(escape(ctx.cost_range(low, high)), S.CELL_RIGHT),
            ])
        if len(rows) > first:
            st.add("LINEABOVE", (0, first), (-1, first), 0.8, S.RULE)
    if len(rows) == 1:
        return [para(ctx.s("no_action"))]
    t = Table(rows, colWidths=[S.FRAME_W * 0.28, S.FRAME_W * 0.24, S.FRAME_W * 0.12,
                               S.FRAME_W * 0.14, S.FRAME_W * 0.22], repeatRows=1)
    t.setStyle(st)
    out.append(KeepTogether([t]))
    return out
