"""The cover page, and the contents page of a long owner edition."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from checks import formatting as fmt
from checks.partner_figures import run_by
from reports import markup
from reports import styles as S
from reports.cells import Plain, table
from reports.context import Ctx
from reports.flowables import (COVER_NAME_MAX, SHORT_TEXT_MAX, Heading, Paragraph,
                               TocPlaceholder, TocSlot, callout)


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

    rows = []   # (label, value): plain text, or the value as markup (a Paragraph)
    checkup_date = a.completed_at or a.started_at
    if checkup_date:
        rows.append((ctx.plain("checkup_date"), Plain(fmt.date(checkup_date, ctx.lang),
                                                      S.COVER_META)))
    rows.append((ctx.plain("report_date"), Plain(fmt.date(ctx.generated, ctx.lang), S.COVER_META)))
    who = _run_by(ctx)
    if who:
        rows.append((ctx.plain("run_by"), Paragraph(who, S.COVER_META)))
    rows.append((ctx.plain("content_version"),
                 Plain(f"{ctx.content.version} ({fmt.date(ctx.content.as_of, ctx.lang)})",
                       S.COVER_META)))
    data = [[Plain(k.upper(), S.COVER_LABEL), v] for k, v in rows]
    out.append(table(data, [45 * mm, S.FRAME_W - 45 * mm], TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, S.NAVY),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, S.RULE),
    ]), padding=6))   # no left padding, reportlab's 6 on the right
    out.append(Spacer(1, 12 * mm))
    key = "partner_note" if ctx.partner else "owner_note"
    color = S.TEAL if ctx.partner else S.RED
    bg = S.TEAL_LIGHT if ctx.partner else S.RED_LIGHT
    edition = ctx.s("edition_partner" if ctx.partner else "edition_owner")
    out.append(callout([Paragraph(f"<b>{edition}</b>", S.CALLOUT), Spacer(1, 2),
                        Paragraph(ctx.s(key), S.CALLOUT)], color, bg))
    out.append(NextPageTemplate("body"))
    out.append(PageBreak())
    return out


def _profile_label(ctx: Ctx, profile_id: str, value: object) -> str:
    """The profile option's label for a business field; what was typed when it is no option."""
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
    """Who ran it, in words: "Le dirigeant", or "Le dirigeant, avec <nom>, <organisation>"."""
    who = run_by(ctx.assessment, ctx.advisor)
    if who["role"] == "advisor":
        names = ", ".join(markup.para(x, SHORT_TEXT_MAX) for x in (who["name"],
                                                                   who["organisation"]) if x)
        return ctx.s("run_by_with", who="\x00").replace("\x00", names)
    owner = ctx.assessment.assessor.name.strip()
    if owner:
        return ctx.s("run_by_owner_named", name="\x00").replace(
            "\x00", markup.para(owner, SHORT_TEXT_MAX))
    return ctx.s("run_by_owner_value")


def contents(ctx: Ctx, toc: TocSlot) -> list:
    """The contents page: a heading, then the rest of the page kept for the contents lines."""
    return [Heading(ctx.plain("contents"), S.H1, 0, "contents", toc=False),
            TocPlaceholder(toc), PageBreak()]
