"""The signature block sits on the same page as the checkup's fingerprint (issue 16): a bank
checking a signed report sees who signed, when, the certificate's fingerprint and the checkup's
fingerprint together, whatever the length of the names; the partner edition no longer asks for
the checkup file to be checked (`boussole-cli verify DOCUMENT.pdf` needs only the PDF).

Real signed reports (reports.signed_report, pyHanko), read back page by page with pypdf.
"""
from __future__ import annotations

import datetime as dt
import io
import re

import pypdf
import pytest

from reports.signed_report import build_signed_report
from reports.signing_identity import create_identity
from tests.factories import make_assessment

WHEN = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
SIGNER = ("Cabinet de conseil Dupont-Martin et Associés, Société d'Expertise Comptable et de "
          "Commissariat aux Comptes")
ADVISOR = {"name": "Marie-Hélène de La Rochefoucauld-Montmorency",
           "organisation": "Chambre de Commerce et d'Industrie Régionale Auvergne-Rhône-Alpes, "
                           "délégation de Clermont-Ferrand et du Puy-de-Dôme"}
HEADING = {"fr": "Empreinte du diagnostic", "en": "Checkup fingerprint"}


@pytest.fixture(scope="module")
def identity():
    return create_identity(SIGNER)


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with all white space removed (pypdf breaks lines where it likes)."""
    return [squeeze(p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("edition,how,lang", [("owner", "worst", "fr"), ("owner", "mixed", "en"),
                                              ("partner", "worst", "fr"),
                                              ("partner", "mixed", "fr"),
                                              ("partner", "best", "en")])
def test_signature_block_shares_the_last_page_with_the_checkup_fingerprint(
        content, identity, edition, how, lang):
    from reports.signing import signature_block

    a = make_assessment(content, how, role="advisor")
    pdf = build_signed_report(content, a, identity, edition=edition, lang=lang, advisor=ADVISOR,
                              signing_time=WHEN)
    pages = pages_text(pdf)
    with_heading = [i for i, text in enumerate(pages) if squeeze(HEADING[lang]) in text]
    assert with_heading, "the checkup fingerprint section is missing"
    page = pages[with_heading[-1]]
    certificate = signature_block(identity, WHEN).fingerprint_display
    assert with_heading[-1] == len(pages) - 1, "the fingerprints are not on the last page"
    assert a.fingerprint() in page                        # the checkup's fingerprint
    assert squeeze(certificate[:47]) in page              # the certificate's, first line
    assert squeeze(SIGNER[:40]) in page                   # who signed


def test_only_the_owner_edition_asks_for_the_checkup_file(content, identity):
    a = make_assessment(content, "mixed")
    texts = {edition: "".join(pages_text(build_signed_report(
        content, a, identity, edition=edition, signing_time=WHEN)))
        for edition in ("owner", "partner")}
    assert "FICHIER.json" in texts["owner"]
    assert "FICHIER.json" not in texts["partner"]
    assert squeeze("boussole-cli verify DOCUMENT.pdf") in texts["partner"]   # the block's own note
