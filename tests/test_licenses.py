"""The third-party licences Boussole declares (resources/licenses/licenses.toml) are the ones the
installed packages declare, and their texts are shipped and current."""
from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

from desktop import about

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import licenses  # noqa: E402  (tools/licenses.py)

INDEX = about.read_index()
PACKAGED = [e for e in INDEX if e.get("package")]


def metadata_licence(dist) -> str:
    """Every place a distribution states its licence, as one text."""
    meta = dist.metadata
    parts = [meta.get("License-Expression") or "", meta.get("License") or ""]
    parts += [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " | ".join(p for p in parts if p)


@pytest.mark.parametrize("entry", PACKAGED, ids=[e["name"] for e in PACKAGED])
def test_declared_licence_matches_the_installed_package(entry):
    try:
        dist = distribution(entry["package"])
    except PackageNotFoundError:
        pytest.skip(f"{entry['package']} is not installed here (it is not shown either)")
    declared = metadata_licence(dist)
    if declared:
        assert entry["metadata"] in declared, (entry["name"], declared)
    else:   # no licence metadata at all (sqlcipher3): its licence file must say it
        texts = [Path(f.locate()).read_text(encoding="utf-8") for f in dist.files
                 if "LICEN" in f.name.upper()]
        assert any(entry["metadata"] in text for text in texts), entry["name"]


def test_every_text_is_shipped_and_the_copies_are_current():
    for entry in INDEX:
        assert entry.get("texts"), f"{entry['name']} has no licence text"
        for name in entry["texts"]:
            path = about.LICENSES_DIR / name
            assert path.is_file() and path.stat().st_size > 500, path
    assert licenses.stale() == []


def test_the_components_the_product_relies_on_are_listed():
    names = " ".join(e["name"] for e in INDEX)
    for expected in ("Qt", "PySide6", "ReportLab", "DejaVu", "SQLCipher", "sqlite-utils",
                     "keyring", "cryptography", "pyHanko", "Python"):
        assert expected in names
    qt = next(e for e in INDEX if e["name"] == "Qt 6")
    assert qt["licence"] == "LGPL-3.0-only" and "LGPL-3.0.txt" in qt["texts"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (about.LICENSES_DIR / "LGPL-3.0.txt").read_text()


def test_components_shown_are_the_installed_ones_with_their_versions():
    shown = {c.name: c for c in about.components()}
    for entry in PACKAGED:
        try:
            version = distribution(entry["package"]).version
        except PackageNotFoundError:
            assert entry["name"] not in shown
            continue
        assert shown[entry["name"]].version == version
    assert shown["DejaVu Sans"].version == "2.37"
    assert "Bitstream" in shown["DejaVu Sans"].text()
    assert "ZETETIC" in shown["SQLCipher"].text()
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in shown["Python"].text()
