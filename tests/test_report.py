"""The PDF report: content present, editions, metadata, outline, hostile text, atomic write.

The PDFs are parsed back with pypdf. Text is compared with all whitespace removed, because a
PDF's text comes back wrapped at line ends; every "absent" check has a positive control proving
the same needle is found where it should be.
"""
from __future__ import annotations

import datetime as _dt
import io
import os
import re

import pytest

pypdf = pytest.importorskip("pypdf")

from checks import formatting  # noqa: E402
from checks.assessment import Answer, ActionTracking  # noqa: E402
from checks.content import DONT_KNOW, applies  # noqa: E402
from reports import i18n, markup  # noqa: E402
from reports.pdf import ReportError, build_report_bytes, write_report  # noqa: E402
from tests.factories import make_assessment  # noqa: E402

WS = re.compile(r"\s+")
DAY = _dt.date(2026, 11, 26)


def squash(text: str) -> str:
    return WS.sub("", text.replace("\u202f", " ").replace("\u00a0", " "))


def pdf_pages(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text() or "" for page in reader.pages]


def outline_titles(reader) -> list[str]:
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


@pytest.fixture(scope="module")
def mixed(content):
    a = make_assessment(content, "mixed", role="advisor", seed=7)
    a.completed_at = "2026-11-26T16:00:00+01:00"
    return a


@pytest.fixture(scope="module")
def owner_pdf(content, mixed) -> bytes:
    return build_report_bytes(content, mixed, edition="owner", lang="fr", generated=DAY,
                              app_version="9.9.9")


@pytest.fixture(scope="module")
def partner_pdf(content, mixed) -> bytes:
    return build_report_bytes(content, mixed, edition="partner", lang="fr", generated=DAY,
                              app_version="9.9.9")


def _evaluation(content, assessment):
    from checks.scoring import evaluate_assessment

    return evaluate_assessment(content, assessment)


# ---------------------------------------------------------------------------------------------
# Owner edition


def test_owner_edition_holds_the_whole_checkup(content, mixed, owner_pdf):
    pages = pdf_pages(owner_pdf)
    text = squash("\n".join(pages))
    assert 8 <= len(pages) <= 80
    assert squash(mixed.business.name) in text
    assert squash("Claire Dupont") in text and squash("CCI Lyon Métropole") in text
    for module in content.modules:
        assert squash(module.title.fr) in text
    ev = _evaluation(content, mixed)
    assert ev.plan.actions, "a mixed checkup has actions"
    first = content.actions[ev.plan.actions[0].action]
    assert squash(first.title.fr) in text
    assert squash(first.steps[0].fr) in text
    notes = [a.note for a in mixed.answers.values() if a.note]
    assert notes and all(squash(n) in text for n in notes)
    for q in list(content.questions.values())[:5]:
        if applies(q, mixed.profile):
            assert squash(q.text.fr) in text
    assert squash("26 novembre 2026") in text
    assert mixed.fingerprint() in text
    assert "9.9.9" in text


def test_page_numbers_header_and_contents(owner_pdf, mixed):
    pages = pdf_pages(owner_pdf)
    n = len(pages)
    for i, page in enumerate(pages, 1):
        assert f"page {i} / {n}" in page
    assert "Plan d'action" in pages[1] or "Plan d’action" in pages[1]  # running header
    assert "Sommaire" in pages[1]  # a long plan gets a table of contents on page 2
    assert "Synthèse" in pages[1] and "Détail des réponses" in pages[1]


