"""Every question asked, the answer given and the note taken (owner edition only)."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

from checks.assessment import Answer
from checks.content import DONT_KNOW, Question, applies
from checks.vocabulary import DONT_KNOW_LABEL
from reports import markup
from reports import styles as S
from reports.context import Ctx
from reports.flowables import Heading, Paragraph, new_page_unless_nearly_empty, para


def details(ctx: Ctx) -> list:
    a = ctx.assessment
    out: list = [new_page_unless_nearly_empty(),
                 Heading(ctx.plain("details"), S.H1, 0, "details"),
                 para(ctx.s("details_intro"), S.LEAD)]
    for mi, module in enumerate(ctx.content.modules):
        if mi:
            out.append(CondPageBreak(70 * mm))
        headings = [Heading(module.title.get(ctx.lang), S.H2, 1, f"details_{module.id}")]
        questions = [q for q in module.questions if applies(q, a.profile)]
        if not questions:
            out += headings + [para(ctx.s("no_question"), S.BODY_SMALL)]
            continue
        theme = None
        for q in questions:
            if q.theme != theme:
                theme = q.theme
                title = ctx.content.theme(module.id, theme).title.get(ctx.lang)
                headings.append(Heading(title, S.H3, 2, f"details_{module.id}_{theme}",
                                        toc=False))
            out += _question_block(ctx, q, a.answers.get(q.id), headings)
            headings = []
    return out


def _question_block(ctx: Ctx, q: Question, answer: Answer | None,
                    headings: list) -> list:
    """The question and its answer kept together, with the headings just above them (a
    heading's keepWithNext does not hold across a KeepTogether: it would be left alone at the
    bottom of a page)."""
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
    block = [*headings, head, ans]
    if answer is not None and answer.note and answer.note.strip():
        # The note is a separate paragraph: a 10,000-character note splits across pages.
        note = Paragraph((f"{ctx.s('note')} : " if ctx.lang == "fr" else f"{ctx.s('note')}: ")
                         + markup.para(answer.note), S.NOTE)
        return [KeepTogether(block), note]
    return [KeepTogether(block)]
