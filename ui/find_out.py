"""The questions to ask: "je ne sais pas" answers, grouped by whom to ask (resolved for the
firm: "un prestataire à choisir" when it has no IT provider). Plain text, one label per group,
rebuilt only when the questions change."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from checks.evaluation import Plan
from ui.action_editor import ask_label
from ui.widgets import heading, label


class FindOut(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("findOut")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.heading = heading(top=8)
        self.intro = label(selectable=True)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.intro)
        self.groups: list[QLabel] = []
        self._shown: tuple = ()

    def set_plan(self, plan: Plan) -> None:
        content, lang = self.session.content, self.session.language
        groups: dict[str, list[str]] = {}
        for item in plan.find_out:
            question = content.questions.get(item.question)
            if question is not None:
                groups.setdefault(item.ask, []).append(question.text.get(lang))
        self.setVisible(bool(groups))
        shown = (lang, tuple((k, tuple(v)) for k, v in groups.items()))
        if shown == self._shown:
            return
        self._shown = shown
        self.heading.setText(self.tr("Questions à poser"))
        self.intro.setText(self.tr(
            "Vous avez répondu « je ne sais pas » à ces questions. Posez-les à la bonne "
            "personne, puis mettez vos réponses à jour."))
        for widget in self.groups:
            widget.hide()
            widget.deleteLater()
        self.groups = []
        for ask, texts in groups.items():
            title = heading(ask_label(ask), scale=1.0)
            body = label("\n".join("• " + t for t in texts), selectable=True)
            body.setContentsMargins(8, 0, 0, 6)
            body.setAccessibleName(ask_label(ask))
            for widget in (title, body):
                self.column.addWidget(widget)
                self.groups.append(widget)

    def text(self) -> str:
        """Everything shown, as plain text (the groups' headings and questions)."""
        return "\n".join(w.text() for w in self.groups)
