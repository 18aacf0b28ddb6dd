"""PDF report speed (issues 7 and 16): a complete owner edition < 1 s, the partner edition
< 0.5 s, each at most RATIO_TARGET x a plain reportlab document of the same page count, both
editions measured in the same run.

What is timed. A complete checkup = every applicable question of the three modules answered
with the weakest option (the largest plan), a note on every fifth question. "Ours" is
build_report_bytes: scoring + layout + PDF bytes, unsigned (signing is bench_signing.py's).

The baseline. A plain reportlab document with the same number of pages, built the way anyone
would write one: SimpleDocTemplate, a bold heading every eight paragraphs and body paragraphs
of French text (accents, « », €), in the same DejaVu TrueType fonts as the report, registered
under their own names so that the two never share a font object or its subset (each embeds
its own subset of the same files, as the report does). No tables, no charts, no page
decorations, no outline: the figure says what Boussole's layout costs beyond plain text.

How. Steady state: RUNS pairs in one process, baseline then ours alternately (so both see the
same machine load), each timed in CPU seconds (wall time follows whatever else runs on the
machine; it is printed too); the figure is the median of the per-pair ratios. Twice: the same
checkup exported again and again, and two checkups in turn (other business name and notes), since
a report keeps work for the next (reports/kept_work.py, reports/font_subsets.py) and an export
of another checkup reuses less of it; the target applies to both. First report of a
process: COLD_PAIRS pairs of fresh interpreters, one laying out the baseline, one our owner
edition, each timed from its first reportlab import to its bytes (fonts, imports, content
texts of the report included; loading the checklist is not, the app has it before any export).

Run: .venv/bin/python benchmarks/bench_report.py
"""
from __future__ import annotations

import datetime as _dt
import io
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGETS = {"owner": 1.0, "partner": 0.5}
RATIO_TARGET = 2.0
RUNS = {"owner": 9, "partner": 25}   # a short document: more pairs for a steady median
COLD_PAIRS = 3
DAY = _dt.date(2026, 11, 27)
FONT_DIR = ROOT / "resources" / "fonts"
TEXT = ("Le gérant vérifie chaque mois les sauvegardes, la liste des accès et les mises à jour "
        "du poste de caisse ; « une demi-journée par trimestre » suffit, pour un coût estimé "
        "entre 150 € et 400 € selon le prestataire choisi. ")


def complete_checkup(content, name: str = "Boulangerie Martin", seed: int = 0):
    from checks.assessment import Answer
    from tests.factories import make_assessment

    a = make_assessment(content, "worst", role="advisor", name=name)
    a.completed_at = "2026-11-26T16:00:00+01:00"
    for i, (qid, answer) in enumerate(sorted(a.answers.items())):
        if i % 5 == 0:
            a.answers[qid] = Answer(answer.option, f"Note {i + seed} : vu avec le gérant, à "
                                                   f"reprendre avec le prestataire « avant la fin "
                                                   f"du mois ».")
    return a


def timed(fn) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    start, start_cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - start_cpu


def _plain_fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "PlainSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("PlainSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("PlainSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    return "PlainSans", "PlainSans-Bold"


def plain_story(paragraphs: int) -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    regular, bold = _plain_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13.5, spaceAfter=5)
    head = ParagraphStyle("head", fontName=bold, fontSize=12.5, leading=16, spaceBefore=10,
                          spaceAfter=5, keepWithNext=1)
    story = []
    for i in range(paragraphs):
        if i % 8 == 0:
            story.append(Paragraph(f"Partie {i // 8 + 1} : points à vérifier", head))
        story.append(Paragraph(f"{i + 1}. " + TEXT * (1 + i % 3), body))
    return story


def plain_pdf(paragraphs: int) -> tuple[bytes, int]:
    """The baseline document and its page count."""
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer)
    doc.build(plain_story(paragraphs))
    return buffer.getvalue(), doc.page


def paragraphs_for(pages: int) -> int:
    """How many baseline paragraphs make exactly `pages` pages (found once, not timed)."""
    n = max(1, pages * 9)
    while plain_pdf(n)[1] < pages:
        n += 4
    while n > 1 and plain_pdf(n - 1)[1] >= pages:
        n -= 1
    return n


