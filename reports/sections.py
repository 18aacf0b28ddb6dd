"""The report's sections as lists of flowables, for the owner and the partner editions.

Every text typed by a user goes through reports.markup.para (escaped, line breaks kept, bounded
where room is bounded); content texts are escaped too. The partner edition is assembled from the
sections that carry no question-level answer, no note and no don't-know list.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, NextPageTemplate,
                                PageBreak, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from checks.content import DONT_KNOW, HORIZONS, Content, Text, applies
from checks import formatting as fmt
from checks.evaluation import MATURITY_BANDS, Evaluation
from checks.vocabulary import (DONT_KNOW_LABEL, HORIZON_LABELS, MATURITY_LABELS, PRIORITY_LABELS,
                               ROLES, STATUS_LABELS)
from reports import i18n, markup
from reports import styles as S
from reports.charts import module_bars

COVER_NAME_MAX = 300     # characters of a business name on the cover and in headers
CELL_TEXT_MAX = 400      # characters of user text inside a table cell (a row cannot split)
SHORT_TEXT_MAX = 120     # owner names, city...


@dataclass
class Ctx:
    """Everything a section needs."""

    content: Content
    assessment: Any
    evaluation: Evaluation
    lang: str
    edition: str
    previous: Any = None
    comparison: Any = None
    advisor: dict | None = None
    logo: Any = None
    app_version: str = ""
    generated: _dt.date = field(default_factory=_dt.date.today)
    fingerprint: str = ""
    toc: bool = False
    # Table rows move to the next page whole (cleaner); reports.pdf retries with rows split
    # across pages when one row is taller than a page.
    split_rows: int = 0

    # -- text helpers -------------------------------------------------------------------
    def tx(self, text: Text | None) -> str:
        """Content text (bilingual) as markup."""
        return markup.para(text.get(self.lang)) if text is not None else ""

    def s(self, key: str, **kw) -> str:
        """Report wording as markup (kw values are plain text, escaped with the rest)."""
        return escape(i18n.t(self.lang, key, **kw))

    def plain(self, key: str, **kw) -> str:
        return i18n.t(self.lang, key, **kw)

    @property
    def partner(self) -> bool:
        return self.edition == "partner"

    def module_title(self, module_id: str) -> str:
        try:
            return self.content.module(module_id).title.get(self.lang)
        except KeyError:
            return module_id

    def cost_range(self, low: float, high: float) -> str:
        return fmt.money_range(low, high, self.lang)

    def band(self, cost_id: str):
        return self.content.cost_bands.get(cost_id)


class Heading(Paragraph):
    """A heading that becomes a bookmark, an outline entry and (level 0/1) a contents line."""

    def __init__(self, text: str, style, level: int, key: str, toc: bool = True,
                 keep_with_next: bool = True):
        if not keep_with_next:
            # Before a long table: keeping it with the table would push both to the next page.
            style = _no_keep(style)
        super().__init__(markup.para(text), style)
        self.outline_title = markup.line(text, 120)
        self.outline_level = level
        self.outline_key = key
        self.in_toc = toc


_NO_KEEP: dict = {}


def _no_keep(style):
    if style.name not in _NO_KEEP:
        from reportlab.lib.styles import ParagraphStyle

        _NO_KEEP[style.name] = ParagraphStyle(style.name + "_free", parent=style, keepWithNext=0)
    return _NO_KEEP[style.name]


class TocPlaceholder(Flowable):
    """Reserves the rest of its page for the table of contents, drawn once pages are known."""

    def __init__(self, report):
        super().__init__()
        self.report = report

    def wrap(self, aw, ah):
        self._height = ah
        return aw, ah

    def draw(self):
        self.report.toc_page = self.canv.getPageNumber()
        self.report.toc_top = self.canv.absolutePosition(0, self._height)[1]


def _p(text: str, style=S.BODY) -> Paragraph:
    return Paragraph(text, style)


def _chip(text: str, color, width: float | None = None) -> Table:
    """A small coloured label (priority, maturity, horizon)."""
    t = Table([[Paragraph(f'<font color="#FFFFFF">{text}</font>', S.CELL_BOLD)]],
              colWidths=[width] if width else None)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), color),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    t.hAlign = "LEFT"
    return t


def _callout(flowables: list, color, background) -> Table:
    t = Table([[flowables]], colWidths=[S.FRAME_W])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LINEBEFORE", (0, 0), (0, -1), 3, color),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


# -------------------------------------------------------------------------------------------
# Cover


def cover(ctx: Ctx) -> list:
    a = ctx.assessment
    out: list = [Spacer(1, 8 * mm)]
    name = markup.para(a.business.name, COVER_NAME_MAX)
    business = [Paragraph(ctx.s("business").upper(), S.COVER_LABEL),
                Paragraph(name, S.COVER_BUSINESS)]
    place = ", ".join(x for x in (a.business.postcode, a.business.city) if x and x.strip())
    sub = []
    sector = _profile_label(ctx, "sector", a.business.sector or a.profile.get("sector"))
    staff = _profile_label(ctx, "staff", a.business.staff_band or a.profile.get("staff"))
    for v in (sector, staff):
        if v:
            sub.append(v)
    if place:
        sub.append(markup.para(place, SHORT_TEXT_MAX))
    if sub:
        business.append(Spacer(1, 3))
        business.append(Paragraph(" · ".join(sub), S.COVER_META))
    if ctx.logo is not None:
        t = Table([[business, ctx.logo]], colWidths=[S.FRAME_W - 50 * mm, 50 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out.append(t)
    else:
        out += business
    out.append(Spacer(1, 12 * mm))

    rows = []
    checkup_date = a.completed_at or a.started_at
    if checkup_date:
        rows.append((ctx.s("checkup_date"), escape(fmt.date(checkup_date, ctx.lang))))
    rows.append((ctx.s("report_date"), escape(fmt.date(ctx.generated, ctx.lang))))
    who = _run_by(ctx)
    if who:
        rows.append((ctx.s("run_by"), who))
    rows.append((ctx.s("content_version"),
                 escape(f"{ctx.content.version} ({fmt.date(ctx.content.as_of, ctx.lang)})")))
    data = [[Paragraph(k.upper(), S.COVER_LABEL), Paragraph(v, S.COVER_META)] for k, v in rows]
    t = Table(data, colWidths=[45 * mm, S.FRAME_W - 45 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, S.NAVY),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, S.RULE),
    ]))
    out.append(t)
    out.append(Spacer(1, 12 * mm))
    key = "partner_note" if ctx.partner else "owner_note"
    color = S.TEAL if ctx.partner else S.RED
    bg = S.TEAL_LIGHT if ctx.partner else S.RED_LIGHT
    edition = ctx.s("edition_partner" if ctx.partner else "edition_owner")
    out.append(_callout([Paragraph(f"<b>{edition}</b>", S.CALLOUT), Spacer(1, 2),
                         Paragraph(ctx.s(key), S.CALLOUT)], color, bg))
    out.append(NextPageTemplate("body"))
    out.append(PageBreak())
    return out


def _profile_label(ctx: Ctx, profile_id: str, value) -> str:
    if not value or not isinstance(value, str):
        return ""
    try:
        q = ctx.content.profile_question(profile_id)
    except KeyError:
        return markup.para(value, SHORT_TEXT_MAX)
    for o in q.options:
        if o.id == value:
            return ctx.tx(o.label)
    return markup.para(value, SHORT_TEXT_MAX)


def _run_by(ctx: Ctx) -> str:
    a = ctx.assessment
    if ctx.advisor:
        name = ctx.advisor.get("name", "") or ""
        org = ctx.advisor.get("organisation", "") or ""
    else:
        name, org = a.assessor.name, a.assessor.organisation
    parts = [markup.para(x, SHORT_TEXT_MAX) for x in (name, org) if x and x.strip()]
    if not parts:
        return ctx.s("run_by_owner") if a.assessor.role == "owner" and not ctx.advisor else ""
    return " — ".join(parts)


# -------------------------------------------------------------------------------------------
# Contents


def contents(ctx: Ctx, report) -> list:
    return [Heading(ctx.plain("contents"), S.H1, 0, "contents", toc=False),
            TocPlaceholder(report), PageBreak()]


# -------------------------------------------------------------------------------------------
# Summary


def summary(ctx: Ctx) -> list:
    ev = ctx.evaluation
    out: list = [Heading(ctx.plain("summary"), S.H1, 0, "summary")]
    plan = ev.plan
    now_count = sum(1 for p in plan.actions if p.horizon == "now")
    low = sum(t.cost_low for t in plan.totals)
    high = sum(t.cost_high for t in plan.totals)
    effort = sum(t.effort_hours for t in plan.totals)

    maturity = MATURITY_LABELS.get(ev.maturity, Text(ev.maturity, ev.maturity)).get(ctx.lang)
    mcolor = S.MATURITY_COLORS.get(ev.maturity, S.NAVY)
    if ev.score is None:
        maturity, mcolor = ctx.plain("not_scored"), S.MUTED
    kpis = [
        [Paragraph(ctx.s("overall_score").upper(), S.COVER_LABEL),
         Paragraph(ctx.s("maturity").upper(), S.COVER_LABEL),
         Paragraph(ctx.s("completion").upper(), S.COVER_LABEL),
         Paragraph(ctx.s("plan").upper(), S.COVER_LABEL)],
        [Paragraph(f'{fmt.score(ev.score, ctx.lang)}<font size="12" color="#5F6B7A"> / 100</font>',
                   S.BIG_NUMBER),
         Paragraph(f'<font color="{mcolor.hexval().replace("0x", "#")}">{escape(maturity)}</font>',
                   _kpi_style(16)),
         Paragraph(escape(fmt.percent(ev.completion, ctx.lang)), _kpi_style(16)),
         Paragraph(escape(i18n.actions(len(plan.actions), ctx.lang)), _kpi_style(16))],
    ]
    w = S.FRAME_W / 4
    t = Table(kpis, colWidths=[w * 1.15, w * 1.05, w * 0.9, w * 0.9])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, S.NAVY),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, S.RULE),
    ]))
    out.append(t)
    out.append(Spacer(1, 6))
    answered = sum(m.answered for m in ev.modules)
    if not answered:
        out.append(_p(ctx.s("no_answer_yet"), S.BODY))
    elif not plan.actions:
        out.append(_p(ctx.s("summary_none"), S.BODY))
    else:
        out.append(_p(ctx.s("summary_text", n=i18n.actions(len(plan.actions), ctx.lang),
                            now=str(now_count), cost=ctx.cost_range(low, high),
                            hours=fmt.hours(effort, ctx.lang)), S.BODY))
    if not ctx.partner and answered and not ev.critical_gaps:
        out.append(_p(ctx.s("no_critical"), S.BODY))
    if ev.completion < 99.5:
        out.append(_p(ctx.s("incomplete", pct=fmt.percent(ev.completion, ctx.lang)),
                      S.MUTED_SMALL))

    out.append(Heading(ctx.plain("chart_title"), S.H3, 1, "chart", toc=False))
    rows = [(ctx.module_title(m.module), m.score, m.maturity) for m in ev.modules]
    out.append(module_bars(rows, S.FRAME_W, ctx.lang, MATURITY_BANDS))
    out.append(Spacer(1, 8))
    out.append(_module_table(ctx))
    out.append(Spacer(1, 3))
    out.append(_p(escape(_maturity_scale(ctx)), S.MUTED_SMALL))

    if not ctx.partner and answered:
        out.append(Heading(ctx.plain("first_actions"), S.H2, 1, "first_actions", toc=False))
        first = [p for p in plan.actions if _status(ctx, p) != "done"][:5]
        if not first:
            out.append(_p(ctx.s("no_action")))
        rows = []
        for p in first:
            action = ctx.content.actions.get(p.action)
            title = ctx.tx(action.title) if action else escape(p.action)
            hz = HORIZON_LABELS[p.horizon].get(ctx.lang) if p.horizon in HORIZON_LABELS else p.horizon
            band = ctx.band(p.cost)
            rows.append([
                Paragraph(f"<b>{p.rank}</b>", S.CELL_CENTER),
                Paragraph(f"<b>{title}</b><br/>"
                          f'<font color="#5F6B7A">{escape(ctx.module_title(p.module))} · '
                          f"{escape(hz)}</font>", S.CELL),
                Paragraph(escape(fmt.hours(p.effort_hours, ctx.lang)), S.CELL_RIGHT),
                Paragraph(escape(band.label.get(ctx.lang) if band else p.cost), S.CELL_RIGHT),
            ])
        if rows:
            t = Table(rows, colWidths=[22, S.FRAME_W - 22 - 50 - 90, 50, 90])
            st = S.grid_style(header_rows=0)
            t.setStyle(st)
            out.append(t)
    out.append(PageBreakIfNotEmpty())
    return out


def _status(ctx: Ctx, p) -> str:
    t = ctx.assessment.actions.get(p.action)
    return (t.status if t else "") or p.status


def _kpi_style(size: float):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"kpi{size}", parent=S.BIG_NUMBER, fontSize=size, leading=size * 1.25)


def _maturity_scale(ctx: Ctx) -> str:
    parts = []
    for i, (level, low) in enumerate(MATURITY_BANDS):
        high = MATURITY_BANDS[i + 1][1] - 1 if i + 1 < len(MATURITY_BANDS) else 100
        parts.append(f"{MATURITY_LABELS[level].get(ctx.lang)} ({low:.0f}-{high:.0f})")
    if ctx.lang == "en":
        return ("Scale: " + ", ".join(parts) + ". An unresolved critical gap caps its area at "
                f"'{MATURITY_LABELS['progressing'].en}'.")
    return ("Échelle : " + ", ".join(parts) + ". Un point critique non traité limite son "
            f"domaine au niveau « {MATURITY_LABELS['progressing'].fr} ».")


def _module_table(ctx: Ctx) -> Table:
    ev = ctx.evaluation
    head = [ctx.s("module"), ctx.s("score"), ctx.s("maturity"), ctx.s("answered")]
    if not ctx.partner:
        head.append(ctx.s("critical_gaps_short"))
    rows = [[Paragraph(h, S.CELL_HEAD if i == 0 else S.CELL_HEAD_RIGHT if i in (1, 3, 4)
                       else S.CELL_HEAD) for i, h in enumerate(head)]]
    for m in ev.modules:
        label = MATURITY_LABELS.get(m.maturity, Text(m.maturity, m.maturity)).get(ctx.lang)
        if m.score is None:
            label = ctx.plain("not_scored")
        mat = escape(label)
        if m.capped and m.score is not None and not ctx.partner:
            mat += f'<br/><font size="7" color="#B3261E">{ctx.s("capped")}</font>'
        row = [
            Paragraph(f"<b>{escape(ctx.module_title(m.module))}</b>", S.CELL),
            Paragraph(f"<b>{fmt.score(m.score, ctx.lang)}</b> / 100", S.CELL_RIGHT),
            Paragraph(mat, S.CELL),
            Paragraph(escape(f"{m.answered} / {m.applicable}"), S.CELL_RIGHT),
        ]
        if not ctx.partner:
            row.append(Paragraph(str(len(m.critical_gaps)), S.CELL_RIGHT))
        rows.append(row)
    if ctx.partner:
        widths = [S.FRAME_W * 0.40, S.FRAME_W * 0.18, S.FRAME_W * 0.24, S.FRAME_W * 0.18]
    else:
        widths = [S.FRAME_W * 0.34, S.FRAME_W * 0.14, S.FRAME_W * 0.22, S.FRAME_W * 0.14,
                  S.FRAME_W * 0.16]
    t = Table(rows, colWidths=widths, repeatRows=1)
    st = S.grid_style()
    for i, m in enumerate(ev.modules, start=1):
        color = S.MATURITY_COLORS.get(m.maturity, S.MUTED) if m.score is not None else S.RULE
        st.add("LINEBEFORE", (2, i), (2, i), 3, color)
    t.setStyle(st)
    return t


# -------------------------------------------------------------------------------------------
# Progress


def progress(ctx: Ctx) -> list:
    cmp = ctx.comparison
    if cmp is None or ctx.previous is None:
        return []
    out: list = [CondPageBreak(90 * mm), Heading(ctx.plain("progress"), S.H1, 0, "progress")]
    prev_date = (getattr(cmp, "before_date", None) or ctx.previous.completed_at
                 or ctx.previous.started_at)
    if prev_date:
        out.append(_p(f"{ctx.s('previous_date')} : {escape(fmt.date(prev_date, ctx.lang))}"
                      if ctx.lang == "fr" else
                      f"{ctx.s('previous_date')}: {escape(fmt.date(prev_date, ctx.lang))}",
                      S.LEAD))
    head = [ctx.s("module"), ctx.s("before"), ctx.s("now_col"), ctx.s("change")]
    rows = [[Paragraph(h, S.CELL_HEAD if i == 0 else S.CELL_HEAD_RIGHT) for i, h in enumerate(head)]]
    for label, before, after in _score_rows(ctx, cmp):
        delta = None if before is None or after is None else after - before
        color = "#1F7A4D" if delta and delta > 0 else "#B3261E" if delta and delta < 0 else "#5F6B7A"
        rows.append([
            Paragraph(label, S.CELL),
            Paragraph(fmt.score(before, ctx.lang), S.CELL_RIGHT),
            Paragraph(fmt.score(after, ctx.lang), S.CELL_RIGHT),
            Paragraph(f'<font color="{color}"><b>{escape(fmt.signed(delta, ctx.lang))}</b></font>',
                      S.CELL_RIGHT),
        ])
    t = Table(rows, colWidths=[S.FRAME_W * 0.46, S.FRAME_W * 0.18, S.FRAME_W * 0.18,
                               S.FRAME_W * 0.18], repeatRows=1)
    t.setStyle(S.grid_style())
    out.append(t)
    out.append(Spacer(1, 8))
    facts = [(ctx.s("actions_done"), len(_seq(cmp, "actions_done"))),
             (ctx.s("new_actions"), len(_seq(cmp, "new_actions")))]
    if not ctx.partner:
        facts += [(ctx.s("improved"), len(_seq(cmp, "questions_improved", "improved"))),
                  (ctx.s("worsened"), len(_seq(cmp, "questions_worsened", "worsened")))]
    rows = [[Paragraph(k, S.CELL), Paragraph(f"<b>{v}</b>", S.CELL_RIGHT)] for k, v in facts]
    t = Table(rows, colWidths=[S.FRAME_W * 0.64, S.FRAME_W * 0.18])
    t.hAlign = "LEFT"
    t.setStyle(S.grid_style(header_rows=0))
    out.append(t)
    if not ctx.partner:
        done = _seq(cmp, "actions_done")
        if done:
            out.append(Heading(ctx.plain("actions_done"), S.H3, 1, "progress_done", toc=False))
            for aid in done:
                aid = getattr(aid, "action", aid)
                action = ctx.content.actions.get(aid) if isinstance(aid, str) else None
                if action is not None:
                    out.append(Paragraph(ctx.tx(action.title), S.BODY_SMALL,
                                         bulletText="✓"))
    out.append(Spacer(1, 6))
    return out


def _seq(obj, *names) -> tuple:
    for n in names:
        v = getattr(obj, n, None)
        if v is not None:
            return tuple(v)
    return ()


def _score_rows(ctx: Ctx, cmp) -> list:
    """(label markup, before, after) for overall then each module, from a Comparison."""
    rows = []
    before = getattr(cmp, "overall_before", None)
    after = getattr(cmp, "overall_after", None)
    if before is None and after is None:
        overall = getattr(cmp, "overall", None)
        before = getattr(overall, "before", None)
        after = getattr(overall, "after", None)
    rows.append((f"<b>{ctx.s('overall_score')}</b>", before, after))
    for m in _seq(cmp, "modules"):
        mid = getattr(m, "module", "")
        rows.append((escape(ctx.module_title(mid)), getattr(m, "before", None),
                     getattr(m, "after", None)))
    return rows


# -------------------------------------------------------------------------------------------
# Critical gaps (owner only: they are a map of weaknesses)


def critical_gaps(ctx: Ctx) -> list:
    ev = ctx.evaluation
    if not ev.critical_gaps:
        return []  # the summary says so in one line
    out: list = [CondPageBreak(90 * mm),
                 Heading(ctx.plain("critical_gaps"), S.H1, 0, "critical_gaps")]
    out.append(_p(ctx.s("critical_intro"), S.LEAD))
    for gap in ev.critical_gaps:
        q = ctx.content.questions.get(gap.question)
        if q is None:
            continue
        answer = _answer_label(ctx, q, gap.option)
        actions = [ctx.content.actions[a] for a in q.actions_for(gap.option)
                   if a in ctx.content.actions]
        body = [Paragraph(f'<font color="#5F6B7A">{escape(ctx.module_title(gap.module))}</font>',
                          S.CELL_SMALL),
                Paragraph(f"<b>{ctx.tx(q.text)}</b>", S.BODY),
                Paragraph(f"<b>{ctx.s('your_answer')} :</b> {answer}" if ctx.lang == "fr" else
                          f"<b>{ctx.s('your_answer')}:</b> {answer}", S.BODY_SMALL),
                Paragraph(f"<i>{ctx.tx(q.why)}</i>", S.BODY_SMALL)]
        if actions:
            body.append(Paragraph("→ " + " ; ".join(f"<b>{ctx.tx(a.title)}</b>" for a in actions),
                                  S.BODY_SMALL))
        out.append(KeepTogether([_callout(body, S.RED, S.RED_LIGHT), Spacer(1, 6)]))
    return out


def _answer_label(ctx: Ctx, q, option_id: str) -> str:
    if option_id == DONT_KNOW:
        return escape(DONT_KNOW_LABEL.get(ctx.lang))
    opt = q.option(option_id)
    return ctx.tx(opt.label) if opt else escape(option_id)


# -------------------------------------------------------------------------------------------
# Plan


PLAN_COLS = (48, 0, 36, 66, 106)  # rank+priority, action (what is left), effort, cost, who+help


def plan(ctx: Ctx) -> list:
    ev = ctx.evaluation
    out: list = [CondPageBreak(120 * mm) if ev.plan.actions else CondPageBreak(60 * mm),
                 Heading(ctx.plain("plan"), S.H1, 0, "plan")]
    if not ev.plan.actions:
        answered = sum(m.answered for m in ev.modules)
        out.append(_p(ctx.s("summary_none" if answered else "no_answer_yet"), S.BODY))
        return out
    out.append(_p(ctx.s("partner_plan_intro" if ctx.partner else "plan_intro"), S.LEAD))
    out.append(_totals_table(ctx))
    if ctx.partner:
        out.append(Spacer(1, 10))
        out += _partner_plan(ctx)
        return out
    widths = list(PLAN_COLS)
    widths[1] = S.FRAME_W - sum(widths)
    for h in HORIZONS:
        actions = ev.plan.by_horizon(h)
        label = HORIZON_LABELS[h].get(ctx.lang)
        out.append(CondPageBreak(60 * mm))
        out.append(Heading(f"{label} ({len(actions)})", S.H2, 1, f"plan_{h}",
                           keep_with_next=False))
        if not actions:
            out.append(_p(ctx.s("no_actions_horizon"), S.BODY_SMALL))
            continue
        head = [ctx.s("col_priority"), ctx.s("col_action"), ctx.s("col_effort"),
                ctx.s("col_cost"), ctx.s("col_who_help")]
        rows = [[Paragraph(x, S.CELL_HEAD_RIGHT if i == 2 else S.CELL_HEAD)
                 for i, x in enumerate(head)]]
        st = S.grid_style()
        for p in actions:
            rows.append(_plan_row(ctx, p))
            row = len(rows) - 1
            st.add("LINEBEFORE", (0, row), (0, row), 2.5,
                   S.PRIORITY_COLORS.get(p.priority, S.MUTED))
        total = next((t for t in ev.plan.totals if t.horizon == h), None)
        if total is not None:
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


def _plan_row(ctx: Ctx, p) -> list:
    action = ctx.content.actions.get(p.action)
    lang = ctx.lang
    pr = PRIORITY_LABELS.get(p.priority, Text(p.priority, p.priority)).get(lang)
    pcolor = S.PRIORITY_COLORS.get(p.priority, S.MUTED).hexval().replace("0x", "#")
    prio = f'<b>{p.rank}</b><br/><font color="{pcolor}"><b>{escape(pr)}</b></font>'
    if p.quick_win:
        prio += f'<br/><font size="7" color="#0F7C80">{ctx.s("quick_win")}</font>'
    if action is None:
        cell = [Paragraph(f"<b>{escape(p.action)}</b>", S.CELL)]
        who = help_ = ""
        cost = p.cost
    else:
        cell = [Paragraph(f"<b>{ctx.tx(action.title)}</b>", S.CELL_BOLD)]
        for i, step in enumerate(action.steps, 1):
            cell.append(Paragraph(ctx.tx(step), S.STEP, bulletText=f"{i}."))
        if action.cost_note is not None:
            cell.append(Paragraph(f"<i>{ctx.tx(action.cost_note)}</i>", S.CELL_SMALL))
        who = "<br/>".join(escape(ROLES[w].noun.get(lang)) for w in action.who)
        help_ = "<br/>".join(_help_name(ctx, h) for h in action.help)
        if help_:
            who += f'<br/><font color="#0F7C80">{help_}</font>'

        band = ctx.band(action.cost)
        cost = band.label.get(lang) if band else action.cost
    # Tracking as recorded in the assessment (the plan's copy when the engine filled it in).
    t = ctx.assessment.actions.get(p.action)
    status = (t.status if t else "") or p.status
    owner = (t.owner if t else "") or p.owner
    due_on = (t.due if t else "") or p.due
    note = (t.note if t else "") or p.note
    tracking = []
    if status and status != "todo":
        tracking.append(f"<b>{escape(STATUS_LABELS[status].get(lang))}</b>")
    sep = " : " if lang == "fr" else ": "
    if owner:
        tracking.append(f"{ctx.s('owner_of_action')}{sep}{markup.para(owner, SHORT_TEXT_MAX)}")
    if due_on:
        tracking.append(f"{ctx.s('due')}{sep}{escape(fmt.date(due_on, lang))}")
    if tracking:
        cell.append(Paragraph(" · ".join(tracking), S.CELL_SMALL))
    if note:
        cell.append(Paragraph(f"<i>{markup.para(note, CELL_TEXT_MAX)}</i>", S.CELL_SMALL))
    return [
        Paragraph(prio, S.CELL),
        cell,
        Paragraph(escape(fmt.hours(p.effort_hours, lang)), S.CELL_RIGHT),
        Paragraph(escape(cost), S.CELL_NARROW),
        Paragraph(who, S.CELL_NARROW),
    ]


def _help_name(ctx: Ctx, help_id: str) -> str:
    h = ctx.content.help.get(help_id)
    return ctx.tx(h.name) if h else escape(help_id)


def _totals_table(ctx: Ctx) -> Table:
    ev = ctx.evaluation
    head = [ctx.s("col_horizon"), ctx.s("col_actions"), ctx.s("col_effort"), ctx.s("col_budget")]
    rows = [[Paragraph(h, S.CELL_HEAD if i == 0 else S.CELL_HEAD_RIGHT) for i, h in enumerate(head)]]
    n = hrs = low = high = 0
    for t in ev.plan.totals:
        label = HORIZON_LABELS[t.horizon].get(ctx.lang) if t.horizon in HORIZON_LABELS else t.horizon
        color = S.HORIZON_COLORS.get(t.horizon, S.NAVY).hexval().replace("0x", "#")
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
            low = high = 0
            for p in acts:
                band = ctx.band(p.cost)
                low += band.low if band else 0
                high += band.high if band else 0
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
        return [_p(ctx.s("no_action"))]
    t = Table(rows, colWidths=[S.FRAME_W * 0.28, S.FRAME_W * 0.24, S.FRAME_W * 0.12,
                               S.FRAME_W * 0.14, S.FRAME_W * 0.22], repeatRows=1)
    t.setStyle(st)
    out.append(KeepTogether([t]))
    return out


# -------------------------------------------------------------------------------------------
# Don't-know list (owner only)


def find_out(ctx: Ctx) -> list:
    items = ctx.evaluation.plan.find_out
    if not items:
        return []
    out: list = [CondPageBreak(50 * mm), Heading(ctx.plain("find_out"), S.H1, 0, "find_out"),
                 _p(ctx.s("find_out_intro"), S.LEAD)]
    head = [ctx.s("ask_whom"), ctx.s("question"), ctx.s("module")]
    rows = [[Paragraph(h, S.CELL_HEAD) for h in head]]
    order = {k: i for i, k in enumerate(ROLES)}
    for f in sorted(items, key=lambda f: order.get(f.ask, 99)):
        q = ctx.content.questions.get(f.question)
        if q is None:
            continue
        rows.append([Paragraph(f"<b>{escape(ROLES[f.ask].noun.get(ctx.lang))}</b>", S.CELL),
                     Paragraph(ctx.tx(q.text), S.CELL),
                     Paragraph(escape(ctx.module_title(f.module)), S.CELL)])
    t = Table(rows, colWidths=[S.FRAME_W * 0.22, S.FRAME_W * 0.58, S.FRAME_W * 0.20],
              repeatRows=1, splitInRow=ctx.split_rows)
    t.setStyle(S.grid_style())
    out.append(t)
    return out


# -------------------------------------------------------------------------------------------
# Module details (owner only): every answer and note


def details(ctx: Ctx) -> list:
    a = ctx.assessment
    out: list = [PageBreakIfNotEmpty(), Heading(ctx.plain("details"), S.H1, 0, "details"),
                 _p(ctx.s("details_intro"), S.LEAD)]
    for mi, module in enumerate(ctx.content.modules):
        if mi:
            out.append(CondPageBreak(70 * mm))
        out.append(Heading(module.title.get(ctx.lang), S.H2, 1, f"details_{module.id}"))
        questions = [q for q in module.questions if applies(q, a.profile)]
        if not questions:
            out.append(_p(ctx.s("no_question"), S.BODY_SMALL))
            continue
        theme = None
        for q in questions:
            if q.theme != theme:
                theme = q.theme
                try:
                    title = ctx.content.theme(module.id, theme).title.get(ctx.lang)
                except KeyError:
                    title = theme
                out.append(Heading(title, S.H3, 2, f"details_{module.id}_{theme}", toc=False))
            out += _question_block(ctx, q, a.answers.get(q.id))
    return out


def _question_block(ctx: Ctx, q, answer) -> list:
    tag = (f' <font size="7" color="#B3261E">▲ {ctx.s("critical_tag")}</font>'
           if q.critical else "")
    head = Paragraph(f"{ctx.tx(q.text)}{tag}", S.QUESTION)
    if answer is None:
        color, label = "#8A94A3", f"<i>{ctx.s('not_answered')}</i>"
    else:
        opt = q.option(answer.option)
        if answer.option == DONT_KNOW:
            color, label = "#8A94A3", escape(DONT_KNOW_LABEL.get(ctx.lang))
        elif opt is None:
            color, label = "#8A94A3", escape(answer.option)
        else:
            color = ("#1F7A4D" if opt.score >= 1 else "#E0A526" if opt.score >= 0.5
                     else "#C8553D")
            label = ctx.tx(opt.label)
    ans = Paragraph(f'<font color="{color}">●</font> {label}', S.ANSWER)
    block = [head, ans]
    if answer is not None and answer.note and answer.note.strip():
        # The note is a separate paragraph: a 10,000-character note splits across pages.
        note = Paragraph((f"{ctx.s('note')} : " if ctx.lang == "fr" else f"{ctx.s('note')}: ")
                         + markup.para(answer.note), S.NOTE)
        return [KeepTogether(block), note]
    return [KeepTogether(block)]


# -------------------------------------------------------------------------------------------
# Help, glossary, method


def help_contacts(ctx: Ctx) -> list:
    used: list[str] = []
    for p in ctx.evaluation.plan.actions:
        action = ctx.content.actions.get(p.action)
        for h in action.help if action else ():
            if h not in used:
                used.append(h)
    ids = [h for h in ctx.content.help if h in used] or list(ctx.content.help)
    if not ids:
        return []
    out: list = [PageBreakIfNotEmpty(), Heading(ctx.plain("help"), S.H1, 0, "help"),
                 _p(ctx.s("help_intro"), S.LEAD)]
    rows = []
    for hid in ids:
        h = ctx.content.help[hid]
        address = h.address(ctx.lang)
        address = f'<br/><font color="#0F7C80">{markup.para(address)}</font>' if address else ""
        rows.append([Paragraph(f"<b>{ctx.tx(h.name)}</b>{address}", S.CELL),
                     Paragraph(ctx.tx(h.what), S.CELL)])
    t = Table(rows, colWidths=[S.FRAME_W * 0.32, S.FRAME_W * 0.68], splitInRow=ctx.split_rows)
    t.setStyle(S.grid_style(header_rows=0))
    out.append(t)
    return out


def glossary(ctx: Ctx) -> list:
    entries = sorted(ctx.content.glossary, key=lambda g: g.term.get(ctx.lang).casefold())
    if not entries:
        return []
    out: list = [CondPageBreak(60 * mm),
                 Heading(ctx.plain("glossary"), S.H1, 0, "glossary", keep_with_next=False)]
    rows = [[Paragraph(f"<b>{ctx.tx(g.term)}</b>", S.CELL), Paragraph(ctx.tx(g.definition), S.CELL)]
            for g in entries]
    t = Table(rows, colWidths=[S.FRAME_W * 0.26, S.FRAME_W * 0.74], splitInRow=ctx.split_rows)
    t.setStyle(S.grid_style(header_rows=0))
    out.append(t)
    return out


def method(ctx: Ctx) -> list:
    out: list = [CondPageBreak(110 * mm), Heading(ctx.plain("method"), S.H1, 0, "method"),
                 _p(ctx.s("method_text"), S.BODY),
                 _p(ctx.s("content_text", v=ctx.content.version,
                          d=fmt.date(ctx.content.as_of, ctx.lang)), S.BODY),
                 Heading(ctx.plain("integrity"), S.H3, 1, "integrity", toc=False)]
    rows = [
        (ctx.s("fingerprint"), escape(ctx.fingerprint)),
        (ctx.s("content_version"), escape(ctx.content.version)),
        (ctx.s("app_version"), escape(ctx.app_version or "?")),
        (ctx.s("generated"), escape(fmt.date(ctx.generated, ctx.lang))),
    ]
    data = [[Paragraph(k, S.CELL_SMALL), Paragraph(v, S.FINGERPRINT if i == 0 else S.MONO_SMALL)]
            for i, (k, v) in enumerate(rows)]
    t = Table(data, colWidths=[38 * mm, S.FRAME_W - 38 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("BOX", (0, 0), (-1, -1), 0.6, S.NAVY),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, S.RULE),
        ("BACKGROUND", (0, 0), (0, -1), S.ZEBRA),
    ]))
    out.append(KeepTogether([t, Spacer(1, 4), _p(ctx.s("integrity_text"), S.MUTED_SMALL)]))
    return out


# -------------------------------------------------------------------------------------------


def owner_story(ctx: Ctx, report) -> list:
    story = cover(ctx)
    if ctx.toc:
        story += contents(ctx, report)
    story += summary(ctx)
    story += progress(ctx)
    story += critical_gaps(ctx)
    story += plan(ctx)
    story += find_out(ctx)
    story += details(ctx)
    story += help_contacts(ctx)
    story += glossary(ctx)
    story += method(ctx)
    return story


def partner_story(ctx: Ctx, report) -> list:
    story = cover(ctx)
    story += summary(ctx)
    story += progress(ctx)
    story += plan(ctx)
    story += method(ctx)
    return story
