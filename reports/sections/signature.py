"""The signature block, last thing of the last page in both editions: who signs, when, the
certificate's fingerprint and, in the partner edition, the SHA-256 of the attached figures.

Drawn from the Seal (reports/seal.py) before the PDF is signed; the table records where it
landed so that the signature field's clickable area covers it (clicking it in a PDF reader opens
the signature's details). Texts: reports/i18n_bank.py.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from checks import formatting as fmt
from reports import markup
from reports import styles as S
from reports.context import Ctx
from reports.flowables import SHORT_TEXT_MAX, Heading, Paragraph, para
from reports.seal import Seal

LABEL_W = 44 * mm


class SealTable(Table):
    """A table that tells the seal where it was drawn (page index and box in PDF points)."""

    def __init__(self, *args, seal: Seal, **kwargs):
        super().__init__(*args, **kwargs)
        self._seal = seal

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - reportlab's name
        super().drawOn(canvas, x, y, _sW)
        self._seal.placed(canvas.getPageNumber() - 1,
                          (x, y, x + self._width, y + self._height))


def signed_at(ctx: Ctx, seal: Seal) -> str:
    when = seal.signed_at
    offset = when.strftime("%z")
    zone = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
    return ctx.plain("sig_when", date=fmt.date(when.date(), ctx.lang),
                     time=when.strftime("%H:%M"), zone=zone)


def fingerprint_lines(display: str) -> str:
    """'AB:CD:…' (95 characters) on two lines of 16 bytes each."""
    half = len(display) // 2 + 1 if len(display) > 60 else len(display)
    return f"{display[:half]}<br/>{display[half:].lstrip(':')}" if half < len(display) \
        else display


def signature(ctx: Ctx) -> list:
    seal = ctx.seal
    if seal is None:
        return []
    who = markup.para(seal.signer, SHORT_TEXT_MAX)
    vouched = (ctx.s("sig_self_signed") if seal.self_signed
               else ctx.s("sig_issued_by", issuer=markup.line(seal.issuer, SHORT_TEXT_MAX)))
    rows = [
        (ctx.s("sig_signer"), Paragraph(f"<b>{who}</b>, {escape(signed_at(ctx, seal))}<br/>"
                                        f"<font size=\"7.4\" color=\"#5F6B7A\">{vouched}</font>",
                                        S.CELL)),
        (ctx.s("sig_fingerprint"), Paragraph(fingerprint_lines(seal.fingerprint_display),
                                             S.SEAL_MONO)),
    ]
    if seal.figures is not None:
        rows.append((ctx.s("sig_figures", name=seal.figures_name),
                     Paragraph(f"sha256:{seal.figures_sha256}", S.SEAL_MONO)))
    data = [[Paragraph(k, S.CELL_SMALL), v] for k, v in rows]
    table = SealTable(data, colWidths=[LABEL_W, S.FRAME_W - LABEL_W], seal=seal)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BOX", (0, 0), (-1, -1), 0.9, S.TEAL),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, S.RULE),
        ("BACKGROUND", (0, 0), (0, -1), S.TEAL_LIGHT),
    ]))
    check = "sig_check_partner" if seal.figures is not None else "sig_check"
    # No KeepTogether of its own: reports.sections.method keeps it with the checkup's fingerprint.
    return [Heading(ctx.plain("sig_title"), S.H3, 1, "signature", toc=False),
            table, Spacer(1, 3), para(ctx.s(check), S.MUTED_SMALL)]
