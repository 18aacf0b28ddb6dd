"""À propos de Boussole: the app's version, the content's version and date, and the licences
of the third-party components (with how to replace the Qt libraries, as the LGPL requires).

What it shows comes from desktop.about (Qt-free, read from resources/licenses/licenses.toml and
the installed packages); this module only lays it out, in two tabs so that it fits a 1366x768
laptop at 150 % scaling.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSplitter,
                               QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from checks import formatting
from ui.i18n import current_language
from ui.style import bold
from ui.widgets import Retranslatable, label

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "boussole.svg"


def qt_folders() -> tuple[Path, Path]:
    """(the Qt libraries, the PySide6 modules) this Boussole runs with: what LGPL users may
    replace. In the bundle: _internal/PySide6/Qt/lib and _internal/PySide6."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    return package / "Qt" / "lib", package


def scrolling(page: QWidget) -> QScrollArea:
    """`page` in a frameless vertical scroll area: on a short screen it scrolls, never squashed."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(page)
    return scroll


class AboutDialog(Retranslatable, QDialog):
    def __init__(self, content=None, parent: QWidget | None = None):
        super().__init__(parent)
        from desktop.about import about

        self.info = about(content)
        self.setObjectName("aboutDialog")
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(scrolling(self._build_about_tab()), "")   # 150 %: it scrolls
        self.tabs.addTab(self._build_licences_tab(), "")
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self._retranslate()
        if self.components.topLevelItemCount():
            self.components.setCurrentItem(self.components.topLevelItem(0))
        self._fit_to_screen()

    def _build_about_tab(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setSpacing(10)
        top = QHBoxLayout()
        icon = QLabel(page)
        icon.setPixmap(QIcon(str(ICON)).pixmap(QSize(64, 64)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        names = QVBoxLayout()
        self.title = label("Boussole", "aboutTitle", page)
        title_font = bold(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        self.title.setFont(title_font)
        names.addWidget(self.title)
        self.version = label("", "aboutVersion", page, selectable=True)
        names.addWidget(self.version)
        self.content_version = label("", "aboutContent", page, selectable=True)
        names.addWidget(self.content_version)
        top.addLayout(names, 1)
        column.addLayout(top)
        self.summary = label("", "aboutSummary", page)
        column.addWidget(self.summary)
        self.where = label("", "aboutWhere", page, selectable=True)
        column.addWidget(self.where)
        column.addStretch(1)
        return page

    def _build_licences_tab(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.components = QTreeWidget(splitter)
        self.components.setObjectName("aboutComponents")
        self.components.setRootIsDecorated(False)
        self.components.setUniformRowHeights(True)
        self.components.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.components.setColumnCount(3)
        for component in self.info.components:
            item = QTreeWidgetItem([component.name, component.version, component.licence])
            self.components.addTopLevelItem(item)
        header = self.components.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.licence_text = QPlainTextEdit(splitter)
        self.licence_text.setObjectName("aboutLicenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence_text.setTabChangesFocus(True)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        column.addWidget(splitter, 1)
        self.components.currentItemChanged.connect(self._show_licence)
        self.qt_note = label("", "aboutQtNote", page, selectable=True)
        column.addWidget(self.qt_note)
        return page

    def _fit_to_screen(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() else None) \
            or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.9
        self.resize(QSize(860, 620).boundedTo(room))

    def component_names(self) -> list[str]:
        return [self.components.topLevelItem(i).text(0)
                for i in range(self.components.topLevelItemCount())]

    def _show_licence(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is None:
            self.licence_text.clear()
            return
        component = self.info.components[self.components.indexOfTopLevelItem(current)]
        self.licence_text.setPlainText(component.text())
        self.licence_text.setAccessibleName(self.tr("Licence de {0}").format(component.name))

    def _retranslate(self) -> None:
        info = self.info
        self.setWindowTitle(self.tr("À propos de Boussole"))
        self.tabs.setTabText(0, self.tr("&Boussole"))
        self.tabs.setTabText(1, self.tr("&Licences"))
        self.version.setText(self.tr("Version {0}").format(info.version))
        if info.content_date is not None:
            # The interface's language, like every date the app and the PDF show ("1er décembre").
            when = formatting.date(info.content_date, current_language())
            self.content_version.setText(self.tr("Questionnaire : version {0}, faits vérifiés au {1}")
                                         .format(info.content_version, when))
        else:
            self.content_version.setText(self.tr("Questionnaire : version inconnue (contenu "
                                                 "endommagé, réinstallez Boussole)"))
        self.summary.setText(self.tr(
            "Le diagnostic numérique des petites entreprises : outils d'IA, vente en ligne et "
            "bases de la cybersécurité. Boussole fonctionne sans connexion : vos réponses "
            "restent sur cet ordinateur."))
        where = self.tr("Textes des licences des composants tiers : {0}").format(info.licences_dir)
        if info.bundled_licences is not None:
            where += "\n" + self.tr("Licences de chaque composant de l'application : {0}").format(
                info.bundled_licences)
        self.where.setText(where)
        self.components.setHeaderLabels([self.tr("Composant"), self.tr("Version"),
                                         self.tr("Licence")])
        self.components.setAccessibleName(self.tr("Composants tiers"))
        libraries, modules = qt_folders()
        self.qt_note.setText(self.tr(
            "Qt et PySide6 sont utilisés sous la licence GNU LGPL version 3 : vous pouvez les "
            "remplacer par une version modifiée compatible avec Qt {0}. Remplacez les "
            "bibliothèques Qt du dossier {1} et les modules PySide6 du dossier {2}, puis "
            "relancez Boussole. Le code source de Qt et de PySide6 est disponible sur "
            "download.qt.io.").format(qVersion(), libraries, modules))
        self.close_button.setText(self.tr("Fermer"))
        current = self.components.currentItem()
        if current is not None:
            self._show_licence(current)
