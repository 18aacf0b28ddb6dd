"""What one report keeps for the next (reports/kept_work.py: parsed paragraphs, their lines)
never shows in a report: reports built one after another, in both languages and editions, are
byte for byte the report a fresh process builds (reportlab's invariant mode fixes the PDF's
dates and identifier, so equal layouts give equal bytes).
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import reportlab.rl_config

from checks.assessment import Answer, loads_assessment
from reports import kept_work
from reports.pdf import build_report_bytes
from tests.factories import make_assessment

DAY = dt.date(2026, 11, 27)
ROOT = Path(__file__).resolve().parent.parent
FRESH = """
import datetime as dt, sys
import reportlab.rl_config
reportlab.rl_config.invariant = 1
from checks.assessment import read_assessment
from checks.content_loader import load_content
from reports.pdf import build_report_bytes
content = load_content()
a = read_assessment(sys.argv[1], content)
out = build_report_bytes(content, a, edition=sys.argv[2], lang=sys.argv[3],
                         generated=dt.date(2026, 11, 27), app_version="test")
open(sys.argv[4], "wb").write(out)
"""


@pytest.fixture
def invariant(monkeypatch):
    monkeypatch.setattr(reportlab.rl_config, "invariant", 1)


def fresh_process(tmp_path, assessment, edition, lang) -> bytes:
    src, out = tmp_path / "checkup.json", tmp_path / f"{edition}-{lang}.pdf"
    src.write_text(assessment.to_json(), encoding="utf-8")
    subprocess.run([sys.executable, "-c", FRESH, str(src), edition, lang, str(out)], cwd=ROOT,
                   check=True, timeout=120)
    return out.read_bytes()


@pytest.mark.parametrize("edition,lang", [("owner", "fr"), ("partner", "en")])
def test_reports_in_a_row_are_the_fresh_process_report(tmp_path, content, invariant, edition,
                                                        lang):
    a = make_assessment(content, "mixed")
    # A long note over several lines: a paragraph cut across two pages.
    qid = sorted(a.answers)[3]
    a.answers[qid] = Answer(a.answers[qid].option, "\n".join(
        f"Ligne {i} : le gérant revoit les accès du <b>stagiaire</b> & du comptable « vite »."
        for i in range(60)))
    a = loads_assessment(a.to_json(), content)
    other = make_assessment(content, "worst", name="Garage du Centre")

    def build(assessment, edition=edition, lang=lang):
        return build_report_bytes(content, assessment, edition=edition, lang=lang,
                                  generated=DAY, app_version="test")

    expected = fresh_process(tmp_path, a, edition, lang)
    kept_work.forget()
    # Other reports first: another checkup, the other language, the other edition.
    other_lang, other_edition = ("en" if lang == "fr" else "fr"), ("partner" if
                                                                    edition == "owner" else "owner")
    build(other, lang=other_lang)
    build(other, edition=other_edition)
    build(a, edition=other_edition, lang=other_lang)
    first = build(a)
    again = build(a)
    kept_work.forget()
    forgotten = build(a)
    assert first == expected
    assert again == expected
    assert forgotten == expected
    assert kept_work.PARSED and kept_work.BROKEN          # the work was kept and reused


def test_text_seen_in_one_language_is_not_reused_for_the_other(content, invariant):
    """The same checkup in French then English: the English report holds no French wording
    and the French one none of the English (kept work is keyed by the text itself)."""
    import io

    import pypdf

    a = make_assessment(content, "mixed")

    def text(lang):
        pdf = build_report_bytes(content, a, lang=lang, generated=DAY)
        return " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)

    fr, en, fr_again = text("fr"), text("en"), text("fr")
    assert "Plan d'action" in fr and "Plan d'action" not in en
    assert "Action plan" in en and "Action plan" not in fr
    assert fr_again == fr


def test_kept_work_stays_bounded_and_right_when_emptied(content, invariant, monkeypatch):
    """A small bound (emptied many times during one report) changes nothing in the PDF."""
    a = make_assessment(content, "mixed")
    kept_work.forget()
    expected = build_report_bytes(content, a, generated=DAY, app_version="test")
    monkeypatch.setattr(kept_work, "MAX_ENTRIES", 50)
    kept_work.forget()
    for _ in range(2):
        assert build_report_bytes(content, a, generated=DAY, app_version="test") == expected
        assert len(kept_work.PARSED) <= 50 and len(kept_work.BROKEN) <= 50