def test_metadata_language_and_outline(content, owner_pdf, mixed):
    reader = pypdf.PdfReader(io.BytesIO(owner_pdf))
    meta = reader.metadata
    assert "Boulangerie Martin" in meta.title
    assert meta.author == "Claire Dupont — CCI Lyon Métropole"
    assert "Édition complète" in meta.subject
    assert meta.get("/BoussoleFingerprint") == mixed.fingerprint()
    assert reader.trailer["/Root"].get("/Lang") == "fr-FR"
    titles = outline_titles(reader)
    for expected in ("Synthèse", "Points critiques", "Plan d'action", "Détail des réponses",
                     "Où trouver de l'aide", "Glossaire", "Méthode et intégrité",
                     *(m.title.fr for m in content.modules)):
        # a bookmark is one plain line: the content's no-break spaces read as spaces there
        assert " ".join(expected.split()) in titles, (expected, titles)


# ---------------------------------------------------------------------------------------------
# Partner edition: nothing that maps the firm's weaknesses


def test_partner_edition_leaks_no_answer_note_or_question(content, mixed, owner_pdf,
                                                           partner_pdf):
    owner = squash("\n".join(pdf_pages(owner_pdf)))
    partner_pages = pdf_pages(partner_pdf)
    partner = squash("\n".join(partner_pages))
    assert len(partner_pages) <= 6
    assert squash(mixed.business.name) in partner
    for module in content.modules:
        assert squash(module.title.fr) in partner
    assert mixed.fingerprint() in partner

    needles = []
    for qid, answer in mixed.answers.items():
        q = content.questions[qid]
        needles.append(q.text.fr)
        if answer.note:
            needles.append(answer.note)
        opt = q.option(answer.option)
        if opt is not None and len(opt.label.fr) >= 25:  # short labels ("Non") are too generic
            needles.append(opt.label.fr)
    ev = _evaluation(content, mixed)
    needles += [content.actions[p.action].title.fr for p in ev.plan.actions]
    assert needles
    for needle in needles:
        assert squash(needle) in owner, f"control: {needle!r} should be in the owner edition"
        assert squash(needle) not in partner, f"partner edition leaks {needle!r}"
    for heading in ("Questions à poser", "Points critiques", "Détail des réponses", "Note :"):
        assert squash(heading) not in partner


def test_partner_edition_has_plan_budget_and_metadata(content, mixed, partner_pdf):
    reader = pypdf.PdfReader(io.BytesIO(partner_pdf))
    assert "Édition partenaire" in reader.metadata.subject
    text = squash("\n".join(pdf_pages(partner_pdf)))
    assert squash("Budget estimé") in text
    ev = _evaluation(content, mixed)
    total_low = sum(t.cost_low for t in ev.plan.totals)
    total_high = sum(t.cost_high for t in ev.plan.totals)
    assert squash(formatting.money_range(total_low, total_high, "fr")) in text
    assert "Plan d'action" in outline_titles(reader)


# ---------------------------------------------------------------------------------------------
# Languages and formats


def test_english_edition_dates_and_amounts(content, mixed):
    data = build_report_bytes(content, mixed, edition="owner", lang="en", generated=DAY)
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "26 November 2026" in text
    assert re.search(r"€\d{1,3}(,\d{3})*", text)
    assert "Action plan" in outline_titles(reader)
    assert reader.trailer["/Root"].get("/Lang") == "en-GB"
    assert "novembre" not in text


def test_french_amounts_use_narrow_spaces(content, mixed, owner_pdf):
    text = "\n".join(pdf_pages(owner_pdf))
    assert re.search(r"\d[\u202f ]\d{3}[\u00a0 ]€", text)


# ---------------------------------------------------------------------------------------------
# What users type is text, never markup, and cannot break the layout


HOSTILE_NAME = '<b>&amp;"</b> <script>alert(1)</script> L\'Atelier « œ € » 😀 ✂'


