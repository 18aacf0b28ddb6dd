"""Progress since the previous checkup: scores before and now, actions done, new ones."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table

from checks import formatting as fmt
from checks.compare import Comparison, ScoreDelta
from reports import styles as S
from reports.context import Ctx
from reports.flowables import Heading, Paragraph, para
from reports.sections.progress_questions import question_lists, version_note


def progress(ctx: Ctx) -> list:
    cmp = ctx.comparison
    if cmp is None:
        return []
    out: list = [CondPageBreak(90 * mm), Heading(ctx.plain("progress"), S.H1, 0, "progress")]
    if cmp.before_date:
        sep = " : " if ctx.lang == "fr" else ": "
        out.append(para(f"{ctx.s('previous_date')}{sep}{escape(fmt.date(cmp.before_date, ctx.lang))}",
                        S.LEAD))
    out += version_note(ctx, cmp)
    head = [ctx.s("module"), ctx.s("before"), ctx.s("now_col"), ctx.s("change")]
    rows = [[Paragraph(h, S.CELL_HEAD if i == 0 else S.CELL_HEAD_RIGHT) for i, h in enumerate(head)]]
    for label, delta in _score_rows(ctx, cmp):
        change = (None if delta.before is None or delta.after is None
                  else delta.after - delta.before)
        color = ("#1F7A4D" if change and change > 0 else "#B3261E" if change and change < 0
                 else "#5F6B7A")
        rows.append([
            Paragraph(label, S.CELL),
            Paragraph(fmt.score(delta.before, ctx.lang), S.CELL_RIGHT),
            Paragraph(fmt.score(delta.after, ctx.lang), S.CELL_RIGHT),
            Paragraph(f'<font color="{color}"><b>{escape(fmt.signed(change, ctx.lang))}</b></font>',
                      S.CELL_RIGHT),
        ])
    t = Table(rows, colWidths=[S.FRAME_W * 0.46, S.FRAME_W * 0.18, S.FRAME_W * 0.18,
                               S.FRAME_W * 0.18], repeatRows=1)
    t.setStyle(S.grid_style())
    out.append(t)
    out.append(Spacer(1, 8))
    facts = [(ctx.s("recommendations_done" if ctx.partner else "actions_done"),
              len(cmp.actions_done)),
             (ctx.s("new_recommendations" if ctx.partner else "new_actions"),
              len(cmp.new_actions))]
    if not ctx.partner:
        facts += [(ctx.s("improved"), len(cmp.improved)),
                  (ctx.s("worsened"), len(cmp.worsened))]
        if cmp.not_comparable:
            facts.append((ctx.s("not_comparable"), len(cmp.not_comparable)))
    rows = [[Paragraph(k, S.CELL), Paragraph(f"<b>{v}</b>", S.CELL_RIGHT)] for k, v in facts]
    t = Table(rows, colWidths=[S.FRAME_W * 0.64, S.FRAME_W * 0.18])
    t.hAlign = "LEFT"
    t.setStyle(S.grid_style(header_rows=0))
    out.append(t)
    if not ctx.partner and cmp.actions_done:
        out.append(Heading(ctx.plain("actions_done"), S.H3, 1, "progress_done", toc=False))
        for done in cmp.actions_done:
            out.append(Paragraph(ctx.tx(ctx.content.actions[done.action].title), S.BODY_SMALL,
                                 bulletText="✓"))
    out += question_lists(ctx, cmp)
    out.append(Spacer(1, 6))
    return out


def _score_rows(ctx: Ctx, cmp: Comparison) -> list[tuple[str, ScoreDelta]]:
    """(label markup, scores) for overall then each module."""
    rows = [(f"<b>{ctx.s('overall_score')}</b>", cmp.overall)]
    rows += [(escape(ctx.module_title(m.module)), m) for m in cmp.modules]
    return rows
