"""The interview: one question at a time, keyboard first, every answer saved at once.

The page is the interview's controller: it holds the questions that apply and where we are,
saves answers and notes through the session, and moves between questions (the side list, the
navigation bar, the keys). What one question looks like is ui/question_view.py; the progress
strip is ui/interview_progress.py; the help is ui/question_help.py; the note's saving is
ui/interview_note.py.

Keys: 1-9 choose an option, 0 = "je ne sais pas", Enter = next question, Alt+Left = previous
(Alt+Right = next, from anywhere), Ctrl+F = find a question, a letter = start typing the note,
Escape (in the note) = back to the options. The note is saved 400 ms after the last keystroke
and whenever the question is left, the page is left or the window is closed, so a note is never
lost.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from checks.content import DONT_KNOW, Question
from ui import errors, last_time
from ui.interview_fit import InterviewFit
from ui.interview_note import NoteKeeper
from ui.interview_progress import ProgressStrip
from ui.question_help import HelpSide
from ui.question_list import ANSWERED, DONT_KNOW as STATUS_DONT_KNOW, UNANSWERED, QuestionList
from ui.question_view import QuestionView
from ui.settle import settle_layouts
from ui.widgets import Retranslatable, button, press_focused_button


class InterviewPage(Retranslatable, QWidget):
    finished = Signal()            # past the last question
    profile_requested = Signal()
    question_shown = Signal(str)   # question id, once it is on screen

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.questions: list[Question] = []
        self.index = -1
        self._built_for: tuple | None = None
        self._shown_statuses: dict[str, str] = {}   # question id -> status shown in the list

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.strip = ProgressStrip(self)
        outer.addWidget(self.strip)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        outer.addWidget(self.splitter, 1)

        # side list
        side = QWidget(self.splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(16, 16, 4, 16)
        self.list = QuestionList(side)
        self.list.question_chosen.connect(self._jump)
        self.list.search_left.connect(self.focus_answer)
        side_layout.addWidget(self.list)
        side.setMinimumWidth(200)

        # the question (scrolls) over a navigation bar (always visible)
        center_box = QWidget(self.splitter)
        center_column = QVBoxLayout(center_box)
        center_column.setContentsMargins(0, 0, 0, 0)
        center_column.setSpacing(0)
        self.center = QuestionView(center_box)
        self.center.option_clicked.connect(self.choose)
        last_time.wire(self)   # a re-checkup: the answer given last time, key R
        self.note_keeper = NoteKeeper(self)   # saved as typed, never lost: ui/interview_note.py
        center_column.addWidget(self.center, 1)
        self.nav_bar = nav_bar = QWidget(center_box)
        nav_bar.setObjectName("navBar")
        nav_outer = QHBoxLayout(nav_bar)
        nav_outer.setContentsMargins(24, 10, 24, 12)
        nav_inner = QWidget(nav_bar)
        nav_inner.setMaximumWidth(820)
        nav = QHBoxLayout(nav_inner)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.setSpacing(10)
        nav_outer.addStretch(0)
        nav_outer.addWidget(nav_inner, 1)
        nav_outer.addStretch(0)
        self.previous_button = button("", self, name="previous")
        self.previous_button.clicked.connect(self.previous)
        self.next_button = button("", self, primary=True, name="next")
        self.next_button.clicked.connect(self.next)
        self.profile_button = button("", self, name="editProfile")
        self.profile_button.clicked.connect(self.profile_requested)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.profile_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        center_column.addWidget(nav_bar)

        self.help_side = HelpSide(self.splitter)
        self.help = self.help_side.panel

        # The controls this page drives (answers, keys, the note) by their short names.
        self.option_buttons, self.dont_know = self.center.option_buttons, self.center.dont_know
        self.note, self.question_text = self.center.note, self.center.question_text
        self.critical = self.center.critical
        self.modules, self.time_left = self.strip.modules, self.strip.time_left

        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.fit = InterviewFit(self)   # short or narrow windows: ui/interview_fit.py

        for key in range(0, 10):
            shortcut = QShortcut(QKeySequence(str(key)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=key: self._digit(k))
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.next)

        session.answers_changed.connect(self._answers_changed)
        session.checkup_changed.connect(self._checkup_changed)
        session.language_changed.connect(lambda _l: self._rebuild(force=True))
        self._retranslate()

    # -- building ------------------------------------------------------------------------------

    def _checkup_changed(self, _checkup_id: str) -> None:
        self._built_for = None
        self.note_keeper.question_id = None
        self.index = -1

    def page_entered(self) -> None:
        self._rebuild()
        target = None
        if self.index < 0:
            target = self.session.position()
        current = self.current_question()
        if target is None and current is not None:
            target = current.id
        ids = [q.id for q in self.questions]
        if target not in ids:
            answers = self.session.assessment().answers
            target = next((qid for qid in ids if qid not in answers), ids[0] if ids else None)
        if target is not None:
            self._show(ids.index(target))
        self.focus_answer()

    def _applicable_key(self) -> tuple:
        return (self.session.checkup_id, self.session.language,
                tuple(q.id for q in self.session.applicable_questions()))

    def _rebuild(self, force: bool = False) -> None:
        if not self.session.checkup_id:
            return
        key = self._applicable_key()
        if key == self._built_for and not force:
            return
        current = self.current_question()
        self._built_for = key
        self.questions = self.session.applicable_questions()
        lang = self.session.language
        statuses = self._statuses()
        self.list.set_questions(self.questions, self.session.content, lang, statuses)
        self._shown_statuses = {q.id: statuses.get(q.id, UNANSWERED) for q in self.questions}
        self.strip.set_questions(self.questions)
        ids = [q.id for q in self.questions]
        if current is not None and current.id in ids:
            self._show(ids.index(current.id), save=False)
        elif self.questions and self.index >= 0:
            self._show(min(self.index, len(self.questions) - 1), save=False)
        self._update_progress()

    def _statuses(self) -> dict[str, str]:
        answers = self.session.assessment().answers
        return {qid: (STATUS_DONT_KNOW if a.option == DONT_KNOW else ANSWERED)
                for qid, a in answers.items()}

    # -- showing a question --------------------------------------------------------------------

    def current_question(self) -> Question | None:
        if 0 <= self.index < len(self.questions):
            return self.questions[self.index]
        return None

    def _show(self, index: int, save: bool = True) -> None:
        if save:
            self.note_keeper.save()
        if not self.questions:
            return
        index = max(0, min(index, len(self.questions) - 1))
        self.index = index
        question = self.questions[index]
        content, lang = self.session.content, self.session.language
        answer = self.session.assessment().answers.get(question.id)
        chosen = answer.option if answer else None
        note = self.note_keeper.hold(question.id)
        first_of_module = index == 0 or self.questions[index - 1].module != question.module
        self.center.show_question(question, content, lang, chosen, first_of_module, note)
        last_time.show_for(self.center, self.session, question.id, chosen)   # and read-only
        self.help.show_question(question, chosen, content, lang)
        self.list.set_current(question.id)
        self._position_texts()
        self.previous_button.setEnabled(index > 0)
        self._update_progress()
        self.session.set_position(question.id)
        settle_layouts()   # one paint of the new question, in its final layout (ui/settle.py)
        self.question_shown.emit(question.id)

    def _position_texts(self) -> None:
        """Texts that depend on where we are: the counter and the next button."""
        if not self.questions or self.index < 0:
            return
        self.center.set_counter(self.index, len(self.questions))
        last = self.index == len(self.questions) - 1
        self.next_button.setText(self.tr("Voir les résultats  →") if last else
                                 self.tr("Suivant  →"))
        self.next_button.setAccessibleName(self.tr("Voir les résultats") if last else
                                           self.tr("Question suivante (Entrée)"))

    def _update_progress(self) -> None:
        self.strip.update_counts(self.questions, self.session.assessment().answers,
                                 self.session.content, self.session.language,
                                 self.current_question())

    # -- answering -----------------------------------------------------------------------------

    def _digit(self, key: int) -> None:
        question = self.current_question()
        if question is None:
            return
        if key == 0:
            self.choose(DONT_KNOW)
        elif key <= len(question.options):
            self.choose(question.options[key - 1].id)
        else:
            return
        self.center.focus_option(key)

    def choose(self, option_id: str) -> None:
        """Answer the current question and save it at once (the note goes with it)."""
        question = self.current_question()
        if question is None or self.session.read_only:   # kept as it was made
            return
        note = self.note_keeper.text()
        try:
            self.session.answer(question.id, option_id, note)
        except Exception as exc:  # noqa: BLE001 - say it, keep the screen as it is
            errors.error(self, self.tr("La réponse n'a pas pu être enregistrée"), str(exc),
                         self.tr("Réessayez. Les réponses déjà données sont conservées."))
            self._show(self.index, save=False)
            return
        self.note_keeper.saved = note
        self.center.set_chosen(option_id)
        self.help.show_question(question, option_id, self.session.content, self.session.language)
        settle_layouts()

    def _answers_changed(self) -> None:
        if not self.session.checkup_id or not self.isVisible():
            return   # page_entered() rebuilds what changed
        if self._applicable_key() != self._built_for:
            self._rebuild()
        else:
            self._refresh_statuses()

    def _refresh_statuses(self) -> None:
        statuses = self._statuses()
        shown = self._shown_statuses
        for question in self.questions:
            status = statuses.get(question.id, UNANSWERED)
            if shown.get(question.id) != status:
                self.list.set_status(question.id, status)
                shown[question.id] = status
        self._update_progress()

    # -- leaving ---------------------------------------------------------------------------------

    def flush(self) -> None:
        """Leaving the interview (another page, the window closing): write what waits."""
        self.note_keeper.save()
        if not self.session.closed:
            self.session.flush_position()
            self.session.flush_summary()

    # -- navigation ------------------------------------------------------------------------------

    def next(self) -> None:
        if not self.questions:
            return
        if self.index >= len(self.questions) - 1:
            self.note_keeper.save()
            self.finished.emit()
            return
        self._show(self.index + 1)
        self.focus_answer()

    def previous(self) -> None:
        if self.index > 0:
            self._show(self.index - 1)
            self.focus_answer()

    def go_to(self, question_id: str) -> None:
        self._rebuild()
        ids = [q.id for q in self.questions]
        if question_id in ids:
            self._show(ids.index(question_id))
            self.focus_answer()

    def _jump(self, question_id: str) -> None:
        self.list.search.clear()
        self.go_to(question_id)

    def find(self) -> None:
        self.list.focus_search()

    def focus_answer(self) -> None:
        """Focus the chosen option, else the first one (when a question is shown)."""
        if self.questions or self.option_buttons[0].isVisible():
            self.center.focus_answer()

    # -- keys ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if press_focused_button(event):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
            return
        if self._starts_the_note(event):
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self.center.step_focus(1 if event.key() == Qt.Key.Key_Down else -1):
                return
        super().keyPressEvent(event)

    def _starts_the_note(self, event: QKeyEvent) -> bool:
        """A letter typed while an answer has the focus starts the note, focused: an advisor
        typing at once saw the letters go nowhere and the spaces between words press the
        focused answer. Digits keep choosing answers, space still presses one."""
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        if (not plain or not text.isprintable() or not text.strip() or text.isdigit()
                or self.note.isReadOnly() or not self.note.isVisible()):
            return False
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.note.moveCursor(QTextCursor.MoveOperation.End)
        written = self.note.toPlainText()
        # after what the note holds already, a word apart from it
        self.note.insertPlainText((" " if written and not written[-1].isspace() else "") + text)
        return True

    def hideEvent(self, event) -> None:  # noqa: N802
        self.note_keeper.save()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit.update()

    # -- language --------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.previous_button.setText(self.tr("←  Précédente"))
        self.previous_button.setAccessibleName(self.tr("Question précédente (Alt+Gauche)"))
        self.profile_button.setText(self.tr("Modifier le profil"))
        self.profile_button.setAccessibleName(self.tr("Modifier le profil de l'entreprise"))
        self.help.retranslate()
        self.setAccessibleName(self.tr("Questionnaire"))
        self._position_texts()
        if self.questions and not self.session.closed:
            self._update_progress()
