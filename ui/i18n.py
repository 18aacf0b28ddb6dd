"""Translators: Qt's own (qtbase_<lang>.qm, so standard dialogs speak the language too, with
resources/translations/qtbase_extra_fr.qm for the few Qt 6 labels it lacks) and Boussole's
(resources/translations/boussole_<lang>.qm; French is the source language).

`switch_language(lang)` can be called at any time: it removes the installed translators and
installs the new ones; Qt then sends QEvent.LanguageChange to every widget, and each page
re-sets its texts in `changeEvent` (see ui.widgets.Retranslatable).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("fr", "en")
# Each language named in itself, so it can be found whatever language the screen is in.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}

_installed: list[QTranslator] = []
_current = "fr"


def current_language() -> str:
    return _current


def switch_language(lang: str) -> list[str]:
    """Install the translators of `lang`; returns the .qm files loaded (for tests and logs)."""
    global _current
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = "fr"
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir)]
    if lang == "fr":   # what qtbase_fr.qm lacks (Qt 6's "&Look in:"): see that file's comment
        candidates.append((f"qtbase_extra_{lang}", str(TRANSLATIONS_DIR)))
    if lang != "fr":
        candidates.append((f"boussole_{lang}", str(TRANSLATIONS_DIR)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            if app is not None:
                app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(Path(folder) / f"{name}.qm"))
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                               QLocale.Country.France if lang == "fr" else QLocale.Country.UnitedKingdom))
    _current = lang
    if app is not None:
        # Qt posts LanguageChange to every widget: deliver them now, so that every text is
        # retranslated before the caller goes on (and before language_changed listeners run).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return loaded
