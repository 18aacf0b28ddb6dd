"""Store speed on a large advisor database (issue 5): 2,000 businesses x 5 checkups x 80 answers.

Run: .venv/bin/python benchmarks/bench_store.py [--data-dir DIR] [--keep]
Without --data-dir the database is generated in a temporary folder first (a few seconds).

Targets: open < 200 ms; list or search businesses < 30 ms; open one checkup < 30 ms; save one
answer < 5 ms (medians). Encryption (issue 8) reuses this: `measure(folder, connect=...)`
with an encrypting connect factory returns the same figures, so plain and encrypted runs can
be compared in one process.
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.gen_advisor_db import generate  # noqa: E402
from desktop.store import Store  # noqa: E402


@dataclass(frozen=True)
class Figure:
    name: str
    median_ms: float
    target_ms: float | None   # None: informative only
    best_ms: float | None = None   # the fastest run: what the code costs on an idle machine

    @property
    def ok(self) -> bool:
        return self.target_ms is None or self.median_ms < self.target_ms

    def line(self) -> str:
        best = f"(best {self.best_ms:.2f})" if self.best_ms is not None else ""
        head = f"{self.name:<34} {self.median_ms:9.2f} ms {best:<14}"
        if self.target_ms is None:
            return f"{head} informative"
        verdict = "PASS" if self.ok else "FAIL"
        return f"{head} target < {self.target_ms:g} ms  {verdict}"


def _timed(name: str, fn, runs: int, target_ms: float | None) -> Figure:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return Figure(name, statistics.median(times), target_ms, min(times))


def _fresh_process_ms(folder: Path, runs: int = 3) -> float:
    """What a user waits for at start: Python imports of the store plus the open itself."""
    code = ("import sys, time; t = time.perf_counter(); sys.path.insert(0, sys.argv[2]); "
            "from desktop.store import Store; Store.open_folder(sys.argv[1]).close(); "
            "print((time.perf_counter() - t) * 1000)")
    return statistics.median(
        float(subprocess.run([sys.executable, "-c", code, str(folder), str(ROOT)], check=True,
                             capture_output=True, text=True).stdout) for _ in range(runs))


def measure(folder: Path, connect=None, seed: int = 5, erase: bool = True) -> list[Figure]:
    """Time the UI's operations on the store in `folder` (already generated)."""
    rng = random.Random(seed)
    figures = []

    def open_close():
        Store.open_folder(folder, connect=connect).close()

    figures.append(_timed("open the database", open_close, 15, 200))
    if connect is None:   # a custom factory cannot be handed to another process
        figures.append(Figure("open in a new process (+imports)", _fresh_process_ms(folder), None))
    store = Store.open_folder(folder, connect=connect)
    try:
        businesses = store.list_businesses()
        checkups = [c["id"] for c in store.list_checkups()]
        figures.append(_timed("list businesses (all)", store.list_businesses, 20, 30))
        words = iter(rng.choice(("boulangerie", "lyon", "etienne", "zoe martin", "garage 1")) for
                     _ in range(1000))
        figures.append(_timed("search businesses", lambda: store.list_businesses(next(words)),
                              20, 30))

        def open_checkup():
            cid = rng.choice(checkups)
            store.get_checkup(cid)
            store.load_assessment(cid)
            store.get_position(cid)

        figures.append(_timed("open one checkup", open_checkup, 50, 30))
        target = rng.choice(checkups)
        qids = list(store.load_assessment(target).answers) or ["bench.q000"]
        options = iter(rng.choice(("yes", "no", "partly", "dont_know")) for _ in range(10_000))
        figures.append(_timed("save one answer",
                              lambda: store.save_answer(target, rng.choice(qids), next(options)),
                              200, 5))
        figures.append(_timed("history of a business",
                              lambda: store.history(rng.choice(businesses)["id"]), 20, None))
        if erase:
            victim = businesses[-1]["id"]
            figures.append(_timed("erase a business (VACUUM)",
                                  lambda: store.delete_business(victim), 1, None))
    finally:
        store.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Store benchmark")
    parser.add_argument("--data-dir", type=Path, help="an existing generated data folder "
                        "(the erase step deletes one business from it)")
    parser.add_argument("--businesses", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="boussole-bench-") as tmp:
        folder = args.data_dir
        if folder is None:
            folder = Path(tmp)
            start = time.perf_counter()
            path = generate(folder, businesses=args.businesses, quiet=True)
            print(f"generated {args.businesses} businesses x 5 checkups x 80 answers: "
                  f"{path.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - start:.1f} s")
        figures = measure(folder)
    for f in figures:
        print(f.line())
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
