"""Start the desktop app: arguments, QApplication, translators, settings, store, main window.

Kept light on purpose: reportlab, the scoring engine's heavier parts and the results/plan pages
are imported only when first needed, so the window shows in a fraction of a second.
"""
from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ui import errors, i18n, style

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "boussole.svg"
EXIT_AFTER_SHOW = "BOUSSOLE_EXIT_AFTER_SHOW"   # benchmarks: quit once the window is shown


def parse_args(argv: list[str]) -> SimpleNamespace:
    """--data-dir and --lang; other arguments are left to Qt (-platform, -style...).

    The common case is parsed by hand (argparse costs a few milliseconds of start-up);
    argparse takes over for --help and for anything that looks wrong, to print its messages.
    """
    args = SimpleNamespace(data_dir=None, lang=None)
    rest = list(argv[1:])
    simple = True
    while rest:
        arg = rest.pop(0)
        name, _, value = arg.partition("=")
        if name in ("--data-dir", "--lang"):
            if not value:
                if not rest:
                    simple = False
                    break
                value = rest.pop(0)
            setattr(args, name[2:].replace("-", "_"), value)
        elif name in ("-h", "--help") or name.startswith("--"):
            simple = False
            break
    if simple and args.lang in (None, "fr", "en"):
        return args
    return _parse_with_argparse(argv)


def _parse_with_argparse(argv: list[str]) -> SimpleNamespace:
    import argparse

    parser = argparse.ArgumentParser(prog="boussole", add_help=True,
                                     description="Boussole: diagnostic numérique des TPE-PME.")
    parser.add_argument("--data-dir", help="dossier des données (par défaut : celui de l'utilisateur)")
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    # Both are answered by desktop.app before Qt starts; listed here for --help.
    parser.add_argument("--version", action="store_true", help="afficher la version et quitter")
    parser.add_argument("--self-test", action="store_true",
                        help="vérifier l'installation dans un dossier temporaire, puis quitter")
    args, _qt_args = parser.parse_known_args(argv[1:])
    return SimpleNamespace(data_dir=args.data_dir, lang=args.lang)


def prepare(data_dir: str | os.PathLike | None = None, lang: str | None = None):
    """The data folder, its settings and the translators. (folder, settings) or None."""
    from desktop import paths
    from desktop.settings import Settings

    folder = paths.data_dir(data_dir)
    try:
        paths.ensure_dir(folder)
    except OSError as exc:
        i18n.switch_language(lang or "fr")
        errors.error(None, QCoreApplication.translate("App", "Dossier de données inaccessible"),
                     QCoreApplication.translate("App", "Boussole ne peut pas créer ou ouvrir son dossier de données :\n{0}")
                     .format(folder),
                     QCoreApplication.translate("App", "Choisissez un autre dossier avec --data-dir, ou vérifiez les droits "
                        "d'accès à ce dossier."), str(exc))
        return None
    settings = Settings(folder)
    if lang:   # this run only: the language chosen in Settings stays for later starts
        settings.override("language", lang)
    i18n.switch_language(settings.get("language"))
    return folder, settings


def load_content(parent=None):
    """The checklist content shipped with Boussole, or None after saying it is damaged."""
    from desktop.content_cache import load_content as _load   # parsed once, then cached

    return _said_if_damaged(_load, parent)


def check_content(session, parent=None) -> bool:
    """Whether Boussole's content is whole (the session reads its edition: from the content
    cache, else from the content files), False after saying it is damaged. The start does
    this instead of loading the content, which comes just after the window is ready."""
    return _said_if_damaged(session.content_edition, parent) is not None


def _said_if_damaged(read, parent):
    from checks.errors import ContentError

    try:
        return read()
    except ContentError as exc:
        errors.error(parent, QCoreApplication.translate("App", "Contenu du diagnostic invalide"),
                     QCoreApplication.translate("App", "Les fichiers de questions livrés avec Boussole sont endommagés."),
                     QCoreApplication.translate("App", "Réinstallez Boussole. Vos données ne sont pas touchées."),
                     "\n".join(exc.problems))
        return None


