"""Start the desktop app: arguments, QApplication, translators, settings, store, main window.

Kept light on purpose: reportlab, the scoring engine's heavier parts and the results/plan pages
are imported only when first needed, so the window shows in a fraction of a second.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ui import errors, i18n, style

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "boussole.svg"
EXIT_AFTER_SHOW = "BOUSSOLE_EXIT_AFTER_SHOW"   # benchmarks: quit once the window is shown


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="boussole", add_help=True,
                                     description="Boussole: diagnostic numérique des TPE-PME.")
    parser.add_argument("--data-dir", help="dossier des données (par défaut : celui de l'utilisateur)")
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    args, _qt_args = parser.parse_known_args(argv[1:])
    return args


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


def open_window(data_dir: str | os.PathLike | None = None, lang: str | None = None,
                content=None):
    """Open settings, content and store of a data folder and build the main window.

    Returns the window (not shown yet), or None after telling the person what went wrong.
    Needs a QApplication. Errors go through ui.errors, so tests can observe them.
    """
    from desktop import paths
    from desktop.settings import Settings

    folder = paths.data_dir(data_dir)
    try:
        paths.ensure_dir(folder)
    except OSError as exc:
        i18n.switch_language(lang or "fr")
        errors.error(None, _t("Dossier de données inaccessible"),
                     _t("Boussole ne peut pas créer ou ouvrir son dossier de données :\n{0}")
                     .format(folder),
                     _t("Choisissez un autre dossier avec --data-dir, ou vérifiez les droits "
                        "d'accès à ce dossier."), str(exc))
        return None
    settings = Settings(folder)
    if lang and lang != settings.get("language"):
        settings.set("language", lang)
    i18n.switch_language(settings.get("language"))

    from checks.content import ContentError, load_content

    try:
        content = content or load_content(os.environ.get("BOUSSOLE_CONTENT_DIR") or None)
    except ContentError as exc:
        errors.error(None, _t("Contenu du diagnostic invalide"),
                     _t("Les fichiers de questions livrés avec Boussole sont endommagés."),
                     _t("Réinstallez Boussole. Vos données ne sont pas touchées."),
                     "\n".join(exc.problems))
        return None

    store = _open_store(folder, content)
    if store is None:
        return None

    from ui.main_window import MainWindow
    from ui.session import Session

    session = Session(store, content, settings)
    window = MainWindow(session)
    if settings.load_problem:
        errors.warning(window, _t("Paramètres réinitialisés"),
                       _t("Le fichier des paramètres était endommagé : les réglages par défaut "
                          "sont utilisés."), _t("Vos diagnostics ne sont pas touchés."),
                       settings.load_problem)
    recovered = getattr(store, "recovered_from", None)
    if recovered:
        errors.info(window, _t("Données récupérées"),
                    _t("Le fichier de données était endommagé. Boussole a repris ce qui pouvait "
                       "l'être et a conservé le fichier endommagé ici :\n{0}").format(recovered),
                    _t("Vérifiez vos derniers diagnostics. Gardez ce fichier : un "
                       "informaticien pourra peut-être en extraire davantage."))
    return window


def _open_store(folder: Path, content):
    try:
        from desktop.store import Store, StoreError, StoreLockedError
    except ImportError as exc:
        errors.error(None, _t("Boussole est incomplet"),
                     _t("Le module d'enregistrement des données est introuvable."),
                     _t("Réinstallez Boussole."), str(exc))
        return None
    try:
        return Store.open_folder(folder, content)
    except StoreLockedError as exc:
        errors.error(None, _t("Boussole est déjà ouvert"),
                     _t("Ces données sont déjà utilisées par une autre fenêtre de Boussole "
                        "(ou un autre programme)."),
                     _t("Revenez à la fenêtre déjà ouverte, ou fermez-la puis relancez "
                        "Boussole."), str(exc))
    except StoreError as exc:
        errors.error(None, _t("Impossible d'ouvrir vos données"),
                     _t("Boussole n'arrive pas à ouvrir ses données dans :\n{0}").format(folder),
                     _t("Rien n'a été effacé. Fermez les autres programmes qui utilisent ce "
                        "dossier, vérifiez l'espace disque, puis relancez Boussole. Si le "
                        "problème persiste, contactez votre assistance en lui donnant le détail "
                        "ci-dessous."), str(exc))
    return None


def fit_to_screen(window) -> None:
    """First start: a comfortable size that fits the screen (1366x768 laptops included)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    width = min(1280, int(available.width() * 0.92))
    height = min(820, int(available.height() * 0.9))
    window.resize(width, height)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("Boussole")
    app.setApplicationName("Boussole")
    app.setDesktopFileName("boussole")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    style.apply(app)
    return app


def run(argv: list[str]) -> int:
    started = time.perf_counter()
    args = parse_args(argv)
    app = create_application(argv)
    window = open_window(args.data_dir, args.lang)
    if window is None:
        return 1
    if not window.restore_geometry():
        fit_to_screen(window)
    window.start()
    window.show()
    if os.environ.get(EXIT_AFTER_SHOW):
        def report() -> None:
            print(f"shown {time.perf_counter() - started:.4f}", flush=True)
            window.close()
            app.quit()
        QTimer.singleShot(0, report)
    code = app.exec()
    window.session.close()
    return code


if __name__ == "__main__":
    raise SystemExit(run(sys.argv))
