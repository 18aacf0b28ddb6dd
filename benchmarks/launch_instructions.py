"""A launch's cost in CPU instructions, beside the bare PySide6 window's: bench_ui.py's launch
ratio as a figure that the machine's load does not move. On a shared machine the wall-time ratio
of bench_ui.py can range from 1.1 to 2.3 within one run; these counts agree to ~0.1 %.

Run: .venv/bin/python benchmarks/launch_instructions.py   (needs valgrind: apt-get install
valgrind; about two minutes). Each process runs under callgrind after one warm start of each
(bytecode and Boussole's content cache written), with a fixed hash seed: the bare window of
bench_ui.py to its first paint, launch_floor.py, and Boussole (`python -m desktop`, as
bench_ui.py starts it) on the 2,000-business advisor folder to "ready" (home list filled).

Reading it: wall time is roughly a fixed part (loading libraries, the first paint's waits) plus
a part in proportion to instructions, so the wall-time ratio is at or a little under this one
(stop 23's code: 1.97 here, 1.70-1.74 in wall time on a quiet machine; stop 24's: 1.84).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import callgrind  # noqa: E402
from benchmarks.bench_ui import BARE, _env, advisor_folder  # noqa: E402


def main() -> int:
    if not callgrind.available():
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        data = advisor_folder(Path(tmp) / "data")
        env = {**_env(Path(tmp) / "cache"), "PYTHONHASHSEED": "0"}
        starts = {
            "bare PySide6 window": [sys.executable, "-c", BARE],
            "floor (launch_floor.py)": [sys.executable, str(ROOT / "benchmarks" / "launch_floor.py"),
                                        str(data)],
            "Boussole, to ready": [sys.executable, "-m", "desktop", "--data-dir", str(data)],
        }
        counts = {}
        for name, command in starts.items():
            subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)  # warm
            counts[name] = callgrind.instructions(command, env, ROOT, Path(tmp))
    bare = counts["bare PySide6 window"]
    for name, count in counts.items():
        print(f"{name}: {count / 1e6:.0f} million instructions ({count / bare:.2f} x bare)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
