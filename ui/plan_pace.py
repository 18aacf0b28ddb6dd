"""The owner's pace on the plan page: hours a month and budget over 12 months (profile answers,
editable here: the plan re-paces at once), the periods drawn against those hours, and what
cannot be done in time, said plainly with whom to ask for help.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QVBoxLayout, QWidget

from checks import fit, formatting
from checks import vocabulary as V
from checks.evaluation import Plan
from ui.combos import fit_popup
from ui.flow_row import FlowRow
from ui.plan_timeline import PlanTimeline, TimelineRow
from ui.widgets import button, heading, label

HOURS, BUDGET = "monthly_hours", "yearly_budget"   # profile question ids (docs/content-format.md)


class PaceSection(QWidget):
    pace_changed = Signal(str, str)   # profile question id, option id

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.hours_label = QLabel()
        self.hours = QComboBox()
        self.budget_label = QLabel()
        self.budget = QComboBox()
        for caption, combo, key in ((self.hours_label, self.hours, HOURS),
                                    (self.budget_label, self.budget, BUDGET)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            caption.setBuddy(combo)
            combo.activated.connect(lambda _i, c=combo, k=key: self._chosen(k, c))
        column.addWidget(FlowRow([(self.hours_label, self.hours),
                                  (self.budget_label, self.budget)], self))
        self.explain = label("", "muted", selectable=True)
        column.addWidget(self.explain)
        self.timeline = PlanTimeline(self)
        column.addWidget(self.timeline)
        self.callout = QFrame(self)
        self.callout.setObjectName("overload")
        self.callout.setStyleSheet("QFrame#overload { background: #fdecea; border: 1px solid "
                                   "#e6b0aa; border-radius: 8px; }")
        inner = QVBoxLayout(self.callout)
        inner.setContentsMargins(12, 8, 12, 10)
        inner.setSpacing(4)
        self.overload_title = heading(scale=1.0)
        self.overload = label(selectable=True)
        self.overload.setObjectName("overloadText")
        inner.addWidget(self.overload_title)
        inner.addWidget(self.overload)
        self.raise_button = button("", self.callout, name="raisePace")
        self.raise_button.clicked.connect(
            lambda: self.pace_changed.emit(HOURS, self.raise_button.property("option")))
        inner.addWidget(self.raise_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.callout)
        self.on_pace = label("", "muted", selectable=True)
        column.addWidget(self.on_pace)

    def focus_chain(self) -> list[QWidget]:
        return [self.hours, self.budget, self.timeline, self.raise_button]

    def _chosen(self, key: str, combo: QComboBox) -> None:
        value = combo.currentData()
        if value is not None and value != fit.full_profile(
                self.session.content, self.session.profile()).get(key):
            self.pace_changed.emit(key, value)

    # -- content -------------------------------------------------------------------------------

    def set_plan(self, plan: Plan, profile: dict) -> None:
        content, lang = self.session.content, self.session.language
        full = fit.full_profile(content, profile)
        self.hours_label.setText(self.tr("Heures par mois :"))
        self.budget_label.setText(self.tr("Budget sur 12 mois :"))
        self.hours.setAccessibleName(self.tr("Heures par mois consacrées au plan"))
        self.budget.setAccessibleName(self.tr("Budget sur 12 mois consacré au plan"))
        tip = self.tr("Une réponse du profil : le plan se recalcule aussitôt.")
        self.hours.setToolTip(tip)
        self.budget.setToolTip(tip)
        auto = fit.capacity({**full, HOURS: "auto"}).monthly_hours
        self._fill(self.hours, HOURS, full, lambda o: (
            self.tr("Selon l'effectif (%1)").replace("%1", formatting.hours(auto, lang))
            if not o.isdigit() else formatting.hours(float(o), lang)))
        self._fill(self.budget, BUDGET, full, lambda o: (
            self.tr("Pas de budget fixé") if not o.isdigit()
            else self.tr("Aucun : actions gratuites") if o == "0"
            else self.tr("Jusqu'à %1").replace("%1", formatting.money(int(o), lang))))
        self.explain.setText(self.tr(
            "Les actions sont placées dans l'ordre du plan, période après période, tant qu'elles "
            "tiennent dans ces heures. Changez-les : le plan se recalcule aussitôt."))
        shown = [p for p in plan.periods if p.id != "later" or p.actions]
        self.timeline.set_rows([self._row(p, lang) for p in shown])
        self._overload(plan, full, lang)

    def _fill(self, combo: QComboBox, key: str, profile: dict, text) -> None:
        try:
            options = [o.id for o in self.session.content.profile_question(key).options]
        except KeyError:
            options = []
        current = str(profile.get(key, ""))
        if current and current not in options:
            options.append(current)
        combo.blockSignals(True)
        combo.clear()
        for option in options:
            combo.addItem(text(option), option)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        fit_popup(combo)

    def _row(self, p, lang: str) -> TimelineRow:
        name = V.PERIOD_LABELS[p.id].get(lang)
        dates = (self.tr("jusqu'au %1").replace("%1", formatting.date(p.end, lang)) if p.end
                 else self.tr("à partir du %1").replace("%1", formatting.date(p.start, lang)))
        hours = formatting.hours(p.hours, lang) if p.hours else "0" + formatting.NBSP + "h"
        if p.available_hours is None:
            text = self.tr("%1, sans limite").replace("%1", hours)
        else:
            text = self.tr("%1 sur %2").replace("%1", hours).replace(
                "%2", formatting.hours(p.available_hours, lang))
        if p.late:   # red for late actions even when the hours fit: say so ("15 h sur 16 h")
            text += " · " + self.tr("%1 en retard").replace("%1", str(p.late))
        over = p.late > 0 or (p.available_hours is not None and p.hours > p.available_hours)
        return TimelineRow(name, dates, p.hours, p.available_hours, text,
                           formatting.money_range(p.cost_low, p.cost_high, lang), over)

    def _overload(self, plan: Plan, profile: dict, lang: str) -> None:
        o = plan.overload
        self.callout.setVisible(o.any)
        self.on_pace.setVisible(not o.any and bool(plan.actions))
        self.on_pace.setText(self.tr("À ce rythme, toutes les actions tiennent leur délai."))
        self.raise_button.setVisible(False)
        if not o.any:
            return
        self.overload_title.setText(self.tr("À ce rythme, des délais ne tiendront pas"))
        lines = []
        if o.late:
            numbers = {a.action: a.number for a in plan.actions}
            lines.append(self.tr(
                "Actions en retard sur leur délai : %1 (%2), n° %3. Pour tout tenir, il faudrait "
                "%4 par mois.").replace("%1", str(len(o.late)))
                .replace("%2", formatting.hours(o.missing_hours, lang))
                .replace("%3", formatting.number_runs(sorted(numbers[a] for a in o.late), lang))
                .replace("%4", formatting.hours(o.monthly_hours_needed, lang)))
            if plan.months_at_pace():   # the calm figure beside the one that keeps every date
                lines.append(self.tr("À %1 par mois, tout le plan prendrait environ %2.")
                             .replace("%1", formatting.hours(plan.capacity.monthly_hours, lang))
                             .replace("%2", formatting.months(plan.months_at_pace(), lang)))
            self._offer_more_hours(o.monthly_hours_needed, plan.capacity.monthly_hours, lang)
        if o.over_budget:
            lines.append(self.tr("Actions qui attendent un budget au-delà des 12 mois : %1 ; il "
                                 "manque environ %2.").replace("%1", str(len(o.over_budget)))
                         .replace("%2", formatting.money(o.missing_budget, lang)))
        content = self.session.content
        cci = content.help["cci"].contact if "cci" in content.help else "cci.fr"
        if o.helpers:
            lines.append(self.tr("Faites-vous aider pour ces actions : %1, ou un conseiller "
                                 "numérique de votre CCI (%2).")
                         .replace("%1", ", ".join(V.ROLES[r].yours.get(lang) for r in o.helpers))
                         .replace("%2", cci))
        else:
            lines.append(self.tr("Faites-vous aider par un conseiller numérique de votre CCI "
                                 "(%1), ou donnez plus d'heures par mois au plan.")
                         .replace("%1", cci))
        lines += [V.ROLES[r].find.get(lang) for r in o.helpers if V.ROLES[r].find is not None]
        self.overload.setText("\n".join(lines))

    def _offer_more_hours(self, needed: float, current: float, lang: str) -> None:
        """A button to give the plan the hours it needs, when a profile option has them."""
        options = [self.hours.itemData(i) for i in range(self.hours.count())]
        enough = sorted((int(o) for o in options if str(o).isdigit()
                         and int(o) >= needed and int(o) > current))
        if enough:
            self.raise_button.setProperty("option", str(enough[0]))
            self.raise_button.setText(self.tr("Passer à %1 par mois").replace(
                "%1", formatting.hours(enough[0], lang)))
            self.raise_button.setVisible(True)
