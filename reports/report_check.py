"""Check a Boussole PDF with nothing else: its signature, and the figures it carries.

    check_report(pdf_bytes) -> ReportCheck

The signature (reports.signature_check.read_signed_pdf, pyHanko's validation, offline) must be
valid and cover the whole file. The partner edition also carries its figures as an attached
JSON file (checks/partner_figures.py) and prints that file's SHA-256 on its last page; both are
read from the revision the signature covers, and must agree: then the figures a program reads
are the ones printed on the pages a person reads, and the signer vouches for both. The figures
must also name the checkup whose fingerprint the document carries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.partner_figures import FIGURES_FILE, read_figures
from reports.signature_check import (INVALID, UNSIGNED, VALID, SignatureCheck, UnreadablePdf,
                                     read_signed_pdf)
from reports.verify import read_fingerprint

PRINTED = re.compile(rb"sha256:([0-9a-f]{64})")

__all__ = ["ReportCheck", "UnreadablePdf", "check_report"]


@dataclass(frozen=True)
class ReportCheck:
    signature: SignatureCheck
    figures: dict | None = None            # the attached figures, parsed, when they check out
    figures_bytes: bytes | None = None
    figures_sha256: str | None = None
    printed_sha256: tuple[str, ...] = ()   # the figures' digests printed on the signed pages
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.signature.status == VALID and not self.problems

    def lines(self) -> list[str]:
        """The verdict, then the signer, then the figures, one fact a line (English)."""
        out = self.signature.summary_lines()
        if self.signature.status in (UNSIGNED, INVALID) and self.figures is None:
            return out + [f"  - {p}" for p in self.problems]
        if self.figures_sha256 is None and not self.problems:
            out.append("No figures attached: this is the full edition, or a document without "
                       "machine-readable figures.")
        elif not self.problems:
            out.append(f"Figures: the attached {FIGURES_FILE} is the one whose SHA-256 is "
                       f"printed on the signed pages ({self.figures_sha256}).")
        else:
            out.append("FIGURES DO NOT CHECK OUT:")
            out += [f"  - {p}" for p in self.problems]
        return out


def _page_streams(reader, revision: int):
    """The decoded content streams of every page of `revision`."""
    root = reader.get_historical_resolver(revision).root

    def walk(node, depth=0):
        if depth > 32:   # a hostile file could make the page tree cyclic
            return
        kids = node.get("/Kids")
        if kids is not None:
            for kid in kids.get_object():
                yield from walk(kid.get_object(), depth + 1)
            return
        contents = node.get("/Contents")
        if contents is None:
            return
        contents = contents.get_object()
        for stream in (contents if isinstance(contents, list) else [contents]):
            yield stream.get_object().data

    yield from walk(root["/Pages"].get_object())


def printed_digests(pdf_bytes: bytes, revision: int | None = None) -> tuple[str, ...]:
    """The 'sha256:<hex>' digests printed on the pages (of `revision`; the last by default)."""
    from reports.signature_check import _read

    reader = _read(pdf_bytes)
    if revision is None:
        revision = reader.xrefs.total_revisions - 1
    found: list[str] = []
    for data in _page_streams(reader, revision):
        for match in PRINTED.findall(data):
            if match.decode("ascii") not in found:
                found.append(match.decode("ascii"))
    return tuple(found)


def check_report(pdf_bytes: bytes) -> ReportCheck:
    """Signature and attached figures of a Boussole PDF; UnreadablePdf if it is no PDF."""
    signature = read_signed_pdf(pdf_bytes)
    if signature.status == UNSIGNED:
        return ReportCheck(signature)
    attached = signature.attachment(FIGURES_FILE)
    try:
        from reports.signature_check import _read

        reader = _read(pdf_bytes)
        revision = (reader.embedded_regular_signatures[0].signed_revision
                    if signature.signature_count else reader.xrefs.total_revisions - 1)
        printed = printed_digests(pdf_bytes, revision)
    except Exception as exc:  # noqa: BLE001 - a malformed page tree in untrusted bytes
        return ReportCheck(signature, problems=(f"the pages cannot be read ({exc})",))
    if attached is None:
        problems = (("the pages print the SHA-256 of attached figures, but no figures are "
                     "attached"),) if printed else ()
        return ReportCheck(signature, printed_sha256=printed, problems=problems)
    problems: list[str] = []
    if not printed:
        problems.append(f"{FIGURES_FILE} is attached, but its SHA-256 is printed on no page")
    elif attached.sha256 not in printed or len(printed) > 1:
        problems.append(f"the attached {FIGURES_FILE} (SHA-256 {attached.sha256}) is not the "
                        f"one printed on the pages ({', '.join(printed)})")
    figures = None
    try:
        figures = read_figures(attached.data)
    except ValueError as exc:
        problems.append(str(exc))
    if figures is not None:
        stated = (figures.get("document") or {}).get("assessment_fingerprint")
        carried = read_fingerprint(pdf_bytes)
        if carried and stated != carried:
            problems.append("the attached figures are not those of the checkup this document "
                            "was made from (checkup fingerprints differ)")
    return ReportCheck(signature, figures=figures if not problems else None,
                       figures_bytes=attached.data, figures_sha256=attached.sha256,
                       printed_sha256=printed, problems=tuple(problems))
