"""Signed PDFs (issue 16): identities, PAdES signing with attachments, offline validation.

Every verdict here comes from pyHanko's own validation (reports.signature_check), on small PDFs
made with reportlab; pypdf, a second PDF library, checks what another reader sees.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import socket
import sys

import pypdf
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from reports import signature_check as check
from reports import signing_identity as ids
from reports.signing import Attachment, BlockPlacement, PdfSigningError, sign_pdf, signature_block
from tests.signing_helpers import FIGURES, PASSWORD, WHEN, issue, make_ca, make_pdf, p12, signed


@pytest.fixture(scope="module")
def owner() -> ids.SigningIdentity:
    return ids.create_identity("Boulangerie Éloïse", now=WHEN)  # valid at the signing time used


@pytest.fixture(scope="module")
def ca():
    return make_ca()


@pytest.fixture(scope="module")
def advisor(ca):
    key, cert = issue(ca, "Claire Dupont", "CCI Test Rhône")
    return ids.load_pkcs12(p12(key, cert, [ca[1]]), PASSWORD)


# --- signing and validating ---------------------------------------------------------------

def test_intact_signed_pdf_is_valid_and_says_who_when_and_what(owner):
    result = check.read_signed_pdf(signed(owner, location="Lyon"))
    assert result.status == check.VALID and result.ok
    assert result.intact and result.signature_valid and result.covers_whole_file
    assert result.later_changes is None and result.problems == ()
    assert result.signer == "Boulangerie Éloïse" and result.self_signed
    assert result.identity == check.SELF_STATED and result.trust_anchor is None
    assert result.fingerprint == owner.fingerprint
    assert result.fingerprint == hashlib.sha256(
        owner.certificate.public_bytes(serialization.Encoding.DER)).hexdigest()
    assert result.signing_time == WHEN and result.certificate_valid_at_signing
    assert result.reason == "Rapport Boussole, édition partenaire"
    assert result.location == "Lyon" and result.signature_count == 1
    lines = "\n".join(result.summary_lines())
    assert "not vouched for by an authority" in lines and owner.fingerprint[:2].upper() in lines


def test_attachment_is_extracted_identical_and_other_readers_see_it(owner):
    data = signed(owner)
    result = check.read_signed_pdf(data)
    attached = result.attachment("boussole-figures.json")
    assert attached.data == FIGURES and attached.mime_type == "application/json"
    assert attached.description == "Chiffres du rapport"
    assert attached.sha256 == hashlib.sha256(FIGURES).hexdigest()
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.attachments == {"boussole-figures.json": [FIGURES]}
    assert len(reader.pages) == 2
    root = reader.trailer["/Root"]
    assert root["/AF"][0].get_object()["/AFRelationship"] == "/Data"
    assert root.get("/Version") != "/2.0"  # the associated file does not make it PDF 2.0


def test_one_byte_changed_in_the_signed_range_is_invalid(owner):
    data = bytearray(signed(owner))
    at = data.index(b"Bonjour page 1")
    start, length = _byte_range(bytes(data))[:2]
    assert start <= at < start + length  # the page text is inside the signed bytes
    data[at] = ord("b")
    result = check.read_signed_pdf(bytes(data))
    assert result.status == check.INVALID and not result.intact and not result.ok
    assert "changed after signing" in result.problems[0]


def test_damaged_signature_value_is_invalid(owner):
    data = bytearray(signed(owner))
    first_len, second_start = _byte_range(bytes(data))[1:3]
    contents = bytes(data[first_len:second_start])
    # the RSA signature value sits at the end of the CMS, before the zero padding
    end = first_len + len(contents.rstrip(b"0>")) - 10
    data[end] = ord("0") if data[end] != ord("0") else ord("1")
    result = check.read_signed_pdf(bytes(data))
    assert result.status == check.INVALID and not result.ok


def _byte_range(data: bytes) -> list[int]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    field = next(f for f in reader.get_fields().values() if f.get("/FT") == "/Sig")
    return [int(v) for v in field["/V"]["/ByteRange"]]


def _append(data: bytes, change) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_annotation(writer):
    page_ref, _ = writer.find_page_for_modification(0)
    annot = generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
        generic.pdf_name("/Rect"): generic.ArrayObject(map(generic.NumberObject,
                                                            (10, 10, 40, 40))),
        generic.pdf_name("/Contents"): generic.pdf_string("Score corrigé : 95/100"),
    })
    writer.register_annotation(page_ref, writer.add_object(annot))


def _add_page(writer):
    writer.insert_page(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Page"),
        generic.pdf_name("/MediaBox"): generic.ArrayObject(map(generic.NumberObject,
                                                                (0, 0, 595, 842))),
    }))


@pytest.mark.parametrize("change", [_add_annotation, _add_page])
def test_annotation_or_page_added_after_signing_is_reported_modified(owner, change):
    result = check.read_signed_pdf(_append(signed(owner), change))
    assert result.status == check.MODIFIED and not result.ok
    assert result.intact and result.signature_valid and not result.covers_whole_file
    assert result.later_changes
    assert "MODIFIED after signing" in result.summary_lines()[0]
    assert any("not allowed by the signer" in p for p in result.problems)
    assert result.signer == "Boulangerie Éloïse"  # still says who signed the intact part


def test_attachment_swapped_after_signing_is_not_returned_as_signed(owner):
    def swap(writer):
        spec_ref = writer.root["/Names"]["/EmbeddedFiles"]["/Names"].raw_get(1)
        forged = generic.StreamObject({generic.pdf_name("/Type"): generic.pdf_name(
            "/EmbeddedFile")}, stream_data=b'{"score": 99}')
        spec_ref.get_object()["/EF"] = generic.DictionaryObject(
            {generic.pdf_name("/F"): writer.add_object(forged)})
        writer.mark_update(spec_ref)

    data = _append(signed(owner), swap)
    assert pypdf.PdfReader(io.BytesIO(data)).attachments["boussole-figures.json"] == \
        [b'{"score": 99}']  # what a plain reader now shows
    result = check.read_signed_pdf(data)
    assert result.status == check.MODIFIED
    assert result.attachment("boussole-figures.json").data == FIGURES


def test_certificate_from_a_test_ca_names_the_signer_and_chains_to_that_ca(ca, advisor):
    data = signed(advisor)
    vouched = check.read_signed_pdf(data, trust_roots=[ca[1]])
    assert vouched.status == check.VALID and vouched.identity == check.AUTHORITY
    assert vouched.signer == "Claire Dupont, CCI Test Rhône"
    assert vouched.signer_name == "Claire Dupont" and vouched.organisation == "CCI Test Rhône"
    assert "Boussole Test CA" in vouched.trust_anchor and not vouched.self_signed
    assert "certified by" in "\n".join(vouched.summary_lines())
    # without the CA the integrity verdict stands, the name is only self-stated
    alone = check.read_signed_pdf(data)
    assert alone.status == check.VALID and alone.identity == check.SELF_STATED
    assert alone.issuer == "Boussole Test CA" and alone.trust_problem is None
    # another authority does not vouch for it, and the result says why
    stranger = check.read_signed_pdf(data, trust_roots=[make_ca("Other CA")[1]])
    assert stranger.identity == check.SELF_STATED and stranger.trust_problem
    # a certificate given as PEM works as well
    pem = ca[1].public_bytes(serialization.Encoding.PEM)
    assert check.read_signed_pdf(data, trust_roots=[pem]).identity == check.AUTHORITY


def test_the_issuing_chain_travels_in_the_signature(ca, advisor):
    assert [c.subject for c in advisor.chain] == [ca[1].subject]
    block = signature_block(advisor, WHEN)
    assert block.issuer == "Boussole Test CA" and not block.self_signed


def test_ec_key_from_pkcs12_signs_too(ca):
    key, cert = issue(ca, "Marc Petit", "Expert-comptable", key=ec.generate_private_key(
        ec.SECP256R1()))
    identity = ids.load_pkcs12(p12(key, cert, [ca[1]]), PASSWORD)
    result = check.read_signed_pdf(signed(identity), trust_roots=[ca[1]])
    assert result.ok and result.identity == check.AUTHORITY


def test_same_input_and_time_give_the_same_bytes(owner):
    assert signed(owner) == signed(owner)
    later = signed(owner, signing_time=WHEN + dt.timedelta(seconds=1))
    assert later != signed(owner)
    assert check.read_signed_pdf(later).signing_time == WHEN + dt.timedelta(seconds=1)


def test_signature_block_matches_what_validation_reads_back(owner):
    block = signature_block(owner, WHEN.replace(microsecond=123456))
    assert block.signed_at == WHEN  # whole seconds, as a PDF date holds them
    result = check.read_signed_pdf(signed(owner, signing_time=block.signed_at))
    assert (block.signer, block.fingerprint) == (result.signer, result.fingerprint)
    assert block.signed_at == result.signing_time
    assert block.fingerprint_display == result.fingerprint_display
    assert len(block.fingerprint_display) == 95 and block.self_signed


def test_block_placement_puts_the_clickable_field_over_the_drawn_block(owner):
    data = signed(owner, pdf=make_pdf(3), block=BlockPlacement(-1, (56.7, 40, 538.6, 110.2)))
    reader = pypdf.PdfReader(io.BytesIO(data))
    widgets = [a.get_object() for a in reader.pages[-1].get("/Annots", [])]
    assert [w["/FT"] for w in widgets] == ["/Sig"]
    assert [float(v) for v in widgets[0]["/Rect"]] == [57, 40, 539, 110]
    assert "/Annots" not in reader.pages[0]
    assert check.read_signed_pdf(data).ok


def test_signing_time_needs_a_time_zone(owner):
    with pytest.raises(ValueError, match="time zone"):
        signed(owner, signing_time=dt.datetime(2026, 12, 1, 10, 30))


def test_already_signed_pdf_is_refused(owner):
    with pytest.raises(PdfSigningError, match="already signed"):
        signed(owner, pdf=signed(owner))


def test_damaged_input_gives_a_clear_signing_error(owner):
    with pytest.raises(PdfSigningError, match="could not be signed"):
        sign_pdf(b"%PDF-1.4\n garbage", owner, reason="r")


@pytest.mark.parametrize("name", ["../etc/passwd", "", "a/b.json", "x\x00.json"])
def test_attachment_names_must_be_plain_file_names(owner, name):
    with pytest.raises(ValueError, match="plain file name"):
        signed(owner, attachments=[Attachment(name, b"{}")])


def test_unsigned_and_unreadable_files(owner):
    assert check.read_signed_pdf(make_pdf()).status == check.UNSIGNED
    assert check.read_signed_pdf(make_pdf()).summary_lines() == [
        "Not signed: this PDF carries no signature."]
    for junk in (b"", b"hello", FIGURES, b"%PDF-1.7\n" + bytes(range(256)) * 4):
        with pytest.raises(check.UnreadablePdf):
            check.read_signed_pdf(junk)


def test_signed_boussole_report_still_verifies_against_its_assessment(owner, tmp_path):
    from checks.content_loader import load_content
    from reports.pdf import build_report_bytes
    from reports.verify import verify_pdf
    from tests.factories import make_assessment

    content = load_content()
    assessment = make_assessment(content, "worst")
    pdf = build_report_bytes(content, assessment, edition="partner",
                             generated=dt.date(2026, 12, 1))
    path = tmp_path / "partner.pdf"
    path.write_bytes(signed(owner, pdf=pdf))
    assert verify_pdf(path, assessment)[0], verify_pdf(path, assessment)[1]
    assert check.read_signed_pdf(path.read_bytes()).ok


# --- no network ---------------------------------------------------------------------------

_GUARD = {"on": False, "seen": []}


def _no_network(event, args):
    if not _GUARD["on"] or not event.startswith("socket."):
        return
    _GUARD["seen"].append((event, args[1] if event == "socket.__new__" else None))
    # asyncio's event loop (pyHanko runs one) wakes itself through a local AF_UNIX socket
    # pair; anything else is an attempt to reach a network.
    if event == "socket.__new__" and args[1] == socket.AF_UNIX:
        return
    raise AssertionError(f"network access during signing or validation: {event} {args!r}")


sys.addaudithook(_no_network)  # audit hooks cannot be removed: it is idle unless switched on


def test_signing_and_validating_open_no_network_socket(ca, advisor):
    data = None
    _GUARD["on"], _GUARD["seen"] = True, []
    try:
        identity = ids.create_identity("Coiffure Ô Naturel")
        data = signed(identity)
        result = check.read_signed_pdf(data)
        vouched = check.read_signed_pdf(signed(advisor), trust_roots=[ca[1]])
    finally:
        _GUARD["on"] = False
    assert result.ok and vouched.identity == check.AUTHORITY
    assert all(family == socket.AF_UNIX for event, family in _GUARD["seen"]
               if event == "socket.__new__")
    assert not [e for e, _ in _GUARD["seen"] if e != "socket.__new__"]


def test_the_network_guard_itself_catches_a_connection():
    _GUARD["on"] = True
    try:
        with pytest.raises(AssertionError, match="network access"):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    finally:
        _GUARD["on"] = False
