"""Progress, question by question (owner edition): which answers improved, which worsened, and
which questions cannot be compared because they changed meaning between two content versions.

A count such as "en recul : 4" says nothing an owner can act on: each question is named, with
the answer given then and now. Ids of improved and worsened questions belong to the comparison's
`questions_version`; those not comparable to their own (earlier) version, whose texts are read
from the archived content.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Table

from checks.compare import Comparison, NotComparable, QuestionChange
from checks.content import Content
from checks.content_versions import content_of
from checks.vocabulary import answer_label
from reports import styles as S
from reports.context import Ctx
from reports.flowables import Heading, Paragraph

GREEN, RED, GREY = "#1F7A4D", "#B3261E", "#5F6B7A"


def version_note(ctx: Ctx, cmp: Comparison) -> list:
    """One line when the two checkups used different content versions (both editions)."""
    if not cmp.before_version or cmp.before_version == cmp.after_version:
        return []
    text = ctx.s("versions_differ", before=cmp.before_version, after=cmp.after_version)
    return [Paragraph(text, S.BODY_SMALL)]


def question_lists(ctx: Ctx, cmp: Comparison) -> list:
    """The improved, worsened and not comparable questions by name (never in the partner
    edition: they map the firm's weaknesses)."""
    if ctx.partner:
        return []
    out: list = []
    q_content = content_of(cmp.questions_version or ctx.content.version, ctx.content)
    for key, changes, colour in (("improved", cmp.improved, GREEN),
                                 ("worsened", cmp.worsened, RED)):
        if changes:
            out += _heading(ctx, key)
            out.append(_changes_table(ctx, q_content, changes, colour))
    if cmp.not_comparable:
        out += _heading(ctx, "not_comparable")
        out.append(Paragraph(ctx.s("not_comparable_intro"), S.BODY_SMALL))
        out.append(_not_comparable_table(ctx, cmp.not_comparable,
                                         cmp.questions_version or ctx.content.version))
    return out


def _heading(ctx: Ctx, key: str) -> list:
    # Not kept with its long table (both would jump to the next page, leaving a blank one);
    # a page break instead when fewer than a few rows would fit under it.
    return [CondPageBreak(45 * mm),
            Heading(ctx.plain(key), S.H3, 1, f"progress_{key}", toc=False, keep_with_next=False)]


def _changes_table(ctx: Ctx, content: Content, changes: tuple[QuestionChange, ...],
                   colour: str) -> Table:
    head = [ctx.s("question"), ctx.s("answer_then"), ctx.s("answer_now")]
    rows = [[Paragraph(h, S.CELL_HEAD) for h in head]]
    for change in changes:
        question = content.questions[change.question]
        rows.append([
            Paragraph(ctx.tx(question.text), S.CELL),
            Paragraph(escape(answer_label(content, change.question, change.before, ctx.lang)),
                      S.CELL),
            Paragraph(f'<font color="{colour}">'
                      f'{escape(answer_label(content, change.question, change.after, ctx.lang))}'
                      f'</font>', S.CELL),
        ])
    return _table(ctx, rows)


def _not_comparable_table(ctx: Ctx, items: tuple[NotComparable, ...],
                          cmp_version: str) -> Table:
    head = [ctx.s("question"), ctx.s("answer_then"), ctx.s("why_not_comparable")]
    rows = [[Paragraph(h, S.CELL_HEAD) for h in head]]
    later = content_of(cmp_version, ctx.content)
    for item in items:
        content = content_of(item.version, ctx.content)
        question = content.questions[item.question]
        why = escape(ctx.plain("meaning_changed"))
        now = [later.questions[sid].text.get(ctx.lang) for sid in item.see if sid in later.questions]
        if now:
            why += "<br/>" + escape(ctx.plain("now_asked")) + " " + "<br/>".join(
                "• " + escape(text) for text in now)
        rows.append([
            Paragraph(ctx.tx(question.text), S.CELL),
            Paragraph(escape(answer_label(content, item.question, item.option, ctx.lang)), S.CELL),
            Paragraph(f'<font color="{GREY}">{why}</font>', S.CELL),
        ])
    return _table(ctx, rows, (0.42, 0.22, 0.36))   # room for the questions asked now


def _table(ctx: Ctx, rows: list, widths: tuple[float, ...] = (0.5, 0.25, 0.25)) -> Table:
    table = Table(rows, colWidths=[S.FRAME_W * w for w in widths], repeatRows=1, splitByRow=1)
    table.setStyle(S.grid_style())
    return table
