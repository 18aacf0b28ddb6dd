"""Build the bundled application: `make bundle`, or `python packaging/build.py`.

1. PyInstaller with packaging/boussole.spec -> dist/Boussole/ (boussole, boussole-cli, _internal/)
2. on Linux, the menu entry, the icon and the script that installs them, next to the executables
3. a check that what a user needs is there (Qt platforms and translations, content, sample,
   fonts, licences) and that the folder stays under MAX_UNPACKED_MB
4. on Linux the archive dist/boussole-<version>-linux-<machine>.tar.gz (a .zip elsewhere)

Options: --dist DIR and --work DIR (default dist/ and build/pyinstaller/), --no-archive.
Prints the sizes, and on Linux the oldest glibc the bundle runs on.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "boussole.spec"
NAME = "Boussole"
MAX_UNPACKED_MB = 250
LINUX = sys.platform.startswith("linux")
EXE = ".exe" if sys.platform == "win32" else ""

# What must be in the folder, relative to it (Linux file names for Qt's plugins).
REQUIRED = [
    f"boussole{EXE}", f"boussole-cli{EXE}",
    "_internal/resources/content/content.toml",
    "_internal/resources/samples/bakery.json",
    "_internal/resources/fonts/DejaVuSans.ttf",
    "_internal/resources/translations/boussole_en.qm",
    "_internal/resources/licenses/licenses.toml",
    "_internal/resources/icons/boussole.svg",
    "_internal/licenses/keyring", "_internal/licenses/cryptography",
    "_internal/sqlcipher3",
]
REQUIRED_LINUX = [
    "boussole.desktop", "boussole.svg", "install-desktop-entry.sh",
    "_internal/PySide6/Qt/translations/qtbase_fr.qm",
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/PySide6/Qt/plugins/imageformats/libqsvg.so",
    "_internal/licenses/SecretStorage", "_internal/licenses/jeepney",
]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from desktop import __version__

    return __version__


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def folder_size(folder: Path) -> int:
    """Bytes on disk as unpacked: files and symlinks themselves, links not followed."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


def check_tools() -> None:
    if LINUX and shutil.which("objdump") is None:
        raise SystemExit("PyInstaller needs objdump on Linux: install binutils "
                         "(apt-get install binutils; `make bundle` does it)")


def run_pyinstaller(dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   cwd=ROOT, check=True)
    return dist / NAME


def add_desktop_files(folder: Path) -> None:
    """The freedesktop.org menu entry, its icon and the script installing them (Linux)."""
    if not LINUX:
        return
    shutil.copy2(ROOT / "packaging" / "boussole.desktop", folder / "boussole.desktop")
    shutil.copy2(ROOT / "resources" / "icons" / "boussole.svg", folder / "boussole.svg")
    script = folder / "install-desktop-entry.sh"
    shutil.copy2(ROOT / "packaging" / "install-desktop-entry.sh", script)
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def problems(folder: Path) -> list[str]:
    """What is missing from the built folder, or too big."""
    out = []
    for relative in REQUIRED + (REQUIRED_LINUX if LINUX else []):
        if not (folder / relative).exists():
            out.append(f"missing from the bundle: {relative}")
    size_mb = folder_size(folder) / 1_000_000
    if size_mb > MAX_UNPACKED_MB:
        out.append(f"the bundle is {size_mb:.0f} MB unpacked, over the {MAX_UNPACKED_MB} MB "
                   f"limit: see EXCLUDES and the Qt plugin lists in packaging/boussole.spec")
    return out


def oldest_glibc(folder: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any bundled binary needs (Linux only)."""
    if not LINUX or shutil.which("objdump") is None:
        return None
    found: set[tuple[int, ...]] = set()
    for path in [folder / "boussole", folder / "boussole-cli", *folder.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        found.update(tuple(int(x) for x in v.split(".")) for v in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out))
    return ".".join(map(str, max(found))) if found else None


def make_archive(folder: Path) -> Path:
    base = folder.parent / f"boussole-{version()}-{platform_tag()}"
    if LINUX:
        archive = base.with_name(base.name + ".tar.gz")
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(folder, arcname=NAME)
        return archive
    return Path(shutil.make_archive(str(base), "zip", folder.parent, NAME))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-archive", action="store_true")
    args = parser.parse_args(argv)
    check_tools()
    folder = run_pyinstaller(args.dist.resolve(), args.work.resolve())
    add_desktop_files(folder)
    found = problems(folder)
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        return 1
    print(f"{folder}: {folder_size(folder) / 1_000_000:.1f} MB unpacked "
          f"(limit {MAX_UNPACKED_MB} MB)")
    glibc = oldest_glibc(folder)
    if glibc:
        print(f"needs glibc {glibc} or later (the build machine's)")
    if not args.no_archive:
        archive = make_archive(folder)
        print(f"{archive}: {archive.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    raise SystemExit(main())
