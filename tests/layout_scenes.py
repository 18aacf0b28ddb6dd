"""Every page and dialog of Boussole, filled with long names and notes, as the layout test
(tests/test_ui_layout.py) checks them and as a person can look at them:

    QT_SCALE_FACTOR=1.5 python -m tests.layout_scenes interview --lang en

shows one scene in its own data folder (a temporary copy, thrown away on exit) for a
screenshot with look.sh; `--check` prints what tests/layout_check.py finds as JSON instead.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.layout_check import settle

LONG_NAME = "Boulangerie-pâtisserie « Au Pain Doré » de Saint-Rémy-de-Provence"   # 60+ chars
OTHER_NAMES = ["Boulangerie Martin", "Quincaillerie Dubois-Lefèvre et Fils, Clermont-Ferrand",
               "Atelier de couture et retouches « Le Fil d'Ariane »", "Garage Moreau"]
ADVISOR = ("Claire Dupont-Villeneuve de La Rochefoucauld",
           "Chambre de commerce et d'industrie Lyon Métropole Saint-Étienne Roanne")
LONG_NOTE = ("Le gérant pense que la sauvegarde est faite par le prestataire, à vérifier avec "
             "Jérôme (informatique) lors du prochain passage ; la clé USB du bureau contient "
             "peut-être une copie de 2024. Demander aussi le contrat de maintenance.")

WRONG_PASSPHRASE = ("Cette phrase secrète n'ouvre pas le fichier. Vérifiez les majuscules et la "
                    "disposition du clavier, puis réessayez. Si elle est juste, le fichier a été "
                    "abîmé pendant le transfert : demandez un nouvel export.")   # the longest problem

WINDOW_SCENES = ["home", "profile", "interview", "results", "plan"]
DIALOG_SCENES = ["export", "export_done", "settings", "settings_logo", "storage",
                 "storage_unlock", "business",
                 "transfer", "passphrase", "history", "about"]
SCENES = WINDOW_SCENES + DIALOG_SCENES
STAGES: list = []   # the open stages, closed after each scene


class Stage:
    """A data folder with several businesses, the long-named one's two checkups (the latest
    in progress when `in_progress`), and the main window on it, sized as at first start."""

    def __init__(self, folder: Path, lang: str, in_progress: bool):
        import keyring

        from checks.content_loader import load_content
        from desktop.settings import Settings
        from tests.factories import FULL_PROFILE, attached_session, make_assessment
        from tests.file_keyring import FileKeyring
        from ui import i18n

        keyring.set_keyring(FileKeyring(folder / "keyring.json"))
        data = folder / "data"
        data.mkdir(parents=True, exist_ok=True)
        settings = Settings(data)
        settings.set("language", lang)
        settings.set("advisor_mode", True)
        if i18n.current_language() != lang or not STAGES[:-1]:
            i18n.switch_language(lang)
        content = load_content()
        self.content = content
        self.session = session = attached_session(data, content, settings)
        session.set_advisor(*ADVISOR, self._logo(folder))
        for i, other in enumerate(OTHER_NAMES):
            session.checkups.import_assessment(make_assessment(content, "mixed", name=other, seed=i))
        before = make_assessment(content, "worst", name=LONG_NAME, role="advisor")
        profile = {**FULL_PROFILE, "it_provider": "no", "monthly_hours": "2", "yearly_budget": "500"}
        after = make_assessment(content, "mixed", profile=profile, name=LONG_NAME, seed=4,
                                role="advisor", fraction=0.5 if in_progress else 1.0)
        after.business = before.business   # the same business, checked twice
        after.started_at = "2027-05-20T09:30:00+02:00"
        if in_progress:
            first = next(iter(after.answers))
            after.answers[first].note = LONG_NOTE
        session.checkups.import_assessment(before)
        self.checkup_id = session.checkups.import_assessment(after).checkup_id
        session.open_checkup(self.checkup_id)
        self.business_id = session.business_id()
        self.logo = self._logo(folder)

    @staticmethod
    def _logo(folder: Path) -> str:
        from PySide6.QtGui import QColor, QImage

        path = folder / "logo.png"
        if not path.exists():
            image = QImage(600, 200, QImage.Format.Format_RGB32)
            image.fill(QColor("#1d4e89"))
            image.save(str(path))
        return str(path)

    def window(self, page: str):
        from ui.app import fit_to_screen
        from ui.main_window import MainWindow
        from ui.pages import PageId

        window = MainWindow(self.session)
        fit_to_screen(window)
        if page == "home":
            self.session.close_checkup()
            window.show_page(PageId.HOME)
        else:
            window.resume_checkup(self.checkup_id)
            window.show_page(PageId(page))
        return window


def build(scene: str, lang: str, folder: Path) -> QWidget:
    """The scene's top-level widget, shown."""
    stage = Stage(folder, lang, in_progress=scene in ("interview", "profile"))
    STAGES.append(stage)
    if scene in WINDOW_SCENES:
        widget = stage.window(scene)
        widget.show()
        if scene == "plan":
            _open_plan_details(widget, stage)
        settle()
        return widget
    parent = stage.window("results")
    parent.show()
    widget = _dialog(scene, stage, parent, folder)
    widget.show()
    settle()
    if scene == "export_done":
        widget._finished(folder / "Exports clients 2027" / f"{LONG_NAME} — plan d'action.pdf")
    elif scene == "settings_logo":
        widget.set_logo(stage.logo)
    settle()
    widget.raise_()
    return widget


