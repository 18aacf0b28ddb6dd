"""The help beside (or under) an interview question: why it matters, how to check, how to do
it (the steps of the actions the question leads to). HelpSide is the column beside the question
that holds the panel on a wide window, and hands it to the question view on a narrow one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from checks.content import DONT_KNOW, Action, Content, Question
from ui.question_view import QuestionView
from ui.widgets import ScrollPage, label, set_shown

HOW_ACTIONS = 2   # the actions whose steps the help shows


class ActionSteps(QWidget):
    """An action's title in bold over its numbered steps (a number column, so a long step
    wraps under its own text). Plain-text labels, kept and refilled for every question: a
    rich-text list would lay out a whole HTML document each time, the costliest part of
    moving to the next question."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        self.title = label("", "", self, selectable=True, column=True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.grid.addWidget(self.title, 0, 0, 1, 2)
        self.steps: list[tuple[QLabel, QLabel]] = []

    def show_action(self, action: Action | None, lang: str) -> None:
        set_shown(self, action is not None)
        if action is None:
            return
        self.title.setText(action.title.get(lang))
        while len(self.steps) < len(action.steps):   # grows once to the longest action
            row = len(self.steps) + 1
            number = label("", "", self, wrap=False)
            text = label("", "", self, selectable=True, shrink=True, column=True)
            top_right = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
            self.grid.addWidget(number, row, 0, top_right)
            self.grid.addWidget(text, row, 1)
            self.steps.append((number, text))
        for index, (number, text) in enumerate(self.steps):
            step = action.steps[index] if index < len(action.steps) else None
            set_shown(number, step is not None)
            set_shown(text, step is not None)
            number.setText(f"{index + 1}." if step else "")
            text.setText(step.get(lang) if step else "")

    def text(self) -> str:
        return "\n".join([self.title.text()] + [f"{n.text()} {t.text()}" for n, t in self.steps
                                                 if not t.isHidden()])


class HelpPanel(QFrame):
    """Why it matters, how to check, how to do it (the linked action's steps)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self._shown: tuple | None = None   # (content version, question, actions, language)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 16, 18, 18)
        self.body.setSpacing(6)
        self.why_title = label("", "helpTitle", self, column=True)
        self.why = label("", "", self, selectable=True, column=True)
        self.check_title = label("", "helpTitle", self, column=True)
        self.check = label("", "", self, selectable=True, column=True)
        self.how_title = label("", "helpTitle", self, column=True)
        self.how_actions = [ActionSteps(self) for _ in range(HOW_ACTIONS)]
        for widget, gap in ((self.why_title, 0), (self.why, 10), (self.check_title, 0),
                            (self.check, 10), (self.how_title, 0),
                            *((action, 4) for action in self.how_actions)):
            self.body.addWidget(widget)
            if gap:
                self.body.addSpacing(gap)
        self.body.addStretch(1)

    def show_question(self, question: Question, option: str | None, content: Content,
                      lang: str) -> None:
        action_ids = question.actions_for(option) if option and option != DONT_KNOW else ()
        if not action_ids:
            action_ids = question.actions
        shown = (content.version, question.id, tuple(action_ids), lang)
        if shown == self._shown:   # an answer that leads to the same actions: nothing to redo
            return
        self._shown = shown
        self.why.setText(question.why.get(lang))
        has_check = question.check is not None
        set_shown(self.check_title, has_check)
        set_shown(self.check, has_check)
        self.check.setText(question.check.get(lang) if has_check else "")
        actions = [content.actions[a] for a in action_ids if a in content.actions]
        for number, shown in enumerate(self.how_actions):
            shown.show_action(actions[number] if number < len(actions) else None, lang)
        set_shown(self.how_title, bool(actions))

    def how_text(self) -> str:
        """What "how to do it" says (the actions' titles and steps shown)."""
        return "\n".join(a.text() for a in self.how_actions if not a.isHidden())

    def retranslate(self) -> None:
        self.why_title.setText(self.tr("Pourquoi c'est important"))
        self.check_title.setText(self.tr("Comment vérifier"))
        self.how_title.setText(self.tr("Comment faire"))
        self.setAccessibleName(self.tr("Aide sur la question"))


class HelpSide(ScrollPage):
    """The column beside the question; on a narrow window the panel goes under the question."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body.layout().setContentsMargins(4, 16, 16, 16)
        self.panel = HelpPanel(self.column)
        self.layout_.addWidget(self.panel)
        self.layout_.addStretch(1)
        self.setMinimumWidth(260)
        # Always there: the help of one question in five overflows, and a scroll bar coming
        # and going re-wraps the whole panel at another width as you answer.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.beside = True

    def place(self, beside: bool, view: QuestionView) -> None:
        """The panel here (beside) or under the question in `view`."""
        if beside and not self.beside:
            view.help_below.removeWidget(self.panel)
            self.layout_.insertWidget(0, self.panel)
            self.show()
        elif not beside and self.beside:
            self.layout_.removeWidget(self.panel)
            self.panel.setParent(view.column)
            view.help_below.addWidget(self.panel)
            self.panel.show()
            self.hide()
        self.beside = beside
