"""What "À propos de Boussole" shows: the versions, and the third-party licences. Qt-free.

The components and their licences are declared once, in resources/licenses/licenses.toml
(tests/test_licenses.py checks them against the installed packages' metadata); the versions
are read from the installed packages (in the bundle, from the metadata PyInstaller copies).
"""
from __future__ import annotations

import datetime as _dt
import platform
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
LICENSES_DIR = RESOURCES / "licenses"
INDEX = LICENSES_DIR / "licenses.toml"


@dataclass(frozen=True)
class Component:
    name: str
    licence: str                 # SPDX identifier
    version: str                 # installed version, "" when the component has no package
    package: str                 # Python distribution, "" for a library inside another one
    texts: tuple[Path, ...]      # licence texts, in order

    def text(self) -> str:
        """The licence texts one after the other (a missing file is named, not hidden)."""
        parts = []
        for path in self.texts:
            try:
                parts.append(path.read_text(encoding="utf-8"))
            except OSError as exc:
                parts.append(f"[{path.name}: {exc.strerror or exc}]")
        return ("\n" + "-" * 72 + "\n\n").join(parts)


@dataclass(frozen=True)
class About:
    version: str
    content_version: str
    content_date: _dt.date | None
    components: tuple[Component, ...]
    licences_dir: Path           # the licence texts of the components listed
    bundled_licences: Path | None  # in the bundle: every bundled package's own licence files


def read_index(path: Path = INDEX) -> list[dict]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)["component"]


def installed_version(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


def components(index: list[dict] | None = None, installed_only: bool = True) -> tuple[Component, ...]:
    """The components of the index; one whose package is not installed is left out."""
    out = []
    for entry in index if index is not None else read_index():
        package = entry.get("package", "")
        version = installed_version(package) if package else entry.get("version", "")
        if version == "running":
            version = platform.python_version()
        if version is None:
            if installed_only:
                continue
            version = ""
        texts = tuple((LICENSES_DIR / name).resolve() for name in entry.get("texts", ()))
        out.append(Component(entry["name"], entry["licence"], version, package, texts))
    return tuple(out)


def missing_components(index: list[dict] | None = None) -> list[str]:
    """Components this installation must have but cannot show: no version found for a required
    package (its metadata left out of a bundle), or a licence text missing or empty."""
    problems = []
    shown = {c.name: c for c in components(index, installed_only=False)}
    for entry in index if index is not None else read_index():
        component = shown[entry["name"]]
        needed = not entry.get("optional") and sys.platform.startswith(entry.get("platform", ""))
        if entry.get("package") and needed and not component.version:
            problems.append(f"{entry['name']}: no version found for package {entry['package']}")
        for path in component.texts:
            if not path.is_file() or path.stat().st_size == 0:
                problems.append(f"{entry['name']}: licence text {path} is missing")
    return problems


def bundled_licences() -> Path | None:
    """The folder of every bundled package's licence files, in the PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    if base and (Path(base) / "licenses").is_dir():
        return Path(base) / "licenses"
    return None


def about(content=None) -> About:
    """Everything the About dialog shows. `content`: the loaded checklist content, if any."""
    if content is None:
        from checks.content_loader import ContentError, load_content

        try:
            content = load_content()
        except ContentError:
            content = None
    return About(
        version=__version__,
        content_version=content.version if content is not None else "?",
        content_date=content.as_of if content is not None else None,
        components=components(),
        licences_dir=LICENSES_DIR,
        bundled_licences=bundled_licences(),
    )