def _hostile(content):
    a = make_assessment(content, "mixed", name=HOSTILE_NAME, seed=3)
    qids = list(a.answers)
    long_word = "Anticonstitutionnellement" * 200  # 5,000 characters, no break
    long_note = "\n".join(f"Ligne {i} : le <serveur> & la \"box\" — 😀 ligne longue " * 4
                          for i in range(60))[:10_000]
    a.answers[qids[0]] = Answer(a.answers[qids[0]].option, long_word)
    a.answers[qids[1]] = Answer(a.answers[qids[1]].option, long_note)
    a.answers[qids[2]] = Answer(a.answers[qids[2]].option, '<para><font size="80">X</font>\x00\x07'
                                                           '</para> &lt; &#169; ]]>')
    a.assessor.name = "<i>Jean</i> & Fils" + "x" * 3000
    ev = _evaluation(content, a)
    if ev.plan.actions:
        a.actions[ev.plan.actions[0].action] = ActionTracking("in_progress", "Zoë <admin>" * 50,
                                                              "2026-12-31", "n" * 5000)
    return a, long_word, long_note


@pytest.mark.parametrize("edition", ["owner", "partner"])
def test_hostile_text_is_shown_literally_and_cannot_break_the_export(content, edition):
    a, long_word, long_note = _hostile(content)
    data = build_report_bytes(content, a, edition=edition, lang="fr", generated=DAY)
    pages = pdf_pages(data)
    text = squash("\n".join(pages))
    assert squash('<b>&amp;"</b>') in text
    assert squash("<script>alert(1)</script>") in text
    assert squash("« œ € »") in text
    assert markup.FALLBACK_CHAR in text  # the emoji the font lacks shows as a box, no crash
    if edition == "owner":
        assert long_word[:60] in text
        assert squash('<para><font size="80">X</font>') in text
        assert squash("&lt; &#169; ]]>") in text
        assert squash("Ligne 44 : le <serveur> & la \"box\"") in text
        assert len(pages) < 80
    else:
        assert long_word[:60] not in text
        assert "serveur" not in text


def test_a_table_row_taller_than_a_page_is_split(content, monkeypatch):
    import reports.sections.plan

    monkeypatch.setattr(reports.sections.plan, "CELL_TEXT_MAX", 100_000)
    a = make_assessment(content, "worst", seed=2)
    ev = _evaluation(content, a)
    aid = ev.plan.actions[0].action
    a.actions[aid] = ActionTracking("todo", "", "", "Suivi détaillé. " * 1200)
    calls = []
    data = build_report_bytes(content, a, progress=lambda d, t: calls.append(d))
    text = squash("\n".join(pdf_pages(data)))
    assert text.count(squash("Suivi détaillé.")) >= 1000
    assert calls == sorted(calls) and calls[-1] == 95


def test_markup_helper():
    assert markup.para('a <b> & "c"') == "a &lt;b&gt; &amp; &quot;c&quot;"
    assert markup.para("one\r\ntwo\nthree") == "one<br/>two<br/>three"
    assert markup.para("bell\x07null\x00") == "bellnull"
    assert markup.para("😀😀 ok") == f"{markup.FALLBACK_CHAR} ok"
    assert markup.para("abcdef", max_chars=4) == "abc…"
    assert markup.para(None) == ""


# ---------------------------------------------------------------------------------------------
# Advisor, logo, progress, previous checkup