def _cold(kind: str) -> None:
    """In a fresh interpreter: the first document of the process, printed in ms (wall, CPU)."""
    if kind == "ours":
        from checks.content_loader import load_content

        content = load_content()
        assessment = complete_checkup(content)

        def first():
            from reports.pdf import build_report_bytes
            build_report_bytes(content, assessment, edition="owner", generated=DAY)
    else:
        paragraphs = int(kind.split(":")[1])

        def first():
            plain_pdf(paragraphs)
    wall, cpu = timed(first)
    print(f"{wall * 1000:.1f} {cpu * 1000:.1f}")


def cold_pair(paragraphs: int) -> tuple[float, float]:
    """(baseline, ours) CPU ms of the first document of a fresh process."""
    out = []
    for kind in (f"plain:{paragraphs}", "ours"):
        res = subprocess.run([sys.executable, __file__, "--cold", kind], capture_output=True,
                             text=True, cwd=ROOT, check=True)
        out.append(float(res.stdout.split()[1]))
    return out[0], out[1]


def main() -> int:
    import pypdf  # test extra; only to count pages

    from checks.content_loader import load_content
    from checks.scoring import evaluate_assessment
    from reports.pdf import build_report_bytes

    content = load_content()
    assessment = complete_checkup(content)
    n_actions = len(evaluate_assessment(content, assessment).plan.actions)
    print(f"complete checkup: {len(assessment.answers)} answers, {n_actions} actions")

    # The same checkup exported again, and another checkup each time (another business name,
    # other notes: what one report keeps for the next helps less).
    others = [assessment, complete_checkup(content, "Garage Lefèvre & Fils", seed=7)]
    ok = True
    owner_paragraphs = 0
    for edition in ("owner", "partner"):
        def ours(a=assessment, edition=edition):
            return build_report_bytes(content, a, edition=edition, generated=DAY)

        pdf = ours()   # the first one of this edition is not part of the steady state
        pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        paragraphs = paragraphs_for(pages)
        owner_paragraphs = owner_paragraphs or paragraphs
        plain_pdf(paragraphs)
        pairs = [(timed(lambda: plain_pdf(paragraphs)), timed(ours)) for _ in range(RUNS[edition])]
        mixed = [(timed(lambda: plain_pdf(paragraphs)), timed(lambda i=i: ours(others[i % 2])))
                 for i in range(RUNS[edition])]
        ratio = statistics.median(o[1] / b[1] for b, o in pairs)
        ratio_mixed = statistics.median(o[1] / b[1] for b, o in mixed)
        cpu = statistics.median(o[1] for _, o in pairs)
        wall = statistics.median(o[0] for _, o in pairs)
        base_cpu = statistics.median(b[1] for b, _ in pairs)
        spread = sorted(o[1] / b[1] for b, o in pairs)
        fast = wall < TARGETS[edition]
        lean = max(ratio, ratio_mixed) <= RATIO_TARGET
        ok &= fast and lean
        print(f"{edition:8s} edition: {pages} pages, {len(pdf) // 1024} KB; median CPU "
              f"{cpu * 1000:.0f} ms (wall {wall * 1000:.0f} ms, target < "
              f"{TARGETS[edition] * 1000:.0f} ms {'PASS' if fast else 'FAIL'}); baseline "
              f"({paragraphs} paragraphs, {pages} pages) CPU {base_cpu * 1000:.0f} ms; "
              f"ratio {ratio:.2f}x [{spread[0]:.2f}-{spread[-1]:.2f}], another checkup each "
              f"run {ratio_mixed:.2f}x (target <= {RATIO_TARGET:g}x {'PASS' if lean else 'FAIL'})")

    colds = [cold_pair(owner_paragraphs) for _ in range(COLD_PAIRS)]
    cold_ratio = statistics.median(o / b for b, o in colds)
    print(f"first document of a process (owner edition vs baseline, {COLD_PAIRS} fresh pairs): "
          f"ours {statistics.median(o for _, o in colds):.0f} ms CPU, baseline "
          f"{statistics.median(b for b, _ in colds):.0f} ms CPU, ratio {cold_ratio:.2f}x "
          f"(informative)")
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--cold"]:
        _cold(sys.argv[2])
        raise SystemExit(0)
    raise SystemExit(main())
