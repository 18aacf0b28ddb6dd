"""The interview: one question at a time, keyboard first, every answer saved at once.

Keys: 1-9 choose an option, 0 = "je ne sais pas", Enter = next question, Alt+Left = previous
(Alt+Right = next, from anywhere), Ctrl+F = find a question, Escape (in the note) = back to the
options. The note is saved 400 ms after the last keystroke and whenever the question is left,
the page is left or the window is closed, so a note is never lost.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
                               QPlainTextEdit, QProgressBar, QSplitter, QVBoxLayout, QWidget)

from checks.assessment import MAX_NOTE
from checks.content import DONT_KNOW, Question
from ui import errors, style
from ui.question_list import ANSWERED, DONT_KNOW as STATUS_DONT_KNOW, UNANSWERED, QuestionList
from ui.widgets import ElidedLabel, OptionButton, Retranslatable, ScrollPage, button, label

SECONDS_PER_QUESTION = 30
NOTE_DEBOUNCE_MS = 400
MAX_OPTIONS = 9
WIDE = 1120   # below this width (logical pixels) the help goes under the question


class ModuleProgress(QWidget):
    """One module's progress: its title, answered / applicable, a thin bar."""

    def __init__(self, module_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.module_id = module_id
        self._state: tuple | None = None   # what is shown, to skip repaints when unchanged
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        line = QHBoxLayout()
        line.setSpacing(6)
        self.caption = ElidedLabel("", self)
        self.caption.setObjectName("muted")
        self.count = label("", "muted", self, wrap=False)
        line.addWidget(self.caption, 1)
        line.addWidget(self.count, 0)
        column.addLayout(line)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {style.module_colour(module_id)}; "
                               "border-radius: 4px; }")
        column.addWidget(self.bar)

    def set_values(self, title: str, answered: int, total: int, current: bool) -> None:
        state = (title, answered, total, current)
        if state == self._state:
            return   # QProgressBar.setValue repaints at once: skip when nothing changed
        self._state = state
        self.caption.set_full_text(title)
        self.count.setText(f"{answered}/{total}")
        for widget in (self.caption, self.count):
            font = widget.font()
            font.setBold(current)
            widget.setFont(font)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(answered)
        self.bar.setAccessibleName(f"{title} : {answered} / {total}")
        self.setToolTip(f"{title} : {answered} / {total}")


