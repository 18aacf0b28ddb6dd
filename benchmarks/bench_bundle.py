"""The bundled application (issue 17). Run `make bundle` first, then:
    .venv/bin/python benchmarks/bench_bundle.py [FOLDER]      (default dist/Boussole)

1. Size: the unpacked folder (goal <= 250 MB) and the archive next to it (reported).
2. Launch to first window: the bundled `boussole` against the same app started from the
   virtual environment (`python -m desktop`), interleaved in one run so the machine's load
   cancels out; median of 7 after one warm-up each. Goal: bundle <= 1.2 x the venv.
   Both report through BOUSSOLE_EXIT_AFTER_SHOW (ui/app.py), as benchmarks/bench_ui.py does.

Headless (Qt's offscreen platform) when there is no display. Prints figures and PASS/FAIL.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "benchmarks"))
import build  # noqa: E402  (packaging/build.py)
from bench_ui import _env, _plaintext, _time_to_shown  # noqa: E402

RUNS = 7
RATIO_LIMIT = 1.2
DEFAULT = ROOT / "dist" / build.NAME


def bench_size(folder: Path) -> bool:
    size = build.folder_size(folder) / 1_000_000
    ok = size <= build.MAX_UNPACKED_MB
    print(f"bundle size unpacked: {size:.1f} MB (goal <= {build.MAX_UNPACKED_MB} MB) "
          f"{'PASS' if ok else 'FAIL'}")
    for archive in sorted(folder.parent.glob("boussole-*.tar.gz")) + \
            sorted(folder.parent.glob("boussole-*.zip")):
        print(f"archive {archive.name}: {archive.stat().st_size / 1_000_000:.1f} MB")
    return ok


def bench_launch(folder: Path) -> bool:
    bundled, venv, bundled_ready, venv_ready = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        venv_env = _env(Path(tmp) / "cache")   # this run's own content cache, as bench_ui
        bundle_env = {k: v for k, v in venv_env.items()
                      if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        data = Path(tmp) / "data"
        _plaintext(data)
        bundle_cmd = [str(folder / "boussole"), "--data-dir", str(data)]
        venv_cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data)]
        _time_to_shown(venv_cmd, venv_env)          # creates the database; warms the caches
        _time_to_shown(bundle_cmd, bundle_env)
        for _ in range(RUNS):
            shown, ready, _cpu = _time_to_shown(venv_cmd, venv_env)
            venv.append(shown)
            venv_ready.append(ready)
            shown, ready, _cpu = _time_to_shown(bundle_cmd, bundle_env)
            bundled.append(shown)
            bundled_ready.append(ready)
    b, v = statistics.median(bundled), statistics.median(venv)
    ratio = b / v
    ok = ratio <= RATIO_LIMIT
    print(f"launch to first window: bundle {b * 1000:.0f} ms, virtual environment "
          f"{v * 1000:.0f} ms, ratio {ratio:.2f} (median of {RUNS}; goal <= {RATIO_LIMIT} x) "
          f"{'PASS' if ok else 'FAIL'}")
    br, vr = statistics.median(bundled_ready), statistics.median(venv_ready)
    print(f"launch to ready (store and content open): bundle {br * 1000:.0f} ms, virtual "
          f"environment {vr * 1000:.0f} ms, ratio {br / vr:.2f} (reported)")
    return ok


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else DEFAULT
    if not (folder / "boussole").exists() and not (folder / "boussole.exe").exists():
        print(f"no bundle in {folder}: run `make bundle` first")
        return 1
    results = [bench_size(folder), bench_launch(folder)]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
