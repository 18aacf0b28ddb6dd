"""Where the plan stands (partner edition): recommendations done, under way and to do as of the
document's date, and against the previous checkup when there is one. Counts only: a bank
reads how far the plan has got, never which weaknesses were fixed."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from checks import formatting as fmt
from checks.partner_figures import progress_counts
from reports import styles as S
from reports.cells import Plain, table
from reports.context import Ctx
from reports.flowables import Heading, para
from reports.i18n_bank import recommendations


def standing(ctx: Ctx) -> list:
    if not ctx.partner:
        return []
    plan = ctx.evaluation.plan
    if not plan.actions:
        return []
    c = progress_counts(plan)
    out: list = [CondPageBreak(50 * mm), Heading(ctx.plain("standing"), S.H2, 0, "standing"),
                 para(ctx.s("standing_text", date=fmt.date(ctx.generated, ctx.lang),
                            done=str(c["done"]), doing=str(c["in_progress"]),
                            todo=str(c["to_do"]), total=recommendations(c["total"], ctx.lang)),
                      S.BODY)]
    head = [ctx.plain("status_done"), ctx.plain("status_doing"), ctx.plain("status_todo"),
            ctx.plain("total")]
    values = [c["done"], c["in_progress"], c["to_do"], c["total"]]
    total = max(1, c["total"])
    rows = [[Plain(h, S.CELL_HEAD_RIGHT) for h in head],
            [Plain(str(v), S.CELL_RIGHT, bold=True) for v in values],
            [Plain(fmt.percent(100.0 * v / total, ctx.lang), S.CELL_RIGHT) for v in values]]
    t = table(rows, [S.FRAME_W * 0.16] * 4, S.grid_style(zebra=False))
    t.hAlign = "LEFT"
    out += [t, Spacer(1, 4)]
    cmp = ctx.comparison
    if cmp is None:
        out.append(para(ctx.s("standing_first"), S.MUTED_SMALL))
    else:
        done = sum(a.reason == "done" for a in cmp.actions_done)
        out.append(para(ctx.s("standing_previous",
                              date=fmt.date(cmp.before_date, ctx.lang) or "—",
                              done=str(done), gone=str(len(cmp.actions_done) - done),
                              new=str(len(cmp.new_actions))), S.BODY))
    out.append(Spacer(1, 6))
    return out
