"""Cost of encryption at rest (issue 8): the store benchmark, plain and SQLCipher, in one run.

Run: .venv/bin/python benchmarks/bench_encryption.py [--businesses N] [--rounds N]

One advisor database is generated unencrypted (benchmarks/gen_advisor_db.py), copied, and the
copy converted to SQLCipher the way an existing install is at its first encrypted start (that
conversion is timed too). Then benchmarks/bench_store.measure() runs on both, alternating plain
and encrypted rounds so that disk and CPU noise hit both alike, and the medians are compared.
Target: the encrypted store costs < 20 % more over the timed operations (sum of medians of the
operations that have a target), and every operation still meets its own target.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_store import measure  # noqa: E402
from benchmarks.gen_advisor_db import generate  # noqa: E402
from desktop import cipher, db  # noqa: E402

TARGET_OVERHEAD = 0.20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Encryption overhead on the store benchmark")
    parser.add_argument("--businesses", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="plain/encrypted rounds (odd)")
    args = parser.parse_args(argv)
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(prefix="boussole-bench-enc-") as tmp:
        plain, encrypted = Path(tmp) / "plain", Path(tmp) / "encrypted"
        plain.mkdir()
        start = time.perf_counter()
        path = generate(plain, businesses=args.businesses, quiet=True)
        print(f"generated {args.businesses} businesses x 5 checkups x 80 answers: "
              f"{path.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - start:.1f} s")
        shutil.copytree(plain, encrypted)
        (encrypted / "boussole.lock").unlink(missing_ok=True)
        start = time.perf_counter()
        cipher.encrypt_plaintext(encrypted / "boussole.db", key)
        print(f"one-time conversion of that database to SQLCipher: "
              f"{time.perf_counter() - start:.2f} s")

        runs: dict[str, list[list]] = {"plain": [], "encrypted": []}
        for _ in range(args.rounds):
            # erase=False: deleting a business changes the data between rounds.
            runs["plain"].append(measure(plain, erase=False))
            runs["encrypted"].append(measure(encrypted, connect=db.connector(key), erase=False))

    def medians(which: str) -> dict[str, tuple[float, float | None]]:
        out = {}
        for name in [f.name for f in runs[which][0]]:
            figures = [f for r in runs[which] for f in r if f.name == name]
            out[name] = (statistics.median(f.median_ms for f in figures), figures[0].target_ms)
        return out

    p, e = medians("plain"), medians("encrypted")
    print(f"\n{'operation':<34} {'plain':>10} {'encrypted':>10} {'overhead':>9}   target")
    all_ok = True
    for name, (plain_ms, target) in p.items():
        if name not in e:
            continue
        enc_ms = e[name][0]
        ok = target is None or enc_ms < target
        all_ok &= ok
        verdict = "(informative)" if target is None else f"< {target:g} ms {'PASS' if ok else 'FAIL'}"
        print(f"{name:<34} {plain_ms:8.2f}ms {enc_ms:8.2f}ms {(enc_ms / plain_ms - 1) * 100:+8.1f}%"
              f"   {verdict}")
    timed = [n for n, (_, t) in p.items() if t is not None and n in e]
    ratio = sum(e[n][0] for n in timed) / sum(p[n][0] for n in timed)
    overhead_ok = ratio - 1 < TARGET_OVERHEAD
    print(f"\nencrypted / plain over the timed operations: {ratio:.3f} "
          f"({(ratio - 1) * 100:+.1f} %, target < +{TARGET_OVERHEAD * 100:.0f} %) "
          f"{'PASS' if overhead_ok else 'FAIL'}")
    # The sum is dominated by the slowest operation; the geometric mean weighs each alike
    # (informative: sub-millisecond operations are mostly timer and disk noise).
    geo = statistics.geometric_mean([e[n][0] / p[n][0] for n in timed])
    print(f"geometric mean of the per-operation ratios: {geo:.3f} (informative)")
    return 0 if all_ok and overhead_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
