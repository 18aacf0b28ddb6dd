"""The interface translations: every string of ui/ is in boussole_en.ts, every message there has
a finished English translation, and the compiled .qm is the one the .ts gives."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/translations.py)


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source"))
            for c in root.iter("context") for m in c.iter("message")}


def test_english_is_complete_and_compiled():
    assert translations.problems("en") == []


def test_every_string_of_the_code_is_in_the_ts(tmp_path):
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in translations.sources()]
    subprocess.run([translations._tool("pyside6-lupdate"), *files, "-no-obsolete",
                    "-source-language", "fr", "-target-language", "en", "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = messages(fresh) - messages(translations.ts_path("en"))
    assert not missing, f"run tools/translations.py and translate: {sorted(missing)[:10]}"


def test_the_qm_translates_french_sources_to_english():
    translator = QTranslator()
    assert translator.load(str(translations.qm_path("en")))
    assert translator.translate("ResultsPage", "Voir le plan d'action") == "See the action plan"
    assert translator.translate("TrackingFields", "Statut") == "Status"
    assert translator.translate("ExportDialog", "Ouvrir le dossier") == "Open the folder"


def test_check_mode_reports_an_unfinished_message(tmp_path, monkeypatch):
    ts = tmp_path / "boussole_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en" '
        'sourcelanguage="fr"><context><name>X</name><message><source>Bonjour</source>'
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8")
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
    found = translations.problems("en")
    assert any("unfinished" in p for p in found)
    assert any("missing" in p for p in found)          # no .qm yet
    translations.release(ts, tmp_path / "boussole_en.qm")
    assert not any("not compiled" in p for p in translations.problems("en"))
    ts.write_text(ts.read_text().replace('type="unfinished"></translation>', '>Hello</translation>'))
    assert any("not compiled" in p for p in translations.problems("en"))


def test_every_message_has_a_context():
    """A tr() lupdate files without a context is never looked up at run time: stays French."""
    assert translations.context_problems("en") == []
