"""Critical gaps (owner edition only: they are a map of the firm's weaknesses)."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from checks.vocabulary import answer_label
from reports import markup
from reports import styles as S
from reports.context import Ctx
from reports.flowables import Heading, Paragraph, callout, para


def critical_gaps(ctx: Ctx) -> list:
    ev = ctx.evaluation
    if not ev.critical_gaps:
        return []  # the summary says so in one line
    out: list = [CondPageBreak(90 * mm),
                 Heading(ctx.plain("critical_gaps"), S.H1, 0, "critical_gaps")]
    out.append(para(ctx.s("critical_intro"), S.LEAD))
    number = {a.action: a.number for a in ev.plan.actions}
    for gap in ev.critical_gaps:
        q = ctx.content.questions[gap.question]
        answer = markup.para(answer_label(ctx.content, q.id, gap.option, ctx.lang))
        actions = [ctx.content.actions[a] for a in q.actions_for(gap.option)]
        body = [Paragraph(f'<font color="#5F6B7A">{escape(ctx.module_title(gap.module))}</font>',
                          S.CELL_SMALL),
                Paragraph(f"<b>{ctx.tx(q.text)}</b>", S.BODY),
                Paragraph(f"<b>{ctx.s('your_answer')} :</b> {answer}" if ctx.lang == "fr" else
                          f"<b>{ctx.s('your_answer')}:</b> {answer}", S.BODY_SMALL),
                Paragraph(f"<i>{ctx.tx(q.why)}</i>", S.BODY_SMALL)]
        if actions:   # with their numbers in the plan (none once done)
            body.append(Paragraph("→ " + " ; ".join(
                (f"<b>{number[a.id]}. {ctx.tx(a.title)}</b>" if number.get(a.id)
                 else f"<b>{ctx.tx(a.title)}</b>") for a in actions), S.BODY_SMALL))
        out.append(KeepTogether([callout(body, S.RED, S.RED_LIGHT), Spacer(1, 6)]))
    return out

