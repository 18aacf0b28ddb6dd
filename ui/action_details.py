"""One action's details, opened under its line of the plan: when and why now, what it costs,
who can do it and where to get help, why it is proposed, how to do it, and its tracking.

Built only when the owner opens it (the plan list holds up to ~90 lines), kept while the plan
is re-paced, and updated in place: a field being typed in keeps its text. Every text is plain
(a label per paragraph, no HTML lists), so its height is exactly what the text needs.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from checks import formatting
from checks import vocabulary as V
from checks.evaluation import PlannedAction
from ui.action_editor import TrackingFields, answer_label
from ui.read_only import lock_action_card
from ui.widgets import heading, label


class ActionDetails(QFrame):
    """Why / how / tracking of one planned action (`set_planned` updates it)."""

    def __init__(self, session, planned: PlannedAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.action_id = planned.action
        self.setObjectName("actionDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#actionDetails { background: #f7f9fb; border: 1px solid #d5dbe3;"
                           " border-radius: 8px; }")
        content, lang = session.content, session.language
        action = content.actions.get(planned.action)
        self._title = action.title.get(lang) if action else planned.action
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(14, 10, 14, 12)
        self.column.setSpacing(6)
        self.when = self._add(label(selectable=True))
        self.facts = self._add(label(selectable=True))
        self.cost_note = self._add(label("", "muted", selectable=True))
        self.who = self._add(label(selectable=True))
        self.find = self._add(label("", "muted", selectable=True))
        self.help = self._add(label(selectable=True))
        self.why_heading = self._add(heading(self.tr("Pourquoi cette action :"), scale=1.0))
        self.why_box = QVBoxLayout()
        self.why_box.setSpacing(2)
        self.column.addLayout(self.why_box)
        self.how_heading = self._add(heading(self.tr("Comment faire :"), scale=1.0))
        self.how_box = QVBoxLayout()
        self.how_box.setSpacing(2)
        self.column.addLayout(self.how_box)
        self.steps: list[QLabel] = []
        self.reasons: list[QLabel] = []
        self.tracking = TrackingFields(session, planned.action, self._title, self)
        lock_action_card(self.tracking, bool(session.read_only))   # history stays as it was
        self.column.addWidget(self.tracking)
        self.setAccessibleName(self.tr("Détails de l'action : %1").replace("%1", self._title))
        self.set_planned(planned, None)

    def _add(self, widget: QWidget) -> QWidget:
        self.column.addWidget(widget)
        return widget

    def focus_chain(self) -> list[QWidget]:
        return self.tracking.focus_chain()

    def flush(self) -> None:
        self.tracking.flush()

    # -- content -------------------------------------------------------------------------------

    def set_planned(self, planned: PlannedAction, needed_by: int | None) -> None:
        """Show `planned` (re-paced: period, deadline, tracking); `needed_by` is the number of
        the first action that needs this one done first."""
        session = self.session
        content, lang = session.content, session.language
        action = content.actions.get(planned.action)
        self.when.setText(self._when(planned, needed_by, lang))
        band = content.cost_bands.get(planned.cost)
        cost = (formatting.money_range(planned.cost_low, planned.cost_high, lang)
                if planned.per_user or band is None else band.label.get(lang))
        if planned.per_user:
            cost += " " + self.tr("(selon l'effectif)")
        self.facts.setText(self.tr("Effort : environ %1 · Coût : %2")
                           .replace("%1", formatting.hours(planned.effort_hours, lang))
                           .replace("%2", cost))
        note = action.cost_note.get(lang) if action and action.cost_note else ""
        self.cost_note.setText(note)
        self.cost_note.setVisible(bool(note))
        self.who.setText(self.tr("Qui peut le faire : %1").replace(
            "%1", V.who_text(planned.who, lang)))
        finds = [V.ROLES[r].find.get(lang) for r in planned.who if V.ROLES[r].find is not None]
        self.find.setText(" ".join(finds))
        self.find.setVisible(bool(finds))
        helps = [content.help[h].display(lang) for h in planned.help if h in content.help]
        self.help.setText(self.tr("Où trouver de l'aide : %1").replace("%1", ", ".join(helps)))
        self.help.setVisible(bool(helps))
        self._fill(self.why_box, self.reasons, self._reasons(planned, lang))
        self.why_heading.setVisible(bool(self.reasons))
        steps = [action.steps[i].get(lang) for i in planned.steps] if action else []
        self._fill(self.how_box, self.steps, [f"{n}. {s}" for n, s in enumerate(steps, 1)])
        self.how_heading.setVisible(bool(steps))
        self.tracking.load()

    def _when(self, p: PlannedAction, needed_by: int | None, lang: str) -> str:
        parts = [self.tr("Au plus tard : %1").replace("%1", formatting.date(p.deadline, lang))
                 + (" " + self.tr("(date légale)") if p.legal_deadline else "")]
        if p.late:
            parts.append(self.tr("en retard sur ce délai à votre rythme"))
        if p.over_budget:
            parts.append(self.tr("attend un budget au-delà des 12 mois"))
        if p.why_now == "dependency" and needed_by is not None:
            parts.append(self.tr("à faire avant le n° %1").replace("%1", str(needed_by)))
        elif p.status != "done":
            parts.append(self.tr("Pourquoi maintenant : %1").replace(
                "%1", V.WHY_NOW_LABELS[p.why_now].get(lang)))
        return " · ".join(parts)

    def _reasons(self, planned: PlannedAction, lang: str) -> list[str]:
        content = self.session.content
        answers = self.session.assessment().answers
        out = []
        for qid in planned.because:
            question = content.questions.get(qid)
            if question is None:
                continue
            given = answers.get(qid)
            answer = answer_label(content, lang, qid, given.option) if given else ""
            out.append("• " + question.text.get(lang) + (f" — {answer}" if answer else ""))
        return out

    @staticmethod
    def _fill(box: QVBoxLayout, labels: list[QLabel], texts: list[str]) -> None:
        """Reuse the labels of `box` for `texts`: one label per paragraph."""
        while len(labels) < len(texts):
            widget = label(selectable=True)
            widget.setContentsMargins(8, 0, 0, 0)
            box.addWidget(widget)
            labels.append(widget)
        for i, widget in enumerate(labels):
            if i < len(texts):
                widget.setText(texts[i])
            widget.setVisible(i < len(texts))
