"""Summary: overall score, maturity, answered share, the chart, the module table and the
first actions (the owner edition)."""
from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer, Table, TableStyle
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from checks import formatting as fmt
from checks.evaluation import MATURITY_BANDS, is_provisional
from checks.vocabulary import MATURITY_LABELS, PERIOD_LABELS
from reports import i18n
from reports import styles as S
from reports.charts import module_bars
from reports.cells import Plain, table
from reports.context import Ctx
from reports.flowables import Heading, Paragraph, para
from reports.sections import partner_summary


def summary(ctx: Ctx) -> list:
    ev = ctx.evaluation
    out: list = [Heading(ctx.plain("summary"), S.H1, 0, "summary")]
    plan = ev.plan
    low = sum(t.cost_low for t in plan.totals)
    high = sum(t.cost_high for t in plan.totals)
    effort = sum(t.effort_hours for t in plan.totals)

    maturity = MATURITY_LABELS[ev.maturity].get(ctx.lang)
    mcolor = S.MATURITY_COLORS[ev.maturity]
    if ev.score is None:
        maturity, mcolor = ctx.plain("not_scored"), S.MUTED
    kpis = [
        [Plain(ctx.plain("overall_score").upper(), S.COVER_LABEL),
         Plain(ctx.plain("maturity").upper(), S.COVER_LABEL),
         Plain(ctx.plain("completion").upper(), S.COVER_LABEL),
         Plain(ctx.plain("plan").upper(), S.COVER_LABEL)],
        [_score_cell(ctx),
         _maturity_cell(ctx, maturity, mcolor),
         Plain(fmt.percent(ev.completion, ctx.lang), _kpi_style(16)),
         Plain(i18n.actions(len(plan.actions), ctx.lang), _kpi_style(16))],
    ]
    if ctx.partner:   # "Recommandations", with how far the plan has got: not a count of problems
        label, value = partner_summary.plan_kpi(ctx, _kpi_style(16))
        kpis[0][3], kpis[1][3] = Plain(label.upper(), S.COVER_LABEL), value
    w = S.FRAME_W / 4
    t = table(kpis, [w * 1.15, w * 1.05, w * 0.9, w * 0.9], TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, S.NAVY),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, S.RULE),
    ]), padding=6)   # no left padding, reportlab's 6 on the right
    out.append(t)
    out.append(Spacer(1, 6))
    if ctx.partner:
        out += partner_summary.facts(ctx)
    elif ev.score is not None and ev.provisional:
        out.append(para(ctx.s("provisional_note", pct=fmt.percent(ev.completion, ctx.lang)),
                        S.BODY))
    answered = sum(m.answered for m in ev.modules)
    if not answered:
        out.append(para(ctx.s("no_answer_yet"), S.BODY))
    elif not plan.actions:
        out.append(para(ctx.empty_plan(), S.BODY))
    elif ctx.partner:
        out.append(para(partner_summary.plan_text(
            ctx, pace=fmt.hours(plan.capacity.monthly_hours, ctx.lang),
            cost=ctx.cost_range(low, high), hours=fmt.hours(effort, ctx.lang)), S.BODY))
    else:
        out.append(para(ctx.s("summary_text", n=i18n.actions(len(plan.actions), ctx.lang),
                            week=str(len(plan.select(period="week"))),
                            month=str(len(plan.select(period="week"))
                                      + len(plan.select(period="month"))),
                            pace=fmt.hours(plan.capacity.monthly_hours, ctx.lang),
                            cost=ctx.cost_range(low, high), hours=fmt.hours(effort, ctx.lang)),
                        S.BODY))
        if plan.progress.done:
            out.append(para(ctx.s("summary_done", done=str(plan.progress.done),
                                  total=str(plan.progress.total)), S.BODY))
        if plan.overload.late:
            out.append(para(ctx.s("summary_late",
                                  pace=fmt.hours(plan.capacity.monthly_hours, ctx.lang),
                                  need=fmt.hours(plan.overload.monthly_hours_needed, ctx.lang))
                            + ctx.whole_plan(), S.BODY))
    if not ctx.partner and answered and not ev.critical_gaps:   # on few answers: say so
        out.append(para(ctx.s("no_critical_yet", pct=fmt.percent(ev.completion, ctx.lang))
                        if ev.provisional else ctx.s("no_critical"), S.BODY))
    if ev.completion < 99.5 and not (ev.score is not None and ev.provisional):
        out.append(para(ctx.s("incomplete", pct=fmt.percent(ev.completion, ctx.lang)),
                      S.MUTED_SMALL))

    out.append(Heading(ctx.plain("chart_title"), S.H3, 1, "chart", toc=False))
    rows = [(ctx.module_title(m.module), m.score, m.maturity,
             m.score is not None and is_provisional(m.completion)) for m in ev.modules]
    out.append(module_bars(rows, S.FRAME_W, ctx.lang, MATURITY_BANDS))
    if any(row[3] for row in rows):
        out.append(para(ctx.s("chart_provisional"), S.MUTED_SMALL))
    out.append(Spacer(1, 8))
    out.append(_module_table(ctx))
    out.append(Spacer(1, 3))
    out.append(para(escape(_maturity_scale(ctx)), S.MUTED_SMALL))

    if not ctx.partner and answered:
        out.append(Heading(ctx.plain("first_actions"), S.H2, 1, "first_actions", toc=False))
        first = plan.next_actions(5)   # the first five of the plan, with its numbers
        if not first:
            out.append(para(ctx.s("no_action") if not ev.provisional else ctx.empty_plan()))
        rows = []
        for p in first:
            title = ctx.tx(ctx.content.actions[p.action].title)
            period = PERIOD_LABELS[p.period].get(ctx.lang)
            cost = (ctx.cost_range(p.cost_low, p.cost_high) if p.per_user
                    else ctx.band(p.cost).label.get(ctx.lang))
            rows.append([
                Paragraph(f"<b>{p.number}</b>", S.CELL_CENTER),
                Paragraph(f"<b>{title}</b><br/>"
                          f'<font color="#5F6B7A">{escape(ctx.module_title(p.module))} · '
                          f"{escape(period)}</font>", S.CELL),
                Paragraph(escape(fmt.hours(p.effort_hours, ctx.lang)), S.CELL_RIGHT),
                Paragraph(escape(cost), S.CELL_RIGHT),
            ])
        if rows:
            t = Table(rows, colWidths=[22, S.FRAME_W - 22 - 50 - 90, 50, 90])
            st = S.grid_style(header_rows=0)
            t.setStyle(st)
            out.append(t)
    out.append(PageBreakIfNotEmpty())
    return out