def _dialog(scene: str, stage: Stage, parent, folder: Path) -> QWidget:
    session = stage.session
    if scene in ("export", "export_done"):
        from ui.export_dialog import ExportDialog
        return ExportDialog(session, parent)
    if scene in ("settings", "settings_logo"):
        from ui.settings_dialog import SettingsDialog
        if scene == "settings_logo":
            session.set_advisor(*ADVISOR, "")
        return SettingsDialog(session, parent)
    if scene in ("storage", "storage_unlock"):
        from desktop.workspace import ASK_CHOOSE, ASK_RETRY
        from ui.storage_dialog import StorageDialog
        return StorageDialog(ASK_CHOOSE if scene == "storage" else ASK_RETRY, parent)
    if scene == "business":
        from ui.business_dialog import BusinessDialog
        return BusinessDialog(session, parent, business=session.business(stage.business_id))
    if scene == "transfer":
        from ui.transfer_dialogs import ExportFileDialog
        return ExportFileDialog(session, stage.business_id, parent)
    if scene == "passphrase":
        from ui.passphrase_dialog import PassphraseDialog
        return PassphraseDialog(f"{LONG_NAME} 2027-05-20.boussole", WRONG_PASSPHRASE, parent)
    if scene == "history":
        from ui.history_dialog import HistoryDialog
        return HistoryDialog(session, stage.business_id, parent)
    if scene == "about":
        from ui.about_dialog import AboutDialog
        return AboutDialog(stage.content, parent)
    raise ValueError(f"unknown scene {scene!r}; one of {', '.join(SCENES)}")


def _open_plan_details(window, stage: Stage) -> None:
    from ui.pages import PageId

    page = window.pages[PageId.PLAN]
    plan = stage.session.evaluation().plan
    for planned in plan.actions[:3]:
        page.plan_list.open_details(planned.action)


def missing_commands(window, in_checkup: bool) -> list[str]:
    """Header commands neither on a button shown nor in the "⋯" menu."""
    header = window.header
    wanted = [header.settings, header.about] + ([header.export] if in_checkup else [])
    return [f"header command {b.defaultAction().text()!r} is neither shown nor in the ⋯ menu"
            for b in wanted if not b.isVisible()
            and not (header.more.isVisible() and b.defaultAction() in header.more_menu.actions())]


def unreachable_answers(window) -> list[str]:
    """Every answer of the interview, "Je ne sais pas" and the note included, can be scrolled
    into view whole (issue 15: at 150 % "Je ne sais pas" was below the fold)."""
    from ui.pages import PageId

    view = window.pages[PageId.INTERVIEW].center
    body, shown = view.widget(), view.viewport().height()
    reach = shown + view.verticalScrollBar().maximum()   # the bottom the scroll bar reaches
    out = []
    for widget in [*view.answers(), view.note]:
        top = widget.mapTo(body, widget.rect().topLeft()).y()
        if top < 0 or top + widget.height() > min(reach, body.height()) or widget.height() > shown:
            out.append(f"{widget.objectName()} cannot be scrolled into view whole (at {top}, "
                       f"{widget.height()} px high, {shown} px shown, scrolls to {reach})")
    return out


def answers_below_the_fold(window) -> list[str]:
    """Every answer of the interview's question, "Je ne sais pas" included, is whole in view
    as the question opens, without scrolling (issue 15: at 150 % on a laptop two were)."""
    from ui.pages import PageId

    view = window.pages[PageId.INTERVIEW].center
    view.verticalScrollBar().setValue(0)
    shown = view.viewport().height()
    out = []
    for widget in view.answers():
        top = widget.mapTo(view.viewport(), widget.rect().topLeft()).y()
        if top < 0 or top + widget.height() > shown:
            out.append(f"{widget.objectName()} is not in view without scrolling ({top} to "
                       f"{top + widget.height()} px, {shown} px shown)")
    return out


def app() -> QApplication:
    from ui.app import create_application

    return create_application([sys.argv[0]])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.layout_scenes")
    parser.add_argument("scenes", nargs="+", help=" | ".join(SCENES) + " | all")
    parser.add_argument("--lang", default="fr", choices=["fr", "en"])
    parser.add_argument("--check", action="store_true", help="print the problems as JSON")
    args = parser.parse_args(argv)
    scenes = SCENES if args.scenes == ["all"] else args.scenes
    application = app()
    if not args.check:
        with tempfile.TemporaryDirectory() as tmp:
            widget = build(scenes[0], args.lang, Path(tmp))
            code = application.exec()
            widget.close()
            return code
    from tests.layout_check import blank_bands, problems  # noqa: E402 - with the scene built

    screen = application.primaryScreen().availableGeometry()
    found = {"screen": [screen.width(), screen.height()], "scenes": {}}
    for scene in scenes:
        with tempfile.TemporaryDirectory() as tmp:
            widget = build(scene, args.lang, Path(tmp))
            window = widget.window()
            size = window.frameGeometry()
            out = problems(widget)
            if scene in WINDOW_SCENES:
                out += missing_commands(widget, in_checkup=scene != "home")
            if scene == "interview":
                out += unreachable_answers(widget) + answers_below_the_fold(widget)
            out += blank_bands(widget)
            if size.width() > screen.width() or size.height() > screen.height():
                out.append(f"window {size.width()}x{size.height()} larger than the screen")
            found["scenes"][scene] = out
            for top in QApplication.topLevelWidgets():
                top.close()
                top.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            settle()
            STAGES.pop().session.close()
    print("LAYOUT-JSON " + json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
