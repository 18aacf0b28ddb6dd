""""Cette semaine", on top of the plan page: the next actions in the plan's order, each with who
can do it, its effort and cost, a box to tick when it is done (the next one takes its place)
and a button to its details; and the progress, "12 / 39 faites", with a bar.

The week's actions (Plan.week(): the schedule's first period, the figures the pace section
draws), at most five; when it holds fewer than three, the next ones after them, up to three,
each saying its period and never counted as this week's.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QProgressBar, QToolButton, QVBoxLayout,
                               QWidget)

from checks import formatting
from checks import vocabulary as V
from checks.evaluation import Plan, PlannedAction, Week
from ui.widgets import Card, heading, label

MOST = 5   # lines at most; at least checks.evaluation.WEEK_FEWEST (Plan.week)


def week_actions(week: Week) -> tuple[PlannedAction, ...]:
    """What "Cette semaine" lists: the week's actions (at most five), then the next ones up to
    three in all (Plan.week())."""
    return week.actions[:MOST] + week.then


class ThinBar(QProgressBar):
    """A progress bar without its text: as thin as the style draws it (8 px), not as tall as
    the text it does not show."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextVisible(False)
        self.setFixedHeight(8)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), 8)


class WeekCard(Card):
    done_toggled = Signal(str, bool)      # action id, done
    details_requested = Signal(str)       # action id

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent, name="card", margins=16)
        self.session = session
        self.setObjectName("weekCard")
        self.setStyleSheet("QFrame#weekCard { background: #ffffff; border: 2px solid #1f5f8b; "
                           "border-radius: 10px; }")
        top = QHBoxLayout()
        top.setSpacing(12)
        self.title = heading(scale=1.3)
        top.addWidget(self.title, 1)
        self.progress_text = label(selectable=True)
        self.progress_text.setObjectName("progressText")
        self.progress = ThinBar()
        self.progress.setMaximumWidth(220)
        self.progress.setMinimumWidth(90)
        progress = QVBoxLayout()
        progress.setSpacing(2)
        progress.addWidget(self.progress_text, 0, Qt.AlignmentFlag.AlignRight)
        progress.addWidget(self.progress)
        top.addLayout(progress)
        self.body.addLayout(top)
        self.intro = label("", "muted", selectable=True)
        self.body.addWidget(self.intro)
        self.items = QVBoxLayout()
        self.items.setSpacing(8)
        self.body.addLayout(self.items)
        self.boxes: dict[str, QCheckBox] = {}
        self.detail_buttons: dict[str, QToolButton] = {}
        self.lines: dict[str, QWidget] = {}

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for aid, box in self.boxes.items():
            chain += [box, self.detail_buttons[aid]]
        return chain

    def set_plan(self, plan: Plan, provisional: bool = False) -> None:
        content, lang = self.session.content, self.session.language
        progress = plan.progress
        self.title.setText(self.tr("Cette semaine"))
        self.progress_text.setText(self.tr("%1 / %2 faites").replace("%1", str(progress.done))
                                   .replace("%2", str(progress.total)))
        self.progress.setRange(0, max(1, progress.total))
        self.progress.setValue(progress.done)
        self.progress.setAccessibleName(self.tr("Avancement du plan : %1 actions faites sur %2")
                                        .replace("%1", str(progress.done))
                                        .replace("%2", str(progress.total)))
        # ticked from the keyboard: the box at the same place keeps the focus afterwards
        focused = next((i for i, box in enumerate(self.boxes.values()) if box.hasFocus()), None)
        while self.items.count():
            item = self.items.takeAt(0)
            if item.widget():
                item.widget().hide()         # gone now, not at the next event loop pass
                item.widget().deleteLater()
        self.boxes, self.detail_buttons, self.lines = {}, {}, {}
        week = plan.week()
        chosen = week_actions(week)
        if not plan.actions and provisional:     # too few answers to say nothing is needed
            self.intro.setText(self.tr("Répondez à plus de questions pour voir les actions à "
                                       "faire cette semaine."))
        elif not plan.actions:
            self.intro.setText(self.tr("Aucune action à prévoir d'après les réponses données."))
        elif not chosen:
            self.intro.setText(self.tr("Toutes les actions du plan sont faites. Bravo !"))
        else:
            until = formatting.date(week.end, lang) if week.end else ""
            if not week.actions:    # no hours this week, or all of it waits for budget
                intro = self.tr("Rien n'est placé cette semaine à votre rythme : voici les "
                                "prochaines actions, chacune avec sa période.")
            elif week.then:
                numbers = formatting.number_runs([a.number for a in week.actions], lang)
                intro = self.tr("À faire d'ici le %1 : n° %2. Ensuite, dans cet ordre, les "
                                "suivantes, chacune avec sa période.").replace(
                    "%1", until).replace("%2", numbers)
            else:
                intro = self.tr("À faire d'ici le %1, dans cet ordre.").replace("%1", until)
            self.intro.setText(intro + " " + self.tr(
                "Cochez une action quand elle est faite : la suivante prend sa place."))
        for planned in chosen:
            self.items.addWidget(self._line(planned, content, lang))
        if focused is not None and self.boxes:
            list(self.boxes.values())[min(focused, len(self.boxes) - 1)].setFocus()

    def _line(self, p: PlannedAction, content, lang: str) -> QWidget:
        action = content.actions.get(p.action)
        title = action.title.get(lang) if action else p.action
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        box = QCheckBox()
        box.setChecked(p.status == "done")
        box.setAccessibleName(self.tr("Marquer comme faite : %1").replace("%1", title))
        box.setToolTip(self.tr("Cochez quand c'est fait : l'action suivante prend sa place."))
        box.toggled.connect(lambda on, aid=p.action: self.done_toggled.emit(aid, on))
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.addWidget(heading(f"{p.number}. {title}", scale=1.0))
        band = content.cost_bands.get(p.cost)
        cost = (formatting.money_range(p.cost_low, p.cost_high, lang)
                if p.per_user or band is None else band.label.get(lang))
        facts = [self.tr("Qui : %1").replace("%1", V.who_text(p.who, lang)),
                 self.tr("environ %1").replace("%1", formatting.hours(p.effort_hours, lang)), cost]
        if p.period != "week":
            facts.append(V.PERIOD_LABELS[p.period].get(lang))
        if p.status == "in_progress":
            facts.append(V.STATUS_LABELS["in_progress"].get(lang))
        texts.addWidget(label(" · ".join(facts), "muted", selectable=True))
        row.addLayout(texts, 1)
        more = QToolButton()
        more.setText(self.tr("Détails"))
        more.setAccessibleName(self.tr("Voir les détails : %1").replace("%1", title))
        more.setToolTip(self.tr("Pourquoi, comment faire et le suivi de l'action, dans la liste"))
        more.clicked.connect(lambda _c=False, aid=p.action: self.details_requested.emit(aid))
        row.addWidget(more, 0, Qt.AlignmentFlag.AlignTop)
        self.boxes[p.action] = box
        self.detail_buttons[p.action] = more
        self.lines[p.action] = line
        return line