def _score_cell(ctx: Ctx):
    """The big score; "provisoire" under it when fewer than 80 % of the questions that apply
    are answered (checks.evaluation.is_provisional), in both editions."""
    ev = ctx.evaluation
    big = Paragraph(f'{fmt.score(ev.score, ctx.lang)}<font size="12" color="#5F6B7A"> / 100</font>',
                    S.BIG_NUMBER)
    if ev.score is None or not ev.provisional:
        return big
    return [big, Paragraph(f'<font color="{_hex(S.PROVISIONAL)}"><b>{ctx.s("provisional")}</b>'
                           "</font>", S.MUTED_SMALL)]


def _maturity_cell(ctx: Ctx, maturity: str, color):
    """The level in its colour; a provisional one in grey and said to be so, not as settled."""
    ev = ctx.evaluation
    if ev.score is None or not ev.provisional:
        return Paragraph(f'<font color="{_hex(color)}">{escape(maturity)}</font>', _kpi_style(16))
    return [Paragraph(f'<font color="{_hex(S.MUTED)}">{escape(maturity)}</font>', _kpi_style(16)),
            Paragraph(f'<font color="{_hex(S.PROVISIONAL)}">{ctx.s("maturity_provisional")}'
                      "</font>", S.MUTED_SMALL)]


def _hex(color) -> str:
    return color.hexval().replace("0x", "#")


@cache   # one style per size for the process: kept paragraphs are keyed by their style
def _kpi_style(size: float) -> ParagraphStyle:
    return ParagraphStyle(f"kpi{size}", parent=S.BIG_NUMBER, fontSize=size, leading=size * 1.25)


def _maturity_scale(ctx: Ctx) -> str:
    parts = []
    for i, (level, low) in enumerate(MATURITY_BANDS):
        high = MATURITY_BANDS[i + 1][1] - 1 if i + 1 < len(MATURITY_BANDS) else 100
        parts.append(f"{MATURITY_LABELS[level].get(ctx.lang)} ({low:.0f}-{high:.0f})")
    if ctx.lang == "en":
        return ("Scale: " + ", ".join(parts) + ". An unresolved critical point caps its area at "
                f"'{MATURITY_LABELS['progressing'].en}'.")
    return ("Échelle : " + ", ".join(parts) + ". Un point critique non traité limite son "
            f"domaine au niveau « {MATURITY_LABELS['progressing'].fr} ».")


def _module_table(ctx: Ctx) -> Table:
    ev = ctx.evaluation
    head = [ctx.plain("module"), ctx.plain("score"), ctx.plain("maturity"), ctx.plain("answered")]
    if ctx.partner:
        head += partner_summary.table_head(ctx)
    else:
        head.append(ctx.plain("critical_gaps_short"))
    rows = [[Plain(h, S.CELL_HEAD_RIGHT if i in (1, 3, 4, 5) else S.CELL_HEAD)
             for i, h in enumerate(head)]]
    for m in ev.modules:
        label = MATURITY_LABELS[m.maturity].get(ctx.lang)
        if m.score is None:
            label = ctx.plain("not_scored")
        mat = escape(label)
        if m.score is not None and is_provisional(m.completion):   # not a settled level
            mat += f'<br/><font size="7" color="{_hex(S.PROVISIONAL)}">{ctx.s("provisional")}</font>'
        if m.capped and m.score is not None and not ctx.partner:
            mat += f'<br/><font size="7" color="#B3261E">{ctx.s("capped")}</font>'
        row = [
            Plain(ctx.module_title(m.module), S.CELL, bold=True),
            Paragraph(f"<b>{fmt.score(m.score, ctx.lang)}</b> / 100", S.CELL_RIGHT),
            Plain(label, S.CELL) if mat == escape(label) else Paragraph(mat, S.CELL),
            Plain(f"{m.answered} / {m.applicable}", S.CELL_RIGHT),
        ]
        if ctx.partner:
            row += partner_summary.table_cells(ctx, m)
        else:
            row.append(Plain(str(len(m.critical_gaps)), S.CELL_RIGHT))
        rows.append(row)
    if ctx.partner:
        widths = [S.FRAME_W * x for x in (0.30, 0.11, 0.17, 0.11, 0.14, 0.17)]
    else:
        widths = [S.FRAME_W * 0.34, S.FRAME_W * 0.14, S.FRAME_W * 0.22, S.FRAME_W * 0.14,
                  S.FRAME_W * 0.16]
    st = S.grid_style()
    for i, m in enumerate(ev.modules, start=1):
        color = S.MATURITY_COLORS[m.maturity] if m.score is not None else S.RULE
        st.add("LINEBEFORE", (2, i), (2, i), 3, color)
    return table(rows, widths, st, repeatRows=1)