def attach_data(window, folder: Path, content=None) -> bool:
    """Open the data folder for the window's session; say what happened if it could not."""
    session = window.session
    parent = window if window.isVisible() else None
    workspace = open_data(folder, session.settings, parent)
    if workspace is None:
        return False
    session.attach(workspace, content)
    settings = session.settings
    if settings.load_problem:
        errors.warning(window, QCoreApplication.translate("App", "Paramètres réinitialisés"),
                       QCoreApplication.translate("App", "Le fichier des paramètres était endommagé : les réglages par défaut "
                          "sont utilisés."), QCoreApplication.translate("App", "Vos diagnostics ne sont pas touchés."),
                       settings.load_problem)
    if workspace.database_missing:
        errors.warning(window, QCoreApplication.translate("App", "Base de données introuvable"),
                       QCoreApplication.translate(
                           "App", "Le fichier des diagnostics de ce dossier manquait ou était "
                           "vide, alors que le dossier est protégé par une phrase secrète : un "
                           "nouveau fichier vide a été créé."),
                       QCoreApplication.translate(
                           "App", "Si vous aviez des diagnostics ici, restaurez le fichier "
                           "boussole.db depuis une sauvegarde du dossier."), str(folder))
    recovered = workspace.recovered_from
    if recovered:
        from ui.store_problems import salvage_text   # how many checkups recovered, lost

        errors.info(window, QCoreApplication.translate("App", "Données récupérées"),
                    salvage_text(workspace.salvage, recovered),
                    QCoreApplication.translate("App", "Vérifiez vos derniers diagnostics. Gardez ce fichier : un "
                       "informaticien pourra peut-être en extraire davantage. Les Paramètres le "
                       "montrent et permettent de le supprimer."))
    return True


def open_window(data_dir: str | os.PathLike | None = None, lang: str | None = None,
                content=None):
    """Open settings, content and store of a data folder and build the main window.

    Returns the window (not shown yet), or None after telling the person what went wrong.
    Needs a QApplication. Errors go through ui.errors, so tests can observe them.
    """
    prepared = prepare(data_dir, lang)
    if prepared is None:
        return None
    folder, settings = prepared
    content = content or load_content()
    if content is None:
        return None
    from ui.main_window import MainWindow
    from ui.session import Session

    window = MainWindow(Session(settings, content))
    if not attach_data(window, folder, content):
        window.deleteLater()
        return None
    return window


def open_data(folder: Path, settings, parent=None):
    """The data folder opened through desktop.workspace: its lock first, then the key (the
    keychain, else the person's explicit choice in the storage dialog, asked while the lock is
    held), then the store. The Workspace, or None after telling the person why (nothing is said
    when they quit the storage dialog). `settings` is the session's Settings, re-read under the
    lock so the remembered storage choice is never overwritten by an older copy."""
    from desktop.workspace import (SecretsError, StorageCancelled, StoreError, StoreLockedError,
                                   open_workspace)

    def ask(situation):   # the storage dialog is imported only when there is something to ask
        from ui.storage_dialog import ask_storage

        return ask_storage(situation, parent)

    try:
        return open_workspace(folder, ask, settings=settings, waiting=_keep_painting)
    except StorageCancelled:
        return None
    except SecretsError as exc:
        from ui.storage_dialog import explain_key_problem

        explain_key_problem(exc, parent)
    except StoreLockedError as exc:
        errors.error(parent, QCoreApplication.translate("App", "Boussole est déjà ouvert"),
                     QCoreApplication.translate("App", "Ces données sont déjà utilisées par une autre fenêtre de Boussole "
                        "(ou un autre programme)."),
                     QCoreApplication.translate("App", "Revenez à la fenêtre déjà ouverte, ou fermez-la puis relancez "
                        "Boussole."), str(exc))
    except (StoreError, OSError) as exc:
        from ui.store_problems import sentence   # a full disk, a read-only folder... said so

        errors.error(parent, QCoreApplication.translate("App", "Impossible d'ouvrir vos données"),
                     QCoreApplication.translate("App", "Boussole n'arrive pas à ouvrir ses données dans :\n{0}").format(folder),
                     sentence(getattr(exc, "reason", "")) or QCoreApplication.translate("App", "Rien n'a été effacé. Fermez les autres programmes qui utilisent ce "
                        "dossier, vérifiez l'espace disque, puis relancez Boussole. Si le "
                        "problème persiste, contactez votre assistance en lui donnant le détail "
                        "ci-dessous."), str(exc))
    return None


