"""One action of the plan as a card: what, why, how, and its tracking (status, owner, due, note).

Every change is saved at once through `session.set_action`. Also holds the small formatting
helpers shared by the results and plan pages (money, effort, who, whom to ask).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QToolButton, QVBoxLayout, QWidget)

from checks import formatting
from checks import vocabulary as V
from checks.assessment import STATUSES
from checks.content import Content
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


def wrapped(text: str = "", *, rich: bool = False, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    # Keep QLabel's own size policy: it carries the height-for-width flag, without which the
    # layout uses QLabel's tall guess and wrapped lines drift apart.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str = "", scale: float = 1.25, top: int = 0) -> QLabel:
    """A bold, larger wrapped label: page titles and section headings of the results and plan."""
    label = wrapped(text)
    if top:
        label.setContentsMargins(0, top, 0, 0)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class ActionCard(QFrame):
    """One planned action: title and badges, facts, why, how (folded) and its tracking fields."""

    changed = Signal(str, dict)     # action id, the fields just saved

    def __init__(self, session, planned, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.planned = planned
        self.action_id = planned.action
        self.checkup_id = session.checkup_id
        self.setObjectName("actionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._loading = False
        content, lang = session.content, session.language
        action = content.actions.get(self.action_id)
        title = action.title.get(lang) if action else self.action_id

        outer = QVBoxLayout(self)
        outer.setSpacing(4)

        self.title = wrapped()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self._title_text = title
        self.setAccessibleName(self.tr("Action %1 : %2").replace("%1", str(planned.rank)).replace("%2", title))
        outer.addWidget(self.title)

        colour = PRIORITY_COLOURS.get(planned.priority, "#34495e")
        badges = [f"<span style='color:{colour}; font-weight:600'>"
                  + html.escape(self.tr("Priorité : %1").replace(
                      "%1", priority_label(planned.priority, lang))) + "</span>"]
        if planned.quick_win:
            badges.append("<span style='background:#d5f5e3; color:#145a32'>&nbsp;"
                          + html.escape(self.tr("Gain rapide")) + "&nbsp;</span>")
        if planned.critical:
            badges.append("<span style='background:#fadbd8; color:#78281f'>&nbsp;"
                          + html.escape(self.tr("Point critique")) + "&nbsp;</span>")
        self.badges = wrapped(" · ".join(badges), rich=True)
        self.badges.setObjectName("badges")
        outer.addWidget(self.badges)

        facts = []
        facts.append(self.tr("Effort : %1").replace("%1", effort(lang, planned.effort_hours)))
        band = content.cost_bands.get(planned.cost)
        facts.append(self.tr("Coût : %1").replace("%1", band.label.get(lang) if band else planned.cost))
        if action and action.who:
            facts.append(self.tr("Qui : %1").replace("%1", ", ".join(who_label(w) for w in action.who)))
        self.facts = wrapped(" · ".join(facts))
        outer.addWidget(self.facts)

        if action and action.help:
            names = [content.help[h].display(lang) for h in action.help if h in content.help]
            self.help = wrapped(self.tr("Où trouver de l'aide : %1").replace("%1", ", ".join(names)))
            outer.addWidget(self.help)
        else:
            self.help = None

        assessment = session.assessment()
        reasons = []
        for qid in planned.because:
            question = content.questions.get(qid)
            if question is None:
                continue
            given = assessment.answers.get(qid)
            answer = answer_label(content, lang, qid, given.option) if given else ""
            reasons.append(f"<li>{html.escape(question.text.get(lang))}"
                           + (f" — <i>{html.escape(answer)}</i>" if answer else "") + "</li>")
        why_heading = self.tr("Pourquoi :")
        self.why = wrapped(f"<b>{html.escape(why_heading)}</b>"
                           f"<ul style='margin-top:0; margin-bottom:0'>{''.join(reasons)}</ul>",
                           rich=True)
        outer.addWidget(self.why)

        # How to do it, folded so the plan stays readable.
        self.how_button = QToolButton()
        self.how_button.setCheckable(True)
        self.how_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.how_button.setArrowType(Qt.ArrowType.RightArrow)
        self.how_button.setText(self.tr("Comment faire"))
        self.how_button.setAccessibleName(self.tr("Comment faire : %1").replace("%1", title))
        steps = action.steps if action else ()
        self.how = wrapped("<ol style='margin-top:0; margin-bottom:0'>"
                           + "".join(f"<li>{html.escape(s.get(lang))}</li>" for s in steps)
                           + "</ol>"
                           + (f"<p>{html.escape(action.cost_note.get(lang))}</p>"
                              if action and action.cost_note else ""), rich=True)
        self.how.setVisible(False)
        self.how_button.toggled.connect(self._toggle_how)
        if steps:
            outer.addWidget(self.how_button)
            outer.addWidget(self.how)

        # Tracking.
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.status = QComboBox()
        for s in STATUSES:
            self.status.addItem(status_label(s), s)
        self.status.setAccessibleName(self.tr("Statut de l'action : %1").replace("%1", title))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Qui s'en occupe ?"))
        self.owner.setAccessibleName(self.tr("Responsable de l'action : %1").replace("%1", title))
        self.owner.setMaxLength(200)
        self.due = DueDateEdit()
        self.due.setSpecialValueText(self.tr("Aucune"))
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setAccessibleName(self.tr("Échéance de l'action : %1").replace("%1", title))
        self.clear_due = QToolButton()
        self.clear_due.setText(self.tr("Sans date"))
        self.clear_due.setAccessibleName(self.tr("Retirer l'échéance"))
        self.clear_due.setToolTip(self.tr("Retirer l'échéance"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (facultatif)"))
        self.note.setAccessibleName(self.tr("Note sur l'action : %1").replace("%1", title))
        self.note.setMaxLength(2000)
        self.labels = []
        for text, widget, row, col in ((self.tr("Statut"), self.status, 0, 0),
                                       (self.tr("Responsable"), self.owner, 0, 2),
                                       (self.tr("Échéance"), self.due, 1, 0),
                                       (self.tr("Note"), self.note, 1, 2)):
            label = QLabel(text)
            label.setBuddy(widget)
            self.labels.append(label)
            grid.addWidget(label, row, col)
            if widget is self.due:
                box = QHBoxLayout()
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(self.due, 1)
                box.addWidget(self.clear_due)
                grid.addLayout(box, row, col + 1)
            else:
                grid.addWidget(widget, row, col + 1)
        outer.addLayout(grid)

        self.load_tracking()
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

    # -- tracking -----------------------------------------------------------------------------

    def tracking(self) -> dict:
        tracked = self.session.assessment().actions.get(self.action_id)
        if tracked is not None:
            return {"status": tracked.status, "owner": tracked.owner, "due": tracked.due,
                    "note": tracked.note}
        p = self.planned
        return {"status": p.status, "owner": p.owner, "due": p.due, "note": p.note}

    def load_tracking(self) -> None:
        self._loading = True
        try:
            t = self.tracking()
            index = self.status.findData(t["status"])
            self.status.setCurrentIndex(max(0, index))
            self.owner.setText(t["owner"])
            self.due.set_iso(t["due"])
            self.note.setText(t["note"])
            self._show_status(t["status"])
        finally:
            self._loading = False

    def _show_status(self, status: str) -> None:
        mark = "✓ " if status == "done" else ""
        self.title.setText(f"{mark}{self.planned.rank}. {self._title_text}")
        self.setProperty("status", status)

    def flush(self) -> None:
        """Save what is typed in the owner and note fields, if it differs from the store."""
        self._typing.stop()
        if not self._can_save():
            return
        self._save_owner()
        self._save_note()

    def _can_save(self) -> bool:
        # Never write into another checkup than the one this card was built for.
        return (not self._loading and not self.session.closed
                and bool(self.session.checkup_id) and self.session.checkup_id == self.checkup_id)

    def _save_owner(self) -> None:
        if not self._can_save():
            return
        if self.owner.text().strip() != self.tracking()["owner"]:
            self._save(owner=self.owner.text().strip())

    def _save_note(self) -> None:
        if not self._can_save():
            return
        if self.note.text() != self.tracking()["note"]:
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
        if "status" in fields:
            self._show_status(fields["status"])
        self.changed.emit(self.action_id, fields)

    def _toggle_how(self, shown: bool) -> None:
        self.how.setVisible(shown)
        self.how_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