def test_advisor_logo_and_progress(content, mixed, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (15, 124, 128)).save(logo)
    calls = []
    out = tmp_path / "plan.pdf"
    write_report(content, mixed, out, advisor={"name": "Inès Leroy", "organisation": "CMA Rhône"},
                 logo=logo, progress=lambda done, total: calls.append((done, total)))
    reader = pypdf.PdfReader(str(out))
    cover = squash(reader.pages[0].extract_text())
    assert squash("Le dirigeant, avec Inès Leroy, CMA Rhône") in cover
    assert reader.metadata.author == "Inès Leroy — CMA Rhône"
    assert any(img for img in reader.pages[0].images)
    assert calls[0] == (0, 100) and calls[-1] == (100, 100)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_bad_logo_is_a_clear_error(content, mixed, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(ReportError, match="logo"):
        build_report_bytes(content, mixed, logo=bad)
    with pytest.raises(ReportError, match="does not exist"):
        build_report_bytes(content, mixed, logo=tmp_path / "missing.png")


@pytest.mark.parametrize("edition", ["owner", "partner"])
def test_progress_since_previous_checkup(content, edition):
    before = make_assessment(content, "worst", seed=1)
    before.started_at = "2026-05-04T10:00:00+02:00"
    after = make_assessment(content, "mixed", seed=1)
    after.business = before.business
    data = build_report_bytes(content, after, edition=edition, previous=before, generated=DAY)
    text = squash("\n".join(pdf_pages(data)))
    assert squash("Progrès depuis le diagnostic précédent") in text
    assert squash("4 mai 2026") in text


# ---------------------------------------------------------------------------------------------
# Errors and the atomic write


def test_bad_arguments_are_report_errors(content, mixed):
    with pytest.raises(ReportError, match="edition"):
        build_report_bytes(content, mixed, edition="bank")
    with pytest.raises(ReportError, match="language"):
        build_report_bytes(content, mixed, lang="de")
    other = make_assessment(content, "best")
    other.content_version = "1999.01"
    with pytest.raises(ReportError, match="1999.01"):
        build_report_bytes(content, other)


@pytest.mark.parametrize("where", ["story", "last_page"])
def test_failed_build_leaves_no_file(content, mixed, tmp_path, monkeypatch, where):
    import reports.layout
    import reports.sections.method

    def boom(*args, **kwargs):
        raise RuntimeError("simulated failure in the middle of the layout")

    if where == "story":
        monkeypatch.setattr(reports.sections.method, "method", boom)
    else:  # pages are drawn, the file is being finished
        monkeypatch.setattr(reports.layout.Layout, "decorate", boom)
    out = tmp_path / "plan.pdf"
    with pytest.raises(ReportError, match="simulated failure"):
        write_report(content, mixed, out)
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"previous report")
    with pytest.raises(ReportError):
        write_report(content, mixed, out)
    assert out.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_failed_write_leaves_no_file(content, mixed, tmp_path, monkeypatch):
    import errno

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    out = tmp_path / "plan.pdf"
    with pytest.raises(ReportError, match="No space left"):
        write_report(content, mixed, out, edition="partner")
    assert list(tmp_path.iterdir()) == []


def test_target_folder_must_exist(content, mixed, tmp_path):
    with pytest.raises(ReportError, match="does not exist"):
        write_report(content, mixed, tmp_path / "nope" / "plan.pdf", edition="partner")
    with pytest.raises(ReportError, match="folder"):
        write_report(content, mixed, tmp_path, edition="partner")


def test_empty_and_complete_checkups(content):
    empty = make_assessment(content, "best", fraction=0.0)
    data = build_report_bytes(content, empty, generated=DAY)
    assert len(pdf_pages(data)) >= 3
    best = make_assessment(content, "best")
    data = build_report_bytes(content, best, edition="owner", lang="en", generated=DAY)
    assert "No action needed" in "\n".join(pdf_pages(data))


# ---------------------------------------------------------------------------------------------
# verify


def test_verify_matches_and_detects_tampering(content, mixed, owner_pdf, tmp_path):
    from reports.verify import verify_pdf

    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(owner_pdf)
    ok, message = verify_pdf(pdf, mixed)
    assert ok and mixed.fingerprint() in message
    tampered = make_assessment(content, "mixed", role="advisor", seed=7)
    tampered.id, tampered.business.id = mixed.id, mixed.business.id
    tampered.completed_at = mixed.completed_at
    assert tampered.fingerprint() == mixed.fingerprint()
    qid = next(iter(tampered.answers))
    tampered.answers[qid] = Answer(DONT_KNOW, "changed")
    ok, message = verify_pdf(pdf, tampered)
    assert not ok and "MISMATCH" in message


