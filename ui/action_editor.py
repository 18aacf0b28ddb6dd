"""An action's tracking fields (status, owner, due date, note), saved at once through
`session.set_action`; and the small formatting helpers shared by the results and plan pages
(money, effort, who, whom to ask). The rest of an action's details: ui/action_details.py.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QWidget)

from checks import formatting
from checks import vocabulary as V
from checks.assessment import STATUSES
from checks.content import Content
from ui.combos import fit_popup
from ui.i18n import current_language

NO_DATE = QDate(2000, 1, 1)   # the QDateEdit's "none" value, shown as its special text
PRIORITY_COLOURS = {"critical": "#a93226", "high": "#b9770e", "medium": "#1f618d", "low": "#566573"}

# The words below come from checks.vocabulary, in the language the interface shows.


def status_label(status: str) -> str:
    return V.STATUS_LABELS[status].get(current_language())


def who_label(who: str) -> str:
    """Who can do an action, as the app says it to the owner: "vous-même", "votre expert-comptable"."""
    return V.ROLES[who].yours.get(current_language())


def ask_label(ask: str) -> str:
    """Heading of a group of "find out" questions: whom to ask."""
    return V.ROLES[ask].ask.get(current_language())


def locale_for(lang: str) -> QLocale:
    return QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.French,
                   QLocale.Country.UnitedKingdom if lang == "en" else QLocale.Country.France)


def money_range(lang: str, low: int, high: int) -> str:
    return formatting.money_range(low, high, lang)


def effort(lang: str, hours: float) -> str:
    return formatting.hours(hours, lang)


def answer_label(content: Content, lang: str, question_id: str, option_id: str) -> str:
    return V.answer_label(content, question_id, option_id, lang)


def priority_label(priority: str, lang: str) -> str:
    return V.PRIORITY_LABELS[priority].get(lang)


class DueDateEdit(QDateEdit):
    """A QDateEdit that can hold "no due date" (shown as its special value text).

    From "none", stepping or opening the calendar starts at today, not at the sentinel date.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setDate(NO_DATE)
        self._calendar_watched = False   # the calendar is created on first use (it is costly)

    def iso(self) -> str:
        return "" if self.date() == NO_DATE else self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, value: str) -> None:
        date = QDate.fromString(value, Qt.DateFormat.ISODate) if value else NO_DATE
        self.setDate(date if date.isValid() else NO_DATE)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        self._watch_calendar()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        self._watch_calendar()     # F4 / Alt+Down open the calendar from the keyboard
        super().keyPressEvent(event)

    def _watch_calendar(self) -> None:
        if not self._calendar_watched:
            self._calendar_watched = True
            self.calendarWidget().installEventFilter(self)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt name
        if self.date() == NO_DATE and steps > 0:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show \
                and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)




