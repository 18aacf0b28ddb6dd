"""The help beside (or under) an interview question: why it matters, how to check, how to do
it (the steps of the actions the question leads to). HelpSide is the column beside the question
that holds the panel on a wide window, and hands it to the question view on a narrow one."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from checks.content import DONT_KNOW, Content, Question
from ui.question_view import QuestionView
from ui.widgets import ScrollPage, label


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
        self.how = label("", "", self, selectable=True, rich=True, shrink=True)
        for widget, gap in ((self.why_title, 0), (self.why, 10), (self.check_title, 0),
                            (self.check, 10), (self.how_title, 0), (self.how, 0)):
            self.body.addWidget(widget)
            if gap:
                self.body.addSpacing(gap)
        self.body.addStretch(1)

    def show_question(self, question: Question, option: str | None, content: Content,
                      lang: str) -> None:
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


class HelpSide(ScrollPage):
    """The column beside the question; on a narrow window the panel goes under the question."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body.layout().setContentsMargins(4, 16, 16, 16)
        self.panel = HelpPanel(self.column)
        self.layout_.addWidget(self.panel)
        self.layout_.addStretch(1)
        self.setMinimumWidth(260)
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


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