def _keep_painting(_pid) -> None:
    """While another Boussole (often a command-line import) finishes with the data folder, the
    window keeps painting; the person's clicks wait until the data is open."""
    from PySide6.QtCore import QEventLoop

    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


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
    app = QApplication.instance()
    made_here = app is None
    if made_here:
        # Fusion named on the command line: QApplication.setStyle() would hand Python the
        # QStyle, whose type (its many enums) costs PySide6 ~10 ms to build at every start.
        app = QApplication([*(argv[:1] or ["boussole"]), "-style", "fusion", *argv[1:]])
    app.setOrganizationName("Boussole")
    app.setApplicationName("Boussole")
    app.setDesktopFileName("boussole")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    style.apply(app, set_style=not made_here)
    return app


class _FirstPaint(QObject):
    """Runs `then` once the window has been painted for the first time (or after a second,
    should no paint come, e.g. when the window starts minimised). A measured start
    (`report_from`) always waits for its paint: under a profiler such as callgrind a start
    takes seconds, and the fallback would open the data before the first paint instead."""

    def __init__(self, then, report_from: float | None = None):
        super().__init__()
        self.then = then
        self.report_from = report_from
        self.done = False
        if report_from is None:
            QTimer.singleShot(1000, self.fire)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if not self.done and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.fire)   # after this paint has reached the screen
        return False

    def fire(self) -> None:
        if self.done:
            return
        self.done = True
        if self.report_from is not None:
            print(f"shown {time.perf_counter() - self.report_from:.4f}", flush=True)
        self.then()


def run(argv: list[str]) -> int:
    """The app: the window is shown first, then the data is opened (the store and the
    content take a few hundred milliseconds to load; the window should not wait for them)."""
    started = time.perf_counter()
    args = parse_args(argv)
    app = create_application(argv)
    prepared = prepare(args.data_dir, args.lang)
    if prepared is None:
        return 1
    folder, settings = prepared
    from ui.main_window import MainWindow
    from ui.session import Session

    window = MainWindow(Session(settings))
    if not window.restore_geometry():
        fit_to_screen(window)
    bench = os.environ.get(EXIT_AFTER_SHOW)

    def stop() -> None:
        window.close()
        app.exit(1)

    def open_data() -> None:
        try:
            open_and_fill()
        finally:
            _collect_from_now_on()

    def open_and_fill() -> None:
        # The home page needs the content's edition only; the content itself (its model and
        # the cache's pickle, ~20 ms) is read once the list is on screen, before any click.
        if not check_content(window.session, window) or not attach_data(window, folder):
            stop()
            return
        window.start()
        if bench:
            app.processEvents()
            print(f"ready {time.perf_counter() - started:.4f}", flush=True)
            window.close()
            app.quit()
            return
        QTimer.singleShot(0, load_the_content)

    def load_the_content() -> None:
        if window.session.checkups is not None and \
                _said_if_damaged(lambda: window.session.current_content, window) is None:
            stop()
        gc.freeze()   # the checklist, too, stays for the session

    first_paint = _FirstPaint(open_data, started if bench else None)
    window.installEventFilter(first_paint)
    window.show()
    code = app.exec()
    window.session.close()
    return code


def _collect_from_now_on() -> None:
    """Garbage collection back on once the window is ready (desktop.app turned it off for
    the start). What the start made stays for the session: gc.freeze() sets it apart, so
    that later collections, between two answers, do not walk it again."""
    gc.freeze()
    gc.enable()


if __name__ == "__main__":
    raise SystemExit(run(sys.argv))
