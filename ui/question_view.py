"""One interview question on screen: where it sits (module, theme, number), the question, its
options as large numbered buttons, "je ne sais pas", and the note field. It scrolls; the help
panel can be placed under it (`help_below`).

The view shows what it is given and reports clicks; the interview page decides what a click
means (it saves the answer) and which question comes next.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from checks.content import DONT_KNOW, Content, Question
from ui import style
from ui.last_time import LastTimeBar
from ui.option_button import OptionButton
from ui.widgets import Retranslatable, ScrollPage, label, set_shown

MAX_OPTIONS = 9


class QuestionView(Retranslatable, ScrollPage):
    option_clicked = Signal(str)   # an option id of the question shown, or DONT_KNOW

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, max_width=820)
        # Always there: one question in three fits and the next does not, and a scroll bar
        # coming and going re-lays out the whole column at another width on every answer.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._question: Question | None = None
        self._crumb_module: str | None = None
        body = self.layout_
        body.setSpacing(10)
        self._compact = False
        self._position = (0, 0)   # the counter's question number and count
        self._top = top = QHBoxLayout()
        self.crumb = label("", "crumb", self.column, column=True)
        top.addWidget(self.crumb, 1)
        self.critical = label("", "critical", self.column, wrap=False)
        top.addWidget(self.critical, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(top)
        self.counter = label("", "muted", self.column)
        body.addWidget(self.counter)
        # the module's introduction, above its first question
        self.module_intro = label("", "moduleIntro", self.column, column=True)
        self._style_intro(compact=False)
        self.module_intro.setVisible(False)
        body.addWidget(self.module_intro)
        self.question_text = label("", "questionText", self.column, selectable=True,
                                   column=True)
        body.addWidget(self.question_text)
        self.last_time = LastTimeBar(self.column)   # a re-checkup: the answer given last time
        body.addWidget(self.last_time)
        body.addSpacing(4)
        # No exclusive QButtonGroup: it would take the unchecked options out of the Tab chain.
        # set_chosen() keeps exactly one checked.
        self.option_buttons: list[OptionButton] = []
        for number in range(1, MAX_OPTIONS + 1):
            widget = OptionButton("", badge=str(number), parent=self.column)
            widget.setObjectName(f"option-{number}")
            widget.clicked.connect(lambda _c=False, n=number - 1: self._clicked(n))
            self.option_buttons.append(widget)
            body.addWidget(widget)
        self.dont_know = OptionButton("", badge="0", parent=self.column)
        self.dont_know.setObjectName("option-dont-know")
        self.dont_know.clicked.connect(lambda _c=False: self.option_clicked.emit(DONT_KNOW))
        body.insertSpacing(body.count(), 4)   # "je ne sais pas" a little apart
        body.addWidget(self.dont_know)
        body.addSpacing(6)
        self.note_label = label("", "", self.column)
        font = self.note_label.font()
        font.setBold(True)
        self.note_label.setFont(font)
        body.addWidget(self.note_label)
        self.note = QPlainTextEdit(self.column)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 16)
        self.note_label.setBuddy(self.note)
        body.addWidget(self.note)
        self.note_status = label("", "muted", self.column)
        body.addWidget(self.note_status)
        self.help_below = QVBoxLayout()
        body.addLayout(self.help_below)
        body.addStretch(1)
        self._retranslate()

    def _clicked(self, number: int) -> None:
        if self._question is not None and number < len(self._question.options):
            self.option_clicked.emit(self._question.options[number].id)

    # -- showing -------------------------------------------------------------------------------

    def show_question(self, question: Question, content: Content, lang: str, chosen: str | None,
                      first_of_module: bool, note: str) -> None:
        """Fill the view for `question` (the chosen option checked, its saved note)."""
        self._question = question
        module = content.module(question.module)
        theme = content.theme(question.module, question.theme)
        self.crumb.setText(f"{module.title.get(lang).upper()}  ·  {theme.title.get(lang)}")
        if question.module != self._crumb_module:   # a style sheet re-polishes: on change only
            self._crumb_module = question.module
            self.crumb.setStyleSheet(f"color: {style.module_colour(question.module)};")
        set_shown(self.critical, question.critical)
        set_shown(self.module_intro, first_of_module)
        self.module_intro.setText(module.intro.get(lang) if first_of_module else "")
        self.question_text.setText(question.text.get(lang))
        for number, widget in enumerate(self.option_buttons):
            if number < len(question.options):
                text = question.options[number].label.get(lang)
                if text != widget.text():   # a new text lays the button out again
                    widget.setText(text)
                widget.setAccessibleDescription(question.text.get(lang))
            set_shown(widget, number < len(question.options))
        self.dont_know.setAccessibleDescription(question.text.get(lang))
        self.set_chosen(chosen)
        if note != self.note.toPlainText():   # most notes stay empty: no document to redo
            self.note.blockSignals(True)   # not an edit: the note timer must not start
            self.note.setPlainText(note)
            self.note.blockSignals(False)
        self.note_status.setText("")
        self.verticalScrollBar().setValue(0)

    def set_chosen(self, option_id: str | None) -> None:
        """Check the button of `option_id` (None: no answer yet) and only that one."""
        options = self._question.options if self._question is not None else ()
        for number, widget in enumerate(self.option_buttons):
            widget.setChecked(number < len(options) and options[number].id == option_id)
        self.dont_know.setChecked(option_id == DONT_KNOW)
        self.last_time.set_chosen(option_id)

    def set_counter(self, index: int, total: int) -> None:
        self._position = (index + 1, total)
        whole = self.tr("Question {0} sur {1}").format(index + 1, total)
        # short window: "78 / 100" leaves the crumb its line (the whole text in the tooltip)
        self.counter.setText(self.tr("{0} / {1}").format(index + 1, total) if self._compact
                             else whole)
        self.counter.setToolTip(whole if self._compact else "")
        self.counter.setAccessibleName(whole)

    # -- a short window (150 % on a laptop) ------------------------------------------------------

    def set_compact(self, compact: bool) -> None:
        """Short window (decided by ui/interview_fit.py): the counter beside the crumb, a
        smaller title, tighter answers, so that every answer shows without scrolling."""
        if compact == self._compact:
            return
        self._compact = compact
        self.question_text.setProperty("compact", compact)
        style.repolish(self.question_text)
        self.question_text.updateGeometry()
        if compact:
            self.layout_.removeWidget(self.counter)
            self._top.insertWidget(1, self.counter, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self._top.removeWidget(self.counter)
            self.layout_.insertWidget(1, self.counter)
        self.layout_.setSpacing(6 if compact else 10)
        self.body.layout().setContentsMargins(*((16, 6, 16, 12) if compact else (24, 20, 24, 24)))
        for widget in [*self.option_buttons, self.dont_know]:
            widget.set_padding(5 if compact else 12)
        self.last_time.set_compact(compact)
        self._style_intro(compact)
        if self._position[1]:
            self.set_counter(self._position[0] - 1, self._position[1])

    def _style_intro(self, compact: bool) -> None:
        self.module_intro.setStyleSheet(
            f"#moduleIntro {{ background: {style.ACCENT_SOFT}; border-radius: 8px; "
            f"padding: {'5px 10px' if compact else '10px 12px'}; }}")

    # -- focus ---------------------------------------------------------------------------------

    def answers(self) -> list[OptionButton]:
        """The answer buttons shown, in order ("je ne sais pas" last)."""
        return [w for w in [*self.option_buttons, self.dont_know] if w.isVisible()]

    def focus_answer(self) -> None:
        """Focus the chosen option, else the first one."""
        for widget in self.answers():
            if widget.isChecked() and widget.isEnabled():
                widget.setFocus()
                return
        first = self.option_buttons[0]
        (first if first.isEnabled() else self.question_text).setFocus()   # read-only: the text

    def focus_option(self, key: int) -> None:
        """Focus the button of digit `key` (0 = "je ne sais pas")."""
        (self.dont_know if key == 0 else self.option_buttons[key - 1]).setFocus()

    def step_focus(self, step: int) -> bool:
        """Up/Down among the answers, wrapping; False when the focus is not on an answer."""
        answers = self.answers()
        focus = QApplication.focusWidget()
        if focus not in answers:
            return False
        answers[(answers.index(focus) + step) % len(answers)].setFocus()
        return True

    # -- language ------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.dont_know.setText(self.tr("Je ne sais pas"))
        self.note_label.setText(self.tr("&Note (facultatif) — enregistrée au fil de la frappe"))
        self.note.setAccessibleName(self.tr("Note sur cette question"))
        self.note.setPlaceholderText(self.tr("Ce que vous avez appris, à qui le demander, ce qui "
                                             "est prévu…"))
        self.critical.setText(self.tr("Point critique"))
        self.critical.setToolTip(self.tr("Un manque sur ce point limite le niveau de maturité "
                                         "du domaine."))
