"""The home page's side of moving clients between laptops: "Importer…" (a button, Ctrl+O, or a
file dropped anywhere on the page) and "Exporter vers un fichier chiffré…" for the selected
business (its row menu, Ctrl+Shift+E, and "Exporter…" beside "Importer…" at the top: the row of
buttons under the list has no room left at 150 % scaling). The export dialog is in
ui/transfer_dialogs.py, the import in ui/import_job.py; the home page only places the widgets
made here and says which row is selected.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from ui.widgets import button

# The import job and the export dialog are imported when first used: the home page (and so
# every start) does not wait for them.

DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)


def dropped_files(mime) -> list[str]:
    """The local files (not folders) of a drag's data, in order."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


class HomeTransfer(QObject):
    """Import and export commands of the home page `home` (a HomePage: session, table, search,
    selected_business(), refresh())."""

    imports_done = Signal()    # the files given (chosen, dropped) are all handled

    def __init__(self, home):
        super().__init__(home)
        self.home = home
        self.session = home.session
        self.job = None   # the ImportJob running, if any
        self.import_button = button("", home, name="importFile")
        self.import_button.clicked.connect(self.choose_and_import)
        self.export_button = button("", home, name="exportFile")
        self.export_button.clicked.connect(self.export_selected)
        self.import_action = self._action("action-import-file", QKeySequence.StandardKey.Open,
                                          self.choose_and_import)
        self.export_action = self._action("action-export-file", QKeySequence("Ctrl+Shift+E"),
                                          self.export_selected)
        home.setAcceptDrops(True)
        for watched in (home, home.search):     # the search box would take a dropped path as text
            watched.installEventFilter(self)
        self._retranslate()

    def _action(self, name: str, shortcut, slot) -> QAction:
        action = QAction(self.home)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.home.addAction(action)
        return action

    def _retranslate(self) -> None:
        self.import_button.setText(self.tr("Importer…"))
        self.import_button.setAccessibleName(self.tr("Importer un diagnostic depuis un fichier"))
        self.import_button.setToolTip(self.tr(
            "Importer un diagnostic exporté depuis un autre ordinateur (Ctrl+O). Vous pouvez "
            "aussi déposer le fichier sur cette page."))
        self.import_action.setText(self.tr("Importer…"))
        self.export_action.setText(self.tr("Exporter vers un fichier chiffré…"))
        self.export_button.setText(self.tr("Exporter…"))
        self.export_button.setAccessibleName(self.tr(
            "Exporter le diagnostic de l'entreprise choisie vers un fichier chiffré"))
        self.export_button.setToolTip(self.tr(
            "Exporter un diagnostic de l'entreprise choisie vers un fichier chiffré, pour le "
            "reprendre sur un autre ordinateur (Ctrl+Maj+E)"))

    def update(self, row: dict | None) -> None:
        """The selected business's row (None: none): only a business with a checkup exports."""
        exportable = row is not None and bool(row.get("last_checkup_id"))
        self.export_action.setEnabled(exportable)
        self.export_button.setEnabled(exportable)

    # -- export ---------------------------------------------------------------------------------

    def export_selected(self) -> None:
        business_id = self.home.selected_business()
        if business_id is None or not self.export_action.isEnabled():
            return
        from ui.transfer_dialogs import ExportFileDialog

        dialog = ExportFileDialog(self.session, business_id, self.home)
        dialog.exec()
        dialog.deleteLater()
        self.home.window().activateWindow()
        self.home.table.setFocus()

    # -- import ---------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog   # not at start: its types cost PySide6 time

        from ui.transfer_dialogs import default_folder

        paths, _ = QFileDialog.getOpenFileNames(
            self.home, self.tr("Importer un diagnostic"), str(default_folder(self.session.settings)),
            self.tr("Diagnostics Boussole (*.boussole *.json);;Tous les fichiers (*)"))
        if paths:
            self.session.settings.set("last_transfer_dir", str(Path(paths[0]).parent))
            self.import_paths(paths)

    def import_paths(self, paths: list):
        """Import the files (after the ones being imported, if any); returns the ImportJob."""
        from ui.import_job import ImportJob

        if self.job is not None:
            self.job.queue.extend(Path(p) for p in paths)
            return self.job
        self.job = ImportJob(self.session, self.home, list(paths))
        self.job.imported.connect(self._imported)
        self.job.finished.connect(self._done)
        self.import_button.setEnabled(False)
        self.job.start()
        return self.job

    def _imported(self, _checkup_id: str, business_id: str) -> None:
        home = self.home
        home.refresh()
        if not self._select(business_id) and home.search.text():
            home.search.clear()           # the search hid it: show every business
            home.refresh()
            self._select(business_id)

    def _select(self, business_id: str) -> bool:
        return self.home.table.select_business(business_id)

    def _done(self) -> None:
        self.job = None
        self.import_button.setEnabled(True)
        self.home.refresh()
        self.home.window().activateWindow()
        self.home.table.setFocus() if self.home.table.row_count() else None
        self.imports_done.emit()

    # -- events: files dropped, language ----------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind in DRAG_EVENTS and dropped_files(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and dropped_files(event.mimeData()):
            paths = dropped_files(event.mimeData())
            event.acceptProposedAction()
            # After the drop returns: the file manager that started the drag must not wait
            # on our dialogs.
            QTimer.singleShot(0, self, lambda: self.import_paths(paths))
            return True
        if kind == QEvent.Type.LanguageChange and watched is self.home:
            self._retranslate()
        return False