class TrackingFields(QWidget):
    """Status, owner, due date and note of one action of the open checkup.

    Each change is saved at once (typing: on Enter, on leaving the field, or 0.7 s after the
    last key), never into another checkup than the one it was built for. `load()` shows what the
    store holds, leaving alone a field being typed in.
    """

    changed = Signal(str, dict)     # action id, the fields just saved

    def __init__(self, session, action_id: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.action_id = action_id
        self.checkup_id = session.checkup_id
        self._loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        self.status = QComboBox()
        for s in STATUSES:
            self.status.addItem(status_label(s), s)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        fit_popup(self.status)
        self.status.setAccessibleName(self.tr("Statut de l'action : %1").replace("%1", title))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Qui s'en occupe ?"))
        self.owner.setAccessibleName(self.tr("Responsable de l'action : %1").replace("%1", title))
        self.owner.setMaxLength(200)
        self.due = DueDateEdit()
        self.due.setSpecialValueText(self.tr("Aucune"))
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setAccessibleName(self.tr("Date prévue pour l'action : %1").replace("%1", title))
        self.clear_due = QPushButton()   # a button like the page's others, as tall as the field
        self.clear_due.setText(self.tr("Sans date"))
        self.clear_due.setAccessibleName(self.tr("Retirer l'échéance"))
        self.clear_due.setToolTip(self.tr("Retirer l'échéance"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (facultatif)"))
        self.note.setAccessibleName(self.tr("Note sur l'action : %1").replace("%1", title))
        self.note.setMaxLength(2000)
        for field in (self.status, self.owner, self.due, self.note):
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.labels = []
        due_box = QHBoxLayout()
        due_box.setContentsMargins(0, 0, 0, 0)
        due_box.addWidget(self.due, 1)
        due_box.addWidget(self.clear_due)
        for text, field, row, col in ((self.tr("Statut"), self.status, 0, 0),
                                      (self.tr("Responsable"), self.owner, 0, 2),
                                      (self.tr("Date prévue"), self.due, 1, 0),
                                      (self.tr("Note"), self.note, 1, 2)):
            caption = QLabel(text)
            caption.setBuddy(field)
            self.labels.append(caption)
            grid.addWidget(caption, row, col)
            if field is self.due:
                grid.addLayout(due_box, row, col + 1)
            else:
                grid.addWidget(field, row, col + 1)

        self.load()
        self.status.currentIndexChanged.connect(lambda _i: self._save(status=self.status.currentData()))
        self.owner.editingFinished.connect(self._save_owner)
        self.note.editingFinished.connect(self._save_note)
        # Typing is saved shortly after the last key too, so closing the window loses nothing.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(700)
        self._typing.timeout.connect(self.flush)
        self.owner.textEdited.connect(lambda _t: self._typing.start())
        self.note.textEdited.connect(lambda _t: self._typing.start())
        self.due.dateChanged.connect(lambda _d: self._save(due=self.due.iso()))
        self.clear_due.clicked.connect(lambda: self.due.setDate(NO_DATE))

    def focus_chain(self) -> list[QWidget]:
        """The fields in keyboard order."""
        return [self.status, self.owner, self.due, self.clear_due, self.note]

    def tracking(self) -> dict:
        """What the store holds for this action (defaults when never tracked)."""
        tracked = self.session.assessment().actions.get(self.action_id)
        if tracked is None:
            return {"status": "todo", "owner": "", "due": "", "note": ""}
        return {"status": tracked.status or "todo", "owner": tracked.owner, "due": tracked.due,
                "note": tracked.note}

    def load(self) -> None:
        """Show the stored values; a field with the keyboard focus keeps what is typed."""
        if self.session.closed or self.session.checkup_id != self.checkup_id:
            return
        self._loading = True
        try:
            t = self.tracking()
            index = max(0, self.status.findData(t["status"]))
            if self.status.currentIndex() != index:
                self.status.setCurrentIndex(index)
            for field, value in ((self.owner, t["owner"]), (self.note, t["note"])):
                if not field.hasFocus() and field.text() != value:
                    field.setText(value)
            if self.due.iso() != t["due"]:
                self.due.set_iso(t["due"])
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save what is typed in the owner and note fields, if it differs from the store."""
        self._typing.stop()
        if not self._can_save():
            return
        self._save_owner()
        self._save_note()

    def _can_save(self) -> bool:
        # Never write into another checkup than the one these fields were built for.
        return (not self._loading and not self.session.closed
                and bool(self.session.checkup_id) and self.session.checkup_id == self.checkup_id)

    def _save_owner(self) -> None:
        if self._can_save() and self.owner.text().strip() != self.tracking()["owner"]:
            self._save(owner=self.owner.text().strip())

    def _save_note(self) -> None:
        if self._can_save() and self.note.text() != self.tracking()["note"]:
            self._save(note=self.note.text())

    def _save(self, **fields) -> None:
        if not self._can_save():
            return
        try:
            self.session.set_action(self.action_id, **fields)
        except Exception as exc:  # noqa: BLE001 - the store says why; the field keeps the text
            from ui import errors

            errors.error(self, self.tr("Le suivi de l'action n'a pas été enregistré"), str(exc),
                         self.tr("Vos réponses ne sont pas touchées. Réessayez ; si le problème "
                                 "continue, redémarrez Boussole."))
            return
        self.changed.emit(self.action_id, fields)
