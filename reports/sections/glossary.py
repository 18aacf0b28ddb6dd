"""The glossary of the terms the checklist uses."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from reports import styles as S
from reports.context import Ctx
from reports.flowables import Heading, Paragraph
from reports.tables import Grid


def glossary(ctx: Ctx) -> list:
    entries = sorted(ctx.content.glossary, key=lambda g: g.term.get(ctx.lang).casefold())
    if not entries:
        return []
    out: list = [CondPageBreak(60 * mm),
                 Heading(ctx.plain("glossary"), S.H1, 0, "glossary", keep_with_next=False)]
    rows = [[Paragraph(f"<b>{ctx.tx(g.term)}</b>", S.CELL), Paragraph(ctx.tx(g.definition), S.CELL)]
            for g in entries]
    t = Grid(rows, colWidths=[S.FRAME_W * 0.26, S.FRAME_W * 0.74], splitInRow=ctx.split_rows,
             min_tail=2)
    t.setStyle(S.grid_style(header_rows=0))
    out.append(t)
    return out
