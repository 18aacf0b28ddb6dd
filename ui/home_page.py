"""Home: the businesses with their last checkup, a search, a checkup to resume, a new one;
a business edited (button, context menu, F2) or deleted."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLineEdit, QMenu, QStackedWidget, QVBoxLayout,
                               QWidget)

from checks.interview_time import WELCOME_MINUTES
from ui import errors
from ui.adaptive_row import AdaptiveRow
from ui.business_table import BusinessTable
from ui.dates import format_long_date
from ui.week_summary import WeekSummary
from ui.home_transfer import HomeTransfer
from ui.unfinished_panel import UnfinishedPanel
from ui.widgets import Card, LeastHeightForWidth, ScrollPage, button, label, scroll_column


BANNERS = 3   # unfinished checkups offered above the list, the most recent first


class _Listing(LeastHeightForWidth, QWidget):
    """The list, its week and its buttons. The page above scrolls when the window is shorter
    than this needs: it asks the stack for a height for its width, which the stack asks of
    this page: the least it needs (a few rows, the week's lines wrapped at their real width),
    not the height the list would like (the page scrolled at 100 % with room to spare), nor
    Qt's minimum for wrapped text (a narrow column, too tall, which also made the list's
    height jump with the week's text)."""


class HomePage(QWidget):
    new_business_requested = Signal()
    new_checkup_requested = Signal(str)   # business id
    checkup_opened = Signal(str)          # checkup id
    latest_selected = Signal(str)         # the selected business's latest checkup id, or ""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        # The whole page scrolls when the window is shorter than it (150 % on a laptop): the
        # list keeps room for a few rows and the buttons under it stay reachable.
        _page, _scroll, outer = scroll_column(self, fill=True)
        _scroll.setObjectName("homeScroll")
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(14)

        top = QHBoxLayout()
        top.setSpacing(12)
        self.title = label("", "pageTitle", self)
        top.addWidget(self.title, 1)
        self.new_button = button("", self, primary=True, name="newCheckup")
        self.new_button.clicked.connect(self.new_business_requested)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.intro = label("", "muted", self)
        outer.addWidget(self.intro)

        self.banners = QVBoxLayout()
        self.banners.setSpacing(8)
        outer.addLayout(self.banners)

        self.views = QStackedWidget(self)
        outer.addWidget(self.views, 1)

        # the list of businesses
        listing = _Listing(self.views)
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.search = QLineEdit(listing)
        self.search.setObjectName("businessSearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._focus_first_row)
        column.addWidget(self.search)
        self.table = BusinessTable(listing)
        self.table.row_activated.connect(self.open_selected)
        self.table.business_model.read_failed.connect(self._cannot_read)
        self.table.selection_changed.connect(self._update_buttons)
        self.table.menu_requested.connect(self._context_menu)
        column.addWidget(self.table, 1)
        # the header and three rows at least: the page scrolls rather than squash the list
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 8)
        self.week_summary = WeekSummary(session, listing)   # the selected business's week
        column.addWidget(self.week_summary)
        self.open_button = button("", listing, primary=True, name="openBusiness")
        self.open_button.clicked.connect(self.open_selected)
        self.again_button = button("", listing, name="newCheckupForBusiness")
        self.again_button.clicked.connect(self._new_checkup_for_selected)
        self.history_button = button("", listing, name="businessHistory")
        self.history_button.clicked.connect(self.show_history)
        self.edit_button = button("", listing, name="editBusiness")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = button("", listing, danger=True, name="deleteBusiness")
        self.delete_button.clicked.connect(self.delete_selected)
        # import (button, Ctrl+O, a dropped file) and export of a business's checkup
        self.transfer = HomeTransfer(self)
        top.insertWidget(1, self.transfer.import_button, 0, Qt.AlignmentFlag.AlignTop)
        top.insertWidget(2, self.transfer.export_button, 0, Qt.AlignmentFlag.AlignTop)
        # one line while the buttons fit, two at 150 % (never a button cut)
        self.buttons_row = AdaptiveRow([self.open_button, self.again_button, self.history_button],
                                       [self.edit_button, self.delete_button], listing)
        # the commands on the selected business, for the context menu (and F2 on this page)
        self.edit_action = QAction(self)
        self.edit_action.setObjectName("action-edit-business")
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(lambda _checked=False: self.edit_selected())
        self.addAction(self.edit_action)
        self.delete_action = QAction(self)
        self.delete_action.setObjectName("action-delete-business")
        self.delete_action.triggered.connect(lambda _checked=False: self.delete_selected())
        self.history_action = QAction(self)
        self.history_action.setObjectName("action-business-history")
        self.history_action.triggered.connect(lambda _checked=False: self.show_history())
        self.menu = QMenu(self.table)
        self.menu.setObjectName("businessMenu")
        self.menu.addAction(self.edit_action)
        self.menu.addAction(self.transfer.export_action)
        self.menu.addAction(self.delete_action)
        self.menu.insertAction(self.delete_action, self.history_action)
        column.addWidget(self.buttons_row)
        self.views.addWidget(listing)

        # the first start: nothing yet (in a scroll page, so the text wraps and never clips)
        empty = ScrollPage(self.views, max_width=760)
        empty.body.layout().setContentsMargins(0, 12, 0, 0)
        card = Card(empty.column, margins=28)
        self.welcome_title = label("", "sectionTitle", card)
        self.welcome_text = label("", "", card)
        self.welcome_points = label("", "muted", card)
        self.start_button = button("", card, primary=True, name="startFirst")
        self.start_button.clicked.connect(self.new_business_requested)
        card.body.setSpacing(12)
        card.body.addWidget(self.welcome_title)
        card.body.addWidget(self.welcome_text)
        card.body.addWidget(self.welcome_points)
        card.body.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty.layout_.addWidget(card)
        empty.layout_.addStretch(1)
        self.views.addWidget(empty)

        # Which questionnaire this is and how fresh its facts are: an advisor vouches for it.
        self.version_note = label("", "muted", self)
        self.version_note.setObjectName("contentVersion")
        outer.addWidget(self.version_note)

        self._retranslate()
        self.refresh()
        self._fresh = True   # filled just now: entering the page needs no second query

    # -- data ----------------------------------------------------------------------------------

    def page_entered(self) -> None:
        if not self._fresh:
            self.refresh()
        self._fresh = False
        if self.views.currentIndex() == 0:
            self.table.setFocus() if self.table.row_count() else self.search.setFocus()
        else:
            self.start_button.setFocus()

    def refresh(self) -> None:
        self._fresh = False
        if self.session.closed:
            return
        session = self.session
        session.flush_summary()
        search = self.search.text().strip()
        try:
            self.table.fill(lambda offset, limit: session.businesses(search, limit, offset),
                            session.language, self.selected_business())
            everyone = self.table.row_count() or (search and session.businesses("", limit=1))
            unfinished = session.unfinished_checkups(limit=BANNERS)
        except Exception as exc:  # noqa: BLE001
            self._cannot_read(str(exc))
            return
        self.views.setCurrentIndex(0 if everyone else 1)
        self.search.setVisible(bool(everyone))
        self._show_banners(unfinished if everyone else [])
        self._update_buttons()

    def _cannot_read(self, details: str) -> None:
        errors.error(self, self.tr("Impossible de lire la liste des entreprises"), details,
                     self.tr("Relancez Boussole ; vos données ne sont pas modifiées."))

    def _show_banners(self, unfinished: list[dict]) -> None:
        while self.banners.count():
            item = self.banners.takeAt(0)
            if item.widget():
                item.widget().hide()   # gone now, not at the next turn of the event loop
                item.widget().deleteLater()
        if unfinished:
            panel = UnfinishedPanel(unfinished[:BANNERS], self)
            panel.resume_requested.connect(self.checkup_opened)
            self.banners.addWidget(panel)

    def selected_business(self) -> str | None:
        return self.table.selected_business()

    def selected_checkup(self) -> str:
        """The selected business's latest checkup ("" for none): what Ctrl+E exports here."""
        row = self._row(self.selected_business())
        return (row.get("last_checkup_id") or "") if row else ""

    def _row(self, business_id: str | None) -> dict | None:
        model = self.table.business_model
        row = model.row_of(business_id)
        return model.business(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        row = self._row(self.selected_business())
        for widget in (self.open_button, self.again_button, self.edit_button, self.delete_button,
                       self.edit_action, self.delete_action):
            widget.setEnabled(row is not None)
        for widget in (self.history_button, self.history_action):   # older ones, read-only
            widget.setEnabled(row is not None and int(row.get("checkup_count") or 0) > 0)
        self.week_summary.show_checkup(row.get("last_checkup_id") if row else None)
        self.latest_selected.emit((row.get("last_checkup_id") or "") if row else "")
        self.transfer.update(row)
        if row is not None and row.get("last_checkup_id") and not row.get("last_completed_at"):
            self.open_button.setText(self.tr("Reprendre le diagnostic"))
        elif row is not None and row.get("last_checkup_id"):
            self.open_button.setText(self.tr("Voir le dernier diagnostic"))
        else:
            self.open_button.setText(self.tr("Commencer le diagnostic"))

    # -- commands ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_first_row(self) -> None:
        if self.table.row_count():
            self.table.select_row(0)
            self.table.setFocus()

    def open_selected(self) -> None:
        row = self._row(self.selected_business())
        if row is None:
            return
        if row.get("last_checkup_id"):
            self.checkup_opened.emit(row["last_checkup_id"])
        else:
            self.new_checkup_requested.emit(row["id"])

    def _new_checkup_for_selected(self) -> None:
        business_id = self.selected_business()
        if business_id:
            self.new_checkup_requested.emit(business_id)

    def show_history(self) -> None:
        """The selected business's checkups; the one chosen opens (an older one read-only)."""
        business_id = self.selected_business()
        if business_id is None:
            return
        from ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.session, business_id, self)
        accepted = dialog.exec()
        checkup_id = dialog.checkup_id
        dialog.deleteLater()
        if accepted and checkup_id:
            self.checkup_opened.emit(checkup_id)

    def _context_menu(self, row: int, where: QPoint) -> None:
        """Edit, export, history or delete: the row under the mouse, or the current row."""
        self.table.select_row(row)
        self.menu.popup(where)

    def edit_selected(self) -> None:
        """Edit the selected business (name, sector, staff, postcode, city) in the dialog."""
        business_id = self.selected_business()
        if business_id is None:
            return
        from ui.business_dialog import BusinessDialog

        try:
            business = self.session.business(business_id)
        except Exception as exc:  # noqa: BLE001
            errors.error(self, self.tr("Impossible de lire cette entreprise"), str(exc),
                         self.tr("Rien n'a été modifié. Actualisez la liste et réessayez."))
            self.refresh()
            return
        dialog = BusinessDialog(self.session, self, business=business)
        accepted = dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        self.window().activateWindow()
        if not (accepted and changed):
            return
        try:
            open_here = bool(self.session.checkup_id) and self.session.business_id() == business_id
        except Exception:  # noqa: BLE001 - an unreadable open checkup: reload it anyway
            open_here = bool(self.session.checkup_id)
        if open_here:
            # its pages, the header and the reports read the business from the session
            self.session.open_checkup(self.session.checkup_id)
        self.refresh()
        self.table.setFocus()

    def delete_selected(self) -> None:
        row = self._row(self.selected_business())
        if row is None:
            return
        count = int(row.get("checkup_count") or 0)
        text = self.tr("Supprimer « {0} » et ses {1} diagnostic(s) ? Cette opération est "
                       "définitive.").format(row.get("name", ""), count)
        if not errors.confirm(self, self.tr("Supprimer l'entreprise"), text,
                              self.tr("Supprimer"), self.tr("Annuler"), destructive=True):
            return
        try:
            self.session.erase_business(row["id"])
        except Exception as exc:  # noqa: BLE001
            errors.error(self, self.tr("Suppression impossible"), str(exc),
                         self.tr("Rien n'a été supprimé."))
            return
        self.refresh()
        from ui.settings_storage import offer_to_delete_copies   # older copies may still hold it

        offer_to_delete_copies(self, self.session, row["id"], row.get("name", ""))

    # -- language ------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Vos entreprises"))
        self.intro.setText(self.tr("Choisissez une entreprise pour reprendre ou refaire son "
                                   "diagnostic, ou commencez-en un nouveau. Tout reste sur cet "
                                   "ordinateur."))
        self.new_button.setText(self.tr("Nouveau diagnostic"))
        self.new_button.setAccessibleName(self.tr("Nouveau diagnostic pour une nouvelle entreprise"))
        self.search.setPlaceholderText(self.tr("Rechercher une entreprise ou une ville (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Rechercher une entreprise"))
        self.again_button.setText(self.tr("Nouveau diagnostic pour cette entreprise"))
        self.history_button.setText(self.tr("Historique…"))
        self.history_button.setToolTip(self.tr("Les diagnostics précédents de l'entreprise "
                                               "choisie, à consulter en lecture seule"))
        self.history_action.setText(self.tr("Historique…"))
        self.edit_button.setText(self.tr("Modifier…"))
        self.edit_button.setAccessibleName(self.tr("Modifier l'entreprise choisie"))
        self.edit_button.setToolTip(self.tr("Modifier le nom, le secteur, l'effectif ou "
                                            "l'adresse de l'entreprise choisie (F2)"))
        self.edit_action.setText(self.tr("Modifier…"))
        self.delete_button.setText(self.tr("Supprimer…"))
        self.delete_button.setAccessibleName(self.tr("Supprimer l'entreprise choisie"))
        self.delete_action.setText(self.tr("Supprimer…"))
        edition = self.session.content_edition()   # the checklist itself is not needed here
        as_of = format_long_date(edition.as_of)
        self.version_note.setText(self.tr("Questionnaire version {version}, faits vérifiés au "
                                          "{date}.").format(version=edition.version, date=as_of))
        self.welcome_title.setText(self.tr("Bienvenue dans Boussole"))
        self.welcome_text.setText(self.tr(
            "En {0} à {1} minutes selon votre activité, faites le point sur trois sujets : la "
            "cybersécurité, la vente en ligne et l'usage de l'intelligence artificielle. Vous "
            "repartez avec un plan d'action chiffré, à imprimer ou à partager.")
            .format(*WELCOME_MINUTES))
        self.welcome_points.setText(self.tr(
            "• Aucune connexion internet n'est nécessaire : vos réponses restent sur cet "
            "ordinateur.\n• Vous pouvez vous arrêter à tout moment et reprendre plus tard.\n"
            "• « Je ne sais pas » est toujours une réponse possible."))
        self.start_button.setText(self.tr("Commencer un diagnostic"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)
