"""Run every benchmark in this folder and print their figures. `make bench` calls this."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDLE = HERE.parent / "dist" / "Boussole"   # bench_bundle.py measures it once `make bundle` ran


def main() -> int:
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        if script.name == "bench_bundle.py" and not BUNDLE.is_dir():
            print(f"== {script.name}: skipped, no bundle in {BUNDLE} (run `make bundle`)")
            continue
        print(f"== {script.name}", flush=True)
        if subprocess.run([sys.executable, str(script)], cwd=HERE.parent).returncode != 0:
            failed.append(script.name)
    print("\nAll targets met." if not failed else f"\nMissed targets in: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
