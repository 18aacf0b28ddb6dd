"""The PDF action plan: owner edition (everything) and partner edition (for a bank or insurer).

Entry points:
    write_report(content, assessment, out, edition="owner", lang="fr", previous=None,
                 advisor=None, logo=None, progress=None, app_version=None) -> None
    build_report_bytes(content, assessment, edition=..., ...) -> bytes

This module checks the request, builds the context (reports.context.Ctx), has the sections
(reports.sections) make the story and the layout (reports.layout) lay it out and number it.
"""
from __future__ import annotations

import datetime as _dt
import io
import threading
from functools import cache
from pathlib import Path
from typing import Mapping

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image
from reportlab.platypus.doctemplate import LayoutError

from checks.assessment import Assessment
from checks.atomic import atomic_write_bytes
from checks.compare import compare
from checks.content import Content
from checks.evaluation import Evaluation
from checks.scoring import evaluate_assessment
from checks.vocabulary import LANGS
from reports import i18n, markup
from reports.context import Ctx
from reports.fonts import FontError, register_fonts
from reports.layout import INFO_KEY, DocTemplate, Layout, PageCanvas, ProgressCallback
from reports.seal import Seal
from reports.sections import owner_story, partner_story

EDITIONS = ("owner", "partner")
TOC_MIN_ACTIONS = 12  # the owner edition gets a table of contents from this plan size on


class ReportError(Exception):
    """The report cannot be produced; the message says what is wrong and what to do."""


@cache   # reads the installed package's metadata: the same answer for the whole process
def app_version_default() -> str:
    from importlib.metadata import PackageNotFoundError, version  # 15 ms to import: when needed

    try:
        return version("boussole")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "dev"


def _logo_flowable(logo: Path | str | None) -> Image | None:
    if logo is None:
        return None
    path = Path(logo)
    if not path.is_file():
        raise ReportError(f"the logo file {path} does not exist; choose another image or "
                          f"remove the logo")
    try:
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


_ONE_AT_A_TIME = threading.Lock()


def build_report_bytes(content: Content, assessment: Assessment, edition: str = "owner",
                       lang: str = "fr", previous: Assessment | None = None,
                       advisor: Mapping[str, str] | None = None, logo: Path | str | None = None,
                       progress: ProgressCallback | None = None, app_version: str | None = None,
                       evaluation: Evaluation | None = None,
                       generated: _dt.date | None = None, seal: Seal | None = None) -> bytes:
    """The PDF as bytes. Raises ReportError with a message for the user.

    seal: the signature the PDF will carry (reports/seal.py): its block is drawn on the last
    page, where it lands is recorded in it, and the partner figures are attached to it."""
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
        # One report at a time: reportlab's TrueType fonts keep their subsets per document in
        # shared state, and two threads laying out at once corrupted it (IndexError in
        # makeSubset). Layout is pure Python under the GIL, so the lock costs no parallelism.
        with _ONE_AT_A_TIME:
            try:
                return _build(content, assessment, edition, lang, previous, advisor, logo,
                              progress, app_version, evaluation, generated, seal, split_rows=0)
            except LayoutError:
                # A table row taller than a page: lay out again, letting rows split across pages.
                return _build(content, assessment, edition, lang, previous, advisor, logo,
                              progress, app_version, evaluation, generated, seal, split_rows=1)
    except ReportError:
        raise
    except LayoutError as exc:
        raise ReportError(f"the report could not be laid out ({exc}); shorten the longest note "
                          f"or name and try again, and report this problem") from exc
    except Exception as exc:
        raise ReportError(f"the report could not be produced ({type(exc).__name__}: {exc}); "
                          f"please report this problem with the checkup file") from exc


def _build(content: Content, assessment: Assessment, edition: str, lang: str,
           previous: Assessment | None, advisor: Mapping[str, str] | None,
           logo: Path | str | None, progress: ProgressCallback | None, app_version: str | None,
           evaluation: Evaluation | None, generated: _dt.date | None, seal: Seal | None,
           split_rows: int) -> bytes:
    if evaluation is None:
        evaluation = evaluate_assessment(content, assessment)
    ctx = Ctx(content=content, assessment=assessment, evaluation=evaluation, lang=lang,
              edition=edition,
              comparison=compare(content, previous, assessment) if previous is not None else None,
              advisor=advisor, logo=_logo_flowable(logo),
              app_version=app_version or app_version_default(),
              generated=generated or _dt.date.today(), fingerprint=assessment.fingerprint(),
              toc=edition == "owner" and len(evaluation.plan.actions) >= TOC_MIN_ACTIONS,
              split_rows=split_rows, seal=seal)
    if seal is not None and edition == "partner":
        seal.attach_figures(ctx)   # before the story: the pages print the figures' SHA-256
    n_questions = len(assessment.answers)
    n_notes = sum(len(a.note) for a in assessment.answers.values())
    if edition == "owner":
        estimate = 7 + len(evaluation.plan.actions) // 5 + n_questions // 14 + n_notes // 4000
    else:
        estimate = 4
    layout = Layout(ctx, progress, estimate)
    layout.report_progress(5)
    story = owner_story(ctx, layout.toc) if edition == "owner" else partner_story(ctx)
    layout.report_progress(10)

    title = i18n.t(lang, "doc_title")
    edition_label = i18n.t(lang, "edition_partner_short" if edition == "partner"
                           else "edition_owner_short")
    business = markup.line(assessment.business.name, 200)
    buffer = io.BytesIO()
    doc = DocTemplate(buffer, layout,
                      title=f"{title} — {business}",
                      author=_author(ctx),
                      subject=i18n.t(lang, "subject", edition=edition_label),
                      keywords=f"Boussole, {edition}, sha256:{ctx.fingerprint}",
                      creator=f"Boussole {ctx.app_version}",
                      lang="fr-FR" if lang == "fr" else "en-GB",
                      displayDocTitle=1)
    doc.build(story, canvasmaker=lambda *a, **kw: PageCanvas(*a, layout=layout, **kw))
    layout.report_progress(95)
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


def _author(ctx: Ctx) -> str:
    a = ctx.assessment
    if ctx.advisor:
        parts = [ctx.advisor.get("name") or "", ctx.advisor.get("organisation") or ""]
    else:
        parts = [a.assessor.name, a.assessor.organisation]
    text = " — ".join(markup.line(p, 120) for p in parts if p and p.strip())
    return text or "Boussole"


def write_report(content: Content, assessment: Assessment, out: Path | str,
                 edition: str = "owner", lang: str = "fr", previous: Assessment | None = None,
                 advisor: Mapping[str, str] | None = None, logo: Path | str | None = None,
                 progress: ProgressCallback | None = None, app_version: str | None = None,
                 evaluation: Evaluation | None = None, generated: _dt.date | None = None) -> None:
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
