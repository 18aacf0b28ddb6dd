"""Scoring + planning speed (issue 4): one complete checkup < 5 ms; 10,000 checkups < 10 s.

Run: .venv/bin/python benchmarks/bench_scoring.py
Uses the real content and the full profile (every question applies), with complete checkups of
varied answers built beforehand, so only evaluate_assessment() (scores, maturity, gaps, plan) is
timed. Single process, so one core; the 10,000 run is judged on this process's CPU time, so
other programs busy on the same machine do not count against it (elapsed time is printed too).
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checks.content_loader import load_content  # noqa: E402
from checks.scoring import evaluate_assessment  # noqa: E402
from tests.factories import make_assessment  # noqa: E402

ONE_TARGET_MS = 5.0
MANY = 10_000
MANY_TARGET_S = 10.0
VARIANTS = 200  # distinct checkups, cycled through for the 10,000 run


def main() -> int:
    content = load_content()
    checkups = [make_assessment(content, "mixed", seed=i) for i in range(VARIANTS)]
    n_questions = len(checkups[0].answers)
    for a in checkups[:20]:  # warm up caches and the interpreter
        evaluate_assessment(content, a)

    runs = []
    for a in checkups:
        start = time.perf_counter()
        evaluate_assessment(content, a)
        runs.append((time.perf_counter() - start) * 1000)
    median_ms = statistics.median(runs)

    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(MANY):
        evaluate_assessment(content, checkups[i % VARIANTS])
    wall_s, total_s = time.perf_counter() - start, time.process_time() - cpu_start

    one_ok, many_ok = median_ms < ONE_TARGET_MS, total_s < MANY_TARGET_S
    print(f"score + plan, one complete checkup ({n_questions} answers): median {median_ms:.2f} ms "
          f"over {VARIANTS} (target < {ONE_TARGET_MS:.0f} ms) {'PASS' if one_ok else 'FAIL'}")
    print(f"score + plan, {MANY:,} checkups on one core: {total_s:.2f} s of CPU "
          f"({wall_s:.2f} s elapsed) (target < {MANY_TARGET_S:.0f} s) {'PASS' if many_ok else 'FAIL'}")
    return 0 if one_ok and many_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
