"""On a re-checkup, under each question: "La dernière fois (12 mars 2026) : <answer>", with a
button and one key (R) to give that answer again.

The answers come from the session (`session.last_time()`: the business's previous checkup,
restated in this checkup's checklist version, so a question that changed meaning shows
nothing). The bar only shows and reports; the interview page saves the answer, as for a digit.
"""
from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QWidget

from checks.vocabulary import answer_label
from ui import style
from ui.dates import format_long_date
from ui.widgets import Retranslatable, button, label

KEY = "R"


def last_time_of(session):
    """The session's last time (desktop.recheck.LastTime), or None: a first checkup, or a
    previous checkup that cannot be read (the hint is left out, nothing else)."""
    try:
        return session.last_time() if session.checkup_id else None
    except Exception:  # noqa: BLE001
        return None


class LastTimeBar(Retranslatable, QWidget):
    keep_requested = Signal(str)   # the option id given last time

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shortcut: QShortcut | None = None   # the R key, once attach_key gives it a page
        self.setObjectName("lastTime")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#lastTime {{ background: {style.CANVAS}; border-left: 3px solid "
                           f"{style.ACCENT}; border-radius: 4px; }}")
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 8, 6)
        row.setSpacing(10)
        self.text = label("", "lastTimeText", self)
        row.addWidget(self.text, 1)
        self.keep = button("", self, name="keepLastAnswer")
        self.keep.clicked.connect(self._keep)
        row.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignVCenter)
        self._option: str | None = None
        self._date = ""
        self._editable = True
        self.setVisible(False)
        self._retranslate()

    def attach_key(self, page: QWidget) -> None:
        """The R key on `page` gives last time's answer (typing in a text field wins)."""
        self._shortcut = shortcut = QShortcut(QKeySequence(KEY), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setEnabled(False)   # while there is nothing to keep, R is a letter of the note
        shortcut.activated.connect(self._keep)

    def show_answer(self, question_id: str, last, content, lang: str, chosen: str | None,
                    editable: bool) -> None:
        """Show last time's answer to `question_id` (`last`: desktop.recheck.LastTime or None);
        hidden when there is none. The button shows only when it would change the answer."""
        previous = last.answers.get(question_id) if last is not None else None
        if previous is None:
            self._option = None
            self.set_chosen(chosen)
            if self.isVisible():
                self.setVisible(False)
            return
        self._option = previous.option
        self._date = format_long_date(last.date)
        self._editable = editable
        text = self.tr("La dernière fois ({0}) : {1}").format(
            self._date, answer_label(content, question_id, previous.option, lang))
        self.text.setText(text)
        # the note of last time in the tooltip: the answers stay in view at 150 %
        tip = self.tr("Note de la dernière fois : {0}").format(previous.note) if previous.note else ""
        self.text.setToolTip(QtGui.Qt.convertFromPlainText(tip, Qt.WhiteSpaceMode.WhiteSpaceNormal)
                             if tip else "")
        self.text.setAccessibleDescription(tip)
        self.set_chosen(chosen)
        if not self.isVisible():
            self.setVisible(True)

    def set_chosen(self, chosen: str | None) -> None:
        """The answer shown now: the button goes away once it is last time's."""
        can_keep = self._editable and self._option is not None and chosen != self._option
        self.keep.setVisible(can_keep)
        if self._shortcut is not None:
            self._shortcut.setEnabled(can_keep)

    def set_compact(self, compact: bool) -> None:
        """A short window (ui/interview_fit.py): less padding, a smaller button."""
        self.row.setContentsMargins(*((10, 2, 4, 2) if compact else (10, 6, 8, 6)))
        self.keep.setProperty("small", compact)
        style.repolish(self.keep)

    def _keep(self) -> None:
        if self._option is not None and self._editable and self.isVisible():
            self.keep_requested.emit(self._option)

    def _retranslate(self) -> None:
        self.keep.setText(self.tr("Reprendre (R)"))
        self.keep.setToolTip(self.tr("Donner la même réponse que la dernière fois (touche R)"))
        self.keep.setAccessibleName(self.tr("Reprendre la réponse de la dernière fois (R)"))


def wire(page) -> None:
    """Connect an interview page (ui/interview_page.InterviewPage) to its question view's bar:
    the button and the R key answer as last time, then focus the answer, as a digit does."""
    bar = page.center.last_time
    bar.keep_requested.connect(lambda option: (page.choose(option), page.focus_answer()))
    bar.attach_key(page)


def show_for(view, session, question_id: str, chosen: str | None) -> None:
    """After the view shows a question: lock it when the checkup is read-only, and show the
    answer given last time."""
    from ui.read_only import lock_question

    read_only = bool(session.read_only)
    lock_question(view, read_only)
    view.last_time.show_answer(question_id, last_time_of(session), session.content,
                               session.language, chosen, not read_only)
