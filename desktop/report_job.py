"""One report: a request (which checkup, edition, language, the previous checkup to show
progress against, the advisor, the logo, where to write) -> the PDF built -> written atomically.

The app's export (ui/export_dialog.py, in a worker thread: ui/workers.py) and
`boussole-cli report` both call `run_report`, so the same checkup with the same options gives
the same PDF from either. The rules of what goes in live here once:

- the checkup is rendered with the checklist version it was answered with (an archived one
  when it is older), and so is the previous checkup it is compared with; questions that changed
  meaning between the two versions are listed as not comparable, never matched;
- the advisor's name, organisation and logo appear when an advisor ran the checkup or the app
  is in advisor mode, and only what is filled in (a logo only if its file is there);
- every report is signed (reports/signed_report.py, PAdES B-B): by the data folder's identity
  (desktop/signing_keys.py: the advisor's own certificate, else one naming the advisor and
  organisation, or the business when the owner ran it alone), or, for a request with no data
  folder, by a certificate held in memory for this process only. The partner edition carries its figures
  as an attached JSON file that the signature covers.

No Qt here; reportlab and pyHanko are imported only when a report is built.
"""
from __future__ import annotations

import copy
import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from checks.assessment import Assessment
from desktop.errors import StoreError

if TYPE_CHECKING:
    from checks.content import Content
    from desktop.open_checkup import OpenCheckup
    from desktop.signing_keys import FolderSigning
    from reports.signing_identity import SigningIdentity

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportRequest:
    """Everything a report depends on besides the content and the day it is made."""

    assessment: Assessment
    out: Path
    edition: str = "owner"                    # "owner" (everything) or "partner" (for a bank)
    lang: str = "fr"                          # "fr" or "en"
    previous: Assessment | None = None        # an earlier checkup of the same business
    advisor: dict | None = None               # {"name", "organisation"} shown as the author
    logo: Path | None = None                  # the advisor's logo (PNG or JPEG)
    signing: FolderSigning | None = None      # the folder's identities (None: in memory)


def advisor_for(assessment: Assessment, advisor_mode: bool,
                profile: dict) -> tuple[dict | None, Path | None]:
    """(advisor, logo) for the report from the advisor profile (name, organisation,
    logo_path): only when an advisor ran the checkup or the app is in advisor mode."""
    if assessment.assessor.role != "advisor" and not advisor_mode:
        return None, None
    advisor = None
    if profile.get("name") or profile.get("organisation"):
        advisor = {"name": profile.get("name", ""),
                   "organisation": profile.get("organisation", "")}
    logo_path = profile.get("logo_path") or ""
    logo = Path(logo_path) if logo_path and Path(logo_path).is_file() else None
    return advisor, logo


def request_for(checkup: OpenCheckup, out: str | os.PathLike, *, edition: str,
                lang: str) -> ReportRequest:
    """The request for a checkup of the store (the app's export). The assessment is a copy, so
    the report can be built in another thread while the person goes on answering."""
    assessment = copy.deepcopy(checkup.assessment())
    try:
        previous = checkup.previous()
    except StoreError:   # an unreadable previous checkup only loses the comparison
        previous = None
    checkups = checkup.checkups
    advisor, logo = advisor_for(assessment, checkups.settings.get("advisor_mode"),
                                checkups.advisor())
    from desktop.signing_keys import FolderSigning

    return ReportRequest(assessment, Path(out), edition, lang, previous, advisor, logo,
                         FolderSigning.for_workspace(checkups.workspace))


def signer_names(assessment: Assessment, advisor: dict | None) -> tuple[str, str | None]:
    """(name, organisation) a created certificate states: the advisor and their organisation
    when an advisor ran the checkup, else the business."""
    from checks.partner_figures import run_by

    who = run_by(assessment, advisor)
    if who["role"] == "advisor":
        return who["name"] or who["organisation"], who["organisation"] or None
    return assessment.business.name, None


def signing_identity(request: ReportRequest) -> SigningIdentity:
    """Who signs this report (see the module's docstring)."""
    name, organisation = signer_names(request.assessment, request.advisor)
    if request.signing is not None:
        return request.signing.identity(name, organisation)
    from desktop.signing_keys import session_identity

    return session_identity(name, organisation)


def run_report(content: Content, request: ReportRequest, *, progress: Progress | None = None,
               app_version: str | None = None) -> Path:
    """Build the PDF and write it to `request.out` atomically; returns the path written.

    `content` is today's checklist (or the assessment's own version): a checkup answered with an
    archived version is rendered with that version.

    The target is checked before the (slow) build: desktop.output_target.TargetRefused (an
    OSError) for a data folder's own file, a device or a pipe; OSError with errno EISDIR
    (`out` is a folder), ENOENT or ENOTDIR (its folder is missing), EACCES (the folder is not
    writable), and the writer's own OSError (ENOSPC: disk full...), each naming `out` as its
    filename. reports.pdf.ReportError when the report cannot be made. On any failure no
    partial file is left and an existing file at `out` is untouched.
    """
    from checks.atomic import atomic_write_bytes
    from reports.signed_report import build_signed_report

    from checks.content_versions import content_of

    out = Path(request.out)
    _check_target(out)
    content = content_of(request.assessment.content_version, content)
    previous = request.previous
    if previous is not None and not _readable(previous, content):
        previous = None   # a checklist this Boussole does not have: no honest comparison
    data = build_signed_report(content, request.assessment, _identity(request),
                               edition=request.edition, lang=request.lang, previous=previous,
                               advisor=request.advisor, logo=request.logo, progress=progress,
                               app_version=app_version)
    atomic_write_bytes(out, data)
    if progress is not None:
        progress(100, 100)
    return out


def _identity(request: ReportRequest) -> SigningIdentity:
    from reports.pdf import ReportError

    try:
        return signing_identity(request)
    except OSError as exc:   # the identity file cannot be written: say so, sign nothing
        raise ReportError(f"the signing certificate of the data folder cannot be saved "
                          f"({exc.strerror or exc}); check the disk and try again") from None


def _readable(previous: Assessment, content: Content) -> bool:
    from checks.content_versions import content_of
    from checks.errors import ContentError

    try:
        content_of(previous.content_version, content)
    except ContentError:
        return False
    return True


def _check_target(out: Path) -> None:
    from desktop.output_target import check_output_target

    def refuse(code: int) -> OSError:
        return OSError(code, os.strerror(code), str(out))

    check_output_target(out)   # never over a data folder's files, a device or a pipe
    if out.is_dir():
        raise refuse(errno.EISDIR)
    folder = out.parent
    if not folder.is_dir():
        raise refuse(errno.ENOTDIR if folder.exists() else errno.ENOENT)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise refuse(errno.EACCES)


def __getattr__(name: str):
    # `from desktop.report_job import ReportError` (what run_report raises when the report
    # cannot be made) without importing reportlab with this module.
    if name == "ReportError":
        from reports.pdf import ReportError

        return ReportError
    raise AttributeError(name)


__all__ = ["Progress", "ReportRequest", "advisor_for", "request_for", "run_report",
           "signer_names", "signing_identity"]
