"""Update and compile the interface translations (`make translations`).

Source strings in ui/*.py are French (tr() / QCoreApplication.translate). This script runs
pyside6-lupdate over every ui/*.py into resources/translations/boussole_en.ts (existing
translations are kept, strings no longer in the code are dropped), then pyside6-lrelease into
boussole_en.qm. Translate the new entries in the .ts (Qt Linguist, or any text editor: fill
<translation> and remove type="unfinished"), then run it again to compile.

    python tools/translations.py           update the .ts from the code, compile the .qm
    python tools/translations.py --check   exit 1 if a message is untranslated or unfinished,
                                           or if the .qm is not compiled from the current .ts
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en",)          # French is the source language: it needs no file
SOURCE_LANGUAGE = "fr"


def extra_qt_files() -> list[Path]:
    """qtbase_extra_<lang>.ts: the few Qt 6 labels PySide6's own qtbase_<lang>.qm lacks, written
    by hand (no lupdate source); compiled and checked here like Boussole's own."""
    return sorted(TRANSLATIONS_DIR.glob("qtbase_extra_*.ts"))


def ts_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"boussole_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"boussole_{lang}.qm"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to this Python first (the venv), else PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in UI_DIR.glob("*.py") if p.name != "__init__.py")


def update(lang: str) -> None:
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "relative",
                    "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
                    "-ts", str(ts_path(lang).relative_to(ROOT))], cwd=ROOT, check=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def problems(lang: str) -> list[str]:
    """Every message of the .ts without a finished, non-empty translation; a stale .qm."""
    ts, qm = ts_path(lang), qm_path(lang)
    if not ts.exists():
        return [f"{ts.name} is missing: run tools/translations.py"]
    out = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{ts.name} [{name}] {source[:60]!r}"
            if translation is None:
                out.append(f"{where}: no translation")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                out.append(f"{where}: translation {kind}")
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if any(not t.strip() for t in texts):
                out.append(f"{where}: empty translation")
    if not qm.exists():
        out.append(f"{qm.name} is missing: run tools/translations.py")
    else:
        out += _stale(root, qm, ts.name)
    return out


def _stale(root: ET.Element, qm: Path, ts_name: str) -> list[str]:
    """Whether the .qm gives every translation of the .ts (compared through QTranslator, not byte
    for byte, so a .qm compiled by another Qt version of lrelease still counts as current)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return [f"{qm.name} cannot be loaded: run tools/translations.py"]
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            if forms:
                expected, got = forms[-1].text or "", translator.translate(name, source, comment, 2)
            else:
                expected, got = translation.text or "", translator.translate(name, source, comment)
            if got != expected:
                return [f"{qm.name} is not compiled from the current {ts_name} "
                        f"([{name}] {source[:50]!r}): run tools/translations.py"]
    return []


def context_problems(lang: str) -> list[str]:
    """Messages lupdate found outside any class (e.g. a `tr` passed as an argument): at run time
    the caller's class is the context, so these translations are never used."""
    ts = ts_path(lang)
    if not ts.exists():
        return []
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name"):
            continue
        for message in context.iter("message"):
            location = message.find("location")
            where = f"{location.get('filename')}:{location.get('line')}" if location is not None else ""
            out.append(f"{ts.name}: {message.findtext('source')!r} {where} has no context and is "
                       f"never used at run time; call self.tr() inside the class, or "
                       f"QCoreApplication.translate(\"Context\", ...)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that translations are complete and compiled")
    args = parser.parse_args(argv)
    status = 0
    for ts in extra_qt_files():
        if not args.check:
            release(ts, ts.with_suffix(".qm"))
        stale = _stale(ET.parse(ts).getroot(), ts.with_suffix(".qm"), ts.name)
        for p in stale:
            print(p, file=sys.stderr)
        status = 1 if stale else status
    for lang in LANGUAGES:
        if not args.check:
            update(lang)
            release(ts_path(lang), qm_path(lang))
        for p in context_problems(lang):
            print(f"warning: {p}", file=sys.stderr)
        found = problems(lang)
        for p in found:
            print(p, file=sys.stderr)
        if found:
            print(f"{len(found)} translation problem(s) in {lang}.", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
