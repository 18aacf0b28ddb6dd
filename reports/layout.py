"""The page machinery of the PDF: document template, page canvas, running headers and footers,
the cover band and the table of contents.

One layout pass: the canvas keeps every page in memory until the end, so the running header,
"page N / M" and the table of contents are drawn once the page count and every heading's page
are known. The document info carries the fingerprint (/BoussoleFingerprint) that
reports.verify reads back without any PDF library.
"""
from __future__ import annotations

from typing import Callable

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from checks import formatting as fmt
from reports import i18n, markup
from reports import styles as S
from reports.context import Ctx
from reports.flowables import Heading, TocSlot
from reports.fonts import SANS, SANS_BOLD

INFO_KEY = "BoussoleFingerprint"

ProgressCallback = Callable[[int, int], None]


class DocInfo(PDFInfo):
    """Document info with Boussole's own keys (written uncompressed, readable by verify)."""

    extra: dict[str, str] = {}

    def format(self, document):
        d = {
            "Title": PDFString(self.title), "Author": PDFString(self.author),
            "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords),
            "Creator": PDFString(self.creator), "Producer": PDFString(self.producer),
            "Trapped": PDFName(self.trapped),
        }
        d["ModDate"] = d["CreationDate"] = PDFDate(ts=document._timeStamp,
                                                   dateFormatter=self._dateFormatter)
        for key, value in self.extra.items():
            d[key] = PDFString(value)
        return PDFDictionary(d).format(document)


class PageCanvas(Canvas):
    """Keeps its pages until save(), then has the layout decorate each one knowing the total."""

    def __init__(self, *args, layout: Layout, **kwargs):
        super().__init__(*args, **kwargs)
        self._layout = layout
        self._pages: list[tuple[dict, list]] = []
        self._pending_bookmarks: list[tuple[str, dict]] = []
        info = DocInfo()
        info.extra = {INFO_KEY: layout.ctx.fingerprint}
        self._doc.info = info

    def bookmarkPage(self, key, **kw):  # noqa: N802 - reportlab's name
        # The page object is created at replay time: remember the bookmark until then.
        self._pending_bookmarks.append((key, kw))

    def showPage(self):  # noqa: N802
        self._pages.append((dict(self.__dict__), self._pending_bookmarks))
        self._pending_bookmarks = []
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state, bookmarks in self._pages:
            self.__dict__.update(state)
            for key, kw in bookmarks:
                Canvas.bookmarkPage(self, key, **kw)
            self._layout.decorate(self, self._pageNumber, total)
            Canvas.showPage(self)
        Canvas.save(self)


class DocTemplate(BaseDocTemplate):
    """A4 with a cover template and a body template; headings become bookmarks and outline."""

    def __init__(self, buffer, layout: Layout, **kw):
        self.layout = layout
        super().__init__(buffer, pagesize=(S.PAGE_W, S.PAGE_H), leftMargin=S.MARGIN_L,
                         rightMargin=S.MARGIN_R, topMargin=S.MARGIN_T,
                         bottomMargin=S.MARGIN_B, **kw)
        body = Frame(S.MARGIN_L, S.MARGIN_B, S.FRAME_W, S.FRAME_H,
                     id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_top = S.PAGE_H - 92 * mm
        cover = Frame(S.MARGIN_L, 30 * mm, S.FRAME_W, cover_top - 30 * mm, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover], onPage=layout.draw_cover),
            PageTemplate(id="body", frames=[body]),
        ])
        self._keys: set[str] = set()

    def afterFlowable(self, flowable):  # noqa: N802
        if not isinstance(flowable, Heading):
            return
        key = flowable.outline_key
        n = 2
        while key in self._keys:
            key = f"{flowable.outline_key}_{n}"
            n += 1
        self._keys.add(key)
        top = self.frame._y + flowable.height + 14
        self.canv.bookmarkPage(key, fit="XYZ", top=min(top, S.PAGE_H), left=0, zoom=0)
        level = flowable.outline_level
        self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=level >= 1)
        if flowable.in_toc and level <= 1:
            self.layout.headings.append((level, flowable.outline_title, key,
                                         self.canv.getPageNumber()))

    def afterPage(self):  # noqa: N802
        self.layout.page_done(self.canv.getPageNumber())


