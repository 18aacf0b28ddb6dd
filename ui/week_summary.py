"""Under the home list: what the selected business has to do this week, from its last checkup's
plan ("Cette semaine : 3 actions, environ 4 h — 1. Mettre en place des sauvegardes…") and its
progress. The count and hours are the week's (Plan.week(): what the plan page's pace section
draws); the titles are the plan card's, the next ones saying their period. One plan is
computed for the selected row only, a moment after the selection settles, so moving through a
long client list stays instant."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from checks import formatting
from checks import vocabulary as V
from ui.widgets import HeightFromWidth, heading, label

SETTLE_MS = 120
HOME_LINES = 3      # titles shown; the headline counts them all


class WeekSummary(HeightFromWidth, QFrame):
    """As high as its lines wrapped at its width: Qt's minimum for wrapped text (a narrow
    column) made the home page taller than its content and the list's height jump with it."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("weekSummary")   # its frame: the application's style sheet
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(2)
        self.headline = heading(scale=1.0)
        self.actions = label(selectable=True)
        column.addWidget(self.headline)
        column.addWidget(self.actions)
        self._checkup: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.refresh)
        self.setVisible(False)

    def show_checkup(self, checkup_id: str | None, at_once: bool = False) -> None:
        """The business's last checkup (None: nothing to show)."""
        self._checkup = checkup_id
        if at_once:
            self.refresh()
        else:
            self._timer.start()

    def refresh(self) -> None:
        from ui.plan_week import week_actions   # here: the home page opens without the plan

        self._timer.stop()
        if not self._checkup or self.session.closed:
            self.setVisible(False)
            return
        try:
            plan, content = self.session.plan_of(self._checkup)
        except Exception:  # noqa: BLE001 - an unreadable checkup: the list says enough
            self.setVisible(False)
            return
        lang = self.session.language
        if not plan.actions:
            self.setVisible(False)
            return
        week = plan.week()
        chosen = week_actions(week)
        progress = self.tr("%1 / %2 faites").replace("%1", str(plan.progress.done)).replace(
            "%2", str(plan.progress.total))
        if not chosen:
            self.headline.setText(self.tr("Plan terminé : %1").replace("%1", progress))
            self.actions.setVisible(False)
        else:
            hours = formatting.hours(week.hours, lang)
            if not week.actions:
                headline = self.tr("Cette semaine : rien de placé à votre rythme (plan : %3)")
            elif len(week.actions) == 1:
                headline = self.tr("Cette semaine : une action, environ %2 (plan : %3)")
            else:
                headline = self.tr("Cette semaine : %1 actions, environ %2 (plan : %3)")
            self.headline.setText(headline.replace("%1", str(len(week.actions)))
                                  .replace("%2", hours).replace("%3", progress))
            titles = [f"{a.number}. " + (content.actions[a.action].title.get(lang)
                                         if a.action in content.actions else a.action)
                      + ("" if a.period == "week"
                         else " · " + V.PERIOD_LABELS[a.period].get(lang))
                      for a in chosen[:HOME_LINES]]
            self.actions.setText("\n".join(titles))
            self.actions.setVisible(True)
        self.setAccessibleName(self.headline.text())
        self.setVisible(True)

    def text(self) -> str:
        return self.headline.text() + ("" if self.actions.isHidden()
                                       else "\n" + self.actions.text())
