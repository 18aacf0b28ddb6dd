"""The interview's note, never lost: the note field holds one question's note, saved 400 ms
after the last keystroke and whenever the question, the page or the window is left (the page
calls `save`). Escape in the field saves it and goes back to the options.

Its messages keep the interview page's translation context: they show on that page, and the
translations (resources/translations) know them there.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer

from checks.assessment import MAX_NOTE
from ui import errors

NOTE_MARGIN = 28   # pixels kept above the note (its label) and below it, once scrolled to

NOTE_DEBOUNCE_MS = 400


class NoteKeeper(QObject):
    """Saves the note of an interview page (ui/interview_page.InterviewPage)."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.field = page.center.note
        self.question_id: str | None = None   # question whose note the editor holds
        self.saved = ""                       # its text as the store has it
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NOTE_DEBOUNCE_MS)
        self.timer.timeout.connect(self.save)
        self.field.textChanged.connect(self._edited)
        self.field.installEventFilter(self)

    def hold(self, question_id: str) -> str:
        """The field is about to show `question_id`'s note: returns it, as saved."""
        self.timer.stop()
        note = self.page.session.note(question_id)
        self.question_id = question_id
        self.saved = note
        return note

    def text(self) -> str:
        """What the field holds, as it would be saved; the caller saves it (the timer stops)."""
        self.timer.stop()
        return self.field.toPlainText()[:MAX_NOTE]

    def _edited(self) -> None:
        status = self.page.center.note_status
        if len(self.field.toPlainText()) > MAX_NOTE:
            status.setText(QCoreApplication.translate(
                "InterviewPage", "Une note compte au plus {0} caractères : la suite "
                "ne sera pas enregistrée.").format(MAX_NOTE))
        else:
            status.setText("")
        self.timer.start()

    def save(self) -> None:
        """Save the note being edited if it changed. Called on a timer, on leaving, on close."""
        self.timer.stop()
        page = self.page
        if self.question_id is None or not page.session.checkup_id:
            return
        text = self.field.toPlainText()[:MAX_NOTE]
        if text == self.saved:
            return
        try:
            page.session.save_note(self.question_id, text)
        except Exception as exc:  # noqa: BLE001
            title = QCoreApplication.translate("InterviewPage", "La note n'a pas pu être enregistrée")
            advice = QCoreApplication.translate(
                "InterviewPage", "Copiez-la avant de fermer Boussole, puis réessayez.")
            errors.error(page, title, str(exc), advice)
            return
        self.saved = text
        page.center.note_status.setText(QCoreApplication.translate("InterviewPage",
                                                                   "Note enregistrée."))

    def _show_whole(self) -> None:
        """Scroll the question so the whole note shows: it sits under the answers, and on a
        laptop only its first line showed above the buttons (walk-through). Not
        ensureWidgetVisible: for a text field it only brings the cursor's line into view."""
        area = self.page.center
        bar, room = area.verticalScrollBar(), area.viewport().height()
        top = self.field.mapTo(area.widget(), QPoint(0, 0)).y() - NOTE_MARGIN
        bottom = top + self.field.height() + 2 * NOTE_MARGIN
        value = bar.value()
        if bottom > value + room:
            value = bottom - room
        bar.setValue(min(value, top))   # a note taller than the room: its top first

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.field:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.save()
                self.page.focus_answer()
                return True
            if event.type() == QEvent.Type.FocusOut:
                self.save()
            elif event.type() == QEvent.Type.FocusIn:
                self._show_whole()
        return super().eventFilter(watched, event)
