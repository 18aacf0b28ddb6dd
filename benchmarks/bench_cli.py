"""`boussole-cli --help` must answer in under 0.3 s (issue 2). Run: .venv/bin/python benchmarks/bench_cli.py"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

CLI = Path(sys.executable).with_name("boussole-cli")
TARGET_S = 0.3


def main() -> int:
    runs = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run([str(CLI), "--help"], check=True, capture_output=True)
        runs.append(time.perf_counter() - start)
    median = statistics.median(runs)
    verdict = "PASS" if median < TARGET_S else "FAIL"
    print(f"boussole-cli --help: median {median * 1000:.0f} ms over 10 runs "
          f"(target < {TARGET_S * 1000:.0f} ms) {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
