"""The PDF action plan: owner edition (everything) and partner edition (for a bank or insurer).

Entry points:
    write_report(content, assessment, out, edition="owner", lang="fr", previous=None,
                 advisor=None, logo=None, progress=None, app_version=None) -> None
    build_report_bytes(content, assessment, edition=..., ...) -> bytes

One layout pass: pages are kept in memory by the canvas until the end, so the running header,
"page N / M" and the table of contents are drawn once the page count and every heading's page
are known. The document info carries the fingerprint (/BoussoleFingerprint) that
reports.verify reads back without any PDF library.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, Callable

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, Image, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from checks import formatting as fmt
from checks.atomic import atomic_write_bytes
from checks.vocabulary import LANGS
from reports import i18n, markup
from reports import styles as S
from reports.fonts import SANS, SANS_BOLD, FontError, register_fonts

EDITIONS = ("owner", "partner")
INFO_KEY = "BoussoleFingerprint"
TOC_MIN_ACTIONS = 12  # the owner edition gets a table of contents from this plan size on

ProgressCallback = Callable[[int, int], None]


class ReportError(Exception):
    """The report cannot be produced; the message says what is wrong and what to do."""


def app_version_default() -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("boussole")
        except PackageNotFoundError:
            return "dev"
    except Exception:  # pragma: no cover - broken metadata
        return "dev"


# -------------------------------------------------------------------------------------------
# Canvas: pages kept until the end, then decorated with the page count


class _Info(PDFInfo):
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


class _Canvas(Canvas):
    def __init__(self, *args, report: "_Report", **kwargs):
        super().__init__(*args, **kwargs)
        self._report = report
        self._pages: list[tuple[dict, list]] = []
        self._pending_bookmarks: list[tuple[str, dict]] = []
        info = _Info()
        info.extra = {INFO_KEY: report.ctx.fingerprint}
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
            self._report.decorate(self, self._pageNumber, total)
            Canvas.showPage(self)
        Canvas.save(self)


class _Doc(BaseDocTemplate):
    def __init__(self, buffer, report: "_Report", **kw):
        self.report = report
        super().__init__(buffer, pagesize=(S.PAGE_W, S.PAGE_H), leftMargin=S.MARGIN_L,
                         rightMargin=S.MARGIN_R, topMargin=S.MARGIN_T,
                         bottomMargin=S.MARGIN_B, **kw)
        body = Frame(S.MARGIN_L, S.MARGIN_B, S.FRAME_W, S.PAGE_H - S.MARGIN_T - S.MARGIN_B,
                     id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_top = S.PAGE_H - 92 * mm
        cover = Frame(S.MARGIN_L, 30 * mm, S.FRAME_W, cover_top - 30 * mm, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover], onPage=report.draw_cover),
            PageTemplate(id="body", frames=[body]),
        ])
        self._keys: set[str] = set()

    def afterFlowable(self, flowable):  # noqa: N802
        from reports.sections import Heading

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
            self.report.headings.append((level, flowable.outline_title, key,
                                         self.canv.getPageNumber()))

    def afterPage(self):  # noqa: N802
        self.report.page_done(self.canv.getPageNumber())


class _Report:
    """Holds the context while the document is laid out, and draws page decorations."""

    def __init__(self, ctx, progress: ProgressCallback | None, estimated_pages: int):
        self.ctx = ctx
        self.headings: list[tuple[int, str, str, int]] = []
        self.toc_page: int | None = None
        self.toc_top: float = 0.0
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
        if page == self.toc_page:
            self._draw_toc(canv)
        canv.restoreState()

    def _draw_toc(self, canv) -> None:
        y = self.toc_top - 6
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
    from reportlab.pdfbase.pdfmetrics import stringWidth

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


# -------------------------------------------------------------------------------------------


def _logo_flowable(logo: Path | str | None):
    if logo is None:
        return None
    path = Path(logo)
    if not path.is_file():
        raise ReportError(f"the logo file {path} does not exist; choose another image or "
                          f"remove the logo")
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(str(path))
        w, h = reader.getSize()
        if w <= 0 or h <= 0:
            raise ValueError("empty image")
    except Exception as exc:
        raise ReportError(f"the logo file {path} cannot be read as an image ({exc}); "
                          f"use a PNG or JPEG file") from None
    max_w, max_h = 48 * mm, 24 * mm
    scale = min(max_w / w, max_h / h)
    img = Image(str(path), width=w * scale, height=h * scale)
    img.hAlign = "RIGHT"
    return img


def build_report_bytes(content, assessment, edition: str = "owner", lang: str = "fr",
                       previous=None, advisor: dict | None = None, logo: Path | None = None,
                       progress: ProgressCallback | None = None, app_version: str | None = None,
                       evaluation=None, generated: _dt.date | None = None) -> bytes:
    """The PDF as bytes. Raises ReportError with a message for the user."""
    if edition not in EDITIONS:
        raise ReportError(f"unknown edition '{edition}': use 'owner' or 'partner'")
    if lang not in LANGS:
        raise ReportError(f"unknown language '{lang}': use 'fr' or 'en'")
    if assessment.content_version != content.version:
        raise ReportError(f"this checkup was answered with checklist {assessment.content_version} "
                          f"but this Boussole has checklist {content.version}; open it with the "
                          f"Boussole version it was made with, or re-answer it")
    progress = _monotonic(progress)
    if progress is not None:
        progress(0, 100)
    try:
        register_fonts()
    except FontError as exc:
        raise ReportError(str(exc)) from None
    try:
        try:
            return _build(content, assessment, edition, lang, previous, advisor, logo, progress,
                          app_version, evaluation, generated, split_rows=0)
        except LayoutError:
            # A table row taller than a page: lay out again, letting rows split across pages.
            return _build(content, assessment, edition, lang, previous, advisor, logo, progress,
                          app_version, evaluation, generated, split_rows=1)
    except ReportError:
        raise
    except LayoutError as exc:
        raise ReportError(f"the report could not be laid out ({exc}); shorten the longest note "
                          f"or name and try again, and report this problem") from exc
    except Exception as exc:
        raise ReportError(f"the report could not be produced ({type(exc).__name__}: {exc}); "
                          f"please report this problem with the checkup file") from exc


def _build(content, assessment, edition, lang, previous, advisor, logo, progress, app_version,
           evaluation, generated, split_rows: int) -> bytes:
    import io

    from reports.sections import Ctx, owner_story, partner_story

    if evaluation is None:
        from checks.scoring import evaluate_assessment

        evaluation = evaluate_assessment(content, assessment)
    comparison = None
    if previous is not None:
        try:
            from checks.compare import compare
        except ImportError:  # pragma: no cover - compare is part of checks
            compare = None
        if compare is not None:
            comparison = compare(content, previous, assessment)
    ctx = Ctx(content=content, assessment=assessment, evaluation=evaluation, lang=lang,
              edition=edition, previous=previous, comparison=comparison, advisor=advisor,
              logo=_logo_flowable(logo), app_version=app_version or app_version_default(),
              generated=generated or _dt.date.today(), fingerprint=assessment.fingerprint())
    ctx.toc = edition == "owner" and len(evaluation.plan.actions) >= TOC_MIN_ACTIONS
    ctx.split_rows = split_rows
    n_questions = len(assessment.answers)
    n_notes = sum(len(a.note) for a in assessment.answers.values())
    if edition == "owner":
        estimate = 7 + len(evaluation.plan.actions) // 5 + n_questions // 14 + n_notes // 4000
    else:
        estimate = 4
    report = _Report(ctx, progress, estimate)
    report.report_progress(5)
    story = owner_story(ctx, report) if edition == "owner" else partner_story(ctx, report)
    report.report_progress(10)

    title = i18n.t(lang, "doc_title")
    edition_label = i18n.t(lang, "edition_partner_short" if edition == "partner"
                           else "edition_owner_short")
    business = markup.line(assessment.business.name, 200)
    author = _author(ctx)
    buffer = io.BytesIO()
    doc = _Doc(buffer, report,
               title=f"{title} — {business}",
               author=author,
               subject=i18n.t(lang, "subject", edition=edition_label),
               keywords=f"Boussole, {edition}, sha256:{ctx.fingerprint}",
               creator=f"Boussole {ctx.app_version}",
               lang="fr-FR" if lang == "fr" else "en-GB",
               displayDocTitle=1)
    doc.build(story, canvasmaker=lambda *a, **kw: _Canvas(*a, report=report, **kw))
    report.report_progress(95)
    return buffer.getvalue()


def _monotonic(progress: ProgressCallback | None) -> ProgressCallback | None:
    """A callback that never goes backwards (a second layout pass restarts from 10)."""
    if progress is None:
        return None
    last = [-1]

    def call(done: int, total: int) -> None:
        if done > last[0]:
            last[0] = done
            progress(done, total)

    return call


def _author(ctx) -> str:
    a = ctx.assessment
    if ctx.advisor:
        parts = [ctx.advisor.get("name") or "", ctx.advisor.get("organisation") or ""]
    else:
        parts = [a.assessor.name, a.assessor.organisation]
    text = " — ".join(markup.line(p, 120) for p in parts if p and p.strip())
    return text or "Boussole"


def write_report(content, assessment, out: Path, edition: str = "owner", lang: str = "fr",
                 previous=None, advisor: dict | None = None, logo: Path | None = None,
                 progress: ProgressCallback | None = None, app_version: str | None = None,
                 evaluation=None, generated: _dt.date | None = None) -> None:
    """Build the PDF and write it atomically to `out` (temp file in the same folder, rename).

    Any error leaves no file under `out` (an existing one is untouched) and no temporary file.
    """
    out = Path(out)
    if out.is_dir():
        raise ReportError(f"{out} is a folder: give a file name such as {out / 'plan.pdf'}")
    if not out.parent.is_dir():
        raise ReportError(f"folder {out.parent} does not exist: create it or choose another place")
    data = build_report_bytes(content, assessment, edition=edition, lang=lang,
                              previous=previous, advisor=advisor, logo=logo, progress=progress,
                              app_version=app_version, evaluation=evaluation,
                              generated=generated)
    try:
        atomic_write_bytes(out, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReportError(f"cannot write {out}: {reason}; check that the disk has room and that "
                          f"the folder can be written to") from None
    if progress is not None:
        progress(100, 100)


__all__ = ["ReportError", "build_report_bytes", "write_report", "EDITIONS", "INFO_KEY"]
