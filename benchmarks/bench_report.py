"""PDF report speed (issue 7): a complete owner edition < 1 s, the partner edition < 0.5 s.

A complete checkup = every applicable question of the three modules answered with the weakest
option (the largest plan), a note on every fifth question. Timed: scoring + layout + PDF bytes
(build_report_bytes), median of several warm runs (wall clock, and CPU time, which a busy
machine disturbs less), plus the first (cold) run of the process,
which also loads reportlab and the fonts. For scale, the same page count laid out as a plain
reportlab document (built-in Helvetica, paragraphs only) is timed too, and the ratio printed.

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


def plain_document(pages: int) -> float:
    """Seconds to lay out `pages` pages of plain paragraphs with reportlab, no fonts embedded."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod. " * 6
    story = []
    for _ in range(pages):
        story += [Paragraph(text, style) for _ in range(9)]
        story.append(PageBreak())
    start = time.perf_counter()
    SimpleDocTemplate(io.BytesIO()).build(story)
    return time.perf_counter() - start


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
        runs, cpu = [], []
        for _ in range(RUNS):
            start, start_cpu = time.perf_counter(), time.process_time()
            data = build_report_bytes(content, assessment, edition=edition, generated=day)
            runs.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        median = statistics.median(runs)
        pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
        plain = statistics.median(plain_document(pages) for _ in range(3))
        verdict = "PASS" if median < TARGETS[edition] else "FAIL"
        ok &= verdict == "PASS"
        print(f"{edition:8s} edition: median {median * 1000:.0f} ms over {RUNS} runs "
              f"(CPU {statistics.median(cpu) * 1000:.0f} ms), {pages} pages, "
              f"{len(data) // 1024} KB (target < {TARGETS[edition] * 1000:.0f} ms) {verdict}; "
              f"plain reportlab, same page count: {plain * 1000:.0f} ms, ratio {median / plain:.1f}x")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