class Layout:
    """Holds the context while the document is laid out, and draws page decorations."""

    def __init__(self, ctx: Ctx, progress: ProgressCallback | None, estimated_pages: int):
        self.ctx = ctx
        self.headings: list[tuple[int, str, str, int]] = []   # level, title, key, page
        self.toc = TocSlot()
        self.progress = progress
        self.estimated_pages = max(1, estimated_pages)
        self.header_name = markup.line(ctx.assessment.business.name, 120)

    # progress: 0-10 preparing, 10-90 laying out pages, 90-100 writing
    def report_progress(self, done: int) -> None:
        if self.progress is not None:
            self.progress(max(0, min(100, done)), 100)

    def page_done(self, page: int) -> None:
        self.report_progress(10 + int(80 * min(1.0, page / self.estimated_pages)))

    def draw_cover(self, canv, doc) -> None:
        ctx = self.ctx
        canv.saveState()
        band_h = 78 * mm
        canv.setFillColor(S.NAVY)
        canv.rect(0, S.PAGE_H - band_h, S.PAGE_W, band_h, stroke=0, fill=1)
        canv.setFillColor(S.TEAL)
        canv.rect(0, S.PAGE_H - band_h - 2.2 * mm, S.PAGE_W, 2.2 * mm, stroke=0, fill=1)
        # compass mark
        cx, cy, r = S.MARGIN_L + 7 * mm, S.PAGE_H - 22 * mm, 6.5 * mm
        canv.setStrokeColor(S.WHITE)
        canv.setLineWidth(1.2)
        canv.circle(cx, cy, r, stroke=1, fill=0)
        p = canv.beginPath()
        p.moveTo(cx, cy + r * 0.82)
        p.lineTo(cx + r * 0.25, cy)
        p.lineTo(cx, cy - r * 0.82)
        p.lineTo(cx - r * 0.25, cy)
        p.close()
        canv.setFillColor(S.TEAL_LIGHT)
        canv.drawPath(p, stroke=0, fill=1)
        canv.setFillColor(S.WHITE)
        canv.setFont(SANS_BOLD, 15)
        canv.drawString(cx + r + 4 * mm, cy - 5, "BOUSSOLE")
        canv.setFont(SANS, 9)
        canv.setFillColor(S.TEAL_LIGHT)
        canv.drawString(S.MARGIN_L, S.PAGE_H - 42 * mm, i18n.t(ctx.lang, "doc_kicker").upper())
        canv.setFillColor(S.WHITE)
        canv.setFont(SANS_BOLD, 22)
        title = i18n.t(ctx.lang, "doc_title")
        lines = _wrap(title, SANS_BOLD, 22, S.FRAME_W)
        y = S.PAGE_H - 54 * mm
        for line in lines[:2]:
            canv.drawString(S.MARGIN_L, y, line)
            y -= 27
        # footer of the cover
        canv.setFillColor(S.MUTED)
        canv.setFont(SANS, 7.5)
        canv.drawString(S.MARGIN_L, 14 * mm,
                        f"Boussole {ctx.app_version} · "
                        f"{i18n.t(ctx.lang, 'content_version')} {ctx.content.version}")
        canv.restoreState()

    def decorate(self, canv, page: int, total: int) -> None:
        """Drawn on every page once the page count is known."""
        ctx = self.ctx
        canv.saveState()
        if page > 1:
            y = S.PAGE_H - 13 * mm
            canv.setFont(SANS_BOLD, 7.5)
            canv.setFillColor(S.NAVY)
            left = i18n.t(ctx.lang, "header")
            canv.drawString(S.MARGIN_L, y, left)
            lw = canv.stringWidth(left + "   ", SANS_BOLD, 7.5)
            canv.setFont(SANS, 7.5)
            canv.setFillColor(S.MUTED)
            edition = i18n.t(ctx.lang, "edition_partner_short" if ctx.partner
                             else "edition_owner_short")
            ew = canv.stringWidth(edition, SANS, 7.5)
            name = markup.fit(self.header_name, SANS, 7.5, S.FRAME_W - lw - ew - 12)
            canv.drawString(S.MARGIN_L + lw, y, name)
            canv.drawRightString(S.PAGE_W - S.MARGIN_R, y, edition)
            canv.setStrokeColor(S.RULE)
            canv.setLineWidth(0.5)
            canv.line(S.MARGIN_L, y - 3.5, S.PAGE_W - S.MARGIN_R, y - 3.5)
        # footer
        y = 10 * mm
        canv.setFont(SANS, 7.5)
        canv.setFillColor(S.MUTED)
        if page > 1:
            left = (i18n.t(ctx.lang, "edition_partner_short") if ctx.partner
                    else i18n.t(ctx.lang, "confidential"))
            canv.drawString(S.MARGIN_L, y, f"{left} · {fmt.date(ctx.generated, ctx.lang)}")
        canv.drawRightString(S.PAGE_W - S.MARGIN_R, y, i18n.t(ctx.lang, "page", n=page, m=total))
        if page == self.toc.page:
            self._draw_toc(canv)
        canv.restoreState()

    def _draw_toc(self, canv) -> None:
        y = self.toc.top - 6
        x0, x1 = S.MARGIN_L, S.PAGE_W - S.MARGIN_R
        for level, title, key, page in self.headings:
            if y < S.MARGIN_B + 10:
                break
            size = 10.5 if level == 0 else 9.2
            font = SANS_BOLD if level == 0 else SANS
            indent = 0 if level == 0 else 7 * mm
            if level == 0:
                y -= 6
            canv.setFont(font, size)
            canv.setFillColor(S.NAVY if level == 0 else S.INK)
            num = str(page)
            nw = canv.stringWidth(num, font, size)
            text = markup.fit(title, font, size, x1 - x0 - indent - nw - 30)
            tw = canv.stringWidth(text, font, size)
            canv.drawString(x0 + indent, y, text)
            canv.drawRightString(x1, y, num)
            canv.setStrokeColor(S.RULE)
            canv.setLineWidth(0.6)
            canv.setDash(0.8, 2.4)
            canv.line(x0 + indent + tw + 5, y + 1.5, x1 - nw - 5, y + 1.5)
            canv.setDash()
            canv.linkRect("", key, (x0, y - 3, x1, y + size), relative=0, thickness=0)
            y -= size * 1.9


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
