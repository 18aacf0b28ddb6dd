"""Method and integrity: how scores are computed, the content version, the fingerprint."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, TableStyle

from checks import formatting as fmt
from reports import styles as S
from reports.context import Ctx
from reports.cells import Plain, table
from reports.flowables import Heading, para


def method(ctx: Ctx, tail: list | tuple = ()) -> list:
    """The method, then the checkup's fingerprint kept on one page with `tail` (the signature
    block): a reader checking the signature sees both fingerprints together."""
    out: list = [CondPageBreak(110 * mm), Heading(ctx.plain("method"), S.H1, 0, "method"),
                 para(ctx.s("method_text"), S.BODY),
                 para(ctx.s("content_text", v=ctx.content.version,
                          d=fmt.date(ctx.content.as_of, ctx.lang)), S.BODY)]
    rows = [
        (ctx.plain("fingerprint"), ctx.fingerprint),
        (ctx.plain("content_version"), ctx.content.version),
        (ctx.plain("app_version"), ctx.app_version or "?"),
        (ctx.plain("generated"), fmt.date(ctx.generated, ctx.lang)),
    ]
    data = [[Plain(k, S.CELL_SMALL), Plain(v, S.FINGERPRINT if i == 0 else S.MONO_SMALL)]
            for i, (k, v) in enumerate(rows)]
    t = table(data, [38 * mm, S.FRAME_W - 38 * mm], TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("BOX", (0, 0), (-1, -1), 0.6, S.NAVY),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, S.RULE),
        ("BACKGROUND", (0, 0), (0, -1), S.ZEBRA),
    ]), padding=12)
    # The partner edition is checked with `boussole-cli verify DOCUMENT.pdf` alone (its
    # signature block says so); the owner holds the checkup file and can compare against it.
    note = ctx.s("integrity_text_partner" if ctx.partner else "integrity_text")
    out.append(KeepTogether([Heading(ctx.plain("integrity"), S.H3, 1, "integrity", toc=False),
                             t, Spacer(1, 4), para(note, S.MUTED_SMALL), *tail]))
    return out
