"""Refresh the licence texts copied from installed packages into resources/licenses/.

resources/licenses/licenses.toml says, per component, which licence file of which installed
distribution is copied here (`copy`). After upgrading a dependency:

    .venv/bin/python tools/licenses.py           copy the current texts
    .venv/bin/python tools/licenses.py --check   exit 1 when a copy differs from the package's

("python" as the source means the running Python's own LICENSE.txt.)
"""
from __future__ import annotations

import argparse
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.about import LICENSES_DIR, read_index  # noqa: E402


def source_of(package: str, filename: str) -> Path | None:
    """The installed file a copy comes from, or None when the package is not installed."""
    if filename == "python":
        version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
        for candidate in (Path(sys.base_prefix) / "lib" / version / "LICENSE.txt",
                          Path(sys.base_prefix) / "LICENSE.txt",
                          Path("/usr/share/doc") / version / "copyright"):
            if candidate.exists():
                return candidate
        return None
    try:
        dist = distribution(package)
    except PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name == filename and ".dist-info" in str(file):
            return Path(file.locate())
    raise SystemExit(f"{package} has no licence file named {filename}: fix licenses.toml")


def copies() -> list[tuple[Path, Path | None]]:
    """(file in resources/licenses, installed source or None) for every `copy` entry."""
    out = []
    for entry in read_index():
        for target, filename in entry.get("copy", {}).items():
            out.append((LICENSES_DIR / target, source_of(entry.get("package", ""), filename)))
    return out


def stale() -> list[str]:
    """Copies that differ from the installed package's file. Python's own licence is left out:
    its text lists every release, so it changes with each patch release of the interpreter."""
    problems = []
    for target, source in copies():
        if source is None or target.name == "Python.txt":
            continue          # not installed here: nothing to compare with
        if not target.exists() or target.read_bytes() != source.read_bytes():
            problems.append(f"{target.relative_to(ROOT)} differs from {source}: run "
                            f"tools/licenses.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    for target, source in copies():
        if source is None:
            print(f"skipped {target.name}: its package is not installed", file=sys.stderr)
            continue
        target.write_bytes(source.read_bytes())
        print(f"{target.relative_to(ROOT)} <- {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