class HelpPanel(QFrame):
    """Why it matters, how to check, how to do it (the linked action's steps)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 16, 18, 18)
        self.body.setSpacing(6)
        self.why_title = label("", "helpTitle", self)
        self.why = label("", "", self, selectable=True)
        self.check_title = label("", "helpTitle", self)
        self.check = label("", "", self, selectable=True)
        self.how_title = label("", "helpTitle", self)
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.how.setTextFormat(Qt.TextFormat.RichText)
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget, gap in ((self.why_title, 0), (self.why, 10), (self.check_title, 0),
                            (self.check, 10), (self.how_title, 0), (self.how, 0)):
            self.body.addWidget(widget)
            if gap:
                self.body.addSpacing(gap)
        self.body.addStretch(1)

    def show_question(self, question: Question, option: str | None, content, lang: str) -> None:
        self.why.setText(question.why.get(lang))
        has_check = question.check is not None
        self.check_title.setVisible(has_check)
        self.check.setVisible(has_check)
        self.check.setText(question.check.get(lang) if has_check else "")
        action_ids = question.actions_for(option) if option and option != DONT_KNOW else ()
        if not action_ids:
            action_ids = question.actions
        parts = []
        for action_id in action_ids[:2]:
            action = content.actions.get(action_id)
            if action is None:
                continue
            steps = "".join(f"<li>{_escape(s.get(lang))}</li>" for s in action.steps)
            parts.append(f"<p style='margin:0 0 4px 0'><b>{_escape(action.title.get(lang))}</b></p>"
                         f"<ol style='margin:0 0 8px -18px'>{steps}</ol>")
        self.how_title.setVisible(bool(parts))
        self.how.setVisible(bool(parts))
        self.how.setText("".join(parts))

    def retranslate(self) -> None:
        self.why_title.setText(self.tr("Pourquoi c'est important"))
        self.check_title.setText(self.tr("Comment vérifier"))
        self.how_title.setText(self.tr("Comment faire"))
        self.setAccessibleName(self.tr("Aide sur la question"))


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


class InterviewPage(Retranslatable, QWidget):
    finished = Signal()            # past the last question
    profile_requested = Signal()
    question_shown = Signal(str)   # question id, once it is on screen

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.questions: list[Question] = []
        self.index = -1
        self._note_for: str | None = None      # question whose note the editor holds
        self._note_saved = ""
        self._built_for: tuple | None = None
        self._shown_statuses: dict[str, str] = {}   # question id -> status shown in the list

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        # progress strip
        strip = QFrame(self)
        strip.setObjectName("progressStrip")
        strip.setStyleSheet(f"#progressStrip {{ background: {style.SURFACE}; "
                            f"border-bottom: 1px solid {style.LINE}; }}")
        self.strip_layout = QHBoxLayout(strip)
        self.strip_layout.setContentsMargins(20, 8, 20, 10)
        self.strip_layout.setSpacing(20)
        self.modules: dict[str, ModuleProgress] = {}
        self.modules_box = QHBoxLayout()
        self.modules_box.setSpacing(18)
        self.strip_layout.addLayout(self.modules_box, 3)
        self.time_left = label("", "muted", strip, wrap=False)
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.strip_layout.addWidget(self.time_left, 1)
        outer.addWidget(strip)

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
        self.center = ScrollPage(center_box, max_width=820)
        center_column.addWidget(self.center, 1)
        body = self.center.layout_
        body.setSpacing(10)
        top = QHBoxLayout()
        self.crumb = label("", "crumb", self)
        top.addWidget(self.crumb, 1)
        self.critical = label("", "critical", self, wrap=False)
        top.addWidget(self.critical, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(top)
        self.counter = label("", "muted", self)
        body.addWidget(self.counter)
        # the module's introduction, above its first question
        self.module_intro = label("", "moduleIntro", self)
        self.module_intro.setStyleSheet(
            f"#moduleIntro {{ background: {style.ACCENT_SOFT}; border-radius: 8px; "
            f"padding: 10px 12px; }}")
        self.module_intro.setVisible(False)
        body.addWidget(self.module_intro)
        self.question_text = label("", "questionText", self)
        self.question_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.question_text)
        body.addSpacing(4)
        # No exclusive QButtonGroup: it would take the unchecked options out of the Tab chain.
        # choose() keeps exactly one checked.
        self.option_buttons: list[OptionButton] = []
        for number in range(1, MAX_OPTIONS + 1):
            widget = OptionButton("", badge=str(number), parent=self.center.column)
            widget.setObjectName(f"option-{number}")
            widget.clicked.connect(lambda _c=False, n=number - 1: self._option_clicked(n))
            self.option_buttons.append(widget)
            body.addWidget(widget)
        self.dont_know = OptionButton("", badge="0", parent=self.center.column)
        self.dont_know.setObjectName("option-dont-know")
        self.dont_know.clicked.connect(lambda _c=False: self.choose(DONT_KNOW))
        body.insertSpacing(body.count(), 4)   # "je ne sais pas" a little apart
        body.addWidget(self.dont_know)
        body.addSpacing(6)
        self.note_label = label("", "", self)
        font = self.note_label.font()
        font.setBold(True)
        self.note_label.setFont(font)
        body.addWidget(self.note_label)
        self.note = QPlainTextEdit(self.center.column)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 16)
        self.note.textChanged.connect(self._note_edited)
        self.note.installEventFilter(self)
        self.note_label.setBuddy(self.note)
        body.addWidget(self.note)
        self.note_status = label("", "muted", self)
        body.addWidget(self.note_status)
        nav_bar = QWidget(center_box)
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
        self.help_below = QVBoxLayout()
        body.addLayout(self.help_below)
        body.addStretch(1)

        # help beside
        self.help_side = ScrollPage(self.splitter)
        self.help_side.body.layout().setContentsMargins(4, 16, 16, 16)
        self.help = HelpPanel(self.help_side.column)
        self.help_side.layout_.addWidget(self.help)
        self.help_side.layout_.addStretch(1)
        self.help_side.setMinimumWidth(260)
        self._help_beside = True

        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([290, 700, 360])

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DEBOUNCE_MS)
        self._note_timer.timeout.connect(self.save_note)

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
        self._note_for = None
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
        # module progress widgets
        while self.modules_box.count():
            item = self.modules_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.modules.clear()
        for question in self.questions:
            if question.module not in self.modules:
                widget = ModuleProgress(question.module, self)
                self.modules[question.module] = widget
                self.modules_box.addWidget(widget, 1)
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
            self.save_note()
        if not self.questions:
            return
        index = max(0, min(index, len(self.questions) - 1))
        self.index = index
        question = self.questions[index]
        content, lang = self.session.content, self.session.language
        module = content.module(question.module)
        theme = content.theme(question.module, question.theme)
        self.crumb.setText(f"{module.title.get(lang).upper()}  ·  {theme.title.get(lang)}")
        self.crumb.setStyleSheet(f"color: {style.module_colour(question.module)};")
        self.critical.setVisible(question.critical)
        first_of_module = index == 0 or self.questions[index - 1].module != question.module
        self.module_intro.setVisible(first_of_module)
        self.module_intro.setText(module.intro.get(lang) if first_of_module else "")
        self.question_text.setText(question.text.get(lang))
        answer = self.session.assessment().answers.get(question.id)
        chosen = answer.option if answer else None
        for number, widget in enumerate(self.option_buttons):
            if number < len(question.options):
                option = question.options[number]
                widget.setText(option.label.get(lang))
                widget.setAccessibleDescription(question.text.get(lang))
                widget.setChecked(option.id == chosen)
                widget.setVisible(True)
            else:
                widget.setChecked(False)
                widget.setVisible(False)
        self.dont_know.setChecked(chosen == DONT_KNOW)
        self.dont_know.setAccessibleDescription(question.text.get(lang))
        # the note
        self._note_timer.stop()
        text = self.session.note(question.id)
        self._note_for = question.id
        self._note_saved = text
        self.note.blockSignals(True)
        self.note.setPlainText(text)
        self.note.blockSignals(False)
        self.note_status.setText("")
        self.help.show_question(question, chosen, content, lang)
        self.list.set_current(question.id)
        self._position_texts()
        self.previous_button.setEnabled(index > 0)
        self._update_progress()
        self.center.verticalScrollBar().setValue(0)
        self.session.set_position(question.id)
        self.question_shown.emit(question.id)

    def _position_texts(self) -> None:
        """Texts that depend on where we are: the counter and the next button."""
        if not self.questions or self.index < 0:
            return
        self.counter.setText(self.tr("Question {0} sur {1}").format(self.index + 1,
                                                                   len(self.questions)))
        last = self.index == len(self.questions) - 1
        self.next_button.setText(self.tr("Voir les résultats  →") if last else
                                 self.tr("Suivant  →"))
        self.next_button.setAccessibleName(self.tr("Voir les résultats") if last else
                                           self.tr("Question suivante (Entrée)"))

    def _update_progress(self) -> None:
        answers = self.session.assessment().answers
        lang = self.session.language
        current = self.current_question()
        unanswered = 0
        for module_id, widget in self.modules.items():
            ids = [q.id for q in self.questions if q.module == module_id]
            done = sum(1 for qid in ids if qid in answers)
            unanswered += len(ids) - done
            widget.set_values(self.session.content.module(module_id).title.get(lang), done,
                              len(ids), current is not None and current.module == module_id)
        self.time_left.setText(self.time_left_text(unanswered))

    def time_left_text(self, unanswered: int) -> str:
        seconds = unanswered * SECONDS_PER_QUESTION
        if unanswered == 0:
            return self.tr("Toutes les questions ont une réponse")
        if seconds < 60:
            return self.tr("Moins d'une minute restante")
        return self.tr("Environ {0} min restantes").format(round(seconds / 60))

    # -- answering -----------------------------------------------------------------------------

    def _option_clicked(self, number: int) -> None:
        question = self.current_question()
        if question is not None and number < len(question.options):
            self.choose(question.options[number].id)

    def _digit(self, key: int) -> None:
        question = self.current_question()
        if question is None:
            return
        if key == 0:
            self.choose(DONT_KNOW)
            self.dont_know.setFocus()
        elif key <= len(question.options):
            self.choose(question.options[key - 1].id)
            self.option_buttons[key - 1].setFocus()

    def choose(self, option_id: str) -> None:
        """Answer the current question and save it at once (the note goes with it)."""
        question = self.current_question()
        if question is None:
            return
        self._note_timer.stop()
        note = self.note.toPlainText()[:MAX_NOTE]
        try:
            self.session.answer(question.id, option_id, note)
        except Exception as exc:  # noqa: BLE001 - say it, keep the screen as it is
            errors.error(self, self.tr("La réponse n'a pas pu être enregistrée"), str(exc),
                         self.tr("Réessayez. Les réponses déjà données sont conservées."))
            self._show(self.index, save=False)
            return
        self._note_saved = note
        for number, widget in enumerate(self.option_buttons):
            widget.setChecked(number < len(question.options) and question.options[number].id == option_id)
        self.dont_know.setChecked(option_id == DONT_KNOW)
        self.help.show_question(question, option_id, self.session.content, self.session.language)

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

    # -- notes -----------------------------------------------------------------------------------

    def _note_edited(self) -> None:
        if len(self.note.toPlainText()) > MAX_NOTE:
            self.note_status.setText(self.tr("Une note compte au plus {0} caractères : la suite "
                                             "ne sera pas enregistrée.").format(MAX_NOTE))
        else:
            self.note_status.setText("")
        self._note_timer.start()

    def save_note(self) -> None:
        """Save the note being edited if it changed. Called on a timer, on leaving, on close."""
        self._note_timer.stop()
        if self._note_for is None or not self.session.checkup_id:
            return
        text = self.note.toPlainText()[:MAX_NOTE]
        if text == self._note_saved:
            return
        try:
            self.session.save_note(self._note_for, text)
        except Exception as exc:  # noqa: BLE001
            errors.error(self, self.tr("La note n'a pas pu être enregistrée"), str(exc),
                         self.tr("Copiez-la avant de fermer Boussole, puis réessayez."))
            return
        self._note_saved = text
        self.note_status.setText(self.tr("Note enregistrée."))

    def flush(self) -> None:
        """Leaving the interview (another page, the window closing): write what waits."""
        self.save_note()
        if not self.session.closed:
            self.session.flush_position()
            self.session.flush_summary()

    # -- navigation ------------------------------------------------------------------------------

    def next(self) -> None:
        if not self.questions:
            return
        if self.index >= len(self.questions) - 1:
            self.save_note()
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
        """Focus the chosen option, else the first one."""
        for widget in [*self.option_buttons, self.dont_know]:
            if widget.isVisible() and widget.isChecked():
                widget.setFocus()
                return
        if self.option_buttons and self.option_buttons[0].isVisible():
            self.option_buttons[0].setFocus()
        elif self.questions:
            self.option_buttons[0].setFocus()

    # -- keys ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            options = [w for w in [*self.option_buttons, self.dont_know] if w.isVisible()]
            focus = QApplication.focusWidget()
            if focus in options:
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                options[(options.index(focus) + step) % len(options)].setFocus()
                return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.note:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.save_note()
                self.focus_answer()
                return True
            if event.type() == QEvent.Type.FocusOut:
                self.save_note()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.save_note()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_help()

    def _place_help(self) -> None:
        wide = self.width() >= WIDE
        if wide and not self._help_beside:
            self.help_below.removeWidget(self.help)
            self.help_side.layout_.insertWidget(0, self.help)
            self.help_side.show()
            self._help_beside = True
        elif not wide and self._help_beside:
            self.help_side.layout_.removeWidget(self.help)
            self.help.setParent(self.center.column)
            self.help_below.addWidget(self.help)
            self.help.show()
            self.help_side.hide()
            self._help_beside = False

    # -- language --------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.dont_know.setText(self.tr("Je ne sais pas"))
        self.note_label.setText(self.tr("&Note (facultatif) — enregistrée au fil de la frappe"))
        self.note.setAccessibleName(self.tr("Note sur cette question"))
        self.note.setPlaceholderText(self.tr("Ce que vous avez appris, à qui le demander, ce qui "
                                             "est prévu…"))
        self.previous_button.setText(self.tr("←  Précédente"))
        self.previous_button.setAccessibleName(self.tr("Question précédente (Alt+Gauche)"))
        self.profile_button.setText(self.tr("Modifier le profil"))
        self.profile_button.setAccessibleName(self.tr("Modifier le profil de l'entreprise"))
        self.critical.setText(self.tr("Point essentiel"))
        self.critical.setToolTip(self.tr("Un manque sur ce point limite le niveau de maturité "
                                         "du module."))
        self.help.retranslate()
        self.setAccessibleName(self.tr("Questionnaire"))
        self._position_texts()
        if self.questions and not self.session.closed:
            self._update_progress()
