"""What the report says about the signature it will carry, before it is signed (the "seal").

desktop/report_job.py signs every report (reports.signing.sign_pdf, pyHanko). Signing comes
after the PDF is laid out, but the visible block on the last page has to say who signs, when and
with which certificate, and the partner edition has to print the SHA-256 of the figures it
carries. So the job builds a Seal first, from the identity (reports.signing.signature_block):
the layout prints it, records where the block landed (`placement`, for the signature field's
clickable area) and, for the partner edition, the figures the pages were built from
(`attach_figures`, from the same evaluation and comparison as the pages). No pyHanko here.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass

from checks.partner_figures import FIGURES_FILE, figures_bytes, partner_figures


@dataclass
class Seal:
    signer: str                     # "Boulangerie Martin" or "Claire Dupont, CCI Lyon"
    signed_at: _dt.datetime         # aware, whole seconds: the same value goes to sign_pdf
    fingerprint_display: str       # "AB:CD:…" of the certificate
    self_signed: bool               # no authority vouches for the name
    issuer: str                     # the authority, when there is one
    figures_name: str = FIGURES_FILE
    figures: bytes | None = None    # set by attach_figures (partner edition)
    page: int | None = None         # set while the last page is laid out: page index (0-based)
    box: tuple[float, float, float, float] | None = None   # and the block's box, PDF points

    @classmethod
    def from_block(cls, block) -> "Seal":
        """From a reports.signing.SignatureBlock."""
        return cls(signer=block.signer, signed_at=block.signed_at,
                   fingerprint_display=block.fingerprint_display,
                   self_signed=block.self_signed, issuer=block.issuer)

    @property
    def figures_sha256(self) -> str | None:
        return hashlib.sha256(self.figures).hexdigest() if self.figures is not None else None

    def attach_figures(self, ctx) -> None:
        """The partner figures of what the pages show (reports.context.Ctx)."""
        self.figures = figures_bytes(partner_figures(
            ctx.content, ctx.assessment, ctx.evaluation, generated=ctx.generated,
            app_version=ctx.app_version, lang=ctx.lang, advisor=ctx.advisor,
            comparison=ctx.comparison))

    def placed(self, page_index: int, box: tuple[float, float, float, float]) -> None:
        self.page, self.box = page_index, box
