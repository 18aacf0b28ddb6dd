"""A signed report: the PDF laid out with its signature block, then signed (PAdES B-B) with the
partner figures attached.

    build_signed_report(content, assessment, identity, *, edition, lang, ..., signing_time)
        -> bytes

reports.pdf lays out the pages with a Seal (reports/seal.py) naming the signer, the time and
the certificate's fingerprint, and, for the partner edition, the figures' SHA-256; then
reports.signing.sign_pdf embeds the figures and signs the whole file, with the same time and the
signature field placed over the drawn block. Imported only when a report is made: it loads
pyHanko (about half a second), which the app never loads at start.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Mapping

from checks.assessment import Assessment
from checks.content import Content
from reports import i18n
from reports.layout import ProgressCallback
from reports.pdf import ReportError, build_report_bytes
from reports.seal import Seal
from reports.signing import (Attachment, BlockPlacement, PdfSigningError, sign_pdf,
                             signature_block)
from reports.signing_identity import SigningIdentity


def build_signed_report(content: Content, assessment: Assessment, identity: SigningIdentity, *,
                        edition: str = "owner", lang: str = "fr",
                        previous: Assessment | None = None,
                        advisor: Mapping[str, str] | None = None,
                        logo: Path | str | None = None,
                        progress: ProgressCallback | None = None,
                        app_version: str | None = None, generated: _dt.date | None = None,
                        signing_time: _dt.datetime | None = None) -> bytes:
    """The report, signed by `identity`. Raises ReportError with a message for the user."""
    when = signing_time or _dt.datetime.now().astimezone()
    seal = Seal.from_block(signature_block(identity, when))
    pdf = build_report_bytes(content, assessment, edition=edition, lang=lang, previous=previous,
                             advisor=advisor, logo=logo, progress=progress,
                             app_version=app_version, generated=generated or when.date(),
                             seal=seal)
    attachments = []
    if seal.figures is not None:
        attachments.append(Attachment(seal.figures_name, seal.figures,
                                      description=i18n.t(lang, "sig_figures",
                                                         name=seal.figures_name)))
    placement = (BlockPlacement(seal.page, seal.box)
                 if seal.page is not None and seal.box is not None else None)
    edition_label = i18n.t(lang, "edition_partner_short" if edition == "partner"
                           else "edition_owner_short")
    try:
        return sign_pdf(pdf, identity, reason=i18n.t(lang, "sig_reason", edition=edition_label),
                        attachments=attachments, signing_time=seal.signed_at, block=placement)
    except PdfSigningError as exc:
        raise ReportError(str(exc)) from exc
