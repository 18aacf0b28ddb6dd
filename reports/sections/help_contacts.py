"""Where to get help: the public services and networks the plan names."""
from __future__ import annotations

from reports import markup
from reports import styles as S
from reports.context import Ctx
from reports.flowables import Heading, Paragraph, new_page_unless_nearly_empty, para
from reports.tables import Grid


def help_contacts(ctx: Ctx) -> list:
    used: list[str] = []
    for p in ctx.evaluation.plan.actions:
        for h in ctx.content.actions[p.action].help:
            if h not in used:
                used.append(h)
    ids = [h for h in ctx.content.help if h in used] or list(ctx.content.help)
    if not ids:
        return []
    out: list = [new_page_unless_nearly_empty(), Heading(ctx.plain("help"), S.H1, 0, "help"),
                 para(ctx.s("help_intro"), S.LEAD)]
    rows = []
    for hid in ids:
        h = ctx.content.help[hid]
        address = h.address(ctx.lang)
        address = f'<br/><font color="#0F7C80">{markup.para(address)}</font>' if address else ""
        rows.append([Paragraph(f"<b>{ctx.tx(h.name)}</b>{address}", S.CELL),
                     Paragraph(ctx.tx(h.what), S.CELL)])
    t = Grid(rows, colWidths=[S.FRAME_W * 0.32, S.FRAME_W * 0.68], splitInRow=ctx.split_rows,
             min_tail=2)
    t.setStyle(S.grid_style(header_rows=0))
    out.append(t)
    return out