def test_verify_rejects_other_files(content, mixed, owner_pdf, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from reports.verify import verify_pdf

    plain = tmp_path / "plain.pdf"
    c = Canvas(str(plain))
    c.drawString(100, 100, "hello")
    c.save()
    ok, message = verify_pdf(plain, mixed)
    assert not ok and "not a Boussole report" in message
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert verify_pdf(text, mixed) == (False, f"{text} is not a PDF file")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(owner_pdf[: len(owner_pdf) - 200])
    ok, message = verify_pdf(cut, mixed)
    assert not ok and "damaged" in message
    ok, message = verify_pdf(tmp_path / "missing.pdf", mixed)
    assert not ok and "does not exist" in message


def test_a_name_cannot_forge_the_stored_fingerprint(content, tmp_path):
    from reports.verify import read_fingerprint, verify_pdf

    forged = ") /BoussoleFingerprint (" + "0" * 64 + ") /Keywords (sha256:" + "0" * 64 + ") ("
    a = make_assessment(content, "best", name="Evil" + forged)
    a.assessor.name = forged + "\\"
    data = build_report_bytes(content, a, edition="partner")
    assert read_fingerprint(data) == a.fingerprint()
    pdf = tmp_path / "evil.pdf"
    pdf.write_bytes(data)
    assert verify_pdf(pdf, a)[0]


def test_the_bundled_font_covers_french_text():
    from reports.fonts import FONT_DIR, coverage

    french = "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»€’‘“”…–—°§\u202f\u00a0"
    assert all(ord(c) in coverage() for c in french)
    assert all(ord(c) in coverage() for c in "Ελληνικά Кириллица")
    assert (FONT_DIR / "LICENSE-DejaVu.txt").read_text().count("Bitstream") >= 3


def test_reportlab_is_loaded_only_to_make_a_pdf():
    import subprocess
    import sys

    code = ("import sys, reports, reports.verify; "
            "print(any(m.startswith('reportlab') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=os.path.dirname(os.path.dirname(__file__)))
    assert out.stdout.strip() == "False"


def test_reports_can_be_built_from_worker_threads(content):
    import threading

    from reports.verify import read_fingerprint

    results = {}

    def job(i):
        a = make_assessment(content, "mixed", seed=i, name=f"Commerce n°{i}")
        data = build_report_bytes(content, a, edition="partner")
        results[i] = (read_fingerprint(data) == a.fingerprint(),
                      f"Commerce n°{i}" in "".join(pdf_pages(data)))

    threads = [threading.Thread(target=job, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {i: (True, True) for i in range(3)}


def test_verify_catches_edited_metadata(content, mixed, owner_pdf, tmp_path):
    from reports.verify import read_printed_fingerprints, verify_pdf

    assert read_printed_fingerprints(owner_pdf) == {mixed.fingerprint()}
    other = make_assessment(content, "best", seed=99)
    forged = owner_pdf.replace(mixed.fingerprint().encode(), other.fingerprint().encode())
    pdf = tmp_path / "forged.pdf"
    pdf.write_bytes(forged)
    ok, message = verify_pdf(pdf, other)
    assert not ok and "printed on its last page differs" in message
    half = owner_pdf.replace(f"sha256:{mixed.fingerprint()}".encode(),
                             f"sha256:{other.fingerprint()}".encode())
    pdf.write_bytes(half)
    ok, message = verify_pdf(pdf, mixed)
    assert not ok and "copies differ" in message


def test_bookmarks_point_at_the_page_of_their_heading(owner_pdf):
    reader = pypdf.PdfReader(io.BytesIO(owner_pdf))
    checked = 0

    def walk(items):
        nonlocal checked
        for item in items:
            if isinstance(item, list):
                walk(item)
                continue
            page = reader.get_destination_page_number(item)
            title = item.title.split(" (")[0]
            assert squash(title) in squash(reader.pages[page].extract_text()), item.title
            checked += 1

    walk(reader.outline)
    assert checked >= 15
