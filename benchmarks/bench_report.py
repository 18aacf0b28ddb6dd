"""PDF report speed (issues 7 and 16): a complete owner edition < 1 s, the partner edition
< 0.5 s, each at most RATIO_TARGET x a plain reportlab document of the same page count.

A complete checkup = every applicable question of the three modules answered with the weakest
option (the largest plan), a note on every fifth question. Timed, both editions in the same
run: scoring + layout + PDF bytes (build_report_bytes, unsigned: signing is bench_signing.py's),
median of several warm runs, in CPU time (what the machine spent; wall-clock time, also
printed, follows whatever else runs on the machine) and the first (cold) run of the process,
which also loads reportlab and the fonts. For scale, the same page count laid out as a plain
reportlab document (built-in Helvetica, paragraphs only) is timed the same way, in the same
process, and the ratio of the two CPU medians is the figure the target applies to.

Run: .venv/bin/python benchmarks/bench_report.py
"""
from __future__ import annotations

import datetime as _dt
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGETS = {"owner": 1.0, "partner": 0.5}
RATIO_TARGET = 2.0
RUNS = 7


def complete_checkup(content):
    from checks.assessment import Answer
    from tests.factories import make_assessment

    a = make_assessment(content, "worst", role="advisor")
    a.completed_at = "2026-11-26T16:00:00+01:00"
    for i, (qid, answer) in enumerate(sorted(a.answers.items())):
        if i % 5 == 0:
            a.answers[qid] = Answer(answer.option, f"Note {i} : vu avec le gérant, à reprendre "
                                                   f"avec le prestataire « avant la fin du mois ».")
    return a


def timed(fn) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    start, start_cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - start_cpu


def plain_document(pages: int) -> tuple[float, float]:
    """(wall, CPU) seconds to lay out `pages` pages of plain paragraphs with reportlab, no
    fonts embedded."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod. " * 6
    story = []
    for _ in range(pages):
        story += [Paragraph(text, style) for _ in range(9)]
        story.append(PageBreak())
    return timed(lambda: SimpleDocTemplate(io.BytesIO()).build(story))


def main() -> int:
    import pypdf  # test extra; only to count pages

    from checks.content_loader import load_content

    content = load_content()
    assessment = complete_checkup(content)
    day = _dt.date(2026, 11, 27)

    start = time.perf_counter()
    from reports.pdf import build_report_bytes

    build_report_bytes(content, assessment, edition="owner", generated=day)
    cold = time.perf_counter() - start

    ok = True
    from checks.scoring import evaluate_assessment

    n_actions = len(evaluate_assessment(content, assessment).plan.actions)
    print(f"complete checkup: {len(assessment.answers)} answers, {n_actions} actions; "
          f"first owner edition in this process (imports, fonts): {cold * 1000:.0f} ms")
    for edition in ("owner", "partner"):
        out: list[bytes] = []
        runs = [timed(lambda: out.append(build_report_bytes(content, assessment, edition=edition,
                                                             generated=day)))
                for _ in range(RUNS)]
        wall, cpu = (statistics.median(r[i] for r in runs) for i in (0, 1))
        pages = len(pypdf.PdfReader(io.BytesIO(out[-1])).pages)
        plain = [plain_document(pages) for _ in range(RUNS)]
        plain_wall, plain_cpu = (statistics.median(r[i] for r in plain) for i in (0, 1))
        ratio = cpu / plain_cpu
        fast = wall < TARGETS[edition]
        lean = ratio <= RATIO_TARGET
        ok &= fast and lean
        print(f"{edition:8s} edition: {pages} pages, {len(out[-1]) // 1024} KB; median CPU "
              f"{cpu * 1000:.0f} ms (wall {wall * 1000:.0f} ms, target < "
              f"{TARGETS[edition] * 1000:.0f} ms {'PASS' if fast else 'FAIL'}); plain reportlab, "
              f"same page count: CPU {plain_cpu * 1000:.0f} ms (wall {plain_wall * 1000:.0f} ms); "
              f"ratio {ratio:.1f}x (target <= {RATIO_TARGET:g}x {'PASS' if lean else 'FAIL'})")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
