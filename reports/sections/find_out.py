"""The questions answered "je ne sais pas", grouped by whom to ask (owner edition only)."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from checks.vocabulary import ROLES
from reports import styles as S
from reports.context import Ctx
from reports.flowables import Heading, Paragraph, para
from reports.tables import Grid


def find_out(ctx: Ctx) -> list:
    items = ctx.evaluation.plan.find_out
    if not items:
        return []
    out: list = [CondPageBreak(50 * mm), Heading(ctx.plain("find_out"), S.H1, 0, "find_out"),
                 para(ctx.s("find_out_intro"), S.LEAD)]
    head = [ctx.s("ask_whom"), ctx.s("question"), ctx.s("module")]
    rows = [[Paragraph(h, S.CELL_HEAD) for h in head]]
    order = {k: i for i, k in enumerate(ROLES)}  # whom to ask, in the vocabulary's order
    for f in sorted(items, key=lambda f: order[f.ask]):
        q = ctx.content.questions[f.question]
        rows.append([Paragraph(f"<b>{escape(ROLES[f.ask].noun.get(ctx.lang))}</b>", S.CELL),
                     Paragraph(ctx.tx(q.text), S.CELL),
                     Paragraph(escape(ctx.module_title(f.module)), S.CELL)])
    # never one question alone on the next page: two at least go on together
    t = Grid(rows, colWidths=[S.FRAME_W * 0.22, S.FRAME_W * 0.58, S.FRAME_W * 0.20],
             repeatRows=1, splitInRow=ctx.split_rows, min_tail=2)
    t.setStyle(S.grid_style())
    out.append(t)
    return out
